"""Moving a stop of a day's route one place earlier or later: the two visits trade places
and keep their lengths.

The pair keeps the time it took: the one moving up starts when the earlier one started,
the other ends when the later one ended, and the gap between them stays as it was — so
two visits that did not clash do not clash after the swap (nudging one past the other 15
minutes at a time made them overlap on the way)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

Key = TypeVar("Key", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Stop(Generic[Key]):
    """A visit of the day that can move (a planned one): its key and times."""

    key: Key
    start: datetime
    end: datetime


def neighbour(stops: Sequence[Stop[Key]], key: Key, step: int) -> Stop[Key] | None:
    """The stop before (``step`` -1) or after (+1) ``key`` in the day's order (by start,
    then end), on the same day; None at either end or when ``key`` is not among them."""
    ordered = sorted(stops, key=lambda s: (s.start, s.end))
    at = next((i for i, s in enumerate(ordered) if s.key == key), None)
    if at is None or not 0 <= at + step < len(ordered):
        return None
    other = ordered[at + step]
    if other.start.date() != ordered[at].start.date():
        return None
    return other


def swapped(first: Stop[Key], second: Stop[Key]) -> tuple[Stop[Key], Stop[Key]]:
    """``first`` and ``second`` (in either order) trading places: the later one now starts
    when the earlier one started, the earlier one now ends when the later one ended; each
    keeps its length. Returns the two in their new order (earlier first)."""
    earlier, later = sorted((first, second), key=lambda s: (s.start, s.end))
    up = Stop(later.key, earlier.start, earlier.start + (later.end - later.start))
    down = Stop(earlier.key, later.end - (earlier.end - earlier.start), later.end)
    return up, down
