"""Day / work-week / week view of visits: blocks on a time grid, drag to move, drag the
bottom edge to change the duration, drag on empty time to plan a visit.

Blocks are coloured by purpose and drawn by status — planned outlined, done filled with ✓,
cancelled grey and struck through, missed red — and say it in words too (tooltip and
text). Conflicts (overlap, outside working hours, day off, too far from the visit before)
get a red border and ⚠ (the day view says what is wrong under the name). Times
snap to a quarter of an hour. Painted, not item widgets: a busy month is a few hundred
blocks at most, drawn in a few milliseconds.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QToolTip, QWidget

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.widgets.ink import ink_on, over, quiet_ink_on

PURPOSE_COLOURS = {
    VisitPurpose.SERVICE: "#1565c0",
    VisitPurpose.INSPECTION: "#00897b",
    VisitPurpose.GUIDANCE: "#6a1b9a",
}
CONFLICT_RED = QColor("#c62828")
SNAP_MINUTES = 15
TIME_W, EDGE_PX = 52, 6
GRID_TOP = 8  # room above the first hour line for its "07:00"
HOUR_MIN_PX = 44  # an hour tall enough for two lines of text


@dataclass(frozen=True, slots=True)
class CalendarBlock:
    id: uuid.UUID
    account_name: str
    start: datetime  # local, naive wall-clock
    end: datetime
    purpose: VisitPurpose
    status: VisitStatus
    problems: tuple[str, ...] = ()  # conflict sentences
    owner: str | None = None  # whose visit, said on a colleague's visit in a team's calendar
    account_id: uuid.UUID | None = None  # whose account (the current account's are marked)


def _snap(minutes: float) -> int:
    return round(minutes / SNAP_MINUTES) * SNAP_MINUTES


class WeekView(QWidget):
    moved = Signal(object, object, object)  # visit id, new start, new end (local naive)
    nudged = Signal(object, object, object)  # the same, by 15 minutes from the keyboard
    reorder_requested = Signal(object, int)  # visit id, -1: before the previous stop, +1
    created = Signal(object, object)  # start, end (local naive)
    open_requested = Signal(object)  # visit id
    day_chosen = Signal(object)  # date (header clicked)
    context_requested = Signal(object, object)  # visit id, global QPoint
    empty_context_requested = Signal(object, object)  # start (local naive), global QPoint
    visit_selected = Signal(object, object)  # visit id, its QRect (to scroll it into view)
    columns_changed = Signal()  # days or widths changed: the fixed day header redraws

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # visits are chosen by keyboard too
        self.setMinimumSize(QSize(420, 300))
        self.first_day = date.today()
        self.days = 5
        self.first_hour, self.last_hour = 7, 20
        self.blocks: list[CalendarBlock] = []
        self._lane_of: dict[uuid.UUID, tuple[CalendarBlock, int, int]] = {}
        self._by_day: dict[date, list[CalendarBlock]] = {}
        self.proposed: list[CalendarBlock] = []  # a plan being previewed (dashed, read only)
        self._drag: tuple[str, CalendarBlock | None, QPointF] | None = None
        self._preview: tuple[datetime, datetime] | None = None
        self.selected: uuid.UUID | None = None  # the visit the keyboard acts on
        self.marked: uuid.UUID | None = None  # the current account: its visits outlined

    def set_marked(self, account_id: uuid.UUID | None) -> None:
        """Outline ``account_id``'s visits (the current account's; None: none)."""
        if account_id == self.marked:
            return
        changed = {self.marked, account_id} - {None}
        self.marked = account_id
        for block in self.blocks:  # only those repainted: a team's week has thousands
            if block.account_id in changed:
                rect = self.block_rect(block)
                if rect is not None:
                    self.update(rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    def marked_blocks(self) -> list[CalendarBlock]:
        return [b for b in self.blocks if self.marked is not None and b.account_id == self.marked]

    # -- data ------------------------------------------------------------------------------

    def set_range(self, first_day: date, days: int) -> None:
        self.first_day, self.days = first_day, days
        self.update()
        self.columns_changed.emit()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.columns_changed.emit()

    def set_proposed(self, blocks: list[CalendarBlock]) -> None:
        """Show a plan's proposed visits (dashed) until it is accepted or discarded."""
        self.proposed = list(blocks)
        self.update()

    def set_blocks(self, blocks: list[CalendarBlock]) -> None:
        self.blocks = sorted(blocks, key=lambda b: (b.start, b.end, str(b.id)))
        self._lane_of, self._by_day = self._side_by_side(self.blocks)
        hours = [b.start.hour for b in blocks] + [b.end.hour + 1 for b in blocks]
        self.first_hour = min([7, *hours]) if hours else 7
        self.last_hour = min(24, max([20, *hours])) if hours else 20
        self.setMinimumHeight(GRID_TOP + (self.last_hour - self.first_hour) * HOUR_MIN_PX)
        self.update()

    # -- geometry --------------------------------------------------------------------------

    def _column_width(self) -> float:
        return (self.width() - TIME_W) / max(1, self.days)

    def _minute_height(self) -> float:
        return (self.height() - GRID_TOP) / ((self.last_hour - self.first_hour) * 60)

    def block_rect(self, block: CalendarBlock) -> QRectF | None:
        column = (block.start.date() - self.first_day).days
        if not 0 <= column < self.days:
            return None
        top = (block.start.hour - self.first_hour) * 60 + block.start.minute
        length = max(SNAP_MINUTES, (block.end - block.start).total_seconds() / 60)
        x = TIME_W + column * self._column_width()
        y = GRID_TOP + top * self._minute_height()
        lanes = self._lanes(block)
        width = (self._column_width() - 4) / lanes[1]
        return QRectF(x + 2 + lanes[0] * width, y, width - 1, length * self._minute_height())

    def _lanes(self, block: CalendarBlock) -> tuple[int, int]:
        """(lane, lanes) so overlapping visits stand side by side: of the day's visits that
        overlap ``block`` (in time order), which one it is and how many there are."""
        known = self._lane_of.get(block.id)
        if known is not None and known[0] == block:
            return known[1], known[2]
        same = [  # a block being dragged or proposed: not one of those shown
            b
            for b in self._by_day.get(block.start.date(), ())
            if b.start < block.end and b.end > block.start
        ]
        return same.index(block) if block in same else 0, max(1, len(same))

    @staticmethod
    def _side_by_side(
        blocks: list[CalendarBlock],
    ) -> tuple[dict[uuid.UUID, tuple[CalendarBlock, int, int]], dict[date, list[CalendarBlock]]]:
        """Every shown block's (lane, lanes), worked out once when the blocks are set, by
        counting through the day's starts and ends in order: asked block by block at each
        paint over all of them, a team's week of 5,000 visits took minutes to draw."""
        by_day: dict[date, list[CalendarBlock]] = {}
        for block in blocks:  # already in time order
            by_day.setdefault(block.start.date(), []).append(block)
        lanes: dict[uuid.UUID, tuple[CalendarBlock, int, int]] = {}
        for day in by_day.values():
            starts = [b.start for b in day]
            ends = sorted(b.end for b in day)
            earlier: list[datetime] = []  # the ends of the blocks before, sorted
            for index, block in enumerate(day):
                # A block before this one overlaps it unless it ended by its start; every
                # block that ends by its start also starts before its end.
                if block.start < block.end:  # (one without length is counted as asked)
                    overlapping = bisect_left(starts, block.end) - bisect_right(ends, block.start)
                    lane = index - bisect_right(earlier, block.start)
                    lanes[block.id] = (block, lane, max(1, overlapping))
                insort(earlier, block.end)
        return lanes, by_day

    def moment_at(self, point: QPointF) -> datetime | None:
        column = int((point.x() - TIME_W) // self._column_width())
        if not 0 <= column < self.days or point.y() < GRID_TOP:
            return None
        minutes = _snap((point.y() - GRID_TOP) / self._minute_height())
        day = self.first_day + timedelta(days=column)
        return datetime.combine(day, time(self.first_hour)) + timedelta(minutes=minutes)

    def block_at(self, point: QPointF) -> CalendarBlock | None:
        for block in reversed(self.blocks):
            rect = self.block_rect(block)
            if rect is not None and rect.contains(point):
                return block
        return None

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        grid = QPen(palette.mid().color(), 0.5)
        painter.setPen(grid)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = GRID_TOP + (hour - self.first_hour) * 60 * self._minute_height()
            painter.drawLine(QPointF(TIME_W - 4, y), QPointF(self.width(), y))
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(0, y - 7, TIME_W - 8, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
            painter.setPen(grid)
        today = date.today()
        for column in range(self.days):
            x = TIME_W + column * self._column_width()
            if self.first_day + timedelta(days=column) == today:
                tint = QColor(palette.highlight().color())
                tint.setAlpha(18)
                painter.fillRect(QRectF(x, 0, self._column_width(), self.height()), tint)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        painter.setFont(self.font())
        exposed = event.region()  # the part scrolled into view, or a few blocks marked
        for block in self.blocks:
            self._paint_block(painter, block, exposed)
        chosen = self._selected_block()
        ring = self.block_rect(chosen) if chosen is not None else None
        if ring is not None:
            focused = self.hasFocus()
            painter.setPen(QPen(palette.highlight().color(), 3 if focused else 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring.adjusted(-1, -1, 1, 1), 4, 4)
        for block in self.proposed:
            rect = self.block_rect(block)
            if rect is None:
                continue
            painter.setPen(QPen(QColor(PURPOSE_COLOURS[block.purpose]), 1.5, Qt.PenStyle.DashLine))
            base = QColor(palette.color(QPalette.ColorRole.Base))
            base.setAlpha(200)
            painter.setBrush(base)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(quiet_ink_on(palette.color(QPalette.ColorRole.Base)))
            painter.drawText(
                rect.adjusted(4, 1, -2, -1),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                f"＋ {block.start:%H:%M} {block.account_name}",
            )
        if self._preview is not None:
            start, end = self._preview
            ghost = CalendarBlock(
                uuid.UUID(int=0), "", start, end, VisitPurpose.SERVICE, VisitStatus.PLANNED
            )
            rect = self.block_rect(ghost)
            if rect is not None:
                painter.setPen(QPen(palette.highlight().color(), 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 3, 3)
                painter.drawText(
                    rect.adjusted(4, 2, -2, 0),
                    Qt.AlignmentFlag.AlignTop,
                    f"{start:%H:%M}–{end:%H:%M}",
                )
        painter.end()

    def _paint_block(
        self, painter: QPainter, block: CalendarBlock, exposed: QRegion | None = None
    ) -> None:
        rect = self.block_rect(block)
        if rect is None or (exposed is not None and not exposed.intersects(rect.toAlignedRect())):
            return
        colour = QColor(PURPOSE_COLOURS[block.purpose])
        if block.status is VisitStatus.DONE:
            fill = colour
        else:  # a tint of the purpose (grey when cancelled) over the day's background
            if block.status is VisitStatus.CANCELLED:
                colour = QColor("#9e9e9e")
            tint = QColor(colour)
            tint.setAlpha(40 if block.status is not VisitStatus.CANCELLED else 70)
            fill = over(tint, self.palette().color(QPalette.ColorRole.Base))
        text_colour = ink_on(fill)  # dark on a light block, light on a dark one
        border = QPen(CONFLICT_RED if block.problems else colour, 2 if block.problems else 1)
        if block.status is VisitStatus.MISSED:
            border = QPen(CONFLICT_RED, 1.5, Qt.PenStyle.DashLine)
        elif self.marked is not None and block.account_id == self.marked and not block.problems:
            border = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        marks = {VisitStatus.DONE: "✓ ", VisitStatus.MISSED: "✗ ", VisitStatus.CANCELLED: ""}
        prefix = ("⚠ " if block.problems else "") + marks.get(block.status, "")
        font = QFont(self.font())
        font.setStrikeOut(block.status is VisitStatus.CANCELLED)
        painter.setFont(font)
        painter.setPen(text_colour)
        head = f"{prefix}{block.start:%H:%M} {block.account_name}"
        whose = f" · {block.owner}" if block.owner else ""  # a colleague's visit
        lines = f"{head}\n{enum_label(block.purpose)}{whose}"
        if self.days == 1 and block.problems:  # the day view has room to say what is wrong
            said = "\n".join(f"⚠ {problem}" for problem in block.problems)
            lines = f"{head}{whose}\n{said}"
        painter.drawText(
            rect.adjusted(4, 1, -2, -1),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            lines,
        )

    # -- keyboard --------------------------------------------------------------------------
    # Tab / Shift+Tab, Down / Up: the next / previous visit in time (Tab leaves the calendar
    # after the last one); Right / Left: the first visit of the next / previous day with one;
    # Home / End: the first / last. Enter opens the visit; the Menu key (Shift+F10) its menu.
    # Alt+Down / Alt+Up (or Ctrl+Down / Ctrl+Up) move a planned visit 15 minutes later /
    # earlier (``nudged``: the dock makes one undo step of a run of them), Alt+Right /
    # Alt+Left a day later / earlier — through ``moved``, the same undoable step as
    # dragging it. Alt+Shift+Down / Alt+Shift+Up move it after the next stop / before the
    # previous one of its day (``reorder_requested``: the two trade places).

    def _shown(self) -> list[CalendarBlock]:
        return [b for b in self.blocks if self.block_rect(b) is not None]

    def _selected_block(self) -> CalendarBlock | None:
        return next((b for b in self.blocks if b.id == self.selected), None)

    def select(self, visit_id: uuid.UUID | None) -> None:
        """Make ``visit_id`` the visit the keyboard acts on (None: none)."""
        self.selected = visit_id
        chosen = self._selected_block()
        rect = self.block_rect(chosen) if chosen is not None else None
        if rect is not None:
            self.visit_selected.emit(chosen.id, rect.toAlignedRect())
        self.update()

    def _step_to(self, step: int) -> bool:
        """Select the next (+1) or previous (-1) shown visit; False at either end."""
        shown = self._shown()
        if not shown:
            return False
        chosen = self._selected_block()
        if chosen not in shown:
            self.select((shown[0] if step > 0 else shown[-1]).id)
            return True
        index = shown.index(chosen) + step
        if not 0 <= index < len(shown):
            return False
        self.select(shown[index].id)
        return True

    def _day_step(self, step: int) -> None:
        shown = self._shown()
        chosen = self._selected_block()
        if chosen not in shown:
            self._step_to(step)
            return
        day = chosen.start.date()
        later = [b for b in shown if (b.start.date() - day).days * step > 0]
        if later:
            target = min(later, key=lambda b: (abs((b.start.date() - day).days), b.start))
            self.select(target.id)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.hasFocus() and self._step_to(1 if forward else -1):
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._selected_block() is None:
            shown = self._shown()
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            if shown:
                self.select((shown[-1] if backwards else shown[0]).id)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        Key, Mod = Qt.Key, Qt.KeyboardModifier
        shift_keys = bool(modifiers & (Mod.AltModifier | Mod.ControlModifier))
        chosen = self._selected_block()
        reorder = shift_keys and bool(modifiers & Mod.ShiftModifier)
        if reorder and key in (Key.Key_Up, Key.Key_Down):
            if chosen is not None and chosen.status is VisitStatus.PLANNED:
                self.reorder_requested.emit(chosen.id, 1 if key == Key.Key_Down else -1)
            return
        if shift_keys and key in (Key.Key_Up, Key.Key_Down, Key.Key_Left, Key.Key_Right):
            if chosen is not None:
                self._shift(chosen, key)
            return
        if key in (Key.Key_Down, Key.Key_Up):
            self._step_to(1 if key == Key.Key_Down else -1)
        elif key in (Key.Key_Right, Key.Key_Left):
            self._day_step(1 if key == Key.Key_Right else -1)
        elif key in (Key.Key_Home, Key.Key_End):
            shown = self._shown()
            if shown:
                self.select((shown[0] if key == Key.Key_Home else shown[-1]).id)
        elif key in (Key.Key_Return, Key.Key_Enter):
            if chosen is not None:
                self.open_requested.emit(chosen.id)
        elif key == Key.Key_Menu or (key == Key.Key_F10 and modifiers & Mod.ShiftModifier):
            rect = self.block_rect(chosen) if chosen is not None else None
            if chosen is not None and rect is not None:
                where = self.mapToGlobal(rect.center().toPoint())
                self.context_requested.emit(chosen.id, where)
        else:
            super().keyPressEvent(event)

    def _shift(self, block: CalendarBlock, key: Qt.Key) -> None:
        """Move a planned visit by the grid step (Up/Down) or a day (Left/Right)."""
        if block.status is not VisitStatus.PLANNED:
            return  # only planned visits move, as with the mouse
        step = {
            Qt.Key.Key_Down: timedelta(minutes=SNAP_MINUTES),
            Qt.Key.Key_Up: timedelta(minutes=-SNAP_MINUTES),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Left: timedelta(days=-1),
        }[key]
        signal = self.nudged if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) else self.moved
        signal.emit(block.id, block.start + step, block.end + step)

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.block_at(point)
        if block is not None:
            self.select(block.id)
        if block is None:
            self._drag = ("create", None, point)
        elif block.status is not VisitStatus.PLANNED:
            self._drag = None  # only planned visits move
        else:
            rect = self.block_rect(block)
            near_bottom = rect is not None and rect.bottom() - point.y() <= EDGE_PX
            self._drag = ("resize" if near_bottom else "move", block, point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._drag is None:
            block = self.block_at(point)
            rect = self.block_rect(block) if block else None
            resize = rect is not None and rect.bottom() - point.y() <= EDGE_PX
            self.setCursor(Qt.CursorShape.SizeVerCursor if resize else Qt.CursorShape.ArrowCursor)
            return
        self._preview = self._proposal(point)
        self.update()

    def _proposal(self, point: QPointF) -> tuple[datetime, datetime] | None:
        assert self._drag is not None
        mode, block, origin = self._drag
        at, began = self.moment_at(point), self.moment_at(origin)
        if at is None or began is None:
            return None
        if mode == "create":
            start, end = sorted((began, at))
            return start, max(end, start + timedelta(minutes=SNAP_MINUTES * 4))
        assert block is not None
        if mode == "resize":
            return block.start, max(at, block.start + timedelta(minutes=SNAP_MINUTES))
        shift = at - began
        return block.start + shift, block.end + shift

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        proposal = self._proposal(event.position())
        mode, block, origin = self._drag
        self._drag, self._preview = None, None
        self.update()
        if proposal is None:
            return
        if mode == "create":
            if (event.position() - origin).manhattanLength() >= 4:
                self.created.emit(*proposal)
            return
        assert block is not None
        if proposal != (block.start, block.end):
            self.moved.emit(block.id, *proposal)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.open_requested.emit(block.id)
        else:
            start = self.moment_at(event.position())
            if start is not None:
                self.created.emit(start, start + timedelta(hours=1))

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        block = self.block_at(QPointF(event.pos()))
        if block is not None:
            self.context_requested.emit(block.id, event.globalPos())
            return
        start = self.moment_at(QPointF(event.pos()))
        if start is not None:  # an empty slot: a visit may be planned there
            self.empty_context_requested.emit(start, event.globalPos())

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == event.Type.ToolTip:
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), _tooltip(block), self)
            return True
        return super().event(event)


def day_label(day: date) -> str:
    """A column's day as the fixed header writes it: short weekday and short date."""
    from PySide6.QtCore import QLocale

    from acct_desktop.gui.labels import day_pattern

    locale = QLocale()
    return f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} " + locale.toString(
        day, day_pattern(locale).replace("yyyy", "").strip("/.- ")
    )


def _tooltip(block: CalendarBlock) -> str:
    lines = [
        block.account_name,
        f"{block.start:%H:%M}–{block.end:%H:%M} · {enum_label(block.purpose)} · "
        f"{enum_label(block.status)}",
        *[f"⚠ {problem}" for problem in block.problems],
    ]
    if block.owner:
        whose = QCoreApplication.translate("WeekView", "Manager: %1")
        lines.insert(1, filled_in(whose, block.owner))
    return "\n".join(lines)
