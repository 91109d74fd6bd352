"""The headers a new user's first ERP files wrote (QA, session 22): "Value USD" and
"Cases" were not read, so every amount (quantity) was 0; "Parent Customer" was not read,
so 20 accounts were refused for having no parent, without a word about that column."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportRejected, import_accounts, import_sales
from acct_desktop.services.imports.header_words import core_key
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, SalesFact
from tests.unit.test_import_headers import guessed
from tests.unit.test_sales_import import problems, sales_database, write_csv


@pytest.mark.parametrize(
    ("header", "core"),
    [("Value USD", "value"), ("Net Value - EUR", "value"), ("Omzet €", "omzet"),
     ("Doanh số VND", "doanhsố"), ("Parent Customer No.", "parentcustomer"),
     ("USD", "usd"), ("Top Customer", "topcustomer"), ("Sales all", "salesall")],
)  # fmt: skip
def test_a_currency_closing_a_header_is_no_part_of_its_core(header: str, core: str) -> None:
    """Only an ISO code in capitals or a currency sign, after another word."""
    assert core_key(header) == core


def test_the_qa_erp_file_and_sap_partner_roles_map_by_themselves(tmp_path: Path) -> None:
    headers = ["Posting Date", "Customer #", "Doc Type", "Qty", "Value USD"]
    assert guessed(tmp_path, headers) == {
        "date": "Posting Date", "account_code": "Customer #", "quantity": "Qty",
        "amount": "Value USD",
    }  # fmt: skip
    assert guessed(tmp_path, ["Billing Date", "Sold-to Party", "Cases", "Net Value"]) == {
        "date": "Billing Date", "account_code": "Sold-to Party", "quantity": "Cases",
        "amount": "Net Value",
    }  # fmt: skip
    assert guessed(tmp_path, ["Delivery Date", "Ship-to", "Colli", "Value"]) == {
        "date": "Delivery Date", "account_code": "Ship-to", "quantity": "Colli",
        "amount": "Value",
    }  # fmt: skip


@pytest.mark.parametrize(
    "header",
    ["Parent Customer", "Parent Customer No.", "Parent Company", "Related Company",
     "Higher-level customer", "上级客户", "上级客户编号", "母公司", "Khách hàng cấp trên",
     "Công ty mẹ", "Moederbedrijf", "Hoofdklant"],
)  # fmt: skip
def test_the_parent_column_by_the_words_erps_use(tmp_path: Path, header: str) -> None:
    headers = ["Customer No.", "Customer Name", "Account Type", header, "City"]
    assert guessed(tmp_path, headers, "accounts")["parent_code"] == header


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


def test_a_doc_type_column_of_measures_is_read_as_the_measure(db, tmp_path: Path) -> None:
    """ "Doc Type" is the measure when its cells are measures (as the dialog chooses it);
    a "Doc Type" of invoice codes is left alone, not refused word by word."""
    rows = [["Posting Date", "Customer #", "Doc Type", "Qty", "Value USD"],
            ["2026/10/03", "NL-S1", "Sell-in", "404", "16,166.67"],
            ["2026/10/31", "NL-S1", "Stock", "12", "480.00"]]  # fmt: skip
    summary = import_sales(db, write_csv(tmp_path / "erp.csv", rows))
    assert (summary.written, summary.ignored_columns) == (2, ())
    assert summary.measures == (Measure.SELL_IN, Measure.STOCK)
    with db.session() as session:
        total = session.scalar(select(func.sum(SalesFact.amount)))
    assert total == Decimal("16646.67")
    codes = [rows[0], ["2026/11/03", "NL-S1", "F2", "4", "160.00"]]
    summary = import_sales(db, write_csv(tmp_path / "f2.csv", codes), measure=Measure.SELL_IN)
    assert (summary.written, summary.ignored_columns) == (1, ("Doc Type",))


def test_accounts_refused_for_want_of_a_parent_name_the_columns_not_read(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "accounts.csv",
        [["Customer No.", "Customer Name", "Account Type", "Mother Firm", "Fax"],
         ["HQ-DECO", "Deco Addict Holding", "headquarters", "", ""],
         ["RO-N", "Deco Addict North", "regional_office", "HQ-DECO", "555"]],
    )  # fmt: skip
    database = open_database(tmp_path / "a.acctdb")
    try:
        with pytest.raises(ImportRejected) as rejected:
            import_accounts(database, path)
        assert problems(rejected) == [
            'line 1: no column is read as the parent code (columns not read: "Mother Firm", '
            '"Fax"); map the column that holds the parent accounts\' codes to the parent code',
            'line 3, column "Account Type": a regional office needs a parent account: a '
            "headquarters",
        ]
        import_accounts(database, path, {"parent_code": "Mother Firm"})
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Account)) == 2
    finally:
        database.close()
