"""The search behind :mod:`acct_desktop.domain.routing`: starting orders, local improvement
(2-opt, Or-opt, exchange) and the exact search for small days.

All functions work on a path: the located stops' indices in visiting order (stops without a
location always follow it, see :meth:`RouteProblem.full_order`). Costs are
``(lateness minutes, road km)`` compared lexicographically; every tie is broken by stop
index or by the fixed scanning order, so the search is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from acct_desktop.domain.route_timing import drive, visit_start

if TYPE_CHECKING:
    from acct_desktop.domain.routing import RouteProblem

EPS = 1e-7  # km: smaller changes are float noise, not improvements
MAX_PASSES = 10_000

Cost = tuple[int, float]
Accepted = tuple[list[int], Cost] | None


def better(cost: Cost, than: Cost) -> bool:
    """Less late, or as late and shorter (by more than float noise)."""
    return cost[0] < than[0] or (cost[0] == than[0] and cost[1] < than[1] - EPS)


# -- starting orders ---------------------------------------------------------------------


def nearest_neighbour(problem: RouteProblem) -> tuple[int, ...]:
    """Located stops by repeatedly driving to the nearest unvisited one."""
    remaining = list(problem.located)
    path: list[int] = []
    here = problem.start_node
    while remaining:
        row = problem.km[here]
        nearest = min(remaining, key=lambda i: (row[i], i))
        remaining.remove(nearest)
        path.append(nearest)
        here = nearest
    return tuple(path)


def cheapest_insertion(problem: RouteProblem) -> tuple[int, ...]:
    """Located stops by repeatedly inserting the stop that lengthens the path least, at
    the place where it costs least."""
    km, start, end = problem.km, problem.start_node, problem.end_node
    remaining = list(problem.located)
    path: list[int] = []
    while remaining:
        best: tuple[float, int, int] | None = None
        for stop in remaining:
            for k in range(len(path) + 1):
                a = path[k - 1] if k else start
                b = path[k] if k < len(path) else end
                extra = km[a][stop] + km[stop][b] - km[a][b]
                if best is None or extra < best[0] - EPS:
                    best = (extra, stop, k)
        assert best is not None
        _, stop, k = best
        path.insert(k, stop)
        remaining.remove(stop)
    return tuple(path)


def by_window(problem: RouteProblem) -> tuple[int, ...]:
    """Located stops by earliest start, then latest start, then input position."""
    return tuple(sorted(problem.located, key=lambda i: (problem.earliest[i], problem.latest[i], i)))


# -- improvement -------------------------------------------------------------------------


def improve(problem: RouteProblem, path: Sequence[int]) -> tuple[int, ...]:
    """Apply improving moves to a path over the located stops until no single 2-opt
    (reverse a stretch), Or-opt (move a stretch of 1–3 stops, forwards or reversed) or
    exchange (swap two stops) move improves ``(lateness, km)``. First improvement: the
    first improving move in scanning order is taken and the scan starts again."""
    current = list(path)
    best = problem.cost(problem.full_order(current))
    for _ in range(MAX_PASSES):
        moved = (
            _two_opt(problem, current, best)
            or _or_opt(problem, current, best)
            or _exchange(problem, current, best)
        )
        if moved is None:
            break
        current, best = moved
    return tuple(current)


def _accept(
    problem: RouteProblem, candidate: list[int], delta_km: float, best: tuple[int, float]
) -> Accepted:
    if best[0] == 0 and delta_km >= -EPS:
        return None  # cannot be less late than on time, and not shorter
    cost = problem.cost(problem.full_order(candidate))
    return (candidate, cost) if better(cost, best) else None


def _two_opt(problem: RouteProblem, path: list[int], best: Cost) -> Accepted:
    km, m = problem.km, len(path)
    for i in range(m - 1):
        a = path[i - 1] if i else problem.start_node
        for j in range(i + 1, m):
            b = path[j + 1] if j + 1 < m else problem.end_node
            delta = km[a][path[j]] + km[path[i]][b] - km[a][path[i]] - km[path[j]][b]
            if best[0] == 0 and delta >= -EPS:
                continue
            candidate = path[:i] + path[i : j + 1][::-1] + path[j + 1 :]
            accepted = _accept(problem, candidate, delta, best)
            if accepted:
                return accepted
    return None


def _or_opt(problem: RouteProblem, path: list[int], best: Cost) -> Accepted:
    km, m, start, end = problem.km, len(path), problem.start_node, problem.end_node
    for length in (1, 2, 3):
        for i in range(m - length + 1):
            segment = path[i : i + length]
            before = path[i - 1] if i else start
            after = path[i + length] if i + length < m else end
            gain = km[before][segment[0]] + km[segment[-1]][after] - km[before][after]
            rest = path[:i] + path[i + length :]
            for k in range(len(rest) + 1):
                if k == i:
                    continue
                a = rest[k - 1] if k else start
                b = rest[k] if k < len(rest) else end
                for piece in (segment, segment[::-1]) if length > 1 else (segment,):
                    delta = km[a][piece[0]] + km[piece[-1]][b] - km[a][b] - gain
                    if best[0] == 0 and delta >= -EPS:
                        continue
                    accepted = _accept(problem, rest[:k] + piece + rest[k:], delta, best)
                    if accepted:
                        return accepted
    return None


def _exchange(problem: RouteProblem, path: list[int], best: Cost) -> Accepted:
    km, m = problem.km, len(path)

    def around(k: int, x: int) -> float:
        a = path[k - 1] if k else problem.start_node
        b = path[k + 1] if k + 1 < m else problem.end_node
        return km[a][x] + km[x][b]

    for i in range(m - 1):
        for j in range(i + 2, m):  # adjacent swaps are 2-opt moves
            x, y = path[i], path[j]
            delta = around(i, y) + around(j, x) - around(i, x) - around(j, y)
            if best[0] == 0 and delta >= -EPS:
                continue
            candidate = path.copy()
            candidate[i], candidate[j] = y, x
            accepted = _accept(problem, candidate, delta, best)
            if accepted:
                return accepted
    return None


# -- exact search for small days ----------------------------------------------------------


def exact_path(problem: RouteProblem, bound: tuple[int, float]) -> tuple[int, ...] | None:
    """The best path over the located stops if it beats ``bound``, else ``None``.

    Depth-first over all orders; a branch is cut when its lateness so far, or its
    kilometres so far plus a lower bound for the rest (each remaining stop must still be
    reached over its shortest incoming leg), cannot beat the best route found."""
    km, minutes, breaks = problem.km, problem.minutes, problem.breaks
    earliest, latest, duration = problem.earliest, problem.latest, problem.duration
    located = problem.located
    sources = (*located, problem.start_node)
    cheapest_in = {i: min(km[u][i] for u in sources if u != i) for i in located}
    best_cost = [bound]
    best_path: list[tuple[int, ...] | None] = [None]
    path: list[int] = []
    used = dict.fromkeys(located, False)

    def extend(here: int, t: int, late: int, total_km: float, rest_km: float) -> None:
        best_late, best_km = best_cost[0]
        if late > best_late or (late == best_late and total_km + rest_km >= best_km - EPS):
            return
        if len(path) == len(located):
            cost = problem.cost(problem.full_order(path))
            if better(cost, (best_late, best_km)):
                best_cost[0], best_path[0] = cost, tuple(path)
            return
        for i in located:
            if used[i]:
                continue
            arrival = drive(t, minutes[here][i], breaks)
            start = visit_start(max(arrival, earliest[i]), duration[i], breaks, problem.step[i])
            used[i] = True
            path.append(i)
            extend(
                i,
                start + duration[i],
                late + max(0, start - latest[i]),
                total_km + km[here][i],
                rest_km - cheapest_in[i],
            )
            path.pop()
            used[i] = False

    extend(problem.start_node, problem.frame.day_start, 0, 0.0, sum(cheapest_in.values()))
    return best_path[0]
