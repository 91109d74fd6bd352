"""Quote edits the database could not take (its server is down), kept and written later.

While the team database cannot be reached, an edit of the open quote — a line's quantity,
unit, discount or description, a line added or removed, a header field — is kept here
(``KeptQuoteEdits.keep``), shown over the saved quote as not saved yet, and written in the
order typed once the database answers (``write``, when ``ConnectionWatch`` says it is
back). A colleague's change of the same field meanwhile refuses it with the shared
sentence (``services/quote_kept``); nothing is overwritten or applied twice.

Each kept edit is an undo step (``QuoteStep``) from the moment it is typed: Ctrl+Z takes
back a kept edit not written yet without the database, and once written the step undoes
and redoes it as any edit of the quote. An undo or redo the database
cannot take while it is away is not counted (``not_taken``): the stack goes back to where
it was, so its steps keep matching the quote. One refused when written (or found already
so) leaves the history at once (``lift_out``), however many steps lie over it; the
refusal names what was typed, to repeat it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError

from acct_desktop.gui.labels import format_value
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.changed_since import Doing
from acct_desktop.services.quote_kept import (
    HeaderKept,
    KeptEdit,
    LineAdded,
    LineKept,
    Waiting,
    over,
)
from acct_desktop.services.quote_undo import DraftState
from acct_desktop.services.quote_views import QuoteView
from acct_desktop.store.reachability import is_unreachable


class QuoteStep(QUndoCommand):
    """One edit of a draft quote on the undo stack, undone and redone by putting back what
    it changed (the quote ``states`` before and after it: its header fields and its lines,
    a colleague's left as they are; see ``quote_undo``). A kept ``edit`` not written yet
    has no states: its undo withdraws it and its redo keeps it again, without the
    database; once written, it is undone and redone as any other."""

    def __init__(
        self,
        text: str,
        keeper: KeptQuoteEdits,
        quote_id: uuid.UUID,
        edit: KeptEdit | None = None,
        states: tuple[DraftState, DraftState] | None = None,
    ) -> None:
        super().__init__(text)
        self.keeper, self.quote_id, self.edit = keeper, quote_id, edit
        self.what = text  # how a refusal names it
        self.states = states
        self._done_already = states is not None  # made before it was pushed
        self.skip_once = False  # see ``not_taken``
        self.dead = False  # kept, then refused or found already so: nothing to undo

    def redo(self) -> None:
        if self.skip_once or self._done_already:
            self.skip_once = self._done_already = False
        elif self.states is None:
            self.keeper.wait(self)
        else:
            self.keeper.put_back(self, *self.states, Doing.REDO)

    def undo(self) -> None:
        if self.skip_once:
            self.skip_once = False
        elif self.dead:  # goes, and the Ctrl+Z undoes the step below instead
            self.setObsolete(True)
            stack = self.keeper.stack()
            if stack is not None:
                QTimer.singleShot(0, stack.undo)
        elif self.states is None:
            self.keeper.withdraw(self)
        else:
            before, after = self.states
            self.keeper.put_back(self, after, before, Doing.UNDO)


def not_taken(step: Any, stack: Any, undoing: bool) -> None:
    """The database could not take ``step``'s undo (or redo): the stack has moved past it
    already, so it is moved back once the step is over — its next redo (undo) is skipped."""
    step.skip_once = True
    if stack is not None:
        QTimer.singleShot(0, stack.redo if undoing else stack.undo)


def lift_out(stack: Any) -> None:
    """The refused (or already-so) kept steps below the stack's index leave it now, not
    when Ctrl+Z reaches them: the steps over the lowest are undone down to it and redone
    after, passed over (``skip_once``) so nothing is written, the dead ones taken off on
    the way (an obsolete step is not undone, only taken off). With a step over them that
    cannot be passed over, the dead ones go when Ctrl+Z reaches them, as before."""
    if stack is None:
        return
    top = stack.index()
    steps = [stack.command(i) for i in range(top)]
    dead = [i for i, s in enumerate(steps) if isinstance(s, QuoteStep) and s.dead]
    if not dead:
        return
    over = steps[dead[0] :]
    if not all(hasattr(s, "skip_once") for s in over):
        return
    kept = [s for s in over if not (isinstance(s, QuoteStep) and s.dead)]
    for s in over:
        if s in kept:
            s.skip_once = True
        else:
            s.setObsolete(True)
    while stack.index() > dead[0]:
        stack.undo()
    for s in kept:
        s.skip_once = True
        stack.redo()


def typed_text(edit: KeptEdit | None) -> str:
    """What a kept edit set, as the form shows it: a value typed, a line added (its
    product and quantity); nothing for a removal."""
    if isinstance(edit, HeaderKept):
        return edit.label or format_value(edit.value)
    if isinstance(edit, LineKept):
        return format_value(edit.value)
    if isinstance(edit, LineAdded):
        return f"{edit.sku} × {format_value(edit.quantity)}"
    return ""


class KeptQuoteEdits(QObject):
    """The quote builder's edits waiting for the database, in the order typed."""

    def __init__(self, commands: Any) -> None:
        super().__init__(commands)
        self._commands = commands
        self._waiting: list[QuoteStep] = []
        self._writing = False
        # whether the database is known to be away (the main window's ConnectionWatch)
        self.offline: Callable[[], bool] = lambda: False

    # -- keeping -----------------------------------------------------------------------------

    def holding(self, quote_id: uuid.UUID) -> bool:
        """Whether an edit of ``quote_id`` is to be kept rather than saved now: the database
        is away, or edits typed before are still waiting (they are written first)."""
        return self.offline() or any(step.quote_id == quote_id for step in self._waiting)

    def waiting(self, quote_id: uuid.UUID | None = None) -> list[KeptEdit]:
        return [s.edit for s in self._waiting if quote_id is None or s.quote_id == quote_id]

    def over(self, view: QuoteView) -> Waiting:
        """``view`` with the edits of its quote that wait over it."""
        return over(view, self.waiting(view.id))

    def keep(self, text: str, quote_id: uuid.UUID, edit: KeptEdit, what: str = "") -> None:
        """Keep ``edit`` of ``quote_id`` (an undo step called ``text``; ``what`` names it in a
        refusal) until it is written."""
        step = QuoteStep(text, self, quote_id, edit)
        step.what = what or text
        stack = self.stack()
        if stack is not None:
            stack.push(step)  # its redo keeps it
        else:
            step.redo()

    def wait(self, step: QuoteStep) -> None:
        if step.edit is not None and step not in self._waiting:
            self._waiting.append(step)
        self._commands.dock.show_kept()
        if not self.offline():  # the database is back already: write it now
            QTimer.singleShot(0, self.write)

    def withdraw(self, step: QuoteStep) -> None:
        if step in self._waiting:
            self._waiting.remove(step)
        self._commands.dock.show_kept()

    def forget(self) -> None:
        """Another database is opened: what waits belongs to the one closed."""
        self._waiting.clear()

    # -- writing -----------------------------------------------------------------------------

    def write(self) -> None:
        """The database answers: write the kept edits in the order typed. One a colleague's
        change refuses (or the quote no longer takes) is said, with every other refused,
        in one box; when the database goes away again, the rest waits."""
        builder = self._commands.builder
        if self._writing or builder is None or not self._waiting:
            return
        self._writing = True
        refused: list[str] = []
        touched: set[uuid.UUID] = set()
        try:
            while self._waiting:
                step = self._waiting[0]
                try:
                    before = builder.snapshot(step.quote_id)
                    builder.write_kept(step.quote_id, step.edit)
                    after = builder.snapshot(step.quote_id)
                except self._commands.refusals as exc:
                    self._waiting.pop(0)
                    touched.add(step.quote_id)
                    step.dead = True
                    refused.append(self._refused_line(step, exception_text(exc)))
                    continue
                except SQLAlchemyError as exc:
                    if not is_unreachable(exc):
                        raise
                    self._commands.unreachable.emit(exc)  # away again: the rest waits
                    break
                self._waiting.pop(0)
                touched.add(step.quote_id)
                step.states = (before, after)
                step.dead = before == after  # already so: nothing to undo
        finally:
            self._writing = False
        lift_out(self.stack())
        self._show_after(touched)
        if touched:
            self._commands.dock.quotes_changed.emit()
        if refused:
            self._commands.complain(
                "\n".join(
                    [
                        self.tr(
                            "Not saved: typed while the database could not be reached, and "
                            "changed meanwhile or no longer possible."
                        ),
                        *refused,
                    ]
                )
            )

    def stack(self) -> Any:
        return self._commands.dock.undo_stack

    def _refused_line(self, step: QuoteStep, reason: str) -> str:
        """ "• Line 2 (PEO-004-5L), Disc. %: <why>. You typed: 3." — what was typed is not
        in the quote, so the refusal keeps it in sight, to repeat it."""
        line = f"• {step.what}: {reason}"
        typed = typed_text(step.edit)
        if typed:
            line += " " + self.tr("You typed: %1").replace("%1", typed)
        return line

    def _show_after(self, touched: set[uuid.UUID]) -> None:
        dock = self._commands.dock
        shown = dock.editor.view
        if shown is None or shown.id not in touched:
            return
        try:
            dock.show_quote(self._commands.builder.view(shown.id))
        except self._commands.refusals as exc:
            self._commands.complain(exception_text(exc))
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            self._commands.unreachable.emit(exc)
            dock.show_kept()

    # -- undo and redo of a written one ------------------------------------------------------

    def put_back(self, step: Any, start: DraftState, goal: DraftState, doing: Doing) -> None:
        """Undo (redo) a written edit of ``step.quote_id``; a refusal is said and the step
        goes; the database away, it is not taken (``not_taken``)."""
        commands = self._commands
        stack = self.stack()
        undoing = doing is Doing.UNDO
        if self.offline():
            commands.unreachable.emit(None)
            not_taken(step, stack, undoing)
            return
        try:
            view = commands.builder.put_back(step.quote_id, start, goal, doing)
        except commands.refusals as exc:
            commands.complain(exception_text(exc))
            step.setObsolete(True)
            commands.dock.reload()
            return
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            commands.unreachable.emit(exc)
            not_taken(step, stack, undoing)
            return
        commands.dock.show_quote(view)
        commands.dock.quotes_changed.emit()
