"""Reading "SKU and quantity" pairs pasted from a spreadsheet, an e-mail or a chat.

One pair per line. Columns are separated by a tab (a spreadsheet), a semicolon, or — when
neither is present — spaces, the quantity being the last word. An optional third column
(or word after the quantity) gives the unit (pack, L, kg). Quantities may be written
1234.5, 1,234.5, 1.234,5 or 2,5 (a lone comma with one or two digits after it is a decimal
comma). A first line without a number in its quantity column is taken as a header.
Problems are reported per line number; nothing is taken when any line is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from acct_desktop.domain.numbers import NumberFormatError, parse_decimal
from acct_desktop.domain.quote_maths import QuoteFigureError, check_quantity
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")  # 2,5 · 12,25
_DOTTED_GROUPS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?")  # 1.200 · 1.234,5
UNITS = {"pack": "pack", "packs": "pack", "pk": "pack", "l": "L", "kg": "kg", "ltr": "L"}


@dataclass(frozen=True, slots=True)
class PastedLine:
    line: int  # 1-based line number in the pasted text
    sku: str
    quantity: Decimal
    unit: str | None


class PasteError(ValueError):
    """The pasted text has problems; ``problems`` lists them by line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(one_per_line(problems))
        self.problems = problems


def one_per_line(sentences: Sequence[str]) -> str:
    """``sentences`` one per line, as a Sentence that keeps each one translatable (its text
    is ``"\n".join(sentences)``)."""
    parts = [s if isinstance(s, Sentence) else Sentence(s) for s in sentences]
    while len(parts) > _PER_TEMPLATE:  # at most 9 values per template: nest the rest
        parts = [_joined(parts[i : i + _PER_TEMPLATE]) for i in range(0, len(parts), _PER_TEMPLATE)]
    return _joined(parts)


_PER_TEMPLATE = 9


def _joined(parts: Sequence[Sentence]) -> Sentence:
    # The template holds no words ("%1\n%2…"): the translator leaves it and translates each part.
    return Sentence("\n".join(f"%{i}" for i in range(1, len(parts) + 1)), *parts)


def parse_quantity(text: str) -> Decimal:
    """A quantity as people write it; raises NumberFormatError with a sentence."""
    cleaned = text.strip()
    if _DECIMAL_COMMA.fullmatch(cleaned) or _DOTTED_GROUPS.fullmatch(cleaned):
        value = parse_decimal(cleaned, decimal_point=",", group_separator=".")
    else:
        value = parse_decimal(cleaned)
    if value <= 0:
        raise NumberFormatError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "“%1” is not a quantity above 0."), text.strip()
            )
        )
    try:
        return check_quantity(value)
    except QuoteFigureError as exc:
        raise NumberFormatError(exc.args[0]) from None


def _columns(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.split("\t") if c.strip()]
    if ";" in line:
        return [c.strip() for c in line.split(";") if c.strip()]
    return line.split()


def _split(columns: list[str]) -> tuple[str, str, str | None]:
    """(sku, quantity text, unit text) from a line's columns."""
    if len(columns) >= 3 and columns[-1].lower() in UNITS:
        return " ".join(columns[:-2]), columns[-2], columns[-1]
    if len(columns) == 3:
        return columns[0], columns[1], columns[2]
    return " ".join(columns[:-1]), columns[-1], None


def parse_pasted_lines(text: str) -> list[PastedLine]:
    """The pairs in ``text``; :class:`PasteError` listing every bad line otherwise."""
    pairs: list[PastedLine] = []
    problems: list[str] = []
    first_content = True
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        columns = _columns(raw)
        header_candidate, first_content = first_content, False
        if len(columns) < 2:
            problems.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Line %1: “%2” needs a SKU and a quantity."),
                    number,
                    raw.strip(),
                )
            )
            continue
        sku, quantity_text, unit_text = _split(columns)
        try:
            quantity = parse_quantity(quantity_text)
        except NumberFormatError as exc:
            if header_candidate and not any(ch.isdigit() for ch in quantity_text):
                continue  # a header row such as "SKU  Qty"
            problems.append(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "Line %1: %2"), number, said(exc))
            )
            continue
        unit = None
        if unit_text is not None:
            unit = UNITS.get(unit_text.lower())
            if unit is None:
                problems.append(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "Line %1: “%2” is not a unit (pack, L or kg)."
                        ),
                        number,
                        unit_text,
                    )
                )
                continue
        pairs.append(PastedLine(number, sku.strip(), quantity, unit))
    if problems:
        raise PasteError(problems)
    if not pairs:
        raise PasteError(
            [QT_TRANSLATE_NOOP("messages", "Nothing to add: paste one SKU and quantity per line.")]
        )
    return pairs


def said(exc: Exception) -> Sentence:
    """What ``exc`` says, kept translatable (a Sentence when it was given one)."""
    message = exc.args[0] if exc.args else str(exc)
    return message if isinstance(message, Sentence) else Sentence(str(message))
