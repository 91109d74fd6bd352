"""The account tree's commands: new, edit, move, archive, restore — validated by the
service, recorded for undo, and followed by a refresh of the tree."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMenu, QMessageBox

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.gui.dialogs.account_form import AccountFormDialog
from acct_desktop.gui.keys import ENTER, dock_key, field_keeps
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.undo import ArchiveAccount, CreateAccount, EditAccount
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog, open_history
from acct_desktop.services.account_edits import AccountChanged, EditRejected
from acct_desktop.services.account_records import AccountDraft
from acct_desktop.services.account_tree import AccountRow
from acct_desktop.services.audit_records import ACCOUNT
from acct_desktop.services.own_edits import OwnEdit

if TYPE_CHECKING:
    from acct_desktop.gui.docks.account_tree import AccountTreeDock


class AccountCommands(QObject):
    """Owns the account actions (menus, shortcuts, context menu) of one tree dock."""

    def __init__(self, dock: AccountTreeDock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.last_question: QMessageBox | None = None  # the open "archive them too?"
        self._build_actions()

    def _build_actions(self) -> None:
        def action(  # type: ignore[no-untyped-def]
            text: str,
            slot,
            shortcut: str | QKeySequence.StandardKey | None = None,
            *,
            rows_only: bool = False,
        ):
            """Keys work anywhere in the dock (its search box, its empty state), except
            ``rows_only`` ones (Copy), which are the rows' alone."""
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            (self.dock.view if rows_only else self.dock).addAction(act)
            return act

        self.new_action = action(
            self.tr("&New account…"), self.new_account, QKeySequence.StandardKey.New
        )
        self.new_child_action = action(self.tr("New c&hild account…"), self.new_child_account)
        # F2 and Delete act on the current row, never from the search box: it keeps them
        # (Delete deletes text there)
        self.edit_action = action(self.tr("&Edit account…"), self.edit_account, "F2")
        self.archive_action = action(
            self.tr("&Archive"), self.archive_account, QKeySequence.StandardKey.Delete
        )
        field_keeps(self.dock.search_box, "F2", QKeySequence.StandardKey.Delete)
        # nor from the search's hit list: the tree's current row is not the hit highlighted
        # there (Enter shows the hit in the tree first; then they act on it)
        field_keeps(self.dock.hit_view, "F2", QKeySequence.StandardKey.Delete)
        self.restore_action = action(self.tr("&Restore"), self.restore_account)
        self.expand_action = action(self.tr("Expand all below"), self.expand_below)
        self.copy_action = action(
            self.tr("Copy code"), self.copy_code, QKeySequence.StandardKey.Copy, rows_only=True
        )
        # who changed the account (its profile card's fields too), when and what
        self.history_action = action(self.tr("&History"), self.show_history, "Ctrl+H")
        # Enter and a double-click open the account (the profile card, with the focus);
        # a double-click no longer only folds the row (the arrow and ← → still do)
        self.open_action = dock_key(
            self.dock.view, ENTER, self.open_account, self.tr("Open account"), only_here=True
        )
        self.dock.view.setExpandsOnDoubleClick(False)
        self.dock.view.doubleClicked.connect(lambda _index: self.open_account())

    def open_account(self) -> None:
        row = self._selected()
        if row is not None:
            self.dock.current.set(row.id)
            self.dock.account_opened.emit(row.id)

    def show_history(self) -> AuditTrailDialog | None:
        """Show who changed the selected account (its profile card's fields too), when and
        what, newest first."""
        row, workspace = self._selected(), self.dock.workspace
        if row is None or workspace is None:
            return None
        name = f"{row.name} ({row.code})"
        return open_history(self.dock, workspace.db, ACCOUNT, row.id, name)

    def _selected(self) -> AccountRow | None:
        value = self.dock.model.row_value(self.dock.view.currentIndex())
        return value if isinstance(value, AccountRow) else None

    def row_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        row = self._selected()
        if self.dock.workspace is None:
            return
        menu = QMenu(self.dock)
        menu.addAction(self.new_action)
        if row is not None:
            menu.addAction(self.open_action)
            menu.addAction(self.new_child_action)
            menu.addAction(self.edit_action)
            menu.addAction(self.restore_action if row.archived else self.archive_action)
            menu.addSeparator()
            menu.addAction(self.expand_action)
            menu.addAction(self.copy_action)
            menu.addAction(self.history_action)
            menu.addSeparator()
            menu.addAction(
                self.tr("Plan visits for it and everything below…"),
                lambda: self.dock.plan_requested.emit(self.subtree(row.id)),
            )
        menu.exec(self.dock.view.viewport().mapToGlobal(position))

    def subtree(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """The account and every account below it (for "plan visits for these")."""
        from acct_desktop.services.subtree import subtree_ids

        assert self.dock.workspace is not None
        with self.dock.workspace.db.session() as session:
            return list(session.scalars(subtree_ids(account_id)))

    def _push(self, command: QUndoCommand) -> None:
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.push(command)

    def _complain(self, message: str) -> None:
        QMessageBox.warning(self.dock, self.tr("Account"), message)

    def _territory_choices(self) -> list[tuple[uuid.UUID, str]]:
        assert self.dock.workspace is not None
        names: dict[uuid.UUID, str] = {}
        path: list[str] = []
        choices = []
        for tid, name, depth in self.dock.workspace.tree.territory_choices():
            path = [*path[:depth], name]
            names[tid] = " › ".join(path)
            choices.append((tid, names[tid]))
        return choices

    def new_account(self, parent: AccountRow | None = None) -> AccountFormDialog | None:
        """Open the form for a new account (under ``parent``, or at the top level)."""
        workspace = self.dock.workspace
        if workspace is None:
            return None
        parent = parent if isinstance(parent, AccountRow) else None
        kind = AccountKind.STORE if parent is not None else AccountKind.HEADQUARTERS
        draft = AccountDraft(
            code="",
            name="",
            kind=kind,
            channel=parent.channel if parent else Channel.CHAIN_STORE,
            parent_id=parent.id if parent else None,
        )
        if parent is not None:
            parent_draft, _version = workspace.records.draft(parent.id)
            draft = replace(
                draft,
                territory_id=parent_draft.territory_id,
                country_code=parent_draft.country_code,
                currency=parent_draft.currency,
                city=parent_draft.city,
            )

        def submit(filled: AccountDraft) -> AccountChanged:
            changed = workspace.records.create(filled)
            self._push(
                CreateAccount(
                    workspace.records,
                    changed.account_id,
                    filled.name,
                    self.dock.after_change,
                    self._complain,
                )
            )
            return changed

        dialog = AccountFormDialog(
            draft,
            submit,
            self._territory_choices(),
            parent.name if parent else None,
            self.dock,
            title=(
                self.tr("New account under %1").replace("%1", parent.name)
                if parent is not None
                else self.tr("New account")
            ),
            drafts=self.dock.workspace.form_drafts,
        )
        dialog.finished.connect(lambda _r: self._form_done(dialog))
        dialog.open()
        return dialog

    def new_child_account(self) -> AccountFormDialog | None:
        return self.new_account(self._selected())

    def edit_account(self) -> AccountFormDialog | None:
        workspace, row = self.dock.workspace, self._selected()
        if workspace is None or row is None:
            return None
        before, version = workspace.records.draft(row.id)

        def submit(after: AccountDraft) -> AccountChanged:
            changed = workspace.records.update(row.id, after, version)
            if changed.fields:
                edit = OwnEdit.saved(
                    workspace.db, workspace.records, "account", row.id, before, changed.fields
                )
                self._push(
                    EditAccount(edit, row.id, after.name, self.dock.after_change, self._complain)
                )
            return changed

        parent_name = None
        if before.parent_id is not None:
            parent = workspace.accounts.profile(before.parent_id)
            parent_name = parent.name if parent else None
        dialog = AccountFormDialog(
            before,
            submit,
            self._territory_choices(),
            parent_name,
            self.dock,
            title=self.tr("Edit account"),
            drafts=workspace.form_drafts,
            record_key=str(row.id),
        )
        dialog.finished.connect(lambda _r: self._form_done(dialog))
        dialog.open()
        return dialog

    def _form_done(self, dialog: AccountFormDialog) -> None:
        if dialog.result_change is not None:
            self.dock.after_change(dialog.result_change.account_id)

    def move_account(self, account_id: uuid.UUID, new_parent: uuid.UUID | None) -> bool:
        """A drag-and-drop move: validated by the service, undoable."""
        workspace = self.dock.workspace
        if workspace is None:
            return False
        before, _version = workspace.records.draft(account_id)
        try:
            changed = workspace.records.move(account_id, new_parent)
        except EditRejected as exc:
            self._complain(exception_text(exc))
            return False
        if changed.fields:
            edit = OwnEdit.saved(
                workspace.db, workspace.records, "account", account_id, before, changed.fields
            )
            self._push(
                EditAccount(
                    edit, account_id, before.name, self.dock.after_change, self._complain, "move"
                )
            )
            self.dock.after_change(account_id)
        return True

    def _set_archived(self, archive: bool) -> None:
        workspace, row = self.dock.workspace, self._selected()
        if workspace is None or row is None or row.archived == archive:
            return
        if archive:
            below = workspace.records.active_below(row.id)
            if below:
                self._ask_archive_below(row, below)
                return
            self._apply_archived((row.id, row.name), True, with_below=False)
        else:
            self.restore_by_id(row.id)

    def restore_by_id(self, account_id: uuid.UUID) -> None:
        """Restore an account shown archived (the profile card's Restore button)."""
        workspace = self.dock.workspace
        profile = workspace.accounts.profile(account_id) if workspace is not None else None
        if workspace is None or profile is None or not profile.archived:
            return
        came_back = bool(workspace.records.archived_with(account_id))
        self._apply_archived((account_id, profile.name), False, with_below=came_back)

    def _ask_archive_below(self, row: AccountRow, below: int) -> QMessageBox:
        """Accounts still active below: archive them too, or nothing (never leave them
        hanging, out of the tree, under an archived parent)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Archive %1").replace("%1", row.name),
            self.tr("%1 has %n active accounts below it. Archive them too?", "", below).replace(
                "%1", row.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.dock,
        )
        box.setObjectName("archiveBelowQuestion")
        box.setInformativeText(self.tr("One undo step brings them all back."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Archive all"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self._apply_archived((row.id, row.name), True, with_below=True)
                if result == QMessageBox.StandardButton.Yes
                else None
            )
        )
        self.last_question = box
        box.open()
        return box

    def _apply_archived(
        self, account: tuple[uuid.UUID, str], archive: bool, with_below: bool
    ) -> None:
        workspace = self.dock.workspace
        if workspace is None:
            return
        account_id, name = account
        neighbour = self._neighbour(account_id) if archive else None
        try:
            if archive:
                workspace.records.archive(account_id, with_below=with_below)
            else:
                workspace.records.restore(account_id)
        except EditRejected as exc:
            self._complain(exception_text(exc))
            return
        self._push(
            ArchiveAccount(
                workspace.records,
                account_id,
                name,
                archive,
                self.dock.after_change,
                self._complain,
                with_below=with_below,
            )
        )
        self.dock.after_change(account_id)
        shown = self._selected()
        if archive and neighbour is not None and (shown is None or shown.id != account_id):
            self.dock.current.set(neighbour)  # the row went: the next one is chosen

    def _neighbour(self, account_id: uuid.UUID) -> uuid.UUID | None:
        """The account of the row to choose once ``account_id``'s row leaves the tree, as
        a file manager does: the next row at its level, else the one before it (it was the
        last), else the row it sits under."""
        model = self.dock.model
        index = self.dock.view.currentIndex().siblingAtColumn(0)
        if not index.isValid() or model.account_id(index) != account_id:
            return None
        row, parent = index.row(), index.parent()
        for candidate in (
            *(model.index(r, 0, parent) for r in (row + 1, row - 1) if r >= 0),
            parent,
        ):
            if candidate.isValid():
                found = model.account_id(candidate)
                if found is not None and found != account_id:
                    return found
        return None

    def archive_account(self) -> None:
        self._set_archived(True)

    def restore_account(self) -> None:
        self._set_archived(False)

    def expand_below(self) -> None:
        index = self.dock.view.currentIndex()
        if index.isValid():
            self.dock.view.expandRecursively(index.siblingAtColumn(0), 3)

    def copy_code(self) -> None:
        row = self._selected()
        if row is not None:
            QGuiApplication.clipboard().setText(row.code)
