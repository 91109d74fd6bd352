"""Whether one person can keep a day's visits in the order of their times (pure).

Two things make a visit impossible to keep: it starts before a visit already under way has
ended (an overlap), or the time between the end of the visit before it and its start is
shorter than the drive between the two places — by the planner's own rule,
:func:`acct_desktop.domain.geo.estimated_drive` (the straight line × the road-winding factor
at the speed set in *Plan visits…*, minutes rounded up). The printed route sheet and the
visit calendar both ask this module, so they warn about exactly the legs the planner would
refuse to plan. A visit without a place has no drive counted to or from it; times are
compared as given (aware datetimes may be on different clocks).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from acct_desktop.domain.geo import ROAD_WINDING_FACTOR, Drive, LatLon, drive_between


class LegTrouble(StrEnum):
    OVERLAP = "overlap"  # starts before the visit under way has ended
    TOO_FAR = "too_far"  # the drive from the visit before takes longer than the time between


@dataclass(frozen=True, slots=True)
class TimedPlace:
    """A visit as the leg check needs it: when, and where (None: no place known)."""

    start: datetime
    end: datetime
    place: LatLon | None = None


@dataclass(frozen=True, slots=True)
class Leg:
    """What keeps the manager from a visit: ``before`` is the index of the visit it overlaps
    or is driven from; for ``TOO_FAR`` the drive's estimate and the minutes between."""

    trouble: LegTrouble
    before: int
    drive_km: float | None = None
    drive_minutes: int | None = None
    free_minutes: int | None = None


def drives_in_order(
    places: Sequence[LatLon | None],
    speed_kmh: float,
    start: LatLon | None = None,
    winding_factor: float = ROAD_WINDING_FACTOR,
) -> list[Drive | None]:
    """For each of a day's visits in the order shown (their starts), the estimated drive
    from the visit shown above it — the first from ``start``, where the day begins — or None
    when either place is unknown. The one reckoning of a day's legs: the printed route
    sheet's *from the previous stop* and *Plan visits…*' km per row (and so its day total)
    both come from here, so they agree whatever order the planner searched in."""
    found: list[Drive | None] = []
    previous = start
    for place in places:
        found.append(drive_between(previous, place, speed_kmh, winding_factor))
        previous = place
    return found


def leg_troubles(
    visits: Sequence[TimedPlace],
    speed_kmh: float,
    winding_factor: float = ROAD_WINDING_FACTOR,
) -> list[Leg | None]:
    """For each of ``visits`` (in the order of their starts), what keeps the manager from
    it, or None. The visit before one is the one that has ended last by its start (a visit
    of no length included); a visit that ends before it starts is read as taking no time."""
    found: list[Leg | None] = []
    latest: int | None = None  # the visit with the latest end so far
    for index, visit in enumerate(visits):
        leg = None
        if latest is not None:
            before = visits[latest]
            ends = max(before.start, before.end)
            if ends > visit.start:
                leg = Leg(LegTrouble.OVERLAP, latest)
            else:
                drive = drive_between(before.place, visit.place, speed_kmh, winding_factor)
                free = int((visit.start - ends).total_seconds() // 60)
                if drive is not None and drive.minutes > free:
                    leg = Leg(LegTrouble.TOO_FAR, latest, drive.km, drive.minutes, free)
        found.append(leg)
        if latest is None or max(visit.start, visit.end) >= max(
            visits[latest].start, visits[latest].end
        ):
            latest = index
    return found
