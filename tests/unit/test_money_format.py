"""One writer of amounts (domain.money.format_money): every currency with its ISO 4217
decimals, read back exactly, in every document language's punctuation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.money import format_money, minor_unit, money_figure, round_money
from acct_desktop.domain.numbers import parse_decimal
from acct_desktop.reporting.document_labels import LANGUAGES, format_amount

D = Decimal
CURRENCIES = ("EUR", "CNY", "USD", "IDR", "VND", "JPY", "KRW", "CLP", "KWD", "BHD", "CLF")
PUNCTUATION = ((".", ","), (",", "."), (",", "\u00a0"), (".", "\u202f"))

amounts = st.decimals(
    min_value=D("-1e15"), max_value=D("1e15"), allow_nan=False, allow_infinity=False, places=6
) | st.decimals(
    min_value=D("-1e15"), max_value=D("1e15"), allow_nan=False, allow_infinity=False, places=2
)


def decimals_written(text: str, point: str) -> int:
    return len(text.rpartition(point)[2]) if point in text else 0


@pytest.mark.parametrize(
    ("currency", "places"),
    [
        ("EUR", 2),
        ("CNY", 2),
        ("USD", 2),
        ("IDR", 2),  # ISO 4217 keeps two, out of use as they are
        ("VND", 0),
        ("JPY", 0),
        ("KRW", 0),
        ("vnd ", 0),
        ("KWD", 3),
        ("BHD", 3),
        ("CLF", 4),
        ("XYZ", 2),  # unknown: two
    ],
)
def test_minor_units_are_iso_4217(currency: str, places: int) -> None:
    assert minor_unit(currency) == places


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        ("25000.0000", "VND", "25,000"),  # a competitor's price as stored (4 decimals)
        ("25000", "VND", "25,000"),
        ("1500.00", "JPY", "1,500"),
        ("1234567.5", "KRW", "1,234,568"),
        ("12.5", "EUR", "12.50"),
        ("12.5000", "EUR", "12.50"),
        ("1.005", "EUR", "1.01"),  # half-up, never banker's
        ("0.5", "KWD", "0.500"),
        ("-0.4", "VND", "0"),  # never "-0"
        ("1E+3", "EUR", "1,000.00"),  # never in exponent form
    ],
)
def test_amounts_are_written_with_their_currency_decimals(
    amount: str, currency: str, shown: str
) -> None:
    assert format_money(D(amount), currency) == shown


def test_a_finer_figure_can_be_kept_instead_of_rounded() -> None:
    assert format_money(D("0.0125"), "EUR", keep_finer=True) == "0.0125"
    assert format_money(D("1.23450"), "EUR", keep_finer=True) == "1.2345"
    assert format_money(D("25000.0000"), "VND", keep_finer=True) == "25,000"
    assert format_money(D("12.5"), "EUR", keep_finer=True) == "12.50"


def test_money_is_decimal_never_float() -> None:
    with pytest.raises(TypeError):
        money_figure(1.5, "EUR")  # type: ignore[arg-type]


@given(amounts, st.sampled_from(CURRENCIES), st.sampled_from(PUNCTUATION))
def test_any_amount_reads_back_as_itself_rounded_to_its_currency(
    amount: Decimal, currency: str, punctuation: tuple[str, str]
) -> None:
    point, group = punctuation
    text = format_money(amount, currency, decimal_point=point, group_separator=group)
    assert parse_decimal(text, point, group) == round_money(amount, currency)
    assert decimals_written(text, point) == minor_unit(currency)
    assert not text.startswith("-0") or parse_decimal(text, point, group) != 0
    assert "E" not in text.upper()


@given(amounts, st.sampled_from(CURRENCIES), st.sampled_from(PUNCTUATION))
def test_any_amount_kept_finer_reads_back_exactly(
    amount: Decimal, currency: str, punctuation: tuple[str, str]
) -> None:
    point, group = punctuation
    text = format_money(
        amount, currency, decimal_point=point, group_separator=group, keep_finer=True
    )
    assert parse_decimal(text, point, group) == amount
    assert decimals_written(text, point) >= minor_unit(currency)


@given(amounts, st.sampled_from(("VND", "JPY", "KRW")), st.sampled_from(LANGUAGES))
def test_zero_decimal_currencies_never_show_decimals_in_any_document_language(
    amount: Decimal, currency: str, language: str
) -> None:
    text = format_amount(language, amount, currency)
    point = "," if language in ("nl", "vi") else "."
    assert point not in text
    group = "." if point == "," else ","
    assert parse_decimal(text, point, group) == round_money(amount, currency)
