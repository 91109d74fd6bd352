"""Layered org-chart layout from reporting lines (pure maths, no drawing)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def layer(
    reports_to: Mapping[K, K | None], max_per_row: int | None = None
) -> dict[K, tuple[int, int]]:
    """Place each person at (level, slot): bosses on level 0, their reports below.

    ``reports_to`` maps each person to their manager (or None). Managers outside the
    mapping, and people caught in a reporting loop, are treated as top-level so the chart
    always draws. Slots number people left to right per level, children kept together under
    their manager in the order given; each top-level person's tree keeps a block of slots
    of its own.

    With ``max_per_row``, trees side by side wrap into bands, as words wrap into lines: a
    tree goes to a new band below when the band would grow wider than ``max_per_row``
    slots (a tree wider than that alone in its band). Fifty people of a head office and its
    branches, few of them with a manager, then fill a screen instead of one long strip.
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
    band_top, band_depth, band_width = 0, 0, 0
    for root in roots:
        if root in placed:
            continue
        tree = _tree(root, children, placed)
        width = max(slot for _level, slot in tree.values()) + 1
        depth = max(level for level, _slot in tree.values()) + 1
        if max_per_row is not None and band_width and band_width + width > max_per_row:
            band_top, band_depth, band_width = band_top + band_depth, 0, 0
        for node, (level, slot) in tree.items():
            placed[node] = (band_top + level, band_width + slot)
        band_width += width
        band_depth = max(band_depth, depth)
    return placed


def _tree(
    root: K, children: Mapping[K, list[K]], placed: Mapping[K, tuple[int, int]]
) -> dict[K, tuple[int, int]]:
    """One top-level person's tree at (level, slot) from (0, 0), people already placed
    (reached twice) left out."""
    tree: dict[K, tuple[int, int]] = {}
    next_slot: dict[int, int] = {}
    stack = [(root, 0)]
    while stack:  # depth first, children in the order given (no recursion limit)
        node, level = stack.pop()
        if node in tree or node in placed:
            continue
        slot = next_slot.get(level, 0)
        next_slot[level] = slot + 1
        tree[node] = (level, slot)
        stack.extend((child, level + 1) for child in reversed(children[node]))
    return tree


def _in_loop(start: K, reports_to: Mapping[K, K | None]) -> bool:
    seen = {start}
    current = reports_to.get(start)
    while current is not None and current in reports_to:
        if current in seen:
            return True
        seen.add(current)
        current = reports_to[current]
    return False
