"""The accounts as points on the territory map: where they are and what a manager should see
at a glance (tier, whether a visit is overdue, issues past their deadline, recent sales).

Everything is read with three set-based statements (accounts with their cycle and last
visit; issues past deadline per account; sell-in per account), never a query per account
(``bench/territory_map_bench.py`` measures them).

The rules are the app's own, not new ones:

* **Visit due / overdue** — the account tree's: the last *done*, not archived visit (its UTC
  date), the account's own visit cycle, else its tier's, else
  :data:`~acct_desktop.domain.visit_cycles.DEFAULT_INTERVAL_DAYS`, and
  :func:`~acct_desktop.domain.visit_cycles.next_due` /
  :func:`~acct_desktop.domain.visit_cycles.overdue_days`. An account never visited is due
  today, not overdue.
* **Issues past deadline** — the issue register's (``IssueService.overdue_count``): open or in
  progress (:data:`~acct_desktop.domain.issues.OPEN_STATUSES`), not archived, deadline
  before today.
* **Due soon** (the map's amber) — due within :data:`DUE_SOON_DAYS` days from today
  (including today, so a never-visited account is "due soon").

**Sales** are the sell-in amounts of the twelve complete months before today's month (the
same "complete months only" rule as the tree's year-to-date column), summed in the
account's *own* currency; facts in any other currency are left out rather than converted
(the map only uses them to size dots, relative to accounts of the same currency — see
:func:`~acct_desktop.domain.map_clusters.relative_sales_scale`).

Archived accounts are left out. Accounts without usable coordinates (missing, only one of
the two, or out of range) are not points: they are counted in
:attr:`TerritoryPoints.without_coordinates` so the map can say how many it cannot show.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import LargeBinary, Select, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import aliased

from acct_desktop.domain.enums import Measure, Tier, VisitStatus
from acct_desktop.domain.issues import OPEN_STATUSES
from acct_desktop.domain.map_projection import valid_coordinates
from acct_desktop.domain.visit_cycles import DEFAULT_INTERVAL_DAYS, next_due, overdue_days
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue, SalesFact, Visit, VisitCycle

DUE_SOON_DAYS = 7
SALES_MONTHS = 12
ZERO = Decimal("0.00")
TIERS = {tier.value: tier for tier in Tier}


class VisitState(StrEnum):
    """Where an account stands in its visit cycle today."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


class TerritoryPoint(NamedTuple):
    """One located account as the map shows it (a named tuple: 100,000 of them are built
    in a tenth of the time frozen dataclasses take)."""

    account_id: uuid.UUID
    code: str
    name: str
    latitude: float
    longitude: float
    tier: Tier
    last_visit: date | None  # the last done visit (UTC date); None = never visited
    next_due: date
    overdue_days: int | None  # days past due; None when the visit is not overdue
    issues_past_deadline: int
    sales_12m: Decimal  # sell-in of the last twelve complete months, own currency
    currency: str
    visit_state: VisitState


@dataclass(frozen=True)
class TerritoryPoints:
    """The located accounts, and how many live accounts could not be placed."""

    points: list[TerritoryPoint]
    without_coordinates: int
    today: date

    def __len__(self) -> int:
        return len(self.points)

    def __iter__(self) -> Iterator[TerritoryPoint]:
        return iter(self.points)


def visit_state(due: date, today: date) -> VisitState:
    """Overdue when the due day has passed, due soon within :data:`DUE_SOON_DAYS`, else OK."""
    if due < today:
        return VisitState.OVERDUE
    if (due - today).days <= DUE_SOON_DAYS:
        return VisitState.DUE_SOON
    return VisitState.OK


def sales_window(today: date) -> tuple[date, date]:
    """The first day of the sales window and the first day after it: the
    :data:`SALES_MONTHS` complete months before today's month."""
    end = date(today.year, today.month, 1)
    months = end.year * 12 + end.month - 1 - SALES_MONTHS
    return date(months // 12, months % 12 + 1, 1), end


def territory_points(db: Database, today: date) -> TerritoryPoints:
    """Every live account with coordinates as a :class:`TerritoryPoint` (in account-code
    order), and the count of live accounts without coordinates (see the module docstring)."""
    raw = db.is_sqlite
    # The issue and sales totals are read on a second connection while the accounts are
    # read on this one: SQLite releases the GIL while it steps, so the two overlap.
    with ThreadPoolExecutor(max_workers=1) as pool:
        totals = pool.submit(_totals, db, today)
        with db.session() as session:
            rows = session.connection().execute(_accounts_query(raw)).all()
        issues, sales = totals.result()
    # Sorted here, not in SQL: walking the accounts in code order would visit the visit
    # index in random order (measured 2× slower on 100k accounts than table order).
    rows.sort(key=lambda row: row[1])
    points: list[TerritoryPoint] = []
    without = 0
    for row_id, code, name, tier, lat, lon, currency, interval, last in rows:
        if not valid_coordinates(lat, lon):
            without += 1
            continue
        if raw:  # as stored: 16 bytes, and "YYYY-MM-DD HH:MM:SS…" in UTC
            account_id = uuid.UUID(bytes=row_id)
            last_day = date.fromisoformat(last[:10]) if last is not None else None
        else:
            account_id = row_id
            last_day = last.date() if last is not None else None
        due = next_due(last_day, interval, today)
        points.append(
            TerritoryPoint(
                account_id=account_id,
                code=code,
                name=name,
                latitude=float(lat),
                longitude=float(lon),
                tier=TIERS[tier],
                last_visit=last_day,
                next_due=due,
                overdue_days=overdue_days(last_day, interval, today) or None,
                issues_past_deadline=issues.get(account_id, 0),
                sales_12m=sales.get((account_id, currency), ZERO),
                currency=currency,
                visit_state=visit_state(due, today),
            )
        )
    return TerritoryPoints(points=points, without_coordinates=without, today=today)


def _totals(
    db: Database, today: date
) -> tuple[dict[uuid.UUID, int], dict[tuple[uuid.UUID, str], Decimal]]:
    """Issues past deadline per account, and sell-in per (account, currency)."""
    with db.session() as session:
        connection = session.connection()
        issues = {
            account_id: count for account_id, count in connection.execute(_issues_query(today))
        }
        sales = {
            (account_id, currency): amount
            for currency, account_id, amount in connection.execute(_sales_query(today))
        }
    return issues, sales


def _accounts_query(raw: bool) -> Select[Any]:
    """Live accounts with their visit interval and last done visit, as the account tree
    computes them (the last visit as a correlated ``max``: one short index range per account
    on ``ix_visit_account_start``, measured 2× faster than grouping the whole visit table).

    With ``raw`` (SQLite) the id and the last visit come as stored, bytes and text: turning
    100,000 of each into ``UUID`` and ``datetime`` through the column types costs more than
    the query itself. The tier always comes as its text."""
    own_cycle = aliased(VisitCycle)
    tier_cycle = aliased(VisitCycle)
    # The same precedence as the account tree: own cycle, tier cycle, the default.
    interval = func.coalesce(
        own_cycle.interval_days, tier_cycle.interval_days, DEFAULT_INTERVAL_DAYS
    )
    last_visit: Any = (
        select(func.max(Visit.planned_start))
        .where(
            Visit.account_id == Account.id,
            Visit.status == VisitStatus.DONE,
            Visit.archived_at.is_(None),
        )
        .correlate(Account)
        .scalar_subquery()
    )
    account_id: Any = Account.id
    if raw:
        account_id = type_coerce(Account.id, LargeBinary)
        last_visit = type_coerce(last_visit, String)
    return (
        select(
            account_id,
            Account.code,
            Account.name,
            type_coerce(Account.tier, String),
            Account.latitude,
            Account.longitude,
            Account.currency,
            interval,
            last_visit,
        )
        .outerjoin(own_cycle, own_cycle.account_id == Account.id)
        .outerjoin(tier_cycle, tier_cycle.tier == Account.tier)
        .where(Account.archived_at.is_(None))
    )


def _issues_query(today: date) -> Select[Any]:
    """Issues past their deadline per account (the issue register's rule)."""
    return (
        select(CustomerIssue.account_id, func.count())
        .where(
            CustomerIssue.status.in_(sorted(OPEN_STATUSES)),
            CustomerIssue.deadline < today,
            CustomerIssue.archived_at.is_(None),
        )
        .group_by(CustomerIssue.account_id)
    )


def _sales_query(today: date) -> Select[Any]:
    """Sell-in per (currency, account) over :func:`sales_window`.

    The window is written as "a month's first day, or strictly between two first days"
    rather than as one range: facts are normally dated on the first of the month, and an
    equality on ``period`` lets the database seek straight to the sell-in entries of
    ``ix_sales_fact_period_measure`` instead of walking every measure of every day (3×
    faster on 10M facts); the in-between ranges keep day-dated facts counted and cost
    nothing when there are none. Grouping by currency first keeps SQLite from choosing the
    account index for the grouping order instead."""
    first, end = sales_window(today)
    starts = _month_starts(first, end)
    between = [
        and_(SalesFact.period > start, SalesFact.period < following)
        for start, following in zip(starts, [*starts[1:], end], strict=True)
    ]
    return (
        select(SalesFact.currency, SalesFact.account_id, func.sum(SalesFact.amount))
        .where(SalesFact.measure == Measure.SELL_IN, or_(SalesFact.period.in_(starts), *between))
        .group_by(SalesFact.currency, SalesFact.account_id)
    )


def _month_starts(first: date, end: date) -> list[date]:
    """First days of the months from ``first`` (a first day) up to, not including, ``end``."""
    starts = []
    month = first
    while month < end:
        starts.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return starts
