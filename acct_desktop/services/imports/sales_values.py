"""The cells of an ERP sales file: days, months, measures, and whole columns of numbers.

Each parser takes a cell's text and returns the value (``None`` for an empty cell) or
raises ``ValueError`` with a sentence for the user. ``scaled_numbers`` reads a whole column
of quantities or amounts at once into exact integers of the column's smallest unit (cents,
thousandths): plain numbers (``1234.5``, ``-12``) with slice-wide operations, anything else
(``1.234,50``, ``12,5``, ``1 234``) with the import's usual number parser, cell by cell.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from itertools import repeat
from typing import Any

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.measure_words import MEASURE_ALIASES as MEASURE_WORDS
from acct_desktop.services.imports.measure_words import measure as measure_word
from acct_desktop.services.imports.money_units import Unit, quoting_cell, split_unit
from acct_desktop.services.imports.problems import error_sentence
from acct_desktop.services.imports.register_common import check_order
from acct_desktop.services.imports.register_common import day as plain_day
from acct_desktop.services.imports.register_common import month_first as file_month_first
from acct_desktop.services.imports.sliced import distinct, mapped, slices
from acct_desktop.services.tabular import CellNumber

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's leap-year bug included)
EXCEL_SERIALS = range(20_000, 80_000)  # 1954 to 2119: other whole numbers are not dates
_WITH_TIME = re.compile(r"(\S+?)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")

MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januari"),
        ("february", "feb", "februari"),
        ("march", "mar", "maart", "mrt", "mär"),
        ("april", "apr"),
        ("may", "mei"),
        ("june", "jun", "juni"),
        ("july", "jul", "juli"),
        ("august", "aug", "augustus"),
        ("september", "sep", "sept"),
        ("october", "oct", "oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTH_NAMES[_name] = _number
CHINESE_MONTHS = {name: n for n, name in enumerate("一二三四五六七八九十", start=1)}
CHINESE_MONTHS |= {"十一": 11, "十二": 12}

_YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")  # 2026-03, 2026/3, 2026.03
_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{4})")  # 03/2026, 3-2026
_CJK_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?")
_VI_MONTH = re.compile(r"(?:tháng|th|t)\s*\.?\s*(\d{1,2})\s*(?:[-/.]|\s*năm\s*|\s+)\s*(\d{4})")
_NAMED_MONTH = re.compile(r"([^\W\d_]+)\.?\s*[-/ ]?\s*(\d{4})")  # Mar 2026, maart 2026
_YEAR_NAMED = re.compile(r"(\d{4})\s*[-/ ]\s*([^\W\d_]+)\.?")  # 2026-Mar, 2026 maart


def sales_day(raw: str, month_first: bool = False) -> date | None:
    """A day: whatever the other imports accept (``2026-03-31``, ``31-03-2026``,
    ``2026年3月31日``), an ERP timestamp (``2026-03-31 10:20:00``: the day is kept),
    ``20260331``, or an Excel serial day number (``46112``); ``11/03/2026`` is 3 November
    with ``month_first`` (see ``day_parser``)."""
    value = raw.strip()
    if not value:
        return None
    if value.isdigit():
        if len(value) == 8 and (match := _COMPACT.fullmatch(value)):
            return _calendar_day(value, *(int(g) for g in match.groups()))
        if isinstance(raw, CellNumber) or len(value) == 5:
            if int(value) in EXCEL_SERIALS:
                return EXCEL_EPOCH + timedelta(days=int(value))
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '"%1" is not a date; write it as 2026-03-31'),
                    value,
                )
            )
    if match := _WITH_TIME.fullmatch(value):
        value = match.group(1)
    return plain_day(value, month_first)


def day_parser(cells: Iterable[str]) -> Callable[[str], date | None]:
    """The parser for one file's date column, whose ``cells`` (distinct) decide once how
    ``11/03/2026`` reads: month first when the file's unambiguous dates have their month
    first (``11/24/2026``), else day first. A date written the other way than most of the
    file's unambiguous ones is refused: read alone, it would land in another month."""
    month_first = file_month_first(map(_day_part, cells))

    def parse(raw: str) -> date | None:
        check_order(_day_part(raw), month_first)
        try:
            return sales_day(raw, month_first)
        except ValueError:
            if _month(raw) is None:
                raise
            raise ValueError(Sentence.of(_MONTH_AMONG_DAYS, raw.strip())) from None

    return parse


_MONTH_AMONG_DAYS = QT_TRANSLATE_NOOP(
    "messages",
    '"%1" is a month, but the other cells of this column are days; put monthly figures '
    'in a file of their own (or in a "period" column)',
)


def months_only(cells: Iterable[str]) -> bool:
    """Whether a date column holds months (``2026-11``, ``Nov 2026``) and no days: an ERP's
    monthly figures under a "Date" head, read as the periods they are."""
    given = [cell for cell in cells if cell.strip()]
    return bool(given) and all(_month(cell) is not None for cell in given)


def _month(cell: str) -> date | None:
    """The month ``cell`` names when it is a month and not a day, else None."""
    try:
        sales_day(cell)
    except ValueError:
        try:
            return sales_period(cell)
        except ValueError:
            return None
    return None


def _day_part(cell: str) -> str:
    value = cell.strip()
    match = _WITH_TIME.fullmatch(value)
    return match.group(1) if match else value


def _calendar_day(text: str, year: int, month: int, number: int) -> date:
    try:
        return date(year, month, number)
    except ValueError:
        raise ValueError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not a date in the calendar'), text)
        ) from None


def sales_period(raw: str) -> date | None:
    """A month, returned as its first day: ``2026-03``, ``2026/03``, ``03/2026``,
    ``Mar 2026``, ``maart 2026``, ``2026年3月``, ``tháng 3/2026``; a full date is taken
    only when it is the first of a month (spreadsheets turn ``Mar 2026`` into 2026-03-01)."""
    value = unicodedata.normalize("NFC", raw.strip()).casefold()
    if not value:
        return None
    year = month = 0
    if match := _YEAR_MONTH.fullmatch(value):
        year, month = int(match.group(1)), int(match.group(2))
    elif match := _MONTH_YEAR.fullmatch(value) or _VI_MONTH.fullmatch(value):
        month, year = int(match.group(1)), int(match.group(2))
    elif match := _CJK_MONTH.fullmatch(value):
        year = int(match.group(1))
        name = match.group(2)
        month = int(name) if name.isdigit() else CHINESE_MONTHS[name]
    elif (match := _NAMED_MONTH.fullmatch(value)) and match.group(1) in MONTH_NAMES:
        month, year = MONTH_NAMES[match.group(1)], int(match.group(2))
    elif (match := _YEAR_NAMED.fullmatch(value)) and match.group(2) in MONTH_NAMES:
        year, month = int(match.group(1)), MONTH_NAMES[match.group(2)]
    else:
        try:
            first = sales_day(raw)
        except ValueError:
            first = None
        if first is None or first.day != 1:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '"%1" is not a month; write it as 2026-03 (a period is a whole month: '
                        "use a date column for single days)",
                    ),
                    raw.strip(),
                )
            ) from None
        return first
    if not 1 <= month <= 12 or not 1900 <= year <= 2999:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '"%1" is not a month in the calendar'), raw.strip()
            )
        )
    return date(year, month, 1)


def month_end(first: date) -> date:
    """The last day of ``first``'s month."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


# one list of measure words for the sales and the targets import (``measure_words``)
MEASURE_ALIASES = MEASURE_WORDS


def measure(raw: str) -> Measure | None:
    """sell_in, outbound, sell_out or stock, by name or a synonym in English, Chinese,
    Vietnamese or Dutch (``进货``, ``tồn kho``, ``uitlevering``)."""
    return measure_word(raw)


# -- whole columns of numbers -------------------------------------------------------------

_PLAIN_CHARACTERS = b"0123456789.-\n"


def scaled_numbers(
    cells: Sequence[str],
    places: int,
    digits: int = 18,
    *,
    myriads: bool = False,
    units: dict[str, Unit] | None = None,
) -> tuple[list[int | None], dict[str, str]]:
    """Read a column of numbers as integers of ``10**-places`` (``12.5`` → 1250 for money).

    Returns the values (``None`` for empty cells) and the problem of each distinct cell that
    is not a number (``{cell: sentence}``; its rows hold ``None`` too). Numbers with more
    than ``places`` decimals or more than ``digits`` digits are refused, as are NaN and
    infinities; ``1.234,50``-style numbers are read as ``values.parse_decimal`` reads them,
    with the decimal mark the column's numbers show (``1.250`` is 1.25 among ``2.5``);
    with ``myriads`` (amounts of money), ``12.5万`` is 125000. Given ``units`` (amounts of
    money), a cell may carry its currency (``€ 1.234,50``, ``8万元``): the number is read
    without it — its decimal mark shown by the cells written in the same currency — and
    the unit of each such distinct cell goes into ``units``, for the caller to hold against
    the row's currency (``money_units``).
    """
    different = distinct(cells)
    if len(different) * 4 > len(cells) and (plain := _plain_column(cells, places, digits)):
        return plain, {}
    problems: dict[str, str] = {}
    known: dict[str, int | None] = {}
    bare: dict[str, tuple[str, Unit]] = {}
    if units is not None:
        for cell in different:
            try:
                text, unit = split_unit(cell)
            except ValueError as exc:  # two currencies, or one twice over
                problems[cell] = error_sentence(exc)
                known[cell] = None
                continue
            if unit is not None:
                bare[cell] = (text, unit)
    # the decimal mark as each currency's cells show it (a file of yuan and dong amounts
    # writes 16,000.00 and 80.000), one column's as ever without units
    groups: dict[tuple[str, ...] | None, list[str]] = {}
    for cell in different:
        if cell not in problems:
            text, unit = bare.get(cell, (cell, None))
            groups.setdefault(None if unit is None else unit.currencies, []).append(text)
    money = v.money(places, digits, myriads=myriads)
    parsers = {
        key: _scaled_parser(money.for_column(texts), places) for key, texts in groups.items()
    }
    for cell in different:
        if cell in problems:
            continue
        text, unit = bare.get(cell, (cell, None))
        try:
            known[cell] = parsers[None if unit is None else unit.currencies](text)
        except ValueError as exc:
            problems[cell] = quoting_cell(error_sentence(exc), text, cell)
            known[cell] = None
        else:
            if unit is not None and units is not None:
                units[cell] = unit
    return mapped(known.__getitem__, cells), problems


def _scaled_parser(money: v.Money, places: int) -> Callable[[str], int | None]:
    def parse(cell: str) -> int | None:
        number = money(cell)
        return None if number is None else int(number.scaleb(places))

    return parse


def _plain_column(cells: Sequence[str], places: int, digits: int) -> list[int | None] | None:
    """The column a slice at a time when every cell is a plain number with at most two
    decimals (``-1234.5``); ``None`` when any cell needs the careful parser (a grouping mark,
    a decimal comma, three decimals that may be thousands, an empty cell, a huge number)."""
    import numpy as np

    scaled: list[int | None] = []
    for part in slices(cells):
        values = _plain_slice(np, part, places, digits)
        if values is None:
            return None
        scaled.extend(values)
    return scaled


def _plain_slice(np: Any, cells: Sequence[str], places: int, digits: int) -> list[int] | None:
    joined = "\n".join(cells)
    if not joined.isascii():
        return None
    if joined.encode("ascii").translate(None, _PLAIN_CHARACTERS):
        return None
    count = len(cells)
    first_dot = np.fromiter(map(str.find, cells, repeat(".")), np.int64, count)
    last_dot = np.fromiter(map(str.rfind, cells, repeat(".")), np.int64, count)
    lengths = np.fromiter(map(len, cells), np.int64, count)
    decimals = np.where(first_dot >= 0, lengths - first_dot - 1, 0)
    if (first_dot != last_dot).any() or (decimals > 2).any() or (decimals > places).any():
        return None
    try:
        whole = np.fromiter(map(int, map(str.replace, cells, repeat("."), repeat(""))), np.int64)
    except (ValueError, OverflowError):  # "-", ".", "", "1-2" or more than 18 digits
        return None
    if (np.abs(whole) >= 10 ** (digits - places) * 10**decimals).any():
        return None
    scaled: list[int] = (whole * 10 ** (places - decimals)).tolist()
    return scaled


def as_decimals(scaled: Sequence[int | None], places: int) -> list[Decimal | None]:
    """Scaled integers back to exact ``Decimal`` values (for databases that take them)."""
    return [None if n is None else Decimal(n).scaleb(-places) for n in scaled]
