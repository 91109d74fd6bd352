"""Reading numbers the way people type them (1.234,56 or 1,234.56), exactly."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence


class NumberFormatError(ValueError):
    """The text is not a number; the message says so in a sentence."""


def parse_decimal(text: str, decimal_point: str = ".", group_separator: str = ",") -> Decimal:
    """Parse ``text`` written with the given punctuation (spaces and apostrophes are also
    accepted as group separators). Never goes through float."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = _without_currency(cleaned.replace("'", ""))
    if not cleaned:
        raise NumberFormatError(QT_TRANSLATE_NOOP("messages", "Enter a number."))
    if group_separator and group_separator != decimal_point and group_separator in cleaned:
        whole, _, decimals = cleaned.partition(decimal_point)
        groups = whole.lstrip("+-").split(group_separator)
        if group_separator in decimals or not (
            _first_group(groups[0]) and all(len(g) == 3 for g in groups[1:])
        ):
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


# A currency written before or after the figure, as people copy it from an invoice or a
# mail ("€ 1.234,56", "1,234.56 USD", "¥1,000", "25.000 ₫", "25.000đ", "1000元").
_CURRENCY_WORDS = ("RMB", "元", "đ", "Đ")


def _without_currency(text: str) -> str:
    sign = text[:1] if text[:1] in "+-" else ""
    text = text[len(sign) :]
    for end in (0, -1):
        if not text:
            break
        if unicodedata.category(text[end]) == "Sc":
            text = text[1:] if end == 0 else text[:-1]
            continue
        for word in (*_CURRENCY_WORDS, text[:3] if end == 0 else text[-3:]):
            is_code = len(word) == 3 and word.isascii() and word.isalpha() and word.isupper()
            if (word in _CURRENCY_WORDS or is_code) and (
                text.startswith(word) if end == 0 else text.endswith(word)
            ):
                text = text[len(word) :] if end == 0 else text[: -len(word)]
                break
    return sign + text


def _not_a_number(text: str) -> Sentence:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "“%1” is not a number."), text)


def parse_typed(text: str, decimal_point: str | None = ".", *, scripted: bool = False) -> Decimal:
    """A number typed or pasted by someone whose language writes ``decimal_point`` — the one
    reader of the quote builder's cells and paste, the price check and the CLI.

    A person's number is read by their language's rule: with a decimal point (English,
    Chinese) ``2.125`` is 2.125 and ``1,250`` is 1250 (``2,5`` refused); with a decimal comma
    (Dutch, Vietnamese) ``2,125`` is 2.125 and ``1.250`` is 1250 (``2.5`` refused). A
    thousands mark in the wrong place is refused, never dropped (``1,234.5`` in Dutch,
    ``0,750`` in English — no group of thousands starts with 0).

    ``scripted`` (the command line, where scripts write ``2.5`` whatever the language):
    with a decimal comma ``2.5`` and ``1250.50`` are read too, so a lone point before
    exactly three digits (``1.250``: 1.25 to a script, 1250 to a Dutch reader) is refused
    as ambiguous. Without a language (``None``) either mark is a decimal mark where it can
    only be one (``2,5``, ``0.750``, ``1.234,5``) and a lone mark before exactly three
    digits (``2,125``, ``1.250``) is refused as ambiguous.
    """
    stripped = text.strip()
    body = stripped.lstrip("+-")
    marks = [ch for ch in body if ch in ",."]
    if decimal_point is None:
        if len(set(marks)) == 2:  # 1.234,5 · 1,234.5: the last mark is the decimal one
            point = marks[-1]
            return parse_decimal(text, point, "." if point == "," else ",")
        if len(marks) > 1:  # 1.234.567: groups
            return parse_decimal(text, "," if marks[0] == "." else ".", marks[0])
        if not marks:
            return parse_decimal(text)
        _refuse_if_ambiguous(text, body, marks[0], None)
        return parse_decimal(text, marks[0], "." if marks[0] == "," else ",")
    group = "." if decimal_point == "," else ","
    if decimal_point != "," or not scripted or "," in body or len(marks) > 1:
        return parse_decimal(text, decimal_point, group)
    if marks:
        _refuse_if_ambiguous(text, body, ".", ",")
    return parse_decimal(stripped)


def parse_amount(text: str, decimal_point: str | None, places: int, currency: str) -> Decimal:
    """Money typed in ``currency`` (``places`` decimals, ``domain.money.minor_unit``) by
    someone whose language writes ``decimal_point`` — the quote builder's rule
    (``parse_typed``) with what the currency adds: in a currency without decimals (VND, JPY,
    KRW) a lone kind of mark between groups of three digits can only group thousands, so
    ``385,000`` and ``385.000`` are both 385000 in every language (never 385), and a figure
    that needs decimals is refused, never rounded."""
    if places > 0:
        return parse_typed(text, decimal_point)
    marks = {ch for ch in text.strip().lstrip("+-") if ch in ",."}
    if len(marks) == 1:
        mark = marks.pop()
        try:
            return parse_decimal(text, "," if mark == "." else ".", mark)
        except NumberFormatError:
            pass  # not groups of thousands (385,5): read as the language writes numbers
    value = parse_typed(text, decimal_point)
    if value != value.to_integral_value():
        raise NumberFormatError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "“%1”: an amount in %2 has no decimals; type the whole amount."
                ),
                text.strip(),
                currency,
            )
        )
    return value


def _refuse_if_ambiguous(text: str, body: str, mark: str, decimal_point: str | None) -> None:
    """A lone ``mark`` before exactly three digits, after what could be a first group of
    thousands (1 to 3 digits, not starting with 0), reads as thousands or as decimals."""
    whole, _, decimals = body.strip().partition(mark)
    if not (len(decimals) == 3 and decimals.isdigit() and _first_group(whole)):
        return
    sign = text.strip()[: len(text.strip()) - len(body.strip())]
    shown_point = decimal_point or mark
    decimal_form = f"{sign}{whole}{shown_point}{decimals}" + ("" if decimal_point else "0")
    raise NumberFormatError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "“%1” can be read two ways; write %2 for the whole number or %3 for the decimals.",
            ),
            text.strip(),
            f"{sign}{whole}{decimals}",
            decimal_form,
        )
    )


def _first_group(digits: str) -> bool:
    return 1 <= len(digits) <= 3 and digits.isdigit() and not digits.startswith("0")
