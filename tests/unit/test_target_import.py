"""Importing a year of targets from the spreadsheets managers actually keep."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.services.imports import ImportRejected, import_targets
from acct_desktop.services.targets import TargetService
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

D = Decimal
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.fixture
def db(demo_db: Path):
    database = open_database(demo_db)
    yield database
    database.close()


def write_csv(path: Path, rows: list[list[object]], sep: str = ",") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=sep).writerows(rows)
    return path


def target_rows(db, year: int = 2027) -> int:
    with db.session() as s:
        return s.scalar(
            select(func.count())
            .select_from(m.Target)
            .where(m.Target.period_start >= date(year, 1, 1))
            .where(m.Target.period_start <= date(year, 12, 1))
        )


def grid(db, year: int = 2027) -> dict[tuple[str, str | None, str], tuple[Decimal, ...]]:
    return {
        (row.owner_code, row.key.category, row.key.measure.value): row.targets.months
        for row in TargetService(db, "test").grid(year)
    }


def test_a_dutch_file_of_annual_amounts_is_broken_down_by_last_years_sales(
    db, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "doelen.csv",
        [["Jaar", "Klantcode", "Maatstaf", "Bedrag", "Verdeling"],
         ["2027", "NL000001", "sell-in", "120.000,00", "seizoen"],
         ["2027", "NL000001", "verkoop", "60000", "gelijk"]],
        sep=";",
    )  # fmt: skip
    summary = import_targets(db, path)
    assert (summary.created, summary.updated, summary.unchanged) == (2, 0, 0)
    assert target_rows(db) == 2 * 17
    found = grid(db)
    sell_in = found[("NL000001", None, "sell_in")]
    assert sum(sell_in) == D("120000.00") and len(set(sell_in)) > 1  # seasonal, not flat
    assert found[("NL000001", None, "sell_out")] == (D("5000.00"),) * 12


def test_reimporting_the_same_file_changes_nothing_and_a_new_version_replaces(
    db, tmp_path: Path
) -> None:
    rows = [["year", "account_code", "measure", "amount"],
            ["2027", "NL000001", "sell_in", "1200"],
            ["2027", "NL000001", "outbound", "2400"]]  # fmt: skip
    import_targets(db, write_csv(tmp_path / "t.csv", rows))
    again = import_targets(db, write_csv(tmp_path / "t.csv", rows))
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, 2, 0)
    newer = import_targets(
        db,
        write_csv(tmp_path / "t2.csv", [rows[0], ["2027", "NL000001", "sell_in", "2400"]]),
    )
    assert (newer.updated, newer.removed) == (1, 0)
    # the outbound target the new file does not mention is kept: files split by measure
    # (or category) do not wipe each other
    assert grid(db) == {
        ("NL000001", None, "sell_in"): (D(200),) * 12,
        ("NL000001", None, "outbound"): (D(200),) * 12,
    }
    assert target_rows(db) == 2 * 17


def test_chinese_month_columns_for_a_territory_give_the_months_directly(db, tmp_path: Path) -> None:
    months = [f"{n}月" for n in range(1, 13)]
    path = write_csv(
        tmp_path / "目标.csv",
        [["年度", "区域", "品类", "指标", *months],
         ["2027", "华南", "passenger_engine_oil", "进货", *range(100, 1300, 100)]],
    )  # fmt: skip
    import_targets(db, path)
    [(key, found)] = grid(db).items()
    assert key == ("CN-01", "passenger_engine_oil", "sell_in")
    assert found == tuple(D(n) for n in range(100, 1300, 100))


def test_vietnamese_quarters_are_spread_over_their_months(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "chi-tieu.csv",
        [["Năm", "Mã khách hàng", "Quý 1", "Quý 2", "Quý 3", "Quý 4"],
         ["2027", "VN000025", "3000000", "0", "3000001", "30"]],
    )  # fmt: skip
    import_targets(db, path)
    [found] = grid(db).values()
    assert found[:3] == (D(1000000),) * 3
    assert found[6:9] == (D(1000001), D(1000000), D(1000000))
    assert sum(found) == D(6000031)


def test_weights_split_the_year_as_the_manager_says(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "w.csv",
        [["year", "account_code", "amount", "weights"],
         ["2027", "NL000001", "1000", "1;2;3;4"]],
    )  # fmt: skip
    import_targets(db, path)
    [found] = grid(db).values()
    assert TargetService(db, "t").grid(2027)[0].targets.quarters == (
        D(100),
        D(200),
        D(300),
        D(400),
    )
    assert found[:3] == (D("33.34"), D("33.33"), D("33.33"))


def test_the_default_method_applies_to_rows_without_one(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "d.csv", [["year", "account_code", "amount"], ["2027", "NL000001", "1200"]]
    )
    import_targets(db, path, default_method=BreakdownMethod.SEASONALITY)
    [found] = grid(db).values()
    assert len(set(found)) > 1


def test_a_file_with_problems_is_refused_line_by_line_and_nothing_is_written(
    db, tmp_path: Path
) -> None:
    before = target_rows(db, 2026)
    path = write_csv(
        tmp_path / "bad.csv",
        [["year", "account_code", "territory", "measure", "amount", *MONTHS_EN],
         ["2027", "NL000001", "", "", "1200", *[""] * 12],  # fine on its own
         ["2027", "NOPE", "", "", "1", *[""] * 12],
         ["2027", "NL000001", "", "sell in", "5", *[""] * 12],  # same target as line 2
         ["2027", "VN000025", "", "", "1000.5", *[""] * 12],
         ["2027", "", "", "", "1", *[""] * 12],
         ["2027", "NL000198", "", "stock", "1", *[""] * 12],
         ["2027", "NL000197", "", "", "-3", *[""] * 12],
         ["2027", "NL000185", "", "", "99", *range(1, 13)],
         ["2027", "NL000001", "", "outbound", "", "1", *[""] * 11],
         ["twenty", "NL000001", "", "sell_out", "1", *[""] * 12]],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as rejected:
        import_targets(db, path)
    said = [str(p) for p in rejected.value.problems]
    assert said == [
        'line 3, column "account_code": there is no account with code "NOPE"',
        "line 4: line 2 already gives this target",
        'line 5, column "amount": VND amounts have no decimals',
        "line 6: give either an account code or a territory",
        'line 7, column "measure": Targets are set for sell-in, outbound or sell-out; '
        "stock is a level, not a flow.",
        'line 8, column "amount": a target cannot be negative',
        'line 9, column "amount": the amount is 99 but the months add up to 78',
        'line 10, column "Feb": give all 12 months or none (write 0 for a month without '
        "target); missing: Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec",
        'line 11, column "year": "twenty" is not a number',
    ]
    assert target_rows(db) == 0
    assert target_rows(db, 2026) == before


def test_quarters_that_disagree_with_the_months_are_refused(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "q.csv",
        [["year", "account_code", "Q1", "Q2", "Q3", "Q4", *MONTHS_EN],
         ["2027", "NL000001", "6", "15", "24", "34", *range(1, 13)]],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as rejected:
        import_targets(db, path)
    assert "the quarters do not match the months (6, 15, 24, 33)" in str(rejected.value.problems[0])


def test_an_xlsx_with_english_month_names_imports_too(db, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Year", "Customer code", "Measure", *MONTHS_EN])
    sheet.append([2027, "CN000024", "sell_out", *([1000.5] * 12)])
    book.save(tmp_path / "targets.xlsx")
    import_targets(db, tmp_path / "targets.xlsx")
    assert grid(db) == {("CN000024", None, Measure.SELL_OUT.value): (D("1000.50"),) * 12}
