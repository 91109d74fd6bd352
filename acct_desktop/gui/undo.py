"""Undoable account changes: each command calls the service, and says what changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.account_records import AccountDraft, AccountRecords

Refresh = Callable[[uuid.UUID], None]
Complain = Callable[[str], None]


class _AccountCommand(QUndoCommand):
    """Runs ``_do``/``_undo`` through the service. The first ``redo`` is skipped: the change
    was already made (and validated) before the command was pushed."""

    def __init__(
        self,
        text: str,
        records: AccountRecords,
        account_id: uuid.UUID,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        super().__init__(text)
        self.records = records
        self.account_id = account_id
        self._refresh = refresh
        self._complain = complain
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except EditRejected as exc:
            # Someone else's change or a rule now stands in the way: say so, drop the step.
            self._complain(exception_text(exc))
            self.setObsolete(True)
            return
        self._refresh(self.account_id)

    def _do(self) -> object:
        raise NotImplementedError

    def _undo(self) -> object:
        raise NotImplementedError


class EditAccount(_AccountCommand):
    def __init__(
        self,
        records: AccountRecords,
        account_id: uuid.UUID,
        before: AccountDraft,
        after: AccountDraft,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        super().__init__(f"edit {after.name}", records, account_id, refresh, complain)
        self.before, self.after = before, after

    def _do(self) -> object:
        return self.records.update(self.account_id, self.after)

    def _undo(self) -> object:
        return self.records.update(self.account_id, self.before)


class MoveAccount(_AccountCommand):
    def __init__(
        self,
        records: AccountRecords,
        account_id: uuid.UUID,
        name: str,
        old_parent: uuid.UUID | None,
        new_parent: uuid.UUID | None,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        super().__init__(f"move {name}", records, account_id, refresh, complain)
        self.old_parent, self.new_parent = old_parent, new_parent

    def _do(self) -> object:
        return self.records.move(self.account_id, self.new_parent)

    def _undo(self) -> object:
        return self.records.move(self.account_id, self.old_parent)


class ArchiveAccount(_AccountCommand):
    def __init__(
        self,
        records: AccountRecords,
        account_id: uuid.UUID,
        name: str,
        archive: bool,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        text = f"archive {name}" if archive else f"restore {name}"
        super().__init__(text, records, account_id, refresh, complain)
        self.archive = archive

    def _do(self) -> object:
        return (self.records.archive if self.archive else self.records.restore)(self.account_id)

    def _undo(self) -> object:
        return (self.records.restore if self.archive else self.records.archive)(self.account_id)


class CreateAccount(_AccountCommand):
    """Undoing a creation archives the new account (it may already have visits or notes);
    redoing restores it."""

    def __init__(
        self,
        records: AccountRecords,
        account_id: uuid.UUID,
        name: str,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        super().__init__(f"create {name}", records, account_id, refresh, complain)

    def _do(self) -> object:
        return self.records.restore(self.account_id)

    def _undo(self) -> object:
        return self.records.archive(self.account_id)
