"""A row of controls that wraps onto the next line where the dock is narrower than the
row (a laptop at 125 % or 150 % display scaling), instead of making the window wider than
the screen: as wide as its widest control at least, as tall as its lines. A control added
with ``Qt.AlignRight`` goes, with those after it, to the right end of its line; a control
marked with ``grow`` takes the room its line leaves (a field beside its buttons)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._growing: dict[QWidget, int] = {}

    def grow(self, widget: QWidget, weight: int = 1) -> None:
        """``widget`` (added to this layout) takes the room left on its line, shared with
        the other growing ones there by ``weight``."""
        self._growing[widget] = weight

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # all on one line
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # one control a line
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if (gap := self.spacing()) >= 0:
            return gap
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place the controls line by line (each vertically centred in its line); returns
        the height they take."""
        margins: QMargins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        x = inner.x()
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and x + width > inner.right() + 1:
                lines.append([])
                x = inner.x()
            lines[-1].append(item)
            x += width + gap
        y = inner.y()
        for number, line in enumerate(lines):
            sizes = [self._size(item, inner.width()) for item in line]
            height = max((size.height() for size in sizes), default=0)
            used = sum(size.width() for size in sizes) + gap * (len(line) - 1)
            spare = max(inner.width() - used, 0)
            weights = {i: self._growing.get(item.widget(), 0) for i, item in enumerate(line)}
            left = sum(weights.values())
            for i, weight in weights.items():
                if weight:
                    share = spare * weight // left
                    sizes[i] = QSize(sizes[i].width() + share, sizes[i].height())
                    spare, left = spare - share, left - weight
            x = inner.x()
            for item, size in zip(line, sizes, strict=True):
                if spare and item.alignment() & Qt.AlignmentFlag.AlignRight:
                    x, spare = x + spare, 0  # it and the rest of the line to the right end
                if move:
                    top = y + (height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + gap
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()

    @staticmethod
    def _size(item: QLayoutItem, room: int) -> QSize:
        """Its preferred size, or where the line is narrower, the line's width and the
        height its wrapped words then take."""
        hint = item.sizeHint()
        if hint.width() <= room:
            return hint
        tall = item.heightForWidth(room) if item.hasHeightForWidth() else hint.height()
        return QSize(room, max(tall, hint.height()))


class FlowSentence(QLabel):
    """A sentence for a ``FlowLayout``: on one line where its line has room for it, else
    wrapped to the line's width (QLabel's own size hint wraps a word-wrapped sentence
    onto two or three short lines even where one would do)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        width = self.fontMetrics().horizontalAdvance(self.text()) + extra + 1
        return QSize(width, self.heightForWidth(width))
