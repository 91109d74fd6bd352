"""The Alerts list's rows, cut where each line keeps what tells it apart: the sentence at
its end (it leads with what happened and by how much: "Outbound 18.0% below target · Oct
2026"), the account in its middle (the branches of a chain share their first words,
"Công ty TNHH Dầu nhớt Cửu Long Kho chi nhánh Vinh": the end says which one).

Where the panel is narrow (a laptop at 150 %: about 227 pixels) the sentence first takes
two lines, then the account a third — "Issue IS-2026-00006 overdue by 144 days" was cut to
"问题 IS-202…". Every row is three lines then (the list keeps uniform row heights); a
sentence that fits on one line has the account right under it. In a wider panel a row is
the sentence and the account, one line each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

LINE_SEPARATOR = LINE = "\u2028"  # Qt's line separator, as an item's "\n" reaches a delegate
NARROW = 300  # below this width (the panel's text), sentences take two lines
Index = QModelIndex | QPersistentModelIndex


def cut_lines(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text``'s lines cut to ``room`` pixels: the account (its last line with words) in
    its middle, the sentence's lines at their end."""
    lines = text.replace("\n", LINE).split(LINE)
    account = max((n for n, line in enumerate(lines) if line.strip()), default=0)
    right, middle = Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideMiddle
    return LINE.join(
        metrics.elidedText(line, middle if 0 < n == account else right, room)
        for n, line in enumerate(lines)
    )


def two_lines(sentence: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """``sentence`` broken to fit ``width``: as much as fits on the first line (at a
    space where one is near the end), the rest on the second (ended with "…" where even
    that is too long); ``(sentence, "")`` where it fits on one."""
    if metrics.horizontalAdvance(sentence) <= width:
        return sentence, ""
    cut = len(sentence)
    while cut > 1 and metrics.horizontalAdvance(sentence[:cut]) > width:
        cut -= 1
    space = sentence.rfind(" ", 0, cut + 1)
    if space > cut * 2 // 3:  # a word is not split where a space is near
        cut = space
    rest = sentence[cut:].strip()
    return sentence[:cut].rstrip(), metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class AlertRowDelegate(QStyledItemDelegate):
    """Rows of ``view`` (text: the sentence, a line break, the account) on three lines
    where the view is narrower than ``NARROW``, painted with ``cut_lines`` (the style
    would cut every line at its end)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def text_width(self, option: QStyleOptionViewItem) -> int:
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        icon = (
            option.decorationSize.width()
            if option.features & option.ViewItemFeature.HasDecoration
            else 0
        )
        return self.view.viewport().width() - icon - 4 * margin

    def narrow(self) -> bool:
        return self.view.viewport().width() < NARROW

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not self.narrow() or not option.text:
            return
        text = option.text.replace("\n", LINE)
        sentence, _, account = text.partition(LINE)
        first, second = two_lines(sentence, option.fontMetrics, self.text_width(option))
        lines = [first, second, account] if second else [first, account, " "]
        option.text = LINE.join(lines)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        shown = self.shown(option, index)
        widget = shown.widget  # type: ignore[attr-defined]
        if widget is None:
            super().paint(painter, option, index)
            return
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)

    def shown(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
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
