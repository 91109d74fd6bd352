"""The time rules of a day's route: breaks, driving around them, and when a visit may start.

Times are whole minutes from midnight. Nothing happens during a break: driving pauses and
resumes after it, and a visit that would overlap it starts after it instead.
"""

from __future__ import annotations

from collections.abc import Sequence


def merge_breaks(breaks: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Breaks sorted by start with overlapping or touching ones merged; empty ones dropped."""
    merged: list[list[int]] = []
    for start, end in sorted(b for b in breaks if b[1] > b[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def drive(departure: int, minutes: int, breaks: Sequence[tuple[int, int]]) -> int:
    """Arrival time for ``minutes`` of driving from ``departure``, pausing during breaks."""
    t = departure
    if minutes <= 0:
        return t
    for b_start, b_end in breaks:
        if b_end <= t:
            continue
        if t >= b_start:
            t = b_end
            continue
        if t + minutes <= b_start:
            return t + minutes
        minutes -= b_start - t
        t = b_end
    return t + minutes


def step_up(t: int, step: int = 1) -> int:
    """``t`` rounded up to a multiple of ``step`` minutes."""
    return -(-t // step) * step if step > 1 else t


def visit_start(ready: int, duration: int, breaks: Sequence[tuple[int, int]], step: int = 1) -> int:
    """The first start at or after ``ready``, on a multiple of ``step`` minutes, such that
    the visit overlaps no break (``breaks`` merged and sorted)."""
    t = step_up(ready, step)
    for b_start, b_end in breaks:
        if b_end <= t:
            continue
        if t + duration <= b_start:
            return t
        t = step_up(b_end, step)
    return t
