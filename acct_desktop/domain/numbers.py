"""Reading numbers the way people type them (1.234,56 or 1,234.56), exactly."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence


class NumberFormatError(ValueError):
    """The text is not a number; the message says so in a sentence."""


def parse_decimal(text: str, decimal_point: str = ".", group_separator: str = ",") -> Decimal:
    """Parse ``text`` written with the given punctuation (spaces and apostrophes are also
    accepted as group separators). Never goes through float."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("'", "")
    if not cleaned:
        raise NumberFormatError(QT_TRANSLATE_NOOP("messages", "Enter a number."))
    if group_separator and group_separator != decimal_point and group_separator in cleaned:
        whole = cleaned.split(decimal_point)[0].lstrip("+-")
        groups = whole.split(group_separator)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise NumberFormatError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "“%1” is not a number here: %2 separates the decimals."
                    ),
                    text,
                    repr(decimal_point),
                )
            )
        cleaned = cleaned.replace(group_separator, "")
    if decimal_point != ".":
        if "." in cleaned:
            raise NumberFormatError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "“%1” is not a number here; use %2."),
                    text,
                    repr(decimal_point),
                )
            )
        cleaned = cleaned.replace(decimal_point, ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise NumberFormatError(_not_a_number(text)) from None
    if not value.is_finite():
        raise NumberFormatError(_not_a_number(text))
    return value


def _not_a_number(text: str) -> Sentence:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "“%1” is not a number."), text)


def parse_typed(text: str, decimal_point: str = ".") -> Decimal:
    """A number typed by someone whose language writes ``decimal_point``: in a language
    with a decimal comma (Dutch, Vietnamese) ``2,5`` and ``1.234,5`` are read that way, and
    ``2.5`` too (the form scripts use), but ``1.250`` is refused as ambiguous (1.25 or
    1,250?) rather than read a thousand times too small. Elsewhere ``parse_decimal``."""
    if decimal_point != ",":
        return parse_decimal(text)
    stripped = text.strip()
    if "," in stripped or stripped.count(".") > 1:
        return parse_decimal(text, ",", ".")
    whole, point, decimals = stripped.partition(".")
    if point and len(decimals) == 3 and whole.lstrip("+-").isdigit() and decimals.isdigit():
        raise NumberFormatError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "“%1” can be read two ways; write %2 for the whole number or %3 for the "
                    "decimals.",
                ),
                text,
                whole + decimals,
                f"{whole},{decimals}",
            )
        )
    return parse_decimal(stripped)
