"""Ordering one day's stops so that the day's driving is short and its time windows hold.

The heuristic is written here on purpose instead of pulling in Google OR-Tools (a ~30 MB
dependency for a problem of a dozen stops a day); the search itself lives in
:mod:`acct_desktop.domain.route_search`, the time rules in
:mod:`acct_desktop.domain.route_timing`:

1. **Construction** — several starting orders: nearest neighbour, cheapest insertion, by
   window opening (when stops have windows) and any order the caller passes.
2. **Improvement** — on each starting order, 2-opt (reverse a stretch), Or-opt (move a
   stretch of 1–3 stops elsewhere, forwards or reversed) and exchange (swap two stops), first
   improvement, repeated until no single move improves the route; the best result wins.
3. **Exact for small days** — with up to ``EXACT_STOP_LIMIT`` (7) located stops every order
   is examined (depth-first, cut by the best route so far and a lower bound), so those
   routes are optimal. This matters: the local search alone is a local optimum only — on
   3,600 random instances of 4–7 stops it was optimal in 98.4 % and at worst 7.9 % longer
   (a "swap two pairs" improvement is not one move). Eight stops would cost ~15 ms a day.

A route's quality is compared *lexicographically*: first the minutes of lateness (a stop
starting after its latest start, plus the minutes the day runs past ``day_end``), then the
road kilometres. So a move that shortens the drive but makes a stop late is never taken.

What is guaranteed (see also ``tests/unit/test_routing.py``):

* The route visits every stop exactly once and is deterministic: the same stops in the same
  order give the same route (ties are broken by the stops' input positions).
* Times are whole minutes from midnight. Travel minutes per leg are rounded up. A stop never
  starts before ``day_start`` or its ``earliest_start`` (the manager waits instead), nothing
  happens during a break (no driving, no visit): driving pauses and resumes after it, and a
  visit that would overlap a break starts after it. A stop with a ``step`` starts on a
  multiple of it (the manager waits until then).
* Lateness is *reported*, never hidden: ``ScheduledStop.late_by``, ``Route.overrun`` and
  ``Route.feasible``. The search minimises lateness first but cannot promise to find an
  on-time order whenever one exists (that problem is NP-hard), except for small days, which
  are solved exactly.
* The result is never worse than any of its starting orders, and with more than
  ``EXACT_STOP_LIMIT`` stops it is a local optimum: no single 2-opt, Or-opt or exchange move
  improves it. With up to ``EXACT_STOP_LIMIT`` located stops it is optimal.
* Stops without a location cannot be placed geographically: they go after the located stops
  (by earliest start, then input position) with no travel counted to or from them.
* With no start point the day starts at its first stop at ``day_start`` (a free choice of
  first stop) and ``return_to_start`` is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from acct_desktop.domain.geo import (
    ROAD_WINDING_FACTOR,
    LatLon,
    distance_matrix_km,
    estimated_drive,
)
from acct_desktop.domain.route_search import (
    better,
    by_window,
    cheapest_insertion,
    exact_path,
    improve,
    nearest_neighbour,
)
from acct_desktop.domain.route_timing import drive, merge_breaks, visit_start

__all__ = [
    "EXACT_STOP_LIMIT",
    "DayFrame",
    "Route",
    "RouteProblem",
    "RouteStop",
    "ScheduledStop",
    "drive",
    "merge_breaks",
    "plan_route",
    "schedule_route",
    "visit_start",
]

EXACT_STOP_LIMIT = 7
_NEVER = 10**9


@dataclass(frozen=True, slots=True)
class RouteStop:
    """One place to visit: where, for how long, and when its visit may start (minutes from
    midnight; ``None`` means no limit) — on a multiple of ``step`` minutes (a proposed
    visit: the calendar's quarter hour; a booked one keeps its minute)."""

    location: LatLon | None
    duration: int = 0
    earliest_start: int | None = None
    latest_start: int | None = None
    step: int = 1


@dataclass(frozen=True, slots=True)
class DayFrame:
    """The day around the stops: working hours in minutes from midnight, where the day
    starts, driving speed, and breaks (``(start, end)`` minutes) when nothing happens."""

    day_start: int
    day_end: int
    speed_kmh: float
    start: LatLon | None = None
    return_to_start: bool = False
    breaks: tuple[tuple[int, int], ...] = ()
    winding_factor: float = ROAD_WINDING_FACTOR


@dataclass(frozen=True, slots=True)
class ScheduledStop:
    """A stop with its times: ``index`` is its position in the input."""

    index: int
    arrival: int
    start: int
    end: int
    travel_km: float
    travel_minutes: int
    late_by: int


@dataclass(frozen=True, slots=True)
class Route:
    """An ordered, timed day. ``travel_km`` includes the way back when there is one;
    ``finish`` is when the last visit ends or, returning, when the manager is back."""

    order: tuple[int, ...]
    stops: tuple[ScheduledStop, ...]
    travel_km: float
    return_km: float
    return_minutes: int
    finish: int
    overrun: int

    @property
    def lateness(self) -> int:
        """Minutes of lateness in total: stops after their latest start plus overrun."""
        return sum(stop.late_by for stop in self.stops) + self.overrun

    @property
    def feasible(self) -> bool:
        """Every stop on time and the day finished by ``day_end``."""
        return self.lateness == 0

    @property
    def late_stops(self) -> tuple[ScheduledStop, ...]:
        """The stops that start after their latest start."""
        return tuple(stop for stop in self.stops if stop.late_by > 0)


class RouteProblem:
    """The distances, travel minutes and time rules of one day, and the search over orders."""

    def __init__(self, stops: Sequence[RouteStop], frame: DayFrame) -> None:
        if frame.day_end < frame.day_start:
            raise ValueError("the day cannot end before it starts")
        if frame.speed_kmh <= 0:
            raise ValueError("the travel speed must be positive")
        self.stops = tuple(stops)
        self.frame = frame
        n = len(self.stops)
        self.start_node, self.end_node = n, n + 1
        self.breaks = merge_breaks(frame.breaks)
        self.located = tuple(i for i, s in enumerate(self.stops) if s.location is not None)
        self.is_located = [s.location is not None for s in self.stops]
        self.unlocated = tuple(
            sorted(
                (i for i, s in enumerate(self.stops) if s.location is None),
                key=lambda i: (self._earliest_of(i), i),
            )
        )
        self.earliest = [self._earliest_of(i) for i in range(n)]
        self.latest = [_NEVER if s.latest_start is None else s.latest_start for s in self.stops]
        self.duration = [max(0, s.duration) for s in self.stops]
        self.step = [max(1, s.step) for s in self.stops]
        self._build_matrices()

    def _earliest_of(self, i: int) -> int:
        earliest = self.stops[i].earliest_start
        return self.frame.day_start if earliest is None else max(earliest, self.frame.day_start)

    def _build_matrices(self) -> None:
        frame = self.frame
        points = [s.location or (0.0, 0.0) for s in self.stops]
        points.append(frame.start or (0.0, 0.0))
        straight = distance_matrix_km(points)
        size = len(self.stops) + 2
        km = [[0.0] * size for _ in range(size)]
        minutes = [[0] * size for _ in range(size)]
        real = [*self.is_located, frame.start is not None]
        for i in range(size - 1):
            for j in range(i + 1, size - 1):
                if real[i] and real[j]:
                    leg = estimated_drive(straight[i][j], frame.speed_kmh, frame.winding_factor)
                    km[i][j] = km[j][i] = leg.km
                    minutes[i][j] = minutes[j][i] = leg.minutes
        if frame.start is not None and frame.return_to_start:
            for i in range(size - 1):
                km[i][self.end_node] = km[i][self.start_node]
                minutes[i][self.end_node] = minutes[i][self.start_node]
        self.km = km
        self.minutes = minutes

    # -- evaluating an order ------------------------------------------------------------

    def full_order(self, path: Sequence[int]) -> tuple[int, ...]:
        """A path over the located stops followed by the unlocated stops."""
        return (*path, *self.unlocated)

    def cost(self, order: Sequence[int]) -> tuple[int, float]:
        """``(lateness minutes, road km)`` of visiting the stops in ``order``."""
        km, minutes, breaks = self.km, self.minutes, self.breaks
        here, t, total_km, late = self.start_node, self.frame.day_start, 0.0, 0
        for i in order:
            if self.is_located[i]:
                total_km += km[here][i]
                t = drive(t, minutes[here][i], breaks)
                here = i
            start = visit_start(max(t, self.earliest[i]), self.duration[i], breaks, self.step[i])
            if start > self.latest[i]:
                late += start - self.latest[i]
            t = start + self.duration[i]
        total_km += km[here][self.end_node]
        t = drive(t, minutes[here][self.end_node], breaks)
        return late + max(0, t - self.frame.day_end), total_km

    def schedule(self, order: Sequence[int]) -> Route:
        """The timed route for ``order`` (a permutation of all stop indices)."""
        if sorted(order) != list(range(len(self.stops))):
            raise ValueError("the order must list every stop exactly once")
        km, minutes, breaks = self.km, self.minutes, self.breaks
        here, t, total_km = self.start_node, self.frame.day_start, 0.0
        timed: list[ScheduledStop] = []
        for i in order:
            leg_km, leg_minutes = 0.0, 0
            if self.is_located[i]:
                leg_km, leg_minutes = km[here][i], minutes[here][i]
                t = drive(t, leg_minutes, breaks)
                here = i
            start = visit_start(max(t, self.earliest[i]), self.duration[i], breaks, self.step[i])
            late_by = max(0, start - self.latest[i])
            timed.append(
                ScheduledStop(i, t, start, start + self.duration[i], leg_km, leg_minutes, late_by)
            )
            total_km += leg_km
            t = start + self.duration[i]
        back_km, back_minutes = km[here][self.end_node], minutes[here][self.end_node]
        finish = drive(t, back_minutes, breaks)
        return Route(
            order=tuple(order),
            stops=tuple(timed),
            travel_km=total_km + back_km,
            return_km=back_km,
            return_minutes=back_minutes,
            finish=finish,
            overrun=max(0, finish - self.frame.day_end),
        )

    # -- the whole search -----------------------------------------------------------------

    def solve(
        self, initial_paths: Sequence[Sequence[int]] = (), exact_limit: int = EXACT_STOP_LIMIT
    ) -> Route:
        """The best route found (see the module docstring for what is guaranteed).
        ``initial_paths`` are extra starting paths over the located stops; days with up to
        ``exact_limit`` located stops are solved exactly."""
        if len(self.located) > exact_limit and all(
            self.stops[i].earliest_start is not None
            and self.stops[i].earliest_start == self.stops[i].latest_start
            for i in self.located
        ):
            # Every stop is pinned to its time (a day of fixed appointments): time order is
            # the only order that can be on time, so there is nothing to search — and a
            # local search over dozens of pinned stops would take minutes in Python.
            pinned = sorted(self.located, key=lambda i: (self.stops[i].earliest_start, i))
            return self.schedule(self.full_order(pinned))
        starts: list[tuple[int, ...]] = []
        for given in initial_paths:
            if sorted(given) != sorted(self.located):
                raise ValueError("a starting path must list every located stop exactly once")
            starts.append(tuple(given))
        starts += [nearest_neighbour(self), cheapest_insertion(self)]
        if any(
            self.stops[i].earliest_start is not None or self.stops[i].latest_start is not None
            for i in self.located
        ):
            starts.append(by_window(self))
        best_path: tuple[int, ...] | None = None
        best_cost: tuple[int, float] | None = None
        seen: set[tuple[int, ...]] = set()
        for start in starts:
            if start in seen:
                continue
            seen.add(start)
            path = improve(self, start)
            cost = self.cost(self.full_order(path))
            if best_cost is None or better(cost, best_cost):
                best_path, best_cost = path, cost
        assert best_path is not None and best_cost is not None
        if len(self.located) <= exact_limit:
            exact = exact_path(self, best_cost)
            if exact is not None:
                best_path = exact
        return self.schedule(self.full_order(best_path))

    def insert(self, path: Sequence[int], stop: int) -> tuple[int, ...] | None:
        """The cheapest place to insert located ``stop`` into ``path`` that keeps the day on
        time (lateness 0), or ``None`` when no place does."""
        km, start, end = self.km, self.start_node, self.end_node
        places = []
        for k in range(len(path) + 1):
            a = path[k - 1] if k else start
            b = path[k] if k < len(path) else end
            places.append((km[a][stop] + km[stop][b] - km[a][b], k))
        for _, k in sorted(places):
            candidate = (*path[:k], stop, *path[k:])
            if self.cost(self.full_order(candidate))[0] == 0:
                return candidate
        return None


def plan_route(
    stops: Sequence[RouteStop],
    frame: DayFrame,
    *,
    initial_path: Sequence[int] | None = None,
) -> Route:
    """Order and time one day's ``stops`` (see the module docstring for the guarantees).
    ``initial_path`` is an optional starting order of the located stops' indices."""
    problem = RouteProblem(stops, frame)
    return problem.solve(() if initial_path is None else (initial_path,))


def schedule_route(stops: Sequence[RouteStop], frame: DayFrame, order: Sequence[int]) -> Route:
    """Time the stops in a given order (e.g. one the manager rearranged by hand)."""
    return RouteProblem(stops, frame).schedule(order)
