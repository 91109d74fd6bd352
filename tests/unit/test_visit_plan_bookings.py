"""The visits already in the calendar, as the planner sees them: late-night visits that run
past midnight, visits over several days, visits that take no time, other accounts' visits —
they all keep their time, take up the manager's time and count towards each day's visits."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.geo import haversine_km, whole_travel_minutes
from acct_desktop.domain.sentences import duration_text
from acct_desktop.domain.visit_planning import (
    FixedVisit,
    Plan,
    PlanSettings,
    ProposedVisit,
    Reason,
    ReasonKind,
    generate_plan,
)
from tests.unit.test_visit_planning import (
    AMSTERDAM,
    FRIDAY,
    HOME,
    MAASTRICHT,
    MONDAY,
    account,
    kinds,
    near,
    plan_for,
    week,
)

TUESDAY, WEDNESDAY = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def overlaps(visit: ProposedVisit, booking: FixedVisit) -> bool:
    """Whether a proposed visit takes time a booking takes (a booking of no length at a
    moment strictly inside the visit counts: the manager cannot be in two places)."""
    if booking.end == booking.start:
        return visit.start < booking.start < visit.end
    return visit.start < booking.end and booking.start < visit.end


def proposals(plan: Plan) -> list[ProposedVisit]:
    return [v for v in plan.visits if not v.fixed]


def touches(booking: FixedVisit, day: date) -> bool:
    """Whether the booking takes some of ``day`` (its end is not part of it)."""
    begins, ends = at(day, 0), at(day, 0) + timedelta(days=1)
    if booking.end == booking.start:
        return begins <= booking.start < ends
    return booking.start < ends and booking.end > begins


# -- past midnight ------------------------------------------------------------------------


def test_a_late_visit_that_runs_past_midnight_is_kept_on_both_days() -> None:
    # The tester's case: 22:45–00:15 local; the planner refused it and planned nothing.
    late = FixedVisit("late", at(TUESDAY, 22, 45), at(WEDNESDAY, 0, 15))
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(12)]
    plan = plan_for([account("late"), *accounts], week(max_visits_per_day=3), fixed=[late])

    tuesday, wednesday = plan.visits_by_day[TUESDAY], plan.visits_by_day[WEDNESDAY]
    assert [(v.start, v.end) for v in tuesday if v.fixed] == [(late.start, late.end)]
    carried = [v for v in wednesday if v.fixed]
    assert [(v.start, v.end) for v in carried] == [(late.start, late.end)]
    assert carried[0].reasons == (
        Reason(ReasonKind.FIXED_APPOINTMENT),
        Reason(ReasonKind.CONTINUED, on=TUESDAY),
    )
    assert carried[0].reasons[1].text == "continued from Tue 10 Nov"
    # It counts on each day it touches: two new visits beside it, not three.
    assert len(tuesday) == len(wednesday) == 3
    assert not any(day.warnings for day in plan.days)
    assert not any(overlaps(v, late) for v in proposals(plan))


def test_a_visit_carried_past_midnight_into_the_working_day_keeps_its_morning() -> None:
    night = FixedVisit("night", at(MONDAY, 20), at(TUESDAY, 10, 30))
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(30)]
    plan = plan_for(accounts, week(), fixed=[night])
    tuesday = [v for v in proposals(plan) if v.day == TUESDAY]
    assert tuesday, "the rest of Tuesday is used"
    assert all(v.start >= at(TUESDAY, 10, 30) for v in tuesday)


def test_a_visit_over_several_days_blocks_the_days_it_covers() -> None:
    fair = FixedVisit("fair", at(MONDAY, 9), at(WEDNESDAY, 17), location=AMSTERDAM)
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(10)]
    plan = plan_for(accounts, week(), fixed=[fair])
    assert {v.day for v in plan.visits if v.fixed} == {MONDAY, TUESDAY, WEDNESDAY}
    assert proposals(plan)
    assert not any(overlaps(v, fair) for v in proposals(plan))
    # Monday's morning is too short to drive there and back, Wednesday's evening too.
    assert {v.day for v in proposals(plan)} <= {
        MONDAY + timedelta(days=3),
        MONDAY + timedelta(days=4),
    }


def test_a_visit_that_takes_no_time_is_kept_and_counts() -> None:
    instant = FixedVisit("call", at(MONDAY, 10), at(MONDAY, 10))
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(6)]
    plan = plan_for(accounts, week(max_visits_per_day=2, last_day=MONDAY), fixed=[instant])
    monday = plan.visits_by_day[MONDAY]
    assert len(monday) == 2
    assert [(v.start, v.end) for v in monday if v.fixed] == [(instant.start, instant.end)]
    assert not any(overlaps(v, instant) for v in proposals(plan))


def test_a_visit_begun_before_the_period_still_takes_its_first_morning() -> None:
    overnight = FixedVisit("sunday", at(MONDAY - timedelta(days=1), 21), at(MONDAY, 11))
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(6)]
    plan = plan_for(accounts, week(last_day=MONDAY), fixed=[overnight])
    monday = plan.visits_by_day[MONDAY]
    assert [v.account_id for v in monday if v.fixed] == ["sunday"]
    assert all(v.start >= overnight.end for v in monday if not v.fixed)


# -- other accounts' visits ---------------------------------------------------------------


def test_a_visit_of_an_account_not_being_planned_is_driven_to_from_its_place() -> None:
    # A visit in Maastricht for an account outside the plan: the manager drives there and
    # back, so the Amsterdam visit the same day waits until the drive from Maastricht.
    away = FixedVisit("elsewhere", at(MONDAY, 11), at(MONDAY, 12), location=MAASTRICHT)
    plan = plan_for([account("ams")], week(last_day=MONDAY), fixed=[away])
    fixed, new = plan.visits_by_day[MONDAY]
    assert fixed.fixed and not new.fixed
    assert fixed.travel_minutes == whole_travel_minutes(haversine_km(*HOME, *MAASTRICHT), 60.0)
    assert ReasonKind.NO_COORDINATES not in kinds(fixed)
    drive = whole_travel_minutes(haversine_km(*MAASTRICHT, *AMSTERDAM), 60.0)
    assert new.travel_minutes == drive
    assert new.start >= away.end + timedelta(minutes=drive)


# -- the warning when appointments cannot all be kept --------------------------------------


def test_clashing_appointments_say_how_many_are_late_and_by_how_much() -> None:
    # Two appointments at the same time in the same street: either order, the second
    # starts 2 h 15 min late.
    first = FixedVisit("x", at(MONDAY, 10), at(MONDAY, 12, 15))
    second = FixedVisit("y", at(MONDAY, 10), at(MONDAY, 12, 15))
    plan = plan_for([account("x"), account("y")], fixed=[first, second])
    (warning,) = next(d for d in plan.days if d.day == MONDAY).warnings
    assert warning == Reason(ReasonKind.APPOINTMENTS_CLASH, minutes=135, count=1)
    assert warning.text == "1 fixed appointment cannot be kept on time (2 h 15 min late)"


def test_many_late_appointments_name_the_worst_not_a_sum() -> None:
    day = [
        FixedVisit("x", at(MONDAY, 9), at(MONDAY, 12)),
        FixedVisit("y", at(MONDAY, 10), at(MONDAY, 10, 30)),
        FixedVisit("z", at(MONDAY, 10, 15), at(MONDAY, 10, 45)),
    ]
    here = [account("x"), account("y", where=AMSTERDAM), account("z", where=AMSTERDAM)]
    plan = plan_for(here, fixed=day)
    (warning,) = next(d for d in plan.days if d.day == MONDAY).warnings
    # The best order sees y at 10:00, z at 10:30 (15 min late) and x at 11:00 (2 h late);
    # the minutes of all late visits added up would say nothing anyone could use.
    assert (warning.count, warning.minutes) == (2, 120)
    assert warning.text == "2 fixed appointments cannot be kept on time (up to 2 h late)"
    many = Reason(ReasonKind.APPOINTMENTS_CLASH, minutes=223_222, count=12)
    assert many.text == "12 fixed appointments cannot be kept on time (up to 155 days late)"


def test_durations_read_in_hours_and_minutes() -> None:
    assert duration_text(0) == "0 min"
    assert duration_text(45) == "45 min"
    assert duration_text(60) == "1 h"
    assert duration_text(135) == "2 h 15 min"
    assert duration_text(1440) == "1 day"
    assert duration_text(1440 + 5 * 60 + 59) == "1 day 5 h"
    assert duration_text(3 * 1440 + 60) == "3 days 1 h"
    assert duration_text(135).template == "%1 h %2 min"  # a Sentence the GUI translates


# -- random calendars ---------------------------------------------------------------------


@st.composite
def calendars(draw):
    """Random accounts and random visits already in the calendar, at any time of day, of
    any length (none, minutes, past midnight, days), for the accounts being planned or for
    others (with or without a place)."""
    first_day = MONDAY + timedelta(days=draw(st.integers(0, 3)))
    last_day = first_day + timedelta(days=draw(st.integers(0, 6)))
    day_start = draw(st.integers(7 * 60, 9 * 60))
    start = draw(st.sampled_from([None, HOME]))
    period = PlanSettings(
        first_day=first_day,
        last_day=last_day,
        working_weekdays=frozenset(draw(st.sets(st.integers(0, 6), min_size=1))),
        day_start=_clock(day_start),
        day_end=_clock(day_start + draw(st.integers(5 * 60, 10 * 60))),
        max_visits_per_day=draw(st.integers(1, 6)),
        speed_kmh=draw(st.sampled_from([30.0, 60.0, 90.0])),
        start_latitude=None if start is None else start[0],
        start_longitude=None if start is None else start[1],
        return_to_start=draw(st.booleans()),
        lunch_break=draw(st.sampled_from([None, (time(12), time(12, 45))])),
    )
    accounts = [
        account(
            f"p{i:02d}",
            where=near(draw(st.sampled_from([AMSTERDAM, MAASTRICHT])), i, spread=0.1),
            last_visit=FRIDAY - timedelta(days=draw(st.integers(20, 60))),
            duration_minutes=draw(st.sampled_from([30, 45, 60, 90])),
        )
        for i in range(draw(st.integers(0, 15)))
    ]
    ids = [a.id for a in accounts] + ["other-1", "other-2"]
    fixed = []
    for _ in range(draw(st.integers(0, 8))):
        begins = datetime.combine(first_day, time(0)) + timedelta(
            minutes=draw(st.integers(-2 * 1440, (last_day - first_day).days * 1440 + 1439))
        )
        length = draw(
            st.one_of(
                st.just(0),
                st.integers(1, 180),
                st.integers(180, 1440),
                st.integers(1440, 4 * 1440),
            )
        )
        where = draw(st.sampled_from([None, AMSTERDAM, MAASTRICHT]))
        fixed.append(
            FixedVisit(
                draw(st.sampled_from(ids)),
                begins,
                begins + timedelta(minutes=length),
                location=where,
            )
        )
    today = draw(st.sampled_from([FRIDAY, first_day]))
    return accounts, period, fixed, today


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calendars())
def test_existing_visits_are_never_booked_over_nor_the_day_overfilled(case) -> None:
    accounts, period, fixed, today = case
    plan = generate_plan(accounts, period, fixed, today=today)  # never raises
    new = proposals(plan)
    for visit in new:
        clash = [f for f in fixed if overlaps(visit, f)]
        assert not clash, f"{visit} overlaps {clash}"
    for day in {v.day for v in new}:
        existing = sum(touches(f, day) for f in fixed)
        added = sum(v.day == day for v in new)
        assert existing + added <= period.max_visits_per_day, day
    period_days = [
        period.first_day + timedelta(days=k)
        for k in range((period.last_day - period.first_day).days + 1)
    ]
    booked = {f.account_id for f in fixed if any(touches(f, d) for d in period_days)}
    assert not booked & {v.account_id for v in new}, "an account already booked is proposed"


def test_days_whose_bookings_clash_are_not_counted_and_say_why_accounts_were_left_out() -> None:
    """Monday takes the new visits; Tuesday to Friday each hold two booked visits at the same
    time (a clash), so they take none: the accounts they had room for (one each) say so,
    the one that would not have fitted anyway has no capacity left, and the plan's new
    days and kilometres are Monday's alone."""
    clashes = []
    for offset in range(1, 5):
        day = MONDAY + timedelta(days=offset)
        clashes += [
            FixedVisit(f"x{offset}", at(day, 10), at(day, 12)),
            FixedVisit(f"y{offset}", at(day, 10), at(day, 12)),
        ]
    booked = [account(f"{k}{o}", where=MAASTRICHT) for o in range(1, 5) for k in ("x", "y")]
    wanted = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(8)]
    plan = plan_for([*booked, *wanted], week(max_visits_per_day=3), fixed=clashes)
    new_days = plan.new_visit_days
    assert [d.day for d in new_days] == [MONDAY]
    assert len(plan.days) == 5  # the clashing days are listed, with their warnings
    assert plan.new_km == sum(d.travel_km for d in new_days) < plan.total_km
    left = [u.reason for u in plan.unplanned if str(u.account_id).startswith("a")]
    assert len(left) == 8 - plan.proposed_count == 5
    assert sorted(r.kind for r in left) == [ReasonKind.DAYS_CLASH] * 4 + [ReasonKind.NO_CAPACITY]
    left = [r for r in left if r.kind is ReasonKind.DAYS_CLASH]
    assert set(left) == {Reason(ReasonKind.DAYS_CLASH, count=4)}
    assert left[0].text == (
        "no room left: on 4 days the visits already booked clash, and such days take no new "
        "visits (move or cancel them)"
    )


def test_a_customer_on_another_clock_is_left_out_for_the_clash_when_every_day_clashes() -> None:
    """Every day's booked visits clash: a Dutch customer planned from Ho Chi Minh City is
    left out for that, not for "its working hours and yours do not overlap" (they do)."""
    clashes = []
    for offset in range(5):
        day = MONDAY + timedelta(days=offset)
        clashes += [
            FixedVisit(f"x{offset}", at(day, 10), at(day, 12)),
            FixedVisit(f"y{offset}", at(day, 10), at(day, 12)),
        ]
    booked = [account(f"{k}{o}", where=MAASTRICHT) for o in range(5) for k in ("x", "y")]
    dutch = account("a-dutch", where=AMSTERDAM, time_zone="Europe/Amsterdam")
    plan = plan_for([*booked, dutch], week(time_zone="Asia/Ho_Chi_Minh"), fixed=clashes)
    (left,) = [u.reason for u in plan.unplanned if u.account_id == "a-dutch"]
    assert left == Reason(ReasonKind.DAYS_CLASH, count=5)
    # With a free Monday that is too short on both clocks, the hours are why.
    free = plan_for(
        [*booked, dutch],
        week(time_zone="Asia/Ho_Chi_Minh", day_end=time(12)),
        fixed=clashes[2:],
    )
    (left,) = [u.reason for u in free.unplanned if u.account_id == "a-dutch"]
    assert left.kind is ReasonKind.HOURS_DO_NOT_OVERLAP


def _clash_on(day: date, n: int) -> list[FixedVisit]:
    return [
        FixedVisit(f"x{n}", at(day, 10), at(day, 12)),
        FixedVisit(f"y{n}", at(day, 10), at(day, 12)),
    ]


@pytest.mark.parametrize("clashing_days", range(6))
@pytest.mark.parametrize("wanted", [0, 1, 4, 9, 14, 30])
@pytest.mark.parametrize("per_day", [2, 3, 5])
def test_a_clash_is_the_reason_only_for_the_accounts_it_kept_out(
    clashing_days, wanted, per_day
) -> None:
    """Every mix of clashing days, accounts wanted and visits per day: the accounts left out
    are blamed on the clash only as many as the clashing days had room for (visits per day
    less their bookings), the most urgent left out first; the others have no capacity left
    in this period — one clashing day no longer speaks for a whole week's accounts."""
    fixed, booked = [], []
    for n in range(clashing_days):
        fixed += _clash_on(MONDAY + timedelta(days=n), n)
        booked += [account(f"x{n}", where=MAASTRICHT), account(f"y{n}", where=MAASTRICHT)]
    # the more overdue, the more urgent: a00 first
    wanted_accounts = [
        account(f"a{i:02d}", where=near(AMSTERDAM, i), last_visit=FRIDAY - timedelta(days=60 - i))
        for i in range(wanted)
    ]
    plan = plan_for([*booked, *wanted_accounts], week(max_visits_per_day=per_day), fixed=fixed)
    left = [u for u in plan.unplanned if str(u.account_id).startswith("a")]
    assert {u.reason.kind for u in left} <= {ReasonKind.DAYS_CLASH, ReasonKind.NO_CAPACITY}
    blamed = [u for u in left if u.reason.kind is ReasonKind.DAYS_CLASH]
    room = clashing_days * (per_day - 2)
    assert len(blamed) == min(len(left), room)
    assert all(u.reason.count == clashing_days for u in blamed)
    urgency = sorted(left, key=lambda u: str(u.account_id))
    assert blamed == urgency[: len(blamed)]


def test_an_account_closed_on_the_clashing_day_was_not_kept_out_by_it() -> None:
    """Monday clashes and had room for one more; the accounts closed on Mondays were kept
    out by Tuesday's capacity, and the least urgent one, open on Mondays, by the clash."""
    fixed = _clash_on(MONDAY, 0)
    booked = [account("x0", where=MAASTRICHT), account("y0", where=MAASTRICHT)]
    closed = [
        account(f"a{i:02d}", where=near(AMSTERDAM, i), closed_weekdays=frozenset({0}))
        for i in range(12)
    ]
    open_monday = account("z-open", where=AMSTERDAM, last_visit=FRIDAY - timedelta(days=29))
    plan = plan_for(
        [*booked, *closed, open_monday],
        week(max_visits_per_day=3, last_day=TUESDAY),
        fixed=fixed,
    )
    reasons = {u.account_id: u.reason.kind for u in plan.unplanned}
    assert reasons.pop("z-open") is ReasonKind.DAYS_CLASH
    assert set(reasons.values()) == {ReasonKind.NO_CAPACITY}
    assert len(reasons) == 12 - 3
