"""A realistic order history (the Odoo 14 demo's sale orders, tests/data/odoo14_sales)
imported as sell-in facts adds up, year by year, to the Odoo order lines themselves."""

from __future__ import annotations

import csv
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from acct_desktop.domain.enums import AccountKind, Channel, Measure
from acct_desktop.services.imports import import_sales
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, Product, SalesFact
from acct_desktop.store.sql_dates import year_start

DATA = Path(__file__).resolve().parents[1] / "data" / "odoo14_sales"
HISTORY = DATA / "sales_history.csv"


def odoo(name: str) -> dict[str, dict[str, str]]:
    """An Odoo model's records by xml id."""
    with (DATA / "odoo" / f"{name}.csv").open(encoding="utf-8", newline="") as source:
        return {record["xml_id"]: record for record in csv.DictReader(source)}


def history() -> list[dict[str, str]]:
    with HISTORY.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


@pytest.fixture
def db(tmp_path: Path):
    """A database whose accounts are the Odoo customers and whose products are the Odoo
    products, under the codes the history uses."""
    partners, products = odoo("res.partner"), odoo("product.product")
    rows = history()
    database = open_database(tmp_path / "odoo.acctdb")
    with database.session() as session:
        conn = session.connection()
        conn.execute(
            insert(Account),
            [
                dict(code=code, name=partners[code]["name"], kind=AccountKind.HEADQUARTERS,
                     channel=Channel.CHAIN_STORE, currency="USD", city=partners[code]["city"])
                for code in sorted({row["Customer"] for row in rows})
            ],
        )  # fmt: skip
        by_sku = {p["default_code"] or xml_id.upper(): p for xml_id, p in products.items()}
        conn.execute(
            insert(Product),
            [
                dict(sku=sku, name=by_sku[sku]["name"],
                     category=by_sku[sku]["categ_id"].split(".")[-1] or "odoo",
                     unit="Units", pack_size=Decimal(1), pack_label="1 Units",
                     list_price=Decimal(by_sku[sku]["list_price"] or 0), cost=Decimal(0))
                for sku in sorted({row["Product code"] for row in rows})
            ],
        )  # fmt: skip
    yield database
    database.close()


def test_the_odoo_order_history_adds_up_year_by_year_to_its_order_lines(db: Database) -> None:
    lines = odoo("sale.order.line")
    expected_amount: dict[int, Decimal] = defaultdict(Decimal)
    expected_quantity: dict[int, Decimal] = defaultdict(Decimal)
    for row in history():  # the year from the fixture, the money from Odoo's own lines
        line = lines[row["Order line"]]
        quantity = Decimal(line["product_uom_qty"])
        year = int(row["Order date"][:4])
        expected_amount[year] += quantity * Decimal(line["price_unit"])
        expected_quantity[year] += quantity
    summary = import_sales(db, HISTORY, measure=Measure.SELL_IN)
    assert summary.written == len(history()) == 183
    assert summary.ignored_columns == ("Order", "Order line")
    with db.session() as session:
        by_year = session.execute(
            select(year_start(SalesFact.period), func.sum(SalesFact.amount),
                   func.sum(SalesFact.quantity))
            .where(SalesFact.measure == Measure.SELL_IN)
            .group_by(year_start(SalesFact.period))
        ).all()  # fmt: skip
    got = {start.year: (Decimal(amount), Decimal(qty)) for start, amount, qty in by_year}
    assert got == {
        year: (expected_amount[year], expected_quantity[year]) for year in (2024, 2025, 2026)
    }
    again = import_sales(db, HISTORY, measure=Measure.SELL_IN)
    assert again.replaced == again.written == 183  # the same history again replaces itself
