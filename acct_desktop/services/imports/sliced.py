"""Whole-column work done a slice at a time, so an import in a worker thread never freezes
the window.

One C-level call over a million cells (``set(cells)``, ``list(map(f, cells))``, splitting a
60 MB text) holds Python's global interpreter lock from its start to its end: 100–900 ms
each, measured on a 1M-row sales file. The GUI thread needs that lock for every Python
slot, model call and paint, so it froze that long while an import ran in the background.
The same work done in slices of ``SLICE`` cells lets the interpreter switch threads between
slices (every few milliseconds), and costs no measurable time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)
SLICE = 1 << 16  # 65,536 cells: a dictionary look-up each takes ~2 ms


def slices(cells: Sequence[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """``cells`` in consecutive pieces of at most ``size`` (``SLICE``)."""
    size = size or SLICE
    for start in range(0, len(cells), size):
        yield cells[start : start + size]


def mapped(function: Callable[[T], Any], cells: Sequence[T]) -> list[Any]:
    """``list(map(function, cells))``, a slice at a time."""
    found: list[Any] = []
    for part in slices(cells):
        found.extend(map(function, part))
    return found


def distinct(cells: Sequence[H]) -> set[H]:
    """``set(cells)``, a slice at a time."""
    found: set[H] = set()
    for part in slices(cells):
        found.update(part)
    return found


def released(*columns: list[Any]) -> None:
    """Empty each list a slice at a time (freeing a million strings at once is a stall of
    its own)."""
    for column in columns:
        while column:
            del column[-SLICE:]  # from the end: nothing is moved
