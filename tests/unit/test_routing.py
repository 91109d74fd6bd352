"""Ordering a day's stops: offline distances, short routes, time windows and breaks."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.geo import (
    ROAD_WINDING_FACTOR,
    distance_matrix_km,
    haversine_km,
    road_km,
    travel_minutes,
    whole_travel_minutes,
)
from acct_desktop.domain.route_search import by_window, cheapest_insertion, nearest_neighbour
from acct_desktop.domain.routing import (
    EXACT_STOP_LIMIT,
    DayFrame,
    RouteProblem,
    RouteStop,
    drive,
    merge_breaks,
    plan_route,
    schedule_route,
    visit_start,
)

AMSTERDAM = (52.3676, 4.9041)
ROTTERDAM = (51.9244, 4.4777)
HOME = (52.10, 5.10)
EIGHT, FIVE_PM = 8 * 60, 17 * 60

points = st.tuples(
    st.floats(min_value=51.5, max_value=52.5, allow_nan=False),
    st.floats(min_value=4.0, max_value=6.0, allow_nan=False),
)


def frame(**changes: object) -> DayFrame:
    values: dict[object, object] = {
        "day_start": EIGHT,
        "day_end": 24 * 60 * 10,
        "speed_kmh": 60.0,
        "start": HOME,
        "return_to_start": False,
    }
    values.update(changes)
    return DayFrame(**values)  # type: ignore[arg-type]


def road(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(*a, *b) * ROAD_WINDING_FACTOR


def brute_force_km(locations, start, return_to_start: bool) -> float:
    """The shortest drive over every order, computed independently of the solver."""
    best = math.inf
    for order in itertools.permutations(range(len(locations))):
        legs = [locations[i] for i in order]
        km = sum(road(a, b) for a, b in itertools.pairwise(legs))
        if start is not None:
            km += road(start, legs[0]) if legs else 0.0
            if return_to_start:
                km += road(legs[-1], start) if legs else 0.0
        best = min(best, km)
    return 0.0 if best is math.inf else best


# -- geometry ---------------------------------------------------------------------------


def test_amsterdam_to_rotterdam_is_57_km_as_the_crow_flies() -> None:
    assert haversine_km(*AMSTERDAM, *ROTTERDAM) == pytest.approx(57.23, abs=0.01)
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


@given(points, points, points)
def test_distances_are_symmetric_and_obey_the_triangle_inequality(a, b, c) -> None:
    assert haversine_km(*a, *b) == pytest.approx(haversine_km(*b, *a))
    assert haversine_km(*a, *a) == 0.0
    assert haversine_km(*a, *c) <= haversine_km(*a, *b) + haversine_km(*b, *c) + 1e-9


def test_distance_matrix_is_symmetric_with_a_zero_diagonal() -> None:
    matrix = distance_matrix_km([AMSTERDAM, ROTTERDAM, HOME])
    assert [matrix[i][i] for i in range(3)] == [0.0, 0.0, 0.0]
    assert matrix[0][1] == matrix[1][0] == haversine_km(*AMSTERDAM, *ROTTERDAM)
    assert distance_matrix_km([]) == []


def test_sixty_straight_km_at_sixty_kmh_take_78_minutes_on_winding_roads() -> None:
    assert road_km(60.0) == pytest.approx(78.0)
    assert travel_minutes(60.0, 60.0) == pytest.approx(78.0)
    assert travel_minutes(60.0, 60.0, winding_factor=1.0) == pytest.approx(60.0)
    assert whole_travel_minutes(10.0, 60.0) == 13  # 12.999... minutes round up to 13
    assert whole_travel_minutes(0.0, 60.0) == 0
    with pytest.raises(ValueError, match="speed"):
        travel_minutes(1.0, 0.0)
    with pytest.raises(ValueError, match="factor"):
        road_km(1.0, 0.9)


# -- time rules -------------------------------------------------------------------------


def test_driving_pauses_for_a_break_and_a_visit_never_overlaps_one() -> None:
    lunch = ((12 * 60, 12 * 60 + 30),)
    assert drive(11 * 60 + 50, 20, lunch) == 12 * 60 + 40  # 10 min before, 10 after lunch
    assert drive(12 * 60 + 10, 5, lunch) == 12 * 60 + 35  # waits for lunch to end
    assert drive(11 * 60, 20, lunch) == 11 * 60 + 20
    assert visit_start(11 * 60 + 30, 45, lunch) == 12 * 60 + 30
    assert visit_start(11 * 60, 45, lunch) == 11 * 60
    assert merge_breaks([(60, 90), (0, 30), (80, 120), (200, 200)]) == ((0, 30), (60, 120))


def test_a_stop_never_starts_before_its_window_opens() -> None:
    stops = [RouteStop(AMSTERDAM, 30, earliest_start=14 * 60)]
    route = plan_route(stops, frame())
    assert route.stops[0].arrival < 14 * 60
    assert route.stops[0].start == 14 * 60
    assert route.feasible


def test_windows_decide_the_order_when_geography_alone_would_be_late() -> None:
    # Geographically Amsterdam (near home) comes first, but Rotterdam only receives at 9:00
    # and closes its window at 9:30, so it must be served first.
    stops = [
        RouteStop(AMSTERDAM, 30),
        RouteStop(ROTTERDAM, 30, earliest_start=9 * 60, latest_start=9 * 60 + 30),
    ]
    route = plan_route(stops, frame(start=(52.30, 4.95)))
    assert route.order == (1, 0)
    assert route.feasible
    assert EIGHT <= route.stops[0].start <= 9 * 60 + 30


def test_an_impossible_window_is_reported_not_hidden() -> None:
    stops = [
        RouteStop(AMSTERDAM, 60, earliest_start=10 * 60, latest_start=10 * 60),
        RouteStop(ROTTERDAM, 60, earliest_start=10 * 60, latest_start=10 * 60),
    ]
    route = plan_route(stops, frame())
    assert not route.feasible
    assert len(route.late_stops) == 1
    late = route.late_stops[0]
    assert late.late_by == late.start - 10 * 60 > 0
    assert sorted(route.order) == [0, 1]


def test_a_day_that_runs_late_reports_its_overrun() -> None:
    stops = [RouteStop(ROTTERDAM, 120)]
    route = plan_route(stops, frame(day_end=10 * 60, return_to_start=True))
    assert route.overrun == route.finish - 10 * 60 > 0
    assert not route.feasible
    assert route.return_km == pytest.approx(road(ROTTERDAM, HOME))


# -- small cases --------------------------------------------------------------------------


def test_zero_stops_make_an_empty_day() -> None:
    route = plan_route([], frame(return_to_start=True))
    assert route.order == ()
    assert route.travel_km == 0.0
    assert route.finish == EIGHT
    assert route.feasible


def test_a_single_stop_is_driven_to_and_back() -> None:
    route = plan_route([RouteStop(AMSTERDAM, 45)], frame(return_to_start=True))
    expected = road(HOME, AMSTERDAM)
    assert route.order == (0,)
    assert route.stops[0].travel_km == pytest.approx(expected)
    assert route.travel_km == pytest.approx(2 * expected)
    minutes = whole_travel_minutes(haversine_km(*HOME, *AMSTERDAM), 60.0)
    assert route.stops[0].start == EIGHT + minutes
    assert route.finish == EIGHT + minutes + 45 + minutes


def test_identical_points_cost_nothing_between_them() -> None:
    stops = [RouteStop(AMSTERDAM, 10) for _ in range(6)]
    route = plan_route(stops, frame())
    assert sorted(route.order) == list(range(6))
    assert [s.travel_km for s in route.stops[1:]] == [0.0] * 5
    assert route.travel_km == pytest.approx(road(HOME, AMSTERDAM))


def test_without_a_start_point_the_day_starts_at_the_first_stop() -> None:
    stops = [RouteStop(AMSTERDAM, 30), RouteStop(ROTTERDAM, 30)]
    route = plan_route(stops, frame(start=None, return_to_start=True))
    assert route.stops[0].travel_km == 0.0
    assert route.stops[0].start == EIGHT
    assert route.return_km == 0.0
    assert route.travel_km == pytest.approx(road(AMSTERDAM, ROTTERDAM))


def test_stops_without_a_location_come_last_and_cost_no_travel() -> None:
    stops = [
        RouteStop(None, 20, earliest_start=15 * 60),
        RouteStop(AMSTERDAM, 30),
        RouteStop(None, 20),
    ]
    route = plan_route(stops, frame(return_to_start=True))
    assert route.order == (1, 2, 0)
    assert [s.travel_km for s in route.stops[1:]] == [0.0, 0.0]
    assert route.return_km == pytest.approx(road(AMSTERDAM, HOME))


def test_a_manual_order_is_timed_as_given() -> None:
    stops = [RouteStop(AMSTERDAM, 30), RouteStop(ROTTERDAM, 30)]
    route = schedule_route(stops, frame(), (1, 0))
    assert route.order == (1, 0)
    assert route.travel_km == pytest.approx(road(HOME, ROTTERDAM) + road(ROTTERDAM, AMSTERDAM))
    with pytest.raises(ValueError, match="exactly once"):
        schedule_route(stops, frame(), (0, 0))


# -- optimality -------------------------------------------------------------------------

modes = st.sampled_from(["open", "return", "no start"])


def _frame_for(mode: str) -> DayFrame:
    return frame(start=None if mode == "no start" else HOME, return_to_start=mode == "return")


@settings(max_examples=150, deadline=None)
@given(st.lists(points, min_size=0, max_size=EXACT_STOP_LIMIT), modes)
def test_small_days_are_routed_optimally(locations, mode) -> None:
    day = _frame_for(mode)
    route = plan_route([RouteStop(p, 15) for p in locations], day)
    expected = brute_force_km(locations, day.start, day.return_to_start)
    assert route.travel_km == pytest.approx(expected, rel=1e-9, abs=1e-9)


def _improving_move_exists(problem: RouteProblem, path: tuple[int, ...]) -> bool:
    """Enumerates every 2-opt, Or-opt and exchange move, independently of the solver."""
    current = problem.cost(path)[1]
    m = len(path)
    moves = []
    for i in range(m):
        for j in range(i + 1, m):
            moves.append(path[:i] + path[i : j + 1][::-1] + path[j + 1 :])
    for length in (1, 2, 3):
        for i in range(m - length + 1):
            segment, rest = path[i : i + length], path[:i] + path[i + length :]
            for k in range(len(rest) + 1):
                for piece in (segment, segment[::-1]):
                    moves.append(rest[:k] + piece + rest[k:])
    for i in range(m):
        for j in range(i + 1, m):
            swapped = list(path)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            moves.append(tuple(swapped))
    return any(problem.cost(move)[1] < current - 1e-6 for move in moves)


@settings(max_examples=250, deadline=None)
@given(st.lists(points, min_size=2, max_size=12), modes)
def test_the_heuristic_ends_in_a_local_optimum_never_worse_than_its_construction(
    locations, mode
) -> None:
    problem = RouteProblem([RouteStop(p, 15) for p in locations], _frame_for(mode))
    route = problem.solve(exact_limit=0)
    assert sorted(route.order) == list(range(len(locations)))
    assert route.travel_km <= problem.cost(nearest_neighbour(problem))[1] + 1e-9
    assert route.travel_km <= problem.cost(cheapest_insertion(problem))[1] + 1e-9
    assert not _improving_move_exists(problem, route.order)


@settings(max_examples=40, deadline=None)
@given(st.lists(points, min_size=1, max_size=10), modes)
def test_the_same_stops_give_the_same_route(locations, mode) -> None:
    stops = [RouteStop(p, 15) for p in locations]
    assert plan_route(stops, _frame_for(mode)) == plan_route(list(stops), _frame_for(mode))


# -- timing invariants ------------------------------------------------------------------

timed_stops = st.lists(
    st.tuples(
        points,
        st.integers(min_value=5, max_value=90),
        st.one_of(st.none(), st.integers(min_value=EIGHT, max_value=16 * 60)),
        st.integers(min_value=0, max_value=240),
    ).map(lambda t: RouteStop(t[0], t[1], t[2], None if t[2] is None else t[2] + t[3])),
    min_size=0,
    max_size=10,
)


@settings(max_examples=80, deadline=None)
@given(timed_stops, st.booleans(), st.booleans())
def test_every_stop_waits_for_its_window_and_lateness_is_reported(
    stops, with_lunch, return_to_start
) -> None:
    lunch = ((12 * 60, 12 * 60 + 45),) if with_lunch else ()
    day = frame(day_end=FIVE_PM, breaks=lunch, return_to_start=return_to_start)
    route = plan_route(stops, day)
    previous_end, here = EIGHT, day.start
    for timed in route.stops:
        stop = stops[timed.index]
        assert timed.arrival == drive(previous_end, timed.travel_minutes, lunch)
        assert timed.travel_minutes == whole_travel_minutes(
            haversine_km(*here, *stop.location), 60.0
        )
        assert timed.start >= max(timed.arrival, stop.earliest_start or EIGHT)
        assert timed.end == timed.start + stop.duration
        assert all(timed.end <= b or timed.start >= e for b, e in lunch)
        latest = stop.latest_start
        assert timed.late_by == (0 if latest is None else max(0, timed.start - latest))
        previous_end, here = timed.end, stop.location
    assert route.overrun == max(0, route.finish - FIVE_PM)
    assert route.feasible == (route.lateness == 0)


@settings(max_examples=60, deadline=None)
@given(timed_stops)
def test_a_route_that_starts_on_time_stays_on_time(stops) -> None:
    day = frame(day_end=FIVE_PM)
    problem = RouteProblem(stops, day)
    path = by_window(problem)
    start_cost = problem.cost(problem.full_order(path))
    route = problem.solve((path,))
    assert route.lateness <= start_cost[0]
    if start_cost[0] == 0:
        assert route.feasible
        assert route.travel_km <= start_cost[1] + 1e-9


def test_a_day_of_many_fixed_appointments_keeps_their_time_order() -> None:
    """Dozens of stops pinned to their times (a full day of appointments) are routed in time
    order at once; a local search over them took minutes and hung the planner."""
    stops = [
        RouteStop(
            (52.0 + (i * 7 % 13) / 100, 4.5 + (i * 5 % 11) / 100),
            10,
            EIGHT + i * 12,
            EIGHT + i * 12,
        )
        for i in reversed(range(60))
    ]
    route = plan_route(stops, frame())
    starts = [stops[i].earliest_start for i in route.order]
    assert starts == sorted(starts) and len(route.order) == 60
