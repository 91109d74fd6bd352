"""Name, kind, tier, channel, address and the parent chain as clickable breadcrumbs."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from acct_desktop.gui.labels import enum_label
from acct_desktop.services.accounts import AccountProfile


class ProfileHeader(QWidget):
    sig_account_clicked = Signal(object)  # uuid.UUID of a breadcrumb

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("profileTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.breadcrumbs = QLabel()
        self.breadcrumbs.setObjectName("breadcrumbs")
        self.breadcrumbs.setWordWrap(True)
        self.breadcrumbs.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumbs.linkActivated.connect(self._crumb_clicked)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(2)
        for widget in (self.breadcrumbs, self.title, self.facts, self.address):
            layout.addWidget(widget)

    def show_profile(self, profile: AccountProfile | None, no_accounts: bool = False) -> None:
        """``profile``'s header; without one, "No account selected", or "No accounts yet"
        when the database has none to select (``no_accounts``)."""
        if profile is None:
            if no_accounts:
                self.title.setText(self.tr("No accounts yet"))
                self.facts.setText(self.tr("Import a spreadsheet of your accounts, or add one."))
            else:
                self.title.setText(self.tr("No account selected"))
                self.facts.setText(self.tr("Pick an account in the account tree."))
            self.breadcrumbs.clear()
            self.address.clear()
            return
        self.title.setText(profile.name)
        self.facts.setText(
            " · ".join(
                (
                    profile.code,
                    enum_label(profile.kind),
                    self.tr("Tier %1").replace("%1", profile.tier.value),
                    enum_label(profile.channel),
                )
                + ((profile.territory,) if profile.territory else ())
            )
        )
        crumbs = [
            f'<a href="{account_id}">{html.escape(name)}</a>' for account_id, name in profile.path
        ]
        self.breadcrumbs.setText(" › ".join(crumbs) if crumbs else self.tr("Top level"))
        self.address.setText(profile.address)

    def _crumb_clicked(self, link: str) -> None:
        try:
            self.sig_account_clicked.emit(uuid.UUID(link))
        except ValueError:
            return
