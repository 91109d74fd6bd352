"""Numbers shown exactly, in the locale's punctuation; months as each language writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from acct_desktop.gui.labels import enum_label, format_decimal, format_month

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
BRITISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def test_dutch_and_british_punctuation() -> None:
    assert format_decimal(Decimal("1234567.50"), DUTCH) == "1.234.567,50"
    assert format_decimal(Decimal("1234567.50"), BRITISH) == "1,234,567.50"
    assert format_decimal(Decimal("15.0000"), BRITISH) == "15.00"
    assert format_decimal(Decimal("98765.4321"), BRITISH) == "98,765.4321"


@given(st.decimals(min_value=-(10**13), max_value=10**13, places=4, allow_nan=False))
def test_display_never_changes_the_value(value: Decimal) -> None:
    text = format_decimal(value, BRITISH)
    assert Decimal(text.replace(",", "")) == value


def test_unknown_codes_fall_back_to_themselves() -> None:
    assert enum_label("decision_maker") == "Decision maker"
    assert enum_label("some_new_code") == "some_new_code"
    assert enum_label(None) == ""


def test_months_read_as_each_language_writes_them() -> None:
    november = date(2026, 11, 1)
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    vietnamese = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    assert format_month(november, locale=chinese) == "2026年11月"
    assert format_month(november, long=True, locale=chinese) == "2026年11月"
    assert format_month(november, locale=vietnamese) == "11/2026"
    assert format_month(november, long=True, locale=vietnamese) == "tháng 11 năm 2026"
    assert format_month(november, long=True, locale=DUTCH) == "november 2026"
    assert format_month(november, long=True, locale=BRITISH) == "November 2026"
    assert format_month(november, locale=BRITISH) == "Nov 2026"
