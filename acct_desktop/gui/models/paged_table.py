"""A lazy, sortable table model over a service's paged query."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from acct_desktop.gui.labels import format_value
from acct_desktop.gui.models.columns import TONE_COLOURS, Column
from acct_desktop.services.paging import PageRequest
from acct_desktop.store.reachability import is_unreachable

Fetch = Callable[[PageRequest], Sequence[Any]]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows arrive a page at a time (``canFetchMore``/``fetchMore``); sorting is done by the
    database via the service's sort keys, so a 100k-row list costs one page to show.

    A fetch that fails because the database cannot be reached leaves the list
    ``unreadable`` (said by ``unreadable_changed``): its table then says the list cannot be
    read now, never that there is nothing in it. The error still goes on up, to the banner
    that watches the connection."""

    PAGE = 200
    unreadable_changed = Signal(bool)

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch: Fetch | None = None
        self._rows: list[Any] = []
        self._exhausted = True
        self._sort_key: str | None = None
        self._descending = False
        self.unreadable = False

    # -- source -------------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None) -> None:
        """Show the rows ``fetch`` returns (None shows nothing)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self._set_unreadable(False)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_source(self._fetch)

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def _set_unreadable(self, unreadable: bool) -> None:
        if unreadable != self.unreadable:
            self.unreadable = unreadable
            self.unreadable_changed.emit(unreadable)

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetch is None or self._exhausted:
            return
        page = PageRequest(len(self._rows), self.PAGE, self._sort_key, self._descending)
        try:
            new_rows = list(self._fetch(page))
        except Exception as exc:
            if is_unreachable(exc):
                self._exhausted = True  # read again when the database answers, not per paint
                self._set_unreadable(True)
            raise
        self._exhausted = len(new_rows) < self.PAGE
        if new_rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
            self._rows.extend(new_rows)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None:
            tone = column.tone(row)
            return QColor(TONE_COLOURS[tone]) if tone in TONE_COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tip is not None:
                return column.tip(row)
            text = format_value(column.value(row))
            return text if len(text) > 30 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[section].title()  # the tooltip: a head cut with "…"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].alignment())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def from_rows(rows: Sequence[Any]) -> Fetch:
        """A fetch over rows already in memory (small, computed lists)."""
        return lambda page: rows[page.offset : page.offset + page.limit]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            # No column (the header's "unsorted" state): back to the service's own order.
            if self._sort_key is not None:
                self._sort_key, self._descending = None, False
                self.refresh()
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
