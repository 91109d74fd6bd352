"""The current account at a glance (the centre of the window)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from acct_desktop.gui.labels import enum_label, format_decimal
from acct_desktop.services.accounts import AccountProfile


class AccountCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountCard")
        self.title = QLabel()
        self.title.setObjectName("accountCardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.path.setStyleSheet("color: palette(placeholder-text);")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("territory", self.tr("Territory")),
            ("address", self.tr("Address")),
            ("phone", self.tr("Phone")),
            ("terms", self.tr("Payment terms")),
            ("credit", self.tr("Credit limit")),
            ("tags", self.tr("Tags")),
            ("contacts", self.tr("Contacts")),
            ("issues", self.tr("Open issues")),
            ("last_visit", self.tr("Last visit")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.path)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.show_profile(None)

    def show_profile(self, profile: AccountProfile | None) -> None:
        for value in self.fields.values():
            value.clear()
        if profile is None:
            self.title.setText(self.tr("No account selected"))
            self.subtitle.setText(self.tr("Pick an account in the account tree."))
            self.path.clear()
            return
        self.title.setText(profile.name)
        self.subtitle.setText(
            " · ".join(
                (
                    profile.code,
                    enum_label(profile.kind),
                    self.tr("Tier %1").replace("%1", profile.tier.value),
                    enum_label(profile.channel),
                )
            )
        )
        self.path.setText(" › ".join(profile.path) if profile.path else self.tr("Top level"))
        locale = QLocale()
        values = {
            "territory": profile.territory or "",
            "address": profile.address,
            "phone": profile.phone or "",
            "terms": profile.payment_terms or "",
            "credit": f"{format_decimal(profile.credit_limit)} {profile.currency}"
            if profile.credit_limit is not None
            else "",
            "tags": ", ".join(profile.tags),
            "contacts": str(profile.contact_count),
            "issues": str(profile.open_issue_count),
            "last_visit": locale.toString(
                profile.last_visit.astimezone(), QLocale.FormatType.ShortFormat
            )
            if profile.last_visit
            else self.tr("never"),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
