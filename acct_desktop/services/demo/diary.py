"""Each demo manager's diary: the day and time a demo visit takes so that one person keeps it.

A visit is made by the manager of its account's territory (a region: "NL-03"). That
manager spends a working day in one town, visits within the customer's working hours on the
customer's own clock (the planner's default day, 08:30–17:30, with no visit over the
12:00–13:00 lunch hour), never two visits at once, and with the drive between two visits
— the planner's own rule, :func:`acct_desktop.domain.geo.estimated_drive` at its default
speed — fitting the time between them (lunch does not count as driving time), at most as
many visits a day as the planner books. A visit that does not fit its drawn day moves to
the nearest working day that takes it (a day already spent in that town before a free
one a few days nearer), never across ``today``; when none near does (the M
and L demos hold more visits than their managers could make), it keeps its drawn time.

Pure bookkeeping, no random draws: the demo's other data stays as it was.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from acct_desktop.domain.geo import estimated_drive, haversine_km
from acct_desktop.domain.visit_plan_days import START_STEP_MINUTES
from acct_desktop.domain.visit_plan_model import PlanSettings

_DEFAULTS = PlanSettings(date(2000, 1, 3), date(2000, 1, 3))
DAY_START = _DEFAULTS.day_start.hour * 60 + _DEFAULTS.day_start.minute
DAY_END = _DEFAULTS.day_end.hour * 60 + _DEFAULTS.day_end.minute
LUNCH = (12 * 60, 13 * 60)
STEP = START_STEP_MINUTES  # every start on the quarter hour, as the planner books
MOST_A_DAY = _DEFAULTS.max_visits_per_day
SPEED_KMH = _DEFAULTS.speed_kmh
REACH = 15  # working days either side of the drawn day that a visit may move to
# A day already spent in the visit's town is preferred to a free day up to this many working
# days nearer, so a manager's days gather a town's visits and leave days free for the others.
FREE_DAY_COST = 3

Place = tuple[float, float]


@dataclass(slots=True)
class _Booked:
    start: int
    end: int
    place: Place


@dataclass(slots=True)
class _Day:
    town: Hashable
    visits: list[_Booked] = field(default_factory=list)
    full: bool = False  # a visit found no time in it: it takes no more (keeps M and L fast)


def _lunch_minutes(begins: int, ends: int) -> int:
    return max(0, min(ends, LUNCH[1]) - max(begins, LUNCH[0]))


def drive_minutes(a: Place, b: Place) -> int:
    """The planner's estimate of the drive from ``a`` to ``b``, in whole minutes."""
    return estimated_drive(haversine_km(*a, *b), SPEED_KMH).minutes


def _reaches(before: _Booked, after_start: int, place: Place) -> bool:
    """Whether, leaving ``before`` at its end, ``place`` is reached by ``after_start``."""
    if before.end > after_start:
        return False
    free = after_start - before.end - _lunch_minutes(before.end, after_start)
    return free >= drive_minutes(before.place, place)


def fits(visits: list[_Booked], start: int, minutes: int, place: Place) -> bool:
    """Whether a visit at ``place`` from ``start`` for ``minutes`` fits among ``visits``
    (sorted by start): within the day, not over lunch, reachable from the one before and
    leaving time to reach the one after."""
    end = start + minutes
    if start < DAY_START or end > DAY_END or _lunch_minutes(start, end):
        return False
    earlier = [v for v in visits if v.start < start]
    later = [v for v in visits if v.start >= start]
    if earlier and not _reaches(earlier[-1], start, place):
        return False
    return not later or _reaches(_Booked(start, end, place), later[0].start, later[0].place)


@cache
def _starts_near(wanted: int, minutes: int) -> tuple[int, ...]:
    """Quarter-hour starts in the working day, nearest ``wanted`` first (earlier on a tie)."""
    first = -(-DAY_START // STEP) * STEP
    starts = range(first, DAY_END - minutes + 1, STEP)
    return tuple(sorted(starts, key=lambda s: (abs(s - wanted), s)))


@cache
def _working_days_near(day: date, earliest: date, latest: date) -> tuple[tuple[int, date], ...]:
    """The weekdays from ``earliest`` to ``latest`` up to ``REACH`` weekdays either side of
    ``day``, each with how many weekdays it is from ``day`` (``day`` itself: 0)."""
    found: list[tuple[int, date]] = []
    if earliest <= day <= latest and day.weekday() < 5:
        found.append((0, day))
    for direction, bound in ((-1, earliest), (1, latest)):
        step, away = day, 0
        while away < REACH and (step > bound if direction < 0 else step < bound):
            step += timedelta(days=direction)
            if step.weekday() < 5:
                away += 1
                found.append((away, step))
    return tuple(found)


class Diary:
    """The demo managers' diaries, filled visit by visit (the order decides ties)."""

    def __init__(self) -> None:
        self._days: dict[Hashable, dict[date, _Day]] = {}  # by manager, then day

    def book(
        self,
        manager: Hashable,
        town: Hashable,
        place: Place,
        day: date,
        start: int,
        minutes: int,
        earliest: date,
        latest: date,
    ) -> tuple[date, int] | None:
        """Book a visit of ``minutes`` at ``place`` in ``town`` for ``manager``: on ``day``
        from ``start`` (minutes after local midnight) if it fits, else the nearest quarter
        hour that day, else the nearest working day from ``earliest`` to ``latest`` that
        takes it. Returns the (day, start) booked; None when no day near takes it (nothing
        is booked)."""
        diary = self._days.setdefault(manager, {})
        candidates = []
        for away, candidate in _working_days_near(day, earliest, latest):
            booked = diary.get(candidate)
            if booked is None:  # a free day: taken only when no day in town is near
                candidates.append((away + FREE_DAY_COST, away, candidate))
            elif booked.town == town and not booked.full and len(booked.visits) < MOST_A_DAY:
                candidates.append((away, away, candidate))
        for _cost, _away, candidate in sorted(candidates):
            booked = diary.get(candidate)
            visits = booked.visits if booked is not None else []
            for begins in _starts_near(start, minutes):
                if fits(visits, begins, minutes, place):
                    if booked is None:
                        booked = diary[candidate] = _Day(town)
                    booked.visits.append(_Booked(begins, begins + minutes, place))
                    booked.visits.sort(key=lambda v: v.start)
                    return candidate, begins
            if booked is not None:
                booked.full = True
        return None
