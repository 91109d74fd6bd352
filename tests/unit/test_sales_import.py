"""Importing the ERP's sales facts: every field, four languages, all or nothing, and
re-imports that replace what they cover instead of counting twice."""

from __future__ import annotations

import csv
import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, inspect, select

from acct_desktop.domain.enums import AccountKind, Channel, Measure
from acct_desktop.services.imports import (
    ImportCancelled,
    ImportRejected,
    TabularError,
    guess_entity,
    import_sales,
    preview,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, Product, SalesFact

ACCOUNTS = {"CN-HQ": "CNY", "VN-W1": "VND", "NL-S1": "EUR", "广州-01": "CNY"}
PRODUCTS = {"PEO-1L": "engine oil", "GEAR-4L": "gear oil", "DẦU-5L": "engine oil"}
MESSY = Path("/work/shared/data/messy_csv")


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", **kw) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, **kw).writerows(rows)
    return path


def add_accounts_and_products(db: Database) -> None:
    with db.session() as session:
        conn = session.connection()
        conn.execute(
            insert(Account),
            [
                dict(code=code, name=f"Customer {code}", kind=AccountKind.STORE,
                     channel=Channel.CHAIN_STORE, currency=currency)
                for code, currency in ACCOUNTS.items()
            ],
        )  # fmt: skip
        conn.execute(
            insert(Product),
            [
                dict(sku=sku, name=f"Oil {sku}", category=category, unit="L",
                     pack_size=Decimal(1), pack_label="1 L", list_price=Decimal(10),
                     cost=Decimal(5))
                for sku, category in PRODUCTS.items()
            ],
        )  # fmt: skip


def sales_database(tmp_path: Path) -> Iterator[Database]:
    """A new database with the accounts and products these tests' files name."""
    database = open_database(tmp_path / "sales.acctdb")
    add_accounts_and_products(database)
    yield database
    database.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


def facts(db: Database) -> list[tuple]:
    """(day, account code, sku, category, measure, quantity, amount, currency), sorted."""
    with db.session() as session:
        rows = session.execute(
            select(
                SalesFact.period, Account.code, Product.sku, SalesFact.category,
                SalesFact.measure, SalesFact.quantity, SalesFact.amount, SalesFact.currency,
            )
            .join(Account, Account.id == SalesFact.account_id)
            .outerjoin(Product, Product.id == SalesFact.product_id)
        ).all()  # fmt: skip
    return sorted((tuple(r) for r in rows), key=lambda r: [str(x or "") for x in r])


def totals(db: Database) -> dict[tuple[str, Measure], Decimal]:
    with db.session() as session:
        rows = session.execute(
            select(Account.code, SalesFact.measure, func.sum(SalesFact.amount))
            .join(Account, Account.id == SalesFact.account_id)
            .group_by(Account.code, SalesFact.measure)
        ).all()
    return {(code, measure): Decimal(total) for code, measure, total in rows}


def fact_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(SalesFact))


def problems(rejected: pytest.ExceptionInfo[ImportRejected]) -> list[str]:
    return [str(p) for p in rejected.value.problems]


# -- what a good file does ----------------------------------------------------------------


def test_a_chinese_erp_file_imports_with_the_accounts_currency_and_products_category(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "销售.csv",
        [
            ["日期", "客户编码", "物料编码", "指标", "数量", "金额"],
            ["2026-03-01", "CN-HQ", "PEO-1L", "进货", "120", "1,234.50"],
            ["2026/3/2", "广州-01", "GEAR-4L", "销售入库", "5", "99.9"],
            ["2026年3月3日", "CN-HQ", "", "库存", "40", ""],
        ],
    )
    summary = import_sales(db, path)
    assert facts(db) == [
        (date(2026, 3, 1), "CN-HQ", "PEO-1L", "engine oil", Measure.SELL_IN, Decimal(120),
         Decimal("1234.50"), "CNY"),
        (date(2026, 3, 2), "广州-01", "GEAR-4L", "gear oil", Measure.SELL_IN, Decimal(5),
         Decimal("99.90"), "CNY"),
        (date(2026, 3, 3), "CN-HQ", None, None, Measure.STOCK, Decimal(40), Decimal(0), "CNY"),
    ]  # fmt: skip
    assert (summary.rows, summary.written, summary.replaced, summary.accounts) == (3, 3, 0, 2)
    assert summary.describe() == (
        "3 sales facts read: 3 written, 0 replaced, for 2 accounts, "
        "covering 2026-03-01 to 2026-03-03."
    )


def test_a_vietnamese_monthly_file_with_its_own_words_for_measures(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "doanh so.csv",
        [
            ["Tháng", "Mã khách hàng", "Mã hàng", "Chỉ tiêu", "Số lượng", "Thành tiền", "Tiền tệ"],
            ["tháng 3/2026", "VN-W1", "DẦU-5L", "Nhập hàng", "10", "2500000", ""],
            ["Tháng 4 năm 2026", "VN-W1", "DẦU-5L", "xuất kho", "7", "1750000", "vnd"],
            ["2026-05", "VN-W1", "DẦU-5L", "Bán ra", "3", "900000", "USD"],
            ["05/2026", "VN-W1", "DẦU-5L", "Tồn kho", "12", "", ""],
        ],
    )
    summary = import_sales(db, path)
    got = [
        (day, measure, qty, amount, cur) for day, _, _, _, measure, qty, amount, cur in facts(db)
    ]
    assert got == [
        (date(2026, 3, 1), Measure.SELL_IN, Decimal(10), Decimal(2_500_000), "VND"),
        (date(2026, 4, 1), Measure.OUTBOUND, Decimal(7), Decimal(1_750_000), "VND"),
        (date(2026, 5, 1), Measure.SELL_OUT, Decimal(3), Decimal(900_000), "USD"),
        (date(2026, 5, 1), Measure.STOCK, Decimal(12), Decimal(0), "VND"),
    ]
    assert (summary.first_day, summary.last_day) == (date(2026, 3, 1), date(2026, 5, 31))


def test_a_dutch_file_with_semicolons_decimal_commas_and_a_bom(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "verkoop.csv",
        [
            ["Datum", "Klantnummer", "Artikelnummer", "Categorie", "Meetsoort", "Aantal", "Omzet"],
            ["31-03-2026", "NL-S1", "PEO-1L", "", "inkoop", "1,5", "1.234,56"],
            ["31.03.2026", "NL-S1", "", "smeermiddelen", "Uitlevering", "2", "12,5"],
            ["01/04/2026", "NL-S1", "GEAR-4L", "promotie", "verkoop", "-1", "-9,95"],
            ["2026-04-02", "NL-S1", "", "", "Voorraad", "8", ""],
        ],
        encoding="utf-8-sig",
        delimiter=";",
    )
    summary = import_sales(db, path)
    assert summary.delimiter == ";" and summary.encoding == "utf-8-sig"
    got = [(d, cat, m, q, a) for d, _, _, cat, m, q, a, _ in facts(db)]
    assert got == [
        (date(2026, 3, 31), "smeermiddelen", Measure.OUTBOUND, Decimal(2), Decimal("12.50")),
        (date(2026, 3, 31), "engine oil", Measure.SELL_IN, Decimal("1.5"), Decimal("1234.56")),
        (date(2026, 4, 1), "promotie", Measure.SELL_OUT, Decimal(-1), Decimal("-9.95")),
        (date(2026, 4, 2), None, Measure.STOCK, Decimal(8), Decimal(0)),
    ]


def test_the_erps_own_words_for_a_measure_are_read_as_the_user_says(
    db: Database, tmp_path: Path
) -> None:
    """A supplier's ERP writes "Verkoop" for its own sales (sell-in from our side) and a
    document type "ZF2" for deliveries; the user says so, and the rest reads as ever."""
    path = write_csv(
        tmp_path / "erp.csv",
        [["Datum", "Klantnummer", "Soort", "Aantal", "Omzet"],
         ["31-03-2026", "NL-S1", " Verkoop ", "2", "20"],
         ["31-03-2026", "NL-S1", "ZF2", "3", "30"],
         ["31-03-2026", "NL-S1", "Voorraad", "4", "40"]],
        delimiter=";",
    )  # fmt: skip
    with pytest.raises(ImportRejected) as refused:  # "ZF2" means nothing by itself
        import_sales(db, path)
    assert [p.line for p in refused.value.problems] == [3]
    words = {"Verkoop": Measure.SELL_IN, " ZF2": Measure.OUTBOUND}
    import_sales(db, path, measure_words=words)
    got = [(m, q) for _d, _a, _s, _c, m, q, _amount, _cur in facts(db)]
    assert sorted(got) == sorted(
        [(Measure.SELL_IN, Decimal(2)), (Measure.OUTBOUND, Decimal(3)), (Measure.STOCK, Decimal(4))]
    )


def test_a_word_the_user_sets_aside_refuses_its_rows_even_when_the_app_knows_it(
    db: Database, tmp_path: Path
) -> None:
    """An ERP that writes "Voorraad" for a stock count the user does not want (a
    consignment stock, say) is told so: those rows are refused by line, nothing is
    written, and the same file imports once the word is read as a measure again."""
    path = write_csv(
        tmp_path / "erp.csv",
        [["Datum", "Klantnummer", "Soort", "Aantal", "Omzet"],
         ["31-03-2026", "NL-S1", "Inkoop", "2", "20"],
         ["31-03-2026", "NL-S1", " Voorraad", "4", "40"],
         ["31-03-2026", "NL-S1", "Voorraad", "5", "50"]],
        delimiter=";",
    )  # fmt: skip
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, path, measure_words={"Voorraad": None}, measure=Measure.STOCK)
    assert problems(refused) == [
        'lines 3, 4, column "Soort": "Voorraad" was set aside as not a measure for this import'
    ]
    assert refused.value.total == 2 and refused.value.unlisted == 0
    assert facts(db) == []
    import_sales(db, path, measure_words={"Voorraad": Measure.STOCK})
    assert len(facts(db)) == 3


def test_accounts_missing_from_the_database_are_one_problem_each_not_one_per_row(
    db: Database, tmp_path: Path
) -> None:
    """A new user's first ERP export names accounts the app does not have yet: three
    unknown codes down 3,000 rows read as three problems with their lines, and a bad number
    on line 100 is not buried under them."""
    rows = [["Datum", "Klantcode", "Maatstaf", "Aantal", "Bedrag"]]
    codes = ["NL-X1", "NL-X2", "NL-S1", "NL-X3"]
    rows += [[f"2026-03-{1 + n % 28:02d}", codes[n % 4], "sell_in", "1", "10"]
             for n in range(3000)]  # fmt: skip
    rows[99][3] = "abc"  # line 100, of NL-S1, an account the database has
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, write_csv(tmp_path / "erp.csv", rows, delimiter=";"))
    assert problems(refused) == [
        f"lines {', '.join(str(2 + k + 4 * n) for n in range(5))} and 745 more, "
        f'column "Klantcode": there is no account {code} in the database'
        for k, code in ((0, "NL-X1"), (1, "NL-X2"), (3, "NL-X3"))
    ] + ['line 100, column "Aantal": "abc" is not a number']
    assert (refused.value.total, refused.value.unlisted) == (2251, 0)
    assert refused.value.missing == {"accounts": 3}  # to import before this file
    assert facts(db) == []
    rows = [row for row in rows if row[1] not in ("NL-X1", "NL-X2", "NL-X3")]
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, write_csv(tmp_path / "erp.csv", rows, delimiter=";"))
    assert problems(refused) == ['line 26, column "Aantal": "abc" is not a number']
    assert refused.value.missing == {}


def test_an_english_gb18030_file_and_one_measure_for_the_whole_file(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "stock.csv",
        [
            ["Month", "Customer code", "Item code", "Qty", "Value"],
            ["Mar 2026", "广州-01", "PEO-1L", "30", "300"],
            ["2026年4月", "广州-01", "PEO-1L", "25", "250"],
        ],
        encoding="gb18030",
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert problems(rejected) == ["line 1: the file has no column for measure, which is required"]
    import_sales(db, path, measure=Measure.STOCK)
    assert [(d, code, m) for d, code, _, _, m, _, _, _ in facts(db)] == [
        (date(2026, 3, 1), "广州-01", Measure.STOCK),
        (date(2026, 4, 1), "广州-01", Measure.STOCK),
    ]


def test_the_users_map_wins_over_headers(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "odd.csv",
        [
            ["Boekdag", "Relatie", "Soort", "Bedrag", "Aantal"],
            ["2026-06-01", "NL-S1", "sell_in", "10", "1"],
        ],
    )
    mapping = {"date": "Boekdag", "account_code": "Relatie", "measure": "Soort"}
    import_sales(db, path, mapping)
    assert facts(db)[0][:2] == (date(2026, 6, 1), "NL-S1")


def test_quoted_and_xlsx_files_read_like_plain_ones(db: Database, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    rows = [
        ["date", "account_code", "sku", "measure", "quantity", "amount"],
        ["2026-07-01", "CN-HQ", "PEO-1L", "sell_out", "3", "30.00"],
        ["2026-07-02", "CN-HQ", "PEO-1L", "sell_out", "1", "1,000.25"],
    ]
    write_csv(tmp_path / "quoted.csv", rows, quoting=csv.QUOTE_ALL)
    import_sales(db, tmp_path / "quoted.csv")
    from_csv = facts(db)
    book = Workbook()
    sheet = book.active
    sheet.append(rows[0])
    sheet.append([datetime(2026, 7, 1), "CN-HQ", "PEO-1L", "sell_out", 3, 30])
    sheet.append([46205, "CN-HQ", "PEO-1L", "sell_out", 1, 1000.25])  # an Excel serial day
    book.save(tmp_path / "sales.xlsx")
    summary = import_sales(db, tmp_path / "sales.xlsx")
    assert summary.replaced == 2
    assert facts(db) == from_csv


# -- all or nothing -----------------------------------------------------------------------


def test_every_problem_is_named_by_line_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["date", "account_code", "sku", "measure", "quantity", "amount"],
            ["2026-03-01", "CN-HQ", "PEO-1L", "sell_in", "1", "10"],
            ["2026-02-30", "CN-HQ", "PEO-1L", "sell_in", "1", "10"],
            ["2026-03-02", "NOPE", "PEO-1L", "sell_in", "1", "10"],
            ["2026-03-02", "CN-HQ", "NO-SKU", "sell_in", "1", "10"],
            ["2026-03-02", "CN-HQ", "PEO-1L", "returns", "1", "10"],
            ["2026-03-02", "CN-HQ", "PEO-1L", "sell_in", "1", "NaN"],
            ["2026-03-02", "CN-HQ", "PEO-1L", "sell_in", "1", "Infinity"],
            ["2026-03-02", "CN-HQ", "PEO-1L", "sell_in", "", ""],
            ["", "", "PEO-1L", "", "1", "0.005"],
            ["2026-03-03", "CN-HQ", "PEO-1L", "sell_in", "1", "10", "extra"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert str(rejected.value) == (
        "bad.csv was not imported: 12 problems found. Nothing was written; correct the file "
        "and import it again."
    )
    assert problems(rejected) == [
        'line 3, column "date": "2026-02-30" is not a date in the calendar',
        'line 4, column "account_code": there is no account NOPE in the database',
        'line 5, column "sku": there is no product with SKU NO-SKU in the database',
        'line 6, column "measure": "returns" is not a measure; use one of: sell-in, outbound, '
        "sell-out, stock",
        'line 7, column "amount": "NaN" is not a number',
        'line 8, column "amount": "Infinity" is not a number',
        'line 9, column "amount": a quantity or an amount is required',
        'line 10, column "date": date is required',
        'line 10, column "account_code": account code is required',
        'line 10, column "measure": measure is required',
        'line 10, column "amount": "0.005" has more than 2 decimals',
        "line 11: this row has 7 values but the header has 6 columns (a separator inside an "
        "unquoted value?)",
    ]
    assert fact_count(db) == 0


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (["date", "sku", "measure", "amount"],
         "line 1: the file has no column for account code, which is required"),
        (["account_code", "measure", "amount"],
         "line 1: the file has no column for date or period"),
        (["date", "period", "account_code", "measure", "amount"],
         'line 1: the file has both a date column ("date") and a period column ("period"); '
         "leave one of them out"),
        (["date", "account_code", "measure"],
         "line 1: the file has no column for quantity or amount"),
    ],
)  # fmt: skip
def test_a_file_missing_a_needed_column_is_refused_on_its_header_line(
    db: Database, tmp_path: Path, headers: list[str], message: str
) -> None:
    path = write_csv(tmp_path / "cols.csv", [headers, ["x"] * len(headers)])
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert problems(rejected) == [message]


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_cancelling_a_large_import_leaves_nothing_and_keeps_the_indexes(
    db: Database, tmp_path: Path, stop_at: str
) -> None:
    rows = [["date", "account_code", "sku", "measure", "quantity", "amount"]]
    rows += [
        [f"2026-01-{1 + n % 28:02d}", "CN-HQ", "PEO-1L", "sell_in", str(n % 9), f"{n}.25"]
        for n in range(30_000)
    ]
    path = write_csv(tmp_path / "big.csv", rows)

    def progress(done: int, total: int) -> None:
        if (stop_at == "checking" and done > 0) or (stop_at == "writing" and done > total // 2):
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_sales(db, path, progress=progress)
    assert fact_count(db) == 0
    names = {index["name"] for index in inspect(db.engine).get_indexes("sales_fact")}
    assert {"ix_sales_fact_account_period", "ix_sales_fact_period_measure"} <= names
    with db.engine.connect() as conn:  # the connection's foreign keys are on again
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert import_sales(db, path).written == 30_000


def test_unreadable_and_hostile_files_are_refused_in_a_sentence(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(TabularError, match="does not exist"):
        import_sales(db, tmp_path / "missing.csv")
    if MESSY.is_dir():
        for name in (
            "csvkit/bom.csv",
            "csvkit/test_utf8.csv",
            "data.table/issue_1116_fread_few_lines.txt",
        ):
            if (MESSY / name).exists():
                with pytest.raises((ImportRejected, TabularError)) as refused:
                    import_sales(db, MESSY / name)
                assert str(refused.value).endswith(".")
    assert fact_count(db) == 0


# -- re-imports replace what they cover -----------------------------------------------------

HEADER = ["date", "account_code", "sku", "measure", "quantity", "amount"]


def daily(days: range, account: str = "CN-HQ", measure: str = "sell_in", amount: str = "10"):
    return [[f"2026-01-{d:02d}", account, "PEO-1L", measure, "1", amount] for d in days]


def test_a_file_with_its_month_first_is_read_month_first_throughout(
    db: Database, tmp_path: Path
) -> None:
    """An American export: 11/24/2026 can only be 24 November, so 11/03/2026 in the same
    file is 3 November, not 11 March (which moved figures into a month they were not in)."""
    rows = [
        [day, "CN-HQ", "PEO-1L", "sell_in", "1", "10"]
        for day in ("11/24/2026", "11/03/2026", "11/10/2026", "10/24/2026 09:15:00")
    ]
    import_sales(db, write_csv(tmp_path / "us.csv", [HEADER, *rows]))
    assert sorted(f[0] for f in facts(db)) == [
        date(2026, 10, 24), date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 24)
    ]  # fmt: skip


def test_a_file_without_a_telling_date_keeps_the_day_first(db: Database, tmp_path: Path) -> None:
    rows = [[day, "CN-HQ", "PEO-1L", "sell_in", "1", "10"] for day in ("03/11/2026", "24/11/2026")]
    import_sales(db, write_csv(tmp_path / "eu.csv", [HEADER, *rows]))
    assert sorted(f[0] for f in facts(db)) == [date(2026, 11, 3), date(2026, 11, 24)]


def test_dates_written_both_ways_in_one_file_are_refused_by_line(
    db: Database, tmp_path: Path
) -> None:
    days = ("24/11/2026", "25/11/2026", "11/26/2026", "03/11/2026")
    rows = [[day, "CN-HQ", "PEO-1L", "sell_in", "1", "10"] for day in days]
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, write_csv(tmp_path / "mixed.csv", [HEADER, *rows]))
    assert problems(rejected) == [
        'line 4, column "date": "11/26/2026" has its month first, but the other dates of this '
        "file have their day first; write every date one way (2026-03-31 is never misread)"
    ]
    assert fact_count(db) == 0


def test_importing_the_same_file_twice_gives_the_same_totals(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jan.csv", [HEADER, *daily(range(1, 32))])
    import_sales(db, path)
    first = totals(db)
    again = import_sales(db, path)
    assert totals(db) == first == {("CN-HQ", Measure.SELL_IN): Decimal(310)}
    assert (again.written, again.replaced) == (31, 31)


def test_a_corrected_file_replaces_the_first(db: Database, tmp_path: Path) -> None:
    import_sales(db, write_csv(tmp_path / "v1.csv", [HEADER, *daily(range(1, 32))]))
    corrected = [HEADER, *daily(range(1, 31)), *daily(range(31, 32), amount="99")]
    import_sales(db, write_csv(tmp_path / "v2.csv", corrected))
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal(300 + 99)}


def test_a_file_of_the_second_half_of_january_leaves_the_first_half_alone(
    db: Database, tmp_path: Path
) -> None:
    import_sales(db, write_csv(tmp_path / "jan.csv", [HEADER, *daily(range(1, 32))]))
    summary = import_sales(
        db, write_csv(tmp_path / "late.csv", [HEADER, *daily(range(16, 32), amount="20")])
    )
    assert summary.replaced == 16
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal(15 * 10 + 16 * 20)}


JAN, FEB = date(2026, 1, 1), date(2026, 2, 1)


def test_a_monthly_figure_replaces_the_months_daily_ones_of_its_account_and_measure_only(
    db: Database, tmp_path: Path
) -> None:
    rows = [HEADER, *daily(range(1, 32)), *daily(range(1, 32), measure="stock")]
    rows += daily(range(1, 32), account="VN-W1")
    rows += [["2026-02-01", "CN-HQ", "PEO-1L", "sell_in", "1", "7"]]
    # one row of February among 93 of January: meant, so the months are named
    import_sales(db, write_csv(tmp_path / "daily.csv", rows), periods=[JAN, FEB])
    monthly = [
        ["period", "account_code", "measure", "amount"],
        ["2026-01", "CN-HQ", "sell_in", "1000"],
    ]
    # the month's figure has no quantity: the daily quantities it replaces go, as confirmed
    summary = import_sales(
        db, write_csv(tmp_path / "monthly.csv", monthly), no_quantities_confirmed=True
    )
    assert (summary.first_day, summary.last_day, summary.replaced) == (
        date(2026, 1, 1), date(2026, 1, 31), 31,
    )  # fmt: skip
    assert totals(db) == {
        ("CN-HQ", Measure.SELL_IN): Decimal(1000 + 7),  # February is outside the month
        ("CN-HQ", Measure.STOCK): Decimal(310),
        ("VN-W1", Measure.SELL_IN): Decimal(310),
    }


MONTHLY_HEADER = ["period", "account_code", "measure", "amount"]


def test_a_daily_file_replaces_the_monthly_figure_of_its_month_even_from_the_2nd(
    db: Database, tmp_path: Path
) -> None:
    """An ERP's daily export of January starts on the first day anything was invoiced (here
    the 2nd): the month's figure imported before covers those days too, and keeping it
    counted January twice (an account behind plan showed up ahead of it)."""
    monthly = [MONTHLY_HEADER, ["2026-01", "CN-HQ", "sell_in", "1000"]]
    monthly += [["2026-01", "CN-HQ", "stock", "500"], ["2026-01", "VN-W1", "sell_in", "800"]]
    import_sales(db, write_csv(tmp_path / "monthly.csv", monthly))
    rows = [HEADER, *daily(range(2, 32)), *daily(range(31, 32), measure="stock", amount="40")]
    summary = import_sales(db, write_csv(tmp_path / "daily.csv", rows))
    assert (summary.replaced, summary.monthly_replaced) == (2, 2)
    assert summary.describe() == (
        "31 sales facts read: 31 written, 2 replaced, for 1 account, covering 2026-01-02 to "
        "2026-01-31. 2 of them were monthly figures, replaced by the file's daily figures of "
        "their month, which start on 2026-01-02."
    )
    assert totals(db) == {
        ("CN-HQ", Measure.SELL_IN): Decimal(300),  # the days alone, not 1000 + 300
        ("CN-HQ", Measure.STOCK): Decimal(40),
        ("VN-W1", Measure.SELL_IN): Decimal(800),  # another account: untouched
    }


def test_the_1sts_own_daily_figure_is_never_taken_for_a_monthly_one(
    db: Database, tmp_path: Path
) -> None:
    """Daily files imported day by day: the 2nd's file keeps the 1st's figures."""
    import_sales(db, write_csv(tmp_path / "d1.csv", [HEADER, *daily(range(1, 2))]))
    summary = import_sales(db, write_csv(tmp_path / "d2.csv", [HEADER, *daily(range(2, 3))]))
    assert (summary.replaced, summary.monthly_replaced) == (0, 0)
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal(20)}
    assert "monthly" not in summary.describe()


def test_a_monthly_figure_of_another_month_or_measure_stays(db: Database, tmp_path: Path) -> None:
    monthly = [MONTHLY_HEADER, ["2025-12", "CN-HQ", "sell_in", "900"]]
    monthly += [["2026-01", "CN-HQ", "outbound", "700"], ["2026-02", "CN-HQ", "sell_in", "600"]]
    import_sales(db, write_csv(tmp_path / "monthly.csv", monthly))
    summary = import_sales(db, write_csv(tmp_path / "jan.csv", [HEADER, *daily(range(5, 9))]))
    assert summary.replaced == 0
    with db.session() as session:
        assert session.scalar(select(func.count()).where(SalesFact.whole_month)) == 3
        assert session.scalar(select(func.count()).where(~SalesFact.whole_month)) == 4


# -- any mix of valid rows ----------------------------------------------------------------

amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False)
quantities = st.decimals(min_value=-(10**6), max_value=10**6, places=3, allow_nan=False)
STOCK_WORDS = ("voorraad", "stock")


def _signed_alike(row: tuple) -> tuple:
    """A valid row: its quantity and amount the same way (a return has both negative), a
    stock count never negative."""
    day, account, sku, measure, q, a, style = row
    if measure in STOCK_WORDS:
        q, a = abs(q), abs(a)
    elif q < 0 < a or a < 0 < q:
        a = -a
    return day, account, sku, measure, q, a, style


any_rows = st.lists(
    st.tuples(
        st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
        st.sampled_from(sorted(ACCOUNTS)),
        st.sampled_from(["", *sorted(PRODUCTS)]),
        st.sampled_from(["sell_in", "出库", "bán ra", *STOCK_WORDS, "Sell-Out"]),
        quantities,
        amounts,
        st.sampled_from(["plain", "dutch"]),
    ),
    min_size=1,
    max_size=40,
)
valid_rows = any_rows.map(lambda rows: [_signed_alike(row) for row in rows])


def _written(number: Decimal, style: str) -> str:
    text = f"{number:f}"
    return text.replace(".", ",") if style == "dutch" and "." in text else text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=valid_rows)
def test_any_mix_of_valid_rows_adds_up_to_the_decimal_sums_of_the_rows(
    db: Database, tmp_path: Path, rows
) -> None:
    from acct_desktop.services.imports.sales_values import measure as measure_of

    with db.session() as session:
        session.execute(delete(SalesFact))
    table = [HEADER] + [
        [day.isoformat(), account, sku, measure, _written(q, style), _written(a, style)]
        for day, account, sku, measure, q, a, style in rows
    ]
    path = write_csv(tmp_path / f"{uuid.uuid4().hex}.csv", table, delimiter=";")
    months = {day.replace(day=1) for day, *_ in rows}  # a month of few rows is meant here
    summary = import_sales(db, path, periods=months)
    expected: dict[tuple[str, Measure], Decimal] = defaultdict(Decimal)
    for _, account, _, measure, _, amount, _ in rows:
        expected[(account, measure_of(measure))] += amount
    assert totals(db) == dict(expected)
    assert summary.written == len(rows)


@given(st.lists(st.decimals(min_value=-(10**12), max_value=10**12, places=2), min_size=8))
def test_the_fast_column_reading_agrees_with_the_careful_parser(numbers) -> None:
    from acct_desktop.services.imports.sales_values import scaled_numbers
    from acct_desktop.services.imports.values import money

    cells = [f"{n:f}" for n in numbers]
    values, bad = scaled_numbers(cells, 2)
    careful = money(places=2)
    assert not bad
    assert values == [int(careful(c).scaleb(2)) for c in cells]


# -- periods, days, measures ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2026-03", "2026/03", "2026.3", "03/2026", "3-2026", "Mar 2026", "March 2026", "mrt. 2026",
     "maart 2026", "2026年3月", "2026年03月", "2026年三月", "tháng 3/2026", "Tháng 3 năm 2026",
     "2026-03-01", "2026 Mar"],
)  # fmt: skip
def test_a_period_is_read_in_every_usual_way_as_the_first_of_its_month(text: str) -> None:
    from acct_desktop.services.imports.sales_values import sales_period

    assert sales_period(text) == date(2026, 3, 1)


@pytest.mark.parametrize("text", ["2026-03-15", "03/26", "2026-13", "Mar", "Q1 2026", "26-03"])
def test_a_period_that_is_not_one_clear_month_is_refused(text: str) -> None:
    from acct_desktop.services.imports.sales_values import sales_period

    with pytest.raises(ValueError, match="month"):
        sales_period(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [("2026-03-31", date(2026, 3, 31)), ("31/03/2026", date(2026, 3, 31)),
     ("2026年3月31日", date(2026, 3, 31)), ("2026-03-31 10:20:00", date(2026, 3, 31)),
     ("2026-03-31T23:59:59Z", date(2026, 3, 31)), ("20260331", date(2026, 3, 31)),
     ("46112", date(2026, 3, 31))],
)  # fmt: skip
def test_a_day_is_read_as_the_other_imports_read_it_and_as_erps_write_it(
    text: str, day: date
) -> None:
    from acct_desktop.services.imports.sales_values import sales_day

    assert sales_day(text) == day


@pytest.mark.parametrize(
    ("words", "measure"),
    [(("sell_in", "Sell-in", "进货", "销售入库", "nhập hàng", "inkoop"), Measure.SELL_IN),
     (("outbound", "出库", "分仓出库", "xuất kho", "uitlevering"), Measure.OUTBOUND),
     (("sell out", "终端销售", "动销", "bán ra", "verkoop"), Measure.SELL_OUT),
     (("STOCK", "库存", "tồn kho", "voorraad", "inventory"), Measure.STOCK)],
)  # fmt: skip
def test_measures_are_understood_in_four_languages(words: tuple[str, ...], measure) -> None:
    from acct_desktop.services.imports.sales_values import measure as measure_of

    assert {measure_of(word) for word in words} == {measure}


MEASURE_LABELS = {
    "Sell-in": Measure.SELL_IN, "Branch-warehouse outbound": Measure.OUTBOUND,
    "Outbound": Measure.OUTBOUND, "Terminal sell-out": Measure.SELL_OUT,
    "Sell-out": Measure.SELL_OUT, "Stock on hand": Measure.STOCK, "Stock": Measure.STOCK,
}  # fmt: skip


def test_a_file_written_with_the_apps_own_words_for_the_measures_imports() -> None:
    """What the window calls a measure in any of its languages ("Eindverkoop", "现有库存",
    "Xuất kho chi nhánh") is understood in a file's measure column."""
    from xml.etree import ElementTree

    from acct_desktop.services.imports.sales_values import measure as measure_of

    seen: dict[str, Measure | None] = {}
    for ts in sorted(Path(__file__).parents[2].glob("resources/translations/*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source")
            if source in MEASURE_LABELS:
                for text in (source, message.findtext("translation") or source):
                    seen[text] = measure_of(text)
                    assert seen[text] == MEASURE_LABELS[source], (ts.name, text)
    assert len(seen) >= 3 * 6  # every language's labels were found and checked


# -- which import a dropped file is for ----------------------------------------------------


def test_a_sales_file_is_recognised_and_previewed_as_sales(tmp_path: Path) -> None:
    sales = write_csv(
        tmp_path / "s.csv",
        [["日期", "客户编码", "金额"], ["2026-03-01", "CN-HQ", "10"]],
    )
    measured = write_csv(tmp_path / "m.csv", [["measure", "x"], ["stock", "1"]])
    accounts = write_csv(tmp_path / "a.csv", [["code", "name", "kind"], ["A", "B", "store"]])
    contacts = write_csv(
        tmp_path / "c.csv", [["account_code", "name", "title"], ["A", "Li Wei", "buyer"]]
    )
    named = write_csv(
        tmp_path / "n.csv",
        [["customer code", "customer name", "date", "amount"], ["A", "B", "2026-01-01", "1"]],
    )
    assert [guess_entity(p) for p in (sales, measured, accounts, contacts, named)] == [
        "sales", "sales", "accounts", "contacts", "accounts",
    ]  # fmt: skip
    shown = preview(sales, "sales")
    assert shown.guessed == {"date": "日期", "account_code": "客户编码", "amount": "金额"}


# -- PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.postgres
def test_a_sales_import_round_trips_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    database = open_database(pg_url)
    try:
        add_accounts_and_products(database)
        rows = [
            HEADER,
            *daily(range(1, 32), amount="12.34"),
            ["2026-01-05", "VN-W1", "", "库存", "2.5", ""],
        ]
        path = write_csv(tmp_path / "pg.csv", rows)
        import_sales(database, path)
        again = import_sales(database, path)
        assert again.replaced == 32
        assert totals(database) == {
            ("CN-HQ", Measure.SELL_IN): Decimal("382.54"),
            ("VN-W1", Measure.STOCK): Decimal(0),
        }
        monthly = [MONTHLY_HEADER, ["2026-02", "CN-HQ", "sell_in", "5"]]
        import_sales(database, write_csv(tmp_path / "feb.csv", monthly))
        february = [HEADER, ["2026-02-03", "CN-HQ", "PEO-1L", "sell_in", "1", "2"]]
        assert import_sales(database, write_csv(tmp_path / "f.csv", february)).replaced == 1
        assert totals(database)[("CN-HQ", Measure.SELL_IN)] == Decimal("384.54")  # not 389.54
        stock = [fact for fact in facts(database) if fact[1] == "VN-W1"]
        assert [(f[4], f[5], f[7]) for f in stock] == [(Measure.STOCK, Decimal("2.5"), "VND")]
    finally:
        database.close()


def test_a_date_column_of_months_is_read_as_monthly_figures(db: Database, tmp_path: Path) -> None:
    head = ["date", "account_code", "measure", "amount"]
    daily = [head, ["2026-03-05", "NL-S1", "sell_in", "1"], ["2026-03-20", "NL-S1", "sell_in", "2"]]
    import_sales(db, write_csv(tmp_path / "daily.csv", daily))
    monthly = [["Datum", *head[1:]], ["2026-03", "NL-S1", "sell_in", "100"]]
    monthly.append(["Apr 2026", "NL-S1", "sell_in", "50"])
    summary = import_sales(db, write_csv(tmp_path / "monthly.csv", monthly))
    assert (summary.first_day, summary.last_day) == (date(2026, 3, 1), date(2026, 4, 30))
    assert summary.replaced == 2  # the month's daily figures, as a period column would
    assert [(f[0], f[6]) for f in facts(db)] == [
        (date(2026, 3, 1), Decimal("100.00")),
        (date(2026, 4, 1), Decimal("50.00")),
    ]


def test_a_month_among_days_names_the_period_column(db: Database, tmp_path: Path) -> None:
    rows = [["date", "account_code", "measure", "amount"], ["2026-03-05", "NL-S1", "sell_in", "1"]]
    rows.append(["2026-03", "NL-S1", "sell_in", "2"])
    with pytest.raises(ImportRejected) as caught:
        import_sales(db, write_csv(tmp_path / "mixed.csv", rows))
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (3, "date")
    assert "is a month, but the other cells of this column are days" in str(problem.message)
    assert '"period" column' in str(problem.message)


# -- a product column under another name ----------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Product SKU", "product_sku", "商品编码", "产品编号", "Mã sản phẩm", "Mã SP",
               "Artikelnummer", "Artikelnr."],
)  # fmt: skip
def test_a_products_column_under_an_erps_name_is_read_as_the_sku(
    db: Database, tmp_path: Path, header: str
) -> None:
    path = write_csv(
        tmp_path / "sales.csv",
        [
            ["Date", "Customer", header, "Measure", "Qty", "Amount"],
            ["2026-03-01", "CN-HQ", "PEO-1L", "sell-in", "120", "1234.50"],
        ],
    )
    import_sales(db, path)
    assert [row[2] for row in facts(db)] == ["PEO-1L"]


def test_a_column_of_known_skus_no_header_names_is_pointed_out(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "sales.csv",
        [
            ["Date", "Customer", "Ref", "Measure", "Qty", "Amount"],
            ["2026-03-01", "CN-HQ", "PEO-1L", "sell-in", "120", "1234.50"],
            ["2026-03-02", "CN-HQ", "GEAR-4L", "sell-in", "5", "99.90"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert any(
        'the column "Ref" holds product SKUs (GEAR-4L, PEO-1L)' in p for p in problems(rejected)
    ), problems(rejected)
    assert fact_count(db) == 0
    import_sales(db, path, mapping={"sku": "Ref"})  # mapped: read as the SKU
    assert sorted(row[2] for row in facts(db)) == ["GEAR-4L", "PEO-1L"]


def test_the_import_takes_the_write_lock_before_it_reads(db: Database, tmp_path: Path) -> None:
    """Global search catches up in the background and commits; an import that had read
    before (a deferred BEGIN) then failed at its first write with "database is locked",
    without waiting (SQLite refuses a stale snapshot). The import holds the lock from its
    first read, so another writer waits for it instead."""
    import sqlite3

    from acct_desktop.services.imports.sales_writes import import_connection

    path = db.engine.url.database
    with import_connection(db, "oct.csv") as conn:
        conn.exec_driver_sql("SELECT count(*) FROM account").scalar()
        other = sqlite3.connect(path, timeout=0.1)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
