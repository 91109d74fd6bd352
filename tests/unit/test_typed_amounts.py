"""Money typed in a currency: in a currency without decimals (VND, JPY, KRW) a lone comma or
point between groups of three digits can only group thousands, so "385,000" is 385000 in
every language (it was 385 in Vietnamese, where the comma is the decimal mark); a figure that
would need decimals is refused, never rounded. In a currency with decimals the user's
language decides, as in the quote builder (``parse_typed``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acct_desktop.domain.numbers import NumberFormatError, parse_amount


@pytest.mark.parametrize("point", [",", "."])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("385,000", "385000"),
        ("385.000", "385000"),
        ("1,250,000", "1250000"),
        ("1.250.000", "1250000"),
        ("245000", "245000"),
        ("25.000 ₫", "25000"),
        ("25.000đ", "25000"),
        ("0", "0"),
    ],
)
def test_a_whole_currency_reads_either_mark_as_thousands(point, text, expected) -> None:
    assert parse_amount(text, point, 0, "VND") == Decimal(expected)


def test_decimals_written_the_languages_way_that_come_to_a_whole_amount_are_read() -> None:
    assert parse_amount("1.250,00", ",", 0, "VND") == Decimal("1250")
    assert parse_amount("1,250.00", ".", 0, "VND") == Decimal("1250")


@pytest.mark.parametrize(("text", "point"), [("385,5", ","), ("385.5", "."), ("0,500", ",")])
def test_a_whole_currency_refuses_decimals_rather_than_round_them(text, point) -> None:
    with pytest.raises(NumberFormatError) as raised:
        parse_amount(text, point, 0, "VND")
    assert "VND" in str(raised.value.args[0])


def test_a_currency_with_decimals_follows_the_users_language() -> None:
    assert parse_amount("12,50", ",", 2, "EUR") == Decimal("12.50")
    assert parse_amount("1.250", ",", 2, "EUR") == Decimal("1250")
    assert parse_amount("1,250", ".", 2, "USD") == Decimal("1250")
    with pytest.raises(NumberFormatError):
        parse_amount("1,250,5", ".", 2, "USD")
