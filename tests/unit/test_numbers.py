"""Typed numbers are read exactly in either punctuation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.numbers import NumberFormatError, parse_decimal, parse_typed


@pytest.mark.parametrize(
    ("text", "point", "group", "expected"),
    [
        ("1,234.56", ".", ",", "1234.56"),
        ("1.234,56", ",", ".", "1234.56"),
        (" 12 500 ", ".", ",", "12500"),
        ("1'000.5", ".", ",", "1000.5"),
        ("-0.10", ".", ",", "-0.10"),
        ("20\u00a0000,00", ",", "\u00a0", "20000.00"),
    ],
)
def test_people_write_numbers_in_many_ways(text, point, group, expected) -> None:
    assert parse_decimal(text, point, group) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3x", "NaN", "Infinity", "1.5"])
def test_non_numbers_are_refused_with_a_sentence(text) -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(text, ",", ".")


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_formatted_then_parsed_gives_the_same_value(value: Decimal) -> None:
    british = f"{value:,f}"
    dutch = british.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_decimal(british, ".", ",") == value
    assert parse_decimal(dutch, ",", ".") == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2,5", "2.5"), ("1250,50", "1250.50"), ("1.234,5", "1234.5"), ("1.234.567", "1234567"),
     ("2.5", "2.5"), ("1250.50", "1250.50"), ("-0.75", "-0.75"), ("40", "40")],
)  # fmt: skip
def test_a_number_typed_with_a_decimal_comma(text: str, expected: str) -> None:
    assert parse_typed(text, ",") == Decimal(expected)


@pytest.mark.parametrize("text", ["1.250", "-2.000", "12.345"])
def test_a_point_before_three_digits_is_ambiguous_to_a_decimal_comma_reader(text: str) -> None:
    with pytest.raises(NumberFormatError, match="can be read two ways"):
        parse_typed(text, ",")
    assert parse_typed(text, ".") == Decimal(text)  # where the point is the decimal mark


def test_a_number_typed_with_a_decimal_point_keeps_commas_for_thousands() -> None:
    assert parse_typed("1,250.50") == Decimal("1250.50")
    with pytest.raises(NumberFormatError):
        parse_typed("1250,50")  # never 125,050
