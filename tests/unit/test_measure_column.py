"""The measure column reads the same in the sales and the targets import: the same headers
(类型, 业务类型, 指标, Type, Measure, Soort, Loại…) and the same words; targets refuse stock
without offering it; a column of measures the headers did not name is pointed to, never
covered by one measure for the whole file. And the files that are not what they say get
sentences of our own."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportRejected, import_sales, import_targets
from acct_desktop.services.imports.columns import SALES_SYNONYMS, TARGET_SYNONYMS
from acct_desktop.services.imports.measure_words import (
    MEASURE_ALIASES,
    NO_STOCK_TARGETS,
    measure,
    target_measure,
)
from acct_desktop.services.tabular import TabularError, read_table
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, SalesFact, Target
from tests.unit.test_sales_import import fact_count, problems, sales_database, totals

MONTHS = [f"{m}月" for m in range(1, 13)]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows(rows)
    return path


def sales_file(tmp_path: Path, header: str) -> Path:
    return write(
        tmp_path / "erp.csv",
        [["单据日期", "客户编码", header, "数量", "金额（元）"],
         ["2026/10/01", "CN-HQ", "销售入库", "2", "1,000.00"],
         ["2026/10/02", "CN-HQ", "分仓出库", "1", "300.50"],
         ["2026/10/31", "CN-HQ", "库存", "5", "2,500.00"],
         ["2026/10/03", "广州-01", "终端销售", "1", "99.99"]],
    )  # fmt: skip


def targets_file(tmp_path: Path, header: str) -> Path:
    rows = [["年度", "客户编码", header, "币种", *MONTHS]]
    rows += [["2026", "CN-HQ", "进货", "CNY", *["100"] * 12]]
    rows += [["2026", "广州-01", "分仓出库", "CNY", *["40"] * 12]]
    rows += [["2026", "CN-HQ", "终端销售", "CNY", *["7"] * 12]]
    return write(tmp_path / "targets.csv", rows)


def target_measures(db: Database) -> dict[tuple[str, Measure], Decimal]:
    with db.session() as session:
        rows = session.execute(
            select(Account.code, Target.measure, Target.amount)
            .join(Account, Account.id == Target.account_id)
            .where(Target.period_kind == "month", Target.period_start == date(2026, 10, 1))
        ).all()
    return {(code, m): Decimal(amount) for code, m, amount in rows}


HEADERS = ["类型", "业务类型", "指标", "Type", "Measure", "Soort", "Loại", "Chỉ tiêu", "KPI"]


@pytest.mark.parametrize("header", HEADERS)
def test_the_same_measure_column_reads_the_same_in_sales_and_targets(
    db: Database, tmp_path: Path, header: str
) -> None:
    summary = import_sales(db, sales_file(tmp_path, header))
    assert header not in summary.ignored_columns
    assert totals(db) == {
        ("CN-HQ", Measure.SELL_IN): Decimal(1000),
        ("CN-HQ", Measure.OUTBOUND): Decimal("300.50"),
        ("CN-HQ", Measure.STOCK): Decimal(2500),
        ("广州-01", Measure.SELL_OUT): Decimal("99.99"),
    }
    done = import_targets(db, targets_file(tmp_path, header))
    assert header not in done.ignored_columns
    assert target_measures(db) == {
        ("CN-HQ", Measure.SELL_IN): Decimal(100),
        ("广州-01", Measure.OUTBOUND): Decimal(40),
        ("CN-HQ", Measure.SELL_OUT): Decimal(7),
    }


def test_one_list_of_headers_and_of_words_serves_both_imports() -> None:
    assert SALES_SYNONYMS["measure"] is TARGET_SYNONYMS["measure"]
    for word, meant in MEASURE_ALIASES.items():
        assert measure(word) is meant
        if meant is Measure.STOCK:
            with pytest.raises(ValueError) as refused:
                target_measure(word)
            assert str(refused.value) == NO_STOCK_TARGETS
        else:
            assert target_measure(word) is meant


def test_a_word_that_is_no_measure_is_refused_for_targets_without_offering_stock(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "t.csv",
        [["年度", "客户编码", "指标", "币种", *MONTHS],
         ["2026", "CN-HQ", "库存", "CNY", *["1"] * 12],
         ["2026", "广州-01", "返利", "CNY", *["1"] * 12]],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as refused:
        import_targets(db, path)
    assert problems(refused) == [
        'line 2, column "指标": ' + NO_STOCK_TARGETS,
        'line 3, column "指标": "返利" is not a measure; use one of: sell-in, outbound, sell-out',
    ]


# -- a column of measures under a header not recognised --------------------------------------


@pytest.mark.parametrize("given", [None, Measure.SELL_IN])
def test_a_column_of_measures_not_recognised_is_pointed_to_not_covered_by_one_measure(
    db: Database, tmp_path: Path, given: Measure | None
) -> None:
    """The ERP heads it "Vorgang": following advice to give one measure for the whole file
    booked stock and outbound as sell-in."""
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, sales_file(tmp_path, "Vorgang"), measure=given)
    assert problems(refused) == [
        'line 1: the column "Vorgang" holds measures (销售入库, 分仓出库, 库存, 终端销售), but no '
        "column is read as the measure; map that column to the measure (one measure for the "
        "whole file would book every row as that measure)"
    ]
    assert refused.value.details == {"measure column": "Vorgang"}
    assert refused.value.missing == {}  # no advice to give one measure
    assert fact_count(db) == 0
    import_sales(db, sales_file(tmp_path, "Vorgang"), mapping={"measure": "Vorgang"})
    assert totals(db)[("CN-HQ", Measure.STOCK)] == Decimal(2500)


def test_a_targets_column_of_measures_not_recognised_is_refused_not_read_as_sell_in(
    db: Database, tmp_path: Path
) -> None:
    with pytest.raises(ImportRejected) as refused:
        import_targets(db, targets_file(tmp_path, "Vorgang"))
    assert refused.value.details == {"measure column": "Vorgang"}
    assert target_measures(db) == {}
    import_targets(db, targets_file(tmp_path, "Vorgang"), mapping={"measure": "Vorgang"})
    assert target_measures(db)[("广州-01", Measure.OUTBOUND)] == Decimal(40)


def test_a_file_of_one_measure_without_a_measure_column_still_takes_the_one_given(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "out.csv",
        [["Datum", "Klantcode", "Omschrijving", "Bedrag"],
         ["2026-10-01", "CN-HQ", "Levering", "10"], ["2026-10-02", "CN-HQ", "Retour", "-4"]],
    )  # fmt: skip
    import_sales(db, path, measure=Measure.OUTBOUND)
    assert totals(db) == {("CN-HQ", Measure.OUTBOUND): Decimal(6)}


# -- files that are not what they say --------------------------------------------------------


def test_a_workbook_saved_with_a_csv_name_is_read_as_the_workbook_it_is(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["date", "account_code", "measure", "amount"])
    book.active.append(["2026-10-01", "CN-HQ", "sell_in", 12.5])
    book.save(tmp_path / "book.xlsx")
    named = tmp_path / "export.csv"
    named.write_bytes((tmp_path / "book.xlsx").read_bytes())
    import_sales(db, named)
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal("12.50")}
    with db.session() as session:
        assert session.scalar(select(SalesFact.period)) == date(2026, 10, 1)


def test_a_damaged_workbook_and_a_picture_get_our_sentence_not_a_librarys(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "sales.csv"
    broken.write_bytes(b"PK\x03\x04" + bytes(60))
    with pytest.raises(TabularError) as refused:
        read_table(broken)
    assert str(refused.value) == (
        "sales.csv is not a workbook acct-desktop can read: it may be damaged, or another "
        "kind of file. Save it again from Excel as .xlsx, or as CSV (UTF-8)."
    )
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    with pytest.raises(TabularError) as refused:
        read_table(picture)
    assert str(refused.value) == (
        "photo.csv is not a text (CSV) file nor an .xlsx workbook (it may be a picture, a PDF "
        "or another program's file). Export the figures as CSV (UTF-8) or .xlsx and import "
        "that."
    )
