"""The profile card's Issues tab: the account's customer issues and, for an account with
child accounts (a head office, a regional office), theirs too, each row naming its account.

A key-account manager looking at a head office wants the whole chain's open problems, as
the account tree's issue column and the profile's "Open issues" count them; "With child
accounts" (on by default, like the contact map's box of the same name) narrows the list
to the account's own issues.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from acct_desktop.domain.hierarchy import short_account_name
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.columns import Column
from acct_desktop.gui.models.issue_columns import ISSUE_COLUMNS
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.profile.tabs import ProfileTab
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.issues import IssueRow
from acct_desktop.services.workspace import Workspace

ACCOUNT_COLUMN = 1  # after the issue number


class IssuesTab(ProfileTab):
    def __init__(self, shown_name: Callable[[], str], parent: QWidget | None = None) -> None:
        """``shown_name`` gives the name of the account the card shows."""
        super().__init__(parent)
        self._shown_name = shown_name
        self.children_box = QCheckBox(self.tr("With child accounts"))
        self.children_box.setObjectName("issuesWithChildren")
        self.children_box.setToolTip(
            self.tr("Also list the issues of every account below this one, each with its account")
        )
        self.children_box.setChecked(True)
        self.children_box.toggled.connect(lambda _on: self._reload())
        account = Column(
            QT_TRANSLATE_NOOP("columns", "Account"),
            lambda row: short_account_name(row.account_name, self._shown_name()),
            "account_name",
        )
        columns = list(ISSUE_COLUMNS)
        columns.insert(ACCOUNT_COLUMN, account)
        self.model = PagedTableModel(columns, self)
        self.table = DataTable(self.model, "")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.children_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._workspace: Workspace | None = None
        self._account_id: uuid.UUID | None = None
        self._has_children = False

    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        self._workspace, self._account_id = workspace, account_id
        # Archived child accounts count too, as in the Issues dock's "this account and below".
        self._has_children = workspace.tree.child_count(account_id, show_archived=True) > 0
        self.children_box.setVisible(self._has_children)
        self._reload()

    def with_child_accounts(self) -> bool:
        """Whether the list holds the child accounts' issues too."""
        return self._has_children and self.children_box.isChecked()

    def _reload(self) -> None:
        workspace, account_id = self._workspace, self._account_id
        if workspace is None or account_id is None:
            return
        with_children = self.with_child_accounts()
        self.table.view.setColumnHidden(ACCOUNT_COLUMN, not with_children)
        self.table.set_empty_text(
            self.tr("No customer issues recorded here or in its child accounts.")
            if with_children
            else self.tr("No customer issues recorded.")
        )
        self.model.set_source(
            lambda page: workspace.issues.for_account(
                account_id, page, with_sub_accounts=with_children
            )
        )

    def rows(self) -> list[IssueRow]:
        return self.model.rows()

    def clear(self) -> None:
        self._workspace = self._account_id = None
        self.model.set_source(None)

    def shown_row_count(self) -> int:
        return self.model.rowCount()
