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
    three = conflicts(
        [
            entry("a", MONDAY, 180),
            entry("b", MONDAY + timedelta(hours=1)),
            entry("c", MONDAY + timedelta(hours=2)),
        ],
        working,
    )
    assert sorted(c.visit for c in three) == ["a", "b", "c"]  # one conflict per visit


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
def test_a_visit_is_flagged_exactly_when_it_crosses_another(spans) -> None:
    entries = [
        entry(str(i), MONDAY + timedelta(minutes=15 * start), 15 * length)
        for i, (start, length) in enumerate(spans)
    ]
    always = WorkingTime(time(0), time(23, 59), frozenset(range(7)))
    found = [c for c in conflicts(entries, always) if c.kind is ConflictKind.OVERLAP]
    by_id = {e.id: e for e in entries}
    crossing = {
        a.id
        for a in entries
        for b in entries
        if a.id != b.id and a.start < b.end and b.start < a.end
    }
    assert {c.visit for c in found} == crossing and len(found) == len(crossing)
    for c in found:  # the named other really overlaps it
        a, b = by_id[c.visit], by_id[c.other]
        assert a.id != b.id and a.start < b.end and b.start < a.end
