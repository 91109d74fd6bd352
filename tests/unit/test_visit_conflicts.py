"""Overlaps, working hours and days off of a calendar (pure)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.visit_conflicts import (
    CalendarEntry,
    ConflictKind,
    WorkingTime,
    conflicts,
)

MONDAY = datetime(2026, 11, 23, 9, 0)


def entry(name: str, start: datetime, minutes: int = 60, cancelled: bool = False):
    return CalendarEntry(name, start, start + timedelta(minutes=minutes), cancelled)


def test_touching_visits_do_not_overlap_but_crossing_ones_do() -> None:
    working = WorkingTime()
    assert conflicts([entry("a", MONDAY), entry("b", MONDAY + timedelta(hours=1))], working) == []
    found = conflicts([entry("a", MONDAY), entry("b", MONDAY + timedelta(minutes=59))], working)
    assert {(c.visit, c.other) for c in found} == {("a", "b"), ("b", "a")}


def test_cancelled_visits_never_conflict() -> None:
    found = conflicts([entry("a", MONDAY), entry("b", MONDAY, cancelled=True)], WorkingTime())
    assert found == []


def test_outside_hours_and_days_off() -> None:
    working = WorkingTime(time(8), time(17))
    early = entry("early", MONDAY.replace(hour=7, minute=45))
    late = entry("late", MONDAY.replace(hour=16, minute=30))
    saturday = entry("sat", MONDAY + timedelta(days=5))
    kinds = {c.visit: c.kind for c in conflicts([early, late, saturday], working)}
    assert kinds == {
        "early": ConflictKind.OUTSIDE_HOURS,
        "late": ConflictKind.OUTSIDE_HOURS,
        "sat": ConflictKind.DAY_OFF,
    }
    with pytest.raises(ValueError):
        WorkingTime(time(17), time(8))


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=12))
def test_overlap_is_found_exactly_when_intervals_cross(spans) -> None:
    entries = [
        entry(str(i), MONDAY + timedelta(minutes=15 * start), 15 * length)
        for i, (start, length) in enumerate(spans)
    ]
    found = {
        (c.visit, c.other)
        for c in conflicts(entries, WorkingTime(time(0), time(23, 59), frozenset(range(7))))
        if c.kind is ConflictKind.OVERLAP
    }
    for a in entries:
        for b in entries:
            crossing = a.id != b.id and a.start < b.end and b.start < a.end
            assert ((a.id, b.id) in found) == crossing
