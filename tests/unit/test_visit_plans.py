"""Plan generation over the demo database: what the planner is given, and accepting."""

from __future__ import annotations

import os
import time as time_module
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import AccountKind, Channel, Tier, VisitPurpose, VisitStatus
from acct_desktop.domain.visit_planning import PlanSettings, ReasonKind
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, CustomerIssue, Territory, Visit, VisitCycle
from tests.conftest import DEMO_TODAY

MONDAY = DEMO_TODAY + timedelta(days=(7 - DEMO_TODAY.weekday()) % 7 or 7)


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def dutch(db: Database) -> set:
    with db.session() as session:
        return set(session.scalars(select(Account.id).where(Account.country_code == "NL")))


def settings(days: int = 5) -> PlanSettings:
    return PlanSettings(first_day=MONDAY, last_day=MONDAY + timedelta(days=days - 1))


def test_inputs_carry_cycles_last_visits_issues_and_fixed_appointments(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    given = planner.inputs(settings(), chosen)
    assert {a.id for a in given.accounts} == chosen
    with db.session() as session:
        tiers = dict(
            session.execute(
                select(VisitCycle.tier, VisitCycle.interval_days).where(
                    VisitCycle.tier.is_not(None)
                )
            ).all()
        )
        own = dict(
            session.execute(
                select(VisitCycle.account_id, VisitCycle.interval_days).where(
                    VisitCycle.account_id.is_not(None)
                )
            ).all()
        )
    for account in given.accounts:
        assert account.interval_days == own.get(account.id, tiers[account.tier])
    assert any(a.last_visit is not None for a in given.accounts)
    with db.session() as session:
        open_with_deadline = session.scalar(
            select(func.count())
            .select_from(CustomerIssue)
            .where(
                CustomerIssue.account_id.in_(chosen),
                CustomerIssue.status.in_(("open", "in_progress")),
            )
        )
    assert sum(len(a.overdue_issues) for a in given.accounts) == open_with_deadline
    # Every visit of the period is in the manager's way, whichever account it is for —
    # but a colleague's (an account of a territory another manager manages) is not.
    first = datetime.combine(MONDAY, dt_time()).astimezone().astimezone(UTC)
    with db.session() as session:
        in_period = session.execute(
            select(Visit.account_id, Visit.planned_start, Territory.manager_name)
            .join(Account, Account.id == Visit.account_id)
            .join(Territory, Territory.id == Account.territory_id)
            .where(
                Visit.status != VisitStatus.CANCELLED,
                Visit.archived_at.is_(None),
                Visit.planned_start >= first,
                Visit.planned_start < first + timedelta(days=5),
            )
        ).all()
        dutch_managers = set(
            session.scalars(
                select(Territory.manager_name)
                .join(Account, Account.territory_id == Territory.id)
                .where(Account.id.in_(chosen))
            )
        )
    assert {a for a, _, _ in in_period} - chosen, "the demo has other accounts' visits"
    booked = {(a, s.astimezone().replace(tzinfo=None)): m for a, s, m in in_period}
    fixed = {(f.account_id, f.start) for f in given.fixed}
    assert fixed == {k for k, manager in booked.items() if manager in dutch_managers}
    assert set(booked) - fixed, "the demo's booked visits are a Vietnamese colleague's"
    everyone = planner.inputs(settings())  # the whole database: every visit counts
    assert {(f.account_id, f.start) for f in everyone.fixed} == set(booked)


def test_accepting_writes_the_proposed_visits_only(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    plan, names = planner.propose(settings(10), chosen, today=DEMO_TODAY)
    assert plan.proposed_count > 0
    assert all(v.account_id in names for v in plan.visits)
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(Visit))
    created = planner.accept(plan)
    assert len(created) == plan.proposed_count
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == before + len(created)
        statuses = set(session.scalars(select(Visit.status).where(Visit.id.in_(created))))
    assert statuses == {VisitStatus.PLANNED}


def test_the_same_inputs_give_the_same_plan(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    first, _ = planner.propose(settings(), chosen, today=DEMO_TODAY)
    second, _ = planner.propose(settings(), chosen, today=DEMO_TODAY)
    assert first == second
    assert isinstance(MONDAY, date)


# -- a small territory of its own: the calendar as the tester had it ----------------------

HOANG_GIA = (10.7769, 106.7009)  # Ho Chi Minh City
WEDNESDAY, THURSDAY = date(2026, 11, 25), date(2026, 11, 26)
SAIGON = "Asia/Ho_Chi_Minh"


@contextmanager
def local_time_zone(zone: str) -> Iterator[None]:
    """Run with the process's local time in ``zone`` (the GUI and the planner read local
    time from the process, as the tester's TZ=Asia/Ho_Chi_Minh did)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time_module.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time_module.tzset()


@pytest.fixture
def saigon() -> Iterator[None]:
    with local_time_zone(SAIGON):
        yield


class Calendar:
    """Two garages a street apart: the one being planned (never visited, so due) and one
    that is not, whose visits are already in the calendar."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as session:
            self.planned = self._account(session, "VN-PLAN", "Gara Tâm An", HOANG_GIA)
            self.other = self._account(
                session, "VN-OTHER", "Gara Hoàng Gia", (HOANG_GIA[0] + 0.01, HOANG_GIA[1])
            )

    @staticmethod
    def _account(session, code: str, name: str, where: tuple[float, float]):  # type: ignore[no-untyped-def]
        row = Account(
            code=code,
            name=name,
            kind=AccountKind.WORKSHOP,
            channel=Channel.WORKSHOP,
            tier=Tier.B,
            country_code="VN",
            latitude=where[0],
            longitude=where[1],
            currency="VND",
        )
        session.add(row)
        session.flush()
        return row.id

    def visit(
        self,
        start: datetime,
        end: datetime,
        status: VisitStatus = VisitStatus.PLANNED,
        archived: bool = False,
        account=None,  # type: ignore[no-untyped-def]
    ) -> None:
        with self.db.session() as session:
            session.add(
                Visit(
                    account_id=account or self.other,
                    planned_start=start.astimezone(UTC),
                    planned_end=end.astimezone(UTC),
                    status=status,
                    purpose=VisitPurpose.SERVICE,
                    archived_at=datetime.now(UTC) if archived else None,
                )
            )


@pytest.fixture
def calendar(tmp_path: Path, saigon: None) -> Iterator[Calendar]:
    database = open_database(tmp_path / "calendar.acctdb")
    yield Calendar(database)
    database.close()


def saigon_time(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, dt_time(hour, minute), ZoneInfo(SAIGON))


def one_day(day: date, per_day: int = 6) -> PlanSettings:
    return PlanSettings(first_day=day, last_day=day, max_visits_per_day=per_day)


def test_other_accounts_visits_count_towards_the_days_limit(calendar: Calendar) -> None:
    calendar.visit(saigon_time(THURSDAY, 10), saigon_time(THURSDAY, 11))
    calendar.visit(saigon_time(THURSDAY, 14), saigon_time(THURSDAY, 15))
    planner = VisitPlanner(calendar.db, "tm")
    plan, names = planner.propose(one_day(THURSDAY, per_day=2), [calendar.planned], today=THURSDAY)
    assert plan.proposed_count == 0
    (left_out,) = plan.unplanned
    assert left_out.account_id == calendar.planned
    assert left_out.reason.kind is ReasonKind.NO_CAPACITY
    assert [names[v.account_id] for v in plan.visits] == ["Gara Hoàng Gia"] * 2


def test_a_new_visit_never_overlaps_another_accounts_visit(calendar: Calendar) -> None:
    busy = (saigon_time(THURSDAY, 8, 30), saigon_time(THURSDAY, 15, 45))
    calendar.visit(*busy)
    planner = VisitPlanner(calendar.db, "tm")
    given = planner.inputs(one_day(THURSDAY), [calendar.planned])
    (fixed,) = given.fixed
    assert fixed.account_id == calendar.other
    assert fixed.location == pytest.approx((HOANG_GIA[0] + 0.01, HOANG_GIA[1]))
    plan, _ = planner.propose(one_day(THURSDAY), [calendar.planned], today=THURSDAY)
    (new,) = [v for v in plan.visits if not v.fixed]
    assert new.start >= busy[1].replace(tzinfo=None)


def _managed_by(calendar: Calendar, code: str, manager: str | None, *accounts) -> None:  # type: ignore[no-untyped-def]
    with calendar.db.session() as session:
        territory = Territory(code=code, name=code, country_code="VN", manager_name=manager)
        session.add(territory)
        session.flush()
        for account in accounts:
            session.get(Account, account).territory_id = territory.id


def test_a_colleagues_visit_does_not_take_the_managers_time(calendar: Calendar) -> None:
    # A team's database: the garage next door is in Minh's territory, not Lan's.
    _managed_by(calendar, "VN-LAN", "Lan", calendar.planned)
    _managed_by(calendar, "VN-MINH", " Minh ", calendar.other)
    busy = (saigon_time(THURSDAY, 8, 30), saigon_time(THURSDAY, 15, 45))
    calendar.visit(*busy)
    planner = VisitPlanner(calendar.db, "tm")
    assert planner.inputs(one_day(THURSDAY), [calendar.planned]).fixed == ()
    plan, _ = planner.propose(one_day(THURSDAY), [calendar.planned], today=THURSDAY)
    (new,) = plan.visits
    assert new.start < busy[1].replace(tzinfo=None)
    # Planning both garages (or the whole database), Minh's visit counts again.
    both = planner.inputs(one_day(THURSDAY), [calendar.planned, calendar.other])
    assert [f.account_id for f in both.fixed] == [calendar.other]
    assert [f.account_id for f in planner.inputs(one_day(THURSDAY)).fixed] == [calendar.other]


@pytest.mark.parametrize("manager", ["Lan", None, "  "])
def test_a_visit_in_the_managers_own_or_an_unmanaged_territory_counts(
    calendar: Calendar, manager: str | None
) -> None:
    _managed_by(calendar, "VN-LAN", "Lan", calendar.planned)
    _managed_by(calendar, "VN-NEXT", manager, calendar.other)
    calendar.visit(saigon_time(THURSDAY, 8, 30), saigon_time(THURSDAY, 15, 45))
    given = VisitPlanner(calendar.db, "tm").inputs(one_day(THURSDAY), [calendar.planned])
    assert [f.account_id for f in given.fixed] == [calendar.other]


def test_a_visit_past_local_midnight_is_planned_around(calendar: Calendar) -> None:
    # The tester's visit: 15:45–17:15 UTC is 22:45–00:15 in Ho Chi Minh City.
    start = datetime(2026, 11, 25, 15, 45, tzinfo=UTC)
    calendar.visit(start, start + timedelta(minutes=90))
    period = PlanSettings(first_day=WEDNESDAY, last_day=THURSDAY)
    plan, _ = VisitPlanner(calendar.db, "tm").propose(period, [calendar.planned], today=WEDNESDAY)
    kept = [(v.day, v.start.time(), v.end.time()) for v in plan.visits if v.fixed]
    assert kept == [
        (WEDNESDAY, dt_time(22, 45), dt_time(0, 15)),
        (THURSDAY, dt_time(22, 45), dt_time(0, 15)),
    ]
    assert plan.proposed_count == 1


def test_any_visit_in_the_database_is_taken_as_it_is(calendar: Calendar) -> None:
    at_ten = saigon_time(THURSDAY, 10)
    calendar.visit(at_ten, at_ten)  # no length
    calendar.visit(saigon_time(THURSDAY, 12), saigon_time(THURSDAY, 11))  # ends before it starts
    calendar.visit(saigon_time(WEDNESDAY, 20), saigon_time(THURSDAY, 9))  # began the day before
    calendar.visit(saigon_time(THURSDAY, 13), saigon_time(THURSDAY, 17), VisitStatus.CANCELLED)
    calendar.visit(saigon_time(THURSDAY, 13), saigon_time(THURSDAY, 17), archived=True)
    calendar.visit(
        saigon_time(THURSDAY, 13), saigon_time(THURSDAY, 14), VisitStatus.DONE
    )  # done today: its time was used
    planner = VisitPlanner(calendar.db, "tm")
    plan, _ = planner.propose(one_day(THURSDAY), [calendar.planned], today=THURSDAY)
    kept = sorted((v.start.time(), v.end.time()) for v in plan.visits if v.fixed)
    assert kept == [
        (dt_time(10), dt_time(10)),
        (dt_time(12), dt_time(12)),
        (dt_time(13), dt_time(14)),
        (dt_time(20), dt_time(9)),
    ]
    (new,) = [v for v in plan.visits if not v.fixed]
    for begins, ends in ((9, 9), (10, 10), (12, 12), (13, 14)):
        assert new.end <= datetime.combine(THURSDAY, dt_time(begins)) or new.start >= (
            datetime.combine(THURSDAY, dt_time(ends))
        )
