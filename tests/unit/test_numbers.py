"""Typed numbers are read exactly in either punctuation."""

from __future__ import annotations

import re
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
def test_a_number_typed_with_a_decimal_comma_on_the_command_line(text: str, expected: str) -> None:
    assert parse_typed(text, ",", scripted=True) == Decimal(expected)


@pytest.mark.parametrize("text", ["1.250", "-2.000", "12.345"])
def test_a_point_before_three_digits_is_ambiguous_to_a_decimal_comma_reader(text: str) -> None:
    with pytest.raises(NumberFormatError, match="can be read two ways"):
        parse_typed(text, ",", scripted=True)  # a script may write 1.25 so
    assert parse_typed(text, ".") == Decimal(text)  # where the point is the decimal mark
    assert parse_typed(text, ",") == Decimal(text.replace(".", ""))  # a Dutch person's


def test_a_number_typed_with_a_decimal_point_keeps_commas_for_thousands() -> None:
    assert parse_typed("1,250.50") == Decimal("1250.50")
    with pytest.raises(NumberFormatError):
        parse_typed("1250,50")  # never 125,050


# --- the one reader of typed and pasted numbers (issue s18-1) -----------------------------

AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")  # a lone mark before three digits


def written(value: Decimal, language: str, grouped: bool) -> str:
    """``value`` as a language writes it: English/Chinese 1,234.5, Dutch/Vietnamese 1.234,5."""
    text = f"{value:,f}" if grouped else f"{value:f}"
    return text.translate(str.maketrans(",.", ".,")) if language in ("nl", "vi") else text


POINTS = {"en": ".", "zh": ".", "nl": ",", "vi": ","}
amounts = st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=3) | (
    st.integers(-(10**9), 10**9).map(Decimal)
)


@given(amounts, st.sampled_from(sorted(POINTS)), st.booleans())
def test_a_number_written_in_the_users_language_reads_back_exactly(
    value: Decimal, language: str, grouped: bool
) -> None:
    text = written(value, language, grouped)
    assert parse_typed(text, POINTS[language]) == value
    try:
        read = parse_typed(text, POINTS[language], scripted=True)
    except NumberFormatError as exc:  # only Dutch/Vietnamese "1.250": 1250 or 1.25?
        assert language in ("nl", "vi") and AMBIGUOUS.fullmatch(text), text
        assert "can be read two ways" in str(exc)
    else:
        assert read == value


@given(amounts, st.sampled_from(sorted(POINTS)), st.booleans())
def test_without_a_language_a_number_is_read_right_or_refused_never_read_wrong(
    value: Decimal, language: str, grouped: bool
) -> None:
    text = written(value, language, grouped)
    try:
        read = parse_typed(text, None)
    except NumberFormatError as exc:
        assert AMBIGUOUS.fullmatch(text), text
        assert "can be read two ways" in str(exc)
    else:
        assert read == value


@pytest.mark.parametrize(
    ("text", "point", "expected"),
    [("2,125", ",", "2.125"), ("12,500", ",", "12.5"), ("0,750", ",", "0.75"),
     ("1.200", ",", "1200"), ("2.125", ".", "2.125"), ("0.750", ".", "0.75"),
     ("2,125", ".", "2125"), ("0,0004", ",", "0.0004"), ("0,750", None, "0.75"),
     ("1.234,5", None, "1234.5"), ("1,234.5", None, "1234.5"), ("1.234.567", None, "1234567"),
     ("2,5", None, "2.5")],
)  # fmt: skip
def test_three_decimals_are_read_by_the_languages_rule(text, point, expected) -> None:
    assert parse_typed(text, point) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "point"),
    [("0,750", "."), ("1,234.5", ","), ("1.234,5", "."), ("1,250.50", ","), ("2,5", "."),
     ("0.750", ","), ("2.5", ",")],
)  # fmt: skip
def test_a_mark_in_the_wrong_place_is_refused_not_misread(text, point) -> None:
    """``1,234.5`` in Dutch was read as 1.2345; ``0,750`` in English and ``0.750`` in Dutch
    as 750."""
    with pytest.raises(NumberFormatError, match="separates the decimals"):
        parse_typed(text, point)


@pytest.mark.parametrize("text", ["2,125", "2.125", "-1.250", "999,000"])
def test_a_lone_mark_before_three_digits_is_ambiguous_without_a_language(text: str) -> None:
    with pytest.raises(NumberFormatError, match="can be read two ways"):
        parse_typed(text, None)


@pytest.mark.parametrize(
    ("text", "point", "group", "expected"),
    [
        ("€ 1.234,56", ",", ".", "1234.56"),
        ("1,234.56 USD", ".", ",", "1234.56"),
        ("¥1,000", ".", ",", "1000"),
        ("25.000 ₫", ",", ".", "25000"),
        ("25.000đ", ",", ".", "25000"),
        ("1000元", ".", ",", "1000"),
        ("RMB 1,000.50", ".", ",", "1000.50"),
        ("-€ 5", ".", ",", "-5"),
        ("EUR1.234,56", ",", ".", "1234.56"),
    ],
)
def test_a_currency_before_or_after_the_figure_is_read_past(text, point, group, expected) -> None:
    """QA nl: "€ 1.234,56" in the credit limit was refused as "',' separates the decimals"."""
    assert parse_decimal(text, point, group) == Decimal(expected)


@pytest.mark.parametrize("text", ["€€5", "5 € 5", "EUR", "eur 5", "1.234,56 EURO"])
def test_a_currency_alone_or_inside_the_figure_is_still_refused(text) -> None:
    with pytest.raises(NumberFormatError):
        parse_decimal(text, ",", ".")
