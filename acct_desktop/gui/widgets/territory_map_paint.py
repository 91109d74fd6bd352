"""What the territory map draws and says: its layers, legend, tooltips and messages (the
widget is :mod:`.territory_map`).

Every paint function draws one layer from what it is given — no widget state — so the
canvas's ``paintEvent`` reads as the list of layers, bottom to top. Colours come from the
palette (light and dark themes), the accent from :mod:`acct_desktop.gui.style`, status
colours from the tables' ``TONE_COLOURS`` — and every colour is also said in words, in the
legend and the tooltips.
"""

from __future__ import annotations

import html
import itertools
import json
import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.map_clusters import FloatArray, FramePlan, IntArray, relative_sales_scale
from acct_desktop.domain.map_projection import (
    MapView,
    metres_per_world_unit,
    project,
    unproject,
    wrapped_longitude,
)
from acct_desktop.gui.labels import format_value
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.style import ACCENT
from acct_desktop.services.territory_points import DUE_SOON_DAYS, TerritoryPoint, VisitState

BASE, TEXT = QPalette.ColorRole.Base, QPalette.ColorRole.Text
OUTLINES_FULL_SCALE = 2.0**13  # country outlines (1:110m) fade out from here…
OUTLINES_GONE_SCALE = 2.0**14  # …and are gone here (they are km off at street level)
STOP_RADIUS = 11.0
MIN_DOT_RADIUS, MAX_DOT_RADIUS, RADIUS_STEPS = 3.0, 8.0, 6
SCALE_BAR_ROOM = 130.0  # the legend band leaves this much on the right for the scale bar

TIER_MODE, VISIT_MODE, ISSUE_MODE = 0, 1, 2
CATEGORY_COUNT = 3
# Per colour mode the categories' colours, most important first (a cluster's ties go to it).
MODE_COLOURS = (
    ("#6a1b9a", "#00897b", "#90a4ae"),  # tier A, B, C
    (TONE_COLOURS["overdue"], TONE_COLOURS["due_soon"], TONE_COLOURS["done"]),
    (TONE_COLOURS["overdue"], "#9e9e9e"),  # an issue past deadline / none
)


class MapCounts(QObject):
    """The context ("MapCounts") of the map's sentences with a count in them, said as
    ``MapCounts.tr("%n account(s) here", "", count)`` so that each is a plural message
    ("1 account here", "3 accounts here"). ``QCoreApplication.translate(context, text, None,
    count)`` says the same, but lupdate's Python reader takes a name in its fourth place for
    an encoding (the message is then no plural) and skips the call when an attribute or a
    call stands there (the message is then never extracted)."""


TIER_ORDER = {Tier.A: 0, Tier.B: 1, Tier.C: 2}
VISIT_ORDER = {VisitState.OVERDUE: 0, VisitState.DUE_SOON: 1, VisitState.OK: 2}


def point_categories(points: Sequence[TerritoryPoint]) -> IntArray:
    """Per colour mode (rows) each point's category (columns), numbered as ``MODE_COLOURS``."""
    return np.array(
        [
            [TIER_ORDER[p.tier] for p in points],
            [VISIT_ORDER[p.visit_state] for p in points],
            [0 if p.issues_past_deadline else 1 for p in points],
        ],
        dtype=np.int64,
    ).reshape(3, len(points))


def dot_radii(points: Sequence[TerritoryPoint]) -> FloatArray:
    """Dot radii from sales (see ``relative_sales_scale``: area follows sales, capped),
    rounded to :data:`RADIUS_STEPS` sizes so that dots are drawn in a few batches."""
    size = relative_sales_scale([float(p.sales_12m) for p in points], [p.currency for p in points])
    steps = np.round(size * (RADIUS_STEPS - 1)) / (RADIUS_STEPS - 1)
    return MIN_DOT_RADIUS + steps * (MAX_DOT_RADIUS - MIN_DOT_RADIUS)


def mode_names() -> list[str]:
    """The colour modes as the toolbar's combo lists them (index = mode)."""
    return [
        QCoreApplication.translate("TerritoryMap", "Tier"),
        QCoreApplication.translate("TerritoryMap", "Visit status"),
        QCoreApplication.translate("TerritoryMap", "Issues past deadline"),
    ]


def legend_labels(mode: int) -> list[str]:
    """What each colour of ``mode`` means, in words (legend and tooltips)."""
    if mode == TIER_MODE:
        return [
            QCoreApplication.translate("TerritoryMap", "Tier A"),
            QCoreApplication.translate("TerritoryMap", "Tier B"),
            QCoreApplication.translate("TerritoryMap", "Tier C"),
        ]
    if mode == VISIT_MODE:
        return [
            QCoreApplication.translate("TerritoryMap", "Visit overdue"),
            QCoreApplication.translate("TerritoryMap", "Visit due in the next %1 days").replace(
                "%1", str(DUE_SOON_DAYS)
            ),
            QCoreApplication.translate("TerritoryMap", "Visit not yet due"),
        ]
    return [
        QCoreApplication.translate("TerritoryMap", "Issue past its deadline"),
        QCoreApplication.translate("TerritoryMap", "No issue past its deadline"),
    ]


def read_outline_rings(path: Path) -> list[list[tuple[float, float]]]:
    """Country outlines from a JSON file ``{"rings": [[lon, lat, lon, lat, …], …]}`` (such
    as Natural Earth 1:110m, public domain) as rings of ``(latitude, longitude)``."""
    rings = json.loads(path.read_text(encoding="utf-8"))["rings"]
    return [list(zip(ring[1::2], ring[0::2], strict=True)) for ring in rings]


def tone(palette: QPalette, share: float, role: QPalette.ColorRole = TEXT) -> QColor:
    """The base colour moved ``share`` of the way towards ``role`` (theme-proof greys)."""
    a, b = palette.color(BASE), palette.color(role)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of ``font`` scaled (never below 7 pt), optionally bold."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(max(7.0, result.pointSizeF() * factor))
    result.setBold(bold)
    return result


def _probe_fast_polygons() -> bool:
    """Whether a ``QPolygonF``'s points can be written straight from numpy: PySide6 hands
    out ``data()`` as a wrapper around the polygon's own storage. Probed by reading only."""
    try:
        import shiboken6

        probe = QPolygonF([QPointF(1.0, 2.0), QPointF(7.0, 9.0)])
        seen = np.frombuffer(shiboken6.VoidPtr(probe.data(), 32, False), dtype=np.float64)
        return bool(seen.tolist() == [1.0, 2.0, 7.0, 9.0])
    except Exception:  # any binding difference: fall back to building QPointF objects
        return False


_FAST_POLYGONS = _probe_fast_polygons()
_ORIGIN = QPointF()


def polygon(xs: FloatArray, ys: FloatArray) -> QPolygonF:
    """A polygon (or point list) from coordinate arrays: where the binding allows it, a
    polygon of n copies of one point overwritten from numpy, about 10× faster than one
    ``QPointF`` per point. (Not ``QPolygonF.resize``: in PySide6 6.12 it drops a reference
    to ``None`` on every call, which crashes the interpreter sooner or later.)"""
    if not _FAST_POLYGONS or len(xs) == 0:
        return QPolygonF([QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)])
    import shiboken6

    result = QPolygonF([_ORIGIN] * len(xs))
    target = np.frombuffer(
        shiboken6.VoidPtr(result.data(), len(xs) * 16, True), dtype=np.float64
    ).reshape(-1, 2)
    target[:, 0] = xs
    target[:, 1] = ys
    return result


def round_pen(colour: QColor | str, width: float) -> QPen:
    """A pen whose points are filled circles ``width`` pixels across."""
    pen = QPen(QColor(colour), float(width))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def bubble_radius(count: int, text_width: float) -> float:
    """Grows with the logarithm of the count, always wide enough for the number."""
    return max(11.0 + 4.0 * math.log10(max(count, 1)), text_width / 2 + 7.0)


def paint_background(
    painter: QPainter, palette: QPalette, view: MapView, outlines: QPainterPath | None
) -> None:
    """Sea-tinted ground, and the country outlines while zoomed out far enough."""
    painter.fillRect(
        QRectF(0, 0, view.width, view.height), tone(palette, 0.06, QPalette.ColorRole.Highlight)
    )
    if outlines is None or view.scale >= OUTLINES_GONE_SCALE:
        return
    fade = min(
        1.0, (OUTLINES_GONE_SCALE - view.scale) / (OUTLINES_GONE_SCALE - OUTLINES_FULL_SCALE)
    )
    painter.save()
    painter.setOpacity(fade)
    painter.setTransform(
        QTransform(
            view.scale,
            0,
            0,
            view.scale,
            view.width / 2 - view.centre_x * view.scale,
            view.height / 2 - view.centre_y * view.scale,
        )
    )
    pen = QPen(tone(palette, 0.3), 0.8)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(palette.color(BASE))
    painter.drawPath(outlines)
    painter.restore()


def hemispheres(side: str) -> str:
    """The label of a degree on ``side`` ("east", "west", "north", "south"), ``%1`` the
    number: 120°E, 东经120°, 120°Đ, 120°O."""
    if side == "east":
        return QCoreApplication.translate("TerritoryMap", "%1°E", "longitude east of Greenwich")
    if side == "west":
        return QCoreApplication.translate("TerritoryMap", "%1°W", "longitude west of Greenwich")
    if side == "north":
        return QCoreApplication.translate("TerritoryMap", "%1°N", "latitude north of the equator")
    return QCoreApplication.translate("TerritoryMap", "%1°S", "latitude south of the equator")


def paint_graticule(painter: QPainter, palette: QPalette, view: MapView, font: QFont) -> None:
    """Parallels and meridians every 0.1 … 30 degrees (about eight across), labelled."""
    left, top, right, bottom = view.world_rect()
    north, west = unproject(left, top)
    south, east = unproject(right, bottom)
    span = max(east - west, 1e-9)
    step = next((s for s in (0.1, 0.2, 0.5, 1, 2, 5, 10, 30) if span / s <= 8), 60)
    line_pen, label_pen = QPen(tone(palette, 0.12)), QPen(tone(palette, 0.5))
    painter.setFont(scaled_font(font, 0.8))
    locale = QLocale()

    def label(value: float, positive: str, negative: str) -> str:
        number = locale.toString(abs(round(value, 1)), "g", 4)
        if round(value, 1) in (0.0, 180.0):  # the prime meridian, the equator, the date line
            return f"{number}°"
        return (positive if value >= 0 else negative).replace("%1", number)

    east_of, west_of = hemispheres("east"), hemispheres("west")
    for lon in np.arange(math.ceil(west / step) * step, east, step).tolist():
        x, _ = view.to_screen(project(0.0, lon)[0], 0.0)
        painter.setPen(line_pen)
        painter.drawLine(QPointF(x, 0), QPointF(x, view.height))
        painter.setPen(label_pen)
        painter.drawText(QPointF(x + 3, 12), label(wrapped_longitude(lon), east_of, west_of))
    north_of, south_of = hemispheres("north"), hemispheres("south")
    for lat in np.arange(math.ceil(south / step) * step, north, step).tolist():
        _, y = view.to_screen(0.0, project(lat, 0.0)[1])
        painter.setPen(line_pen)
        painter.drawLine(QPointF(0, y), QPointF(view.width, y))
        if y > 30:  # clear of the meridians' labels along the top
            painter.setPen(label_pen)
            painter.drawText(QPointF(3, y - 3), label(lat, north_of, south_of))


def paint_dots(
    painter: QPainter,
    px: FloatArray,
    py: FloatArray,
    radius: FloatArray,
    category: IntArray,
    selected: np.ndarray,
    colours: Sequence[str],
    gap: QColor,
) -> None:
    """Dots in batches of one colour and size: one ``drawPoints`` per batch with a round pen
    draws a filled circle per point. Selected dots get an accent halo. Least important
    colours first, so overdue and past-deadline dots end up on top; bigger dots first, so
    small ones stay visible."""
    if not len(px):
        return
    if selected.any():  # an accent ring with a gap of the ground colour around the dot
        for r in np.unique(radius[selected]).tolist():
            batch = selected & (radius == r)
            halo = polygon(px[batch], py[batch])
            painter.setPen(round_pen(ACCENT, 2 * r + 10))
            painter.drawPoints(halo)
            painter.setPen(round_pen(gap, 2 * r + 5))
            painter.drawPoints(halo)
    for c in range(len(colours) - 1, -1, -1):
        fill = QColor(colours[c])
        of_colour = category == c
        for r in np.unique(radius[of_colour])[::-1].tolist():
            batch = of_colour & (radius == r)
            points = polygon(px[batch], py[batch])
            painter.setPen(round_pen(fill.darker(170), 2 * r + 2))
            painter.drawPoints(points)
            painter.setPen(round_pen(fill, 2 * r))
            painter.drawPoints(points)


def paint_bubbles(
    painter: QPainter,
    palette: QPalette,
    font: QFont,
    view: MapView,
    plan: FramePlan,
    mix: IntArray,
    picked: IntArray,
    colours: Sequence[str],
) -> None:
    """A bubble: its count on the panel colour inside a ring split by the colours of its
    accounts (most important colour from 12 o'clock, clockwise); an accent ring around it
    when it holds selected accounts. ``mix`` and ``picked`` are per bubble."""
    bold = scaled_font(font, 0.85, bold=True)
    painter.setFont(bold)
    metrics = QFontMetrics(bold)
    locale = QLocale()
    panel, text = palette.color(BASE), palette.color(TEXT)
    px, py = view.to_screen_many(plan.centre_x, plan.centre_y)
    for b in range(plan.bubble_count):
        count = int(plan.counts[b])
        label = locale.toString(count)
        r = bubble_radius(count, metrics.horizontalAdvance(label))
        centre = QPointF(float(px[b]), float(py[b]))
        if picked[b]:
            painter.setPen(QPen(ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, r + 4, r + 4)
        painter.setPen(QPen(tone(palette, 0.35), 1))
        painter.setBrush(panel)
        painter.drawEllipse(centre, r, r)
        ring = QRectF(centre.x() - r + 3, centre.y() - r + 3, 2 * r - 6, 2 * r - 6)
        start = 90 * 16
        for c, colour in enumerate(colours):
            share = int(mix[b, c])
            if share:
                span = -round(share / count * 360 * 16)
                pen = QPen(QColor(colour), 5)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawArc(ring, start, span)
                start += span
        painter.setPen(text)
        painter.drawText(
            QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            label,
        )


def paint_current(painter: QPainter, palette: QPalette, at: QPointF, radius: float) -> None:
    """The current account: an accent ring with a halo, drawn over everything else."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.color(BASE), 5))
    painter.drawEllipse(at, radius + 5, radius + 5)
    painter.setPen(QPen(ACCENT, 2.5))
    painter.drawEllipse(at, radius + 5, radius + 5)


def paint_route(
    painter: QPainter,
    palette: QPalette,
    font: QFont,
    stops: Sequence[tuple[int, QPointF, str]],
) -> None:
    """A day's route: a line through the stops in order with an arrow on each leg, and
    numbered markers. Markers that would cover one another are fanned out (a thin line
    leads back to the real place); a label finds room beside its marker, a row up or down
    when stops cluster (``label_box``), and is left out only when none is left (the
    number stays)."""
    if not stops:
        return
    line = QPolygonF([at for _, at, _ in stops])
    for pen in (QPen(palette.color(BASE), 7), QPen(ACCENT, 3)):
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(line)
    painter.setBrush(ACCENT)
    for (_, start, _), (_, end, _) in itertools.pairwise(stops):
        _paint_arrow(painter, start, end)
    markers: list[QPointF] = []
    for _, at, _ in stops:
        spot = QPointF(at)
        while any(
            math.hypot(spot.x() - m.x(), spot.y() - m.y()) < 2 * STOP_RADIUS for m in markers
        ):
            spot = QPointF(spot.x() + 2 * STOP_RADIUS - 2, spot.y() - 8)
        markers.append(spot)
    bold = scaled_font(font, 1.0, bold=True)
    label_font = scaled_font(font, 0.9)
    taken: list[QRectF] = [QRectF(m.x() - 11, m.y() - 11, 22, 22) for m in markers]
    for (number, at, label), spot in zip(stops, markers, strict=True):
        if spot != at:
            painter.setPen(QPen(ACCENT, 1))
            painter.drawLine(at, spot)
        painter.setPen(QPen(palette.color(BASE), 2))
        painter.setBrush(ACCENT)
        painter.drawEllipse(spot, STOP_RADIUS, STOP_RADIUS)
        painter.setPen(QColor("white"))
        painter.setFont(bold)
        marker = QRectF(
            spot.x() - STOP_RADIUS, spot.y() - STOP_RADIUS, 2 * STOP_RADIUS, 2 * STOP_RADIUS
        )
        painter.drawText(marker, Qt.AlignmentFlag.AlignCenter, str(number))
        if label:
            _paint_label(painter, palette, label_font, spot, label, taken)


def _paint_arrow(painter: QPainter, start: QPointF, end: QPointF) -> None:
    """A small filled arrowhead halfway along a leg, pointing along it."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if length < 48:
        return
    ux, uy = dx / length, dy / length
    tip = QPointF(start.x() + dx / 2 + ux * 5, start.y() + dy / 2 + uy * 5)
    back = QPointF(tip.x() - ux * 11, tip.y() - uy * 11)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(
        QPolygonF(
            [
                tip,
                QPointF(back.x() - uy * 5.5, back.y() + ux * 5.5),
                QPointF(back.x() + uy * 5.5, back.y() - ux * 5.5),
            ]
        )
    )


LABEL_ROWS = 6  # rows above and below a marker a label may move to when its sides are taken


def label_box(
    spot: QPointF, width: float, height: float, taken: Sequence[QRectF]
) -> tuple[QRectF, bool] | None:
    """Where a stop's label goes: on a panel to the right, left, above or below its
    marker — the first place that covers no other label or marker (``taken``); when stops
    cluster and all four are taken, beside it a row higher or lower at a time (a thin line
    leads back: the second value says it moved), up to ``LABEL_ROWS`` rows; None if even
    those are taken."""
    gap = STOP_RADIUS + 4
    places = [
        (gap, -height / 2),
        (-gap - width, -height / 2),
        (-width / 2, -gap - height),
        (-width / 2, gap),
    ]
    for row in range(1, LABEL_ROWS + 1):
        for sign in (-1, 1):
            dy = -height / 2 + sign * row * (height + 2)
            places += [(gap, dy), (-gap - width, dy)]
    for number, (dx, dy) in enumerate(places):
        box = QRectF(spot.x() + dx, spot.y() + dy, width, height)
        if not any(box.intersects(other) for other in taken):
            return box, number >= 4
    return None


def _paint_label(
    painter: QPainter,
    palette: QPalette,
    font: QFont,
    spot: QPointF,
    text: str,
    taken: list[QRectF],
) -> None:
    """A stop's label where ``label_box`` finds room; none if there is none."""
    metrics = QFontMetrics(font)
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 200)
    width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
    found = label_box(spot, width, height, taken)
    if found is None:
        return
    box, moved = found
    taken.append(box)
    if moved:  # a row up or down: a thin line from the marker's edge to the panel's side
        end = QPointF(box.left() if box.left() > spot.x() else box.right(), box.center().y())
        dx, dy = end.x() - spot.x(), end.y() - spot.y()
        length = math.hypot(dx, dy) or 1.0
        edge = QPointF(spot.x() + dx / length * STOP_RADIUS, spot.y() + dy / length * STOP_RADIUS)
        painter.setPen(QPen(ACCENT, 1))
        painter.drawLine(edge, end)
    panel = palette.color(BASE)
    panel.setAlphaF(0.92)
    painter.setPen(QPen(ACCENT, 1))
    painter.setBrush(panel)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(palette.color(TEXT))
    painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def paint_drag(painter: QPainter, kind: str, path: Sequence[QPointF]) -> None:
    """The rectangle or lasso being dragged: dashed accent outline, faint accent fill."""
    if kind not in ("rect", "lasso") or not path:
        return
    fill = QColor(ACCENT)
    fill.setAlphaF(0.12)
    painter.setPen(QPen(ACCENT, 1.5, Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    if kind == "rect":
        painter.drawRect(QRectF(path[0], path[-1]).normalized())
    else:
        painter.drawPolygon(QPolygonF(list(path)))


def paint_message(
    painter: QPainter, palette: QPalette, font: QFont, area: QRectF, text: str
) -> None:
    """A centred, wrapped message (the empty state)."""
    painter.setPen(tone(palette, 0.75))
    painter.setFont(font)
    painter.drawText(
        area.adjusted(24, 24, -24, -24),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )


def legend_items(mode: int, counts: IntArray) -> list[tuple[str, str, str]]:
    """The legend as ``(kind, colour, text)`` items: the mode's name, each colour with what
    it means and how many accounts have it, then what dot size and bubbles mean."""
    locale = QLocale()
    items = [("title", "", mode_names()[mode] + ":")]
    for c, label in enumerate(legend_labels(mode)):
        count = locale.toString(int(counts[c]))
        items.append(("colour", MODE_COLOURS[mode][c], f"{label} ({count})"))
    items.append(
        (
            "sizes",
            "",
            QCoreApplication.translate(
                "TerritoryMap", "size: sell-in, last 12 months, relative per currency"
            ),
        )
    )
    items.append(
        (
            "bubble",
            "",
            QCoreApplication.translate(
                "TerritoryMap", "bubble: accounts close together, ring = their colours"
            ),
        )
    )
    return items


def legend_layout(
    font: QFont, width: float, items: Sequence[tuple[str, str, str]]
) -> tuple[float, list[QRectF]]:
    """Where each legend item goes in a band along the bottom (items flow left to right and
    wrap, leaving room on the right for the scale bar), and the band's height."""
    metrics = QFontMetrics(scaled_font(font, 0.9, bold=True))
    line = metrics.height() + 4
    x, y, room = 8.0, 4.0, width - SCALE_BAR_ROOM
    places = []
    for kind, _, text in items:
        icon = {"title": 0, "colour": 15, "sizes": 24, "bubble": 17}[kind]
        item_width = icon + metrics.horizontalAdvance(text) + 14
        if x > 8 and x + item_width > room:
            x, y = 8.0, y + line
        places.append(QRectF(x, y, item_width, line))
        x += item_width
    return y + line + 4, places


def paint_legend(
    painter: QPainter, palette: QPalette, font: QFont, view: MapView, mode: int, counts: IntArray
) -> float:
    """The legend band along the bottom (see :func:`legend_items`); returns its height."""
    items = legend_items(mode, counts)
    height, places = legend_layout(font, view.width, items)
    top = view.height - height
    band = palette.color(BASE)
    band.setAlphaF(0.92)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(band)
    painter.drawRect(QRectF(0, top, view.width, height))
    painter.setPen(QPen(tone(palette, 0.25)))
    painter.drawLine(QPointF(0, top), QPointF(view.width, top))
    small, bold = scaled_font(font, 0.9), scaled_font(font, 0.9, bold=True)
    grey, text = tone(palette, 0.5), palette.color(TEXT)
    for (kind, colour, words), place in zip(items, places, strict=True):
        box = place.translated(0, top)
        middle = box.center().y()
        icon = 0.0
        if kind == "colour":
            fill = QColor(colour)
            painter.setPen(QPen(fill.darker(170), 1))
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(box.left() + 5.5, middle), 5.0, 5.0)
            icon = 15
        elif kind == "sizes":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(grey)
            for k, r in enumerate((2.0, 3.0, 4.5)):
                painter.drawEllipse(QPointF(box.left() + 2 + k * 7.5, middle), r, r)
            icon = 24
        elif kind == "bubble":
            painter.setPen(QPen(grey, 2.0))
            painter.setBrush(palette.color(BASE))
            painter.drawEllipse(QPointF(box.left() + 6, middle), 5.5, 5.5)
            icon = 17
        painter.setFont(bold if kind == "title" else small)
        painter.setPen(text)
        painter.drawText(box.adjusted(icon, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, words)
    return height


def paint_scale_bar(painter: QPainter, palette: QPalette, font: QFont, view: MapView) -> None:
    """Bottom right: a bar of a round length (1, 2 or 5 × 10ⁿ metres) about 100 px long,
    true at the latitude of the view's centre."""
    latitude, _ = unproject(view.centre_x, view.centre_y)
    metres_per_px = metres_per_world_unit(latitude) / view.scale
    target = 100 * metres_per_px
    magnitude = 10 ** math.floor(math.log10(target))
    length = max(m * magnitude for m in (1, 2, 5) if m * magnitude <= target)
    pixels = length / metres_per_px
    locale = QLocale()
    label = (
        f"{locale.toString(length / 1000, 'g', 6)} km"
        if length >= 1000
        else f"{locale.toString(round(length))} m"
    )
    right, bottom = view.width - 14.0, view.height - 8.0
    painter.setPen(QPen(palette.color(TEXT), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(
        QPolygonF(
            [
                QPointF(right - pixels, bottom - 5),
                QPointF(right - pixels, bottom),
                QPointF(right, bottom),
                QPointF(right, bottom - 5),
            ]
        )
    )
    painter.setFont(scaled_font(font, 0.85))
    painter.drawText(
        QRectF(right - pixels - 60, bottom - 22, pixels + 60, 16),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        label,
    )


def point_tooltip(point: TerritoryPoint, today: date, selected: bool) -> str:
    """An account's tooltip (rich text): name, code, tier, visit, issues, sales in words."""
    tier = QCoreApplication.translate("TerritoryMap", "Tier %1").replace("%1", point.tier.value)
    lines = [f"<b>{html.escape(point.name)}</b>", html.escape(f"{point.code} · {tier}")]
    if point.overdue_days:
        lines.append(MapCounts.tr("Visit overdue by %n day(s)", "", point.overdue_days))
    elif point.last_visit is None:
        lines.append(QCoreApplication.translate("TerritoryMap", "Never visited: due today"))
    elif point.next_due == today:
        lines.append(QCoreApplication.translate("TerritoryMap", "Visit due today"))
    else:
        lines.append(MapCounts.tr("Next visit due in %n day(s)", "", (point.next_due - today).days))
    if point.last_visit is not None:
        lines.append(
            QCoreApplication.translate("TerritoryMap", "Last visit %1").replace(
                "%1", format_value(point.last_visit)
            )
        )
    if point.issues_past_deadline:
        lines.append(MapCounts.tr("%n issue(s) past deadline", "", point.issues_past_deadline))
    else:
        lines.append(QCoreApplication.translate("TerritoryMap", "No issue past its deadline"))
    sales = html.escape(f"{format_value(point.sales_12m)} {point.currency}")
    lines.append(
        QCoreApplication.translate("TerritoryMap", "Sell-in, last 12 months: %1").replace(
            "%1", sales
        )
    )
    if selected:
        selected_word = QCoreApplication.translate("TerritoryMap", "Selected")
        lines.append(f"<i>{selected_word}</i>")
    return "<br>".join(lines)


def bubble_tooltip(count: int, mix: IntArray, picked: int, mode: int) -> str:
    """A bubble's tooltip (rich text): how many accounts, how many of each colour in words,
    how many selected."""
    locale = QLocale()
    here = MapCounts.tr("%n account(s) here", "", count)
    lines = [f"<b>{html.escape(here)}</b>"]
    for c, label in enumerate(legend_labels(mode)):
        if mix[c]:
            lines.append(f"{html.escape(label)}: {locale.toString(int(mix[c]))}")
    if picked:
        lines.append(MapCounts.tr("%n selected", "", picked))
    click = QCoreApplication.translate("TerritoryMap", "Click to zoom in")
    lines.append(f"<i>{click}</i>")
    return "<br>".join(lines)


def empty_text(without_coordinates: int) -> str:
    """What the map says when no account has coordinates."""
    lines = [QCoreApplication.translate("TerritoryMap", "No account has coordinates yet.")]
    if without_coordinates:
        lines.append(
            MapCounts.tr("%n account(s) without latitude and longitude.", "", without_coordinates)
        )
    lines.append(
        QCoreApplication.translate(
            "TerritoryMap",
            "Enter an account's latitude and longitude (Account ▸ Edit) to see it here.",
        )
    )
    return "\n".join(lines)
