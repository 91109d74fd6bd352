"""Whether one person can keep a day's visits: overlaps, and legs too short to drive by
the planner's own rule — one check for the route sheet and the calendar."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from acct_desktop.domain.geo import estimated_drive, haversine_km
from acct_desktop.domain.visit_conflicts import (
    CalendarEntry,
    ConflictKind,
    WorkingTime,
    conflicts,
)
from acct_desktop.domain.visit_legs import Leg, LegTrouble, TimedPlace, leg_troubles

ARNHEM, EINDHOVEN, VELP = (51.9851, 5.8987), (51.4416, 5.4697), (51.9952, 5.9728)
DAY = (2026, 12, 1)


def at(hour: int, minute: int = 0, zone: str | None = None) -> datetime:
    return datetime(*DAY, hour, minute, tzinfo=ZoneInfo(zone) if zone else None)


def test_a_leg_shorter_than_the_drive_and_an_overlap_are_found() -> None:
    """The tester's Tuesday: stop 3 ends 12:15 in Arnhem, stop 4 starts 13:15 in Eindhoven,
    some 87 km and 1 h 45 min away; stops 1 and 2 overlap."""
    day = [
        TimedPlace(at(9, 15), at(10, 45), ARNHEM),
        TimedPlace(at(9, 30), at(10, 30), VELP),
        TimedPlace(at(11, 15), at(12, 15), ARNHEM),
        TimedPlace(at(13, 15), at(14, 15), EINDHOVEN),
        TimedPlace(at(16, 30), at(17), ARNHEM),
    ]
    drive = estimated_drive(haversine_km(*ARNHEM, *EINDHOVEN), 50)
    assert 80 < drive.km < 95 and drive.minutes > 90
    assert leg_troubles(day, 50) == [
        None,
        Leg(LegTrouble.OVERLAP, 0),
        None,
        Leg(LegTrouble.TOO_FAR, 2, drive.km, drive.minutes, 60),
        None,  # 2 h 15 min for the drive back: time enough
    ]


def test_the_visit_before_is_the_one_that_ended_last_and_places_may_be_unknown() -> None:
    day = [
        TimedPlace(at(8, 30), at(12), ARNHEM),  # a long one, under way while the next is
        TimedPlace(at(9), at(9, 30), ARNHEM),  # overlaps the first
        TimedPlace(at(12, 30), at(13), EINDHOVEN),  # comes from the first (ended last)
        TimedPlace(at(13), at(13), None),  # no place: no drive counted
        TimedPlace(at(13, 5), at(14), ARNHEM),  # from the place-less one: nothing to check
    ]
    troubles = leg_troubles(day, 50)
    assert [t and (t.trouble, t.before) for t in troubles] == [
        None,
        (LegTrouble.OVERLAP, 0),
        (LegTrouble.TOO_FAR, 0),
        None,
        None,
    ]
    assert troubles[2] is not None and troubles[2].free_minutes == 30


def test_times_on_different_clocks_are_compared_as_moments() -> None:
    """A visit in Arnhem until 10:00 Amsterdam time and one in Eindhoven at 17:00 Hanoi time
    (11:00 Amsterdam): an hour between, not seven."""
    day = [
        TimedPlace(at(9, zone="Europe/Amsterdam"), at(10, zone="Europe/Amsterdam"), ARNHEM),
        TimedPlace(at(17, zone="Asia/Ho_Chi_Minh"), at(18, zone="Asia/Ho_Chi_Minh"), EINDHOVEN),
    ]
    (_, leg) = leg_troubles(day, 50)
    assert leg is not None and leg.free_minutes == 60


def test_the_calendar_flags_a_visit_it_cannot_reach_in_time_given_the_speed() -> None:
    entries = [
        CalendarEntry("arnhem", at(11, 15), at(12, 15), place=ARNHEM),
        CalendarEntry("eindhoven", at(13, 15), at(14, 15), place=EINDHOVEN),
    ]
    working = WorkingTime(day_start=time(8), day_end=time(18))
    assert conflicts(entries, working) == []  # without a speed, as before
    (found,) = conflicts(entries, working, speed_kmh=50)
    assert (found.kind, found.visit, found.other) == (ConflictKind.TOO_FAR, "eindhoven", "arnhem")
    drive = estimated_drive(haversine_km(*ARNHEM, *EINDHOVEN), 50)
    assert (found.drive_minutes, found.free_minutes) == (drive.minutes, 60)
    assert conflicts(entries, working, speed_kmh=100) == []  # under an hour at 100 km/h


def test_in_a_teams_database_a_colleagues_visit_is_in_their_own_diary() -> None:
    """Jan's visit in Arnhem and Pieter's in Eindhoven an hour later, or at the same time,
    are no conflict; a visit whose territory names no manager is checked against both."""
    working = WorkingTime(day_start=time(8), day_end=time(18))
    arnhem = CalendarEntry("jan", at(11, 15), at(12, 15), place=ARNHEM, diary="Jan")
    eindhoven = CalendarEntry("pieter", at(13, 15), at(14, 15), place=EINDHOVEN, diary="Pieter")
    same_time = CalendarEntry("pieter-2", at(11, 30), at(12), place=EINDHOVEN, diary="Pieter")
    assert conflicts([arnhem, eindhoven, same_time], working, speed_kmh=50) == []
    own = CalendarEntry("jan-2", at(13, 15), at(14, 15), place=EINDHOVEN, diary="Jan")
    assert [(c.kind, c.visit) for c in conflicts([arnhem, own], working, speed_kmh=50)] == [
        (ConflictKind.TOO_FAR, "jan-2")
    ]
    nobody = CalendarEntry("nobody", at(11, 45), at(12, 30), place=ARNHEM)
    found = {(c.kind, c.visit) for c in conflicts([arnhem, same_time, nobody], working, 50)}
    assert found == {
        (ConflictKind.OVERLAP, "jan"),
        (ConflictKind.OVERLAP, "pieter-2"),
        (ConflictKind.OVERLAP, "nobody"),
    }
