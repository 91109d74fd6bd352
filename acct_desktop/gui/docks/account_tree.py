"""Account tree dock: the customer hierarchy; selecting a row sets the current account."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.account_tree import AccountTreeModel


class AccountTreeDock(FeatureDock):
    NAME = "accountTreeDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Account tree")
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.model = AccountTreeModel(None, self)
        self.view = QTreeView(self)
        self.view.setObjectName("accountTreeView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring 100k rows
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 260)
        for column in (1, 2, 3, 4):
            self.view.setColumnWidth(column, 90)
        self.view.setColumnWidth(3, 40)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.setWidget(self.view)

    def reload(self) -> None:
        self.model.set_service(self.workspace.accounts if self.workspace else None)
        super().reload()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.current.set(self.model.account_id(indexes[0]))

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        """Follow a selection made elsewhere: reveal and select the account."""
        if account_id is None:
            return
        current = self.view.currentIndex()
        if current.isValid() and self.model.account_id(current) == account_id:
            return
        index = self.model.index_of(account_id)
        if index.isValid():
            self._reveal(index)

    def _reveal(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def shown_row_count(self) -> int:
        return self.model.rowCount()
