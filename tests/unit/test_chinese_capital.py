"""Amounts in Chinese capital numerals (大写金额): known figures from the accounting rules,
every whole number to 100 000 and every fen, and random amounts read back by an independent
reader (hypothesis)."""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.chinese_capital import capital_amount

DIGIT_VALUES = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
PLACE_VALUES = {"拾": 10, "佰": 100, "仟": 1000}


def read_capital(text: str) -> D:
    """The amount written in ``text``, read the other way round (a test's own reader)."""
    sign = -1 if text.startswith("负") else 1
    text = text.removeprefix("负").removesuffix("整")
    yuan_text, _, fraction = text.rpartition("元") if "元" in text else ("", "", text)
    total = section = digit = 0
    for char in yuan_text:
        if char in DIGIT_VALUES:
            digit = DIGIT_VALUES[char]
        elif char in PLACE_VALUES:
            section += digit * PLACE_VALUES[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif char == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {char!r} in {text!r}")
    yuan = total + section + digit
    fen = 0
    for value, unit in re.findall(r"([壹贰叁肆伍陆柒捌玖])([角分])", fraction):
        fen += DIGIT_VALUES[value] * (10 if unit == "角" else 1)
    return sign * (D(yuan) + D(fen) / 100)


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("12705.58", "壹万贰仟柒佰零伍元伍角捌分"),  # the QA quote's total
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("0.58", "伍角捌分"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("10.08", "壹拾元零捌分"),
        ("15", "壹拾伍元整"),
        ("200", "贰佰元整"),
        ("1000.50", "壹仟元伍角整"),
        ("1005", "壹仟零伍元整"),
        ("1010", "壹仟零壹拾元整"),
        ("100100", "壹拾万零壹佰元整"),
        ("1000000", "壹佰万元整"),
        ("10001000", "壹仟万零壹仟元整"),
        ("100000001", "壹亿零壹元整"),
        ("120000000", "壹亿贰仟万元整"),
        ("100010000", "壹亿零壹万元整"),
        ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("-3.20", "负叁元贰角整"),
        ("-0.00", "零元整"),
    ],
)
def test_known_amounts(amount: str, words: str) -> None:
    assert capital_amount(D(amount)) == words


def test_only_decimals_in_fen_below_a_trillion() -> None:
    with pytest.raises(TypeError):
        capital_amount(12.5)  # type: ignore[arg-type]
    for bad in ("0.001", "1E+12", "1000000000000", "NaN", "Infinity"):
        with pytest.raises(ValueError):
            capital_amount(D(bad))


def well_formed(words: str) -> None:
    assert re.fullmatch(r"负?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+", words), words
    assert "零零" not in words
    if words != "零元整":
        assert not re.search(r"零[万亿元角整]", words), words  # no zero before a marker
        assert words.removeprefix("负")[0] in "壹贰叁肆伍陆柒捌玖", words  # never 拾 first
    assert words.endswith("整") != words.endswith("分"), words


def test_every_whole_number_to_a_hundred_thousand_reads_back() -> None:
    for number in range(100_001):
        words = capital_amount(D(number))
        assert read_capital(words) == number, words
        well_formed(words)


def test_every_fen_reads_back() -> None:
    for yuan in (0, 1, 10, 100_000):
        for fen in range(100):
            amount = D(yuan) + D(fen) / 100
            words = capital_amount(amount)
            assert read_capital(words) == amount, words
            well_formed(words)


@given(
    st.decimals(
        min_value=D("-999999999999.99"),
        max_value=D("999999999999.99"),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_any_amount_reads_back_and_is_well_formed(amount: D) -> None:
    words = capital_amount(amount)
    assert read_capital(words) == amount
    well_formed(words)


@given(st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_a_digit_alone_in_any_place_has_no_zero(place: int, digit: int) -> None:
    words = capital_amount(D(digit) * D(10) ** place)
    assert "零" not in words and read_capital(words) == digit * 10**place
