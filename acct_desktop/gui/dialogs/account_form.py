"""The account form: every field validated, problems shown next to the field, nothing lost."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.domain.numbers import NumberFormatError, parse_decimal
from acct_desktop.gui.dialogs.draft_form import DraftFormDialog
from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.screen_fit import bring_into_view, fit_height
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import AccountChanged, EditRejected
from acct_desktop.services.account_records import AccountDraft, AccountInvalid
from acct_desktop.services.form_drafts import FormDrafts

Submit = Callable[[AccountDraft], AccountChanged]
TEXT_FIELDS = (
    "code",
    "name",
    "street",
    "district",
    "city",
    "postcode",
    "country_code",
    "phone",
    "email",
    "currency",
)


class AccountFormDialog(DraftFormDialog):
    def __init__(
        self,
        draft: AccountDraft,
        submit: Submit,
        territories: list[tuple[uuid.UUID, str]],
        parent_name: str | None,
        parent: QWidget | None = None,
        *,
        title: str = "",
        drafts: FormDrafts | None = None,
        record_key: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.setWindowTitle(title or self.tr("Account"))
        self._draft = draft
        self._submit = submit
        self.result_change: AccountChanged | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = self._combo([(k, enum_label(k)) for k in AccountKind], draft.kind)
        self.channel = self._combo([(c, enum_label(c)) for c in Channel], draft.channel)
        self.tier = self._combo([(t, t.value) for t in Tier], draft.tier)
        self.territory = self._combo([(None, self.tr("(none)")), *territories], draft.territory_id)
        for name, combo in (("kind", self.kind), ("channel", self.channel), ("tier", self.tier),
                            ("territory_id", self.territory)):  # fmt: skip
            combo.setObjectName(f"field_{name}")
        labels = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "street": self.tr("Street"),
            "district": self.tr("District"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "country_code": self.tr("Country (ISO)"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "currency": self.tr("Currency"),
        }
        parent_label = QLabel(parent_name or self.tr("(top level)"))
        for name in ("code", "name"):
            self._add_line(form, name, labels[name], getattr(draft, name) or "")
        form.addRow(self.tr("Parent"), parent_label)
        self._add_error(form, "parent_id")
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Territory"), self.territory)
        for name in ("street", "district", "city", "postcode", "country_code"):
            self._add_line(form, name, labels[name], getattr(draft, name) or "")
        locale = QLocale()
        for name, label in (("latitude", self.tr("Latitude")), ("longitude", self.tr("Longitude"))):
            value = getattr(draft, name)
            self._add_line(
                form, name, label, "" if value is None else locale.toString(value, "f", 5)
            )
        for name in ("phone", "email", "currency"):
            self._add_line(form, name, labels[name], getattr(draft, name) or "")
        self._add_line(form, "tags", self.tr("Tags"), ", ".join(draft.tags))
        self.edits["tags"].setPlaceholderText(self.tr("separate tags with commas"))
        self.form_error = QLabel()
        self.form_error.setStyleSheet("color: #c62828;")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        key = record_key or f"new-{draft.parent_id or 'top'}"
        self.draft_keeper = FormDraft(self, drafts, "account", key)
        self.restored = self.draft_keeper.restore()
        if self.restored:  # typed before the app closed, not saved yet
            self.form_error.setText(self.tr("Restored what you typed last time (not saved yet)."))
            self.form_error.setStyleSheet("color: palette(placeholder-text);")
            self.form_error.show()
        self.edits["code" if not draft.code else "name"].setFocus()

    def _combo(self, items: list[tuple[object, str]], current: object) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
            if value == current:
                combo.setCurrentIndex(combo.count() - 1)
        return combo

    def _add_line(self, form: QFormLayout, name: str, label: str, text: str) -> None:
        edit = QLineEdit(text)
        edit.setObjectName(f"field_{name}")
        self.edits[name] = edit
        form.addRow(label, edit)
        self._add_error(form, name)

    def _add_error(self, form: QFormLayout, name: str) -> None:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        form.addRow("", error)

    def show_problems(self, problems: dict[str, str]) -> None:
        for error in self.errors.values():
            error.hide()
        self.form_error.hide()
        self.form_error.setStyleSheet("color: #c62828;")
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is None:
                self.form_error.setText(user_text(message))
                self.form_error.show()
                bring_into_view(self.form_error)
            else:
                label.setText(user_text(message))
                label.show()
        fit_height(self)
        focus = next((self.edits[n] for n in problems if n in self.edits), None)
        if focus is not None:
            focus.setFocus()

    def draft(self) -> AccountDraft:
        """The form as a draft; raises AccountInvalid for numbers that do not parse."""
        locale = QLocale()
        coordinates: dict[str, float | None] = {}
        problems: dict[str, str] = {}
        for name in ("latitude", "longitude"):
            text = self.edits[name].text().strip()
            if not text:
                coordinates[name] = None
                continue
            try:
                number = parse_decimal(text, locale.decimalPoint(), locale.groupSeparator())
                coordinates[name] = float(number)  # coordinates are not money: float is fine
            except NumberFormatError as exc:
                problems[name] = exc.args[0]
        if problems:
            raise AccountInvalid(problems)
        texts = {name: self.edits[name].text() for name in TEXT_FIELDS}
        tags = tuple(t.strip() for t in self.edits["tags"].text().replace(";", ",").split(","))
        return replace(
            self._draft,
            **texts,
            # Qt hands enum members back as plain strings.
            kind=AccountKind(self.kind.currentData()),
            channel=Channel(self.channel.currentData()),
            tier=Tier(self.tier.currentData()),
            territory_id=self.territory.currentData(),
            latitude=coordinates["latitude"],
            longitude=coordinates["longitude"],
            tags=tuple(t for t in tags if t),
        )

    def save(self) -> None:
        try:
            self.result_change = self._submit(self.draft())
        except AccountInvalid as exc:
            self.show_problems(exc.problems)
            return
        except EditRejected as exc:
            if exc.field is None:
                self.draft_keeper.hold()
            self.show_problems({exc.field or "form": exception_text(exc)})
            return
        self.draft_keeper.drop()
        self.accept()
