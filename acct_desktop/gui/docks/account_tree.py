"""Account tree dock: the hierarchy (or territories, or a filtered list) of accounts;
selecting a row makes it the current account everywhere."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.account_commands import AccountCommands
from acct_desktop.gui.docks.account_filter_menu import AccountFilterMenu
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.keys import focus_find_box
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.account_tree import (
    CHANNEL,
    CITY,
    CODE,
    COLUMNS,
    ISSUES,
    KIND,
    LAST_VISIT,
    NAME,
    TIER,
    YTD,
    AccountTreeModel,
)
from acct_desktop.gui.models.search_hits import SearchHitsModel
from acct_desktop.gui.models.tree_sources import FilterSource, HierarchySource, TerritorySource
from acct_desktop.gui.widgets.empty_state import EmptyState
from acct_desktop.gui.widgets.name_column import NameFillsTheView, elide_names_in_the_middle
from acct_desktop.gui.widgets.sort_header import SortArrowRoomHeader
from acct_desktop.services.account_tree import AccountFilter

HIERARCHY, TERRITORY = 0, 1
COLUMN_WIDTHS = (240, 80, 110, 36, 95, 90, 85, 80, 60, 90)
# Shown by default: name, code, kind, tier, next due, open issues, as far as the dock has
# room for them beside the names; the rest from the header's menu.
HIDDEN_BY_DEFAULT = (CHANNEL, CITY, LAST_VISIT, YTD)
# In a narrower dock these make room for the names, in this order, while names would be
# cut and get less than NAMES_ROOMY pixels: the kind (the widest; the name, the tooltip and
# the card say it), the open issues (the red dot on a name still marks issues past
# deadline, and its tooltip counts them), the code (in the tooltip). The tier, 30 to 50
# pixels, stays while the names get TIER_ROOMY: a 1366-pixel laptop shows name, tier and
# next due (only Name and Next due before; the longest names on screen lose a few letters
# in their middle, a chain's branch three levels down is still whole; in Vietnamese, whose
# Next due takes 108 pixels, the tier gives way too), a wider screen the code as well, and
# the kind where the names on screen are short. Chosen from the header's menu, a column
# stays as chosen (and is remembered).
GIVE_WAY = (KIND, ISSUES, CODE, TIER)
NAMES_ROOMY = 380  # most of the demo's names whole, a chain's branches three levels down too
TIER_ROOMY = 330
# Pixels per level: Qt's 20 took 80 of a branch's name three levels down ("Wegwijs
# Tankstations Magazijn Arnhem 2"), and 14 still reads plainly as one level under another.
TREE_INDENT = 14


class AccountTreeDock(FeatureDock):
    sig_accounts_changed = Signal(object)  # the account id that was created/changed/moved
    plan_requested = Signal(list)  # account ids: hand them to the visit planner

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
        self.view.setHeader(SortArrowRoomHeader(self.view))  # heads as wide as their words
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring 100k rows
        self.view.setIndentation(TREE_INDENT)
        self.view.setAlternatingRowColors(True)
        elide_names_in_the_middle(self.view)
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
        self.keep_headers(header=header)  # the widths, hidden columns and no sort above
        self.name_fill = NameFillsTheView(
            self.view,
            NAME,
            self,
            give_way=GIVE_WAY,
            roomy=NAMES_ROOMY,
            column_roomy={TIER: TIER_ROOMY},
        )
        # the figures as wide as what they say once read; rows opened may say more
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self.name_fill.fit_others))
        # once per event-loop turn: revealing an account opens every level above it, and a
        # fit per level measured the rows three times over while the database opened
        self._fit_after_expand = QTimer(self)
        self._fit_after_expand.setSingleShot(True)
        self._fit_after_expand.setInterval(0)
        self._fit_after_expand.timeout.connect(lambda: self.name_fill.fit_others(grow_only=True))
        self.view.expanded.connect(lambda _i: self._fit_after_expand.start())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("accountSearch")
        self.search_box.setPlaceholderText(
            self.tr("Search name, code, city, contact, tag… (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._pick_first_hit)
        self.search_box.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)  # type-ahead: search when typing pauses
        self._search_timer.timeout.connect(self.run_search)
        self.hits = SearchHitsModel(self)
        self.hit_view = QListView()
        self.hit_view.setObjectName("searchHits")
        self.hit_view.setModel(self.hits)
        self.hit_view.setUniformItemSizes(True)  # every hit is two lines
        self.hit_view.setAlternatingRowColors(True)
        self.hit_view.activated.connect(self._hit_activated)
        self.hit_view.clicked.connect(self._hit_activated)
        self.no_hits = QLabel()
        self.no_hits.setObjectName("noHits")
        self.no_hits.setWordWrap(True)
        self.no_hits.setStyleSheet("color: palette(placeholder-text); padding: 6px;")
        self.no_hits.hide()
        self.hit_view.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.grouping)
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.filter_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.hit_view)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.filter_status)
        layout.addWidget(self.no_hits)
        layout.addWidget(self.splitter, 1)
        self.no_accounts = EmptyState(self.tr("No accounts yet — import a spreadsheet or add one."))
        self.no_accounts.setObjectName("noAccounts")  # its buttons: set by the main window
        self.no_accounts.hide()
        layout.addWidget(self.no_accounts, 1)
        self.setWidget(body)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.filter_button.showMenu)
        self.commands = AccountCommands(self)
        self.model.sig_move_requested.connect(self.commands.move_account)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.commands.row_menu)

    def show_no_accounts(self, empty: bool) -> None:
        """The open database has no account at all: say so, and how to bring some in,
        where the tree would be."""
        self.no_accounts.setVisible(empty)
        self.splitter.setVisible(not empty)

    # -- search ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        focus_find_box(self.search_box)

    def run_search(self) -> None:
        """Show the hits for what is typed (name and code matches first)."""
        query = self.search_box.text().strip()
        if not query or self.workspace is None:
            self.hits.set_hits([])
            self.hit_view.hide()
            self.no_hits.hide()
            return
        hits = self.workspace.search.search(query, limit=50)
        self.hits.set_hits(hits)
        self.hit_view.setVisible(bool(hits))
        self.no_hits.setVisible(not hits)
        if hits:
            self.hit_view.setCurrentIndex(self.hits.index(0))
            self.splitter.setSizes([min(8 + 36 * len(hits), 260), 400])
        else:
            self.no_hits.setText(self.tr("No account matches “%1”.").replace("%1", query))

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = self.hits.hit(index.row())
        if hit is not None:
            self.reveal_in_hierarchy(hit.id)
            self.splitter.setSizes([110, 400])  # the tree now shows where the hit sits

    def _pick_first_hit(self) -> None:
        self._search_timer.stop()
        self.run_search()
        index = self.hit_view.currentIndex()
        if index.isValid():
            self._hit_activated(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow down from the search box walks into the hits."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and self.hit_view.isVisible()
        ):
            self.hit_view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def after_change(self, account_id: uuid.UUID) -> None:
        """Re-read the tree, keep the changed account in view, tell the other views."""
        self._rebuild_source()
        self.view.selectionModel().clearSelection()
        self.account_changed(account_id)
        self.sig_accounts_changed.emit(account_id)

    def refresh_accounts(self, account_ids: Iterable[uuid.UUID]) -> None:
        """Something of these accounts changed that their rows sum up (their issues): repaint
        their rows and their parents' up to the top, which roll them up."""
        workspace = self.workspace
        if workspace is None:
            return
        self.model.refresh_accounts(
            ancestor
            for account_id in account_ids
            for ancestor in workspace.accounts.lineage(account_id)
        )

    def view_state(self) -> dict[str, QByteArray]:
        return {
            **super().view_state(),
            "nameWidth": self.name_fill.saved_width(),
            "columnsChosen": self.name_fill.saved_columns(),
        }

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        super().restore_view_state(state)
        self.name_fill.restore_columns(state.get("columnsChosen"))
        self.name_fill.restore_width(state.get("nameWidth"))  # else the names take the rest

    def reset_view(self) -> None:
        super().reset_view()
        self.name_fill.restart()

    def _column_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        """Right-click on the header: choose the columns (the name always shows)."""
        menu = QMenu(self)
        for column, (title, _key) in enumerate(COLUMNS):
            if column == NAME:
                continue
            action = menu.addAction(QCoreApplication.translate("columns", title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.name_fill.choose_column(c, shown))
        menu.exec(self.view.header().mapToGlobal(position))

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.workspace is not None:
            territories = [
                (tid, "  " * depth + name)
                for tid, name, depth in self.workspace.tree.territory_choices()
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
            self._show_filter_count(None)
            self.filter_status.show()
            if self.background is not None:
                # Counting every match can take a moment on 100k accounts; the list itself
                # shows at once, a page at a time.
                self.background.submit(
                    lambda: workspace.tree.filtered_count(wanted),
                    lambda n: self._show_filter_count(n) if self.filter == wanted else None,
                    replaces="account_filter_count",
                )
        else:
            self.filter_status.hide()
            territory = self.grouping.currentIndex() == TERRITORY
            source_class = TerritorySource if territory else HierarchySource
            self.model.set_source(source_class(workspace.tree, show_archived=wanted.show_archived))
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def _show_filter_count(self, count: int | None) -> None:
        clear = "<a href='clear'>" + self.tr("clear filters") + "</a>"
        if count is None:
            text = self.tr("Filtered list · counting… · %1").replace("%1", clear)
        else:
            text = filled_in(self.tr("%1 matching accounts · %2"), QLocale().toString(count), clear)
        self.filter_status.setText(text)

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
        elif isinstance(self.model.source, TerritorySource):  # its areas opened on the way
            index = self.model.index_of(self.workspace.accounts.territory_lineage(account_id))
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
