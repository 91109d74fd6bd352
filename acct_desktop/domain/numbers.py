"""Reading numbers the way people type them (1.234,56 or 1,234.56), exactly."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


class NumberFormatError(ValueError):
    """The text is not a number; the message says so in a sentence."""


def parse_decimal(text: str, decimal_point: str = ".", group_separator: str = ",") -> Decimal:
    """Parse ``text`` written with the given punctuation (spaces and apostrophes are also
    accepted as group separators). Never goes through float."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("'", "")
    if not cleaned:
        raise NumberFormatError("Enter a number.")
    if group_separator and group_separator != decimal_point and group_separator in cleaned:
        whole = cleaned.split(decimal_point)[0].lstrip("+-")
        groups = whole.split(group_separator)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise NumberFormatError(
                f"“{text}” is not a number here: {decimal_point!r} separates the decimals."
            )
        cleaned = cleaned.replace(group_separator, "")
    if decimal_point != ".":
        if "." in cleaned:
            raise NumberFormatError(f"“{text}” is not a number here; use {decimal_point!r}.")
        cleaned = cleaned.replace(decimal_point, ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise NumberFormatError(f"“{text}” is not a number.") from None
    if not value.is_finite():
        raise NumberFormatError(f"“{text}” is not a number.")
    return value
