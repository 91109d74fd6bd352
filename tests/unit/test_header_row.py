"""The row of column names under a title and a row of group names over merged cells, as
hand-kept workbooks have them (广东区域客户资料表 · 基本信息 | 联系方式 | 财务 · 客户编码 …):
found, or chosen by the user; lines in messages stay the file's own."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import insert, select

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.services.imports import (
    ImportRejected,
    import_accounts,
    import_sales,
    preview,
)
from acct_desktop.services.imports.columns import ACCOUNT_FIELDS, ACCOUNT_SYNONYMS, header_score
from acct_desktop.services.imports.sales_rows import read_sales_columns
from acct_desktop.services.tabular import TabularError, header_index, read_table
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, SalesFact

TITLE = "广东区域客户资料表（2026年11月）"
HEADERS = ["客户编码", "客户名称", "类型", "渠道", "等级", "上级编码", "区域", "地址", "城市",
           "电话", "信用额度", "币种", "备注"]  # fmt: skip
GROUPS = ["基本信息", "", "", "", "", "", "", "联系方式", "", "", "财务", "", ""]
ROWS = [
    ["GD0001", "吉野家润滑油总部", "总部", "经销商", "A", "", "广东", "环市东路372号", "广州",
     "+86 138 0000 0001", "1,234,567.89", "CNY", ""],
    ["GD0002", "广州吉祥汽修 天河店", "门店", "连锁门店", "B", "GD0001", "广东", "体育西路1号",
     "广州", "020-12345678", "150000.00", "CNY", "子先于父"],
]  # fmt: skip


def merged_workbook(path: Path, rows: list[list[object]] = ROWS) -> Path:
    """The QA's acc_merged.xlsx: row 1 a merged title, row 2 merged group names."""
    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.merge_cells("A1:M1")
    sheet.append(GROUPS)
    for cells in ("A2:G2", "H2:J2", "K2:M2"):
        sheet.merge_cells(cells)
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_a_title_and_group_names_over_merged_cells_are_not_the_header(tmp_path: Path) -> None:
    table = read_table(merged_workbook(tmp_path / "acc_merged.xlsx"))
    assert (table.header_line, table.headers) == (3, HEADERS)
    assert [row.line for row in table.rows] == [4, 5]  # the sheet's own row numbers
    assert not table.problems
    assert [line for line, _ in table.leading] == [1, 2, 3, 4, 5]
    assert table.leading[1][1][7] == "联系方式"


def test_the_same_sheet_saved_as_csv_finds_the_same_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "acc_merged.csv", [[TITLE] + [""] * 12, GROUPS, HEADERS, *ROWS])
    table = read_table(path)
    assert (table.header_line, table.headers) == (3, HEADERS)
    assert [row.line for row in table.rows] == [4, 5]


def test_the_header_row_the_user_chose_wins_and_lines_stay_the_files(tmp_path: Path) -> None:
    path = merged_workbook(tmp_path / "acc_merged.xlsx")
    table = read_table(path, header_row=2)
    assert table.header_line == 2 and table.headers[0] == "基本信息"
    assert [row.line for row in table.rows] == [3, 4, 5]
    message = str(table.problems[0].message)
    assert message == (
        "this row has 13 values but the header (line 2) has 11 columns; if another line "
        "holds the column names, choose it as the header row"
    )
    assert "separator" not in message  # a workbook has none
    assert read_table(path, header_row=3).headers == HEADERS
    for row in (6, 99):
        with pytest.raises(TabularError, match=rf"Row {row} of acc_merged\.xlsx is empty or past"):
            read_table(path, header_row=row)


def test_a_blank_line_chosen_as_the_header_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Klanten"], [], ["code", "name"], ["A1", "Een"]])
    assert read_table(path).header_line == 3
    with pytest.raises(TabularError, match=r"Row 2 of a\.csv is empty"):
        read_table(path, header_row=2)


def test_a_row_naming_no_field_gives_way_to_one_that_does() -> None:
    rows = [["Klant", "", "Bedragen", ""], ["code", "name", "credit_limit", "currency"],
            ["A1", "Een", "10", "EUR"]]  # fmt: skip
    assert header_index(rows) == 0  # two group names of four columns: half, as a header
    score = header_score(ACCOUNT_FIELDS, ACCOUNT_SYNONYMS)
    assert header_index(rows, score) == 1
    assert header_index([["code", "name"], ["A1", "Een"]], score) == 0
    assert header_index([["only"], ["one"]], score) == 0  # a single column


def test_an_account_import_of_the_merged_workbook(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.acctdb")
    try:
        path = merged_workbook(tmp_path / "acc_merged.xlsx")
        summary = import_accounts(db, path)
        assert summary.created == 2
        with pytest.raises(ImportRejected) as rejected:
            import_accounts(db, path, header_row=2)
        assert rejected.value.details["header row"] == 2
        assert [p.line for p in rejected.value.problems][:2] == [2, 2]
        assert import_accounts(db, path, header_row=3).unchanged == 2
    finally:
        db.close()


def test_the_import_dialogs_preview_shows_the_rows_to_choose_from(tmp_path: Path) -> None:
    path = merged_workbook(tmp_path / "acc_merged.xlsx")
    shown = preview(path)
    assert shown.entity == "accounts"  # 上级编码 is no contact's 上级
    assert (shown.header_line, shown.headers, shown.guessed["code"]) == (3, HEADERS, "客户编码")
    assert [line for line, _ in shown.leading] == [1, 2, 3, 4, 5]
    assert preview(path, "accounts", header_row=2).header_line == 2


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_sales_file_under_a_title_and_group_names(tmp_path: Path, kind: str) -> None:
    rows = [
        ["2026年11月销售明细", "", "", "", ""],
        ["单据", "", "", "金额", ""],
        ["日期", "客户编码", "业务类型", "数量", "金额"],
        ["2026-11-03", "GD0001", "进货", "120", "36000.50"],
        ["2026-11-05", "GD0001", "进货", "5", "1500"],
    ]
    if kind == "csv":
        path = write_csv(tmp_path / "sales.csv", rows)
    else:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.active.merge_cells("A1:E1")
        path = tmp_path / "sales.xlsx"
        book.save(path)
    db = open_database(tmp_path / "s.acctdb")
    try:
        with db.session() as session:
            session.connection().execute(
                insert(Account),
                [dict(code="GD0001", name="总部", kind=AccountKind.HEADQUARTERS,
                      channel=Channel.DISTRIBUTOR, currency="CNY")],
            )  # fmt: skip
        summary = import_sales(db, path)
        assert summary.written == 2
        with db.session() as session:
            assert sorted(session.scalars(select(SalesFact.amount))) == [1500, 36000.50]
        with pytest.raises(ImportRejected) as rejected:
            import_sales(db, path, header_row=2)
        assert rejected.value.details["header row"] == 2
    finally:
        db.close()
    columns = read_sales_columns(path, header_row=3)
    assert [columns.line(i) for i in range(columns.rows)] == [4, 5]
