"""The Issues dock's commands: new, edit, bulk edit, withdraw, go to account — validated by
the service, recorded for undo, and followed by a refresh of the dock."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from acct_desktop.gui.dialogs.issue_bulk_edit import IssueBulkEditDialog
from acct_desktop.gui.dialogs.issue_form import IssueFormDialog, Submit, new_issue_draft
from acct_desktop.gui.labels import enum_label, format_value
from acct_desktop.gui.nothing_here import set_enabled
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.undo import ChangeStep
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog, open_history
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit_records import ISSUE
from acct_desktop.services.issue_records import BulkIssueEdit, IssueDraft, IssueRecords
from acct_desktop.services.issue_records import IssuesChanged as Changed
from acct_desktop.services.own_edits import OwnEdit, redo_all, undo_all
from acct_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from acct_desktop.gui.docks.issues import IssuesDock

ENTITY = "customer_issue"  # the issues' audit trail


def _records(workspace: Workspace) -> IssueRecords:
    """The workspace's issue records, or ones made here while the workspace has none."""
    records = getattr(workspace, "issue_records", None)
    return records or IssueRecords(
        workspace.db, actor=lambda: workspace.records.actor, today=workspace.issues.today
    )


class IssueCommands(QObject):
    """Owns the Issues dock's actions (toolbar, context menu, shortcuts) and their work."""

    new_action: QAction
    edit_action: QAction
    bulk_action: QAction
    withdraw_action: QAction
    goto_action: QAction
    refresh_action: QAction
    find_action: QAction

    def __init__(self, dock: IssuesDock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.records: IssueRecords | None = None
        self._build_actions()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.records = _records(workspace) if workspace is not None else None

    def _build_actions(self) -> None:
        dock, style = self.dock, self.dock.style()
        keys = QKeySequence.StandardKey
        # name, text, slot, theme icon, fallback icon, shortcuts, on the table only? Row
        # commands act only where the rows are: Delete in the search box deletes text. No F5
        # here: the window's Refresh (F5) already reloads every dock.
        specs = (
            ("new_action", self.tr("New issue…"), self.new_issue, "DocumentNew", "SP_FileIcon",
             [keys.New], False),
            ("edit_action", self.tr("Edit…"), self.edit_issue, "DocumentProperties",
             "SP_FileDialogContentsView", ["Return", "Enter"], True),
            ("bulk_action", self.tr("Bulk edit…"), self.bulk_edit, "EditSelectAll",
             "SP_FileDialogListView", [], False),
            ("withdraw_action", self.tr("Withdraw"), self.withdraw, "EditDelete", "SP_TrashIcon",
             [keys.Delete], True),
            ("goto_action", self.tr("Go to account"), self.go_to_account, "GoNext",
             "SP_ArrowForward", [], False),
            ("history_action", self.tr("History"), self.show_history, "DocumentOpenRecent",
             "SP_FileDialogContentsView", ["Ctrl+H"], False),
            ("refresh_action", self.tr("Refresh"), dock.reload, "ViewRefresh",
             "SP_BrowserReload", [], False),
            ("find_action", self.tr("Search issues"), dock.focus_search, "EditFind",
             "SP_FileDialogContentsView", [keys.Find], False),
        )  # fmt: skip
        for name, text, slot, theme, fallback, shortcuts, on_view in specs:
            icon = QIcon.fromTheme(
                getattr(QIcon.ThemeIcon, theme),
                style.standardIcon(getattr(QStyle.StandardPixmap, fallback)),
            )
            act = QAction(icon, text, self)
            act.setShortcuts([QKeySequence(k) for k in shortcuts])
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if on_view
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(lambda _checked=False, slot=slot: slot())
            (dock.view if on_view else dock).addAction(act)
            setattr(self, name, act)
        dock.view.doubleClicked.connect(lambda _index: self.edit_issue())
        dock.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        dock.view.customContextMenuRequested.connect(self.row_menu)

    def row_actions(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.bulk_action,
            self.withdraw_action,
            self.goto_action,
            self.history_action,
        ]

    def update_enabled(self, selected: int, can_raise: bool) -> None:
        """Enable what makes sense for ``selected`` rows; say why New is off."""
        why = self.tr("Choose an account first: an issue is raised for the current account.")
        set_enabled(self.new_action, can_raise, why)
        self.new_action.setToolTip(
            self.tr("Raise an issue for the current account (Ctrl+N)") if can_raise else why
        )
        self.edit_action.setEnabled(selected >= 1)
        self.bulk_action.setEnabled(selected >= 2)
        self.bulk_action.setToolTip(self.tr("Select two or more issues to change them together"))
        self.withdraw_action.setEnabled(selected >= 1)
        self.withdraw_action.setToolTip(self.tr("Withdraw issues raised by mistake (Delete)"))
        self.goto_action.setEnabled(selected >= 1)
        self.goto_action.setToolTip(self.tr("Make the issue's account the current account"))
        self.history_action.setEnabled(selected >= 1)
        self.history_action.setToolTip(self.tr("Who changed the issue, when and what (Ctrl+H)"))

    def row_menu(self, position: QPoint) -> None:
        if self.dock.workspace is None:
            return
        menu = QMenu(self.dock)
        menu.addActions(self.row_actions())
        self.dock.table.copier.add_to(menu)
        menu.exec(self.dock.view.viewport().mapToGlobal(position))

    # -- changing ---------------------------------------------------------------------------
    def _record(self, text: str, do: Callable[[], Changed], undo: Callable[[], Changed]) -> None:
        """An undo step: the issues it changes are shown changed and kept selected."""
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.push(ChangeStep(text, do, undo, self.dock, self._complain))

    def _complain(self, message: str) -> None:
        QMessageBox.warning(self.dock, self.tr("Customer issues"), message)

    def _open_form(
        self, draft: IssueDraft, submit: Submit, title: str, number: str = ""
    ) -> IssueFormDialog:
        workspace = self.dock.workspace
        assert workspace is not None
        account = workspace.accounts.profile(draft.account_id)
        dialog = IssueFormDialog(
            draft,
            submit,
            account.name if account is not None else "",
            self.dock.responsible_names(),
            workspace.issues.today(),
            self.dock,
            title=title,
            number=number,
            visits=[
                (visit_id, f"{format_value(start)} · {enum_label(purpose)}")
                for visit_id, start, purpose in workspace.visits.recent_choices(draft.account_id)
            ],
            drafts=workspace.form_drafts,
        )
        dialog.finished.connect(lambda _r: self._form_done(dialog))
        dialog.open()
        return dialog

    def _form_done(self, dialog: IssueFormDialog | IssueBulkEditDialog) -> None:
        if dialog.result_change is not None:
            self.dock.after_change(dialog.result_change)

    def new_issue(self) -> IssueFormDialog | None:
        """Open the form for a new issue of the current account."""
        records, account_id, workspace = self.records, self.dock.current.id, self.dock.workspace
        if records is None or account_id is None or workspace is None:
            return None

        def submit(draft: IssueDraft) -> Changed:
            changed = records.create(draft)
            issue_id = changed.issue_ids[0]
            self._record(
                self.tr("raise issue"),
                lambda: records.restore(issue_id),
                lambda: records.archive(issue_id),
            )
            return changed

        draft = new_issue_draft(account_id, workspace.issues.today())
        return self._open_form(draft, submit, self.tr("New customer issue"))

    def edit_issue(self) -> IssueFormDialog | None:
        """Open the form on the issue with the focus."""
        records, row = self.records, self.dock.current_row()
        if records is None or row is None:
            return None
        try:
            before, version = records.draft(row.id)
        except EditRejected as exc:
            self._complain(exception_text(exc))
            return None
        db = self.dock.workspace.db

        def submit(after: IssueDraft) -> Changed:
            changed = records.update(row.id, after, version)
            if changed.fields:  # undo takes back these fields only, if nobody changed them
                edit = OwnEdit.saved(db, records, ENTITY, row.id, before, changed.fields)
                self._record(self.tr("edit %1").replace("%1", row.number), edit.redo, edit.undo)
            return changed

        title = self.tr("Edit issue %1").replace("%1", row.number)
        return self._open_form(before, submit, title, row.number)

    def bulk_edit(self) -> IssueBulkEditDialog | None:
        """Open the bulk edit dialog on the selected issues (two or more)."""
        records, rows, workspace = self.records, self.dock.selected_rows(), self.dock.workspace
        if records is None or workspace is None or len(rows) < 2:
            return None
        ids = [row.id for row in rows]

        def submit(edit: BulkIssueEdit) -> Changed:
            before = {issue_id: records.draft(issue_id)[0] for issue_id in ids}
            changed = records.bulk_update(ids, edit)
            # undo takes back the fields each issue changed, if nobody changed them since
            edits = [
                OwnEdit.saved(workspace.db, records, ENTITY, i, before[i], changed.fields)
                for i in ids
            ]

            def undo() -> Changed:
                undo_all(edits)
                return changed

            def redo() -> Changed:
                redo_all(edits)
                return changed

            if changed.fields:
                label = self.tr("bulk edit %1 issues").replace("%1", str(len(ids)))
                self._record(label, redo, undo)
            return changed

        names, today = self.dock.responsible_names(), workspace.issues.today()
        dialog = IssueBulkEditDialog(len(ids), submit, names, today, self.dock)
        dialog.finished.connect(lambda _r: self._form_done(dialog))
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        """Archive the selected issues (raised by mistake); undo brings them back."""
        records, rows = self.records, self.dock.selected_rows()
        if records is None or not rows:
            return
        ids = [row.id for row in rows]
        try:
            changes = [records.archive(issue_id) for issue_id in ids]
        except EditRejected as exc:
            self._complain(exception_text(exc))
            self.dock.reload()
            return
        accounts = tuple(dict.fromkeys(c.account_ids[0] for c in changes))
        changed = Changed(tuple(ids), accounts, ("archived_at",))

        def each(step: Callable[[uuid.UUID], Changed]) -> Callable[[], Changed]:
            def run() -> Changed:
                for issue_id in ids:
                    step(issue_id)
                return changed

            return run

        names = ", ".join(row.number for row in rows[:3]) + ("…" if len(rows) > 3 else "")
        self._record(
            self.tr("withdraw %1").replace("%1", names),
            each(records.archive),
            each(records.restore),
        )
        first = min(index.row() for index in self.dock.view.selectionModel().selectedRows())
        self.dock.after_change(changed)
        remaining = self.dock.model.rowCount()
        if remaining:  # keep the keyboard going: the next row takes the withdrawn one's place
            self.dock.select_issues((self.dock.model.row_object(min(first, remaining - 1)).id,))

    def show_history(self) -> AuditTrailDialog | None:
        """Show who changed what and when on the selected issue, newest first."""
        row, workspace = self.dock.current_row(), self.dock.workspace
        if row is None or workspace is None:
            return None
        return open_history(self.dock, workspace.db, ISSUE, row.id, row.number)

    def go_to_account(self) -> None:
        """Make the issue's account the current account everywhere."""
        row = self.dock.current_row()
        if row is not None and row.account_id is not None:
            self.dock.current.set(row.account_id)
