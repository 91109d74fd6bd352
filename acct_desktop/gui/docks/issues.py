"""Customer issues dock: the issue register across accounts, filtered, with undoable edits."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import IssueCategory, IssueStatus
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.issue_commands import IssueCommands
from acct_desktop.gui.keys import focus_find_box
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.list_print import list_about, screen_list
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.issue_columns import issue_label, register_columns
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.gui.widgets.flow_layout import FlowLayout
from acct_desktop.gui.widgets.folded_completer import FoldedCompleter
from acct_desktop.gui.widgets.whole_placeholder import keep_placeholder_whole
from acct_desktop.reporting.list_content import ScreenList
from acct_desktop.services.issue_records import IssuesChanged
from acct_desktop.services.issues import OPEN_STATUSES, IssueFilter, IssueRow
from acct_desktop.services.workspace import Workspace

SEARCH_DELAY_MS = 200
ACCOUNT_COLUMN = 4  # of register_columns()


class IssuesDock(FeatureDock):
    """The customer issue register across accounts: a filter bar, a "past deadline" banner
    and the list; new, edit, bulk edit and withdraw go through the undo stack."""

    NAME = "issuesDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Customer issues")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    READS_WHEN_SEEN = True

    issues_changed = Signal(object)  # IssuesChanged, after every change made or undone here

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        columns = register_columns(self._today)
        self.model = PagedTableModel(columns, self)
        self.no_match_text = self.tr(
            "No issues match these filters. Choose “All statuses”, clear the search, "
            "or raise one for the current account with New issue (Ctrl+N)."
        )
        self.table = DataTable(self.model, self.no_match_text)
        self.view = self.table.view
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Earliest deadline first: the longest overdue on top, and the header says so.
        deadline = next(i for i, c in enumerate(columns) if c.sort_key == "deadline")
        self.view.sortByColumn(deadline, Qt.SortOrder.AscendingOrder)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._names = QStringListModel(self)
        self._build_filters()
        self.commands = IssueCommands(self)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("issuesToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.toolbar.addActions(self.commands.row_actions())
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.commands.refresh_action)
        self.banner = QLabel()
        self.banner.setObjectName("overdueBanner")
        self.banner.linkActivated.connect(lambda _link: self.overdue_only.setChecked(True))
        self.banner.setToolTip(self.tr("Click to show only the issues past their deadline"))
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.banner)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        for fitted in (self.model.modelReset, self.model.rowsInserted):  # after the table's fit
            fitted.connect(self._narrow_account_column)
        self.keep_headers(header=self.view.horizontalHeader())  # the deadline sort
        self._update_actions()

    def _build_filters(self) -> None:
        self.status = QComboBox()
        self._status_choices: list[frozenset[IssueStatus]] = [frozenset(OPEN_STATUSES)]
        self.status.addItem(self.tr("Open & in progress"))
        self._status_choices.append(frozenset())
        self.status.addItem(self.tr("All statuses"))
        for status in IssueStatus:
            self._status_choices.append(frozenset({status}))
            self.status.addItem(issue_label(status))
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in IssueCategory:
            self.category.addItem(issue_label(category), category)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsibleFilter")
        self.responsible.setPlaceholderText(self.tr("Responsible"))
        self.responsible.setClearButtonEnabled(True)
        keep_placeholder_whole(self.responsible)
        FoldedCompleter(self._names, self).attach(self.responsible)
        self.subtree_only = QCheckBox(self.tr("Only the current account and below"))
        self.search = QLineEdit()
        self.search.setObjectName("issueSearch")
        self.search.setPlaceholderText(self.tr("Search number, description, account (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        for box in (self.search, self.responsible):
            box.setToolTip(
                self.tr("Accents and case do not matter (ha noi finds Hà Nội); every word counts")
            )
        for box in (self.status, self.category):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        for check in (self.overdue_only, self.subtree_only):
            check.toggled.connect(lambda _on: self.reload())
        for edit in (self.responsible, self.search):
            edit.textChanged.connect(lambda _t: self._search_timer.start())
        # on two lines where the dock is narrow (Dutch on a laptop at 150 %), not scrolled;
        # the boxes typed in take the room their line leaves
        self.filter_row = FlowLayout()
        self.filter_row.setSpacing(8)
        for widget in (
            self.status,
            self.overdue_only,
            self.category,
            self.responsible,
            self.subtree_only,
            self.search,
        ):
            self.filter_row.addWidget(widget)
        self.filter_row.grow(self.responsible)
        self.filter_row.grow(self.search, 3)

    def _narrow_account_column(self) -> None:
        # Long chain-store names would leave the description no room (the tooltip has them).
        header = self.view.horizontalHeader()
        header.resizeSection(ACCOUNT_COLUMN, min(header.sectionSize(ACCOUNT_COLUMN), 240))

    def reset_view(self) -> None:
        super().reset_view()
        self.table.fit_columns()
        self._narrow_account_column()

    # -- reading ----------------------------------------------------------------------------
    def _today(self) -> date:
        return self.workspace.issues.today() if self.workspace is not None else date.today()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.commands.set_workspace(workspace)
        self._names.setStringList(workspace.issues.responsibles() if workspace else [])
        super().set_workspace(workspace)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.subtree_only.isChecked():
            self.reload()
        self._update_actions()

    def wanted(self) -> IssueFilter:
        """The filter bar as a register filter."""
        category = self.category.currentData()
        return IssueFilter(
            statuses=self._status_choices[max(0, self.status.currentIndex())],
            categories=frozenset({IssueCategory(category)}) if category else frozenset(),
            overdue_only=self.overdue_only.isChecked(),
            responsible=self.responsible.text(),
            subtree_of=self.current.id if self.subtree_only.isChecked() else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        """Read the list and the overdue count again for the filters as they are now."""
        self._search_timer.stop()
        workspace = self.workspace
        if workspace is None:
            self.model.set_source(None)
            self.banner.clear()
            return
        wanted = self.wanted()
        # the list first: when it cannot be read, it says so (not the list read before)
        self.model.set_source(lambda page: workspace.issues.register(wanted, page))
        self.table.set_empty_text(self._empty_text(workspace))
        self._show_overdue(workspace.issues.overdue_count(wanted.subtree_of))

    def _empty_text(self, workspace) -> str:  # type: ignore[no-untyped-def]
        """Why the list is empty: no account yet, no issue yet, or the filters."""
        if not workspace.accounts.has_accounts():
            return self.tr(
                "No issues yet, and no accounts to raise one for: import accounts or add one "
                "first (File → Import accounts…, or Ctrl+N in the account tree)."
            )
        if not workspace.issues.has_issues():
            return self.tr(
                "No issues yet. Choose an account and press Ctrl+N here (New issue…), or "
                "note one in a visit report."
            )
        return self.no_match_text

    def _show_overdue(self, count: int) -> None:
        if count:
            text = self.tr("● %1 past deadline").replace("%1", str(count))
            self.banner.setText(
                f'<a href="overdue" style="color:{TONE_COLOURS["overdue"]};'
                f'text-decoration:none;font-weight:600">{text}</a>'
            )
        else:
            text = self.tr("✓ Nothing past deadline")
            self.banner.setText(f'<span style="color:{TONE_COLOURS["done"]}">{text}</span>')

    def focus_search(self) -> None:
        focus_find_box(self.search)

    def screen_list(self) -> ScreenList:
        """The list as it shows now, with what its filters keep, for Ctrl+P."""
        words = [self.status.currentText()]
        if self.category.currentData() is not None:
            words.append(self.category.currentText())
        for check in (self.overdue_only, self.subtree_only):
            if check.isChecked():
                words.append(check.text())
        for box in (self.responsible, self.search):
            if box.text().strip():
                words.append(f"“{box.text().strip()}”")
        return screen_list(self.view, self.windowTitle(), list_about(*words, today=self._today()))

    def responsible_names(self) -> list[str]:
        """Names used as responsible so far (for completion in the filter and the forms)."""
        return self._names.stringList()

    def shown_row_count(self) -> int:
        return self.model.rowCount()

    def selected_rows(self) -> list[IssueRow]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.row_object(row) for row in rows]

    def current_row(self) -> IssueRow | None:
        """The row with the focus if it is selected, else the first selected one."""
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return self.model.row_object(index.row())
        selected = self.selected_rows()
        return selected[0] if selected else None

    def _update_actions(self) -> None:
        ready = self.workspace is not None
        selected = len(self.view.selectionModel().selectedRows()) if ready else 0
        self.commands.update_enabled(selected, ready and self.current.id is not None)
        self.subtree_only.setEnabled(self.current.id is not None)

    # -- after a change ---------------------------------------------------------------------
    def after_change(self, changed: IssuesChanged) -> None:
        """Re-read the list and the banner, keep the changed issues selected, tell others."""
        if self.workspace is not None:
            self._names.setStringList(self.workspace.issues.responsibles())
        self.reload()
        self.select_issues(changed.issue_ids)
        self.issues_changed.emit(changed)

    def show_issue(self, issue_id: uuid.UUID, number: str) -> None:
        """Select issue ``issue_id`` (global search's way in); when the filters hide it,
        they are opened up to all statuses with its number in the search box."""
        self.reload()
        if not self._shows(issue_id):
            for box in (self.status, self.category):
                box.blockSignals(True)
                box.setCurrentIndex(1 if box is self.status else 0)  # all statuses / categories
                box.blockSignals(False)
            for check in (self.overdue_only, self.subtree_only):
                check.blockSignals(True)
                check.setChecked(False)
                check.blockSignals(False)
            for edit in (self.responsible, self.search):
                edit.blockSignals(True)
                edit.setText(number if edit is self.search else "")
                edit.blockSignals(False)
            self.reload()
        self.view.selectionModel().clearSelection()
        self.select_issues((issue_id,))

    def _shows(self, issue_id: uuid.UUID) -> bool:
        return any(row.id == issue_id for row in self.model.rows())

    def select_issues(self, issue_ids: tuple[uuid.UUID, ...]) -> None:
        """Select the rows of ``issue_ids`` that the list shows."""
        selection = self.view.selectionModel()
        wanted = set(issue_ids)
        found = [row for row, issue in enumerate(self.model.rows()) if issue.id in wanted]
        if found:
            first = self.model.index(found[0], 0)
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        for row in found:
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            selection.select(self.model.index(row, 0), flags)
