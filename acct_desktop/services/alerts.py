"""The alert list ("what needs me today") and the manager's snoozes and dismissals.

Each kind is read with one set-based query and judged by the rule of its area: visit cycles
(``domain.visit_cycles``), issue deadlines (the Issues register's own "overdue" filter),
quote validity (``domain.quote_workflow.OPEN``), late rebate entry
(``rebate_records.is_late`` with the company's late-entry days).

Sales against target compare the **last complete month** (the month before ``today``'s):
the ERP's sales arrive a month at a time, so a month-to-date comparison would flag every
account in the first days of a month. An account with a monthly target (of any measure)
for that month is compared, like the Sales tab, as the sum over the account and everything
below it against the sum of their targets. Nothing is said when the month's sales of that
measure have not been imported yet (no fact at all for it), and accounts without a target
are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.alerts import (
    LATE_ENTRY_STATUSES,
    NOT_ACTIVE_STATUSES,
    Alert,
    AlertKind,
    AlertSettings,
    Dismissal,
    apply_dismissals,
    dismiss_problem,
    issue_alert,
    quote_alert,
    rebate_inactive_alert,
    rebate_late_alert,
    sales_alert,
    snooze_problem,
    visit_alert,
)
from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.quote_workflow import OPEN as OPEN_QUOTE_STATUSES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.domain.visit_cycles import DEFAULT_INTERVAL_DAYS, booked_from, overdue_cutoff
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.issues import IssueFilter, IssueService
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.plan_actuals import Period, awaits_figures
from acct_desktop.services.rebate_records import is_late, late_days_setting
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    Quote,
    RebateAgreement,
    SalesFact,
    Target,
    Visit,
    VisitCycle,
)
from acct_desktop.store.models.alerts import AlertDismissal
from acct_desktop.store.types import utcnow

ALL_ROWS = 1_000_000  # the issue register's page when every overdue issue is wanted


class AlertRefused(EditRejected):
    """A snooze or dismissal that cannot be recorded; the message says why."""


@dataclass(frozen=True)
class AlertsChanged:
    """What a snooze, dismissal or restore changed: the keys, and whether they are now
    hidden (snoozed or dismissed) or shown again."""

    keys: tuple[str, ...]
    hidden: bool


def first_of_previous_month(today: date) -> date:
    """The first day of the last complete month before ``today``."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


class AlertService:
    def __init__(self, db: Database, actor: str, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self.actor = actor
        self._today = today

    # -- the list ---------------------------------------------------------------------------
    def alerts(
        self,
        today: date,
        settings: AlertSettings | None = None,
        include_hidden: bool = False,
    ) -> list[Alert]:
        """Every alert for ``today``, red first and the latest first; snoozed and dismissed
        ones are left out unless ``include_hidden`` (they then carry their dismissal)."""
        settings = settings or AlertSettings()
        Reader = Callable[[Session, date, AlertSettings], list[Alert]]
        readers: tuple[tuple[frozenset[AlertKind], Reader], ...] = (
            (frozenset({AlertKind.VISIT_OVERDUE}), self._visit_alerts),
            (frozenset({AlertKind.QUOTE_EXPIRING}), self._quote_alerts),
            (frozenset({AlertKind.REBATE_LATE, AlertKind.REBATE_NOT_ACTIVE}), self._rebate_alerts),
            (frozenset({AlertKind.ISSUE_OVERDUE}), self._issue_alerts),
            (frozenset({AlertKind.SALES_BELOW_TARGET}), self._sales_alerts),
        )
        found: list[Alert] = []
        with self._db.session() as session:
            for kinds, read in readers:
                if kinds & settings.kinds:
                    found.extend(
                        a for a in read(session, today, settings) if settings.wants(a.kind)
                    )
            dismissals = self._dismissals(session)
        return apply_dismissals(found, dismissals, today, include_hidden)

    def dismissals(self) -> dict[str, Dismissal]:
        """The actor's snoozes and dismissals by alert key."""
        with self._db.session() as session:
            return self._dismissals(session)

    def _dismissals(self, session: Session) -> dict[str, Dismissal]:
        rows = session.scalars(
            select(AlertDismissal).where(AlertDismissal.dismissed_by == self.actor)
        )
        return {
            row.key: Dismissal(
                row.key,
                row.snoozed_until,
                row.reason or "",
                row.dismissed_by,
                row.dismissed_at,
                row.fingerprint,
            )
            for row in rows
        }

    # -- snooze, dismiss, restore -----------------------------------------------------------
    def snooze(self, key: str, until: date, reason: str = "") -> AlertsChanged:
        """Hide ``key`` until the day ``until`` (it shows again on that day)."""
        problem = snooze_problem(until, self._today())
        if problem:
            raise AlertRefused(problem, "until")
        self._hide(key, until, reason.strip() or None, None)
        return AlertsChanged((key,), hidden=True)

    def dismiss(self, key: str, reason: str, fingerprint: str) -> AlertsChanged:
        """Hide ``key`` while its fact keeps ``fingerprint``; a reason is required."""
        problem = dismiss_problem(reason)
        if problem:
            raise AlertRefused(problem, "reason")
        self._hide(key, None, reason.strip(), fingerprint)
        return AlertsChanged((key,), hidden=True)

    def restore(self, key: str) -> AlertsChanged:
        """Show ``key`` again (forget its snooze or dismissal)."""
        with self._db.session() as session:
            session.execute(
                delete(AlertDismissal).where(
                    AlertDismissal.dismissed_by == self.actor, AlertDismissal.key == key
                )
            )
        return AlertsChanged((key,), hidden=False)

    def put_back(self, key: str, before: Dismissal | None) -> AlertsChanged:
        """Undo a snooze, dismissal or restore of ``key``: as it was ``before`` it (shown,
        or its earlier snooze or dismissal, with its reason and date)."""
        if before is None:
            return self.restore(key)
        self._hide(
            key, before.until, before.reason or None, before.fingerprint, before.dismissed_at
        )
        return AlertsChanged((key,), hidden=True)

    def _hide(
        self,
        key: str,
        until: date | None,
        reason: str | None,
        print_: str | None,
        at: datetime | None = None,
    ) -> None:
        if not key.strip():
            raise AlertRefused(
                QT_TRANSLATE_NOOP(
                    "messages", "This alert has no key; refresh the list and try again."
                )
            )
        with self._db.session() as session:
            row = session.scalar(
                select(AlertDismissal).where(
                    AlertDismissal.dismissed_by == self.actor, AlertDismissal.key == key
                )
            )
            if row is None:
                row = AlertDismissal(key=key, dismissed_by=self.actor)
                session.add(row)
            row.snoozed_until = until
            row.reason = reason
            row.fingerprint = print_
            row.dismissed_at = at or utcnow()

    # -- the kinds --------------------------------------------------------------------------
    def _visit_alerts(self, session: Session, today: date, _s: AlertSettings) -> list[Alert]:
        """Accounts with no done visit within their cycle (own cycle, else their tier's, else
        the default — as in the account tree), judged by ``visit_cycles``; with the day of
        each one's next planned visit from today on (the visit booked for it)."""
        own, by_tier = aliased(VisitCycle), aliased(VisitCycle)
        interval = func.coalesce(own.interval_days, by_tier.interval_days, DEFAULT_INTERVAL_DAYS)
        days = set(session.scalars(select(VisitCycle.interval_days).distinct()))
        cutoffs = {
            n: datetime.combine(overdue_cutoff(n, today), time(), tzinfo=UTC)
            for n in sorted(days | {DEFAULT_INTERVAL_DAYS})
        }
        done = (
            Visit.account_id == Account.id,
            Visit.status == VisitStatus.DONE,
            Visit.archived_at.is_(None),
        )
        cutoff = case(cutoffs, value=interval, else_=cutoffs[DEFAULT_INTERVAL_DAYS])
        recent = select(Visit.id).where(*done, Visit.planned_start >= cutoff)
        last = select(func.max(Visit.planned_start)).where(*done).correlate(Account)
        booked = (
            select(func.min(Visit.planned_start))
            .where(
                Visit.account_id == Account.id,
                Visit.status == VisitStatus.PLANNED,
                Visit.archived_at.is_(None),
                Visit.planned_start >= booked_from(today),
            )
            .correlate(Account)
        )
        query = (
            select(Account.id, Account.name, interval, last.scalar_subquery())
            .add_columns(booked.scalar_subquery())
            .outerjoin(own, own.account_id == Account.id)
            .outerjoin(by_tier, by_tier.tier == Account.tier)
            .where(Account.archived_at.is_(None), ~recent.correlate(Account, own, by_tier).exists())
        )
        alerts = []
        for account_id, name, every, last_visit, next_planned in session.execute(query):
            last_day = last_visit.date() if last_visit is not None else None
            booked_day = next_planned.astimezone().date() if next_planned is not None else None
            alert = visit_alert(account_id, name, last_day, every, today, booked_day)
            if alert is not None:
                alerts.append(alert)
        return alerts

    def _quote_alerts(self, session: Session, today: date, s: AlertSettings) -> list[Alert]:
        """Open quotes (latest revision only) whose validity ends within ``quote_days``."""
        later = aliased(Quote)
        superseded = (
            select(later.id)
            .where(
                later.number == Quote.number,
                later.revision > Quote.revision,
                later.archived_at.is_(None),
            )
            .correlate(Quote)
            .exists()
        )
        query = (
            select(Quote.id, Quote.number, Quote.revision, Account.id, Account.name)
            .add_columns(Quote.status, Quote.valid_until)
            .join(Account, Account.id == Quote.account_id)
            .where(
                Quote.archived_at.is_(None),
                Quote.status.in_(sorted(OPEN_QUOTE_STATUSES)),
                Quote.valid_until >= today,
                Quote.valid_until <= today + timedelta(days=s.quote_days),
                ~superseded,
            )
        )
        alerts = []
        for quote_id, number, revision, account_id, name, status, valid_until in session.execute(
            query
        ):
            label = number if revision <= 1 else f"{number} R{revision}"
            alert = quote_alert(quote_id, label, account_id, name, status, valid_until, today, s)
            if alert is not None:
                alerts.append(alert)
        return alerts

    def _rebate_alerts(self, session: Session, today: date, s: AlertSettings) -> list[Alert]:
        """Signed agreements entered late (recently), and signed ones not yet active."""
        late_days = late_days_setting(session)
        recent_since = today - timedelta(days=s.rebate_late_recent_days)
        a = RebateAgreement
        query = (
            select(a.id, a.number, Account.id, Account.name, a.status, a.signed_on)
            .add_columns(a.entered_on, a.period_start)
            .join(Account, Account.id == a.account_id)
            .where(
                a.archived_at.is_(None),
                a.signed_on.is_not(None),
                a.status.in_(sorted(NOT_ACTIVE_STATUSES | LATE_ENTRY_STATUSES)),
                (a.status.in_(sorted(NOT_ACTIVE_STATUSES)) | (a.entered_on >= recent_since)),
            )
        )
        alerts: list[Alert] = []
        for row in session.execute(query):
            agreement_id, number, account_id, name, status, signed, entered, start = row
            late = is_late(signed, entered, late_days)
            found = (
                rebate_late_alert(
                    agreement_id, number, account_id, name, status, signed, entered,
                    late, late_days, today, s,
                ),
                rebate_inactive_alert(
                    agreement_id, number, account_id, name, status, signed, start, today
                ),
            )  # fmt: skip
            alerts.extend(alert for alert in found if alert is not None)
        return alerts

    def _issue_alerts(self, session: Session, today: date, _s: AlertSettings) -> list[Alert]:
        """The Issues register's own "overdue" list: open issues past their deadline."""
        register = IssueService(self._db, today=lambda: today)
        rows = register.register(IssueFilter(overdue_only=True), PageRequest(0, ALL_ROWS))
        alerts = []
        for row in rows:
            if row.account_id is None:
                continue
            alert = issue_alert(
                row.id, row.number, row.account_id, row.account_name, row.status,
                row.deadline, today,
            )  # fmt: skip
            if alert is not None:
                alerts.append(alert)
        return alerts

    def _sales_alerts(self, session: Session, today: date, s: AlertSettings) -> list[Alert]:
        """Accounts whose last complete month fell more than ``sales_gap_percent`` below
        its target (account and everything below it; see the module doc)."""
        start = first_of_previous_month(today)
        in_month = (SalesFact.period >= start, SalesFact.period < today.replace(day=1))
        month_target = (Target.period_kind == "month", Target.period_start == start)
        targeted = set(session.scalars(select(Target.measure).where(*month_target).distinct()))
        month = Period.months(start)
        measures = sorted(
            measure for measure in targeted if not awaits_figures(session, month, measure)
        )  # a measure whose month is not imported yet says nothing (the dock's rule)
        if not measures:
            return []
        month_target = (*month_target, Target.measure.in_(measures))
        tree = (
            select(Target.account_id.label("root"), Target.account_id.label("member"))
            .where(*month_target, Target.account_id.is_not(None))
            .distinct()
            .cte("alert_target_tree", recursive=True)
        )
        child = aliased(Account)
        tree = tree.union_all(select(tree.c.root, child.id).where(child.parent_id == tree.c.member))
        # Sum the month's facts per account first: one pass over the month, not a seek
        # per account of the tree.
        facts = (
            select(SalesFact.account_id, SalesFact.measure, func.sum(SalesFact.amount).label("sum"))
            .where(*in_month, SalesFact.measure.in_(measures))
            .group_by(SalesFact.account_id, SalesFact.measure)
            .subquery("alert_month_facts")
        )
        # An account's own target is the plan of everything below it (the Plan vs actual
        # rule): its branches' targets are part of it, not added to it.
        targets = _sums(
            session,
            select(Target.account_id, Target.measure, func.sum(Target.amount))
            .where(*month_target, Target.account_id.is_not(None))
            .group_by(Target.account_id, Target.measure),
        )
        actuals = _sums(
            session,
            select(tree.c.root, facts.c.measure, func.sum(facts.c.sum))
            .join(facts, facts.c.account_id == tree.c.member)
            .group_by(tree.c.root, facts.c.measure),
        )
        accounts = {
            account_id: (name, currency)
            for account_id, name, currency in session.execute(
                select(Account.id, Account.name, Account.currency).where(
                    Account.id.in_({root for root, _measure in targets}),
                    Account.archived_at.is_(None),
                )
            )
        }
        alerts = []
        for (root, measure), target in targets.items():
            if root not in accounts:
                continue
            actual = actuals.get((root, measure), Decimal("0.00"))
            name, currency = accounts[root]
            alert = sales_alert(root, name, measure, start, actual, target, s, currency)
            if alert is not None:
                alerts.append(alert)
        return alerts


def _sums(session: Session, query: Any) -> dict[tuple[Any, Any], Decimal]:
    return {(root, measure): total for root, measure, total in session.execute(query)}
