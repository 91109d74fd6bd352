"""Add or edit one contact: who they are, their role in the decision, how they feel about
us, how much they weigh, and whom they report to. Problems show under their field and
nothing typed is lost when the service refuses."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.gui.dialogs.draft_form import DraftFormDialog
from acct_desktop.gui.dialogs.issue_form import (
    PROBLEM_STYLE,
    fit_height,
    problem_label,
    with_problem,
)
from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.sentences import user_text
from acct_desktop.gui.widgets.date_field import NO_DATE, DateField
from acct_desktop.services.contact_records import ContactDraft, ContactRejected
from acct_desktop.services.form_drafts import FormDrafts

Save = Callable[[ContactDraft], object]


class ContactForm(DraftFormDialog):
    def __init__(
        self,
        draft: ContactDraft,
        managers: Sequence[tuple[uuid.UUID, str]],
        save: Save,
        parent: QWidget | None = None,
        drafts: FormDrafts | None = None,
        record_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactForm")
        self.setWindowTitle(self.tr("Contact") if draft.name else self.tr("New contact"))
        self.setMinimumWidth(480)
        self._draft, self._save = draft, save
        self.result_value: object = None
        self.fields: dict[str, QWidget] = {}
        self.problems = {}
        self.name = self._add("name", QLineEdit(draft.name))
        self.title_field = self._add("title", QLineEdit(draft.title or ""))
        self.department = self._add("department", QLineEdit(draft.department or ""))
        self.phone = self._add("phone", QLineEdit(draft.phone or ""))
        self.email = self._add("email", QLineEdit(draft.email or ""))
        self.messenger = self._add("messenger_id", QLineEdit(draft.messenger_id or ""))
        self.role = self._add("dmu_role", self._combo(list(DmuRole), draft.dmu_role))
        self.attitude = self._add("attitude", self._combo(list(Attitude), draft.attitude))
        self.influence = QSpinBox()
        self.influence.setRange(1, 5)
        self.influence.setValue(draft.influence)
        self.influence.setToolTip(self.tr("1 = little say … 5 = decides"))
        self._add("influence", self.influence)
        self.manager = QComboBox()
        self.manager.addItem(self.tr("— nobody —"), "")
        for manager_id, label in managers:
            self.manager.addItem(label, str(manager_id))
        wanted = str(draft.reports_to_id) if draft.reports_to_id else ""
        self.manager.setCurrentIndex(max(0, self.manager.findData(wanted)))
        self._add("reports_to_id", self.manager)
        self.last_contact = DateField(draft.last_contacted_on, none_text=self.tr("never"))
        self._add("last_contacted_on", self.last_contact)
        self.notes = QPlainTextEdit(draft.notes or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._add("notes", self.notes)
        labels = {
            "name": self.tr("&Name:"),
            "title": self.tr("&Title:"),
            "department": self.tr("&Department:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
            "messenger_id": self.tr("&Messenger id:"),
            "dmu_role": self.tr("&Role in the decision:"),
            "attitude": self.tr("&Attitude to us:"),
            "influence": self.tr("&Influence:"),
            "reports_to_id": self.tr("Report&s to:"),
            "last_contacted_on": self.tr("&Last contact:"),
            "notes": self.tr("N&otes:"),
        }
        form = QFormLayout()
        for name, field in self.fields.items():
            form.addRow(labels[name], with_problem(field, self.problems[name]))
        self.general = problem_label("general")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self._keep_drafts(drafts, record_key or f"new-{draft.account_id}")
        self.name.setFocus()

    def _add(self, name: str, field):  # type: ignore[no-untyped-def]
        field.setObjectName(f"field_{name}")
        self.fields[name] = field
        self.problems[name] = problem_label(name)
        return field

    @staticmethod
    def _combo(values: list, current: object) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox()
        for value in values:
            combo.addItem(enum_label(value), value.value)
        combo.setCurrentIndex(max(0, combo.findData(getattr(current, "value", current))))
        return combo

    def draft(self) -> ContactDraft:
        day = self.last_contact.date()
        manager = self.manager.currentData()
        return ContactDraft(
            account_id=self._draft.account_id,
            name=self.name.text(),
            title=self.title_field.text(),
            department=self.department.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            messenger_id=self.messenger.text(),
            dmu_role=DmuRole(self.role.currentData()),
            attitude=Attitude(self.attitude.currentData()),
            influence=self.influence.value(),
            reports_to_id=uuid.UUID(manager) if manager else None,
            last_contacted_on=None if day == NO_DATE else date(day.year(), day.month(), day.day()),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        for label in (*self.problems.values(), self.general):
            label.hide()
        self.general.setStyleSheet(PROBLEM_STYLE)  # after "Restored what you typed…"
        try:
            self.result_value = self._save(self.draft())
        except ContactRejected as exc:
            for name, message in exc.problems.items():
                label = self.problems.get(name, self.general)
                label.setText(user_text(message))
                label.show()
            if exc.whole:  # a colleague saved (or removed) the contact since it was opened
                self.draft_keeper.hold()  # kept however the form is closed
                self.general.setText(
                    self.general.text()
                    + "\n"
                    + self.tr(
                        "Your text is kept: close the form and open it again to see their "
                        "change over yours."
                    )
                )
            fit_height(self)
            return
        self.draft_keeper.drop()
        self.accept()

    def _keep_drafts(self, drafts: FormDrafts | None, key: str) -> None:
        self.draft_keeper = FormDraft(self, drafts, "contact", key)
        self.restored = self.draft_keeper.restore()
        if self.restored:
            self.general.setText(self.tr("Restored what you typed last time (not saved yet)."))
            self.general.setStyleSheet("color: palette(placeholder-text);")
            self.general.show()
