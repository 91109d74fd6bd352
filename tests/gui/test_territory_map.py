"""The territory map widget: clicking, selecting, level of detail, routes, empty state."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.map_projection import project
from acct_desktop.gui.style import ACCENT
from acct_desktop.gui.widgets.territory_map import (
    TIER_MODE,
    TerritoryCanvas,
    TerritoryMap,
)
from acct_desktop.gui.widgets.territory_map_paint import label_box
from acct_desktop.services.territory_points import (
    TerritoryPoint,
    TerritoryPoints,
    VisitState,
    territory_points,
)
from acct_desktop.store.database import open_database
from tests.conftest import DEMO_TODAY

TOWNS = {"Utrecht": (52.09, 5.12), "Hanoi": (21.03, 105.85), "Shanghai": (31.23, 121.47)}


def point(name: str, latitude: float, longitude: float, **changes: object) -> TerritoryPoint:
    values: dict[str, object] = {
        "account_id": uuid.uuid5(uuid.NAMESPACE_DNS, name),
        "code": name.upper()[:12],
        "name": name,
        "latitude": latitude,
        "longitude": longitude,
        "tier": Tier.B,
        "last_visit": DEMO_TODAY - timedelta(days=10),
        "next_due": DEMO_TODAY + timedelta(days=4),
        "overdue_days": None,
        "issues_past_deadline": 0,
        "sales_12m": Decimal("1000.00"),
        "currency": "EUR",
        "visit_state": VisitState.DUE_SOON,
    }
    values.update(changes)
    return TerritoryPoint(**values)  # type: ignore[arg-type]


def three_towns(per_town: int = 60, without: int = 0) -> TerritoryPoints:
    """Accounts around three towns far apart, on a 0.01° grid (about 1 km) in each."""
    points = []
    for town, (lat, lon) in TOWNS.items():
        for k in range(per_town):
            points.append(point(f"{town} {k:03d}", lat + (k // 8) * 0.01, lon + (k % 8) * 0.01))
    return TerritoryPoints(points, without, DEMO_TODAY)


@pytest.fixture
def territory(qtbot) -> TerritoryMap:
    widget = TerritoryMap()
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def zoom_to(canvas: TerritoryCanvas, latitude: float, longitude: float, scale: float) -> None:
    canvas.view.centre_x, canvas.view.centre_y = project(latitude, longitude)
    canvas.view.scale = scale
    canvas.zoom_by(1.0)  # tells the widget that the view moved


def pixel(canvas: TerritoryCanvas, at: QPointF) -> QColor:
    return canvas.grab().toImage().pixelColor(at.toPoint())


def test_zoomed_out_the_towns_are_bubbles_with_their_counts(territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    assert canvas.lod_mode() == "clusters"
    assert canvas.cluster_count() == 3
    assert sorted(canvas.frame().counts.tolist()) == [60, 60, 60]
    assert territory.status_text().startswith("180 ")


def test_zoomed_in_the_accounts_are_dots(territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    zoom_to(canvas, *TOWNS["Utrecht"], 2.0**20)
    assert canvas.lod_mode() == "dots"
    assert canvas.cluster_count() == 0
    assert len(canvas.frame().dots) == 60
    territory.canvas.fit_all()
    assert canvas.lod_mode() == "clusters"


def test_clicking_a_dot_makes_its_account_current(qtbot, territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    zoom_to(canvas, *TOWNS["Hanoi"], 2.0**20)
    target = three_towns().points[60 + 9]  # Hanoi 009
    at = canvas.screen_position(target.account_id)
    assert at is not None and canvas.rect().contains(at.toPoint())
    with qtbot.waitSignal(territory.account_clicked, timeout=1000) as clicked:
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert clicked.args == [target.account_id]


def test_clicking_empty_ground_selects_nothing(qtbot, territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    with qtbot.assertNotEmitted(territory.account_clicked):
        QTest.mouseClick(territory.canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))


def test_clicking_a_bubble_zooms_into_it(territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    before = canvas.view.scale
    bubble = canvas.frame()
    at = QPointF(*canvas.view.to_screen(bubble.centre_x[0], bubble.centre_y[0]))
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert canvas.view.scale >= 2 * before


def test_shift_drag_selects_the_accounts_inside_the_rectangle(
    qtbot, territory: TerritoryMap
) -> None:
    points = three_towns()
    territory.set_points(points)
    canvas = territory.canvas
    zoom_to(canvas, *TOWNS["Utrecht"], 2.0**20)
    utrecht = points.points[:60]
    wanted = [p for p in utrecht if p.name.endswith(("000", "001", "008", "009"))]  # 2×2
    corners = [canvas.screen_position(p.account_id) for p in wanted]
    left = min(c.x() for c in corners) - 4
    top = min(c.y() for c in corners) - 4
    right = max(c.x() for c in corners) + 4
    bottom = max(c.y() for c in corners) + 4
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(territory.selection_changed, timeout=1000) as changed:
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, shift, QPoint(int(left), int(top)))
        QTest.mouseMove(canvas, QPoint(int(right), int(bottom)))
        QTest.mouseRelease(
            canvas, Qt.MouseButton.LeftButton, shift, QPoint(int(right), int(bottom))
        )
    assert set(changed.args[0]) == {p.account_id for p in wanted}
    assert territory.plan_action.isEnabled()
    assert "4 selected" in territory.status_text()
    with qtbot.waitSignal(territory.plan_requested, timeout=1000) as planned:
        territory.plan_action.trigger()
    assert set(planned.args[0]) == {p.account_id for p in wanted}


def test_ctrl_drag_lasso_selects_inside_a_concave_outline(qtbot, territory: TerritoryMap) -> None:
    points = three_towns()
    territory.set_points(points)
    canvas = territory.canvas
    zoom_to(canvas, *TOWNS["Utrecht"], 2.0**20)
    lat, lon = TOWNS["Utrecht"]

    def at(row: float, column: float) -> QPoint:
        world = project(lat + row * 0.01, lon + column * 0.01)
        return QPointF(*canvas.view.to_screen(*world)).toPoint()

    # A "U" over rows 0–3 and columns 0–3 whose notch leaves out columns 1–2 of rows 1–3.
    outline = [at(-0.5, -0.5), at(-0.5, 3.5), at(3.5, 3.5), at(3.5, 2.5), at(0.5, 2.5),
               at(0.5, 0.5), at(3.5, 0.5), at(3.5, -0.5)]  # fmt: skip
    ctrl = Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(territory.selection_changed, timeout=1000) as changed:
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, ctrl, outline[0])
        for corner in outline[1:]:
            QTest.mouseMove(canvas, corner)
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, ctrl, outline[-1])
    chosen = {p.name for p in points.points if p.account_id in set(changed.args[0])}
    rows_cols = {(int(n[-3:]) // 8, int(n[-3:]) % 8) for n in chosen}
    expected = {(r, c) for r in range(4) for c in range(4) if r == 0 or c in (0, 3)}
    assert rows_cols == expected


def test_escape_clears_the_selection(qtbot, territory: TerritoryMap) -> None:
    points = three_towns()
    territory.set_points(points)
    territory.set_selection([p.account_id for p in points.points[:5]])
    territory.canvas.setFocus()
    with qtbot.waitSignal(territory.selection_changed, timeout=1000) as changed:
        QTest.keyClick(territory.canvas, Qt.Key.Key_Escape)
    assert changed.args == [[]]
    assert not territory.plan_action.isEnabled()


def test_a_route_is_drawn_as_numbered_stops_in_order(territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    stops = [(52.10, 5.10, "First"), (52.14, 5.20, "Second"), (52.05, 5.25, "Third")]
    zoom_to(canvas, 52.10, 5.18, 2.0**17)
    second = QPointF(*canvas.view.to_screen(*project(52.14, 5.20)))
    before = pixel(canvas, second - QPointF(8, 0))
    territory.show_route([*stops, (None, None, "nowhere")])
    assert canvas.route_stop_count() == 3
    marker = QPointF(*canvas.view.to_screen(*project(52.14, 5.20)))
    drawn = pixel(canvas, marker - QPointF(8, 0))  # on the marker, clear of its number
    assert drawn.name() == ACCENT.name() != before.name()
    territory.clear_route()
    assert canvas.route_stop_count() == 0


def test_a_planned_day_is_drawn_through_its_accounts(territory: TerritoryMap) -> None:
    points = three_towns().points
    territory.set_points(three_towns())
    day = [(points[k].account_id, f"{9 + k}:00 {points[k].name}") for k in (0, 9, 18)]
    territory.show_accounts_route([*day, (uuid.uuid4(), "not on the map")])
    assert territory.canvas.route_stop_count() == 3
    first = territory.canvas.screen_position(points[0].account_id)
    assert first is not None and territory.canvas.rect().contains(first.toPoint())


def test_nothing_located_shows_what_to_do(territory: TerritoryMap) -> None:
    territory.set_points(TerritoryPoints([], 37, DEMO_TODAY))
    assert "37 without coordinates" in territory.status_text()
    assert "37 account" in territory.canvas.empty_text()
    assert territory.canvas.lod_mode() == "dots" and territory.canvas.cluster_count() == 0
    image = territory.canvas.grab().toImage()  # paints without points
    assert not image.isNull()


def test_tooltips_say_in_words_what_the_colours_mean(territory: TerritoryMap) -> None:
    late = point(
        "Late shop", 52.0, 5.0, tier=Tier.A, overdue_days=12, issues_past_deadline=2,
        visit_state=VisitState.OVERDUE, next_due=DEMO_TODAY - timedelta(days=12),
    )  # fmt: skip
    territory.set_points(TerritoryPoints([late], 0, DEMO_TODAY))
    text = territory.canvas.tooltip_text("point", 0)
    for words in ("Late shop", "LATE SHOP", "Tier A", "overdue by 12", "2 issue", "1,000.00 EUR"):
        assert words in text


def test_colour_mode_switches_the_legend(territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    territory.set_colour_mode(TIER_MODE)
    assert territory.canvas.colour_mode == TIER_MODE
    assert territory.colour_combo.currentIndex() == TIER_MODE


def test_the_s_demo_on_the_map(territory: TerritoryMap, demo_db: Path) -> None:
    database = open_database(demo_db)
    try:
        territory.set_points(territory_points(database, DEMO_TODAY))
    finally:
        database.close()
    assert territory.status_text() == "200 account(s) shown"
    assert territory.canvas.lod_mode() == "clusters"
    image = territory.canvas.grab().toImage()
    assert not image.isNull() and territory.canvas.last_paint_ms > 0


def test_keys_zoom_and_fit(qtbot, territory: TerritoryMap) -> None:
    territory.set_points(three_towns())
    canvas = territory.canvas
    canvas.setFocus()
    fitted = canvas.view.scale
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view.scale > fitted
    QTest.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.view.scale == pytest.approx(fitted)


def test_clustered_stops_each_get_a_label_that_covers_no_other() -> None:
    """Five stops within a marker's width of one another (a town's day at 150 %): every
    label finds a place a row up or down, covering no marker or other label (stop 2's
    was left out)."""
    spots = [QPointF(400 + 6 * k, 300 + (-1) ** k * 5 * k) for k in range(5)]
    taken = [QRectF(s.x() - 11, s.y() - 11, 22, 22) for s in spots]
    moved_any = False
    for spot in spots:
        found = label_box(spot, 180, 26, taken)
        assert found is not None
        box, moved = found
        assert not any(box.intersects(other) for other in taken)
        taken.append(box)
        moved_any = moved_any or moved
    assert moved_any  # the four places beside the markers were not enough
