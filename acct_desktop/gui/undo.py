"""Undo steps: one for a change already made through a service (``ServiceStep``, which
every dock's steps are), the account tree's, and what each step says it undoes.

Every undo step's text is a whole translated sentence: a field is named by its own label
in the user's language (``header_undo_text``), never by its column name in English."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.own_edits import OwnEdit

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
    change, or a later one, stands in the way) is said by ``complain`` in the user's
    language and drops the step; ``after`` then reads the view again, so it shows what is so.

    After a step that went through, ``after`` reads the view again too, unless ``shown``
    is given: it is handed what the service gave back, for a view that shows the service's
    answer in place (the quote's lines, the one row of a grid, the changed issues kept
    selected) rather than reading everything again."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        refusals: tuple[type[Exception], ...],
        complain: Callable[[str], object],
        after: Callable[[], object],
        shown: Callable[[Any], object] | None = None,
    ) -> None:
        super().__init__(text)
        self._forward, self._backward = do, undo
        self._refusals, self._complain = refusals, complain
        self._after, self._shown = after, shown
        self._done_already = True
        # passed over once: a step below it was taken out of the history (``lift_out``)
        self.skip_once = False

    def redo(self) -> None:
        if self._done_already or self.skip_once:
            self._done_already = self.skip_once = False
            return
        self._run(self._forward)

    def undo(self) -> None:
        if self.skip_once:
            self.skip_once = False
            return
        self._run(self._backward)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            outcome = action()
        except self._refusals as exc:
            self._complain(exception_text(exc))
            self.setObsolete(True)
            self._after()
            return
        if self._shown is None:
            self._after()
        else:
            self._shown(outcome)


class ShowsChanges(Protocol):
    """A dock that shows what a service says changed, or reads everything again."""

    def after_change(self, changed: Any) -> None: ...

    def reload(self) -> None: ...


class ChangeStep(ServiceStep):
    """A step of a dock whose services answer with what changed (the Issues dock, the
    price policy and rebate registers): the dock shows it (``after_change``: read again,
    the changed records kept selected, the other docks told); a refusal is an
    ``EditRejected``, after which the dock reads everything again."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        dock: ShowsChanges,
        complain: Complain,
    ) -> None:
        super().__init__(
            text,
            do,
            undo,
            refusals=(EditRejected,),
            complain=complain,
            after=dock.reload,
            shown=dock.after_change,
        )


class _AccountStep(ServiceStep):
    """A step of the account tree: a refusal is an ``EditRejected``; the tree reads again
    with the account in view, either way."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        account_id: uuid.UUID,
        refresh: Refresh,
        complain: Complain,
    ) -> None:
        super().__init__(
            text,
            do,
            undo,
            refusals=(EditRejected,),
            complain=complain,
            after=lambda: refresh(account_id),
        )


class EditAccount(_AccountStep):
    """A save of the account form, or a move in the tree (``action`` "edit" or "move"):
    undo and redo put back only the fields it changed, and are refused when a colleague
    changed one of them since (see ``OwnEdit``)."""

    def __init__(
        self,
        edit: OwnEdit,
        account_id: uuid.UUID,
        name: str,
        refresh: Refresh,
        complain: Complain,
        action: str = "edit",
    ) -> None:
        super().__init__(
            account_undo_text(action, name),
            edit.redo,
            edit.undo,
            account_id,
            refresh,
            complain,
        )


class ArchiveAccount(_AccountStep):
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
        def archived() -> object:
            return records.archive(account_id, with_below=with_below)

        def restored() -> object:
            return records.restore(account_id)

        super().__init__(
            account_undo_text("archive" if archive else "restore", name),
            archived if archive else restored,
            restored if archive else archived,
            account_id,
            refresh,
            complain,
        )


class CreateAccount(_AccountStep):
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
        super().__init__(
            account_undo_text("create", name),
            lambda: records.restore(account_id),
            lambda: records.archive(account_id),
            account_id,
            refresh,
            complain,
        )
