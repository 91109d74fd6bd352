"""Amounts in Chinese capital numerals (大写金额), as written on Chinese quotes, invoices and
cheques so a figure cannot be altered: 12705.58 → 壹万贰仟柒佰零伍元伍角捌分.

The rules are those of the accounting standard (会计基础工作规范, art. 52):

* digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟 within a group of four, groups 万 and 亿;
* a run of zeros between two digits of the integer (across groups too) is written as one
  零 — 1005 壹仟零伍, 100 100 壹拾万零壹佰, 100 000 001 壹亿零壹 — and never at the end
  (1000 壹仟, 1 000 000 壹佰万);
* 元 after the integer; an amount ending in 元 or 角 ends in 整 (壹佰元整, 伍角整), one
  with 分 does not; a zero 角 before 分 is written (壹拾元零捌分); below one yuan there is
  no 元 (伍角捌分); zero is 零元整; a negative amount starts with 负;
* ten is 壹拾 (never 拾 alone: a 壹 cannot be added in front).

``Decimal`` only; the amount must already be in fen (at most two decimals) and below
10**12 yuan (a trillion).
"""

from __future__ import annotations

from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")  # within a group of four digits
GROUPS = ("", "万", "亿")  # each group is 10**4 times the one before
LIMIT = Decimal(10) ** 12  # 9999亿…: far beyond any quote, and no 万亿 to write
CENT = Decimal("0.01")


def capital_amount(amount: Decimal) -> str:
    """``amount`` yuan in capital numerals (壹万贰仟柒佰零伍元伍角捌分); ``TypeError`` unless
    it is a ``Decimal``, ``ValueError`` when it has finer than fen or is 10**12 or more."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be Decimal, got {type(amount).__name__}")
    if not amount.is_finite() or amount != amount.quantize(CENT):
        raise ValueError(f"{amount} is not an amount in fen")
    if abs(amount) >= LIMIT:
        raise ValueError(f"{amount} is too large for capital numerals")
    fen_total = int(abs(amount) * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    sign = "负" if amount < 0 and fen_total else ""
    if not fen_total:
        return "零元整"
    words = _integer(yuan) + "元" if yuan else ""
    if jiao:
        words += DIGITS[jiao] + "角"
    elif fen and yuan:
        words += "零"  # 壹拾元零捌分
    if fen:
        words += DIGITS[fen] + "分"
    else:
        words += "整"
    return sign + words


def _integer(number: int) -> str:
    """A positive whole number in capital numerals: a run of zeros between two digits is
    one 零 (100100 壹拾万零壹佰), zeros at the end are not written, and a group marker
    (万, 亿) follows each group of four with a digit that is not zero."""
    digits = str(number)
    words = ""
    zero = False  # zeros since the last digit written
    group_has_digit = False
    for index, char in enumerate(digits):
        position = len(digits) - 1 - index  # 0 for the units
        digit = int(char)
        if digit:
            if zero:
                words += "零"
            words += DIGITS[digit] + PLACES[position % 4]
            zero, group_has_digit = False, True
        elif words:
            zero = True
        if position % 4 == 0 and group_has_digit:
            words += GROUPS[position // 4]
            group_has_digit = False
    return words
