"""A column header that keeps room for the sort arrow in the sorted column only.

Qt sizes every section of a sortable header as if it showed the arrow, and reserves the
header's whole height for it: with two-line heads that is about 45 pixels a column,
which on a laptop screen is two or three columns of figures pushed out of sight. Only
the sorted column draws the arrow, so only it keeps the room; when the sort moves to
another column, ``sortIndicatorChanged`` tells the view to fit its columns again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget


class SortArrowRoomHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        # as QTreeView's own header
        self.setSectionsMovable(True)
        self.setStretchLastSection(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            # what QCommonStyle adds for the arrow (CT_HeaderSection): height + margin
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(size.width() - size.height() - margin)
        return size
