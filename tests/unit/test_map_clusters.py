"""The territory map's geometry: projection, view, grid clusters, selection, dot sizes."""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.map_clusters import (
    ClusterPyramid,
    category_counts,
    cell_level,
    cell_size,
    cluster_grid,
    in_polygon,
    in_rectangle,
    plan_frame,
    point_in_polygon,
    relative_sales_scale,
)
from acct_desktop.domain.map_projection import (
    MAX_LATITUDE,
    MapView,
    project,
    project_many,
    unproject,
    valid_coordinates,
    wrapped_longitude,
)

latitudes = st.floats(-MAX_LATITUDE, MAX_LATITUDE)
longitudes = st.floats(-180.0, 180.0)
unit = st.floats(0.0, 1.0, allow_nan=False)


def random_points(count: int, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.random(count), rng.random(count)


# -- projection ---------------------------------------------------------------------------
def test_the_equator_and_greenwich_meet_in_the_middle_of_the_world() -> None:
    assert project(0.0, 0.0) == pytest.approx((0.5, 0.5))
    assert project(0.0, -180.0)[0] == pytest.approx(0.0)
    assert project(0.0, 180.0)[0] == pytest.approx(1.0)
    assert project(MAX_LATITUDE, 0.0)[1] == pytest.approx(0.0, abs=1e-9)  # north is up
    assert project(-MAX_LATITUDE, 0.0)[1] == pytest.approx(1.0, abs=1e-9)


@given(latitudes, longitudes)
def test_unproject_inverts_project(latitude: float, longitude: float) -> None:
    back = unproject(*project(latitude, longitude))
    assert back == pytest.approx((latitude, longitude), abs=1e-7)


@given(latitudes, latitudes, longitudes)
def test_further_north_is_higher_on_the_map(a: float, b: float, longitude: float) -> None:
    low, high = sorted((a, b))
    if high - low > 1e-9:
        assert project(high, longitude)[1] < project(low, longitude)[1]


@given(longitudes, longitudes, latitudes)
def test_further_east_is_further_right(a: float, b: float, latitude: float) -> None:
    west, east = sorted((a, b))
    if east - west > 1e-9:
        assert project(latitude, east)[0] > project(latitude, west)[0]


def test_mercator_keeps_shapes_true_at_any_latitude() -> None:
    """A small square on the ground is a square on the map (conformal), also at 53° N."""
    for latitude in (10.0, 30.0, 53.0):
        x0, y0 = project(latitude, 5.0)
        x1, _ = project(latitude, 5.01)
        _, y1 = project(latitude + 0.01 * math.cos(math.radians(latitude)), 5.0)
        assert (x1 - x0) == pytest.approx(y0 - y1, rel=1e-3)


def test_the_poles_are_clamped_not_infinite() -> None:
    assert math.isfinite(project(90.0, 0.0)[1])
    assert project(90.0, 0.0) == project(MAX_LATITUDE, 0.0)


@given(st.lists(st.tuples(latitudes, longitudes), min_size=1, max_size=20))
def test_projecting_many_matches_projecting_one_by_one(points: list[tuple[float, float]]) -> None:
    xs, ys = project_many([p[0] for p in points], [p[1] for p in points])
    for (latitude, longitude), x, y in zip(points, xs, ys, strict=True):
        assert (x, y) == pytest.approx(project(latitude, longitude), abs=1e-12)


@pytest.mark.parametrize(
    ("latitude", "longitude", "valid"),
    [(52.1, 5.1, True), (None, 5.1, False), (52.1, None, False), (91.0, 5.0, False),
     (10.0, 181.0, False), (float("nan"), 5.0, False), (-90.0, -180.0, True)],
)  # fmt: skip
def test_which_coordinates_are_usable(
    latitude: float | None, longitude: float | None, valid: bool
) -> None:
    assert valid_coordinates(latitude, longitude) is valid


# -- the view -----------------------------------------------------------------------------
@given(unit, unit, st.floats(200.0, 1e6))
def test_screen_and_world_positions_convert_both_ways(x: float, y: float, scale: float) -> None:
    view = MapView(900, 600, 0.3, 0.4, scale)
    assert view.to_world(*view.to_screen(x, y)) == pytest.approx((x, y), abs=1e-9)


@given(st.floats(0.2, 5.0), st.floats(0, 900), st.floats(0, 600))
def test_zooming_keeps_the_point_under_the_cursor(factor: float, px: float, py: float) -> None:
    view = MapView(900, 600, 0.8, 0.4, 5000.0)
    under = view.to_world(px, py)
    view.zoom_at(factor, px, py)
    assert view.to_screen(*under) == pytest.approx((px, py), abs=1e-6)


def test_fit_shows_the_whole_rectangle_with_its_margin_and_leaves_the_bottom_free() -> None:
    view = MapView(1000, 640)
    bounds = (0.70, 0.40, 0.85, 0.45)
    view.fit(bounds, margin_px=30, bottom_px=50)
    left, top = view.to_screen(bounds[0], bounds[1])
    right, bottom = view.to_screen(bounds[2], bounds[3])
    assert left >= 29.99 and right <= 970.01
    assert top >= 29.99 and bottom <= 640 - 30 - 50 + 0.01
    assert max(left - 30, 970 - right) < 0.01 or max(top - 30, 560 - bottom) < 0.01


# -- grid clusters ------------------------------------------------------------------------
def dict_clusters(xs: np.ndarray, ys: np.ndarray, cell: float, weights: np.ndarray):
    """The obvious implementation, as the oracle: a dict of cell -> [count, sx, sy, w]."""
    cells: dict[tuple[int, int], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    for x, y, w in zip(xs.tolist(), ys.tolist(), weights.tolist(), strict=True):
        entry = cells[(math.floor(x / cell), math.floor(y / cell))]
        entry[0] += 1
        entry[1] += x
        entry[2] += y
        entry[3] += w
    return [(key, *values) for key, values in sorted(cells.items())]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 400), st.integers(-12, -1), st.integers(0, 10_000))
def test_clusters_match_plain_dict_bucketing(count: int, level: int, seed: int) -> None:
    xs, ys = random_points(count, seed)
    weights = np.random.default_rng(seed + 1).random(count) * 1000
    clusters = cluster_grid(xs, ys, cell_size(level), weights)
    expected = dict_clusters(xs, ys, cell_size(level), weights)
    assert len(clusters) == len(expected)
    for i, (_key, n, sx, sy, w) in enumerate(expected):  # same (column, row) order
        assert clusters.counts[i] == n
        assert clusters.centre_x[i] == pytest.approx(sx / n)
        assert clusters.centre_y[i] == pytest.approx(sy / n)
        assert clusters.weights[i] == pytest.approx(w)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 500), st.integers(-14, 0), st.integers(0, 10_000))
def test_clustering_conserves_counts_and_sums(count: int, level: int, seed: int) -> None:
    xs, ys = random_points(count, seed)
    weights = np.arange(count, dtype=float)
    clusters = cluster_grid(xs, ys, cell_size(level), weights)
    assert clusters.counts.sum() == count
    assert clusters.weights.sum() == pytest.approx(weights.sum())
    members = np.concatenate([clusters.members(i) for i in range(len(clusters))])
    assert sorted(members.tolist()) == list(range(count))  # every point in exactly one
    for i in range(len(clusters)):
        inside = clusters.members(i)
        assert (clusters.point_cluster[inside] == i).all()
        assert xs[inside].min() == clusters.min_x[i] and ys[inside].max() == clusters.max_y[i]


def test_clustering_is_deterministic() -> None:
    xs, ys = random_points(5_000)
    first, second = cluster_grid(xs, ys, 1 / 64), cluster_grid(xs.copy(), ys.copy(), 1 / 64)
    for name in ("counts", "centre_x", "centre_y", "point_cluster", "order", "starts"):
        assert np.array_equal(getattr(first, name), getattr(second, name)), name


def test_finer_cells_nest_inside_coarser_ones() -> None:
    xs, ys = random_points(3_000)
    fine, coarse = cluster_grid(xs, ys, cell_size(-6)), cluster_grid(xs, ys, cell_size(-5))
    for i in range(len(fine)):
        assert len(set(coarse.point_cluster[fine.members(i)].tolist())) == 1


def test_no_points_no_clusters() -> None:
    clusters = cluster_grid(np.zeros(0), np.zeros(0), 0.1)
    assert len(clusters) == 0 and clusters.counts.sum() == 0


def test_category_counts_and_ties_going_to_the_more_important_category() -> None:
    xs = np.array([0.1, 0.11, 0.12, 0.13, 0.9, 0.91])
    ys = np.array([0.1, 0.11, 0.12, 0.13, 0.9, 0.91])
    clusters = cluster_grid(xs, ys, 0.5)
    matrix, dominant = category_counts(clusters, np.array([2, 2, 1, 0, 2, 1]), 3)
    assert matrix.tolist() == [[1, 1, 2], [0, 1, 1]]
    assert dominant.tolist() == [2, 1]  # a 1–1 tie goes to category 1, not 2
    assert (matrix.sum(axis=1) == clusters.counts).all()
    with pytest.raises(ValueError):
        category_counts(clusters, np.array([0, 0, 0, 0, 0, 3]), 3)


@pytest.mark.parametrize(("cell", "level"), [(1.0, 0), (0.75, -1), (0.5, -1), (0.01, -7)])
def test_cell_levels_are_powers_of_two_not_above_the_wish(cell: float, level: int) -> None:
    assert cell_level(cell) == level
    assert cell_size(cell_level(cell)) <= cell < 2 * cell_size(cell_level(cell))


def test_the_pyramid_computes_a_level_once() -> None:
    xs, ys = random_points(100)
    pyramid = ClusterPyramid(xs, ys)
    assert pyramid.level(-3) is pyramid.level(-3)
    assert pyramid.cached_levels == [-3]


# -- what a frame draws -------------------------------------------------------------------
def tight_groups() -> tuple[np.ndarray, np.ndarray]:
    """Three towns of 50 accounts each and four lone accounts."""
    rng = np.random.default_rng(3)
    towns = [(0.30, 0.30), (0.60, 0.35), (0.45, 0.70)]
    xs = np.concatenate([rng.normal(x, 0.002, 50) for x, _ in towns] + [[0.1, 0.9, 0.2, 0.8]])
    ys = np.concatenate([rng.normal(y, 0.002, 50) for _, y in towns] + [[0.9, 0.1, 0.5, 0.6]])
    return xs, ys


def plan(view: MapView, xs: np.ndarray, ys: np.ndarray):
    return plan_frame(
        ClusterPyramid(xs, ys),
        view,
        cell_px=64,
        small_cluster=3,
        dots_only_scale=1e6,
        bubble_radius=lambda counts: 11 + 4 * np.log10(counts),
    )


def test_zoomed_out_towns_are_bubbles_and_lone_accounts_dots() -> None:
    xs, ys = tight_groups()
    frame = plan(MapView(1000, 1000, 0.5, 0.5, 1000.0), xs, ys)
    assert frame.clustered and frame.bubble_count == 3
    assert sorted(frame.counts.tolist()) == [50, 50, 50]
    assert sorted(frame.dots.tolist()) == [150, 151, 152, 153]
    assert frame.counts.sum() + len(frame.dots) == len(xs) == frame.visible


def test_zoomed_in_to_street_level_everything_is_a_dot() -> None:
    xs, ys = tight_groups()
    frame = plan(MapView(1000, 1000, 0.30, 0.30, 2e6), xs, ys)
    assert not frame.clustered and frame.level is None
    assert set(frame.dots.tolist()) <= set(range(50))  # only the town in view


def test_a_cell_of_well_spread_points_shows_them_as_dots() -> None:
    xs = np.array([0.500, 0.500, 0.5002, 0.5002, 0.5001])  # a 2×2 square and its middle
    ys = np.array([0.500, 0.5002, 0.500, 0.5002, 0.5001])
    view = MapView(1000, 1000, 0.5001, 0.5001, 2.0**17)  # 0.0002 world ≈ 26 px
    pyramid = ClusterPyramid(xs, ys)

    def frame(room: float):
        return plan_frame(pyramid, view, cell_px=64, small_cluster=3, dots_only_scale=1e9,
                          bubble_radius=lambda c: 11 + 0 * c, dot_room_px=room)  # fmt: skip

    assert frame(0).bubble_count == 1  # five points in one cell: a bubble
    assert frame(18).bubble_count == 0 and len(frame(18).dots) == 5  # room for five dots
    assert frame(40).bubble_count == 1  # not enough room for dots that big


def test_overlapping_bubbles_merge_into_one() -> None:
    xs = np.array([0.4999] * 10 + [0.5001] * 10)  # either side of a cell border
    ys = np.full(20, 0.5)
    frame = plan(MapView(800, 600, 0.5, 0.5, 256.0), xs, ys)
    assert frame.bubble_count == 1 and frame.counts.tolist() == [20]
    assert frame.centre_x[0] == pytest.approx(0.5)


# -- selection ----------------------------------------------------------------------------
def test_rectangle_selection_takes_either_corner_order_and_includes_edges() -> None:
    xs, ys = np.array([0.1, 0.2, 0.3, 0.5]), np.array([0.1, 0.2, 0.3, 0.5])
    assert in_rectangle(xs, ys, (0.3, 0.3), (0.1, 0.1)).tolist() == [True, True, True, False]
    assert in_rectangle(xs, ys, (0.1, 0.3), (0.3, 0.1)).tolist() == [True, True, True, False]


U_SHAPE = [(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)]


@pytest.mark.parametrize(
    ("point", "inside"),
    [((0.5, 2.5), True), ((2.5, 2.5), True), ((1.5, 0.5), True), ((1.5, 2.0), False),
     ((1.5, 2.9), False), ((4.0, 1.0), False), ((-0.1, 0.5), False)],
)  # fmt: skip
def test_a_concave_lasso_leaves_out_its_notch(point: tuple[float, float], inside: bool) -> None:
    assert point_in_polygon(*point, U_SHAPE) is inside
    assert in_polygon(np.array([point[0]]), np.array([point[1]]), U_SHAPE).tolist() == [inside]


def test_a_lasso_of_two_points_selects_nothing() -> None:
    assert not in_polygon(np.array([0.5]), np.array([0.5]), [(0, 0), (1, 1)]).any()


def winding_number(x: float, y: float, polygon: list[tuple[float, float]]) -> int:
    """An independent oracle: the winding number (non-zero = inside for simple polygons)."""
    total = 0.0
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        total += math.atan2((ax - x) * (by - y) - (ay - y) * (bx - x),
                            (ax - x) * (bx - x) + (ay - y) * (by - y))  # fmt: skip
    return round(total / (2 * math.pi))


@st.composite
def star_polygons(draw: st.DrawFn) -> list[tuple[float, float]]:
    """Simple polygons, often concave: corners at increasing angles, random radii."""
    count = draw(st.integers(3, 12))
    angles = sorted(draw(st.lists(st.floats(0, 2 * math.pi - 0.01), min_size=count,
                                  max_size=count, unique=True)))  # fmt: skip
    radii = draw(st.lists(st.floats(0.2, 1.0), min_size=count, max_size=count))
    return [(r * math.cos(a), r * math.sin(a)) for a, r in zip(angles, radii, strict=True)]


@settings(max_examples=80, deadline=None)
@given(star_polygons(), st.integers(0, 1000))
def test_lasso_selection_agrees_with_the_winding_number(
    polygon: list[tuple[float, float]], seed: int
) -> None:
    rng = np.random.default_rng(seed)
    xs, ys = rng.uniform(-1.1, 1.1, 300), rng.uniform(-1.1, 1.1, 300)
    chosen = in_polygon(xs, ys, polygon)
    for x, y, inside in zip(xs.tolist(), ys.tolist(), chosen.tolist(), strict=True):
        if _near_an_edge(x, y, polygon):
            continue  # on the boundary either answer is fine
        assert inside == (winding_number(x, y, polygon) != 0)
        assert inside == point_in_polygon(x, y, polygon)


def _near_an_edge(x: float, y: float, polygon: list[tuple[float, float]]) -> bool:
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy or 1)))
        if math.hypot(ax + t * dx - x, ay + t * dy - y) < 1e-6:
            return True
    return False


# -- dot sizes ----------------------------------------------------------------------------
def test_dot_sizes_are_relative_within_each_currency() -> None:
    amounts = [0, 100, 400, 10_000, 2_500_000, 10_000_000, 250_000_000]
    groups = ["EUR", "EUR", "EUR", "EUR", "VND", "VND", "VND"]
    sizes = relative_sales_scale(amounts, groups)
    assert sizes[0] == 0.0
    assert sizes[1] == pytest.approx(0.1) and sizes[2] == pytest.approx(0.2)
    assert sizes[3] == 1.0 and sizes[6] == 1.0  # each currency's largest
    assert sizes[4] == pytest.approx(0.1)  # 1/100 of VND's reference, as 100 EUR of 10,000


@given(st.lists(st.floats(0, 1e9), min_size=1, max_size=40))
def test_dot_sizes_stay_between_zero_and_one_and_follow_sales(amounts: list[float]) -> None:
    sizes = relative_sales_scale(amounts, ["EUR"] * len(amounts))
    assert ((sizes >= 0) & (sizes <= 1)).all()
    order = np.argsort(amounts, kind="stable")
    assert (np.diff(sizes[order]) >= -1e-12).all()


@pytest.mark.parametrize(
    ("longitude", "shown"),
    [(0.0, 0.0), (120.0, 120.0), (180.0, 180.0), (-180.0, 180.0), (240.0, -120.0),
     (300.0, -60.0), (-190.0, 170.0), (540.0, 180.0), (-0.5, -0.5)],
)  # fmt: skip
def test_a_longitude_past_the_date_line_is_written_as_an_atlas_does(
    longitude: float, shown: float
) -> None:
    assert wrapped_longitude(longitude) == shown
