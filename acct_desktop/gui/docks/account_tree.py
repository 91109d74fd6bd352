"""Account tree dock: the hierarchy (or territories, or a filtered list) of accounts;
selecting a row makes it the current account everywhere."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.account_filter_menu import AccountFilterMenu
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.account_tree import (
    CHANNEL,
    CITY,
    CODE,
    COLUMNS,
    LAST_VISIT,
    NAME,
    AccountTreeModel,
)
from acct_desktop.gui.models.tree_sources import FilterSource, HierarchySource, TerritorySource
from acct_desktop.services.account_tree import AccountFilter

HIERARCHY, TERRITORY = 0, 1
COLUMN_WIDTHS = (250, 80, 110, 40, 95, 90, 85, 150, 80, 90)
HIDDEN_BY_DEFAULT = (CODE, CHANNEL, CITY, LAST_VISIT)


class AccountTreeDock(FeatureDock):
    NAME = "accountTreeDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Account tree")
    AREA = Qt.DockWidgetArea.LeftDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.filter = AccountFilter()
        self.grouping = QComboBox()
        self.grouping.setObjectName("treeGrouping")
        self.grouping.addItems([self.tr("By hierarchy"), self.tr("By territory")])
        self.grouping.currentIndexChanged.connect(lambda _i: self._rebuild_source())
        self.filter_menu = AccountFilterMenu(self)
        self.filter_menu.sig_filter_changed.connect(self.set_filter)
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("Filter"))
        self.filter_button.setMenu(self.filter_menu)
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_status = QLabel()
        self.filter_status.setObjectName("filterStatus")
        self.filter_status.setTextFormat(Qt.TextFormat.RichText)
        self.filter_status.linkActivated.connect(lambda _l: self.filter_menu.clear())
        self.filter_status.hide()

        self.model = AccountTreeModel(None, self)
        self.view = QTreeView(self)
        self.view.setObjectName("accountTreeView")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring 100k rows
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.header().setSortIndicatorShown(True)
        self.view.header().setSectionsClickable(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        for column in HIDDEN_BY_DEFAULT:
            self.view.setColumnHidden(column, True)
        header = self.view.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.grouping)
        bar.addStretch(1)
        bar.addWidget(self.filter_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.filter_status)
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.filter_button.showMenu)

    def _column_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        """Right-click on the header: choose the columns (the name always shows)."""
        menu = QMenu(self)
        for column, (title, _key) in enumerate(COLUMNS):
            if column == NAME:
                continue
            action = menu.addAction(QCoreApplication.translate("columns", title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.view.setColumnHidden(c, not shown))
        menu.exec(self.view.header().mapToGlobal(position))

    def view_state(self) -> dict[str, QByteArray]:
        """Column choice, order and widths, saved with the window."""
        return {"header": self.view.header().saveState()}

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        if "header" in state:
            self.view.header().restoreState(state["header"])

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.workspace is not None:
            territories = []
            for top in self.workspace.tree.territories(None):
                territories.append((top.id, top.name))
                territories += [
                    (t.id, f"  {t.name}") for t in self.workspace.tree.territories(top.id)
                ]
            self.filter_menu.set_choices(self.workspace.tree.tags(), territories)
        self._rebuild_source()
        super().reload()

    def set_filter(self, wanted: AccountFilter) -> None:
        self.filter = wanted
        self._rebuild_source()
        if self.current.id is not None:
            self.account_changed(self.current.id)

    def _rebuild_source(self) -> None:
        workspace = self.workspace
        if workspace is None:
            self.model.set_source(None)
            self.filter_status.hide()
            return
        wanted = self.filter
        self.grouping.setEnabled(not wanted.narrows)
        if wanted.narrows:
            self.model.set_source(FilterSource(workspace.tree, wanted))
            self.filter_status.setText(self.tr("Filtered list · <a href='clear'>clear filters</a>"))
            self.filter_status.show()
        else:
            self.filter_status.hide()
            source_class = (
                TerritorySource if self.grouping.currentIndex() == TERRITORY else (HierarchySource)
            )
            self.model.set_source(source_class(workspace.tree, show_archived=wanted.show_archived))
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            account_id = self.model.account_id(indexes[0])
            if account_id is not None:
                self.current.set(account_id)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        """Follow a selection made elsewhere: reveal and select the account."""
        if account_id is None or self.workspace is None:
            return
        current = self.view.currentIndex()
        if current.isValid() and self.model.account_id(current) == account_id:
            return
        if isinstance(self.model.source, HierarchySource):
            index = self.model.index_of(self.workspace.accounts.lineage(account_id))
        else:
            index = self.model.index_of_loaded(account_id)
        if index.isValid():
            self._reveal(index)
        else:
            self.view.selectionModel().clearSelection()

    def reveal_in_hierarchy(self, account_id: uuid.UUID) -> None:
        """Show the account in its place in the customer hierarchy (leaving filters)."""
        if self.filter.narrows:
            self.filter_menu.clear()
        if self.grouping.currentIndex() != HIERARCHY:
            self.grouping.setCurrentIndex(HIERARCHY)
        self.current.set(account_id)
        self.account_changed(account_id)

    def _reveal(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def shown_row_count(self) -> int:
        return self.model.rowCount()
