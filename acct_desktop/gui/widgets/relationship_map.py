"""The relationship map: one card per person, reporting lines and typed relationships.

A card shows name, title, DMU role and attitude (in words, and as the card's colour) and
influence (as the border's weight and a ●●●○○ scale). People without a saved place are
laid out as an org chart from reporting lines; a dragged card keeps its place (the dock
saves it). Drag from a card's ○ handle (its right edge), or Shift + drag a card, onto
another card to relate the two people; double-click a card to edit it, the background to
add one; right-click for everything else.
Ctrl + wheel zooms, dragging the background pans, F fits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acct_desktop.domain.dmu_coverage import BLOCKING, MANY_PEOPLE, POWERFUL
from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.domain.org_chart import layer
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.widgets.card_fonts import LINE_PX, NAME_PX, card_font, elided
from acct_desktop.gui.widgets.ink import ink_on, over, quiet_ink_on, status_ink
from acct_desktop.services.contact_map import MapPerson, RelationshipMap

ATTITUDE_COLOURS = {
    Attitude.CHAMPION: "#2e7d32",
    Attitude.SUPPORTER: "#7cb342",
    Attitude.NEUTRAL: "#9e9e9e",
    Attitude.SCEPTIC: "#f9a825",
    Attitude.OPPONENT: "#c62828",
}


@dataclass(frozen=True)
class LinkLook:
    """How one kind of line is drawn: told apart by line style and end mark, not only by
    colour (a grey-scale print, a colour-blind reader)."""

    colour: str
    style: Qt.PenStyle
    width: float
    mark: str  # "arrow" (filled, at the end), "open_arrow" (along the line), "diamond",
    #            "cross" (in the middle) or "" (none)


REPORTS_LOOK = LinkLook("#546e7a", Qt.PenStyle.SolidLine, 2.2, "arrow")  # manager → report
LINK_LOOKS = {
    ContactLinkKind.INFLUENCES: LinkLook("#1565c0", Qt.PenStyle.DashLine, 1.8, "open_arrow"),
    ContactLinkKind.ALLIED_WITH: LinkLook("#2e7d32", Qt.PenStyle.DashDotLine, 1.8, "diamond"),
    ContactLinkKind.IN_CONFLICT_WITH: LinkLook("#c62828", Qt.PenStyle.SolidLine, 1.4, "cross"),
    ContactLinkKind.KNOWS: LinkLook("#757575", Qt.PenStyle.DotLine, 1.6, ""),
}
READABLE_SCALE = 0.75  # the least a map of folded accounts is fitted down to
PARALLEL_GAP = 9.0  # px between lines joining the same two people


def look_of(kind: ContactLinkKind | None) -> LinkLook:
    return REPORTS_LOOK if kind is None else LINK_LOOKS.get(kind, REPORTS_LOOK)


def draw_link(painter: QPainter, line: QLineF, look: LinkLook) -> None:
    """The line and its mark, as on the map and in the legend."""
    if line.length() < 1:
        return
    colour = QColor(look.colour)
    pen = QPen(colour, look.width, look.style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(line)
    unit = line.unitVector()
    d = QPointF(unit.dx(), unit.dy())
    normal = QPointF(-d.y(), d.x())
    solid = QPen(colour, 1.6)
    solid.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if look.mark == "arrow":
        tip = line.p2()
        path = QPainterPath(tip)
        path.lineTo(tip - d * 10 + normal * 5)
        path.lineTo(tip - d * 10 - normal * 5)
        path.closeSubpath()
        painter.fillPath(path, colour)
    elif look.mark == "open_arrow":
        tip = line.p2()
        painter.setPen(solid)
        painter.drawPolyline([tip - d * 9 + normal * 5, tip, tip - d * 9 - normal * 5])
    elif look.mark == "diamond":
        mid = line.pointAt(0.5)
        path = QPainterPath(mid - d * 6)
        path.lineTo(mid + normal * 4)
        path.lineTo(mid + d * 6)
        path.lineTo(mid - normal * 4)
        path.closeSubpath()
        painter.fillPath(path, QApplication.palette().color(QPalette.ColorRole.Base))
        painter.setPen(solid)
        painter.drawPath(path)
    elif look.mark == "cross":
        mid = line.pointAt(0.5)
        painter.setPen(QPen(colour, 2.0))
        a, b = (d + normal) * 4.5, (d - normal) * 4.5
        painter.drawLine(QLineF(mid - a, mid + a))
        painter.drawLine(QLineF(mid - b, mid + b))


def _exit_point(line: QLineF, rect: QRectF) -> QPointF:
    """Where ``line`` (starting inside ``rect``) leaves it; its start when it does not."""
    start, end = line.p1(), line.p2()
    dx, dy = end.x() - start.x(), end.y() - start.y()
    best = 1.0
    for delta, low, high, origin in (
        (dx, rect.left(), rect.right(), start.x()),
        (dy, rect.top(), rect.bottom(), start.y()),
    ):
        if delta:
            for edge in (low, high):
                t = (edge - origin) / delta
                if 0 < t < best:
                    best = t
    if best >= 1.0:
        return start
    return QPointF(start.x() + dx * best, start.y() + dy * best)


class LinkSample(QWidget):
    """A short stretch of a kind of line, for the legend."""

    def __init__(self, kind: ContactLinkKind | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look_of(kind)
        self.setFixedSize(46, 16)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = self.height() / 2
        draw_link(painter, QLineF(2, y, self.width() - 3, y), self.look)
        painter.end()


NODE_W, NODE_H, GAP_X, GAP_Y = 236.0, 66.0, 28.0, 56.0  # a double Dutch surname fits
MAX_TRIED_ROW = 60  # row widths tried when wrapping the org chart (a layout is ~0.1 ms)
HANDLE_RADIUS = 5.0


class PersonCard(QGraphicsObject):
    """One person; movable; reports where it was dropped."""

    def __init__(self, person: MapPerson, show_account: bool) -> None:
        super().__init__()
        self.person = person
        self.show_account = show_account
        self.dimmed = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.edges: list[Edge] = []
        self.placed_at: tuple[float, float] = (0.0, 0.0)  # before a drag (for its undo)
        influence = "●" * person.influence + "○" * (5 - person.influence)
        lines = [
            enum_label(person.dmu_role) + " · " + enum_label(person.attitude),
            f"{influence}  {person.title or ''}".rstrip(),
        ]
        if show_account:
            lines.append(person.account_name)
        self.setToolTip(
            "\n".join([person.name, person.title or "", *lines[:1], person.account_name])
        )
        self._lines = lines

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, NODE_W, NODE_H + (14 if self.show_account else 0))

    def boundingRect(self) -> QRectF:
        return self.card_rect().adjusted(0, 0, HANDLE_RADIUS + 1, 0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # type: ignore[no-untyped-def]
        colour = QColor(ATTITUDE_COLOURS[self.person.attitude])
        rect = self.card_rect().adjusted(1, 1, -1, -1)
        painter.setOpacity(0.25 if self.dimmed else 1.0)
        # the card is a tint of the attitude over the map's background (light or dark):
        # its texts are dark or light by what that comes to, the role line in the attitude
        # (painted for a PNG, a PDF or a printer there is no widget: the page is white)
        base = (
            QColor("white") if widget is None else widget.palette().color(QPalette.ColorRole.Base)
        )
        tint = QColor(colour)
        tint.setAlpha(28)
        fill = over(tint, base)
        painter.setBrush(QBrush(fill))
        pen = QPen(colour, 1 + self.person.influence * 0.7)
        if self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 6, 6)
        # fonts and widths in scene pixels: the same words on the screen and on paper
        painter.setPen(ink_on(fill))
        name_font, line_font = card_font(NAME_PX, bold=True), card_font(LINE_PX)
        text_width = rect.width() - 16
        painter.setFont(name_font)
        name = elided(self.person.name, name_font, text_width)
        painter.drawText(QPointF(rect.left() + 8, rect.top() + 18), name)
        painter.setFont(line_font)
        for index, line in enumerate(self._lines):
            painter.setPen(status_ink(colour, fill) if index == 0 else quiet_ink_on(fill))
            text = elided(line, line_font, text_width)
            painter.drawText(QPointF(rect.left() + 8, rect.top() + 36 + index * 15), text)
        painter.setPen(QPen(QColor("#1565c0"), 1.2))
        painter.setBrush(QBrush(base))
        painter.drawEllipse(self.handle_centre(), HANDLE_RADIUS, HANDLE_RADIUS)

    def handle_centre(self) -> QPointF:
        rect = self.card_rect()
        return QPointF(rect.right(), rect.center().y())

    def on_handle(self, point: QPointF) -> bool:
        """Whether ``point`` (card coordinates) is on the ○ that starts a relationship."""
        return QLineF(point, self.handle_centre()).length() <= HANDLE_RADIUS + 3

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # type: ignore[no-untyped-def]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        moved = event.buttonDownScenePos(Qt.MouseButton.LeftButton) != event.scenePos()
        super().mouseReleaseEvent(event)
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if moved and isinstance(view, RelationshipMapView):
            view.cards_moved()


class Edge(QGraphicsLineItem):
    """A reporting line (boss above, arrow to the report) or a typed relationship. Lines
    joining the same two people are drawn side by side (``offset``), never one over the
    other."""

    def __init__(
        self,
        source: PersonCard,
        target: PersonCard,
        kind: ContactLinkKind | None,
        link_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__()
        self.source, self.target, self.kind, self.link_id = source, target, kind, link_id
        self.look = look_of(kind)
        self.offset = 0.0
        self.setPen(QPen(QColor(self.look.colour), self.look.width, self.look.style))
        self.setZValue(-1)
        self.setToolTip(
            f"{source.person.name} → {target.person.name}: "
            + (enum_label(kind) if kind else self._reports_words())
        )
        source.edges.append(self)
        target.edges.append(self)
        self.adjust()

    @staticmethod
    def _reports_words() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("relationshipMap", "manages")

    def pair(self) -> frozenset[uuid.UUID]:
        return frozenset((self.source.person.id, self.target.person.id))

    def adjust(self) -> None:
        a = self.source.sceneBoundingRect()
        b = self.target.sceneBoundingRect()
        if self.kind is None:  # boss (source) above its report (target)
            line = QLineF(a.center().x(), a.bottom(), b.center().x(), b.top())
        else:
            line = QLineF(a.center(), b.center())
        if self.offset and line.length() >= 1:
            # sideways by the same normal whichever way the line runs between the two
            forward = self.source.person.id < self.target.person.id
            unit = line.unitVector()
            normal = QPointF(-unit.dy(), unit.dx()) * (1 if forward else -1)
            line.translate(normal * self.offset)
        if self.kind is not None:  # from card edge to card edge, not across the text
            line = QLineF(_exit_point(line, a), _exit_point(QLineF(line.p2(), line.p1()), b))
        self.setLine(line)

    def paint(self, painter: QPainter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        dim = self.source.dimmed or self.target.dimmed
        painter.setOpacity(0.2 if dim else 1.0)
        draw_link(painter, self.line(), self.look)


class AccountGroupCard(QGraphicsObject):
    """An account's people folded into one card (a map of too many people to read): its
    name, how many, who decides and who blocks; double-click shows its people."""

    def __init__(self, account_id: uuid.UUID, name: str, people: list[MapPerson]) -> None:
        super().__init__()
        self.account_id = account_id
        self.people = people
        deciders = sum(p.dmu_role is DmuRole.DECISION_MAKER for p in people)
        blockers = sum(p.dmu_role in POWERFUL and p.attitude in BLOCKING for p in people)
        self.no_decider = deciders == 0
        self.blocked = blockers > 0
        self.name = name
        self._lines = [
            QCoreApplication.translate("relationshipMap", "People: %1").replace(
                "%1", str(len(people))
            ),
            QCoreApplication.translate("relationshipMap", "Decision makers: %1 · Blockers: %2")
            .replace("%1", str(deciders))
            .replace("%2", str(blockers)),
        ]
        self.setToolTip(
            "\n".join(
                [
                    name,
                    *self._lines,
                    QCoreApplication.translate("relationshipMap", "Double-click to show them"),
                ]
            )
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, NODE_W, NODE_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:  # type: ignore[no-untyped-def]
        base = (
            QColor("white") if widget is None else widget.palette().color(QPalette.ColorRole.Base)
        )
        colour = QColor("#c62828" if self.blocked else "#ef6c00" if self.no_decider else "#607d8b")
        rect = self.boundingRect().adjusted(1, 1, -1, -1)
        # a stack of cards: one drawn behind, offset
        painter.setPen(QPen(colour, 1))
        painter.setBrush(QBrush(base))
        painter.drawRoundedRect(rect.adjusted(4, 0, 0, -4), 6, 6)
        tint = QColor(colour)
        tint.setAlpha(20)
        fill = over(tint, base)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(colour, 1.6))
        front = rect.adjusted(0, 4, -4, 0)
        painter.drawRoundedRect(front, 6, 6)
        painter.setPen(ink_on(fill))
        name_font, line_font = card_font(NAME_PX, bold=True), card_font(LINE_PX)
        width = front.width() - 16
        painter.setFont(name_font)
        painter.drawText(
            QPointF(front.left() + 8, front.top() + 18), elided(self.name, name_font, width)
        )
        painter.setFont(line_font)
        for index, line in enumerate(self._lines):
            painter.setPen(status_ink(colour, fill) if index == 1 else quiet_ink_on(fill))
            painter.drawText(
                QPointF(front.left() + 8, front.top() + 36 + index * 15),
                elided(line, line_font, width),
            )


class RelationshipMapView(QGraphicsView):
    moved = Signal(object)  # dict: contact id → (x, y) of the cards just dropped
    link_requested = Signal(object, object)  # from contact id, to contact id
    edit_requested = Signal(object)  # contact id
    add_requested = Signal(QPointF)  # where (scene position)
    context_requested = Signal(object, object)  # contact id or link id / None, global QPoint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipMap")
        self.setScene(QGraphicsScene(self))
        # no card takes a drop: a file dropped here goes on to the window, which imports
        # it (a .vcf into the account shown, gui/file_drops.py) as anywhere else
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.cards: dict[uuid.UUID, PersonCard] = {}
        self.edges: list[Edge] = []
        self._link_from: PersonCard | None = None
        self._rubber: QGraphicsLineItem | None = None
        self._user_zoomed = False
        self.moved_from: dict[uuid.UUID, tuple[float, float]] = {}  # the last drag's start
        # past this many people (an HQ with its child accounts) each account is one card
        # until double-clicked; the map's own account shows its people from the start
        self.many = MANY_PEOPLE
        self.groups: dict[uuid.UUID, AccountGroupCard] = {}
        self.expanded: set[uuid.UUID] = set()
        self._shown: RelationshipMap | None = None

    # -- showing ---------------------------------------------------------------------------

    def show_map(self, shown: RelationshipMap | None) -> None:
        scene = self.scene()
        scene.clear()
        self.cards, self.edges, self.groups = {}, [], {}
        if shown is None or self._shown is None or shown.account_id != self._shown.account_id:
            self.expanded = {shown.account_id} if shown is not None else set()
        self._shown = shown
        if shown is None or not shown.people:
            return
        accounts = {p.account_id for p in shown.people}
        drawn = list(shown.people)
        folded: dict[uuid.UUID, list[MapPerson]] = {}
        if len(shown.people) > self.many and len(accounts) > 1:
            drawn = [p for p in shown.people if p.account_id in self.expanded]
            for person in shown.people:
                if person.account_id not in self.expanded:
                    folded.setdefault(person.account_id, []).append(person)
        auto = self._auto_layout(drawn)
        for person in drawn:
            card = PersonCard(person, show_account=len(accounts) > 1)
            level, slot = auto[person.id]
            x, y = shown.positions.get(
                person.id, (slot * (NODE_W + GAP_X), level * (NODE_H + GAP_Y))
            )
            card.setPos(x, y)
            card.placed_at = (x, y)
            scene.addItem(card)
            self.cards[person.id] = card
        self._fold(folded, auto)
        for person in drawn:
            if person.reports_to_id in self.cards:
                self._edge(Edge(self.cards[person.reports_to_id], self.cards[person.id], None))
        for link in shown.links:
            if link.from_contact_id in self.cards and link.to_contact_id in self.cards:
                self._edge(
                    Edge(
                        self.cards[link.from_contact_id],
                        self.cards[link.to_contact_id],
                        link.kind,
                        link.id,
                    )
                )
        self._spread_parallel()
        self.fit()

    def _fold(
        self, folded: dict[uuid.UUID, list[MapPerson]], auto: dict[uuid.UUID, tuple[int, int]]
    ) -> None:
        """One card per folded account, in rows below the people drawn, by name."""
        top = (max((level for level, _slot in auto.values()), default=-1) + 1) * (NODE_H + GAP_Y)
        across = max(4, int(len(folded) ** 0.5 * 1.5))
        groups = [
            AccountGroupCard(a, people[0].account_name, people) for a, people in folded.items()
        ]
        # where to act first: blocked, then nobody deciding, then by name
        groups.sort(key=lambda g: (not g.blocked, not g.no_decider, g.name.casefold()))
        for index, group in enumerate(groups):
            account_id = group.account_id
            row, column = divmod(index, across)
            group.setPos(column * (NODE_W + GAP_X), top + row * (NODE_H + GAP_Y))
            self.scene().addItem(group)
            self.groups[account_id] = group

    def expand(self, account_id: uuid.UUID) -> None:
        """Show the people of a folded account (double-click on its card)."""
        if account_id in self.groups:
            self.expanded.add(account_id)
            self.show_map(self._shown)

    def _spread_parallel(self) -> None:
        """Lines between the same two people side by side, PARALLEL_GAP apart."""
        pairs: dict[frozenset[uuid.UUID], list[Edge]] = {}
        for edge in self.edges:
            pairs.setdefault(edge.pair(), []).append(edge)
        for together in pairs.values():
            if len(together) < 2:
                continue
            middle = (len(together) - 1) / 2
            for index, edge in enumerate(together):
                edge.offset = (index - middle) * PARALLEL_GAP
                edge.adjust()

    def _auto_layout(self, people: list[MapPerson]) -> dict[uuid.UUID, tuple[int, int]]:
        """The org chart wrapped at the row width whose chart, fitted to the view, shows
        the cards largest: a wide dock takes more across than down."""
        if not people:
            return {}
        drawn = {p.id for p in people}
        reports_to = {p.id: p.reports_to_id if p.reports_to_id in drawn else None for p in people}
        view = self.viewport().size()
        best, best_scale = layer(reports_to), 0.0
        for width in range(4, min(len(reports_to), MAX_TRIED_ROW) + 1):
            placed = layer(reports_to, width)
            across = max(slot for _level, slot in placed.values()) + 1
            down = max(level for level, _slot in placed.values()) + 1
            wide, tall = across * (NODE_W + GAP_X), down * (NODE_H + GAP_Y)
            scale = min(view.width() / wide, view.height() / tall)
            if scale > best_scale:
                best, best_scale = placed, scale
        return best

    def _edge(self, edge: Edge) -> None:
        self.scene().addItem(edge)
        self.edges.append(edge)

    def dim(self, keep) -> None:  # type: ignore[no-untyped-def]
        """Dim the cards for which ``keep(person)`` is False (filters); None: none dimmed."""
        for card in self.cards.values():
            card.dimmed = keep is not None and not keep(card.person)
            card.update()
        for edge in self.edges:
            edge.update()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fit()

    def fit(self) -> None:
        scene = self.scene()
        self._user_zoomed = False
        if not self.cards and not self.groups:
            return
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
        elif self.groups and self.transform().m11() < READABLE_SCALE:
            # folded accounts by the hundred: readable cards from the top, the rest a
            # scroll away, rather than all of them too small to read
            self.resetTransform()
            self.scale(READABLE_SCALE, READABLE_SCALE)
            self.ensureVisible(QRectF(scene.sceneRect().topLeft(), QPointF(1, 1)))

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.1 <= scale <= 4.0:
            self.scale(factor, factor)
            self._user_zoomed = True

    def cards_moved(self) -> None:
        selected = [card for card in self.cards.values() if card.isSelected()]
        self.moved_from = {card.person.id: card.placed_at for card in selected}
        for card in selected:
            card.placed_at = (card.pos().x(), card.pos().y())
        self.moved.emit({card.person.id: card.placed_at for card in selected})

    def layout_positions(self) -> dict[uuid.UUID, tuple[float, float]]:
        return {cid: (card.pos().x(), card.pos().y()) for cid, card in self.cards.items()}

    # -- mouse and keys --------------------------------------------------------------------

    def _card_at(self, point) -> PersonCard | None:  # type: ignore[no-untyped-def]
        for item in self.items(point):
            if isinstance(item, PersonCard):
                return item
        return None

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        card = self._card_at(event.position().toPoint())
        on_handle = card is not None and card.on_handle(
            card.mapFromScene(self.mapToScene(event.position().toPoint()))
        )
        linking = event.button() == Qt.MouseButton.LeftButton and (
            on_handle or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        )
        if card is not None and linking:
            self._link_from = card
            start = card.sceneBoundingRect().center()
            self._rubber = self.scene().addLine(
                QLineF(start, start), QPen(QColor("#1565c0"), 1.5, Qt.PenStyle.DashLine)
            )
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._rubber is not None:
            line = self._rubber.line()
            self._rubber.setLine(QLineF(line.p1(), self.mapToScene(event.position().toPoint())))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._rubber is not None:
            self.scene().removeItem(self._rubber)
            self._rubber = None
            source, self._link_from = self._link_from, None
            target = self._card_at(event.position().toPoint())
            if source is not None and target is not None and target is not source:
                self.link_requested.emit(source.person.id, target.person.id)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        card = self._card_at(event.position().toPoint())
        group = next(
            (i for i in self.items(event.position().toPoint()) if isinstance(i, AccountGroupCard)),
            None,
        )
        if card is not None:
            self.edit_requested.emit(card.person.id)
        elif group is not None:
            self.expand(group.account_id)
        else:
            self.add_requested.emit(self.mapToScene(event.position().toPoint()))

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        for item in self.items(event.pos()):
            if isinstance(item, PersonCard):
                self.context_requested.emit(item.person.id, event.globalPos())
                return
            if isinstance(item, Edge) and item.link_id is not None:
                self.context_requested.emit(item.link_id, event.globalPos())
                return
        self.context_requested.emit(None, event.globalPos())

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.15)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.15)
        elif key == Qt.Key.Key_F:
            self.fit()
        else:
            super().keyPressEvent(event)
