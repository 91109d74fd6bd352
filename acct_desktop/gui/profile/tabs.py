"""The profile card's list tabs: each a paged table fed by one service call."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
    """One or more tables, one at a time: a tab of two lists shows a row of buttons above
    them (Policies | Rebates), and the list chosen takes the tab's whole height and width.
    Stacked in a laptop's card the two lists had ~60 px each (three rows, at 150 % none);
    the choice stays with the tab from one account to the next."""

    def __init__(
        self,
        tables: Sequence[tuple[Sequence[Column], FetchFor, str]],
        parent: QWidget | None = None,
        *,
        titles: Sequence[str] = (),
        squeeze: Mapping[int, Sequence[tuple[int, int]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources: list[FetchFor] = []
        self.models: list[PagedTableModel] = []
        self.tables: list[DataTable] = []
        self.stack = QStackedWidget(self)
        for columns, source, empty_text in tables:
            model = PagedTableModel(columns, self)
            table = DataTable(model, empty_text, fit_each_list=True)
            self.stack.addWidget(table)
            self._sources.append(source)
            self.models.append(model)
            self.tables.append(table)
        # per list, the columns to narrow when they are wider than the card, least important
        # first, each (column, narrowest in pixels); their text is cut with "…", whole in
        # its tooltip
        self.squeeze = dict(squeeze or {})
        self._fitted_widths: dict[int, dict[int, int]] = {i: {} for i in self.squeeze}
        for index, table in enumerate(self.tables):
            if index in self.squeeze:
                model = self.models[index]  # a paged list's first rows come after its reset
                model.modelReset.connect(lambda i=index: self._squeeze(i, refitted=True))
                model.rowsInserted.connect(lambda *_a, i=index: self._squeeze(i))
                table.view.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.chooser = QButtonGroup(self)
        self.chooser.setExclusive(True)
        if len(self.tables) > 1:
            row = QHBoxLayout()
            row.setContentsMargins(4, 2, 4, 0)
            row.setSpacing(0)
            for index, title in enumerate(titles):
                button = QToolButton(self)
                button.setObjectName("listChoice")
                button.setText(title)
                button.setCheckable(True)
                button.setAutoRaise(False)
                button.setChecked(index == 0)
                self.chooser.addButton(button, index)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self.chooser.idClicked.connect(self.choose)
        layout.addWidget(self.stack, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for index, table in enumerate(self.tables):
                if watched is table.view.viewport():
                    self._squeeze(index)
        return super().eventFilter(watched, event)

    def _squeeze(self, index: int, *, refitted: bool = False) -> None:
        """Narrow list ``index``'s least important columns, each down to its narrowest,
        until the columns fit the list's width: in a laptop's card "Products bought" and
        "List margin %" were cut off at the right while the category took 175 pixels."""
        table = self.tables[index]
        widths = self._fitted_widths[index]  # as fitted, before narrowing: a wider card
        if refitted:  # gives them back (the list was loaded in a narrow, hidden page)
            widths.clear()
        if table._user_sized or not table._fitted:
            return
        header = table.view.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        over = header.length() - table.view.viewport().width()
        last = header.count() - 1
        for column, narrowest in self.squeeze[index]:
            if over <= 0:
                break
            if column == last:  # the last one stretches: it takes what is left
                continue
            size = header.sectionSize(column)
            narrower = max(narrowest, size - over)
            if narrower < size:
                widths.setdefault(column, size)
                header.resizeSection(column, narrower)
                over -= size - narrower

    def choose(self, index: int) -> None:
        """Show list ``index`` (0: the first)."""
        self.stack.setCurrentIndex(index)
        button = self.chooser.button(index)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def chosen(self) -> int:
        return self.stack.currentIndex()

    def scrolls_itself(self) -> bool:
        return True  # one list in sight at a time, under its chooser

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
