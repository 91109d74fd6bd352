"""A short list read whole: its long lines wrap within its width (a promotion, an issue's
description, a contact's job title) instead of running off behind a sideways scroll bar,
and it asks for the height its rows take at that width, so that the form it sits in
gives it that room rather than cutting the second row through a line behind a scroll bar
(the visit report's problems raised, in Dutch and Vietnamese). Past ``most_lines`` it
scrolls; below ``least_lines`` it keeps room for the rows still to come."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QSizePolicy, QWidget


class WrappedList(QListWidget):
    def __init__(
        self, least_lines: int = 3, most_lines: int = 10, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.least_lines, self.most_lines = least_lines, most_lines
        self._rows_height = self._least()
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # as wide as the room; as tall as its rows, or more where the form has room
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _least(self) -> int:
        return self.fontMetrics().lineSpacing() * self.least_lines + 8

    def rows_height(self) -> int:
        """The height the rows take as laid out at the list's present width."""
        if self.count() == 0:
            return 0
        last = self.visualRect(self.model().index(self.count() - 1, 0))
        return last.bottom() + 1 + self.verticalOffset() + self.spacing()

    def _wanted(self) -> int:
        most = self.fontMetrics().lineSpacing() * self.most_lines + 8
        return min(max(self.rows_height(), self._least()), most)

    def updateGeometries(self) -> None:
        """The rows were laid out again (new rows, a new width): ask for their height."""
        super().updateGeometries()
        wanted = self._wanted()
        if wanted != self._rows_height:
            self._rows_height = wanted
            self.updateGeometry()

    def _frame(self) -> int:
        return 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height + self._frame())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._rows_height + self._frame())
