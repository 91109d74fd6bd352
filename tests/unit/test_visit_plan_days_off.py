"""The planner keeps off public holidays, the manager's days off and the past part of today.

Christmas week 2026: Thursday 24 December is the manager's day off, Friday 25 December is
Christmas Day. On Monday 21 December the manager plans the week at 10:07.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.visit_plan_days import (
    TODAY_MINUTES_NEEDED,
    minutes_left_today,
    skipped_reason,
    takes_new_visits,
    today_starts_at,
)
from acct_desktop.domain.visit_planning import (
    DayOff,
    DayOffKind,
    FixedVisit,
    PlanningAccount,
    PlanSettings,
    ReasonKind,
    generate_plan,
)

MONDAY = date(2026, 12, 21)
CHRISTMAS_EVE = date(2026, 12, 24)
CHRISTMAS = date(2026, 12, 25)
UTRECHT = (52.09, 5.12)
CHRISTMAS_DAY = DayOff(CHRISTMAS, DayOffKind.PUBLIC_HOLIDAY, "Christmas Day")
TRAINING = DayOff(CHRISTMAS_EVE, DayOffKind.DAY_OFF, "training")


def christmas_week(**fields) -> PlanSettings:
    values = {
        "first_day": MONDAY,
        "last_day": CHRISTMAS,
        "max_visits_per_day": 2,
        "speed_kmh": 60.0,
        "start_latitude": UTRECHT[0],
        "start_longitude": UTRECHT[1],
        "lunch_break": (time(12, 30), time(13, 15)),
        "days_off": (CHRISTMAS_DAY, TRAINING),
    }
    values.update(fields)
    return PlanSettings(**values)


def due(count: int, **fields) -> list[PlanningAccount]:
    """``count`` accounts around Utrecht, all overdue (visited two months ago)."""
    return [
        PlanningAccount(
            id=f"A{n:02}",
            name=f"Account {n}",
            latitude=UTRECHT[0] + 0.01 * (n % 5),
            longitude=UTRECHT[1] + 0.01 * (n // 5),
            last_visit=MONDAY - timedelta(days=60),
            **fields,
        )
        for n in range(count)
    ]


def new_visits(plan):  # type: ignore[no-untyped-def]
    return [visit for visit in plan.visits if not visit.fixed]


# -- holidays and days off ----------------------------------------------------------------


def test_no_new_visits_on_a_public_holiday_or_a_day_off() -> None:
    plan = generate_plan(due(20), christmas_week(), today=MONDAY)
    days = {visit.day for visit in new_visits(plan)}
    assert days == {MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)}
    assert [(s.day, s.reason.kind, s.reason.name) for s in plan.skipped] == [
        (CHRISTMAS_EVE, ReasonKind.DAY_OFF, "training"),
        (CHRISTMAS, ReasonKind.PUBLIC_HOLIDAY, "Christmas Day"),
    ]
    # With no days off the same accounts fill Thursday and Friday too.
    open_week = generate_plan(due(20), christmas_week(days_off=()), today=MONDAY)
    assert {CHRISTMAS_EVE, CHRISTMAS} <= {v.day for v in new_visits(open_week)}
    assert open_week.skipped == ()


def test_a_visit_booked_on_a_holiday_stays_as_it_is() -> None:
    booked = FixedVisit("A00", datetime(2026, 12, 25, 10), datetime(2026, 12, 25, 11), UTRECHT)
    plan = generate_plan(due(3), christmas_week(), [booked], today=MONDAY)
    christmas = next(day for day in plan.days if day.day == CHRISTMAS)
    assert [(v.account_id, v.start, v.fixed) for v in christmas.visits] == [
        ("A00", booked.start, True)
    ]
    assert CHRISTMAS in {s.day for s in plan.skipped}


def test_a_holiday_on_a_weekend_or_before_today_is_not_a_skipped_day() -> None:
    saturday = DayOff(date(2026, 12, 26), DayOffKind.PUBLIC_HOLIDAY, "Second Day of Christmas")
    week = christmas_week(last_day=date(2026, 12, 27), days_off=(saturday, CHRISTMAS_DAY))
    assert skipped_reason(saturday.day, week, MONDAY) is None
    assert skipped_reason(CHRISTMAS, week, today=date(2026, 12, 28)) is None  # in the past
    plan = generate_plan(due(4), week, today=MONDAY)
    assert [s.day for s in plan.skipped] == [CHRISTMAS]


def test_a_holiday_is_named_before_a_day_off_on_the_same_day() -> None:
    leave = DayOff(CHRISTMAS, DayOffKind.DAY_OFF, "leave")
    week = christmas_week(days_off=(leave, CHRISTMAS_DAY))
    reason = skipped_reason(CHRISTMAS, week, MONDAY)
    assert reason is not None and reason.kind is ReasonKind.PUBLIC_HOLIDAY
    assert reason.text == "Christmas Day"


def test_skipped_days_say_why_in_words() -> None:
    week = christmas_week(days_off=(CHRISTMAS_DAY, TRAINING, DayOff(MONDAY, DayOffKind.DAY_OFF)))
    assert skipped_reason(CHRISTMAS, week, MONDAY).text == "Christmas Day"
    assert skipped_reason(CHRISTMAS_EVE, week, MONDAY).text == "day off: training"
    assert skipped_reason(MONDAY, week, MONDAY).text == "day off"


def test_only_holidays_left_says_there_are_no_working_days() -> None:
    week = christmas_week(first_day=CHRISTMAS_EVE)
    plan = generate_plan(due(2), week, today=MONDAY)
    assert plan.visits == ()
    assert {u.reason.kind for u in plan.unplanned} == {ReasonKind.NO_WORKING_DAYS}
    assert [s.day for s in plan.skipped] == [CHRISTMAS_EVE, CHRISTMAS]


# -- today, after now ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clock", "minute"),
    [
        (time(10, 7), 10 * 60 + 15),
        (time(10, 15), 10 * 60 + 15),
        (time(10, 15, 1), 10 * 60 + 30),
        (time(10, 0), 10 * 60),
        (time(23, 59, 30), 24 * 60),
        (time(0, 0), 0),
    ],
)
def test_today_starts_at_the_next_quarter_hour(clock: time, minute: int) -> None:
    assert today_starts_at(datetime.combine(MONDAY, clock)) == minute


def test_new_visits_today_start_after_now() -> None:
    now = datetime(2026, 12, 21, 10, 7)
    plan = generate_plan(due(12), christmas_week(max_visits_per_day=4), today=MONDAY, now=now)
    today = [v for v in new_visits(plan) if v.day == MONDAY]
    assert today, "the rest of Monday is used"
    assert min(v.start for v in today) >= datetime(2026, 12, 21, 10, 15)
    # The drive there is counted from now too: the first stop is ~1–5 km from home.
    first = min(today, key=lambda v: v.start)
    assert first.start >= datetime(2026, 12, 21, 10, 15) + timedelta(minutes=first.travel_minutes)
    # Without now the same plan starts Monday in the morning: the test can tell.
    morning = generate_plan(due(12), christmas_week(max_visits_per_day=4), today=MONDAY)
    assert min(v.start for v in new_visits(morning) if v.day == MONDAY) < now


def test_with_a_booking_earlier_today_new_visits_still_start_after_now() -> None:
    now = datetime(2026, 12, 21, 11, 40)
    booked = FixedVisit("A00", datetime(2026, 12, 21, 9), datetime(2026, 12, 21, 10), UTRECHT)
    plan = generate_plan(due(12), christmas_week(), [booked], today=MONDAY, now=now)
    today = [v for v in new_visits(plan) if v.day == MONDAY]
    assert today
    assert all(v.start >= datetime(2026, 12, 21, 11, 45) for v in today)
    assert plan.days[0].warnings == ()  # the morning's booking is no clash


def test_an_account_closing_before_now_is_not_planned_today() -> None:
    now = datetime(2026, 12, 21, 14, 0)
    morning_only = due(1, visiting_hours=(time(9), time(12)))
    plan = generate_plan(morning_only, christmas_week(), today=MONDAY, now=now)
    assert [v.day for v in new_visits(plan)] == [MONDAY + timedelta(days=1)]


def test_today_is_skipped_when_too_little_of_it_is_left() -> None:
    week = christmas_week()  # 08:30–17:30
    late = datetime(2026, 12, 21, 16, 40)  # 17:30 - 16:45 = 45 minutes
    plan = generate_plan(due(12), week, today=MONDAY, now=late)
    assert MONDAY not in {v.day for v in new_visits(plan)}
    assert plan.skipped[0].day == MONDAY
    assert plan.skipped[0].reason.kind is ReasonKind.TOO_LATE_TODAY
    assert plan.skipped[0].reason.text == "too little of today is left"
    # Lunch does not count as time left: at 11:50 there are 40 minutes before lunch and the
    # afternoon after it.
    assert minutes_left_today(week, today_starts_at(datetime(2026, 12, 21, 11, 50))) == (
        (12 * 60 + 30 - (12 * 60)) + (17 * 60 + 30 - (13 * 60 + 15))
    )
    lunch_time = datetime(2026, 12, 21, 16, 20)  # 17:30 - 16:30 = 60: just enough
    assert takes_new_visits(MONDAY, week, MONDAY, lunch_time)
    assert not takes_new_visits(MONDAY, week, MONDAY, late)


def test_now_must_be_today() -> None:
    with pytest.raises(ValueError, match="today"):
        generate_plan(due(1), christmas_week(), today=MONDAY, now=datetime(2026, 12, 22, 9))


# -- the rules hold whatever the days off and the clock ---------------------------------------


@st.composite
def weeks_with_days_off(draw):  # type: ignore[no-untyped-def]
    first = MONDAY + timedelta(days=draw(st.integers(0, 6)))
    length = draw(st.integers(0, 9))
    last = first + timedelta(days=length)
    period = [first + timedelta(days=k) for k in range(length + 1)]
    off_days = draw(st.lists(st.sampled_from(period), max_size=len(period), unique=True))
    kinds = st.sampled_from(list(DayOffKind))
    days_off = tuple(DayOff(day, draw(kinds), draw(st.sampled_from(["", "x"]))) for day in off_days)
    weekdays = frozenset(draw(st.sets(st.integers(0, 6), min_size=1)))
    lunch = draw(st.sampled_from([None, (time(12), time(13)), (time(12, 30), time(13, 15))]))
    week = christmas_week(
        first_day=first,
        last_day=last,
        working_weekdays=weekdays,
        lunch_break=lunch,
        days_off=days_off,
        max_visits_per_day=draw(st.integers(1, 4)),
    )
    today = draw(st.sampled_from(period))
    clock = draw(st.one_of(st.none(), st.times()))
    now = None if clock is None else datetime.combine(today, clock)
    accounts = due(draw(st.integers(0, 14)))
    return accounts, week, today, now


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks_with_days_off())
def test_no_proposal_on_a_day_off_nor_before_now(case) -> None:  # type: ignore[no-untyped-def]
    accounts, week, today, now = case
    plan = generate_plan(accounts, week, today=today, now=now)
    off = {d.day for d in week.days_off}
    for visit in new_visits(plan):
        assert visit.day not in off
        assert visit.day >= today
        assert takes_new_visits(visit.day, week, today, now)
        if now is not None and visit.day == today:
            assert visit.start >= now
    skipped = [s.day for s in plan.skipped]
    assert skipped == sorted(set(skipped))
    for day in skipped:
        assert not takes_new_visits(day, week, today, now)
        assert day.weekday() in week.working_weekdays and day >= today
    working = [
        week.first_day + timedelta(days=k) for k in range((week.last_day - week.first_day).days + 1)
    ]
    for day in working:
        if day.weekday() in week.working_weekdays and day >= today:
            assert (day in skipped) != takes_new_visits(day, week, today, now)
    planned = {v.account_id for v in plan.visits} | {u.account_id for u in plan.unplanned}
    assert planned == {a.id for a in accounts}
    if now is not None and today in skipped:
        left = minutes_left_today(week, today_starts_at(now))
        assert left < TODAY_MINUTES_NEEDED or today in off
