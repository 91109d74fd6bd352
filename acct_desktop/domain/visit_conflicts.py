"""What is wrong with a day's visits: overlaps and visits outside working hours (pure).

Times are local wall-clock datetimes (the calendar's view); cancelled visits never
conflict. A visit conflicts when it overlaps another visit of the same manager's calendar
(touching end-to-start is fine), starts before the working day or ends after it, or falls
on a day off (a public holiday, one of the manager's days off, or a weekday not worked
that is not one of the country's official working weekend days, China's 调休) — or on a
weekday the account is closed, or outside the account's own visiting hours. Given the
travel speed, a visit also conflicts when the drive from the visit before it takes longer
than the time between them (:mod:`acct_desktop.domain.visit_legs`, the planner's own rule).
In a team's shared database each visit is in the diary of its account's territory manager:
overlaps and drives are checked within a manager's diary (a visit whose territory names no
manager is checked against every diary), never between two colleagues' visits — as the
planner leaves a colleague's visits out.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from acct_desktop.domain.geo import LatLon
from acct_desktop.domain.visit_legs import LegTrouble, TimedPlace, leg_troubles

DEFAULT_DAY_START = time(8, 0)
DEFAULT_DAY_END = time(18, 0)
DEFAULT_WORKING_WEEKDAYS = frozenset(range(5))  # Monday … Friday


class ConflictKind(StrEnum):
    OVERLAP = "overlap"
    OUTSIDE_HOURS = "outside_hours"
    DAY_OFF = "day_off"
    CLOSED_DAY = "closed_day"  # the account is closed that weekday
    OUTSIDE_VISITING_HOURS = "outside_visiting_hours"  # the account's own hours
    TOO_FAR = "too_far"  # not reached in time from the visit before (the drive is longer)


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    id: Hashable
    start: datetime
    end: datetime
    cancelled: bool = False
    closed_weekdays: frozenset[int] = frozenset()  # the account's
    visiting_hours: tuple[time, time] | None = None  # the account's
    place: LatLon | None = None  # the account's
    diary: str | None = None  # the manager named on the account's territory (None: none)


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    visit: Hashable
    other: Hashable | None = None  # one visit it overlaps, or (too far) the visit before
    drive_minutes: int | None = None  # too far: the drive from the visit before
    free_minutes: int | None = None  # too far: the minutes between the two


@dataclass(frozen=True, slots=True)
class WorkingTime:
    day_start: time = DEFAULT_DAY_START
    day_end: time = DEFAULT_DAY_END
    weekdays: frozenset[int] = DEFAULT_WORKING_WEEKDAYS
    working_weekend_days: frozenset[date] = frozenset()  # official: China's 调休
    days_off: frozenset[date] = frozenset()  # public holidays and the manager's own

    def __post_init__(self) -> None:
        if self.day_end <= self.day_start:
            raise ValueError("The working day must end after it starts.")

    def is_working_day(self, day: date) -> bool:
        if day in self.days_off:
            return False
        return day.weekday() in self.weekdays or day in self.working_weekend_days


def conflicts(
    entries: Iterable[CalendarEntry], working: WorkingTime, speed_kmh: float | None = None
) -> list[Conflict]:
    """Every conflict among ``entries``, in a stable order (by start, then id); with
    ``speed_kmh``, the visits too far from the one before to be reached in time too."""
    live = sorted(
        (e for e in entries if not e.cancelled), key=lambda e: (e.start, e.end, str(e.id))
    )
    found: list[Conflict] = []
    for entry in live:
        if not working.is_working_day(entry.start.date()):
            found.append(Conflict(ConflictKind.DAY_OFF, entry.id))
        elif entry.start.time() < working.day_start or (
            entry.end.date() > entry.start.date() or entry.end.time() > working.day_end
        ):
            found.append(Conflict(ConflictKind.OUTSIDE_HOURS, entry.id))
        if entry.start.weekday() in entry.closed_weekdays:
            found.append(Conflict(ConflictKind.CLOSED_DAY, entry.id))
        elif entry.visiting_hours is not None and (
            entry.start.time() < entry.visiting_hours[0]
            or entry.end.date() > entry.start.date()
            or entry.end.time() > entry.visiting_hours[1]
        ):
            found.append(Conflict(ConflictKind.OUTSIDE_VISITING_HOURS, entry.id))
    between: dict[tuple[ConflictKind, Hashable], Conflict] = {}  # one of each per visit
    for diary in _diaries(live):
        for conflict in _overlaps(diary) + _too_far(diary, speed_kmh):
            between.setdefault((conflict.kind, conflict.visit), conflict)
    found += between.values()
    found.sort(key=lambda c: (str(c.visit), c.kind.value, str(c.other)))
    return found


def _diaries(live: list[CalendarEntry]) -> list[list[CalendarEntry]]:
    """The visits of each manager's diary, in time order: a named manager's with the visits
    no manager is named for; those alone when no manager is named."""
    named = sorted({e.diary for e in live if e.diary is not None})
    if not named:
        return [live]
    return [[e for e in live if e.diary in (name, None)] for name in named]


def _too_far(live: list[CalendarEntry], speed_kmh: float | None) -> list[Conflict]:
    """A TOO_FAR conflict for each visit the drive from the visit before cannot reach in
    time (none without a speed)."""
    if speed_kmh is None:
        return []
    places = [TimedPlace(e.start, e.end, e.place) for e in live]
    found = []
    for entry, leg in zip(live, leg_troubles(places, speed_kmh), strict=True):
        if leg is not None and leg.trouble is LegTrouble.TOO_FAR:
            before = live[leg.before].id
            found.append(
                Conflict(
                    ConflictKind.TOO_FAR, entry.id, before, leg.drive_minutes, leg.free_minutes
                )
            )
    return found


def _overlaps(live: list[CalendarEntry]) -> list[Conflict]:
    """One OVERLAP conflict per visit that overlaps any other, naming one it overlaps —
    a sweep over the visits sorted by start, O(n log n), so a month of thousands of visits
    (a whole territory's calendar) does not produce hundreds of thousands of pairs."""
    found: dict[Hashable, Hashable] = {}
    running_end: datetime | None = None
    running_id: Hashable | None = None
    for index, entry in enumerate(live):
        if running_end is not None and entry.start < running_end:
            found.setdefault(entry.id, running_id)
        if index + 1 < len(live) and live[index + 1].start < entry.end:
            found.setdefault(entry.id, live[index + 1].id)
        if running_end is None or entry.end > running_end:
            running_end, running_id = entry.end, entry.id
    return [Conflict(ConflictKind.OVERLAP, visit, other) for visit, other in found.items()]
