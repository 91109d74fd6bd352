"""Layered org-chart layout from reporting lines (pure maths, no drawing)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def layer(reports_to: Mapping[K, K | None]) -> dict[K, tuple[int, int]]:
    """Place each person at (level, slot): bosses on level 0, their reports below.

    ``reports_to`` maps each person to their manager (or None). Managers outside the
    mapping, and people caught in a reporting loop, are treated as top-level so the chart
    always draws. Slots number people left to right per level, children kept together under
    their manager in the order given.
    """
    keys = list(reports_to)
    present = set(keys)
    children: dict[K, list[K]] = {k: [] for k in keys}
    roots: list[K] = []
    for key in keys:
        boss = reports_to[key]
        if boss is None or boss not in present or _in_loop(key, reports_to):
            roots.append(key)
        else:
            children[boss].append(key)
    placed: dict[K, tuple[int, int]] = {}
    next_slot: dict[int, int] = {}

    def place(node: K, level: int) -> None:
        slot = next_slot.get(level, 0)
        next_slot[level] = slot + 1
        placed[node] = (level, slot)
        for child in children[node]:
            if child not in placed:
                place(child, level + 1)

    for root in roots:
        if root not in placed:
            place(root, 0)
    return placed


def _in_loop(start: K, reports_to: Mapping[K, K | None]) -> bool:
    seen = {start}
    current = reports_to.get(start)
    while current is not None and current in reports_to:
        if current in seen:
            return True
        seen.add(current)
        current = reports_to[current]
    return False
