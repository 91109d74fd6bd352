"""Sales report: exact totals of sales facts per period, account, territory, category, product."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import AccountKind, Channel, Measure
from acct_desktop.services.sales_report import (
    GroupBy,
    SalesQuery,
    SalesReportRefused,
    resolve_account,
    resolve_territory,
    sales_report,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, Product, SalesFact, Territory


class Shop:
    """A small territory: two regions, a chain with a store below it, one Dutch account."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as session:
            china = Territory(code="CN", name="中国")
            south = Territory(code="CN-S", name="华南", parent=china)
            nl = Territory(code="NL", name="Nederland")
            session.add_all([china, south, nl])
            session.flush()
            self.chain = self._account(session, "HQ", "华润万家 总部", south.id, None, "CNY")
            self.store = self._account(
                session, "ST", "华润万家 广州店", south.id, self.chain, "CNY"
            )
            self.dutch = self._account(session, "NL1", "IJsselstein café", nl.id, None, "EUR")
            oil = Product(
                sku="PE-4L",
                name="Turbo 5W-30 4 L",
                category="engine_oil",
                unit="L",
                pack_size=Decimal(4),
                pack_label="4 L",
                list_price=Decimal("30"),
                cost=Decimal("20"),
            )
            session.add(oil)
            session.flush()
            self.oil = oil.id

    @staticmethod
    def _account(session, code, name, territory_id, parent, currency):  # type: ignore[no-untyped-def]
        account = Account(
            code=code,
            name=name,
            kind=AccountKind.STORE,
            channel=Channel.CHAIN_STORE,
            territory_id=territory_id,
            parent_id=parent,
            currency=currency,
        )
        session.add(account)
        session.flush()
        return account.id

    def fact(
        self,
        day: date,
        amount: str,
        *,
        account=None,  # type: ignore[no-untyped-def]
        measure: Measure = Measure.SELL_IN,
        quantity: str = "1",
        currency: str = "CNY",
        product: bool = False,
        category: str | None = None,
    ) -> None:
        with self.db.session() as session:
            session.add(
                SalesFact(
                    period=day,
                    account_id=account or self.chain,
                    product_id=self.oil if product else None,
                    category=category,
                    measure=measure,
                    quantity=Decimal(quantity),
                    amount=Decimal(amount),
                    currency=currency,
                )
            )

    def report(self, group: GroupBy, **kwargs: object):  # type: ignore[no-untyped-def]
        return sales_report(self.db, SalesQuery(group, **kwargs))  # type: ignore[arg-type]


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "sales.acctdb")
    try:
        yield Shop(db)
    finally:
        db.close()


def amounts(report) -> dict[tuple[str, str], Decimal]:  # type: ignore[no-untyped-def]
    return {(row.key, row.currency): row.amount for row in report.rows}


# -- exactness ------------------------------------------------------------------------------


def test_ten_dimes_make_exactly_one_even_though_floats_do_not(shop: Shop) -> None:
    assert sum([0.1] * 10) != 1.0  # what a float sum would have printed
    for _ in range(10):
        shop.fact(date(2026, 3, 5), "0.10", quantity="0.001")
    report = shop.report(GroupBy.MONTH)
    (row,) = report.rows
    assert str(row.amount) == "1.00" and str(row.quantity) == "0.010"
    assert report.totals == {"CNY": (Decimal("0.010"), Decimal("1.00"))}


def test_the_largest_amounts_keep_every_digit(shop: Shop) -> None:
    for amount in ("123456789012.34", "0.01", "-123456789012.34", "9007199254740.99"):
        shop.fact(date(2026, 3, 5), amount)
    (row,) = shop.report(GroupBy.YEAR).rows
    assert row.amount == Decimal("9007199254741.00")  # beyond a double's 2^53 in cents


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cents=st.lists(st.integers(-(10**11), 10**11), min_size=1, max_size=12),
    months=st.lists(st.integers(1, 12), min_size=12, max_size=12),
)
def test_any_amounts_add_up_exactly_per_month(shop: Shop, cents: list[int], months: list[int]):
    with shop.db.session() as session:
        session.query(SalesFact).delete()
    expected: dict[str, Decimal] = {}
    for value, month in zip(cents, months, strict=False):
        amount = Decimal(value).scaleb(-2)
        shop.fact(date(2025, month, 28), str(amount))
        key = f"2025-{month:02d}"
        expected[key] = expected.get(key, Decimal(0)) + amount
    report = shop.report(GroupBy.MONTH)
    assert {row.key: row.amount for row in report.rows} == expected
    assert report.totals["CNY"][1] == sum(expected.values())


# -- every grouping -------------------------------------------------------------------------


def test_every_grouping_names_its_groups(shop: Shop) -> None:
    shop.fact(date(2025, 12, 31), "1.00", product=True)
    shop.fact(date(2026, 1, 1), "2.00", account=shop.store, category="grease")
    shop.fact(date(2026, 4, 15), "4.00", account=shop.dutch, currency="EUR", product=True)
    expected = {
        GroupBy.YEAR: {("2025", "CNY"): "1.00", ("2026", "CNY"): "2.00", ("2026", "EUR"): "4.00"},
        GroupBy.QUARTER: {
            ("2025-Q4", "CNY"): "1.00",
            ("2026-Q1", "CNY"): "2.00",
            ("2026-Q2", "EUR"): "4.00",
        },
        GroupBy.MONTH: {
            ("2025-12", "CNY"): "1.00",
            ("2026-01", "CNY"): "2.00",
            ("2026-04", "EUR"): "4.00",
        },
        GroupBy.ACCOUNT: {("HQ", "CNY"): "1.00", ("ST", "CNY"): "2.00", ("NL1", "EUR"): "4.00"},
        GroupBy.TERRITORY: {("CN-S", "CNY"): "3.00", ("NL", "EUR"): "4.00"},
        GroupBy.CATEGORY: {
            ("engine_oil", "CNY"): "1.00",  # no category of its own: the product's
            ("grease", "CNY"): "2.00",
            ("engine_oil", "EUR"): "4.00",
        },
        GroupBy.PRODUCT: {("PE-4L", "CNY"): "1.00", ("", "CNY"): "2.00", ("PE-4L", "EUR"): "4.00"},
    }
    for group, totals in expected.items():
        report = shop.report(group)
        assert amounts(report) == {k: Decimal(v) for k, v in totals.items()}, group
    labels = {row.key: row.label for row in shop.report(GroupBy.ACCOUNT).rows}
    assert labels == {"HQ": "华润万家 总部", "ST": "华润万家 广州店", "NL1": "IJsselstein café"}
    assert {r.label for r in shop.report(GroupBy.TERRITORY).rows} == {"华南", "Nederland"}
    assert {r.label for r in shop.report(GroupBy.PRODUCT).rows} == {"Turbo 5W-30 4 L", "—"}


def test_euros_and_yuan_are_never_added_together(shop: Shop) -> None:
    shop.fact(date(2026, 2, 1), "100.00", currency="CNY")
    shop.fact(date(2026, 2, 2), "7.00", currency="EUR", account=shop.dutch)
    report = shop.report(GroupBy.MONTH)
    assert amounts(report) == {("2026-02", "CNY"): Decimal(100), ("2026-02", "EUR"): Decimal(7)}
    assert report.totals == {"CNY": (Decimal(1), Decimal(100)), "EUR": (Decimal(1), Decimal(7))}


def test_only_the_measure_asked_for_is_added(shop: Shop) -> None:
    shop.fact(date(2026, 2, 1), "100.00")
    shop.fact(date(2026, 2, 1), "60.00", measure=Measure.SELL_OUT)
    assert amounts(shop.report(GroupBy.MONTH)) == {("2026-02", "CNY"): Decimal(100)}
    sell_out = shop.report(GroupBy.MONTH, measure=Measure.SELL_OUT)
    assert amounts(sell_out) == {("2026-02", "CNY"): Decimal(60)}


# -- stock is a level -----------------------------------------------------------------------


def test_stock_takes_each_accounts_latest_figure_in_the_month_then_adds_accounts(shop: Shop):
    stock = Measure.STOCK
    shop.fact(date(2026, 1, 10), "100.00", measure=stock, quantity="10")
    shop.fact(date(2026, 1, 31), "80.00", measure=stock, quantity="8")  # HQ's latest
    shop.fact(date(2026, 1, 15), "50.00", measure=stock, account=shop.store, quantity="5")
    shop.fact(date(2026, 2, 3), "70.00", measure=stock, quantity="7")
    report = shop.report(GroupBy.MONTH, measure=stock)
    assert amounts(report) == {("2026-01", "CNY"): Decimal(130), ("2026-02", "CNY"): Decimal(70)}
    # over the quarter and the whole range: HQ's February level and the store's January one
    assert amounts(shop.report(GroupBy.QUARTER, measure=stock)) == {
        ("2026-Q1", "CNY"): Decimal(120)
    }
    assert report.totals == {"CNY": (Decimal(12), Decimal(120))}
    by_account = shop.report(GroupBy.ACCOUNT, measure=stock)
    assert amounts(by_account) == {("HQ", "CNY"): Decimal(70), ("ST", "CNY"): Decimal(50)}


def test_stock_is_each_accounts_last_count_so_a_product_left_out_of_it_is_gone(
    shop: Shop,
) -> None:
    """A stock count lists what is held; grease missing from the count of the 25th is sold
    out, not still at its level of the 20th (that revived levels no month ever showed, and
    disagreed with plan vs actual, which takes each account's last count too)."""
    stock = Measure.STOCK
    shop.fact(date(2026, 1, 10), "30.00", measure=stock, product=True)
    shop.fact(date(2026, 1, 20), "12.00", measure=stock, category="grease")
    shop.fact(date(2026, 1, 25), "10.00", measure=stock, product=True)
    shop.fact(date(2026, 1, 25), "4.00", measure=stock, category="coolant")
    assert amounts(shop.report(GroupBy.MONTH, measure=stock)) == {("2026-01", "CNY"): Decimal(14)}
    by_category = shop.report(GroupBy.CATEGORY, measure=stock)
    assert amounts(by_category) == {
        ("coolant", "CNY"): Decimal(4),
        ("engine_oil", "CNY"): Decimal(10),
    }


# -- range and scope ------------------------------------------------------------------------


def test_the_range_includes_its_first_and_last_day_and_nothing_outside(shop: Shop) -> None:
    for day, amount in (
        (date(2026, 2, 28), "1.00"),
        (date(2026, 3, 1), "2.00"),
        (date(2026, 3, 31), "4.00"),
        (date(2026, 4, 1), "8.00"),
    ):
        shop.fact(day, amount)
    report = shop.report(GroupBy.YEAR, first=date(2026, 3, 1), last=date(2026, 3, 31))
    assert amounts(report) == {("2026", "CNY"): Decimal("6.00")}
    only_from = shop.report(GroupBy.YEAR, first=date(2026, 3, 31))
    assert amounts(only_from) == {("2026", "CNY"): Decimal("12.00")}


def test_a_range_that_ends_before_it_starts_is_refused(shop: Shop) -> None:
    with pytest.raises(SalesReportRefused, match="before it starts"):
        shop.report(GroupBy.MONTH, first=date(2026, 3, 2), last=date(2026, 3, 1))


def test_a_territory_includes_its_sub_territories_and_an_account_its_children(shop: Shop):
    shop.fact(date(2026, 3, 1), "1.00")
    shop.fact(date(2026, 3, 1), "2.00", account=shop.store)
    shop.fact(date(2026, 3, 1), "4.00", account=shop.dutch, currency="EUR")
    china = resolve_territory(shop.db, "CN")
    assert shop.report(GroupBy.MONTH, territory_id=china).totals == {
        "CNY": (Decimal(2), Decimal(3))
    }
    store = resolve_account(shop.db, "ST")
    assert shop.report(GroupBy.MONTH, account_id=store).totals["CNY"][1] == Decimal(2)
    chain = resolve_account(shop.db, "HQ")
    assert shop.report(GroupBy.MONTH, account_id=chain).totals["CNY"][1] == Decimal(3)
    dutch = resolve_territory(shop.db, "NL")
    assert shop.report(GroupBy.ACCOUNT, territory_id=dutch, account_id=chain).rows == []


def test_unknown_codes_are_refused_in_a_sentence(shop: Shop) -> None:
    with pytest.raises(SalesReportRefused, match=r"No territory has the code XX\."):
        resolve_territory(shop.db, "XX")
    with pytest.raises(SalesReportRefused, match=r"No account has the code XX\."):
        resolve_account(shop.db, "XX")


def test_no_facts_give_an_empty_report(shop: Shop) -> None:
    for group in GroupBy:
        report = shop.report(group, measure=Measure.STOCK)
        assert report.rows == [] and report.totals == {}


def test_a_group_that_adds_up_to_zero_keeps_the_columns_places(shop: Shop) -> None:
    shop.fact(date(2026, 3, 2), "120.50", quantity="5")
    shop.fact(date(2026, 3, 20), "-120.50", quantity="-5")  # a credit note cancels it
    shop.fact(date(2026, 4, 1), "0", quantity="0")  # free goods
    report = shop.report(GroupBy.MONTH)
    assert [(r.key, str(r.quantity), str(r.amount)) for r in report.rows] == [
        ("2026-03", "0.000", "0.00"),
        ("2026-04", "0.000", "0.00"),
    ]
    assert {c: tuple(map(str, t)) for c, t in report.totals.items()} == {"CNY": ("0.000", "0.00")}


def _table(rows: list[tuple[str, str, str, str]], totals: dict[str, tuple[str, str]]) -> str:
    from acct_desktop.sales_report_cli import report_table
    from acct_desktop.services.sales_report import SalesReport, SalesTotal

    return report_table(
        SalesReport(
            SalesQuery(GroupBy.MONTH),
            [SalesTotal(k, k, c, Decimal(q), Decimal(a)) for k, c, q, a in rows],
            {c: (Decimal(q), Decimal(a)) for c, (q, a) in totals.items()},
        )
    )


def test_the_table_writes_zero_rows_and_totals_with_the_same_places() -> None:
    table = _table(
        [("2026-03", "CNY", "0", "0"), ("2026-04", "CNY", "0.000", "0.00")],
        {"CNY": ("0.000", "0.00")},
    )
    figures = [line.split()[-2:] for line in table.splitlines()[4:] if not line.startswith("-")]
    assert figures == [["0.000", "0.00"]] * 3


def test_the_table_writes_dong_without_decimals_and_never_rounds() -> None:
    table = _table(
        [("2026-03", "VND", "2", "40165788330.00"), ("2026-04", "VND", "1", "1000.50")],
        {"VND": ("3", "40165789330.50"), "EUR": ("1", "0")},
    )
    lines = table.splitlines()
    assert lines[4].split()[-1] == "40,165,788,330"  # as the rest of the app writes VND
    # a finer figure is written whole (without trailing zeros), as everywhere else
    assert lines[5].split()[-1] == "1,000.5"
    assert [line.split()[-1] for line in lines[-2:]] == ["0.00", "40,165,789,330.5"]


@pytest.mark.postgres
def test_on_postgresql_every_grouping_and_the_stock_rule_are_exact(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        shop = Shop(db)
        for _ in range(10):
            shop.fact(date(2026, 3, 5), "0.10", product=True)
        shop.fact(date(2026, 3, 6), "123456789012.34", account=shop.store)
        shop.fact(date(2026, 3, 1), "9.00", measure=Measure.STOCK)
        shop.fact(date(2026, 3, 20), "5.00", measure=Measure.STOCK)
        for group in GroupBy:
            report = shop.report(group)
            assert report.totals == {"CNY": (Decimal(11), Decimal("123456789013.34"))}, group
            assert sum(row.amount for row in report.rows) == Decimal("123456789013.34")
        assert amounts(shop.report(GroupBy.QUARTER)) == {
            ("2026-Q1", "CNY"): Decimal("123456789013.34")
        }
        stock = shop.report(GroupBy.QUARTER, measure=Measure.STOCK)
        assert amounts(stock) == {("2026-Q1", "CNY"): Decimal("5.00")}
        assert str(stock.rows[0].amount) == "5.00"
    finally:
        db.close()
