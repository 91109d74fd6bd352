"""Visit cycles per tier and per account: which rule applies, what is refused, and that the
planner and the calendar's conflicts use the account's days and hours."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.visit_conflicts import CalendarEntry, ConflictKind, WorkingTime, conflicts
from acct_desktop.domain.visit_planning import PlanSettings
from acct_desktop.services.visit_cycles import CycleRejected, CycleRule, VisitCycleService
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account
from tests.conftest import DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def test_the_accounts_own_rule_wins_else_its_tiers(db: Database) -> None:
    cycles = VisitCycleService(db, "tm")
    with db.session() as session:
        a, b = session.scalars(select(Account).where(Account.tier == Tier.B).limit(2)).all()
    cycles.save_tier(Tier.B, CycleRule(interval_days=10, duration_minutes=45))
    own = CycleRule(
        interval_days=21,
        preferred_weekdays=frozenset({1, 3}),
        closed_weekdays=frozenset({5, 6}),
        visit_from=time(9),
        visit_to=time(15),
    )
    cycles.save_account(a.id, own)
    rules = cycles.rules_for([a.id, b.id])
    assert rules[a.id].interval_days == 21 and rules[a.id].source == "account"
    assert rules[a.id].visiting_hours == (time(9), time(15))
    cycles.save_account(b.id, None)
    assert (cycles.rule_for(b.id).interval_days, cycles.rule_for(b.id).source) == (10, "tier")
    cycles.save_account(a.id, None)
    assert cycles.rule_for(a.id).source == "tier"


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (CycleRule(interval_days=0), "interval_days"),
        (CycleRule(duration_minutes=5), "duration_minutes"),
        (
            CycleRule(preferred_weekdays=frozenset({2}), closed_weekdays=frozenset({2})),
            "closed_weekdays",
        ),
        (CycleRule(visit_from=time(9)), "visit_from"),
        (CycleRule(visit_from=time(15), visit_to=time(9)), "visit_to"),
        (CycleRule(closed_weekdays=frozenset(range(7))), "closed_weekdays"),
    ],
)
def test_impossible_rules_are_refused_per_field(db: Database, rule: CycleRule, field: str) -> None:
    with pytest.raises(CycleRejected) as caught:
        VisitCycleService(db, "tm").save_tier(Tier.A, rule)
    assert field in caught.value.problems


def test_closed_days_and_visiting_hours_reach_the_planner_and_the_calendar(db: Database) -> None:
    cycles = VisitCycleService(db, "tm")
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.country_code == "NL")).first()
    cycles.save_account(
        account.id,
        CycleRule(
            interval_days=7, closed_weekdays=frozenset({0}), visit_from=time(10), visit_to=time(12)
        ),
    )
    monday = DEMO_TODAY + timedelta(days=(7 - DEMO_TODAY.weekday()) % 7 or 7)
    given = VisitPlanner(db, "tm").inputs(
        PlanSettings(first_day=monday, last_day=monday + timedelta(days=4)), [account.id]
    )
    planned = given.accounts[0]
    assert planned.closed_weekdays == frozenset({0})
    assert planned.visiting_hours == (time(10), time(12))
    at = datetime.combine(monday, time(9))
    found = conflicts(
        [
            CalendarEntry(
                "v", at, at + timedelta(hours=1), False, frozenset({0}), (time(10), time(12))
            )
        ],
        WorkingTime(),
    )
    assert [c.kind for c in found] == [ConflictKind.CLOSED_DAY]
    tuesday = at + timedelta(days=1)
    found = conflicts(
        [
            CalendarEntry(
                "v",
                tuesday,
                tuesday + timedelta(hours=1),
                False,
                frozenset({0}),
                (time(10), time(12)),
            )
        ],
        WorkingTime(),
    )
    assert [c.kind for c in found] == [ConflictKind.OUTSIDE_VISITING_HOURS]
