"""Importing and exporting products, price policies and rebate agreements: all or nothing,
line-numbered problems, the register's own rules, drafts only, audited, round trips."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from acct_desktop.domain.enums import PolicyStatus, RebateKind, RebateStatus
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.services.imports import (
    ImportCancelled,
    ImportRejected,
    export_price_policies,
    export_products,
    export_rebates,
    import_price_policies,
    import_products,
    import_rebates,
)
from acct_desktop.services.imports.rebates import tiers
from acct_desktop.services.imports.register_common import day
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import AuditEvent, PricePolicy, Product, RebateAgreement

TODAY = date(2026, 11, 2)


def today() -> date:
    return TODAY


@pytest.fixture
def db(demo_db: Path) -> Database:
    database = open_database(demo_db)
    yield database
    database.close()


def write_csv(
    path: Path, rows: list[list[str]], encoding: str = "utf-8-sig", sep: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=sep).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def audit_count(db: Database) -> int:
    return count(db, AuditEvent)


# -- values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-03-31", date(2026, 3, 31)),
        ("2026/3/1", date(2026, 3, 1)),
        ("2026年3月31日", date(2026, 3, 31)),
        ("31-03-2026", date(2026, 3, 31)),
        ("01.02.2026", date(2026, 2, 1)),
        ("03/31/2026", date(2026, 3, 31)),
        ("", None),
    ],
)
def test_dates_in_the_forms_head_offices_write(raw: str, expected: date | None) -> None:
    assert day(raw) == expected


@pytest.mark.parametrize("raw", ["2026-02-30", "next week", "31/31/2026"])
def test_a_wrong_date_says_so(raw: str) -> None:
    with pytest.raises(ValueError, match="date"):
        day(raw)


def test_tiers_with_commas_or_semicolons_and_decimal_commas() -> None:
    assert tiers("0:1,100000:2,250000:3.5%") == (
        (Decimal(0), Decimal(1)),
        (Decimal(100000), Decimal(2)),
        (Decimal(250000), Decimal("3.5")),
    )
    assert tiers("0:1; 100.000:2,5") == (
        (Decimal(0), Decimal(1)),
        (Decimal(100000), Decimal("2.5")),
    )
    with pytest.raises(ValueError, match="tier 2"):
        tiers("0:1,100000")


# -- products -----------------------------------------------------------------------------


def test_products_from_a_gb18030_chinese_csv_create_and_update_by_sku(
    db: Database, tmp_path: Path
) -> None:
    before = audit_count(db)
    path = write_csv(
        tmp_path / "价格表.csv",
        [
            ["货号", "品名", "类别", "单位", "规格", "目录价", "成本价", "币种"],
            ["CN-NEW-4L", "全合成机油 5W-30 4升", "passenger_engine_oil", "L", "4", "268.50",
             "150.12", "RMB"],
            ["PEO-001-1L", "Synth Pro 5W-30 1 L", "passenger_engine_oil", "L", "1", "10.25",
             "", ""],
        ],
        encoding="gb18030",
    )  # fmt: skip
    summary = import_products(db, path, actor="tester")
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 0)
    assert summary.encoding and "18030" in summary.encoding.upper()
    with db.session() as session:
        new = session.scalar(select(Product).where(Product.sku == "CN-NEW-4L"))
        assert new.name == "全合成机油 5W-30 4升"
        assert (new.list_price, new.cost, new.currency) == (
            Decimal("268.5"),
            Decimal("150.12"),
            "CNY",
        )
        assert new.pack_label == "4 L" and new.active and new.lead_time_days == 7
        old = session.scalar(select(Product).where(Product.sku == "PEO-001-1L"))
        assert old.list_price == Decimal("10.25") and old.cost == Decimal("5.68")  # empty: kept
        actors = set(session.scalars(select(AuditEvent.actor).where(AuditEvent.id.isnot(None))))
    assert "tester" in actors
    assert audit_count(db) == before + 2 + 1  # created + imported; one changed field
    again = import_products(db, path, actor="tester")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_dutch_semicolon_csv_with_decimal_commas(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "prijslijst.csv",
        [
            ["Artikelnummer", "Omschrijving", "Categorie", "Eenheid", "Inhoud", "Prijs",
             "Kostprijs", "Valuta", "Levertijd", "Actief"],
            ["NL-20L", "Motorolie 20 liter", "passenger_engine_oil", "L", "20", "1.234,50",
             "812,25", "EUR", "14", "ja"],
        ],
        sep=";",
    )  # fmt: skip
    summary = import_products(db, path)
    assert summary.delimiter == ";" and summary.created == 1
    with db.session() as session:
        product = session.scalar(select(Product).where(Product.sku == "NL-20L"))
        assert product.list_price == Decimal("1234.50") and product.cost == Decimal("812.25")
        assert product.lead_time_days == 14 and product.active is True


def test_a_product_file_with_several_problems_lists_each_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    before = (count(db, Product), audit_count(db))
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["sku", "name", "category", "unit", "pack_size", "list_price", "cost", "active"],
            ["OK-1", "Fine", "atf", "L", "1", "5", "3", "yes"],
            ["BAD-1", "No price", "atf", "L", "1", "", "3", "yes"],
            ["BAD-2", "Wrong", "atf", "L", "0", "five", "3", "maybe"],
            ["OK-1", "Twice", "atf", "L", "1", "5", "3", "yes"],
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_products(db, path)
    text = [str(p) for p in caught.value.problems]
    assert any(t.startswith("line 3") and "list price is required" in t for t in text)
    assert any(t.startswith('line 4, column "pack_size"') for t in text)
    assert any(t.startswith('line 4, column "list_price"') and "five" in t for t in text)
    assert any(t.startswith('line 4, column "active"') for t in text)
    assert any(t.startswith('line 5, column "sku"') and "line 2" in t for t in text)
    assert (count(db, Product), audit_count(db)) == before


def test_cancelling_from_the_progress_callback_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [["sku", "name", "category", "unit", "pack_size", "list_price", "cost"],
         ["X-1", "X", "atf", "L", "1", "2", "1"]],
    )  # fmt: skip
    before = count(db, Product)

    def cancel(done: int, total: int) -> None:
        if done > total // 2:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_products(db, path, progress=cancel)
    assert count(db, Product) == before


# -- price policies -----------------------------------------------------------------------

POLICY_HEADER = ["code", "name", "account_code", "product_sku", "category", "valid_from",
                 "valid_to", "currency", "rule_kind", "guide_price", "discount_percent", "base",
                 "surcharge", "floor_price", "min_quantity"]  # fmt: skip


def test_price_policies_import_as_drafts_with_references_bases_and_scope(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "policies.xlsx",
        [
            POLICY_HEADER,
            ["HQ-LIST", "Head office list -6 %", "", "PEO-001-1L", "", "2026-01-01", "",
             "EUR", "percent_discount", None, 6, "list", None, None, None],
            ["HQ-CN48", "CN000048 40 cartons", "CN000048", "PEO-001-1L", "", date(2026, 1, 1),
             "2026-12-31", "EUR", "formula", None, Decimal("2.5"), "HQ-LIST", 5, 8, 40],
            ["", "Fixed ATF", "", "", "atf", "2026-01-01", "", "EUR", "fixed", 7.5, None, "",
             None, None, None],
        ],
    )  # fmt: skip
    before = count(db, PricePolicy)
    summary = import_price_policies(db, path, actor="tester")
    assert summary.created == 3 and {"HQ-LIST", "HQ-CN48"} < set(summary.keys_created)
    (numbered,) = (code for code in summary.keys_created if code.startswith("PP-"))
    assert "drafts" in summary.describe()
    assert count(db, PricePolicy) == before + 3
    with db.session() as session:
        found = {p.code: p for p in session.scalars(select(PricePolicy))}
        base, child = found["HQ-LIST"], found["HQ-CN48"]
        assert {base.status, child.status} == {PolicyStatus.DRAFT}
        assert base.scope.value == "global" and child.scope.value == "account"
        assert child.base_kind is BaseKind.OTHER_RULE and child.base_policy_id == base.id
        assert child.rule_kind is RuleKind.FORMULA and child.min_quantity == Decimal(40)
        assert found[numbered].guide_price == Decimal("7.5")
        events = session.scalars(
            select(AuditEvent.field).where(AuditEvent.entity_id == child.id)
        ).all()
    assert set(events) >= {"created", "imported"}
    # Re-importing a changed draft updates it; an identical row is unchanged.
    again = import_price_policies(db, path)
    assert again.created == 1 and again.unchanged == 2  # the code-less row is new again


def test_policy_problems_by_line_active_codes_loops_and_rules(db: Database, tmp_path: Path) -> None:
    before = (count(db, PricePolicy), audit_count(db))
    path = write_csv(
        tmp_path / "bad-policies.csv",
        [
            POLICY_HEADER,
            ["PP-00001", "Changed active", "", "", "atf", "2026-01-01", "", "CNY", "", "", "",
             "", "", "", ""],
            ["LOOP-A", "A", "", "", "", "2026-01-01", "", "EUR", "formula", "", "", "LOOP-B",
             "", "", ""],
            ["LOOP-B", "B", "", "", "", "2026-01-01", "", "EUR", "formula", "", "", "LOOP-A",
             "", "", ""],
            ["X-1", "Bad refs", "NOPE", "NO-SKU", "", "2026-13-01", "", "EUR", "", "", "", "",
             "", "", ""],
            ["X-2", "Rules", "", "", "", "2026-06-01", "2026-01-01", "EUR", "fixed", "", "150",
             "", "", "", ""],
            ["X-2", "Again", "", "", "", "2026-06-01", "", "EUR", "", "", "", "", "", "", ""],
        ],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as caught:
        import_price_policies(db, path)
    text = [str(p) for p in caught.value.problems]
    assert any(t.startswith('line 2, column "code"') and "PP-00001 is active" in t for t in text)
    assert any(t.startswith('line 3, column "base"') and "loop" in t for t in text)
    assert any(t.startswith('line 4, column "base"') and "loop" in t for t in text)
    assert any(t.startswith('line 5, column "account_code"') and "NOPE" in t for t in text)
    assert any(t.startswith('line 5, column "product_sku"') and "NO-SKU" in t for t in text)
    assert any(t.startswith('line 5, column "valid_from"') for t in text)
    assert any(t.startswith('line 6, column "valid_to"') for t in text)
    assert any(t.startswith('line 6, column "guide_price"') for t in text)
    assert any(t.startswith('line 6, column "discount_percent"') for t in text)
    assert any(t.startswith('line 7, column "code"') and "line 6" in t for t in text)
    assert (count(db, PricePolicy), audit_count(db)) == before


def test_a_loop_through_the_database_is_refused(db: Database, tmp_path: Path) -> None:
    first = write_csv(
        tmp_path / "a.csv",
        [["code", "name", "valid_from", "currency", "rule_kind", "base"],
         ["CH-1", "one", "2026-01-01", "EUR", "formula", "list"],
         ["CH-2", "two", "2026-01-01", "EUR", "formula", "CH-1"]],
    )  # fmt: skip
    import_price_policies(db, first)
    closing = write_csv(
        tmp_path / "b.csv",
        [["code", "name", "valid_from", "currency", "rule_kind", "base"],
         ["CH-1", "one", "2026-01-01", "EUR", "formula", "CH-2"]],
    )  # fmt: skip
    with pytest.raises(ImportRejected) as caught:
        import_price_policies(db, closing)
    assert "CH-1 → CH-2 → CH-1" in str(caught.value.problems[0])


def test_a_files_dates_are_read_one_way_across_its_date_columns(
    db: Database, tmp_path: Path
) -> None:
    """12/28/2026 in valid_to says the file writes its month first: 01/03/2026 in valid_from
    is 3 January, not 1 March (each date read alone, it used to be March)."""
    head = ["code", "name", "valid_from", "valid_to", "currency", "rule_kind", "guide_price"]
    rows = [head, ["US-1", "US list", "01/03/2026", "12/28/2026", "EUR", "fixed", "7.50"]]
    import_price_policies(db, write_csv(tmp_path / "us.csv", rows))
    with db.session() as session:
        policy = session.scalars(select(PricePolicy).where(PricePolicy.code == "US-1")).one()
        assert (policy.valid_from, policy.valid_to) == (date(2026, 1, 3), date(2026, 12, 28))
    rows.append(["US-2", "Day first", "28/02/2026", "", "EUR", "fixed", "7.50"])
    rows.append(["US-3", "Month first", "02/27/2026", "", "EUR", "fixed", "7.50"])
    with pytest.raises(ImportRejected) as caught:
        import_price_policies(db, write_csv(tmp_path / "mixed.csv", rows))
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (3, "valid_from")
    assert "has its day first, but the other dates of this file" in str(problem.message)


# -- rebates ------------------------------------------------------------------------------


def test_rebates_import_as_drafts_with_tiers_and_late_entry(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "返利协议.csv",
        [
            ["协议编号", "客户编码", "返利类型", "开始日期", "结束日期", "阶梯", "签订日期",
             "签订人", "备注"],
            ["", "CN000048", "whole", "2027-01-01", "2027-12-31", "0:1,1000000:2,3000000:3.5",
             "2026-10-01", "王总", "年度协议"],
            ["R-X-1", "CN000048", "fixed", "2027-01-01", "2027-12-31", "", "2026-11-01",
             "李经理", ""],
        ],
        encoding="gb18030",
    )  # fmt: skip
    with pytest.raises(ImportRejected) as caught:  # the fixed one has no rate
        import_rebates(db, path, today=today)
    assert str(caught.value.problems[0]).startswith("line 3")
    fixed = write_csv(
        tmp_path / "fixed.csv",
        [["number", "account_code", "kind", "period_start", "period_end", "tiers",
          "signed_on", "signed_by", "fixed_percent"],
         ["", "CN000048", "whole", "2027-01-01", "2027-12-31", "0:1,1000000:2,3000000:3.5",
          "2026-10-01", "王总", ""],
         ["R-X-1", "CN000048", "fixed", "2027-01-01", "2027-12-31", "", "2026-11-01",
          "李经理", "2,5"]],
    )  # fmt: skip
    summary = import_rebates(db, fixed, today=today)
    assert summary.created == 2
    number = summary.keys_created[0]
    assert number.startswith("R-2027-")
    assert summary.entered_late == (number,)  # signed a month before the import
    with db.session() as session:
        agreements = {a.number: a for a in session.scalars(select(RebateAgreement))}
        tiered = agreements[number]
        assert tiered.status is RebateStatus.DRAFT and tiered.entered_on == TODAY
        assert tiered.kind is RebateKind.WHOLE_VOLUME_TIERS and tiered.currency == "CNY"
        assert [(t.threshold_amount, t.rebate_percent) for t in tiered.tiers] == [
            (Decimal(0), Decimal(1)),
            (Decimal(1000000), Decimal(2)),
            (Decimal(3000000), Decimal("3.5")),
        ]
        assert agreements["R-X-1"].fixed_percent == Decimal("2.5")


def test_an_active_agreement_cannot_be_changed_by_import(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "rebates.csv"
    export_rebates(db, out)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    header = rows[0]
    active = next(i for i, r in enumerate(rows) if r[0] == "R-2026-0002")
    rows[active][header.index("fixed_percent")] = "9"
    write_csv(out, rows)
    with pytest.raises(ImportRejected) as caught:
        import_rebates(db, out, today=today)
    problem = str(caught.value.problems[0])
    assert problem.startswith(f'line {active + 1}, column "number"')
    assert "R-2026-0002 is active" in problem and "fixed_percent" in problem


# -- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_import_back_unchanged(db: Database, tmp_path: Path, fmt: str) -> None:
    before = audit_count(db)
    for export, run, kwargs in (
        (export_products, import_products, {}),
        (export_price_policies, import_price_policies, {}),
        (export_rebates, import_rebates, {"today": today}),
    ):
        first = tmp_path / f"{run.__name__}-1.{fmt}"
        written = export(db, first, fmt)
        summary = run(db, first, **kwargs)
        assert summary.rows == written.rows > 0
        assert summary.created == summary.updated == 0 and summary.unchanged == written.rows
        second = tmp_path / f"{run.__name__}-2.{fmt}"
        export(db, second, fmt)
        if fmt == "csv":
            assert first.read_bytes() == second.read_bytes()
    assert audit_count(db) == before


def test_three_decimal_amounts_survive_the_round_trip(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [["sku", "name", "category", "unit", "pack_size", "list_price", "cost"],
         ["T-3", "Three decimals", "atf", "kg", "1.5", "2.1250", "1.2500"]],
    )  # fmt: skip
    import_products(db, path)
    out = tmp_path / "out.csv"
    export_products(db, out)
    lines = out.read_text("utf-8-sig").splitlines()
    assert any(line.startswith("T-3,") and ",2.1250,1.25," in line for line in lines)
    assert import_products(db, out).unchanged == count(db, Product)


@pytest.mark.parametrize("order", ["name first", "description first"])
def test_a_header_that_is_the_fields_own_name_beats_a_synonym(
    db: Database, tmp_path: Path, order: str
) -> None:
    heads, cells = ["name", "description"], ["Motorolie", "Volsynthetisch 5W-30, 5 liter"]
    if order == "description first":
        heads, cells = heads[::-1], cells[::-1]
    rows = [["sku", *heads, "category", "unit", "pack_size", "list_price", "cost"],
            ["NAME-1", *cells, "engine_oil", "L", "5", "24.50", "12.00"]]  # fmt: skip
    summary = import_products(db, write_csv(tmp_path / "p.csv", rows))
    assert list(summary.ignored_columns) == ["description"]
    with db.session() as session:
        assert session.scalar(select(Product.name).where(Product.sku == "NAME-1")) == "Motorolie"


def test_two_synonyms_of_one_field_are_still_ambiguous(db: Database, tmp_path: Path) -> None:
    rows = [["sku", "description", "omschrijving", "category", "unit", "pack_size",
             "list_price", "cost"],
            ["NAME-2", "Olie", "Olie", "engine_oil", "L", "5", "24.50", "12.00"]]  # fmt: skip
    with pytest.raises(ImportRejected, match="1 problem"):
        import_products(db, write_csv(tmp_path / "p.csv", rows))
