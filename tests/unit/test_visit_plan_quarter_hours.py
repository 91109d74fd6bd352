"""Proposed visits start on the calendar's quarter hour (10:15, never 10:09) and the plan
stays feasible: no proposed visit overlaps another visit of its day, whatever minute the
working day, the lunch break, the visiting hours or the booked visits fall on."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.visit_planning import Plan, generate_plan
from tests.unit.test_visit_plan_bookings import calendars
from tests.unit.test_visit_planning import (
    AMSTERDAM,
    FRIDAY,
    account,
    near,
    territories,
    week,
)


def _keeps_the_quarter_hour_and_overlaps_nothing(plan: Plan) -> None:
    for day in plan.days:
        for visit in day.visits:
            if not visit.fixed:
                assert visit.start.minute % 15 == 0 and visit.start.second == 0, visit
        timed = sorted(day.visits, key=lambda v: (v.start, v.end))
        for visit in (v for v in timed if not v.fixed):
            others = [v for v in timed if v is not visit and v.end > v.start]
            clash = [v for v in others if v.start < visit.end and visit.start < v.end]
            assert not clash, f"{visit} overlaps {clash}"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(territories())
def test_every_proposed_visit_starts_on_the_quarter_hour(case) -> None:
    accounts, period, fixed, today = case
    _keeps_the_quarter_hour_and_overlaps_nothing(
        generate_plan(accounts, period, fixed, today=today)
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars(), st.integers(0, 24 * 60 - 1))
def test_around_visits_booked_at_any_minute_and_after_now(case, minute: int) -> None:
    accounts, period, fixed, today = case
    now = None
    if period.first_day <= today <= period.last_day:
        now = datetime.combine(today, time()) + timedelta(minutes=minute)
    plan = generate_plan(accounts, period, fixed, today=today, now=now)
    _keeps_the_quarter_hour_and_overlaps_nothing(plan)


def test_a_day_of_odd_minutes_books_on_the_quarter_hour() -> None:
    """As the tester's week had them (10:09, 14:38, 09:44): a working day from 08:07, visits
    of 47 minutes a few km apart, a drive from home to the first."""
    accounts = [
        account(f"a{i}", where=near(AMSTERDAM, i, spread=0.02), duration_minutes=47)
        for i in range(5)
    ]
    plan = generate_plan(accounts, week(day_start=time(8, 7)), today=FRIDAY)
    starts = [v.start.time() for v in plan.visits]
    assert len(starts) == 5
    assert all(t.minute % 15 == 0 for t in starts), starts
