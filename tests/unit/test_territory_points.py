"""The territory map's points on the S demo: the same visit and issue rules as the account tree
and the issue register, sales of the last twelve months, accounts without coordinates."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from acct_desktop.domain.enums import Measure
from acct_desktop.services.account_tree import AccountTreeService
from acct_desktop.services.issues import IssueFilter, IssueService
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.territory_points import (
    VisitState,
    sales_window,
    territory_points,
    visit_state,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, SalesFact
from tests.conftest import DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def account_ids(db: Database, count: int, offset: int = 0) -> list[uuid.UUID]:
    with db.session() as session:
        return list(
            session.scalars(select(Account.id).order_by(Account.code).offset(offset).limit(count))
        )


def test_every_demo_account_is_a_point_in_code_order(db: Database) -> None:
    points = territory_points(db, DEMO_TODAY)
    with db.session() as session:
        live = session.scalar(select(func.count()).where(Account.archived_at.is_(None)))
    assert len(points) == live == 200
    assert points.without_coordinates == 0
    codes = [p.code for p in points]
    assert codes == sorted(codes)


def test_visits_due_and_overdue_as_the_account_tree_says(db: Database) -> None:
    points = territory_points(db, DEMO_TODAY)
    tree = AccountTreeService(db, today=lambda: DEMO_TODAY).details([p.account_id for p in points])
    for point in points:
        row = tree[point.account_id]
        assert point.next_due == row.next_due, point.code
        assert (point.overdue_days is not None) == row.visit_overdue, point.code
        if row.visit_overdue:
            assert point.overdue_days == (DEMO_TODAY - row.next_due).days
    states = Counter(p.visit_state for p in points)
    assert states[VisitState.OVERDUE] == sum(1 for r in tree.values() if r.visit_overdue) > 0
    assert states[VisitState.DUE_SOON] > 0 and states[VisitState.OK] > 0


def test_issues_past_deadline_as_the_issue_register_counts_them(db: Database) -> None:
    issues = IssueService(db, today=lambda: DEMO_TODAY)
    register = issues.register(IssueFilter(overdue_only=True), PageRequest(limit=10_000))
    expected = Counter(row.account_id for row in register)
    points = territory_points(db, DEMO_TODAY)
    assert {p.account_id: p.issues_past_deadline for p in points if p.issues_past_deadline} == (
        dict(expected)
    )
    assert sum(p.issues_past_deadline for p in points) == issues.overdue_count() > 0


def test_sales_are_sell_in_of_the_twelve_months_before_this_month(db: Database) -> None:
    first, end = sales_window(DEMO_TODAY)
    assert (first, end) == (date(2025, 11, 1), date(2026, 11, 1))
    with db.session() as session:
        expected = dict(
            session.execute(
                select(SalesFact.account_id, func.sum(SalesFact.amount))
                .join(Account, Account.id == SalesFact.account_id)
                .where(
                    SalesFact.measure == Measure.SELL_IN,
                    SalesFact.period >= first,
                    SalesFact.period < end,
                    SalesFact.currency == Account.currency,
                )
                .group_by(SalesFact.account_id)
            ).all()
        )
    points = territory_points(db, DEMO_TODAY)
    assert {p.account_id: p.sales_12m for p in points if p.sales_12m} == expected
    assert all(isinstance(p.sales_12m, Decimal) for p in points)
    assert {p.currency for p in points} == {"CNY", "EUR", "VND"}


def test_day_dated_facts_count_but_other_currencies_and_this_month_do_not(db: Database) -> None:
    account = account_ids(db, 1)[0]
    before = {p.account_id: p for p in territory_points(db, DEMO_TODAY)}[account].sales_12m
    with db.session() as session:
        currency = session.scalar(select(Account.currency).where(Account.id == account))
        other = "USD" if currency != "USD" else "EUR"
        for period, amount, in_currency in (
            (date(2026, 3, 15), Decimal("10.25"), currency),  # mid-month: counted
            (date(2025, 11, 1), Decimal("1.00"), currency),  # first month: counted
            (date(2026, 10, 31), Decimal("0.50"), currency),  # last day: counted
            (date(2025, 10, 31), Decimal("1000"), currency),  # before the window
            (date(2026, 11, 1), Decimal("2000"), currency),  # this month: not complete
            (date(2026, 3, 1), Decimal("4000"), other),  # another currency
        ):
            session.add(
                SalesFact(
                    period=period,
                    account_id=account,
                    measure=Measure.SELL_IN,
                    quantity=Decimal(1),
                    amount=amount,
                    currency=in_currency,
                )
            )
    after = {p.account_id: p for p in territory_points(db, DEMO_TODAY)}[account].sales_12m
    assert after - before == Decimal("11.75")


def test_accounts_without_usable_coordinates_are_counted_not_placed(db: Database) -> None:
    no_lat, no_lon, both, out_of_range = account_ids(db, 4)
    archived = account_ids(db, 1, offset=10)[0]
    with db.session() as session:
        session.execute(update(Account).where(Account.id == no_lat).values(latitude=None))
        session.execute(update(Account).where(Account.id == no_lon).values(longitude=None))
        session.execute(
            update(Account).where(Account.id == both).values(latitude=None, longitude=None)
        )
        session.execute(update(Account).where(Account.id == out_of_range).values(latitude=123.0))
        session.execute(
            update(Account)
            .where(Account.id == archived)
            .values(archived_at=datetime(2026, 1, 1, tzinfo=UTC))
        )
    points = territory_points(db, DEMO_TODAY)
    assert points.without_coordinates == 4
    assert len(points) == 200 - 4 - 1
    placed = {p.account_id for p in points}
    assert placed.isdisjoint({no_lat, no_lon, both, out_of_range, archived})


@pytest.mark.parametrize(
    ("due_in", "state"),
    [(-1, VisitState.OVERDUE), (0, VisitState.DUE_SOON), (7, VisitState.DUE_SOON),
     (8, VisitState.OK)],
)  # fmt: skip
def test_due_soon_means_within_a_week(due_in: int, state: VisitState) -> None:
    assert visit_state(DEMO_TODAY + timedelta(days=due_in), DEMO_TODAY) is state


@pytest.mark.parametrize(
    ("today", "window"),
    [(date(2026, 1, 15), (date(2025, 1, 1), date(2026, 1, 1))),
     (date(2026, 12, 31), (date(2025, 12, 1), date(2026, 12, 1)))],
)  # fmt: skip
def test_the_sales_window_across_year_ends(today: date, window: tuple[date, date]) -> None:
    assert sales_window(today) == window


def test_an_empty_database_has_no_points(tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.acctdb")
    try:
        points = territory_points(database, DEMO_TODAY)
        assert len(points) == 0 and points.without_coordinates == 0
    finally:
        database.close()
