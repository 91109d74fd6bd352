"""A column's numbers decide what ``1.250`` means: 1.25 among ``2.5`` and ``0.75``, 1250
among ``12,50`` (issue 9: an ERP's quantities were read a thousand times too big)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from acct_desktop.services.imports.decimal_marks import column_mark, decimal_mark
from acct_desktop.services.imports.sales_values import scaled_numbers
from acct_desktop.services.imports.values import Checked, for_column, money, parse_decimal
from acct_desktop.services.tabular import CellNumber


@pytest.mark.parametrize(
    ("cell", "mark"),
    [("2.5", "."), ("0.125", "."), ("1,234.5", "."), ("1,234,567", "."), ("-0.750", "."),
     ("1234.567", "."), (".5", "."), ("12,50", ","), ("1.234.567", ","), ("1.234,5", ","),
     ("1 234,50", ","), ("0,125", ","), ("1.250", None), ("1,250", None), ("-1.250", None),
     ("1250", None), ("", None), ("abc", None), ("1.2.3,4,5", ","), ("€ 12,50", None)],
)  # fmt: skip
def test_the_mark_a_number_shows(cell: str, mark: str | None) -> None:
    assert decimal_mark(cell) == mark


def test_a_workbooks_number_shows_no_mark() -> None:
    assert decimal_mark(CellNumber("2.5")) is None


@pytest.mark.parametrize(
    ("cells", "mark"),
    [(["2.5", "1.250", "0.75"], "."), (["12,50", "1.250"], ","), (["1.250", "5.000"], None),
     (["2.5", "2,5"], None), ([], None), (["1,234,567", "1,250"], ".")],
)  # fmt: skip
def test_the_mark_a_column_shows(cells: list[str], mark: str | None) -> None:
    assert column_mark(cells) == mark


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["2.5", "1.250", "0.75"], ["2.5", "1.25", "0.75"]),  # the point is the decimal mark
        (["12,50", "1.250", "1,250"], ["12.5", "1250", "1.25"]),  # the comma is
        (["1.250", "5.000", "5"], ["1250", "5000", "5"]),  # nothing says: thousands
        # a list put together from several countries: each number as it is written
        (
            ["12.500,00", "1,250,000.00", "50.000.000", "1.250"],
            ["12500", "1250000", "50000000", "1250"],
        ),
    ],
)
def test_a_column_reads_its_undecided_numbers_with_the_mark_the_others_show(
    cells: list[str], expected: list[str]
) -> None:
    parse = for_column(money(places=3), cells)
    assert [parse(cell) for cell in cells] == [Decimal(e) for e in expected]


def test_the_sales_column_reader_uses_the_columns_mark() -> None:
    values, bad = scaled_numbers(["2.5", "1.250", "0.75"], 3)
    assert (values, bad) == ([2500, 1250, 750], {})
    values, bad = scaled_numbers(["12,50", "1.250", ""], 2)
    assert (values, bad) == ([1250, 125000, None], {})


def test_a_checked_parser_stays_column_aware() -> None:
    def positive(value: Decimal) -> None:
        if value <= 0:
            raise ValueError("must be more than 0")

    parse = for_column(Checked(money(places=3), positive), ["2.5", "1.250"])
    assert parse("1.250") == Decimal("1.25")
    with pytest.raises(ValueError, match="more than 0"):
        parse("0.000")


def test_without_a_column_a_single_mark_before_three_digits_groups_thousands() -> None:
    assert parse_decimal("1.250") == parse_decimal("1,250") == Decimal(1250)
    assert parse_decimal("1.250", mark=".") == Decimal("1.25")
    assert parse_decimal("1,250", mark=",") == Decimal("1.25")
    assert parse_decimal("1,250", mark=".") == Decimal(1250)


def written(value: Decimal, european: bool, fixed: bool) -> str:
    text = f"{value:,.3f}" if fixed else f"{value.normalize():,f}"
    return text.translate(str.maketrans(",.", ".,")) if european else text


@given(
    st.lists(
        st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False),
        min_size=1,
        max_size=30,
    ),
    st.booleans(),
    st.booleans(),
)
def test_a_column_written_one_way_reads_back_exactly(
    values: list[Decimal], european: bool, fixed: bool
) -> None:
    cells = [written(value, european, fixed) for value in values]
    assume(column_mark(cells) is not None)  # some number shows which mark is which
    parse = for_column(money(places=3), set(cells))
    assert [parse(cell) for cell in cells] == values
    scaled, bad = scaled_numbers(cells, 3)
    assert not bad and scaled == [int(value.scaleb(3)) for value in values]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("45,00-", "-45.00"), ("2-", "-2"), ("1.234,56-", "-1234.56"), ("(1.234,56)", "-1234.56"),
     ("(12.5)", "-12.5"), ("7 -", "-7")],
)  # fmt: skip
def test_an_erps_minus_after_the_number_or_brackets_are_a_negative_number(
    cell: str, expected: str
) -> None:
    assert parse_decimal(cell) == Decimal(expected)


@pytest.mark.parametrize("cell", ["€ 1.234,56", "1.234,56 €", "¥1,234.00", "12 EUR", "₫ 50.000"])
def test_a_currency_sign_is_refused_saying_to_write_the_number_alone(cell: str) -> None:
    with pytest.raises(ValueError, match="carries a currency sign; write the number alone"):
        parse_decimal(cell)


@pytest.mark.parametrize("cell", ["-", "()", "--5", "5--", "abc-", "€"])
def test_signs_alone_are_still_not_numbers(cell: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_decimal(cell)
