"""The Profile tab: the account's facts, and its strategy and terms, editable.

What is typed and not saved is kept as a draft in the database as it is typed, per account
(``gui.form_drafts``, form "profile"): switching accounts, closing the window or a crash
loses nothing, and the draft comes back when the account is shown again. Save and Revert
drop it.

A save is one undo step, as a save of the account form (F2) is: it goes into the account
tree's history (``undo_stack``, set by the window), and Ctrl+Z puts back only the fields it
changed (``own_edits.OwnEdit`` over ``ProfileRecords``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.gui.dialogs.register_fields import typed_amount
from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.keys import save_key
from acct_desktop.gui.labels import format_decimal, format_moment
from acct_desktop.gui.profile.tabs import ProfileTab
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.text_undo import hand_on
from acct_desktop.gui.undo import EditAccount
from acct_desktop.services.account_edits import (
    AccountChanged,
    ArchivedMeanwhile,
    EditRejected,
    ProfileEdit,
    ProfileRecords,
    update_profile,
)
from acct_desktop.services.accounts import AccountProfile
from acct_desktop.services.manager_profile import actor_name
from acct_desktop.services.own_edits import OwnEdit
from acct_desktop.services.workspace import Workspace

ERROR_STYLE = "color: #c62828;"


class ProfileForm(ProfileTab):
    sig_saved = Signal(object)  # AccountChanged
    sig_archived = Signal(object)  # uuid.UUID: a colleague archived it; the save refused

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.profile: AccountProfile | None = None
        # where a save goes as an undo step, and what reads the account again after its
        # undo or redo (the account tree's history and refresh; set by the window)
        self.undo_stack: QUndoStack | None = None
        self.after_undo: Callable[[uuid.UUID], None] = lambda _account_id: None
        self.last_said = ""  # the last word in the status bar (tests read it)
        self.facts: dict[str, QLabel] = {}
        facts_form = QFormLayout()
        facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("coordinates", self.tr("Coordinates")),
            ("tags", self.tr("Tags")),
            ("contacts", self.tr("Contacts")),
            ("issues", self.tr("Open issues")),
            ("last_visit", self.tr("Last visit")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # a phone number, a position or a date read as one piece, never broken in two
            value.setWordWrap(key in ("email", "tags"))
            self.facts[key] = value
            facts_form.addRow(label, value)
        self.strategy = QPlainTextEdit()
        self.purchasing_policy = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for editor in (self.strategy, self.purchasing_policy, self.notes):
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(72)
        self.payment_terms = QLineEdit()
        self.credit_limit = QLineEdit()
        self.credit_limit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.credit_currency = QLabel()
        for name in ("strategy", "purchasing_policy", "notes", "payment_terms", "credit_limit"):
            getattr(self, name).setObjectName(f"field_{name}")  # its name in a kept draft
        self.errors = {
            name: self._error_label() for name in ("payment_terms", "credit_limit", "form")
        }
        edit_form = QFormLayout()
        edit_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        edit_form.addRow(self.tr("Strategy"), self.strategy)
        edit_form.addRow(self.tr("Purchasing policy"), self.purchasing_policy)
        edit_form.addRow(self.tr("Payment terms"), self.payment_terms)
        edit_form.addRow("", self.errors["payment_terms"])
        credit_row = QHBoxLayout()
        credit_row.addWidget(self.credit_limit, 1)
        credit_row.addWidget(self.credit_currency)
        edit_form.addRow(self.tr("Credit limit"), credit_row)
        edit_form.addRow("", self.errors["credit_limit"])
        edit_form.addRow(self.tr("Notes"), self.notes)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors["form"], 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        # Ctrl+S while the focus is in the form: each part of the window saves its own
        save_key(self, self.save, self.tr("Save"))
        body = QWidget()
        # Facts beside the editors where there is room; in the card's usual width on a
        # laptop (~570 px at 1366x768) the editors go below the facts, full width, so a
        # strategy reads as sentences rather than two words a line.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.addLayout(facts_form, 2)
        right = QVBoxLayout()
        right.addLayout(edit_form)
        right.addLayout(buttons)
        right.addStretch(1)
        self.columns.addLayout(right, 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for editor in (self.strategy, self.purchasing_policy, self.notes):
            editor.textChanged.connect(self._update_buttons)
        for line in (self.payment_terms, self.credit_limit):
            line.textChanged.connect(self._update_buttons)
        self.draft_keeper = FormDraft(self, None, "profile", "", worth_keeping=self.is_dirty)
        # just after Save, Ctrl+Z in a field takes the save back (Edit → Undo), as F2's does
        hand_on(
            (
                self.strategy,
                self.purchasing_policy,
                self.payment_terms,
                self.credit_limit,
                self.notes,
            ),
            lambda: not self.is_dirty(),
        )
        self._update_buttons()

    SIDE_BY_SIDE_WIDTH = 880  # below it the editors go under the facts

    def scrolls_itself(self) -> bool:
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self.SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    # -- loading --------------------------------------------------------------------------
    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        self.keep_draft()
        self.workspace = workspace
        self.profile = workspace.accounts.profile(account_id)
        drafts = getattr(workspace, "form_drafts", None)
        self.draft_keeper.attach(drafts if self.profile is not None else None, str(account_id))
        self._fill()
        if not self.draft_keeper.restore():
            return
        self._update_buttons()
        if not self.is_dirty():  # what was kept has been saved since (here or elsewhere)
            self.draft_keeper.drop()
            return
        if self.draft_keeper.conflicts:
            self._show_error(
                "form",
                self.tr(
                    "Your changes are back over the saved version; someone else changed "
                    "a field you changed too: check the notes, then Save."
                ),
            )
            return
        self._show_error("form", self.tr("Your unsaved changes are back; Save to keep them."))

    def clear(self) -> None:
        self.keep_draft()
        self.draft_keeper.attach(None, "")
        self.profile = None
        self._fill()

    def keep_draft(self) -> None:
        """Before the account changes or the window closes: keep what was typed and not
        saved now, without waiting for the typing to pause."""
        if self.profile is not None:
            self.draft_keeper.keep()

    def _fill(self) -> None:
        profile = self.profile
        for label in self.errors.values():
            label.hide()
        if profile is None:
            for value in self.facts.values():
                value.clear()
            self._fill_editors(ProfileEdit(None, None, None, None, None))
            self.draft_keeper.set_base()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        coordinates = (
            f"{profile.latitude:.5f}, {profile.longitude:.5f}"
            if profile.latitude is not None and profile.longitude is not None
            else ""
        )
        values = {
            "phone": profile.phone or "",
            "email": profile.email or "",
            "coordinates": coordinates,
            "tags": ", ".join(profile.tags),
            "contacts": str(profile.contact_count),
            "issues": str(profile.open_issue_count),
            "last_visit": format_moment(profile.last_visit)
            if profile.last_visit
            else self.tr("never"),
        }
        for key, text in values.items():
            self.facts[key].setText(text)
        self.credit_currency.setText(profile.currency)
        self._fill_editors(self._saved_edit())
        self.draft_keeper.set_base()  # a draft puts back only what is typed over this

    def _saved_edit(self) -> ProfileEdit:
        p = self.profile
        assert p is not None
        return ProfileEdit(
            p.strategy, p.purchasing_policy, p.payment_terms, p.credit_limit, p.notes
        )

    def _fill_editors(self, edit: ProfileEdit) -> None:
        self.strategy.setPlainText(edit.strategy or "")
        self.purchasing_policy.setPlainText(edit.purchasing_policy or "")
        self.payment_terms.setText(edit.payment_terms or "")
        self.credit_limit.setText(
            format_decimal(edit.credit_limit) if edit.credit_limit is not None else ""
        )
        self.notes.setPlainText(edit.notes or "")
        self._update_buttons()

    # -- editing --------------------------------------------------------------------------
    def _edit_from_form(self) -> ProfileEdit:
        credit_text = self.credit_limit.text().strip()
        credit = None
        if credit_text:  # in the account's currency: 50,000,000 VND in every language
            currency = self.profile.currency if self.profile is not None else ""
            credit = typed_amount(credit_text, currency)
        return ProfileEdit(
            strategy=self.strategy.toPlainText().strip() or None,
            purchasing_policy=self.purchasing_policy.toPlainText().strip() or None,
            payment_terms=self.payment_terms.text().strip() or None,
            credit_limit=credit,
            notes=self.notes.toPlainText().strip() or None,
        )

    def is_dirty(self) -> bool:
        if self.profile is None:
            return False
        try:
            return self._edit_from_form() != self._saved_edit()
        except NumberFormatError:
            return True

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors["form"])
        label.setText(message)
        label.show()

    def save(self) -> bool:
        """Validate next to the fields, then save in one transaction."""
        if self.workspace is None or self.profile is None or not self.is_dirty():
            return False
        for label in self.errors.values():
            label.hide()
        try:
            edit = self._edit_from_form()
        except NumberFormatError as exc:
            self._show_error("credit_limit", exception_text(exc))
            self.credit_limit.setFocus()
            return False
        before, account = self._saved_edit(), self.profile
        try:
            changed: AccountChanged = update_profile(
                self.workspace.db, account.id, account.version, edit, actor_name()
            )
        except EditRejected as exc:
            self._show_error(exc.field or "form", exception_text(exc))
            if isinstance(exc, ArchivedMeanwhile):  # the card shows it archived, with Restore
                self.sig_archived.emit(account.id)
            return False
        self.draft_keeper.drop()
        self._push_undo(account, before, changed)
        self.profile = self.workspace.accounts.profile(account.id)
        self._fill()
        self.sig_saved.emit(changed)
        self._say(
            self.tr("The profile of %1 is saved; Ctrl+Z undoes it.").replace("%1", account.name)
        )
        return True

    def _push_undo(
        self, account: AccountProfile, before: ProfileEdit, changed: AccountChanged
    ) -> None:
        """The save as one undo step, as the account form's (F2) is: "edit Acme"."""
        if self.workspace is None or self.undo_stack is None or not changed.fields:
            return
        db = self.workspace.db
        edit = OwnEdit.saved(
            db, ProfileRecords(db, actor_name), "account", account.id, before, changed.fields
        )
        self.undo_stack.push(
            EditAccount(edit, account.id, account.name, self.after_undo, self._complain)
        )

    def _complain(self, message: str) -> None:
        """An undo or redo of a save refused (a colleague changed the field since)."""
        QMessageBox.warning(self, self.tr("Profile"), message)

    def _say(self, text: str) -> None:
        self.last_said = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def revert(self) -> None:
        """Back to what is saved; the kept draft is dropped."""
        if self.profile is not None:
            self.draft_keeper.drop()
            self._fill()
