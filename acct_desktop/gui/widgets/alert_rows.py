"""The Alerts list's two-line rows cut where each line keeps what tells it apart: the
sentence at its end (it leads with what happened and by how much: "Outbound 18.0% below
target · Oct 2026"), the account in its middle (the branches of a chain share their first
words, "Công ty TNHH Dầu nhớt Cửu Long Kho chi nhánh Vinh": the end says which one)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

LINE_SEPARATOR = "\u2028"


def cut_lines(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text``'s first line cut at its end, its next lines in their middle, each to
    ``room`` pixels. (The delegate's text has Qt's line separator for "\n".)"""
    first, *rest = text.replace("\n", LINE_SEPARATOR).split(LINE_SEPARATOR)
    lines = [metrics.elidedText(first, Qt.TextElideMode.ElideRight, room)]
    lines += [metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, room) for line in rest]
    return LINE_SEPARATOR.join(lines)


class AlertRowDelegate(QStyledItemDelegate):
    """Paints an alert's row with ``cut_lines`` (the style would cut both lines at the end)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shown = self.shown(option, index)
        widget = shown.widget  # type: ignore[attr-defined]
        if widget is None:
            super().paint(painter, option, index)
            return
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)

    def shown(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QStyleOptionViewItem:
        """The row's style option with its text cut as it is painted in ``option``'s
        rectangle."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget  # type: ignore[attr-defined]
        if widget is None:
            return shown
        if isinstance(widget, QAbstractItemView):  # a row laid out wider than the list
            visible = widget.viewport().width() - shown.rect.left()  # type: ignore[attr-defined]
            shown.rect.setWidth(min(shown.rect.width(), visible))  # type: ignore[attr-defined]
        style = widget.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        shown.text = cut_lines(shown.text, shown.fontMetrics, room)  # type: ignore[attr-defined]
        return shown
