"""Amounts written with their currency, as ERP exports and hand-kept sheets copy them
(``80000元``, ``80.000 ₫``, ``€ 1.234,50``, ``1,234.50 EUR``, ``¥80,000``): the unit comes
off exactly, the number is read as every amount is, and the sales import holds the unit
against the row's currency — accepted when it may be that currency, refused by line,
naming both, when it cannot."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportRejected, import_sales
from acct_desktop.services.imports.money_units import (
    DOLLARS,
    ISO_CODES,
    SPELLINGS,
    Unit,
    split_unit,
)
from acct_desktop.services.imports.sales_values import scaled_numbers
from acct_desktop.services.imports.values import amount_of_money, money, parse_decimal
from acct_desktop.services.tabular import CellNumber
from tests.unit.test_sales_import import facts, problems, sales_database, write_csv

# -- taking the unit off ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "bare", "written", "currencies"),
    [
        ("80000元", "80000", "元", ("CNY",)),
        ("80000 元", "80000", "元", ("CNY",)),
        ("8万元", "8万", "元", ("CNY",)),
        ("3.5亿元", "3.5亿", "元", ("CNY",)),
        ("人民币50000", "50000", "人民币", ("CNY",)),
        ("RMB 50,000.00", "50,000.00", "RMB", ("CNY",)),
        ("rmb50000", "50000", "rmb", ("CNY",)),
        ("¥80,000", "80,000", "¥", ("CNY", "JPY")),
        ("￥80,000", "80,000", "¥", ("CNY", "JPY")),  # full width, as an input method types it
        ("￥３.５万", "3.5万", "¥", ("CNY", "JPY")),
        ("80,000円", "80,000", "円", ("JPY",)),
        ("80.000 ₫", "80.000", "₫", ("VND",)),
        ("80.000₫", "80.000", "₫", ("VND",)),
        ("80.000đ", "80.000", "đ", ("VND",)),
        ("80.000 Đ", "80.000", "Đ", ("VND",)),
        ("80.000 VNĐ", "80.000", "VNĐ", ("VND",)),
        ("80.000 vnđ", "80.000", "vnđ", ("VND",)),
        ("80.000 VND", "80.000", "VND", ("VND",)),
        ("80.000 đồng", "80.000", "đồng", ("VND",)),
        ("€ 1.234,50", "1.234,50", "€", ("EUR",)),
        ("€1.234,50", "1.234,50", "€", ("EUR",)),
        ("1.234,50 €", "1.234,50", "€", ("EUR",)),
        ("1,234.50 EUR", "1,234.50", "EUR", ("EUR",)),
        ("EUR 1.234,50", "1.234,50", "EUR", ("EUR",)),
        ("EUR1234.50", "1234.50", "EUR", ("EUR",)),
        ("1234.50eur", "1234.50", "eur", ("EUR",)),
        ("12 euro", "12", "euro", ("EUR",)),
        ("12 Euros", "12", "Euros", ("EUR",)),
        ("ＥＵＲ１２", "12", "EUR", ("EUR",)),
        ("$1,234.50", "1,234.50", "$", DOLLARS),
        ("US$1,234.50", "1,234.50", "US$", ("USD",)),
        ("HK$ 500", "500", "HK$", ("HKD",)),
        ("S$500", "500", "S$", ("SGD",)),
        ("NT$500", "500", "NT$", ("TWD",)),
        ("£12.50", "12.50", "£", ("GBP",)),
        ("12.50 GBP", "12.50", "GBP", ("GBP",)),
        ("1 000 THB", "1 000", "THB", ("THB",)),
        ("IDR 15.000", "15.000", "IDR", ("IDR",)),
        # signs: in front of the unit, between it and the number, after, in brackets
        ("-€12,50", "-12,50", "€", ("EUR",)),
        ("- € 12,50", "-12,50", "€", ("EUR",)),
        ("€ -12,50", "-12,50", "€", ("EUR",)),
        ("-12,50 €", "-12,50", "€", ("EUR",)),
        ("12,50- €", "12,50-", "€", ("EUR",)),
        ("12,50 €-", "12,50-", "€", ("EUR",)),
        ("€ 12,50-", "12,50-", "€", ("EUR",)),
        ("(€ 12,50)", "(12,50)", "€", ("EUR",)),
        ("€ (12,50)", "(12,50)", "€", ("EUR",)),
        ("(12,50 €)", "(12,50)", "€", ("EUR",)),
        ("+80000元", "+80000", "元", ("CNY",)),
        # the same currency twice is one unit
        ("RMB 8万元", "8万", "RMB", ("CNY",)),
        ("€ 12 EUR", "12", "€", ("EUR",)),
        ("¥12 CNY", "12", "¥", ("CNY",)),
        ("$12 USD", "12", "$", ("USD",)),
        ("  €  12  ", "12", "€", ("EUR",)),
    ],
)
def test_the_unit_comes_off_and_says_its_currencies(
    cell: str, bare: str, written: str, currencies: tuple[str, ...]
) -> None:
    assert split_unit(cell) == (bare, Unit(written, currencies))


@pytest.mark.parametrize(
    "cell",
    [
        "",
        "  ",
        "1234",
        "1.234,50",
        "-12,50",
        "(12.50)",
        "12.5万",
        "１２３，４５６．００",
        "€",  # a unit without a number
        "元",
        "EUR",
        "€ -",
        "12 PCS",  # a unit of quantity, not of money
        "12 KG",
        "12 top",  # "TOP" is a currency only in capitals
        "5 dollars",
        "12 Dđ",  # a word that ends in đ
        "12 euroos",
        "abc",
        "12 块",
    ],
)
def test_a_cell_without_one_currency_unit_is_left_to_the_number_parser(cell: str) -> None:
    assert split_unit(cell) == (cell, None)


@pytest.mark.parametrize(
    ("cell", "refusal"),
    [
        ("€ 12 USD", '"€ 12 USD" names two currencies, € (EUR) and USD; write the amount in '
         "one of them"),
        ("¥12 EUR", '"¥12 EUR" names two currencies, ¥ (CNY or JPY) and EUR; write the amount '
         "in one of them"),
        ("80000元元", '"80000元元" is not a number'),
        ("€€12", '"€€12" is not a number'),
        ("EUR € 12", '"EUR € 12" is not a number'),
    ],
)  # fmt: skip
def test_two_units_are_refused(cell: str, refusal: str) -> None:
    with pytest.raises(ValueError) as refused:
        split_unit(cell)
    assert str(refused.value) == refusal
    _, bad = scaled_numbers([cell], 2, myriads=True, units={})
    assert bad == {cell: refusal}


def test_a_workbook_number_has_no_unit() -> None:
    cell = CellNumber("1234.5")
    assert split_unit(cell) == (cell, None)


def test_every_spelling_and_every_iso_code_is_a_unit_before_and_after() -> None:
    for spelling, currencies in SPELLINGS.items():
        for cell in (f"{spelling}12", f"{spelling} 12", f"12{spelling}", f"12 {spelling}"):
            bare, unit = split_unit(cell)
            assert bare == "12" and unit is not None, cell
            assert unit.currencies == currencies and unit.written.casefold() == spelling
        for cased in (spelling.upper(), spelling.title()):
            assert split_unit(f"12 {cased}")[1] is not None, cased
    for code in ISO_CODES:
        assert split_unit(f"{code} 12") == ("12", Unit(code, (code,)))
        assert split_unit(f"12{code}") == ("12", Unit(code, (code,)))


def test_the_unit_in_a_sentence_names_its_currencies() -> None:
    assert Unit("EUR", ("EUR",)).words() == "EUR"
    assert Unit("eur", ("EUR",)).words() == "EUR"
    assert Unit("₫", ("VND",)).words() == "₫ (VND)"
    assert Unit("¥", ("CNY", "JPY")).words() == "¥ (CNY or JPY)"
    assert Unit("¥", ("CNY", "JPY")).allows("JPY") and not Unit("€", ("EUR",)).allows("VND")


# -- read as amounts, exactly ------------------------------------------------------------

_ORDERS = st.sampled_from(["before", "before, spaced", "after", "after, spaced"])
_STYLES = st.sampled_from(["plain", "english", "dutch"])
_SIGNS = st.sampled_from(["-", "-unit", "unit-", "after", "brackets"])


def _written(number: Decimal, style: str) -> str:
    """``number`` (positive, two places) as a file writes it."""
    if style == "plain":
        return f"{number:.2f}"
    english = f"{number:,.2f}"
    return english if style == "english" else english.translate(str.maketrans(",.", ".,"))


def _with_unit(text: str, unit: str, order: str) -> str:
    space = " " if "spaced" in order else ""
    return f"{unit}{space}{text}" if order.startswith("before") else f"{text}{space}{unit}"


def _negative(number: str, unit: str, order: str, how: str) -> str:
    if how == "-":
        return "-" + _with_unit(number, unit, order)
    if how == "-unit":  # the minus between the unit and the number
        return _with_unit("-" + number, unit, order)
    if how == "after":  # SAP: 12,50-
        return _with_unit(number + "-", unit, order)
    if how == "unit-":
        return _with_unit(number, unit, order) + "-"
    return "(" + _with_unit(number, unit, order) + ")"


@settings(max_examples=400, deadline=None)
@given(
    cents=st.integers(min_value=0, max_value=10**15),
    style=_STYLES,
    spelling=st.sampled_from(sorted(SPELLINGS) + sorted(ISO_CODES)),
    order=_ORDERS,
    negative=st.booleans(),
    how=_SIGNS,
)
def test_any_amount_with_any_unit_reads_as_the_same_amount_without_it(
    cents: int, style: str, spelling: str, order: str, negative: bool, how: str
) -> None:
    number = Decimal(cents).scaleb(-2)
    text = _written(number, style)
    unit = spelling.upper() if spelling in ISO_CODES else spelling
    cell = _negative(text, unit, order, how) if negative else _with_unit(text, unit, order)
    expected = -number if negative else number
    bare, found = split_unit(cell)
    assert found is not None and found.allows(SPELLINGS.get(spelling, (spelling,))[0]), cell
    assert amount_of_money()(bare) == expected, (cell, bare)
    units: dict[str, Unit] = {}
    values, bad = scaled_numbers([cell, text], 2, myriads=True, units=units)
    assert bad == {} and values[0] == (-cents if negative else cents), cell
    assert set(units) == {cell}  # the number alone has no unit


@settings(max_examples=200, deadline=None)
@given(
    tenths=st.integers(min_value=1, max_value=10**6),
    myriad=st.sampled_from(["万", "亿"]),
    unit=st.sampled_from(["元", "¥", "￥", "RMB", "人民币"]),
    before=st.booleans(),
)
def test_wan_and_yi_with_yuan_are_read_exactly(
    tenths: int, myriad: str, unit: str, before: bool
) -> None:
    number = Decimal(tenths).scaleb(-1)
    text = f"{number}{myriad}"
    cell = f"{unit}{text}" if before else f"{text}{unit}"
    if unit == "元" and before:
        cell = f"{text}{unit}"
    values, bad = scaled_numbers([cell], 2, myriads=True, units=(units := {}))
    scale = 10_000 if myriad == "万" else 100_000_000
    assert bad == {} and values == [int(number * scale * 100)]
    assert units[cell].allows("CNY")


def test_the_columns_decimal_mark_is_read_without_the_units() -> None:
    """ "€ 1.250" among "€ 2,5": the column writes a decimal comma, so 1.250 is 1250."""
    values, bad = scaled_numbers(["€ 2,5", "€ 1.250", "€ 0,75"], 2, myriads=True, units={})
    assert bad == {} and values == [250, 125000, 75]
    values, _ = scaled_numbers(["$2.5", "$1.250", "$0.75"], 3, units={})
    assert values == [2500, 1250, 750]


def test_each_currencys_cells_show_their_own_decimal_mark() -> None:
    """A list of yuan and dong amounts: 16,000.00 and 4.5万 write a decimal point, which
    says nothing about how 80.000 ₫ is written (80000 dong, not 80)."""
    cells = ["¥16,000.00", "4.5万元", "80.000 ₫", "1.250.000 ₫"]
    values, bad = scaled_numbers(cells, 2, myriads=True, units={})
    assert bad == {} and values == [1_600_000, 4_500_000, 8_000_000, 125_000_000]
    plain = ["16,000.00", "4.5", "80.000"]  # without units: one column, one mark, as ever
    assert scaled_numbers(plain, 2, myriads=True, units={})[0] == [1_600_000, 450, 8_000]


def test_a_refused_amount_quotes_the_cell_as_the_file_writes_it() -> None:
    units: dict[str, Unit] = {}
    _, bad = scaled_numbers(["€ 1.234,567", "€ 1,2,3", "1e5元"], 2, myriads=True, units=units)
    assert bad == {
        "€ 1.234,567": '"€ 1.234,567" has more than 2 decimals',
        "€ 1,2,3": '"€ 1,2,3" is not a number this import understands; write it as 1234.56',
        "1e5元": '"1e5元" is not a number',
    }
    assert units == {}  # only the units of amounts read
    assert bad["€ 1.234,567"].template.endswith("has more than %2 decimals")  # translated


def test_without_units_asked_for_a_currency_sign_is_still_refused() -> None:
    """Quantities, prices, percentages and the other imports' money take no unit."""
    for cell in ("80000元", "€ 1.234,50", "¥80,000", "80.000 ₫", "1,234.50 EUR"):
        _, bad = scaled_numbers([cell], 3)
        assert "carries a currency sign; write the number alone" in bad[cell]
        with pytest.raises(ValueError, match="carries a currency sign"):
            parse_decimal(cell)
        with pytest.raises(ValueError, match="carries a currency sign"):
            money(places=3)(cell)


# -- against the row's currency, in the sales import ---------------------------------------


@pytest.fixture
def db(tmp_path: Path):
    yield from sales_database(tmp_path)


def test_units_matching_each_rows_account_are_taken_off(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "erp.csv",
        [
            ["日期", "客户编码", "指标", "数量", "金额"],
            ["2026-03-01", "CN-HQ", "进货", "1", "80000元"],
            ["2026-03-02", "CN-HQ", "进货", "1", "¥80,000"],
            ["2026-03-03", "广州-01", "进货", "1", "8万元"],
            ["2026-03-03", "VN-W1", "进货", "1", "80.000 ₫"],
            ["2026-03-04", "VN-W1", "进货", "-1", "(80.000 VNĐ)"],
            ["2026-03-03", "NL-S1", "进货", "1", "€ 1.234,50"],
            ["2026-03-04", "NL-S1", "进货", "1", "1,234.50 EUR"],
            ["2026-03-05", "NL-S1", "进货", "1", "12"],
        ],
    )
    assert import_sales(db, path).written == 8
    assert sorted((f[1], f[6], f[7]) for f in facts(db)) == [
        ("CN-HQ", Decimal("80000.00"), "CNY"),
        ("CN-HQ", Decimal("80000.00"), "CNY"),
        ("NL-S1", Decimal("12.00"), "EUR"),
        ("NL-S1", Decimal("1234.50"), "EUR"),
        ("NL-S1", Decimal("1234.50"), "EUR"),
        ("VN-W1", Decimal("-80000.00"), "VND"),
        ("VN-W1", Decimal("80000.00"), "VND"),
        ("广州-01", Decimal("80000.00"), "CNY"),
    ]


def test_a_unit_contradicting_the_accounts_currency_is_refused_naming_both(
    db, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "erp.csv",
        [
            ["Datum", "Klantnummer", "Soort", "Aantal", "Omzet"],
            ["2026-03-01", "NL-S1", "inkoop", "1", "80.000 ₫"],
            ["2026-03-02", "NL-S1", "inkoop", "1", "90.000 ₫"],
            ["2026-03-03", "VN-W1", "inkoop", "1", "€ 12,50"],
            ["2026-03-04", "CN-HQ", "inkoop", "1", "¥80,000"],  # the yuan: right
            ["2026-03-05", "NL-S1", "inkoop", "1", "1.234,50 EUR"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert problems(rejected) == [
        'lines 2, 3, column "Omzet": the amount is written in ₫ (VND), but the row\'s account '
        "is in EUR; amounts are not converted: write the amount in EUR, or give the row its "
        "own currency in a currency column",
        'line 4, column "Omzet": the amount is written in € (EUR), but the row\'s account is '
        "in VND; amounts are not converted: write the amount in VND, or give the row its own "
        "currency in a currency column",
    ]
    assert rejected.value.problems[0].message.template.startswith("the amount is written in")
    assert facts(db) == []  # nothing written


def test_the_rows_currency_cell_decides_before_its_accounts(db, tmp_path: Path) -> None:
    """A Dutch account's figure invoiced in dong, said in the currency column, takes
    "80.000 ₫"; a row whose currency cell is empty takes its account's."""
    path = write_csv(
        tmp_path / "erp.csv",
        [
            ["date", "account_code", "measure", "amount", "currency"],
            ["2026-03-01", "NL-S1", "sell_in", "80.000 ₫", "VND"],
            ["2026-03-02", "NL-S1", "sell_in", "€ 12,50", ""],
            ["2026-03-03", "CN-HQ", "sell_in", "¥8.000,00", "JPY"],
        ],
    )
    import_sales(db, path)
    assert [(f[6], f[7]) for f in facts(db)] == [
        (Decimal("80000.00"), "VND"),
        (Decimal("12.50"), "EUR"),
        (Decimal("8000.00"), "JPY"),
    ]
    wrong = write_csv(
        tmp_path / "wrong.csv",
        [
            ["date", "account_code", "measure", "amount", "currency"],
            ["2026-04-01", "CN-HQ", "sell_in", "80000元", "EUR"],
            ["2026-04-02", "CN-HQ", "sell_in", "$5", "CNY"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, wrong)
    assert problems(rejected) == [
        'line 2, column "amount": the amount is written in 元 (CNY), but the row\'s currency '
        "column says EUR; amounts are not converted",
        'line 3, column "amount": the amount is written in $ (USD, AUD, CAD, HKD, NZD, SGD or '
        "TWD), but the row's currency column says CNY; amounts are not converted",
    ]


def test_a_quantity_with_a_currency_sign_is_still_refused(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "erp.csv",
        [["date", "account_code", "measure", "quantity"],
         ["2026-03-01", "CN-HQ", "sell_in", "80000元"]],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path, measure=Measure.SELL_IN)
    assert "carries a currency sign; write the number alone" in problems(rejected)[0]
