"""Field-work KPIs: visit compliance and cycle adherence, customer issues, NPS, and how
many accounts each manager looks after. Counts are made in the database; only the rows
behind a figure (for click-through) come back.

Definitions (days are UTC days of the stored timestamps; archived rows never count):

* **Visit compliance** = done ÷ planned, where *planned* are the visits whose planned
  start falls in the period and whose status is planned, done or missed (cancelled visits
  are left out: the visit was called off, not failed), and *done* those with status done.
  Its rows are per account; when the period's visits are more than one manager's, per
  account and manager — whose visit it is: its owner, else its territory's manager
  (``services.visit_owners``), so a colleague covering a store is counted as theirs.
* **Cycle adherence** = the share of the active accounts in scope whose last done visit, on
  or before the period's last day, lies within their cycle at that day. The cycle is the
  account's own, else its tier's, else every 28 days (as
  :class:`~acct_desktop.services.visit_cycles.VisitCycleService` resolves it).
* **Issues closed on time** = of the issues whose *deadline* falls in the period, those
  resolved or verified with ``closed_on`` on or before the deadline. *Still open overdue*
  counts every issue open or in progress now whose deadline is before today.
* **Issue response time**: issues *raised* in the period: days from ``raised_on`` to
  ``first_action_on`` (the day it first left "open"); those with no action yet are counted
  apart, not as 0.
* **NPS**: answers (``visit.survey_score``, 0–10) of done visits held in the period.
* **Accounts per manager**: active accounts in scope by their territory's manager; an
  account without territory or a territory without manager counts under "no manager"
  (``None`` here). The figure is the accounts with a manager ÷ the managers (35 accounts
  of one manager: 35, not the number of managers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.issues import CLOSED_STATUSES, OPEN_STATUSES
from acct_desktop.domain.kpis import (
    DEFAULT_CYCLE_DAYS,
    DaySpans,
    KpiTable,
    Nps,
    day_spans,
    nps_from_counts,
    rate,
    ratio,
    score_group,
    within_cycle,
)
from acct_desktop.services.kpi_commercial import day_start
from acct_desktop.services.visit_owners import visit_owner
from acct_desktop.store.models import Account, CustomerIssue, Territory, Visit, VisitCycle

InScope = Callable[[Any], Any]
COUNTED_VISITS = (VisitStatus.PLANNED, VisitStatus.DONE, VisitStatus.MISSED)


@dataclass(frozen=True, slots=True)
class VisitKpis:
    planned: int
    done: int
    missed: int
    accounts: int  # active accounts in scope (cycle adherence's base)
    within_cycle: int
    rows: KpiTable  # per account (and manager, in a team's period): planned, done, missed
    cycle_rows: KpiTable

    @property
    def compliance(self) -> Decimal | None:
        return rate(self.done, self.planned)

    @property
    def visited(self) -> int:
        """Accounts with a done visit on record (by the period's end)."""
        return sum(1 for row in self.cycle_rows.rows if row[4] is not None)

    @property
    def cycle_adherence(self) -> Decimal | None:
        """Accounts within their cycle ÷ accounts; None while not one visit is on record
        (a new user's database: nothing to measure yet, not 0 % behind)."""
        if not self.visited:
            return None
        return rate(self.within_cycle, self.accounts)


@dataclass(frozen=True, slots=True)
class IssueKpis:
    due: int
    on_time: int
    overdue_open: int
    response: DaySpans
    rows: KpiTable
    response_rows: KpiTable

    @property
    def on_time_rate(self) -> Decimal | None:
        return rate(self.on_time, self.due)


@dataclass(frozen=True, slots=True)
class NpsKpi:
    result: Nps
    rows: KpiTable


@dataclass(frozen=True, slots=True)
class ManagerLoad:
    rows: KpiTable  # (manager or None, accounts)

    @property
    def managers(self) -> int:
        return sum(1 for manager, _ in self.rows.rows if manager is not None)

    @property
    def managed(self) -> int:
        """Accounts with a manager."""
        return sum(count for manager, count in self.rows.rows if manager is not None)

    @property
    def without_manager(self) -> int:
        return sum(count for manager, count in self.rows.rows if manager is None)

    @property
    def per_manager(self) -> Decimal | None:
        """Accounts with a manager ÷ managers, to one place (None: no manager at all)."""
        return ratio(self.managed, self.managers)


def visit_kpis(session: Session, start: date, end: date, in_scope: InScope) -> VisitKpis:
    """Visit compliance of the period and cycle adherence at its end."""
    after = day_start(end + timedelta(days=1))
    owner = visit_owner()
    counts = session.execute(
        select(Account.code, Account.name, owner, Visit.status, func.count())
        .join(Account, Account.id == Visit.account_id)
        .outerjoin(Territory, Territory.id == Account.territory_id)
        .where(
            Visit.archived_at.is_(None),
            Visit.planned_start >= day_start(start),
            Visit.planned_start < after,
            Visit.status.in_(COUNTED_VISITS),
            in_scope(Visit.account_id),
        )
        .group_by(Account.code, Account.name, owner, Visit.status)
    ).all()
    team = len({row[2] for row in counts}) > 1  # more than one manager's visits
    per_account: dict[tuple[str, str, str | None], dict[VisitStatus, int]] = defaultdict(
        lambda: defaultdict(int)
    )
    for code, name, manager, status, count in counts:
        per_account[(code, name, manager if team else None)][status] += count
    rows: list[tuple[Any, ...]] = []
    for (code, name, manager), by_status in sorted(
        per_account.items(), key=lambda i: (i[0][1], i[0][0], i[0][2] or "")
    ):
        done = by_status.get(VisitStatus.DONE, 0)
        missed = by_status.get(VisitStatus.MISSED, 0)
        planned = done + missed + by_status.get(VisitStatus.PLANNED, 0)
        row = (code, name, planned, done, missed, rate(done, planned))
        rows.append((*row, manager) if team else row)
    columns = ("code", "account", "planned", "done", "missed", "percent")
    last_done = (
        select(Visit.account_id.label("account_id"), func.max(Visit.planned_start).label("last"))
        .where(
            Visit.archived_at.is_(None),
            Visit.status == VisitStatus.DONE,
            Visit.planned_start < after,
        )
        .group_by(Visit.account_id)
        .subquery()
    )
    own, tier = aliased(VisitCycle), aliased(VisitCycle)
    cycle_query = (
        select(
            Account.code,
            Account.name,
            own.interval_days,
            tier.interval_days,
            last_done.c.last,
        )
        .outerjoin(own, own.account_id == Account.id)
        .outerjoin(tier, tier.tier == Account.tier)
        .outerjoin(last_done, last_done.c.account_id == Account.id)
        .where(Account.archived_at.is_(None), in_scope(Account.id))
        .order_by(Account.name, Account.code)
    )
    cycle_rows = []
    for code, name, own_days, tier_days, last in session.execute(cycle_query):
        interval = own_days or tier_days or DEFAULT_CYCLE_DAYS
        source = "account" if own_days else ("tier" if tier_days else "default")
        day = last.date() if last is not None else None
        cycle_rows.append((code, name, interval, source, day, within_cycle(day, interval, end)))
    return VisitKpis(
        planned=sum(r[2] for r in rows),
        done=sum(r[3] for r in rows),
        missed=sum(r[4] for r in rows),
        accounts=len(cycle_rows),
        within_cycle=sum(1 for r in cycle_rows if r[-1]),
        rows=KpiTable((*columns, "manager") if team else columns, tuple(rows)),
        cycle_rows=KpiTable(
            ("code", "account", "cycle_days", "cycle_source", "last_done", "within_cycle"),
            tuple(cycle_rows),
        ),
    )


def issue_kpis(
    session: Session, start: date, end: date, today: date, in_scope: InScope
) -> IssueKpis:
    """Issues closed on time, still open overdue, and days to the first action."""
    base = (
        select(
            CustomerIssue.number,
            Account.name,
            CustomerIssue.raised_on,
            CustomerIssue.deadline,
            CustomerIssue.status,
            CustomerIssue.closed_on,
            CustomerIssue.first_action_on,
        )
        .join(Account, Account.id == CustomerIssue.account_id)
        .where(CustomerIssue.archived_at.is_(None), in_scope(CustomerIssue.account_id))
    )
    due = session.execute(
        base.where(CustomerIssue.deadline.between(start, end)).order_by(
            CustomerIssue.deadline, CustomerIssue.number
        )
    ).all()
    rows = tuple(
        (
            number,
            name,
            deadline,
            status,
            closed,
            status in CLOSED_STATUSES and closed is not None and closed <= deadline,
        )
        for number, name, _raised, deadline, status, closed, _first in due
    )
    overdue = session.scalar(
        select(func.count())
        .select_from(CustomerIssue)
        .where(
            CustomerIssue.archived_at.is_(None),
            CustomerIssue.status.in_(sorted(OPEN_STATUSES)),
            CustomerIssue.deadline < today,
            in_scope(CustomerIssue.account_id),
        )
    )
    raised = session.execute(
        base.where(CustomerIssue.raised_on.between(start, end)).order_by(
            CustomerIssue.raised_on, CustomerIssue.number
        )
    ).all()
    response_rows = []
    for number, name, raised_on, _deadline, status, _closed, first in raised:
        first = max(first, raised_on) if first is not None else None
        days = (first - raised_on).days if first is not None else None
        response_rows.append((number, name, raised_on, status, first, days))
    return IssueKpis(
        due=len(rows),
        on_time=sum(1 for row in rows if row[-1]),
        overdue_open=int(overdue or 0),
        response=day_spans((row[2], row[4]) for row in response_rows),
        rows=KpiTable(("number", "account", "deadline", "status", "closed_on", "on_time"), rows),
        response_rows=KpiTable(
            ("number", "account", "raised_on", "status", "first_action_on", "days"),
            tuple(response_rows),
        ),
    )


def nps_kpi(session: Session, start: date, end: date, in_scope: InScope) -> NpsKpi:
    """NPS of the survey answers given at done visits in the period."""
    answers = session.execute(
        select(Visit.planned_start, Account.name, Visit.survey_score)
        .join(Account, Account.id == Visit.account_id)
        .where(
            Visit.archived_at.is_(None),
            Visit.status == VisitStatus.DONE,
            Visit.survey_score.is_not(None),
            Visit.survey_score.between(0, 10),
            Visit.planned_start >= day_start(start),
            Visit.planned_start < day_start(end + timedelta(days=1)),
            in_scope(Visit.account_id),
        )
        .order_by(Visit.planned_start, Account.name)
    ).all()
    counts: dict[int, int] = defaultdict(int)
    for _start, _name, score in answers:
        counts[score] += 1
    rows = tuple((at.date(), name, score, score_group(score)) for at, name, score in answers)
    return NpsKpi(nps_from_counts(counts), KpiTable(("day", "account", "score", "group"), rows))


def manager_load(session: Session, in_scope: InScope) -> ManagerLoad:
    """Active accounts in scope per territory manager (``None``: no manager)."""
    manager = func.nullif(func.trim(Territory.manager_name), "")
    query = (
        select(manager, func.count())
        .select_from(Account)
        .outerjoin(Territory, Territory.id == Account.territory_id)
        .where(Account.archived_at.is_(None), in_scope(Account.id))
        .group_by(manager)
    )
    counts = dict(session.execute(query).all())
    rows = sorted(counts.items(), key=lambda item: (item[0] is None, -item[1], item[0] or ""))
    return ManagerLoad(KpiTable(("manager", "accounts"), tuple(rows)))


__all__ = [
    "IssueKpis",
    "ManagerLoad",
    "NpsKpi",
    "VisitKpis",
    "issue_kpis",
    "manager_load",
    "nps_kpi",
    "visit_kpis",
]
