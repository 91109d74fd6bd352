"""Loops and depth in a parent map that merges the file with the database."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from acct_desktop.domain.hierarchy import would_create_cycle

K = TypeVar("K", bound=Hashable)


def find_loops(nodes: Iterable[K], parent_of: Callable[[K], K | None]) -> dict[K, list[K]]:
    """The ``nodes`` whose chain of parents loops, each with the chain up to the repeat.

    Each node is checked with ``domain.hierarchy.would_create_cycle``. Nodes already known
    to reach a root end later walks early, so a long chain costs linear time, not quadratic.
    """
    rooted: set[K] = set()
    walked: list[K] = []

    def known_parent(node: K) -> K | None:
        if node in rooted:
            return None
        walked.append(node)
        return parent_of(node)

    loops: dict[K, list[K]] = {}
    for node in nodes:
        if node in rooted:
            continue
        walked.clear()
        if would_create_cycle(node, parent_of(node), known_parent):
            loops[node] = _chain(node, parent_of)
        else:
            rooted.add(node)
            rooted.update(walked)
    return loops


def _chain(node: K, parent_of: Callable[[K], K | None]) -> list[K]:
    chain = [node]
    seen = {node}
    current = parent_of(node)
    while current is not None:
        chain.append(current)
        if current in seen:
            break
        seen.add(current)
        current = parent_of(current)
    return chain


def parents_first(nodes: Iterable[K], parent_of: Callable[[K], K | None]) -> list[K]:
    """``nodes`` ordered so that every node comes after its ancestors (no loops allowed)."""
    depth: dict[K, int] = {}

    def depth_of(node: K) -> int:
        path: list[K] = []
        on_path: set[K] = set()
        current: K | None = node
        while current is not None and current not in depth:
            if current in on_path:
                raise ValueError(f"loop in hierarchy at {current!r}")
            path.append(current)
            on_path.add(current)
            current = parent_of(current)
        base = depth[current] if current is not None else -1
        for step in reversed(path):
            base += 1
            depth[step] = base
        return depth[node]

    return sorted(nodes, key=depth_of)
