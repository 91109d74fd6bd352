"""A cell with a shorter text for a narrow column: the whole text where the column has
room for it, the brief one (a model role) where it has not — never a text cut with "…".

Plan vs actual's *Against plan* says "On plan · 1 behind below" under a row with an
account behind plan below it. In Dutch or Vietnamese that took 225 pixels, and on a
1366-pixel laptop it pushed the names down to their least width and the form off the
screen behind a sideways scroll bar. Sized for the brief text ("On plan") when the whole
ones do not fit, the column still marks such rows with the red ▼, and the tooltip names
the account behind plan.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class BriefWhenNarrow(QStyledItemDelegate):
    """Shows ``index.data(role)`` instead of the display text when the display text does
    not fit the cell. ``brief`` set: measures (``sizeHint``) with the brief texts."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.brief = False
        self._measuring = False

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self._measuring = True
        try:
            return super().sizeHint(option, index)
        finally:
            self._measuring = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        brief = index.data(self.role)
        if not brief:
            return
        if self._measuring:
            if self.brief:
                option.text = brief  # type: ignore[attr-defined]
            return
        if not fits(option):
            option.text = brief  # type: ignore[attr-defined]


def fits(option: QStyleOptionViewItem) -> bool:
    """Whether the option's text is drawn whole in its cell (as QCommonStyle draws it:
    the text's rectangle less a focus-frame margin on each side)."""
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else QApplication.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    text = option.text  # type: ignore[attr-defined]
    return option.fontMetrics.horizontalAdvance(text) <= room - 2 * margin  # type: ignore[attr-defined]
