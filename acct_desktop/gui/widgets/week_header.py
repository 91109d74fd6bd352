"""The day and week views' fixed day header: weekday and date over each column, today
marked, that stays in place while the hours scroll under it (as Outlook's does).

``WeekScroll`` is the scroll area of a ``WeekView``: it keeps a band of ``HEADER_H``
pixels above its viewport (viewport margins) and puts the ``DayHeader`` there, so the
header is never scrolled away, even when the calendar opens at the working day's start.
Clicking a day's header shows that day (``WeekView.day_chosen``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from acct_desktop.gui.widgets.ink import ink_on, over
from acct_desktop.gui.widgets.week_view import TIME_W, WeekView, day_label

HEADER_H = 34


class DayHeader(QWidget):
    """The weekday and date over each column of ``view`` (drawn with its geometry)."""

    def __init__(self, view: WeekView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekDayHeader")
        self.view = view
        self.setFixedHeight(HEADER_H)

    def day_labels(self) -> list[str]:
        """The columns' texts, left to right ("T2 23/11" …)."""
        view = self.view
        return [day_label(view.first_day + timedelta(days=c)) for c in range(view.days)]

    def column_at(self, x: float) -> int | None:
        x -= self.view.x()
        column = int((x - TIME_W) // self.view._column_width())
        return column if x >= TIME_W and 0 <= column < self.view.days else None

    def paintEvent(self, event: QPaintEvent) -> None:
        view = self.view
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        grid = QPen(palette.mid().color(), 0.5)
        bold = QFont(self.font())
        bold.setBold(True)
        today = date.today()
        width = view._column_width()
        for column, text in enumerate(self.day_labels()):
            x = view.x() + TIME_W + column * width  # view.x(): scrolled sideways
            cell = QRectF(x, 0, width, HEADER_H)
            is_today = view.first_day + timedelta(days=column) == today
            under = palette.window().color()
            if is_today:  # a tint of the highlight (light or dark palette), its text to match
                tint = QColor(palette.highlight().color())
                tint.setAlpha(90)
                under = over(tint, under)
                painter.fillRect(cell, under)
                painter.fillRect(QRectF(x, HEADER_H - 3, width, 3), palette.highlight().color())
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, HEADER_H))
            painter.setFont(bold if is_today else self.font())
            painter.setPen(palette.text().color() if not is_today else ink_on(under))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(grid)
        painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(self.width(), HEADER_H - 0.5))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        column = self.column_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and column is not None:
            self.view.day_chosen.emit(self.view.first_day + timedelta(days=column))


class WeekScroll(QScrollArea):
    """A scroll area for ``view`` whose day header stays above the scrolling hours."""

    def __init__(self, view: WeekView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(view)
        self.setWidgetResizable(True)
        self.header = DayHeader(view, self)
        self.setViewportMargins(0, HEADER_H, 0, 0)
        view.columns_changed.connect(self.header.update)
        self.horizontalScrollBar().valueChanged.connect(self.header.update)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.header.setGeometry(viewport.x(), viewport.y() - HEADER_H, viewport.width(), HEADER_H)
