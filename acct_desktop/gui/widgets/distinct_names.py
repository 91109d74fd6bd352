"""Names cut where they differ: the branches of one chain repeat their parent's first words
("Wegwijs Tankstations Magazijn Arnhem 2" under "Wegwijs Tankstations Distributiecentrum
Zwolle"), so a name too long for its column first leaves out what it shares with the row
above it ("… Magazijn Arnhem 2"), and only then is cut at its end; a DC's stores that share
their last words ("Edwin Hayes Home Store") keep their first. The tooltip has it whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LEAVE_OUT = "… "
LEAST_SHARED = 4  # characters in common worth leaving out (2 Chinese ones)


def without_shared_start(name: str, parent: str | None) -> str | None:
    """``name`` without the words it begins with in common with ``parent`` (Chinese: the
    characters), or ``None`` when they share too little or nothing would be left."""
    if not parent:
        return None
    shared = 0
    for mine, theirs in zip(name, parent, strict=False):
        if mine != theirs:
            break
        shared += 1
    if shared < len(name) and name[shared] != " " and " " in name[:shared]:
        shared = name.rindex(" ", 0, shared)  # back to the start of the word that differs
    rest = name[shared:].lstrip()
    wide = sum(2 if ord(c) > 0x2E80 else 1 for c in name[: len(name) - len(rest)])
    if not rest or wide < LEAST_SHARED:
        return None
    return rest


class DistinctNameDelegate(QStyledItemDelegate):
    """Paints a name too long for its cell as ``… rest`` (``without_shared_start`` of its
    parent row's name), then cut at the end."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        text = shown.text  # type: ignore[attr-defined]
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        if shown.fontMetrics.horizontalAdvance(text) > room:  # type: ignore[attr-defined]
            parent = index.parent()
            rest = without_shared_start(text, parent.data() if parent.isValid() else None)
            if rest is not None:
                shown.text = LEAVE_OUT + rest  # type: ignore[attr-defined]
        shown.textElideMode = Qt.TextElideMode.ElideRight  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, widget)
