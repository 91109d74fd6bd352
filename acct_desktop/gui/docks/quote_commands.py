"""What the quote builder's buttons and keys do: each edit goes through the services in one
transaction, as an undo step; each move (submit, approve, send …) is a recorded decision.

Refusals from the services are sentences shown next to the field or in a message box —
never a traceback. Printing runs off the UI thread.

While the database cannot be reached, an edit of a field or a line, a line added or removed,
is kept (``quote_kept``). What reads the database to work out its lines — Duplicate line,
Move line, Reprice, Paste lines, Copy last quote, a template — is not started: one sentence
under the product and quantity says to try again once the database is back (``not_now``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
)
from sqlalchemy.exc import SQLAlchemyError

from acct_desktop.domain.quote_maths import QuoteFigureError, earliest_delivery
from acct_desktop.domain.quote_workflow import MoveRefused, QuoteMove
from acct_desktop.domain.sentences import filled_in, listed
from acct_desktop.gui.dialogs.manager_details import ManagerDetailsDialog
from acct_desktop.gui.dialogs.quote_dialogs import (
    ApprovalDialog,
    OrderDialog,
    PasteDialog,
    ReasonDialog,
)
from acct_desktop.gui.docks.quote_kept import KeptQuoteEdits, QuoteStep, typed_text
from acct_desktop.gui.keys import MENU_NOTE, numbered, save_key
from acct_desktop.gui.labels import enum_label, format_value
from acct_desktop.gui.models.quote_lines import field_caption
from acct_desktop.gui.nothing_here import say_why
from acct_desktop.gui.sentences import exception_text, file_problem_text, user_text
from acct_desktop.gui.undo import ServiceStep, header_undo_text
from acct_desktop.gui.unprintable import noting_unprintable, unprintable_text, warned_after
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog, open_history
from acct_desktop.reporting.unprintable import missing_characters
from acct_desktop.services.audit_records import QUOTE
from acct_desktop.services.files import write_atomically
from acct_desktop.services.manager_profile import load_manager_profile
from acct_desktop.services.quote_builder import QuoteBuilder, QuoteEditRejected
from acct_desktop.services.quote_kept import (
    ChangedMeanwhile,
    HeaderKept,
    KeptEdit,
    LineAdded,
    LineKept,
    LineSeen,
    LinesRemoved,
    precheck,
)
from acct_desktop.services.quote_views import QuoteView
from acct_desktop.store.reachability import is_unreachable

# QuoteFigureError: a figure the services did not catch is still a sentence, not a crash
Refusal = (QuoteEditRejected, MoveRefused, LookupError, QuoteFigureError)


def flagged_line(line: Any) -> str:
    """``3. HYD-46 — discount over the band、needs approval``: a flagged line for the
    approval dialog, its warnings joined with the language's list mark (、 in Chinese)."""
    return f"{line.position}. {line.sku} — " + user_text(
        listed([enum_label(flag.kind) for flag in line.flags])
    )


class QuoteListStep(ServiceStep):
    """A change to the list of quotes (a draft discarded), undone by the service's reverse;
    the list reads again either way."""

    def __init__(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], commands: Any
    ) -> None:
        super().__init__(
            text,
            do,
            undo,
            refusals=Refusal,
            complain=lambda message: commands.complain(message),
            after=lambda: (commands.dock.reload(), commands.dock.quotes_changed.emit()),
        )


class QuoteCommands(QObject):
    # the database did not answer (the error, or None when it is known to be away): the
    # main window's ConnectionWatch says so once
    unreachable = Signal(object)
    refusals = Refusal

    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        # edits typed while the database cannot be reached, written once it answers
        self.kept = KeptQuoteEdits(self)
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self.open_after_save = True
        self.last_saved: Path | None = None
        # a yes/no question, modal (tests put a stand-in here): title, text, yes, no
        self.confirm: Callable[[str, str, str, str], bool] = self._ask
        self.last_question: str | None = None
        self._asking = False
        # My details, modal (tests put a stand-in here)
        self.edit_details: Callable[[], object] = lambda: ManagerDetailsDialog(self.dock).exec()
        self.actions: dict[str, QAction] = {}
        for name, text, keys, handler in (
            ("new", self.tr("&New quote"), "Ctrl+N", self.new_quote),
            ("paste", self.tr("&Paste lines…"), "Ctrl+Shift+V", self.paste_lines),
            ("copy_last", self.tr("Copy &last quote"), "", self.copy_last),
            ("duplicate", self.tr("&Duplicate line"), "Ctrl+D", self.duplicate),
            ("remove", self.tr("&Remove line"), "Delete", self.remove),
            ("up", self.tr("Move line &up"), "Ctrl+Shift+Up", lambda: self.move(-1)),
            ("down", self.tr("Move line do&wn"), "Ctrl+Shift+Down", lambda: self.move(1)),
            ("reprice", self.tr("Reprice from the re&gister"), "", self.reprice),
            ("preview", self.tr("Print pre&view…"), "Ctrl+P", self.preview),
            ("pdf", self.tr("Save as PD&F…"), "", self.save_pdf),
            ("order_pdf", self.tr("Save &order confirmation…"), "", self.save_order_pdf),
            ("template", self.tr("Save as templ&ate…"), "", self.save_template),
            ("discard", self.tr("Dis&card draft"), "", self.discard),
            ("history", self.tr("&History"), "Ctrl+H", self.show_history),
            ("settings", self.tr("Company and quote &settings…"), "", self.open_settings),
        ):
            action = QAction(text, dock)
            action.setObjectName(f"quote_{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(self._context())
            action.triggered.connect(lambda _checked=False, run=handler: run())
            if name == "remove":  # Delete on the lines only: in the list it discards a draft
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                dock.editor.table.addAction(action)
            else:
                dock.addAction(action)
            self.actions[name] = action
        # Ctrl+S while the focus is in the builder (its own key, not the profile card's)
        self.actions["save"] = save_key(dock, self.save_now, self.tr("Sav&e now"))
        self.actions["save"].setObjectName("quote_save")
        self.last_said: str | None = None  # the status bar's last word on a save
        self.move_buttons: dict[QuoteMove, QPushButton] = {}
        for move, text in (
            (QuoteMove.SUBMIT, self.tr("Submit for approval")),
            (QuoteMove.APPROVE, self.tr("Record approval…")),
            (QuoteMove.DECLINE, self.tr("Decline…")),
            (QuoteMove.SEND, self.tr("Mark as sent")),
            (QuoteMove.ACCEPT, self.tr("Accepted")),
            (QuoteMove.REJECT, self.tr("Rejected…")),
            (QuoteMove.REVISE, self.tr("Revise (new revision)")),
            (QuoteMove.ORDER, self.tr("Order confirmation…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"move_{move.value}")
            button.clicked.connect(lambda _c=False, m=move: self.make_move(m))
            self.move_buttons[move] = button
        self.templates_menu = QMenu(self.tr("From &template"), dock)
        self.templates_menu.aboutToShow.connect(self._fill_templates)

    def fill_menu(self, menu: QMenu) -> None:
        """The main window's Quote menu: the builder's commands (raising the dock first)."""
        for name in ("new", "save", "paste", "copy_last"):
            menu.addAction(self.actions[name])
        menu.addMenu(self.templates_menu)
        menu.addSeparator()
        for name in ("duplicate", "remove", "up", "down", "reprice"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        for name in ("preview", "pdf", "order_pdf", "template", "discard"):
            menu.addAction(self.actions[name])
        menu.addSeparator()
        menu.addAction(self.actions["history"])
        menu.addAction(self.actions["settings"])
        menu.aboutToShow.connect(self.dock.raise_)

    @staticmethod
    def _context():  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        return Qt.ShortcutContext.WidgetWithChildrenShortcut

    # -- helpers ---------------------------------------------------------------------------

    @property
    def builder(self) -> QuoteBuilder | None:
        workspace = self.dock.workspace
        return workspace.quote_builder if workspace is not None else None

    def _quote(self) -> QuoteView | None:
        return self.dock.editor.view

    def show_history(self) -> AuditTrailDialog | None:
        """Show who changed the open quote, when and what, newest first."""
        quote, workspace = self._quote(), self.dock.workspace
        if quote is None or workspace is None:
            self.nothing_to_do(self.tr("Open a quote first: History shows who changed it."))
            return None
        return open_history(self.dock, workspace.db, QUOTE, quote.id, quote.number)

    def complain(self, message: str) -> None:
        self.dock.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Quote"), message)
        box.setParent(self.dock, box.windowFlags())
        box.open()

    def nothing_to_do(self, why: str) -> None:
        """A command with nothing to do here says ``why`` in the status bar, as every dock
        says it (``nothing_here``): no box to click away."""
        self.dock.last_problem = why
        say_why(self.dock, why)

    def apply(self, text: str, change: Callable[[QuoteBuilder, uuid.UUID], QuoteView]) -> None:
        """Run ``change`` as one undoable step; the service's refusal propagates. Refused
        (QuoteEditRejected) while edits typed with the database away wait to be written:
        they come first."""
        builder, view = self.builder, self._quote()
        if builder is None or view is None:
            return
        if self.kept.waiting(view.id):
            raise QuoteEditRejected(self._waiting_text())
        before = builder.snapshot(view.id)
        shown = change(builder, view.id)
        after = builder.snapshot(view.id)
        self.dock.show_quote(shown)
        self.dock.quotes_changed.emit()
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.push(QuoteStep(text, self.kept, view.id, states=(before, after)))

    def _held(self) -> bool:
        """Whether edits of the open quote typed with the database away still wait to be
        written (a move, a print or a discard waits for them: said in a box)."""
        view = self._quote()
        if view is not None and self.kept.waiting(view.id):
            self.complain(self._waiting_text())
            return True
        return False

    def not_now(self, exc: BaseException | None = None) -> None:
        """The database does not answer (``exc``, or known to be away): an edit that reads
        it to work out lines is not made; the banner says so once, and a sentence under the
        product and quantity (beside the tools) says to try again — nothing typed is lost."""
        self.unreachable.emit(exc)
        self.dock.editor.show_add_problem(self._not_now_text())

    def _not_now_text(self) -> str:
        workspace = self.dock.workspace
        if workspace is not None and not workspace.db.is_sqlite:
            return self.tr(
                "Not done: the team database is not answering. Try again once it is back; "
                "nothing you typed is lost."
            )
        return self.tr(
            "Not done: the database cannot be reached. Try again once it is back; nothing "
            "you typed is lost."
        )

    def _away(self) -> bool:
        """Whether the database is known to be away: then ``not_now`` is said."""
        if self.kept.offline():
            self.not_now()
            return True
        return False

    def _waiting_text(self) -> str:
        return self.tr(
            "Not done: what you typed while the database could not be reached is not saved "
            "yet. It is saved as soon as the database answers; try again then."
        )

    def apply_or_keep(self, text: str, kept: KeptEdit, what: str = "") -> None:
        """Write ``kept`` now as one undoable step, against what the quote showed when it
        was typed (a colleague's change since is refused: ``ChangedMeanwhile``); or — the
        database away — keep it to write once it answers (see ``quote_kept``); what the
        quote refuses whatever it holds is refused now all the same. Refusals propagate."""
        view = self._quote()
        if self.builder is None or view is None:
            return
        if not self.kept.holding(view.id):
            try:
                self.apply(text, lambda builder, quote_id: builder.write_kept(quote_id, kept))
                return
            except SQLAlchemyError as exc:
                if not is_unreachable(exc):
                    raise
                self.unreachable.emit(exc)
        precheck(kept, view.quote_date)
        self.kept.keep(text, view.id, kept, what)

    def edit(
        self,
        text: str,
        change: Callable[[QuoteBuilder, uuid.UUID], QuoteView],
        kept: KeptEdit | None = None,
        what: str = "",
    ) -> bool:
        """:meth:`apply` (:meth:`apply_or_keep` with ``kept``), with a refusal shown next
        to its field (or in a box): False. The database away, an edit that cannot be kept
        is not made (``not_now`` says why; not started when the database is known to be
        away): False."""
        if kept is None and self._away():
            return False
        try:
            if kept is None:
                self.apply(text, change)
            else:
                self.apply_or_keep(text, kept, what)
        except ChangedMeanwhile as exc:
            self._changed_meanwhile(exc, kept, what)
            return False
        except QuoteEditRejected as exc:
            if not exc.problems:  # not a typing refused: what it refers to may be gone
                self._read_again()
            self.dock.editor.show_problems(exc.problems, exception_text(exc))
            return False
        except Refusal as exc:
            self.complain(exception_text(exc))
            return False
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            self.not_now(exc)
            return False
        return True

    def _read_again(self) -> None:
        """The open quote as saved now (QA s23: a line a colleague removed stayed in the
        grid after "This line no longer exists."); what is typed in its header stays."""
        view = self._quote()
        if view is None or self.builder is None or self.kept.waiting(view.id):
            return
        try:
            self.dock.show_quote(self.builder.view(view.id))
        except Refusal:
            return  # the quote itself gone: the refusal says so
        except SQLAlchemyError as lost:
            if not is_unreachable(lost):
                raise
            self.unreachable.emit(lost)

    def _changed_meanwhile(self, exc: ChangedMeanwhile, kept: KeptEdit | None, what: str) -> None:
        """A colleague changed what was typed since the quote was read: the quote is read
        again (their version shows) and what was typed stays in sight — in its header text
        field, the refusal and their text under it (Enter saves it over theirs), or named
        in a box."""
        reason = exception_text(exc)
        view = self._quote()
        field = kept.field if isinstance(kept, HeaderKept) else None
        editor = self.dock.editor
        kept_in_field = field is not None and isinstance(editor.fields.get(field), QLineEdit)
        if kept_in_field:
            assert field is not None
            editor.show_problem(field, reason)  # marks the typed text as kept through the read
        if view is not None and self.builder is not None:
            try:
                self.dock.show_quote(self.builder.view(view.id))
                self.dock.quotes_changed.emit()
            except Refusal as gone:
                reason = exception_text(gone)
                kept_in_field = False
            except SQLAlchemyError as lost:
                if not is_unreachable(lost):
                    raise
                self.unreachable.emit(lost)
        shown = editor.view
        if kept_in_field and field is not None and shown is not None:
            theirs = format_value(getattr(shown, field)) if getattr(shown, field) else ""
            kept_here = self.tr(
                "Theirs: “%1”. Your text is kept here: press Enter to save it over theirs."
            )
            editor.show_problem(field, f"{reason} {kept_here.replace('%1', theirs)}")
            return
        message = f"{what}: {reason}" if what else reason
        typed = typed_text(kept)
        if typed:
            message += " " + self.tr("You typed: %1").replace("%1", typed)
        self.complain(message)

    # -- editing ---------------------------------------------------------------------------

    def new_quote(self) -> None:
        self.dock.show()
        self.dock.raise_()
        builder, account_id = self.builder, self.dock.current.id
        if builder is None:
            return
        if account_id is None:
            self.nothing_to_do(self.tr("Choose an account first: a quote is for one account."))
            return
        self.dock.editor.flush()
        try:
            view = builder.create(account_id)
        except Refusal as exc:
            self.complain(exception_text(exc))
            return
        self.dock.quote_created(view)

    def set_header(self, field: str, value: object) -> None:
        if self._asking:  # the question's box took the focus: the field says it again
            return
        view = self._quote()
        if field == "currency":
            self._asking = True
            try:
                agreed = self._currency_change_agreed(str(value))
            finally:
                self._asking = False
            if agreed is None:  # the database away: the typed code stays, to apply later
                self.dock.editor.show_problem(
                    "currency",
                    self.tr(
                        "Not applied: the database cannot be reached. Press Enter to apply it "
                        "once it is back."
                    ),
                )
                return
            if not agreed:
                self.dock.editor.restore_field("currency")
                return
        kept = None
        if view is not None and field != "currency":  # a currency reprices: not kept
            label = None
            if field == "contact_id":
                label = self.dock.editor.fields["contact_id"].currentText()
            kept = HeaderKept(field, value, getattr(view, field), label)
        changed = self.edit(
            header_undo_text(field),
            lambda b, q: b.set_header(q, **{field: value}),
            kept,
        )
        if not changed and field == "currency":
            self.dock.editor.restore_field("currency")  # the quote's currency, problem under it

    def _currency_change_agreed(self, currency: str) -> bool | None:
        """Whether the quote may change to ``currency``: possible (else the problem shows
        under the field) and, when lines would lose their contract price, agreed to; None
        while the database cannot be reached (or edits typed meanwhile wait)."""
        builder, view = self.builder, self._quote()
        if builder is None or view is None:
            return False
        if self.kept.holding(view.id):
            return None
        try:
            lost = builder.contract_prices_lost(view.id, currency)
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            self.unreachable.emit(exc)
            return None
        except QuoteEditRejected as exc:
            self.dock.editor.show_problems(exc.problems, exception_text(exc))
            return False
        except Refusal as exc:
            self.complain(exception_text(exc))
            return False
        if not lost:
            return True
        code = currency.strip().upper()
        question = (
            filled_in(
                self.tr(
                    "In %1, %n line(s) lose the price their policy gives in %2:", "", len(lost)
                ),
                code,
                view.currency,
            )
            + "\n\n"
            + "\n".join(user_text(sentence) for sentence in lost)
            + "\n\n"
            + self.tr("Change the currency anyway? (Undo puts the prices back.)")
        )
        self.last_question = question
        return self.confirm(
            self.tr("Change the currency to %1?").replace("%1", code),
            question,
            self.tr("Change to %1").replace("%1", code),
            self.tr("Keep %1").replace("%1", view.currency),
        )

    def _ask(self, title: str, question: str, yes: str, no: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=self.dock)
        agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is agree

    def add_product(self, product_id: uuid.UUID, quantity: Decimal) -> None:
        """Add the line; a refused quantity is said under the quantity typed (kept). The
        line's id is chosen here, so a line kept while the database was away (or one whose
        answer was lost) is added once."""
        line_id = uuid.uuid4()
        sku, _dot, name = self.dock.editor.product.text().partition(" · ")
        try:
            self.apply_or_keep(
                self.tr("Add line"),
                LineAdded(line_id, product_id, quantity, sku, name or sku),
                self.tr("New line (%1)").replace("%1", sku),
            )
        except QuoteEditRejected as exc:
            self.dock.editor.show_add_problem(exception_text(exc))
            self.dock.editor.quantity.setFocus()
            return
        except Refusal as exc:
            self.complain(exception_text(exc))
            return
        self.dock.editor.added()

    def edit_line(self, line_id: uuid.UUID, field: str, value: object) -> None:
        view = self._quote()
        line = next((ln for ln in view.lines if ln.id == line_id), None) if view else None
        kept, what = None, ""
        if line is not None:
            kept = LineKept(line_id, field, value, getattr(line, field))
            what = filled_in(
                self.tr("Line %1 (%2), %3"), str(line.position), line.sku, field_caption(field)
            )
        self.edit(
            self.tr("Edit line"),
            lambda b, q: b.update_line(line_id, **{field: value}),
            kept,
            what,
        )

    def duplicate(self) -> None:
        ids = self.dock.editor.selected_line_ids()
        if ids:
            self.edit(self.tr("Duplicate line"), lambda b, q: b.duplicate_line(ids[-1]))

    def remove(self) -> None:
        view, waiting = self._quote(), self.dock.waiting
        gone = waiting.removed if waiting is not None else frozenset()
        ids = [i for i in self.dock.editor.selected_line_ids() if i not in gone]
        if not ids or view is None:
            return
        lines = [ln for ln in view.lines if ln.id in set(ids)]
        text = self.tr("Remove lines")
        self.edit(
            text,
            lambda b, q: b.remove_lines(q, ids),
            LinesRemoved(tuple(LineSeen.of(ln) for ln in lines)),
            f"{text} ({', '.join(ln.sku for ln in lines)})",
        )

    def move(self, step: int) -> None:
        ids = self.dock.editor.selected_line_ids()
        view = self._quote()
        if not ids or view is None:
            return
        position = next(ln.position for ln in view.lines if ln.id == ids[0]) + step
        if self.edit(self.tr("Move line"), lambda b, q: b.move_line(ids[0], position)):
            self.dock.editor.table.selectRow(max(0, position - 1))

    def reprice(self) -> None:
        self.edit(self.tr("Reprice"), lambda b, q: b.reprice(q))

    def paste_lines(self) -> None:
        if self._quote() is None or self._away():
            return
        from PySide6.QtGui import QGuiApplication

        clipboard = QGuiApplication.clipboard().text()
        mark = QLocale().decimalPoint()  # numbers read as the user's language writes them
        dialog = PasteDialog(
            lambda text: self._paste(text, mark),
            clipboard if "\t" in clipboard else "",
            self.dock,
        )
        dialog.open()
        self.dock.last_dialog = dialog

    def _paste(self, text: str, mark: str) -> None:
        """Add the pasted lines; the database away, the dialog stays open with the text
        and says why (QuoteEditRejected: its refusal)."""
        if not self.kept.offline():
            try:
                self.apply(self.tr("Paste lines"), lambda b, q: b.add_pasted(q, text, mark))
                return
            except SQLAlchemyError as exc:
                if not is_unreachable(exc):
                    raise
                self.not_now(exc)
        else:
            self.not_now()
        raise QuoteEditRejected(self._not_now_text())

    def copy_last(self) -> None:
        builder, view = self.builder, self._quote()
        if builder is None or view is None or self._away():
            return
        try:
            source = builder.last_quote_of(view.account_id, view.id)
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            self.not_now(exc)
            return
        if source is None:
            self.nothing_to_do(self.tr("This account has no earlier quote with lines to copy."))
            return
        self.edit(self.tr("Copy last quote"), lambda b, q: b.copy_lines_from(q, source))

    def _fill_templates(self) -> None:
        self.templates_menu.clear()
        builder = self.builder
        try:
            rows = builder.templates() if builder is not None and not self.kept.offline() else []
        except SQLAlchemyError as exc:
            if not is_unreachable(exc):
                raise
            self.unreachable.emit(exc)
            rows = []
        if self.kept.offline():  # the menu's one entry says why (Apply template: not now)
            away = self.templates_menu.addAction(
                self.tr("The database is not answering — try again once it is back")
            )
            away.setEnabled(False)
            away.setProperty(MENU_NOTE, True)
            return
        if not rows:
            empty = self.templates_menu.addAction(self.tr("No templates yet — Save as template…"))
            empty.setEnabled(False)
            empty.setProperty(MENU_NOTE, True)
        for number, row in enumerate(rows, start=1):
            action = self.templates_menu.addAction(
                numbered(number, f"{row.name} ({row.line_count})")
            )
            action.triggered.connect(
                lambda _c=False, t=row.id: self.edit(
                    self.tr("Add template"), lambda b, q: b.add_template(q, t)
                )
            )

    def save_template(self) -> None:
        builder, view = self.builder, self._quote()
        if builder is None or view is None:
            return
        name, ok = QInputDialog.getText(self.dock, self.tr("Save as template"), self.tr("Name:"))
        if ok:
            try:
                builder.save_template(view.id, name)
            except Refusal as exc:
                self.complain(exception_text(exc))

    def save_now(self) -> None:
        """Ctrl+S: what is typed in the open quote and not saved yet is saved now (every
        other edit was saved as it was made); the status bar says so, or what stands in
        the way."""
        view = self._quote()
        if view is None:
            return
        saved = self.dock.editor.save_now()
        shown = self._quote() or view
        text = (
            self.tr("%1 is saved.")
            if saved
            else self.tr("%1 is not saved yet: see the problem under the field.")
        )
        self.say(text.replace("%1", shown.reference))

    def say(self, text: str) -> None:
        """A short word in the main window's status bar (the dock may float on its own)."""
        self.last_said = text
        window = self.dock.parentWidget() or self.dock.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def discard(self) -> None:
        builder, view = self.builder, self._quote()
        if builder is None or view is None or self._held():
            return
        try:
            builder.discard(view.id)
        except Refusal as exc:
            self.complain(exception_text(exc))
            return
        if self.dock.undo_stack is not None:  # Edit → Undo brings the draft back
            quote_id = view.id
            self.dock.undo_stack.push(
                QuoteListStep(
                    self.tr("Discard draft %1").replace("%1", view.number),
                    lambda: builder.discard(quote_id),
                    lambda: builder.undiscard(quote_id),
                    self,
                )
            )
        self.dock.reload()
        self.dock.quotes_changed.emit()

    def open_settings(self) -> None:
        workspace = self.dock.workspace
        if workspace is None:
            return
        from acct_desktop.gui.dialogs.quote_settings_dialog import QuoteSettingsDialog

        dialog = QuoteSettingsDialog(workspace.quote_settings, self.dock)
        self.dock.last_dialog = dialog
        dialog.open()

    # -- moves -----------------------------------------------------------------------------

    def make_move(self, move: QuoteMove) -> None:
        workspace, view = self.dock.workspace, self._quote()
        if workspace is None or view is None:
            return
        self.dock.editor.flush()
        if self._held():
            return
        life = workspace.quote_lifecycle
        simple = {
            QuoteMove.SUBMIT: life.submit,
            QuoteMove.SEND: life.send,
            QuoteMove.ACCEPT: life.accept,
            QuoteMove.REVISE: life.revise,
        }
        if move in simple:
            try:
                shown = simple[move](view.id)
            except Refusal as exc:
                self.complain(exception_text(exc))
                return
            self._moved(shown)
            return
        dialog: Any
        if move in (QuoteMove.APPROVE, QuoteMove.DECLINE):
            flagged = [flagged_line(ln) for ln in view.lines if ln.flags]
            decide = life.approve if move is QuoteMove.APPROVE else life.decline
            verb = self.tr("Approve") if move is QuoteMove.APPROVE else self.tr("Decline")
            dialog = ApprovalDialog(
                flagged, lambda who, why: decide(view.id, who, why), verb, self.dock
            )
        elif move is QuoteMove.REJECT:
            dialog = ReasonDialog(
                self.tr("Rejected by the customer"),
                self.tr("Why did the customer say no? (price, timing, competitor…)"),
                lambda why: life.reject(view.id, why),
                self.dock,
            )
        else:
            dialog = OrderDialog(
                view.requested_delivery,
                lambda ref, day, partial: life.confirm_order(view.id, ref, day, partial),
                self.dock,
                earliest=[
                    (ln.position, ln.sku, earliest_delivery(view.today, ln.lead_time_days))
                    for ln in view.lines
                ],
            )
        dialog.accepted.connect(lambda: self._moved(dialog.result_value))
        self.dock.last_dialog = dialog
        dialog.open()

    def _moved(self, view: QuoteView) -> None:
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.clear()  # a decision is not undone; older edit steps lapse
        self.dock.quote_created(view)

    # -- printing --------------------------------------------------------------------------

    def edit_my_details(self) -> None:
        self.edit_details()
        self.dock.show_seller()

    def seller_ready(self) -> bool:
        """Whether My details hold the name and company printed as the quote's seller. When
        they do not, My details opens first (as when issuing a checklist); still missing,
        nothing is printed and a box says why — a quote never goes out without its seller."""
        if load_manager_profile().complete:
            return True
        self.edit_my_details()
        if load_manager_profile().complete:
            return True
        self.complain(
            self.tr(
                "Not printed: a quote or order confirmation carries your name and company as "
                "its seller. Fill them in under My details first."
            )
        )
        return False

    def save_pdf(self, kind: str = "quote") -> None:
        workspace, view = self.dock.workspace, self._quote()
        if workspace is None or view is None or self.dock.background is None:
            return
        if not self.seller_ready():
            return
        self.dock.editor.flush()
        if self._held():
            return
        from acct_desktop.reporting.quote_content import DocumentKind

        document_kind = DocumentKind(kind)
        quote_id = view.id

        def work() -> tuple[str, bytes]:
            from acct_desktop.reporting.quote_pdf import build_quote_pdf, quote_file_name

            document = workspace.quote_documents.document(quote_id, document_kind)
            return quote_file_name(document), build_quote_pdf(document)

        self.dock.background.submit(
            noting_unprintable(work), warned_after(self._save, self.dock), self.complain
        )

    def preview(self) -> None:
        """The quote's pages in a preview window, with Print… and Save as PDF…."""
        workspace, view = self.dock.workspace, self._quote()
        if workspace is None or view is None or self.dock.background is None:
            return
        if not self.seller_ready():
            return
        self.dock.editor.flush()
        if self._held():
            return
        quote_id = view.id

        def work():  # type: ignore[no-untyped-def]
            from acct_desktop.gui.dialogs.pdf_preview import preview_pages
            from acct_desktop.reporting.quote_pdf import build_quote_pdf, quote_file_name

            document = workspace.quote_documents.document(quote_id)
            with missing_characters() as missing:
                pdf = build_quote_pdf(document)
            return quote_file_name(document), pdf, preview_pages(pdf), frozenset(missing)

        self.dock.background.submit(work, self._show_preview, self.complain)

    def _show_preview(self, outcome) -> None:  # type: ignore[no-untyped-def]
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

        name, pdf, pages, missing = outcome
        dialog = PdfPreviewDialog(
            name,
            pdf,
            pages,
            lambda: self._save((name, pdf)),
            self.dock,
            warning=unprintable_text(missing),
        )
        self.dock.last_dialog = dialog
        dialog.open()

    def save_order_pdf(self) -> None:
        self.save_pdf("order")

    def _save(self, outcome: tuple[str, bytes]) -> None:
        name, pdf = outcome
        path = self.choose_path(name)
        if path is None:
            return
        try:
            write_atomically(path, pdf)
        except OSError as exc:
            self.complain(
                filled_in(self.tr("Could not save %1: %2"), str(path), file_problem_text(exc))
            )
            return
        self.last_saved = path
        if self.open_after_save:  # the system's PDF viewer is the preview, and prints it
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self.dock, self.tr("Save as PDF"), str(Path(folder) / file_name), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None
