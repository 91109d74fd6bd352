"""Numbers are shown exactly, in the locale's own punctuation."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from acct_desktop.gui.labels import enum_label, format_decimal

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
