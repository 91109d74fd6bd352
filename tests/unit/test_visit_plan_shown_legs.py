"""A day's kilometres in *Plan visits…* are those of the visits in the order shown (their
times): each row's drive is from the row above it, the day's total is the rows' sum plus the
way back from the last row — the same reckoning as the printed route sheet
(``domain.visit_legs.drives_in_order``), also on a day whose booked visits clash, where the
planner's route searched the stops in another order."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import permutations, product

import pytest

from acct_desktop.domain.geo import drive_between
from acct_desktop.domain.visit_legs import drives_in_order
from acct_desktop.domain.visit_plan_model import whole_km
from acct_desktop.domain.visit_planning import FixedVisit, Plan, PlannedDay, ProposedVisit
from tests.unit.test_visit_planning import (
    AMSTERDAM,
    HOME,
    MONDAY,
    ROTTERDAM,
    account,
    plan_for,
    week,
)

HAARLEM, UTRECHT = (52.3874, 4.6462), (52.0907, 5.1214)
PLACES = {"a": AMSTERDAM, "b": HAARLEM, "c": ROTTERDAM, "d": UTRECHT}
# Start times in minutes after 10:00; 60-minute visits: 0 and 15 (and 0 and 0) overlap, a
# gap of 60 is too short for most of these drives, so most orders of times clash.
TIMES = (0, 15, 60, 240)


TUESDAY = MONDAY + timedelta(days=1)


def at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(10)) + timedelta(minutes=minutes)


def monday(plan) -> PlannedDay:
    return next(d for d in plan.days if d.day == MONDAY)


def shown_places(day: PlannedDay) -> list:
    return [PLACES.get(str(v.account_id)) for v in day.visits]


def check_rows_follow_the_order_shown(day: PlannedDay, start, returning: bool) -> None:
    places = shown_places(day)
    expected = drives_in_order(places, 60.0, start)
    for visit, leg in zip(day.visits, expected, strict=True):
        assert visit.travel_km_from_previous == (leg.km if leg else 0.0), visit
        assert visit.travel_minutes == (leg.minutes if leg else 0), visit
    back = drive_between(places[-1], start, 60.0) if start and returning else None
    assert day.return_km == (back.km if back else 0.0)
    rows = sum(v.travel_km_from_previous for v in day.visits)
    assert day.travel_km == pytest.approx(rows + day.return_km)
    starts = [v.start for v in day.visits]
    assert starts == sorted(starts)
    assert [v.order_in_day for v in day.visits] == list(range(1, len(day.visits) + 1))


@pytest.mark.parametrize("start", [None, HOME])
@pytest.mark.parametrize("returning", [True, False])
def test_every_order_of_clashing_bookings_shows_each_rows_drive_from_the_row_above(
    start, returning
) -> None:
    """Exhaustively: four booked visits at four places, every assignment of four start
    times (overlapping, too close to drive between, far apart) to the places."""
    accounts = [account(k, where=p) for k, p in PLACES.items()]
    extra = {} if start is None else {"start_latitude": start[0], "start_longitude": start[1]}
    period = week(
        last_day=MONDAY,
        return_to_start=returning,
        **({"start_latitude": None, "start_longitude": None} if start is None else extra),
    )
    clashed = 0
    for times in permutations(TIMES):
        fixed = [
            FixedVisit(k, at(MONDAY, m), at(MONDAY, m + 60))
            for k, m in zip(PLACES, times, strict=True)
        ]
        day = monday(plan_for(accounts, period, fixed=fixed))
        clashed += bool(day.warnings)
        check_rows_follow_the_order_shown(day, start, returning)
    assert clashed == 24  # 0 and 15 always overlap: every order clashes


@pytest.mark.parametrize("where", list(product([None, "a", "c"], repeat=3)))
def test_visits_without_a_place_break_the_drive_as_on_the_route_sheet(where) -> None:
    """A booked visit without a place (or of an account not planned) has no drive to or from
    it: the row after it says nothing, as the route sheet prints "—"."""
    accounts = [account(k, where=p) for k, p in PLACES.items()]
    fixed = []
    for n, key in enumerate(where):
        ident = key or f"elsewhere-{n}"
        fixed.append(FixedVisit(ident, at(MONDAY, 90 * n), at(MONDAY, 90 * n + 30)))
    day = monday(plan_for(accounts, week(last_day=MONDAY), fixed=fixed))
    check_rows_follow_the_order_shown(day, HOME, True)


# -- a day's total as a reader adds up its rows -------------------------------------------

LEGS = (0.0, 0.4, 0.5, 0.6, 1.49, 2.5, 10.45, 99.5)


def test_whole_km_rounds_halves_up() -> None:
    assert [whole_km(km) for km in LEGS] == [0, 0, 1, 1, 1, 3, 10, 100]


@pytest.mark.parametrize("back", LEGS)
def test_a_days_total_is_the_sum_of_its_rows_as_shown(back) -> None:
    """Every three legs and way back from LEGS: the day's shown km is the sum of the
    whole km on its rows, never the rounded exact sum (5 × 10.4 km: 50, not 52)."""
    for legs in product(LEGS, repeat=3):
        visits = tuple(
            ProposedVisit("x", MONDAY, at(MONDAY, n), at(MONDAY, n + 1), n + 1, km, 0, ())
            for n, km in enumerate(legs)
        )
        day = PlannedDay(MONDAY, visits, back, 0, at(MONDAY, 9))
        assert day.shown_km == sum(whole_km(km) for km in (*legs, back))
    rows = tuple(
        ProposedVisit("x", MONDAY, at(MONDAY, n), at(MONDAY, n + 1), n + 1, 10.4, 0, ())
        for n in range(5)
    )
    five = PlannedDay(MONDAY, rows, 0.0, 0, at(MONDAY, 9))
    assert (five.shown_km, round(five.travel_km)) == (50, 52)
    plan = Plan((five, PlannedDay(TUESDAY, rows, back, 0, at(TUESDAY, 9))), ())
    assert plan.new_km_shown == 50 + 50 + whole_km(back)
