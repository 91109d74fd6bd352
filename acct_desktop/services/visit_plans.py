"""Plan generation over the database: gather what the planner weighs, and accept a plan.

For each account (all, or the ones chosen on the map or in the tree): coordinates, tier,
visit cycle (the account's own, else its tier's, else 28 days), last visit done, open
issues with deadlines, open quotes that expire soon. Every visit in the calendar that takes
some of the period (any account's, chosen or not; planned, done or missed — not cancelled)
is a fixed appointment: it keeps its time, takes up the manager's time and counts towards
its days' visits, at its account's place — except, when the plan is for chosen accounts, a
colleague's: a visit at an account of a territory that names a manager who manages none of
the chosen accounts' territories (a team's shared database). The planner itself is
:func:`acct_desktop.domain.visit_planning.generate_plan` (pure, deterministic). Accepting
writes the proposed visits in one transaction — all or nothing — and returns their ids (the
calendar's undo archives them).
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import IssueStatus, QuoteStatus, VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.domain.visit_planning import (
    FixedVisit,
    IssueSignal,
    Plan,
    PlanningAccount,
    PlanSettings,
    QuoteSignal,
    generate_plan,
)
from acct_desktop.services.account_zones import customer_zone
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.visit_calendar_zones import local_zone_name
from acct_desktop.services.visit_cycles import CycleRule, VisitCycleService
from acct_desktop.services.visit_owners import Owner, my_name, owner_name, visit_owner
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue, Quote, Territory, Visit

OPEN_ISSUE = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)
OPEN_QUOTE = (
    QuoteStatus.DRAFT,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
)
QUOTE_LOOKAHEAD = timedelta(days=7)
# A visit that began this long before the period and still runs into it counts too; the
# bound keeps the query on the planned_start index (no visit lasts a month).
LONGEST_VISIT = timedelta(days=31)


@dataclass(frozen=True, slots=True)
class PlanningInput:
    accounts: tuple[PlanningAccount, ...]
    fixed: tuple[FixedVisit, ...]
    names: dict[uuid.UUID, str]


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def _utc_midnight(day: date) -> datetime:
    """The local midnight that begins ``day``, in UTC (right across a clock change)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _manager(name: str | None) -> str | None:
    """A territory's manager as named (``None``: none named)."""
    return (name or "").strip() or None


def planning_managers(session: Session, account_ids: set[uuid.UUID]) -> frozenset[str]:
    """The managers named on the territories of the accounts being planned for."""
    names: set[str] = set()
    ids = list(account_ids)
    for begin in range(0, len(ids), 500):
        for (name,) in session.execute(
            select(Territory.manager_name)
            .join(Account, Account.territory_id == Territory.id)
            .where(Account.id.in_(ids[begin : begin + 500]))
            .distinct()
        ):
            if manager := _manager(name):
                names.add(manager)
    return frozenset(names)


def _booked(
    session: Session,
    period_start: datetime,
    period_end: datetime,
    managers: frozenset[str] = frozenset(),
) -> tuple[tuple[FixedVisit, ...], dict[uuid.UUID, str]]:
    """Every visit in the calendar that takes some of the period (whatever its account,
    unless cancelled or archived) as a fixed visit at its account's place, and the names
    of those accounts. A visit is taken as it is stored: one that ends before it starts is
    read as taking no time. With ``managers`` (the plan's), a visit whose owner (else its
    territory's manager) is another manager is that colleague's and left out."""
    rows = session.execute(
        select(
            Visit.account_id,
            Visit.planned_start,
            Visit.planned_end,
            Account.latitude,
            Account.longitude,
            Account.name,
            visit_owner(),
        )
        .join(Account, Account.id == Visit.account_id)
        .outerjoin(Territory, Territory.id == Account.territory_id)
        .where(
            Visit.status != VisitStatus.CANCELLED,
            Visit.archived_at.is_(None),
            Visit.planned_start >= period_start - LONGEST_VISIT,
            Visit.planned_start < period_end,
            or_(Visit.planned_start >= period_start, Visit.planned_end > period_start),
        )
        .order_by(Visit.planned_start, Visit.id)
    ).all()
    fixed = []
    names: dict[uuid.UUID, str] = {}
    for account_id, start, end, latitude, longitude, name, manager_name in rows:
        manager = _manager(manager_name)
        if managers and manager is not None and manager not in managers:
            continue  # a colleague's visit
        where = None if latitude is None or longitude is None else (latitude, longitude)
        begins = _local(start)
        fixed.append(FixedVisit(account_id, begins, max(begins, _local(end)), where))
        names[account_id] = name
    return tuple(fixed), names


def manager_zone(day: date) -> str | None:
    """This computer's IANA zone, the clock the plan's times are on (``TZ`` first, as the
    C library's local time reads it); None when its name cannot be told for sure: its
    offsets on ``day`` differ from the local time's (customers' zones then go unweighed)."""
    name = os.environ.get("TZ", "").lstrip(":") or local_zone_name()
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        name = local_zone_name()
        zone = ZoneInfo(name)
    noon = datetime.combine(day, time(12))
    if noon.astimezone().utcoffset() != noon.replace(tzinfo=zone).utcoffset():
        return None
    return name


class StartRefused(ValueError):
    """The account chosen as the start point cannot be one (a sentence)."""


class VisitPlanner:
    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor, owner: Owner = my_name) -> None:
        self._db = db
        self._actor = actor
        self._owner = owner  # whose the accepted visits are (My details' name)

    def account_place(self, code: str) -> tuple[float, float]:
        """Where the account with ``code`` is, to start the day there; StartRefused when
        there is no such account (archived included) or it has no coordinates."""
        with self._db.session() as session:
            row = session.execute(
                select(Account.name, Account.latitude, Account.longitude).where(
                    Account.code == code.strip(), Account.archived_at.is_(None)
                )
            ).first()
        if row is None:
            raise StartRefused(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no account with code “%1” to start from."
                    ),
                    code,
                )
            )
        name, latitude, longitude = row
        if latitude is None or longitude is None:
            raise StartRefused(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 has no coordinates: the day cannot start there."
                    ),
                    name,
                )
            )
        return (float(latitude), float(longitude))

    def inputs(
        self, settings: PlanSettings, account_ids: Iterable[uuid.UUID] | None = None
    ) -> PlanningInput:
        """Everything the planner weighs, read in a few set-based queries."""
        wanted = set(account_ids) if account_ids is not None else None
        period_start = _utc_midnight(settings.first_day)
        period_end = _utc_midnight(settings.last_day + timedelta(days=1))
        with self._db.session() as session:
            query = select(
                Account.id,
                Account.name,
                Account.latitude,
                Account.longitude,
                Account.tier,
                Account.country_code,
            ).where(Account.archived_at.is_(None))
            if wanted is not None:
                query = query.where(Account.id.in_(wanted))
            rows = session.execute(query.order_by(Account.code)).all()
            last_done = dict(
                session.execute(
                    select(Visit.account_id, func.max(Visit.planned_start))
                    .where(Visit.status == VisitStatus.DONE, Visit.archived_at.is_(None))
                    .group_by(Visit.account_id)
                ).all()
            )
            issues: dict[uuid.UUID, list[IssueSignal]] = defaultdict(list)
            for account, number, deadline in session.execute(
                select(CustomerIssue.account_id, CustomerIssue.number, CustomerIssue.deadline)
                .where(
                    CustomerIssue.status.in_(OPEN_ISSUE),
                    CustomerIssue.deadline.is_not(None),
                    CustomerIssue.archived_at.is_(None),
                )
                .order_by(CustomerIssue.deadline, CustomerIssue.number)
            ):
                issues[account].append(IssueSignal(number, deadline))
            quotes: dict[uuid.UUID, list[QuoteSignal]] = defaultdict(list)
            for account, number, valid_until in session.execute(
                select(Quote.account_id, Quote.number, Quote.valid_until)
                .where(
                    Quote.status.in_(OPEN_QUOTE),
                    Quote.archived_at.is_(None),
                    Quote.valid_until <= settings.last_day + QUOTE_LOOKAHEAD,
                    Quote.valid_until >= settings.first_day,
                )
                .order_by(Quote.valid_until, Quote.number)
            ):
                quotes[account].append(QuoteSignal(number, valid_until))
            managers = planning_managers(session, wanted) if wanted is not None else frozenset()
            if managers and (me := owner_name(self._owner)):
                managers |= {me}  # your own visits elsewhere (covering a store) take your time
            fixed, booked_names = _booked(session, period_start, period_end, managers)
        rules = VisitCycleService(self._db, self._actor).rules_for(row[0] for row in rows)
        accounts = []
        for account_id, name, latitude, longitude, tier, country in rows:
            rule = rules.get(account_id, CycleRule())
            last = last_done.get(account_id)
            accounts.append(
                PlanningAccount(
                    id=account_id,
                    name=name,
                    latitude=latitude,
                    longitude=longitude,
                    tier=tier,
                    interval_days=rule.interval_days,
                    last_visit=last.astimezone().date() if last else None,
                    preferred_weekdays=rule.preferred_weekdays,
                    closed_weekdays=rule.closed_weekdays,
                    visiting_hours=rule.visiting_hours,
                    duration_minutes=rule.duration_minutes,
                    overdue_issues=tuple(issues.get(account_id, ())),
                    expiring_quotes=tuple(quotes.get(account_id, ())),
                    time_zone=customer_zone(country, latitude, longitude),
                )
            )
        names = {**booked_names, **{row[0]: row[1] for row in rows}}
        return PlanningInput(tuple(accounts), fixed, names)

    def propose(
        self,
        settings: PlanSettings,
        account_ids: Iterable[uuid.UUID] | None = None,
        today: date | None = None,
        progress: Callable[[int, int], bool] | None = None,
        now: datetime | None = None,
    ) -> tuple[Plan, dict[uuid.UUID, str]]:
        """The proposed plan and the accounts' names (nothing is written). ``now`` (naive
        local time; default: the clock's, when ``today`` is not given) keeps today's new
        visits after it."""
        if settings.time_zone is None:  # the plan's times are this computer's clock
            settings = replace(settings, time_zone=manager_zone(settings.first_day))
        given = self.inputs(settings, account_ids)
        if now is None and today is None:
            now = datetime.now()
        if today is None and now is not None:
            today = now.date()
        assert today is not None
        plan = generate_plan(
            given.accounts,
            settings,
            given.fixed,
            today=today,
            now=now,
            progress=progress,
        )
        return plan, given.names

    def accept(self, plan: Plan, purpose: VisitPurpose = VisitPurpose.SERVICE) -> list[uuid.UUID]:
        """Write the plan's proposed (not fixed) visits as planned visits, all or nothing."""
        created: list[uuid.UUID] = []
        owner = owner_name(self._owner)
        with self._db.session() as session:
            for visit in plan.visits:
                if visit.fixed:
                    continue
                row = Visit(
                    account_id=visit.account_id,
                    planned_start=visit.start.astimezone().astimezone(UTC),
                    planned_end=visit.end.astimezone().astimezone(UTC),
                    purpose=purpose,
                    status=VisitStatus.PLANNED,
                    summary=None,
                    owner=owner,
                )
                session.add(row)
                session.flush()
                reasons = "; ".join(reason.text for reason in visit.reasons)
                record_change(
                    session,
                    self._actor,
                    "visit",
                    row.id,
                    "planned by the planner",
                    None,
                    reasons[:500],
                )
                created.append(row.id)
        return created
