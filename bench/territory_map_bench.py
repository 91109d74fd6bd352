"""Benchmark of the territory map: loading the points, clustering them, painting them.

Usage::

    python bench/territory_map_bench.py [--db PATH] [--points 100000] [--repeat 5]

Every figure is a median over ``--repeat`` timed runs (after one discarded warm-up),
alternating with a *floor* measured in the same run, and reported with the ratio to it (the
house style of ``bench/run.py``):

* ``territory_points`` on ``--db`` (a demo database, e.g. ``acct-desktop demo --size L``)
  against a bare ``SELECT id, latitude, longitude FROM account`` through ``sqlite3``;
* grid clustering of ``--points`` synthetic points with numpy against the same bucketing
  with a Python dict (the floor here is the slower alternative, so a ratio below 1 is good);
* a paint of the map widget (1000×640, offscreen, ``--points`` synthetic accounts) at three
  zoom levels, each cold (first frame at that level: clustering included) and warm, against
  filling a bare ``QImage`` of the same size.
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import sys
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import timing
from timing import Trial, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1000, 640)


def measure(name: str, trial: Trial, floor: Trial, repeat: int) -> dict[str, float | str]:
    """``trial`` against ``floor``, alternating, in milliseconds (``timing.measure``)."""
    return timing.measure(name, trial, floor, repeat).in_ms()


# -- loading ------------------------------------------------------------------------------
def load_points(db_path: Path, today: date, repeat: int) -> dict[str, float | str]:
    from acct_desktop.services.territory_points import territory_points
    from acct_desktop.store.database import open_database

    database = open_database(db_path, create=False)
    raw = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        count = len(territory_points(database, today))
        return measure(
            f"territory_points ({count:,} accounts)",
            lambda: timed(lambda: territory_points(database, today)),
            lambda: timed(
                lambda: raw.execute("SELECT id, latitude, longitude FROM account").fetchall()
            ),
            repeat,
        )
    finally:
        raw.close()
        database.close()


# -- synthetic accounts -------------------------------------------------------------------
def synthetic_points(count: int, today: date):  # type: ignore[no-untyped-def]
    """``count`` accounts around 300 towns between the Netherlands and East Asia."""
    import numpy as np

    from acct_desktop.domain.enums import Tier
    from acct_desktop.services.territory_points import TerritoryPoint, TerritoryPoints, VisitState

    rng = np.random.default_rng(1)
    towns_lat, towns_lon = rng.uniform(10, 53, 300), rng.uniform(4, 122, 300)
    town = rng.integers(0, 300, count)
    lat = towns_lat[town] + rng.normal(0, 0.05, count)
    lon = towns_lon[town] + rng.normal(0, 0.06, count)
    tiers, states = list(Tier), list(VisitState)
    tier, state = rng.integers(0, 3, count), rng.integers(0, 3, count)
    issues, sales = rng.poisson(0.1, count), rng.lognormal(10, 1.5, count).round(2)
    points = [
        TerritoryPoint(
            account_id=uuid.UUID(int=k + 1),
            code=f"SY{k:06d}",
            name=f"Synthetic account {k}",
            latitude=float(lat[k]),
            longitude=float(lon[k]),
            tier=tiers[tier[k]],
            last_visit=today - timedelta(days=20),
            next_due=today + timedelta(days=int(state[k]) * 5 - 5),
            overdue_days=5 if state[k] == 0 else None,
            issues_past_deadline=int(issues[k]),
            sales_12m=Decimal(str(sales[k])),
            currency="EUR",
            visit_state=states[state[k]],
        )
        for k in range(count)
    ]
    return TerritoryPoints(points, 0, today), lat, lon


# -- clustering ---------------------------------------------------------------------------
def clustering(lat, lon, repeat: int) -> dict[str, float | str]:  # type: ignore[no-untyped-def]
    from acct_desktop.domain.map_clusters import cell_size, cluster_grid
    from acct_desktop.domain.map_projection import project_many

    xs, ys = project_many(lat, lon)
    cell = cell_size(-10)
    x_list, y_list = xs.tolist(), ys.tolist()

    def with_dict() -> None:
        cells: dict[tuple[int, int], list[float]] = {}
        for x, y in zip(x_list, y_list, strict=True):
            key = (math.floor(x / cell), math.floor(y / cell))
            entry = cells.get(key)
            if entry is None:
                cells[key] = [1, x, y]
            else:
                entry[0] += 1
                entry[1] += x
                entry[2] += y

    return measure(
        f"cluster_grid, {len(xs):,} points (floor: Python dict bucketing)",
        lambda: timed(lambda: cluster_grid(xs, ys, cell)),
        lambda: timed(with_dict),
        repeat,
    )


# -- painting -----------------------------------------------------------------------------
def painting(points, repeat: int) -> list[dict[str, float | str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    from acct_desktop.app import make_application
    from acct_desktop.domain.map_clusters import ClusterPyramid
    from acct_desktop.domain.map_projection import project
    from acct_desktop.gui.widgets.territory_map import TerritoryMap

    app = make_application([sys.argv[0]])
    widget = TerritoryMap()
    widget.resize(SIZE[0], SIZE[1] + 34)
    widget.show()
    app.processEvents()
    started = time.perf_counter()
    widget.set_points(points)
    print(f"set_points({len(points):,}): {(time.perf_counter() - started) * 1000:.0f} ms")
    canvas = widget.canvas
    canvas.fit_all()
    fitted = canvas.view.scale
    centre = project(points.points[0].latitude, points.points[0].longitude)
    views = {
        "fit (whole territory)": (canvas.view.centre_x, canvas.view.centre_y, fitted),
        "region (100 px ≈ 25 km)": (*centre, 2.0**17),
        "street (100 px ≈ 1 km)": (*centre, 2.0**22),
    }

    def floor() -> float:
        image = QImage(canvas.width(), canvas.height(), QImage.Format.Format_ARGB32_Premultiplied)
        return timed(lambda: image.fill(QColor("white")))

    def frame(cold: bool) -> float:
        if cold:  # forget every clustering, as after new data
            canvas._pyramid = ClusterPyramid(canvas._xs, canvas._ys)
            canvas._mixes.clear()
            canvas._plan = None
        canvas.repaint()
        return canvas.last_paint_ms / 1000

    results = []
    for label, (cx, cy, scale) in views.items():
        canvas.view.centre_x, canvas.view.centre_y, canvas.view.scale = cx, cy, scale
        canvas.zoom_by(1.0)
        mode = f"{canvas.lod_mode()}: {canvas.cluster_count()} bubbles, "
        mode += f"{len(canvas.frame().dots)} dots"
        for cold in (True, False):
            name = f"paint {label}, {'cold' if cold else 'warm'} ({mode})"
            results.append(measure(name, lambda cold=cold: frame(cold), floor, repeat))
    widget.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database for territory_points")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    results = []
    if args.db is not None:
        results.append(load_points(args.db, args.today, args.repeat))
    points, lat, lon = synthetic_points(args.points, args.today)
    results.append(clustering(lat, lon, args.repeat))
    results.extend(painting(points, args.repeat))
    print(timing.ms_table(results, floor_places=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
