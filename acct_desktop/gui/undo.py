"""Undoable account changes: each command calls the service, and says what changed.

Every undo step's text is a whole translated sentence: a field is named by its own label
in the user's language (``header_undo_text``), never by its column name in English."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.account_records import AccountDraft, AccountRecords

Refresh = Callable[[uuid.UUID], None]
Complain = Callable[[str], None]

UNDO_CONTEXT = "UndoSteps"
# A quote header field changed, as the Edit menu says it ("Undo Change the currency").
HEADER_UNDO_TEXTS = {
    "contact_id": QT_TRANSLATE_NOOP("UndoSteps", "Change the contact"),
    "valid_until": QT_TRANSLATE_NOOP("UndoSteps", "Change the valid-until date"),
    "requested_on": QT_TRANSLATE_NOOP("UndoSteps", "Change the date requested"),
    "requested_delivery": QT_TRANSLATE_NOOP("UndoSteps", "Change the delivery date wanted"),
    "currency": QT_TRANSLATE_NOOP("UndoSteps", "Change the currency"),
    "tax_rate_percent": QT_TRANSLATE_NOOP("UndoSteps", "Change the tax rate"),
    "quote_discount_percent": QT_TRANSLATE_NOOP("UndoSteps", "Change the quote discount"),
    "payment_terms": QT_TRANSLATE_NOOP("UndoSteps", "Change the payment terms"),
    "delivery_terms": QT_TRANSLATE_NOOP("UndoSteps", "Change the delivery terms"),
    "notes": QT_TRANSLATE_NOOP("UndoSteps", "Change the notes"),
}
OTHER_HEADER_FIELD = QT_TRANSLATE_NOOP("UndoSteps", "Change the quote")
# What happened to an account (%1: its name).
ACCOUNT_UNDO_TEXTS = {
    "edit": QT_TRANSLATE_NOOP("UndoSteps", "edit %1"),
    "move": QT_TRANSLATE_NOOP("UndoSteps", "move %1"),
    "archive": QT_TRANSLATE_NOOP("UndoSteps", "archive %1"),
    "restore": QT_TRANSLATE_NOOP("UndoSteps", "restore %1"),
    "create": QT_TRANSLATE_NOOP("UndoSteps", "create %1"),
}


def header_undo_text(field: str) -> str:
    """The undo step of a quote header change, in the user's language."""
    return QCoreApplication.translate(
        UNDO_CONTEXT, HEADER_UNDO_TEXTS.get(field, OTHER_HEADER_FIELD)
    )


def account_undo_text(action: str, name: str) -> str:
    """``edit Acme`` (``move``, ``archive``, ``restore``, ``create``) in the user's language."""
    return QCoreApplication.translate(UNDO_CONTEXT, ACCOUNT_UNDO_TEXTS[action]).replace("%1", name)


class ServiceStep(QUndoCommand):
    """A change already made through a service, undone and redone by calling the service
    again (``undo``, ``do``): the first ``redo`` is skipped, the change having been made (and
    checked) before the step was pushed. A refusal (one of ``refusals``: someone else's
    change, or a later one, stands in the way) is said by ``complain`` and drops the step;
    ``after`` runs either way, so the view shows what is so."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        refusals: tuple[type[Exception], ...],
        complain: Callable[[str], object],
        after: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._refusals, self._complain, self._after = refusals, complain, after
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
        except self._refusals as exc:
            self._complain(exception_text(exc))
            self.setObsolete(True)
        self._after()


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
        super().__init__(
            account_undo_text("edit", after.name), records, account_id, refresh, complain
        )
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
        super().__init__(account_undo_text("move", name), records, account_id, refresh, complain)
        self.old_parent, self.new_parent = old_parent, new_parent

    def _do(self) -> object:
        return self.records.move(self.account_id, self.new_parent)

    def _undo(self) -> object:
        return self.records.move(self.account_id, self.old_parent)


class ArchiveAccount(_AccountCommand):
    """Archive (with everything active below it, ``with_below``) or restore an account: one
    step either way. A restore brings back the accounts archived together with it, so
    undoing an archive of a branch restores the whole branch, and undoing a restore archives
    it again with what came back."""

    def __init__(
        self,
        records: AccountRecords,
        account_id: uuid.UUID,
        name: str,
        archive: bool,
        refresh: Refresh,
        complain: Complain,
        with_below: bool = False,
    ) -> None:
        text = account_undo_text("archive" if archive else "restore", name)
        super().__init__(text, records, account_id, refresh, complain)
        self.archive = archive
        self.with_below = with_below

    def _do(self) -> object:
        if self.archive:
            return self.records.archive(self.account_id, with_below=self.with_below)
        return self.records.restore(self.account_id)

    def _undo(self) -> object:
        if self.archive:
            return self.records.restore(self.account_id)
        return self.records.archive(self.account_id, with_below=self.with_below)


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
        super().__init__(account_undo_text("create", name), records, account_id, refresh, complain)

    def _do(self) -> object:
        return self.records.restore(self.account_id)

    def _undo(self) -> object:
        return self.records.archive(self.account_id)
