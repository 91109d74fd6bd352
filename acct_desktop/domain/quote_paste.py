"""Reading "SKU and quantity" pairs pasted from a spreadsheet, an e-mail or a chat.

One pair per line. Columns are separated by a tab (a spreadsheet), a semicolon, or — when
neither is present — spaces, the quantity being the last word. An optional third column
(or word after the quantity) gives the unit (pack, L, kg). Quantities are read as the
user's language writes numbers (``domain.numbers.parse_typed``, the reader of the quote's
Qty cell): ``2,125`` is 2.125 in Dutch and Vietnamese, ``2.125`` is 2.125 in English and
Chinese; without a language a lone mark before three digits is refused as ambiguous. A
first line without a number in its quantity column is taken as a header. A range with more
columns (a price, a description) is refused saying what to paste. Problems are reported per
line number, all in one round; nothing is taken when any line is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from acct_desktop.domain.numbers import NumberFormatError, parse_typed
from acct_desktop.domain.quote_maths import QuoteFigureError, check_quantity
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

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


def parse_quantity(text: str, decimal_point: str | None = None) -> Decimal:
    """A quantity as people write it in a language with ``decimal_point`` (None: not
    known); raises NumberFormatError with a sentence."""
    value = parse_typed(text.strip(), decimal_point)
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


@dataclass(frozen=True, slots=True)
class PasteReading:
    """What a paste holds: the good lines, a sentence per problem (by line), and the SKU
    written on every line that names one — good or bad — so unknown SKUs are reported in
    the same round as the other problems."""

    pairs: tuple[PastedLine, ...]
    problems: tuple[tuple[int, str], ...]
    skus: tuple[tuple[int, str], ...]


def _columns(line: str) -> tuple[list[str], bool]:
    """The line's columns, and whether they were separated as columns (tab, semicolon)."""
    if "\t" in line:
        return [c.strip() for c in line.split("\t") if c.strip()], True
    if ";" in line:
        return [c.strip() for c in line.split(";") if c.strip()], True
    return line.split(), False


def _split(columns: list[str]) -> tuple[str, str, str | None]:
    """(sku, quantity text, unit text) from a line's columns."""
    if len(columns) >= 3 and columns[-1].lower() in UNITS:
        return " ".join(columns[:-2]), columns[-2], columns[-1]
    if len(columns) == 3:
        return columns[0], columns[1], columns[2]
    return " ".join(columns[:-1]), columns[-1], None


def _extra_columns(columns: list[str]) -> bool:
    """A spreadsheet range with more than SKU, quantity and unit: a price, an amount, a
    description (``PEO-001-1L · 60 · € 9,02``)."""
    if len(columns) > 3:
        return True
    return len(columns) == 3 and columns[2].lower() not in UNITS and not columns[2].isalpha()


def _line_problem(number: int, problem: object) -> str:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "Line %1: %2"), number, problem)


def read_pasted_lines(text: str, decimal_point: str | None = None) -> PasteReading:
    """Every line of ``text`` read: its pair, or its problems."""
    pairs: list[PastedLine] = []
    problems: list[tuple[int, str]] = []
    skus: list[tuple[int, str]] = []
    first_content = True
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        columns, as_columns = _columns(raw)
        header_candidate, first_content = first_content, False
        no_figures = not any(ch.isdigit() for ch in " ".join(columns[1:]))
        if header_candidate and no_figures and len(columns) >= 2:
            continue  # a header row such as "SKU  Qty" or "Artikel · Omschrijving · Prijs"
        if len(columns) < 2:
            problems.append(
                (
                    number,
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "Line %1: “%2” needs a SKU and a quantity."),
                        number,
                        raw.strip(),
                    ),
                )
            )
            continue
        if as_columns and _extra_columns(columns):
            problems.append(
                (
                    number,
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Line %1 has %2 columns: paste only the SKU, the quantity and "
                            "(optionally) the unit — no prices or descriptions.",
                        ),
                        number,
                        len(columns),
                    ),
                )
            )
            continue
        sku, quantity_text, unit_text = _split(columns)
        skus.append((number, sku.strip()))
        try:
            quantity = parse_quantity(quantity_text, decimal_point)
        except NumberFormatError as exc:
            problems.append((number, _line_problem(number, said(exc))))
            continue
        unit = None
        if unit_text is not None:
            unit = UNITS.get(unit_text.lower())
            if unit is None:
                problems.append(
                    (
                        number,
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages", "Line %1: “%2” is not a unit (pack, L or kg)."
                            ),
                            number,
                            unit_text,
                        ),
                    )
                )
                continue
        pairs.append(PastedLine(number, sku.strip(), quantity, unit))
    return PasteReading(tuple(pairs), tuple(problems), tuple(skus))


def nothing_pasted() -> str:
    return QT_TRANSLATE_NOOP("messages", "Nothing to add: paste one SKU and quantity per line.")


def parse_pasted_lines(text: str, decimal_point: str | None = None) -> list[PastedLine]:
    """The pairs in ``text``; :class:`PasteError` listing every bad line otherwise."""
    reading = read_pasted_lines(text, decimal_point)
    if reading.problems:
        raise PasteError([problem for _line, problem in reading.problems])
    if not reading.pairs:
        raise PasteError([nothing_pasted()])
    return list(reading.pairs)


def said(exc: Exception) -> Sentence:
    """What ``exc`` says, kept translatable (a Sentence when it was given one)."""
    message = exc.args[0] if exc.args else str(exc)
    return message if isinstance(message, Sentence) else Sentence(str(message))
