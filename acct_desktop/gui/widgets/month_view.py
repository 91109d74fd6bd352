"""Month view of visits: six weeks of days, each with its first visits and "+N more";
clicking a day opens it in the day view."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.gui.widgets.ink import status_ink
from acct_desktop.gui.widgets.week_view import PURPOSE_COLOURS, CalendarBlock

HEADER_H = 22
WEEKS = 6


class MonthView(QWidget):
    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.month = date.today().replace(day=1)
        self.first_weekday = QLocale().firstDayOfWeek().value - 1  # 0 Monday … 6 Sunday
        self.by_day: dict[date, list[CalendarBlock]] = {}
        self.marked: uuid.UUID | None = None  # the current account: its visits in bold

    def set_marked(self, account_id: uuid.UUID | None) -> None:
        """Show ``account_id``'s visits in bold (the current account's; None: none)."""
        if account_id != self.marked:
            self.marked = account_id
            self.update()

    def minimumSizeHint(self) -> QSize:
        """A day's number a cell at least, while it is the view shown: in the calendar's
        stack behind the week view (which scrolls), its 300 pixels were the dock's
        minimum and made the window taller than a laptop screen at 150 %."""
        if self.isHidden():
            return QSize(0, 0)
        return QSize(7 * 40, HEADER_H + WEEKS * 18)

    def first_shown(self) -> date:
        offset = (self.month.weekday() - self.first_weekday) % 7
        return self.month - timedelta(days=offset)

    def set_month(self, month: date, first_weekday: int | None = None) -> None:
        """Show ``month`` in weeks starting on ``first_weekday`` (0 Monday … 6 Sunday;
        default: the locale's first day of the week)."""
        if first_weekday is None:
            first_weekday = QLocale().firstDayOfWeek().value - 1
        self.month, self.first_weekday = month.replace(day=1), first_weekday
        self.update()

    def set_blocks(self, blocks: list[CalendarBlock]) -> None:
        self.by_day = {}
        for block in sorted(blocks, key=lambda b: (b.start, str(b.id))):
            self.by_day.setdefault(block.start.date(), []).append(block)
        self.update()

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER_H) / WEEKS
        return QRectF((index % 7) * width, HEADER_H + (index // 7) * height, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        locale = QLocale()
        width = self.width() / 7
        for column in range(7):
            weekday = (self.first_weekday + column) % 7 + 1
            painter.drawText(
                QRectF(column * width, 0, width, HEADER_H),
                Qt.AlignmentFlag.AlignCenter,
                locale.dayName(weekday, QLocale.FormatType.ShortFormat),
            )
        start, today = self.first_shown(), date.today()
        line_h = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(7 * WEEKS):
            day = start + timedelta(days=index)
            cell = self._cell(index)
            painter.setPen(QPen(palette.mid().color(), 0.5))
            if day.month != self.month.month:
                painter.fillRect(cell, palette.alternateBase())
            if day == today:  # a tint of the highlight, on light and dark palettes alike
                tint = QColor(palette.highlight().color())
                tint.setAlpha(60)
                painter.fillRect(cell, tint)
            painter.drawRect(cell)
            painter.setFont(bold if day == today else self.font())
            painter.setPen(palette.text().color())
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            painter.setFont(self.font())
            visits = self.by_day.get(day, [])
            room = max(0, int((cell.height() - line_h - 4) // line_h))
            shown = visits if len(visits) <= room else visits[: max(0, room - 1)]
            for row, block in enumerate(shown):
                y = cell.top() + 2 + line_h * (row + 1)
                colour = QColor(PURPOSE_COLOURS[block.purpose])
                if block.status is VisitStatus.CANCELLED:
                    colour = QColor("#9e9e9e")
                painter.setPen(status_ink(colour, palette.color(QPalette.ColorRole.Base)))
                mine = self.marked is not None and block.account_id == self.marked
                painter.setFont(bold if mine else self.font())
                mark = "✓" if block.status is VisitStatus.DONE else "●"
                text = f"{mark} {block.start:%H:%M} {block.account_name}"
                if block.owner:  # a colleague's visit in a team's calendar
                    text += f" · {block.owner}"
                elided = self.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, int(cell.width()) - 8
                )
                painter.drawText(QPointF(cell.left() + 4, y + line_h - 4), elided)
            painter.setFont(self.font())
            if len(shown) < len(visits):
                painter.setPen(palette.placeholderText().color())
                more = self.tr("+%n more", "", len(visits) - len(shown))
                y = cell.top() + 2 + line_h * (len(shown) + 1)
                painter.drawText(QPointF(cell.left() + 4, y + line_h - 4), more)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(7 * WEEKS):
            if self._cell(index).contains(event.position()):
                self.day_chosen.emit(self.first_shown() + timedelta(days=index))
                return
