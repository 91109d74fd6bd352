"""Level of detail for the territory map: grid clusters, and which points a selection holds.

**Grid clustering.** The world (see :mod:`acct_desktop.domain.map_projection`) is cut into
square cells of side ``cell``; every point falls into exactly one cell, and each non-empty
cell is one cluster with its count, centroid, bounding box, summed weight (sales) and, per
colour mode, how many of its points fall into each category. Cell sides are powers of two
(:func:`cell_level`), so a zoom level maps to one cached clustering and the cells of one level
nest exactly inside the cells of the next coarser one.

It is done with numpy (one stable sort of integer cell keys, then ``bincount`` and
``reduceat``): for 100,000 points one level takes about 10 ms, against about 27 ms for a
Python dict that only counts and sums (``bench/territory_map_bench.py``); numpy also gives
each cluster's members, bounds and per-category counts without another pass in Python.
Results are deterministic: clusters come in (column, row) order of their cells, sums are
taken in point order, and ties for the dominant category go to the lower category number
(callers number categories most important first).

**What a frame draws.** :func:`plan_frame` picks the level for the zoom, turns crowded
cells into bubbles (merging bubbles that would overlap) and leaves the rest as dots, looking
only at what is near the view.

**Selection.** :func:`in_rectangle` and :func:`in_polygon` (even-odd rule, so concave and
self-crossing lassos behave as users expect) test many points at once and return a mask.

Floats are fine here: this is geometry and a visual scale, never money.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from acct_desktop.domain.map_projection import MapView

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
Polygon = Sequence[tuple[float, float]]

SIZE_REFERENCE_PERCENTILE = 95  # sales at or above this percentile get the largest dot


@dataclass(frozen=True, eq=False)
class ClusterLevel:
    """The clusters of one cell size. Arrays are indexed by cluster unless said otherwise."""

    cell: float
    counts: IntArray
    centre_x: FloatArray  # centroid of the cluster's points
    centre_y: FloatArray
    min_x: FloatArray  # bounding box of the cluster's points
    min_y: FloatArray
    max_x: FloatArray
    max_y: FloatArray
    weights: FloatArray  # summed point weights
    point_cluster: IntArray  # per point: the index of its cluster
    order: IntArray  # point indices grouped by cluster (stable within a cluster)
    starts: IntArray  # cluster ``i``'s points are order[starts[i]:starts[i] + counts[i]]

    def __len__(self) -> int:
        return len(self.counts)

    def members(self, cluster: int) -> IntArray:
        """Indices of the points in ``cluster``, in ascending order."""
        start = int(self.starts[cluster])
        return self.order[start : start + int(self.counts[cluster])]


def cell_level(cell: float) -> int:
    """The power-of-two level whose cell side is the largest not above ``cell`` (> 0)."""
    if not cell > 0 or not math.isfinite(cell):
        raise ValueError("a cell side must be a positive number")
    return math.floor(math.log2(cell))


def cell_size(level: int) -> float:
    """The cell side of a level: ``2 ** level`` world units."""
    return math.ldexp(1.0, level)


def cluster_grid(
    xs: FloatArray, ys: FloatArray, cell: float, weights: FloatArray | None = None
) -> ClusterLevel:
    """Group points into square cells of side ``cell`` (see the module docstring)."""
    if not cell > 0:
        raise ValueError("a cell side must be a positive number")
    xs = np.asarray(xs, dtype=np.float64)
    ys = np.asarray(ys, dtype=np.float64)
    if xs.shape != ys.shape or xs.ndim != 1:
        raise ValueError("xs and ys must be one-dimensional and of equal length")
    w = np.zeros_like(xs) if weights is None else np.asarray(weights, dtype=np.float64)
    if w.shape != xs.shape:
        raise ValueError("one weight per point")
    if xs.size == 0:
        none_f, none_i = np.zeros(0), np.zeros(0, dtype=np.int64)
        return ClusterLevel(
            cell=cell,
            counts=none_i,
            centre_x=none_f,
            centre_y=none_f,
            min_x=none_f,
            min_y=none_f,
            max_x=none_f,
            max_y=none_f,
            weights=none_f,
            point_cluster=none_i,
            order=none_i,
            starts=none_i,
        )
    column = np.floor(xs / cell).astype(np.int64)
    row = np.floor(ys / cell).astype(np.int64)
    column -= column.min()
    row -= row.min()
    keys = column * (int(row.max()) + 1) + row
    # One stable sort by cell key groups the points; a cluster starts where the key changes.
    order = np.argsort(keys, kind="stable").astype(np.int64)
    sorted_keys = keys[order]
    new_cell = np.empty(sorted_keys.shape, dtype=bool)
    new_cell[0] = True
    np.not_equal(sorted_keys[1:], sorted_keys[:-1], out=new_cell[1:])
    starts = np.flatnonzero(new_cell).astype(np.int64)
    size = len(starts)
    counts = np.diff(np.append(starts, len(keys))).astype(np.int64)
    point_cluster = np.empty(len(keys), dtype=np.int64)
    point_cluster[order] = np.cumsum(new_cell) - 1
    grouped_x, grouped_y = xs[order], ys[order]
    return ClusterLevel(
        cell=cell,
        counts=counts,
        centre_x=np.bincount(point_cluster, xs, size) / counts,
        centre_y=np.bincount(point_cluster, ys, size) / counts,
        min_x=np.minimum.reduceat(grouped_x, starts),
        min_y=np.minimum.reduceat(grouped_y, starts),
        max_x=np.maximum.reduceat(grouped_x, starts),
        max_y=np.maximum.reduceat(grouped_y, starts),
        weights=np.bincount(point_cluster, w, size),
        point_cluster=point_cluster,
        order=order,
        starts=starts,
    )


def category_counts(
    level: ClusterLevel, categories: IntArray, category_total: int
) -> tuple[IntArray, IntArray]:
    """Per cluster, how many points fall in each category (a ``clusters × category_total``
    matrix), and the dominant category (the most common; ties go to the lower number)."""
    categories = np.asarray(categories, dtype=np.int64)
    if categories.shape != level.point_cluster.shape:
        raise ValueError("one category per point")
    if categories.size and (categories.min() < 0 or categories.max() >= category_total):
        raise ValueError("categories must be in 0 … category_total − 1")
    flat = level.point_cluster * category_total + categories
    matrix = np.bincount(flat, minlength=len(level) * category_total).reshape(
        len(level), category_total
    )
    dominant = matrix.argmax(axis=1) if len(level) else np.zeros(0, dtype=np.int64)
    return matrix.astype(np.int64), dominant.astype(np.int64)


class ClusterPyramid:
    """Clusterings of one set of points at every power-of-two level, computed on first use
    and kept (a map's zoom changes far more often than its points)."""

    def __init__(self, xs: FloatArray, ys: FloatArray, weights: FloatArray | None = None) -> None:
        self.xs = np.asarray(xs, dtype=np.float64)
        self.ys = np.asarray(ys, dtype=np.float64)
        self.weights = weights
        self._levels: dict[int, ClusterLevel] = {}

    def level(self, level: int) -> ClusterLevel:
        """The clustering with cell side ``2 ** level``."""
        found = self._levels.get(level)
        if found is None:
            found = cluster_grid(self.xs, self.ys, cell_size(level), self.weights)
            self._levels[level] = found
        return found

    @property
    def cached_levels(self) -> list[int]:
        """The levels computed so far (for tests and benchmarks)."""
        return sorted(self._levels)


def in_rectangle(
    xs: FloatArray, ys: FloatArray, corner: tuple[float, float], other: tuple[float, float]
) -> BoolArray:
    """Which points lie in the rectangle spanned by two opposite corners (edges included)."""
    x0, x1 = sorted((corner[0], other[0]))
    y0, y1 = sorted((corner[1], other[1]))
    xs, ys = np.asarray(xs), np.asarray(ys)
    return (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)


def point_in_polygon(x: float, y: float, polygon: Polygon) -> bool:
    """Whether one point lies inside ``polygon`` (even-odd rule; the polygon closes itself)."""
    inside = False
    count = len(polygon)
    for i in range(count):
        xi, yi = polygon[i]
        xj, yj = polygon[i - 1]
        if (yi > y) != (yj > y) and x < xi + (y - yi) * (xj - xi) / (yj - yi):
            inside = not inside
    return inside


def in_polygon(xs: FloatArray, ys: FloatArray, polygon: Polygon) -> BoolArray:
    """Which points lie inside ``polygon`` (even-odd rule, same as :func:`point_in_polygon`);
    a polygon of fewer than three corners holds nothing."""
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    result = np.zeros(xs.shape, dtype=bool)
    if len(polygon) < 3 or xs.size == 0:
        return result
    corners = np.asarray(polygon, dtype=np.float64)
    # Only points inside the polygon's bounding box can be inside it: test those alone.
    (left, top), (right, bottom) = corners.min(axis=0), corners.max(axis=0)
    candidates = np.flatnonzero((xs >= left) & (xs <= right) & (ys >= top) & (ys <= bottom))
    px, py = xs[candidates], ys[candidates]
    inside = np.zeros(candidates.shape, dtype=bool)
    previous = corners[-1]
    for corner in corners:
        xi, yi = corner
        xj, yj = previous
        previous = corner
        if yi == yj:
            continue  # a horizontal edge never crosses a horizontal ray
        straddles = (yi > py) != (yj > py)
        with np.errstate(over="ignore"):  # a near-horizontal edge: ±inf is still right
            crossing_x = xi + (py - yi) * ((xj - xi) / (yj - yi))
        inside ^= straddles & (px < crossing_x)
    result[candidates] = inside
    return result


def relative_sales_scale(amounts: Sequence[float], groups: Sequence[str]) -> FloatArray:
    """A 0…1 size for each amount, relative to the others of its group (its currency):
    ``sqrt(amount / reference)`` capped at 1, the reference being the group's
    :data:`SIZE_REFERENCE_PERCENTILE`-th percentile of positive amounts (nearest rank).

    The square root makes a dot's *area* follow sales; the cap keeps a few giants from
    shrinking everyone else; grouping by currency keeps 1,000,000 VND from outweighing
    1,000 EUR. Zero, negative or missing sales give 0."""
    values = np.asarray(amounts, dtype=np.float64)
    if len(groups) != len(values):
        raise ValueError("one group per amount")
    result = np.zeros(values.shape, dtype=np.float64)
    labels = np.asarray(groups, dtype=object)
    for group in sorted(set(groups)):
        members = np.flatnonzero(labels == group)
        positive = np.sort(values[members][values[members] > 0])
        if positive.size == 0:
            continue
        rank = math.ceil(SIZE_REFERENCE_PERCENTILE / 100 * positive.size) - 1
        reference = float(positive[max(0, rank)])
        ratio = np.clip(values[members] / reference, 0.0, 1.0)
        result[members] = np.sqrt(ratio)
    return result


@dataclass(frozen=True, eq=False)
class FramePlan:
    """What one frame of the map draws: bubbles (each one or more clusters whose circles
    would overlap on screen) and dots (single points). Bubble ``b`` is made of the clusters
    ``clusters[starts[b]:starts[b + 1]]`` of ``level``."""

    level: ClusterLevel | None  # None when zoomed in so far that every point is a dot
    clusters: IntArray  # cluster indices, grouped by bubble
    starts: IntArray  # where each bubble's clusters begin in ``clusters``
    counts: IntArray  # per bubble: its points
    centre_x: FloatArray  # per bubble: the centroid of its points (world)
    centre_y: FloatArray
    dots: IntArray  # point indices drawn as dots, ascending
    visible: int  # points inside the view itself (no margin)

    @property
    def bubble_count(self) -> int:
        """How many bubbles the frame draws."""
        return len(self.counts)

    @property
    def clustered(self) -> bool:
        """Whether any bubble is drawn."""
        return self.bubble_count > 0

    def bubble_sums(self, per_cluster: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Per bubble, the sum of a per-cluster array (1-D, or 2-D with clusters as rows)."""
        if not self.bubble_count:
            return np.zeros((0, *per_cluster.shape[1:]), dtype=np.int64)
        return np.add.reduceat(per_cluster[self.clusters], self.starts, axis=0)

    def bubble_bounds(self, bubble: int) -> tuple[float, float, float, float]:
        """The world rectangle ``(left, top, right, bottom)`` holding a bubble's points."""
        assert self.level is not None
        end = self.starts[bubble + 1] if bubble + 1 < len(self.starts) else len(self.clusters)
        part = self.clusters[self.starts[bubble] : end]
        level = self.level
        return (
            float(level.min_x[part].min()),
            float(level.min_y[part].min()),
            float(level.max_x[part].max()),
            float(level.max_y[part].max()),
        )


def plan_frame(
    pyramid: ClusterPyramid,
    view: MapView,
    *,
    cell_px: float,
    small_cluster: int,
    dots_only_scale: float,
    bubble_radius: Callable[[IntArray], FloatArray],
    dot_room_px: float = 0.0,
    margin_px: float = 40.0,
) -> FramePlan:
    """Choose what to draw: cells of about ``cell_px`` pixels (the power-of-two level
    just below) holding more than ``small_cluster`` points become bubbles unless their
    points are spread out (see ``dot_room_px``); the points of other cells are dots; at
    ``dots_only_scale`` or closer every point is a dot. Bubbles
    whose circles (``bubble_radius(counts)`` pixels) would overlap are merged, largest
    first. Only clusters and points within ``margin_px`` of the view take part, so a
    frame's work follows what is on screen, not how many points exist."""
    xs, ys = pyramid.xs, pyramid.ys
    left, top, right, bottom = view.world_rect(margin_px)
    shown = view.world_rect()
    visible = int(np.count_nonzero(in_rectangle(xs, ys, shown[:2], shown[2:])))
    near_points = in_rectangle(xs, ys, (left, top), (right, bottom))
    none_i, none_f = np.zeros(0, dtype=np.int64), np.zeros(0)
    if view.scale >= dots_only_scale or xs.size == 0:
        dots = np.flatnonzero(near_points).astype(np.int64)
        return FramePlan(None, none_i, none_i, none_i, none_f, none_f, dots, visible)
    level = pyramid.level(cell_level(cell_px / view.scale))
    in_view = (
        (level.max_x >= left)
        & (level.min_x <= right)
        & (level.max_y >= top)
        & (level.min_y <= bottom)
    )
    # A cell is drawn as dots when it holds few points, or when its points are spread out
    # enough that each dot gets about ``dot_room_px`` × ``dot_room_px`` pixels to itself.
    spread = (level.max_x - level.min_x) * view.scale + dot_room_px
    spread *= (level.max_y - level.min_y) * view.scale + dot_room_px
    roomy = spread >= level.counts * dot_room_px**2 if dot_room_px > 0 else False
    small = (level.counts <= small_cluster) | roomy
    dots = np.flatnonzero(near_points & small[level.point_cluster]).astype(np.int64)
    chosen = np.flatnonzero(in_view & ~small).astype(np.int64)
    px, py = view.to_screen_many(level.centre_x[chosen], level.centre_y[chosen])
    owner = _merge_overlapping(px, py, bubble_radius(level.counts[chosen]), level.counts[chosen])
    grouping = np.lexsort((chosen, owner))  # by owner, then cluster: deterministic
    clusters, owners = chosen[grouping], owner[grouping]
    new_bubble = np.ones(len(owners), dtype=bool)
    new_bubble[1:] = owners[1:] != owners[:-1]
    starts = np.flatnonzero(new_bubble).astype(np.int64)
    counts = np.add.reduceat(level.counts[clusters], starts) if len(starts) else none_i
    weighted_x = level.centre_x[clusters] * level.counts[clusters]
    weighted_y = level.centre_y[clusters] * level.counts[clusters]
    centre_x = np.add.reduceat(weighted_x, starts) / counts if len(starts) else none_f
    centre_y = np.add.reduceat(weighted_y, starts) / counts if len(starts) else none_f
    return FramePlan(level, clusters, starts, counts, centre_x, centre_y, dots, visible)


def _merge_overlapping(
    px: FloatArray, py: FloatArray, radius: FloatArray, counts: IntArray
) -> IntArray:
    """For each circle, the index of the circle it is drawn as: the largest circles stay,
    a smaller one overlapping a staying one joins the nearest of them."""
    owner = np.arange(len(px), dtype=np.int64)
    kept: list[int] = []
    for i in np.lexsort((np.arange(len(px)), -counts)).tolist():
        if kept:
            anchors = np.asarray(kept)
            distance = np.hypot(px[anchors] - px[i], py[anchors] - py[i])
            overlapping = distance < radius[anchors] + radius[i]
            if overlapping.any():
                owner[i] = anchors[overlapping][np.argmin(distance[overlapping])]
                continue
        kept.append(i)
    return owner
