"""Which day each wanted account is visited on: geographic day groups, most urgent first.

Method (deterministic: every tie is broken by the account's position in the id-sorted input;
no set or dict iteration order is relied on):

1. **How many visits fit.** Each open day's capacity is estimated as the smaller of its free
   slots (``max_visits_per_day`` minus fixed appointments) and its free minutes divided by
   (median visit duration + ``TRAVEL_ALLOWANCE_MINUTES``). The *pool* is that many of the most
   urgent wanted accounts that could go on at least one open day.
2. **Seed and grow, day by day in date order.** A day's seed is the most urgent pool account
   that may be visited that day; the day then grows by the pool account nearest to the day's
   group (distance divided by ``1 + score/100``, so urgent accounts look nearer). An account
   is *near* when within ``far_km`` of a member of the group, where ``far_km`` is
   ``FAR_FACTOR`` × the median nearest-neighbour distance in the pool (at least
   ``FAR_FLOOR_KM``). Growth stops at the first account that is not near, unless the later
   days' capacity cannot take the rest of the pool — so two far-apart clusters share a day only
   when capacity forces it. A day with located fixed appointments grows around them instead
   of a seed. An account that prefers other weekdays and still has such a day later, or that
   lies near a fixed appointment on a later day, waits for that day unless capacity forces
   otherwise; an account whose last possible day this is joins regardless of distance.
3. **Every addition keeps the day on time**: it is inserted where the route stays feasible
   (windows, breaks, fixed appointments, back by day end) or it is not added. After growing,
   the day's route is optimised (:mod:`acct_desktop.domain.routing`), which keeps it on time.
4. **Fill.** Pool accounts left over, then the next most urgent accounts (up to
   ``FILL_LOOKAHEAD_FACTOR`` × pool size more), go to the nearest day with room, preferring
   their preferred weekdays, so spare capacity is used.

Distances for grouping are chord kilometres between Earth-centred points
(:func:`~acct_desktop.domain.geo.surface_point`): true to the great circle within 0.03 % at
territory scale, anywhere on the globe, and much faster than the haversine.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from acct_desktop.domain.routing import DayFrame, Route, RouteProblem, RouteStop, merge_breaks
from acct_desktop.domain.visit_plan_days import BookedPiece
from acct_desktop.domain.visit_plan_model import FixedVisit, PlanningAccount
from acct_desktop.domain.visit_priority import Urgency

FAR_FACTOR = 3.0
FAR_FLOOR_KM = 2.0
TRAVEL_ALLOWANCE_MINUTES = 15
FILL_LOOKAHEAD_FACTOR = 4
FILL_LOOKAHEAD_MIN = 100
XYZ = tuple[float, float, float]


@dataclass(slots=True, eq=False)
class Candidate:
    """A wanted account on its way into the plan. ``day_stops`` (a customer on another
    clock) are its stop on each day index where it can be visited, with that day's window;
    otherwise ``stop`` holds on every day."""

    position: int
    account: PlanningAccount
    urgency: Urgency
    stop: RouteStop
    point: XYZ | None
    eligible: list[int] = field(default_factory=list)
    day: int | None = None
    day_stops: dict[int, RouteStop] | None = None

    def stop_on(self, index: int) -> RouteStop | None:
        """The stop as the day with ``index`` takes it; None when it cannot take it."""
        return self.stop if self.day_stops is None else self.day_stops.get(index)


@dataclass(slots=True, eq=False)
class DayPart:
    """What one stop of a day is: a fixed appointment or a proposed candidate."""

    fixed: FixedVisit | None = None
    candidate: Candidate | None = None


class DayBuilder:
    """One day of the period while it is being filled: its stops, route and room."""

    def __init__(
        self,
        index: int,
        day: date,
        frame: DayFrame,
        fixed_stops: Sequence[tuple[RouteStop, FixedVisit, XYZ | None]],
        capacity: int,
        working: bool,
        start_point: XYZ | None,
        blocks: Sequence[BookedPiece] = (),
        not_before: int | None = None,
    ) -> None:
        """``fixed_stops`` are located fixed appointments (stop, booking, surface point);
        ``blocks`` are the day's other pieces of fixed appointments — without a place, or
        carried over from the day before — (they are also among the frame's breaks).
        ``capacity`` is how many proposals the day may take. Only ``working`` days accept
        proposals, and only when their fixed appointments can all be kept. ``not_before``
        (today: the minute after now) is the earliest any proposal may start."""
        self.index, self.day, self.start_point = index, day, start_point
        self.working = working
        self.not_before = not_before
        self.blocks = list(blocks)
        self.stops = [stop for stop, _, _ in fixed_stops]
        self.parts = [DayPart(fixed=visit) for _, visit, _ in fixed_stops]
        self.anchors = [point for _, _, point in fixed_stops if point is not None]
        self.members: list[Candidate] = []
        self.frame, self.route = _keepable(self.stops, frame)
        self._problem = RouteProblem(self.stops, self.frame)
        self.path = self._located_path(self.route)
        # How late each fixed appointment that cannot be kept would be.
        self.late_by = [stop.late_by for stop in self.route.late_stops]
        self.late_by += _overlaps([piece.busy for piece in blocks])
        self.capacity = capacity
        self.open = working and not self.late_by and capacity > 0
        self.changed = False

    def _located_path(self, route: Route) -> tuple[int, ...]:
        return tuple(i for i in route.order if self.stops[i].location is not None)

    @property
    def room(self) -> int:
        """How many more proposals the day may take."""
        return self.capacity - len(self.members) if self.open else 0

    def free_minutes(self) -> int:
        """Day length minus visits, driving and breaks (an upper bound on what is left)."""
        busy = sum(s.end - s.start for s in self.route.stops)
        busy += sum(s.travel_minutes for s in self.route.stops) + self.route.return_minutes
        busy += sum(
            max(0, min(e, self.frame.day_end) - max(b, self.frame.day_start))
            for b, e in merge_breaks(self.frame.breaks)
        )
        return self.frame.day_end - self.frame.day_start - busy

    def estimated_capacity(self, minutes_per_visit: int) -> int:
        """Free slots, limited by the free time at ``minutes_per_visit`` each."""
        return min(self.room, max(0, self.free_minutes()) // max(1, minutes_per_visit))

    def try_add(self, candidate: Candidate) -> bool:
        """Add the candidate if the day stays on time; report whether it was added."""
        stop = candidate.stop_on(self.index)
        if self.room <= 0 or stop is None or not self.admits(stop):
            return False
        stop = self._own_stop(stop)
        stops = [*self.stops, stop]
        problem = RouteProblem(stops, self.frame)
        new = len(self.stops)
        if stop.location is None:
            path: tuple[int, ...] | None = self.path
            if problem.cost(problem.full_order(self.path))[0] != 0:
                path = None
        else:
            path = problem.insert(self.path, new)
        if path is None:
            return False
        self.stops, self._problem, self.path = stops, problem, path
        self.parts.append(DayPart(candidate=candidate))
        self.members.append(candidate)
        self.route = problem.schedule(problem.full_order(path))
        candidate.day = self.index
        self.changed = True
        return True

    def admits(self, stop: RouteStop) -> bool:
        """Whether a visit with ``stop``'s window may start on this day at all (today, not
        before ``not_before``)."""
        return self.not_before is None or (
            stop.latest_start is None or stop.latest_start >= self.not_before
        )

    def _own_stop(self, stop: RouteStop) -> RouteStop:
        """``stop`` as this day takes it: today, starting no earlier than ``not_before``."""
        if self.not_before is None:
            return stop
        earliest = max(stop.earliest_start or 0, self.not_before)
        return replace(stop, earliest_start=earliest)

    def optimise(self) -> None:
        """Re-order the day's route (it stays on time, see the routing module)."""
        self.route = self._problem.solve((self.path,))
        self.path = self._located_path(self.route)
        self.changed = False

    def group_points(self) -> list[XYZ]:
        """Where the day already goes: located fixed appointments and proposals."""
        return [*self.anchors, *(m.point for m in self.members if m.point is not None)]

    def distance_to(self, point: XYZ | None, empty_day_km: float) -> float:
        """Chord km from ``point`` to the day's nearest located visit, else to the start
        point, else ``empty_day_km``; 0 for an account without a location."""
        if point is None:
            return 0.0
        points = self.group_points()
        if points:
            return min(math.dist(point, p) for p in points)
        if self.start_point is None:
            return empty_day_km
        return math.dist(point, self.start_point)


def _keepable(stops: Sequence[RouteStop], frame: DayFrame) -> tuple[DayFrame, Route]:
    """The day's frame and the route of its fixed appointments. When they are all kept but
    the way home ends after the frame (a drive paused by a busy block), the frame ends when
    the manager is home: that is no clash, and the day's end is the appointments' own."""
    route = RouteProblem(stops, frame).solve()
    if route.overrun and not route.late_stops:
        frame = replace(frame, day_end=route.finish)
        route = RouteProblem(stops, frame).solve()
    return frame, route


def _overlaps(spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each time block that begins before the blocks before it end (in start order),
    the minutes by which it would begin late."""
    late, reach = [], None
    for begins, ends in sorted(spans):
        if reach is not None and begins < reach:
            late.append(reach - begins)
        reach = ends if reach is None else max(reach, ends)
    return late


def far_km(pool: Sequence[Candidate]) -> float:
    """The distance beyond which an account is not *near* a day's group."""
    points = [c.point for c in pool if c.point is not None]
    if len(points) < 2:
        return FAR_FLOOR_KM
    nearest = sorted(
        min(math.dist(p, q) for j, q in enumerate(points) if j != i) for i, p in enumerate(points)
    )
    return max(FAR_FLOOR_KM, FAR_FACTOR * nearest[len(nearest) // 2])


def assign_days(
    candidates: Sequence[Candidate],
    days: Sequence[DayBuilder],
    check: Callable[[], None],
    advance: Callable[[], None],
) -> None:
    """Put ``candidates`` (most urgent first, each with its ``eligible`` day indexes) on
    days; ``check`` may raise to cancel, ``advance`` marks a day as done."""
    open_days = [d for d in days if d.open]
    durations = sorted(c.account.duration_minutes for c in candidates) or [0]
    per_visit = durations[len(durations) // 2] + TRAVEL_ALLOWANCE_MINUTES
    estimate = {d.index: d.estimated_capacity(per_visit) for d in open_days}
    placeable = [c for c in candidates if c.eligible]
    pool_size = sum(estimate.values())
    pool = placeable[:pool_size]
    radius = far_km(pool)
    _grow(pool, open_days, days, estimate, radius, check, advance)
    lookahead = max(FILL_LOOKAHEAD_MIN, FILL_LOOKAHEAD_FACTOR * pool_size)
    leftovers = [c for c in pool if c.day is None]
    leftovers += placeable[pool_size : pool_size + lookahead]
    _fill(leftovers, open_days, days, radius, check)
    for day in open_days:
        if day.changed:
            day.optimise()


def _grow(
    pool: Sequence[Candidate],
    open_days: Sequence[DayBuilder],
    days: Sequence[DayBuilder],
    estimate: dict[int, int],
    radius: float,
    check: Callable[[], None],
    advance: Callable[[], None],
) -> None:
    unplaced = len(pool)
    appointment_days = _appointment_days(pool, days, radius)
    for position, day in enumerate(open_days):
        check()
        later_capacity = sum(estimate[d.index] for d in open_days[position + 1 :])
        here = [c for c in pool if c.day is None and day.index in c.eligible]
        weekday = day.day.weekday()
        waits = {
            c.position: _waits_for_preferred_day(c, day, weekday, days)
            or _waits_for_appointment(appointment_days.get(c.position, ()), day.index)
            for c in here
        }
        last_chance = {c.position: c.eligible[-1] == day.index for c in here}
        tried: set[int] = set()  # membership only
        distance: dict[int, float] = {}
        group = day.group_points()
        if not group:
            forced = later_capacity < unplaced
            seeds = [c for c in here if c.point is not None and (forced or not waits[c.position])]
            seeds.sort(key=lambda c: (-c.urgency.score, c.position))
            for seed in seeds:
                if day.try_add(seed):
                    unplaced -= 1
                    break
                tried.add(seed.position)
            group = day.group_points()
        for c in here:
            if c.point is not None and group:
                distance[c.position] = min(math.dist(c.point, p) for p in group)
        while day.room > 0:
            forced = later_capacity < unplaced
            best: tuple[tuple[bool, float, int], Candidate] | None = None
            for c in here:
                if c.day is not None or c.position in tried:
                    continue
                km = distance.get(c.position, radius)
                must = last_chance[c.position]
                if not (must or forced) and (waits[c.position] or km > radius):
                    continue
                key = (not must, km / (1.0 + max(c.urgency.score, 0.0) / 100.0), c.position)
                if best is None or key < best[0]:
                    best = (key, c)
            if best is None:
                break
            chosen = best[1]
            if not day.try_add(chosen):
                tried.add(chosen.position)
                continue
            unplaced -= 1
            if chosen.point is not None:
                for c in here:
                    if c.point is not None and c.day is None:
                        km = math.dist(c.point, chosen.point)
                        if km < distance.get(c.position, math.inf):
                            distance[c.position] = km
        if day.changed:
            day.optimise()
        advance()


def _appointment_days(
    pool: Sequence[Candidate], days: Sequence[DayBuilder], radius: float
) -> dict[int, tuple[int, ...]]:
    """For each pool account, the days it may go on with a fixed appointment nearby."""
    anchored = {}
    for c in pool:
        if c.point is None:
            continue
        near = tuple(
            i
            for i in c.eligible
            if days[i].anchors and min(math.dist(c.point, a) for a in days[i].anchors) <= radius
        )
        if near:
            anchored[c.position] = near
    return anchored


def _waits_for_appointment(appointment_days: Sequence[int], today: int) -> bool:
    """Near a fixed appointment on a later day, and none today: better visited then."""
    return today not in appointment_days and any(i > today for i in appointment_days)


def _waits_for_preferred_day(
    candidate: Candidate, day: DayBuilder, weekday: int, days: Sequence[DayBuilder]
) -> bool:
    preferred = candidate.account.preferred_weekdays
    if not preferred or weekday in preferred:
        return False
    return any(days[i].day.weekday() in preferred for i in candidate.eligible if i > day.index)


def _fill(
    leftovers: Sequence[Candidate],
    open_days: Sequence[DayBuilder],
    days: Sequence[DayBuilder],
    radius: float,
    check: Callable[[], None],
) -> None:
    for count, candidate in enumerate(leftovers):
        if count % 64 == 0:
            check()
            if not any(d.room > 0 for d in open_days):
                return
        duration = candidate.account.duration_minutes
        preferred = candidate.account.preferred_weekdays
        options = [
            days[i]
            for i in candidate.eligible
            if days[i].room > 0 and days[i].free_minutes() >= duration
        ]
        options.sort(
            key=lambda d: (
                bool(preferred) and d.day.weekday() not in preferred,
                d.distance_to(candidate.point, radius),
                d.index,
            )
        )
        for day in options:
            if day.try_add(candidate):
                break
