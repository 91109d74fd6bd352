"""The territory map: every located account as a dot, offline, on a plain projected canvas.

Why a plain ``QWidget`` with its own ``paintEvent`` instead of a ``QGraphicsScene``: with
100,000 accounts a scene needs 100,000 ``QGraphicsItem`` objects, created one by one from
Python, and re-indexed whenever the level of detail changes. Here the points live in a few
numpy arrays; a frame asks the cached grid clustering
(:func:`~acct_desktop.domain.map_clusters.plan_frame`) what is in view and draws at most a
few hundred bubbles and a few thousand dots, the dots with one ``drawPoints`` call per
colour and size. A paint never loops over all the points in Python, whatever the zoom
(``bench/territory_map_bench.py`` times it). The layers are drawn by
:mod:`.territory_map_paint`.

Level of detail: the world is cut into square cells 32–64 px wide on screen; a cell with
more than :data:`SMALL_CLUSTER` accounts too close to draw apart is a bubble with the count
and a ring showing its mix of colours (overlapping bubbles merge); other accounts are dots. From
:data:`DOTS_ONLY_SCALE` on (100 px ≈ 2–3 km) every account is a dot.

Mouse and keys: drag pans; the wheel or +/- zoom; F fits. Click a dot to make it the current
account, click a bubble to zoom into it. Shift+drag selects a rectangle; Ctrl+drag or Alt+drag
(or any drag with *Lasso* on) selects inside a drawn lasso; Ctrl+click adds or removes one
account; Esc clears the selection. :class:`TerritoryMap` adds the toolbar row.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.map_clusters import (
    ClusterPyramid,
    FloatArray,
    FramePlan,
    IntArray,
    category_counts,
    in_polygon,
    in_rectangle,
    plan_frame,
)
from acct_desktop.domain.map_projection import (
    MAX_SCALE,
    MapView,
    project,
    project_many,
    valid_coordinates,
)
from acct_desktop.gui.widgets import territory_map_paint as paint
from acct_desktop.gui.widgets.territory_map_paint import (
    CATEGORY_COUNT,
    ISSUE_MODE,
    MODE_COLOURS,
    TIER_MODE,
    VISIT_MODE,
    read_outline_rings,
)
from acct_desktop.services.territory_points import TerritoryPoints

__all__ = [
    "ISSUE_MODE",
    "TIER_MODE",
    "VISIT_MODE",
    "TerritoryCanvas",
    "TerritoryMap",
    "read_outline_rings",
]

CLUSTER_CELL_PX = 64.0
SMALL_CLUSTER = 3
DOTS_ONLY_SCALE = MAX_SCALE / 16  # 100 px ≈ 3 km at the equator, 2 km at 50° N
FIT_MAX_SCALE = MAX_SCALE / 32  # Fit stops at 100 px ≈ 6 km (a lone account, a short route)
CLICK_SLOP_PX = 4
ZOOM_STEP = 1.5

Stop = tuple[float | None, float | None, str]  # latitude, longitude, label


class TerritoryCanvas(QWidget):
    """The map itself: points, bubbles, selection, route, legend (see the module docs)."""

    account_clicked = Signal(object)  # uuid.UUID
    selection_changed = Signal(list)  # list[uuid.UUID], in account-code order
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryCanvas")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.view = MapView(self.width(), self.height())
        self.colour_mode = VISIT_MODE
        self.lasso_mode = False
        self.last_paint_ms = 0.0
        self._points = TerritoryPoints([], 0, today=date.min)
        self._ids: list[uuid.UUID] = []
        self._index: dict[uuid.UUID, int] = {}
        self._xs: FloatArray = np.zeros(0)
        self._ys: FloatArray = np.zeros(0)
        self._radius: FloatArray = np.zeros(0)
        self._categories: IntArray = np.zeros((3, 0), dtype=np.int64)
        self._pyramid = ClusterPyramid(self._xs, self._ys)
        self._mixes: dict[tuple[float, int], IntArray] = {}
        self._selected = np.zeros(0, dtype=bool)
        self._current: int | None = None
        self._route: list[Stop] = []
        self._outlines: QPainterPath | None = None
        self._plan: FramePlan | None = None
        self._plan_key: tuple[float, ...] = ()
        self._auto_fit = True
        self._press: QPointF | None = None
        self._drag = ""  # "", "pan", "rect" or "lasso"
        self._drag_path: list[QPointF] = []

    # -- what is shown ----------------------------------------------------------------------
    def set_points(self, points: TerritoryPoints) -> None:
        """Show these accounts instead of any shown before. The selection keeps the accounts
        still present; the view fits them unless the user has moved it."""
        kept = set(self.selected_ids())
        current = self._ids[self._current] if self._current is not None else None
        rows = points.points
        self._points = points
        self._ids = [p.account_id for p in rows]
        self._index = {account_id: i for i, account_id in enumerate(self._ids)}
        self._xs, self._ys = project_many([p.latitude for p in rows], [p.longitude for p in rows])
        self._radius = paint.dot_radii(rows)
        self._categories = paint.point_categories(rows)
        self._pyramid = ClusterPyramid(self._xs, self._ys)
        self._mixes.clear()
        self._selected = np.array([a in kept for a in self._ids], dtype=bool)
        self._current = self._index.get(current) if current is not None else None
        self._plan = None
        if self._auto_fit:
            self.fit_all()
        if kept != set(self.selected_ids()):
            self.selection_changed.emit(self.selected_ids())
        self.update()

    @property
    def points(self) -> TerritoryPoints:
        """What the map shows."""
        return self._points

    def set_current_account(self, account_id: uuid.UUID | None) -> None:
        """Ring the app's current account (drawn on top at every zoom)."""
        self._current = self._index.get(account_id) if account_id is not None else None
        self.update()

    def set_colour_mode(self, mode: int) -> None:
        """Colour by ``TIER_MODE``, ``VISIT_MODE`` or ``ISSUE_MODE``."""
        self.colour_mode = mode
        self.update()

    def set_outlines(self, rings: Sequence[Sequence[tuple[float, float]]]) -> None:
        """Country outlines as rings of ``(latitude, longitude)``; empty for none."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in rings:
            xs, ys = project_many([p[0] for p in ring], [p[1] for p in ring])
            path.addPolygon(paint.polygon(xs, ys))
            path.closeSubpath()
        self._outlines = path if rings else None
        self.update()

    def show_route(self, stops: Sequence[Stop], *, zoom: bool = True) -> None:
        """Draw a day's route: stops ``(latitude, longitude, label)`` numbered 1, 2, … in
        the given order and joined in that order. A stop without valid coordinates keeps
        its number but is not drawn. With ``zoom`` the view fits the route."""
        self._route = [(lat, lon, label) for lat, lon, label in stops]
        located = [
            project(lat, lon)
            for lat, lon, _ in stops
            if lat is not None and lon is not None and valid_coordinates(lat, lon)
        ]
        if zoom and located:
            xs, ys = [x for x, _ in located], [y for _, y in located]
            self.view.fit(
                (min(xs), min(ys), max(xs), max(ys)), 60.0, FIT_MAX_SCALE, self._legend_height()
            )
            self._moved()
        self.update()

    def clear_route(self) -> None:
        """Remove the route."""
        self.show_route([], zoom=False)

    def route_stop_count(self) -> int:
        """How many route stops are drawn (those with coordinates)."""
        return sum(1 for lat, lon, _ in self._route if valid_coordinates(lat, lon))

    # -- selection --------------------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        """The selected accounts, in account-code order."""
        return [self._ids[i] for i in np.flatnonzero(self._selected).tolist()]

    def selected_count(self) -> int:
        """How many accounts are selected."""
        return int(np.count_nonzero(self._selected))

    def set_selection(self, account_ids: Sequence[uuid.UUID]) -> None:
        """Select exactly these accounts (ids not on the map are ignored)."""
        mask = np.zeros(len(self._ids), dtype=bool)
        mask[[self._index[a] for a in account_ids if a in self._index]] = True
        self._select(mask)

    def clear_selection(self) -> None:
        """Select nothing."""
        if self._selected.any():
            self._select(np.zeros(len(self._ids), dtype=bool))

    def _select(self, mask: np.ndarray) -> None:
        self._selected = np.asarray(mask, dtype=bool).copy()
        self.update()
        self.selection_changed.emit(self.selected_ids())

    # -- the view ---------------------------------------------------------------------------
    def fit_all(self) -> None:
        """Show every account (F); the view keeps fitting on resize until the user moves it."""
        if len(self._xs):
            left, top = float(self._xs.min()), float(self._ys.min())
            right, bottom = float(self._xs.max()), float(self._ys.max())
            legend = self._legend_height()
            self.view.fit((left, top, right, bottom), 30.0, FIT_MAX_SCALE, legend)
        else:
            self.view.fit((0.0, project(72.0, 0.0)[1], 1.0, project(-56.0, 0.0)[1]), 8.0)
        self._auto_fit = True
        self.update()
        self.view_changed.emit()

    def _legend_height(self) -> float:
        """Height of the legend band along the bottom (kept free when fitting)."""
        if not len(self._xs):
            return 0.0
        counts = np.bincount(self._categories[self.colour_mode], minlength=CATEGORY_COUNT)
        items = paint.legend_items(self.colour_mode, counts)
        return paint.legend_layout(self.font(), self.view.width, items)[0]

    def zoom_by(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom in (``factor`` > 1) or out around ``at`` (default: the centre)."""
        centre = at or QPointF(self.width() / 2, self.height() / 2)
        self.view.zoom_at(factor, centre.x(), centre.y())
        self._moved()

    def _moved(self) -> None:
        self._auto_fit = False
        self.update()
        self.view_changed.emit()

    def frame(self) -> FramePlan:
        """What the current view draws (computed once per view and data)."""
        view = self.view
        key = (view.centre_x, view.centre_y, view.scale, view.width, view.height, id(self._xs))
        if self._plan is None or key != self._plan_key:
            self._plan = plan_frame(
                self._pyramid,
                view,
                cell_px=CLUSTER_CELL_PX,
                small_cluster=SMALL_CLUSTER,
                dots_only_scale=DOTS_ONLY_SCALE,
                bubble_radius=self._bubble_radii,
                dot_room_px=2 * paint.MAX_DOT_RADIUS + 2,
            )
            self._plan_key = key
        return self._plan

    def _bubble_radii(self, counts: IntArray) -> FloatArray:
        digit = QFontMetrics(paint.scaled_font(self.font(), 0.85, bold=True)).horizontalAdvance("0")
        widths = np.char.str_len(np.char.mod("%d", counts)) * digit * 1.2
        return np.maximum(11.0 + 4.0 * np.log10(np.maximum(counts, 1)), widths / 2 + 7.0)

    def lod_mode(self) -> str:
        """``"clusters"`` when any bubble is drawn, else ``"dots"``."""
        return "clusters" if self.frame().clustered else "dots"

    def cluster_count(self) -> int:
        """Bubbles drawn in the current view."""
        return self.frame().bubble_count

    def visible_count(self) -> int:
        """Accounts inside the current view."""
        return self.frame().visible

    def screen_position(self, account_id: uuid.UUID) -> QPointF | None:
        """Where an account is on screen (whether drawn as a dot or inside a bubble)."""
        index = self._index.get(account_id)
        if index is None:
            return None
        return QPointF(*self.view.to_screen(float(self._xs[index]), float(self._ys[index])))

    def _bubble_mix(self, plan: FramePlan) -> IntArray:
        """Per bubble, how many of its accounts have each colour of the current mode."""
        assert plan.level is not None
        key = (plan.level.cell, self.colour_mode)
        if key not in self._mixes:
            categories = self._categories[self.colour_mode]
            self._mixes[key] = category_counts(plan.level, categories, CATEGORY_COUNT)[0]
        return plan.bubble_sums(self._mixes[key])

    def _bubble_picked(self, plan: FramePlan) -> IntArray:
        """Per bubble, how many of its accounts are selected."""
        assert plan.level is not None
        if not self._selected.any():
            return np.zeros(plan.bubble_count, dtype=np.int64)
        weights = self._selected.astype(np.float64)
        per_cluster = np.bincount(plan.level.point_cluster, weights, len(plan.level))
        return plan.bubble_sums(per_cluster.astype(np.int64))

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        timer = QElapsedTimer()
        timer.start()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette, font, view = self.palette(), self.font(), self.view
        paint.paint_background(painter, palette, view, self._outlines)
        paint.paint_graticule(painter, palette, view, font)
        colours = MODE_COLOURS[self.colour_mode]
        if len(self._xs):
            plan = self.frame()
            dots = plan.dots
            px, py = view.to_screen_many(self._xs[dots], self._ys[dots])
            paint.paint_dots(
                painter,
                px,
                py,
                self._radius[dots],
                self._categories[self.colour_mode][dots],
                self._selected[dots],
                colours,
                palette.color(palette.ColorRole.Base),
            )
            if plan.clustered:  # over the dots: a bubble's count must stay readable
                mix, picked = self._bubble_mix(plan), self._bubble_picked(plan)
                paint.paint_bubbles(painter, palette, font, view, plan, mix, picked, colours)
            if self._current is not None:
                at = self.screen_position(self._ids[self._current])
                assert at is not None
                paint.paint_current(painter, palette, at, float(self._radius[self._current]))
        else:
            paint.paint_message(painter, palette, font, self.rect().toRectF(), self.empty_text())
        stops = [
            (number, QPointF(*view.to_screen(*project(lat, lon))), label)
            for number, (lat, lon, label) in enumerate(self._route, start=1)
            if lat is not None and lon is not None and valid_coordinates(lat, lon)
        ]
        paint.paint_route(painter, palette, font, stops)
        paint.paint_drag(painter, self._drag, self._drag_path)
        if len(self._xs):
            counts = np.bincount(self._categories[self.colour_mode], minlength=CATEGORY_COUNT)
            paint.paint_legend(painter, palette, font, view, self.colour_mode, counts)
        paint.paint_scale_bar(painter, palette, font, view)
        painter.end()
        self.last_paint_ms = timer.nsecsElapsed() / 1e6

    def empty_text(self) -> str:
        """What the map says when no account has coordinates."""
        return paint.empty_text(self._points.without_coordinates)

    # -- pointing ---------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[str, int] | None:
        """What is under ``pos``: ``("point", point index)`` or ``("bubble", bubble index)``,
        in drawing order from the top: the current account, bubbles, dots."""
        plan = self.frame()
        if self._current is not None:
            at = self.screen_position(self._ids[self._current])
            assert at is not None
            if abs(at.x() - pos.x()) + abs(at.y() - pos.y()) <= self._radius[self._current] + 3:
                return "point", self._current
        if plan.clustered:
            px, py = self.view.to_screen_many(plan.centre_x, plan.centre_y)
            distance = np.hypot(px - pos.x(), py - pos.y())
            inside = np.flatnonzero(distance <= self._bubble_radii(plan.counts))
            if len(inside):
                return "bubble", int(inside[np.argmin(distance[inside])])
        if len(plan.dots):
            px, py = self.view.to_screen_many(self._xs[plan.dots], self._ys[plan.dots])
            distance = np.hypot(px - pos.x(), py - pos.y())
            nearest = int(np.argmin(distance))
            if distance[nearest] <= self._radius[plan.dots[nearest]] + 3:
                return "point", int(plan.dots[nearest])
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hit(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(*found), self)
            return True
        return super().event(event)

    def tooltip_text(self, kind: str, index: int) -> str:
        """A point's or bubble's tooltip (rich text): in words all that the colours say."""
        if kind == "point":
            point = self._points.points[index]
            return paint.point_tooltip(point, self._points.today, bool(self._selected[index]))
        plan = self.frame()
        mix, picked = self._bubble_mix(plan)[index], int(self._bubble_picked(plan)[index])
        return paint.bubble_tooltip(int(plan.counts[index]), mix, picked, self.colour_mode)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        modifiers = event.modifiers()
        lasso_keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._drag = "rect"
        elif self.lasso_mode or modifiers & lasso_keys:
            self._drag = "lasso"
        else:
            self._drag = "pan"
        self._press = event.position()
        self._drag_path = [event.position()]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is None:
            over = self.hit(pos) is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
            )
            return
        last = self._drag_path[-1]
        if self._drag == "pan":
            self.view.pan_pixels(pos.x() - last.x(), pos.y() - last.y())
            self._drag_path = [self._press, pos]
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._moved()
        elif self._drag == "rect":
            self._drag_path = [self._press, pos]
            self.update()
        elif abs(pos.x() - last.x()) + abs(pos.y() - last.y()) >= 3:  # lasso
            self._drag_path.append(pos)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        pos, press, drag, path = event.position(), self._press, self._drag, self._drag_path
        self._press, self._drag, self._drag_path = None, "", []
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if abs(pos.x() - press.x()) + abs(pos.y() - press.y()) <= CLICK_SLOP_PX:
            self._click(pos, event.modifiers())
        elif drag == "rect":
            corner = self.view.to_world(press.x(), press.y())
            other = self.view.to_world(pos.x(), pos.y())
            self._select(in_rectangle(self._xs, self._ys, corner, other))
        elif drag == "lasso":
            lasso = [self.view.to_world(p.x(), p.y()) for p in [*path, pos]]
            self._select(in_polygon(self._xs, self._ys, lasso))

    def _click(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        found = self.hit(pos)
        if found is None:
            return
        kind, index = found
        if kind == "bubble":
            before = self.view.scale
            self.view.fit(self.frame().bubble_bounds(index), 60.0, MAX_SCALE, self._legend_height())
            if self.view.scale < before * 2:  # always at least one clear step closer
                self.view.scale = before
                self.view.zoom_at(2.0, *self.view.to_screen(*self._bubble_centre(index)))
            self._moved()
        elif modifiers & Qt.KeyboardModifier.ControlModifier:
            mask = self._selected.copy()
            mask[index] = not mask[index]
            self._select(mask)
        else:
            self._current = index
            self.update()
            self.account_clicked.emit(self._ids[index])

    def _bubble_centre(self, bubble: int) -> tuple[float, float]:
        plan = self.frame()
        return float(plan.centre_x[bubble]), float(plan.centre_y[bubble])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.hit(event.position()) is None:
            self.zoom_by(2.0, event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        pans = {
            Qt.Key.Key_Left: (1, 0),
            Qt.Key.Key_Right: (-1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_F, Qt.Key.Key_Home):
            self.fit_all()
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._press, self._drag, self._drag_path = None, "", []
            self.update()
        elif key == Qt.Key.Key_Escape and self._selected.any():
            self.clear_selection()
        elif key in pans:
            dx, dy = pans[Qt.Key(key)]
            self.view.pan_pixels(dx * self.width() / 8, dy * self.height() / 8)
            self._moved()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.view.width, self.view.height = max(1, self.width()), max(1, self.height())
        if self._auto_fit:
            self.fit_all()
        else:
            self.view_changed.emit()
        super().resizeEvent(event)


class TerritoryMap(QWidget):
    """The map with its toolbar row: colour mode, Fit, zoom, Lasso, "Plan visits for
    selection…" and a status text. Its signals are what the contact-map dock wires up."""

    account_clicked = Signal(object)  # uuid.UUID: make it the current account everywhere
    selection_changed = Signal(list)  # list[uuid.UUID]
    plan_requested = Signal(list)  # list[uuid.UUID]: hand these to the visit planner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("territoryMap")
        canvas = self.canvas = TerritoryCanvas(self)
        self.colour_combo = QComboBox(self)
        self.colour_combo.addItems(paint.mode_names())
        self.colour_combo.setCurrentIndex(canvas.colour_mode)
        self.colour_combo.setToolTip(self.tr("What the colours of the dots show"))
        self.colour_combo.currentIndexChanged.connect(canvas.set_colour_mode)
        colour_label = QLabel(self.tr("&Colour by:"), self)
        colour_label.setBuddy(self.colour_combo)
        beside, text_only = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
            Qt.ToolButtonStyle.ToolButtonTextOnly,
        )
        # (text, theme icon, fallback icon, shortcut, slot, toolbar button style, button text)
        specs = (
            (self.tr("Plan visits for selection…"), "AppointmentNew", "SP_FileDialogDetailedView",
             "", self._plan, beside, self.tr("Plan visits…")),
            ("", "", "", "", None, None, ""),  # a separator in the context menu
            (self.tr("Fit all accounts"), "ZoomFitBest", "SP_TitleBarMaxButton", "F",
             canvas.fit_all, beside, self.tr("Fit")),
            (self.tr("Zoom in"), "ZoomIn", "SP_ArrowUp", "+", lambda: canvas.zoom_by(ZOOM_STEP),
             text_only, "+"),
            (self.tr("Zoom out"), "ZoomOut", "SP_ArrowDown", "-",
             lambda: canvas.zoom_by(1 / ZOOM_STEP), text_only, "−"),
            (self.tr("Lasso"), "EditSelectAll", "SP_DialogResetButton", "", self._lasso_toggled,
             beside, ""),
            (self.tr("Clear selection"), "EditClear", "SP_DialogDiscardButton", "Esc",
             canvas.clear_selection, None, ""),
        )  # fmt: skip
        row = QHBoxLayout()
        row.setContentsMargins(6, 3, 8, 3)
        row.addWidget(colour_label)
        row.addWidget(self.colour_combo)
        row.addSpacing(6)
        made = []
        for text, theme, fallback, key, slot, style, button_text in specs:
            act = self._action(text, theme, fallback, key, slot)
            made.append(act)
            if style is not None:
                button = QToolButton(self)
                button.setDefaultAction(act)
                button.setToolButtonStyle(style)
                button.setAutoRaise(slot != self._plan)
                if button_text:
                    act.setIconText(button_text)  # what a tool button shows
                row.addWidget(button)
        self.plan_action, separator, self.fit_action, *rest = made
        self.zoom_in_action, self.zoom_out_action, self.lasso_action, self.clear_action = rest
        separator.setSeparator(True)
        self.lasso_action.setCheckable(True)
        self.lasso_action.setToolTip(
            self.tr(
                "Lasso: drag around the accounts to select (Ctrl+drag works any time); "
                "Shift+drag selects a rectangle"
            )
        )
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("territoryMapStatus")
        # In a narrow dock the status gives way (its tooltip keeps the whole text).
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(canvas, 1)
        canvas.account_clicked.connect(self.account_clicked)
        canvas.selection_changed.connect(self._selection_changed)
        canvas.view_changed.connect(self._update_status)
        self._selection_changed([])

    def _action(
        self, text: str, theme: str, fallback: str, key: str, slot: Callable[[], object] | None
    ) -> QAction:
        """An action of the canvas (so its context menu), its shortcut live while it has focus."""
        act = QAction(text, self)
        if theme:
            standard = self.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
            act.setIcon(QIcon.fromTheme(getattr(QIcon.ThemeIcon, theme), standard))
        act.setToolTip(text)
        if key:
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text} ({native})")
        if slot is not None:
            act.triggered.connect(lambda _checked=False: slot())
        self.canvas.addAction(act)
        return act

    # -- what the dock calls ----------------------------------------------------------------
    def set_points(self, points: TerritoryPoints) -> None:
        """Show these accounts (from ``services.territory_points.territory_points``)."""
        self.canvas.set_points(points)
        self._update_status()

    def set_current_account(self, account_id: uuid.UUID | None) -> None:
        """Ring the app's current account."""
        self.canvas.set_current_account(account_id)

    def show_route(self, stops: Sequence[Stop], *, zoom: bool = True) -> None:
        """Draw a day's route (see :meth:`TerritoryCanvas.show_route`)."""
        self.canvas.show_route(stops, zoom=zoom)

    def show_accounts_route(
        self, stops: Sequence[tuple[uuid.UUID, str]], *, zoom: bool = True
    ) -> None:
        """Draw a route through accounts shown on the map, ``(account id, label)`` in visiting
        order (e.g. a planned day's visits, labelled "09:30 name"); an account not on the
        map keeps its number but is not drawn."""
        where = {p.account_id: p for p in self.canvas.points.points}
        located = [
            (where[a].latitude, where[a].longitude, label) if a in where else (None, None, label)
            for a, label in stops
        ]
        self.canvas.show_route(located, zoom=zoom)

    def clear_route(self) -> None:
        """Remove the route."""
        self.canvas.clear_route()

    def set_outlines(self, rings: Sequence[Sequence[tuple[float, float]]]) -> None:
        """Country outlines as rings of ``(latitude, longitude)`` (see ``read_outline_rings``)."""
        self.canvas.set_outlines(rings)

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected accounts, in account-code order."""
        return self.canvas.selected_ids()

    def set_selection(self, account_ids: Sequence[uuid.UUID]) -> None:
        """Select exactly these accounts."""
        self.canvas.set_selection(account_ids)

    def set_colour_mode(self, mode: int) -> None:
        """Colour by ``TIER_MODE``, ``VISIT_MODE`` or ``ISSUE_MODE``."""
        self.colour_combo.setCurrentIndex(mode)

    def status_text(self) -> str:
        """The toolbar row's status text."""
        return self.status_label.text()

    # -- internals --------------------------------------------------------------------------
    def _plan(self) -> None:
        chosen = self.canvas.selected_ids()
        if chosen:
            self.plan_requested.emit(chosen)

    def _lasso_toggled(self) -> None:
        self.canvas.lasso_mode = self.lasso_action.isChecked()

    def _selection_changed(self, chosen: list[uuid.UUID]) -> None:
        self.plan_action.setEnabled(bool(chosen))
        self.clear_action.setEnabled(bool(chosen))
        self._update_status()
        self.selection_changed.emit(chosen)

    def _update_status(self) -> None:
        canvas = self.canvas
        if canvas.points.points:
            parts = [self.tr("%Ln account(s) shown", "", canvas.visible_count())]
        else:
            parts = [self.tr("No account on the map")]
        if canvas.points.without_coordinates:
            parts.append(self.tr("%Ln without coordinates", "", canvas.points.without_coordinates))
        if canvas.selected_count():
            parts.append(self.tr("%Ln selected", "", canvas.selected_count()))
        self.status_label.setText(" · ".join(parts))
        self.status_label.setToolTip(self.status_label.text())
