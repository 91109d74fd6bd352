"""Translatable display labels for enum values and formatting of values in tables."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from acct_desktop.domain.enum_labels import ENUM_LABELS, LABELS_CONTEXT
from acct_desktop.domain.money import format_money
from acct_desktop.domain.number_marks import remarked
from acct_desktop.domain.percentages import format_percent
from acct_desktop.gui.i18n import language_of


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate without translating it here."""
    return text


def enum_label(value: Enum | str | None) -> str:
    if value is None:
        return ""
    key = value.value if isinstance(value, Enum) else value
    return QCoreApplication.translate(LABELS_CONTEXT, ENUM_LABELS.get(key, key))


def _four_digit_year(pattern: str) -> str:
    """``pattern`` with its year in four digits: Qt's short formats write 26 for 2026 in
    Vietnamese (d/M/yy) and US English (M/d/yy)."""
    return pattern if "yyyy" in pattern else re.sub(r"y+", "yyyy", pattern)


# Vietnamese days as its documents and the command line write them (01/08/2026), not as
# Qt's short format does (1/8/26).
_DAY_PATTERNS = {QLocale.Language.Vietnamese: "dd/MM/yyyy"}


# A day when the locale's pattern cannot be read (see ``_unreadable``): ISO, as the command
# line and the files write it.
READABLE_DAY = "yyyy-MM-dd"


def day_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (dd-MM-yyyy, dd/MM/yyyy,
    yyyy/M/d): the date fields' display format and every day the GUI writes. Under the
    C/POSIX locale (LANG=C.UTF-8), whose pattern is "d MM yyyy" (3 10 2026), the day is
    written ``READABLE_DAY``: 2026-10-03."""
    locale = locale or QLocale()
    if pattern := _DAY_PATTERNS.get(locale.language()):
        return pattern
    pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return READABLE_DAY if _unreadable(locale, pattern) else pattern


def _unreadable(locale: QLocale, pattern: str) -> bool:
    """Whether ``pattern`` writes a day no one reads at a glance: the C locale's, or
    numbers with nothing but spaces between them (3 10 2026)."""
    if locale.language() == QLocale.Language.C:
        return True
    between = re.sub(r"[dMy]+", "", pattern)
    return "MMM" not in pattern and not between.strip()


def format_day(day: date | QDate, locale: QLocale | None = None, *, long: bool = False) -> str:
    """A day as the GUI writes it: the locale's short format, the year in four digits
    (25-11-2026 · 25/11/2026 · 2026/11/25); ``long`` with its weekday and month name
    (woensdag 25 november 2026). The one place the GUI puts a day into words, with
    ``format_moment`` and ``format_month``."""
    locale = locale or QLocale()
    if long:
        pattern = _four_digit_year(locale.dateFormat(QLocale.FormatType.LongFormat))
    else:
        pattern = day_pattern(locale)
    return locale.toString(QDate(day), pattern)


NEAR_DAYS = 183  # a day this close ahead may be written without its year


def format_day_without_year(day: date | QDate, locale: QLocale | None = None) -> str:
    """A day of the coming months, short: the locale's day pattern without its year
    (04/12 · 12/4 · 12月4日)."""
    locale = locale or QLocale()
    pattern = re.sub(r"^[^dM]*y+[^dM']*|[^dM']*y+[^dM]*$", "", day_pattern(locale))
    if "d" not in pattern or "M" not in pattern:
        return format_day(day, locale)
    return locale.toString(QDate(day), pattern)


def format_day_with_weekday(day: date, locale: QLocale | None = None, *, year: bool = True) -> str:
    """A day with its short weekday name first: Fri 04/12/2026 · Thứ 6 04/12/2026;
    without ``year``: Fri 04/12 (``format_day_without_year``)."""
    locale = locale or QLocale()
    weekday = locale.dayName(QDate(day).dayOfWeek(), QLocale.FormatType.ShortFormat)
    shown = format_day(day, locale) if year else format_day_without_year(day, locale)
    return f"{weekday} {shown}"


def format_moment(moment: datetime, locale: QLocale | None = None) -> str:
    """A moment in the user's time zone, as the GUI writes it: its day (``format_day``)
    and the locale's short time (25/11/2026 08:45, 11/25/2026 8:45 AM)."""
    locale = locale or QLocale()
    local = moment.astimezone()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{format_day(local.date(), locale)} {time}"


def format_value(value: object) -> str:
    """How a cell shows a value: locale numbers and dates, translated enum labels."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, Decimal):
        return format_decimal(value, locale)
    if isinstance(value, datetime):
        return format_moment(value, locale)
    if isinstance(value, date):
        return format_day(value, locale)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("labels", "Yes")
        return QCoreApplication.translate("labels", "No")
    return str(value)


# A month with its year, the way each language writes it (CLDR's yMMM / yMMMM skeletons):
# Qt has no year-month format, and "MMM yyyy" reads "11月 2026" in Chinese.
_MONTH_PATTERNS = {
    QLocale.Language.Chinese: ("yyyy年M月", "yyyy年M月"),
    QLocale.Language.Japanese: ("yyyy年M月", "yyyy年M月"),
    QLocale.Language.Korean: ("yyyy년 M월", "yyyy년 M월"),
    QLocale.Language.Vietnamese: ("MM/yyyy", "'tháng' M 'năm' yyyy"),
}


def format_month(month: date, *, long: bool = False, locale: QLocale | None = None) -> str:
    """A month and year: Nov 2026 / November 2026 · 2026年11月 · 11/2026 / tháng 11 năm 2026
    · nov 2026 / november 2026."""
    locale = locale or QLocale()
    short, full = _MONTH_PATTERNS.get(locale.language(), ("MMM yyyy", "MMMM yyyy"))
    return locale.toString(QDate(month.year, month.month, 1), full if long else short)


def format_decimal(value: Decimal, locale: QLocale | None = None) -> str:
    """Group and punctuate a Decimal the locale's way, exactly (never through float)."""
    return remarked(f"{_stored(value):,f}", locale_marks(locale))


def percent_text(
    value: Decimal | int, *, signed: bool = False, locale: QLocale | None = None
) -> str:
    """A percentage as the GUI's language writes it (``domain.percentages``: 12.5% · 12,5 %,
    "+" on a gain with ``signed``), the number as ``format_decimal`` shows it."""
    locale = locale or QLocale()
    number = _stored(value) if isinstance(value, Decimal) else value
    return format_percent(language_of(locale), number, signed=signed, marks=locale_marks(locale))


def locale_marks(locale: QLocale | None = None) -> tuple[str, str]:
    """The locale's (group separator, decimal point), as sentences write numbers with."""
    locale = locale or QLocale()
    return locale.groupSeparator(), locale.decimalPoint()


def _stored(value: Decimal) -> Decimal:
    """What is stored, but no trailing zeros past two places (15.0000 % → 15.00 %)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        significant = -int(value.normalize().as_tuple().exponent)
        value = value.quantize(Decimal(1).scaleb(-max(2, min(significant, -exponent))))
    return value


def money_text(
    amount: Decimal, currency: str, locale: QLocale | None = None, *, keep_finer: bool = False
) -> str:
    """An amount with its currency's decimals (25,000 VND · 1,234.50 EUR), as
    ``domain.money.format_money`` writes it, in the locale's punctuation; ``keep_finer``
    shows a figure finer than the currency as it is instead of rounding it."""
    locale = locale or QLocale()
    return format_money(
        amount,
        currency,
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
        keep_finer=keep_finer,
    )
