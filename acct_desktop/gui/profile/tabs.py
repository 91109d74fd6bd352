"""The profile card's list tabs: each a paged table fed by one service call."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from acct_desktop.gui.models.columns import Column
from acct_desktop.gui.models.paged_table import Fetch, PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.workspace import Workspace

FetchFor = Callable[[Workspace, uuid.UUID], Fetch]


class ProfileTab(QWidget):
    """A tab that shows something about one account; loaded only when looked at."""

    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def shown_row_count(self) -> int:
        return 0

    def scrolls_itself(self) -> bool:
        """Whether all it shows is one list or form that scrolls on its own: in a short
        card it then shrinks to it, rather than the tab scrolling it too (two scroll bars
        side by side at 150 % display scaling)."""
        return False


class TableTab(ProfileTab):
    """One or more tables side by side, each from a service call for the account."""

    def __init__(
        self,
        tables: Sequence[tuple[Sequence[Column], FetchFor, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources: list[FetchFor] = []
        self.models: list[PagedTableModel] = []
        self.tables: list[DataTable] = []
        self.splitter = splitter = QSplitter(self)
        for columns, source, empty_text in tables:
            model = PagedTableModel(columns, self)
            table = DataTable(model, empty_text, fit_each_list=True)
            splitter.addWidget(table)
            self._sources.append(source)
            self.models.append(model)
            self.tables.append(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    SIDE_BY_SIDE_WIDTH = 900  # narrower: the tables one above the other, each full width

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two tables side by side in a laptop's card (~570 px) showed a category and the
        first letters of its revenue; one above the other, each shows its figures."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)

    def scrolls_itself(self) -> bool:
        return len(self.tables) == 1

    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        for model, source in zip(self.models, self._sources, strict=True):
            model.set_source(source(workspace, account_id))

    def clear(self) -> None:
        for model in self.models:
            model.set_source(None)

    def shown_row_count(self) -> int:
        return sum(model.rowCount() for model in self.models)


def overdue_text(row: Any, today: Callable[[], date] = date.today) -> str:
    return "⚠ " if row.overdue_on(today()) else ""
