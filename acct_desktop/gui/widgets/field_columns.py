"""Labelled fields side by side in as many columns as the width has room for: three in a
wide dock, two or one where a laptop at 150 % display scaling leaves less (the quote's
header in three columns, 820 pixels in Dutch, scrolled the quote builder sideways). Each
field has its problem line under it; the Tab order stays the order the fields were added."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


class FieldColumns(QWidget):
    def __init__(self, most: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = most
        self.entries: list[tuple[QLabel, QWidget, QWidget]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.columns = 0

    def add(self, caption: QLabel, field: QWidget, problem: QWidget) -> None:
        """A field with its caption before it and its problem line under it."""
        self.entries.append((caption, field, problem))
        self._arrange(self.columns or self.most, again=True)

    def columns_for(self, width: int) -> int:
        """The most columns (up to ``most``) whose fields, at their least, fit ``width``."""
        for count in range(self.most, 1, -1):
            if self.width_of(count) <= width:
                return count
        return 1

    def width_of(self, count: int) -> int:
        """The least width of the fields in ``count`` columns: per column its widest
        caption and its widest field, with the spacing between them."""
        total = self.grid.horizontalSpacing() * (2 * count - 1)
        for column in range(count):
            part = self.entries[column::count]
            if not part:
                continue
            total += max(_least(caption) for caption, _f, _p in part)
            total += max(max(_least(field), _least(problem)) for _c, field, problem in part)
        margins = self.grid.contentsMargins()
        return total + margins.left() + margins.right()

    def _arrange(self, count: int, again: bool = False) -> None:
        if count == self.columns and not again:
            return
        self.columns = count
        for caption, field, problem in self.entries:
            for widget in (caption, field, problem):
                self.grid.removeWidget(widget)
        for index, (caption, field, problem) in enumerate(self.entries):
            row, column = divmod(index, count)
            self.grid.addWidget(caption, row * 2, column * 2)
            self.grid.addWidget(field, row * 2, column * 2 + 1)
            self.grid.addWidget(problem, row * 2 + 1, column * 2 + 1)
        for column in range(2 * self.most):
            self.grid.setColumnStretch(column, 1 if column % 2 and column < 2 * count else 0)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """As narrow as one column; as tall as the columns it has now."""
        least = self.grid.minimumSize()
        return QSize(min(least.width(), self.width_of(1)), least.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.columns_for(self.width()))


def _least(widget: QWidget) -> int:
    if widget.isHidden():  # a problem line not shown
        return 0
    return widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()
