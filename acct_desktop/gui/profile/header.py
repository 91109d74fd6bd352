"""Name, kind, tier, channel, address and the parent chain as clickable breadcrumbs; in
two lines (``set_compact``) where the card is too short for them and its tabs."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.widgets.elided_line import ElidedLine
from acct_desktop.services.accounts import AccountProfile


class ProfileHeader(QWidget):
    sig_account_clicked = Signal(object)  # uuid.UUID of a breadcrumb
    sig_restore = Signal(object)  # uuid.UUID of the archived account shown

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
        # An archived account says so in words, not only a colour, and offers its way back.
        self.archived_badge = QLabel()
        self.archived_badge.setObjectName("archivedBadge")
        self.archived_badge.setStyleSheet(
            "background: #fdecea; color: #8e1c13; border: 1px solid #e6a39d;"
            " border-radius: 3px; padding: 1px 6px; font-weight: bold;"
        )
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreArchived")
        self.restore_button.clicked.connect(self._restore_clicked)
        self.archived_row = QWidget()
        row = QHBoxLayout(self.archived_row)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.archived_badge)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.archived_row.hide()
        # Compact: the name and the facts on a line each, cut with "…" (the name in the
        # middle, as the tree cuts it), the whole header in their tooltips. On a laptop at
        # 150 % the whole header took the card's 138 pixels and hid its tabs.
        self.brief_title = ElidedLine(mode=Qt.TextElideMode.ElideMiddle)
        self.brief_title.setObjectName("profileBriefTitle")
        self.brief_title.setFont(font)
        self.brief_facts = ElidedLine()
        self.brief_facts.setObjectName("profileBriefFacts")
        self.compact = False
        self._shown_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(2)
        for widget in (
            self.breadcrumbs,
            self.title,
            self.brief_title,
            self.archived_row,
            self.facts,
            self.address,
            self.brief_facts,
        ):
            layout.addWidget(widget)
        self._show_compact()

    def set_compact(self, compact: bool) -> None:
        """The header in two lines (``compact``), or whole."""
        if compact != self.compact:
            self.compact = compact
            self._show_compact()

    def _show_compact(self) -> None:
        for widget in (self.breadcrumbs, self.title, self.facts, self.address):
            widget.setVisible(not self.compact)
        for widget in (self.brief_title, self.brief_facts):
            widget.setVisible(self.compact)
        self._hold_lines()

    def full_height(self, width: int) -> int:
        """How tall the whole header is at ``width`` (shown whole or not)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        parts = [self.breadcrumbs, self.title, self.facts, self.address]
        if not self.archived_row.isHidden():
            parts.append(self.archived_row)
        heights = [
            part.heightForWidth(inner) if part.hasHeightForWidth() else part.sizeHint().height()
            for part in parts
        ]
        return sum(heights) + layout.spacing() * (len(parts) - 1) + margins.top() + margins.bottom()

    # Never shorter than its wrapped lines: a card squeezed by a laptop screen at 125 %
    # cut a two-line account name in half. The height the lines need at this width is the
    # header's minimum, set as soon as the texts or the width change (the card scrolls
    # where the window has less room, see MainWindow).
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold_lines()

    def _hold_lines(self) -> None:
        layout = self.layout()
        if layout is not None and self.width() > 0:
            height = layout.heightForWidth(self.width())  # -1 compact: no wrapped lines
            self.setMinimumHeight(height if height >= 0 else layout.minimumSize().height())

    def show_profile(self, profile: AccountProfile | None, no_accounts: bool = False) -> None:
        """``profile``'s header; without one, "No account selected", or "No accounts yet"
        when the database has none to select (``no_accounts``)."""
        self._shown_id = profile.id if profile is not None else None
        self.archived_row.setVisible(profile is not None and profile.archived)
        if profile is None:
            if no_accounts:
                self.title.setText(self.tr("No accounts yet"))
                self.facts.setText(self.tr("Import a spreadsheet of your accounts, or add one."))
            else:
                self.title.setText(self.tr("No account selected"))
                self.facts.setText(self.tr("Pick an account in the account tree."))
            self.breadcrumbs.clear()
            self.address.clear()
            self._brief()
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
        archived_word = self.tr("archived")
        crumbs = [
            f'<a href="{account_id}">{html.escape(name)}</a>'
            + (
                f' <span style="color:#8e1c13">({html.escape(archived_word)})</span>'
                if account_id in profile.archived_in_path
                else ""
            )
            for account_id, name in profile.path
        ]
        if profile.archived:
            self.archived_badge.setText(self.tr("Archived"))
            self.restore_button.setText(self.tr("Restore"))
            self.restore_button.setToolTip(
                self.tr(
                    "Bring this account back into the tree, with the accounts archived with it."
                )
            )
            blocked = next(
                (name for aid, name in reversed(profile.path) if aid in profile.archived_in_path),
                None,
            )
            self.restore_button.setEnabled(blocked is None)
            if blocked is not None:
                self.restore_button.setToolTip(
                    self.tr("%1 is archived; restore it first, then this account.").replace(
                        "%1", blocked
                    )
                )
        self.breadcrumbs.setText(" › ".join(crumbs) if crumbs else self.tr("Top level"))
        self.address.setText(profile.address)
        self._brief(" › ".join(name for _aid, name in profile.path))

    def _brief(self, path: str = "") -> None:
        """The compact lines' texts: the name, and the facts and the address on one line;
        the parents and the whole header in their tooltips."""
        self.brief_title.setText(self.title.text())
        facts = self.facts.text()
        address = self.address.text()
        self.brief_facts.setText(" · ".join(part for part in (facts, address) if part))
        whole = "\n".join(part for part in (path, facts, address) if part)
        self.brief_title.setToolTip(whole)
        self.brief_facts.setToolTip("\n".join(p for p in (path, self.title.text()) if p))
        self._hold_lines()

    def _restore_clicked(self) -> None:
        if self._shown_id is not None:
            self.sig_restore.emit(self._shown_id)

    def _crumb_clicked(self, link: str) -> None:
        try:
            self.sig_account_clicked.emit(uuid.UUID(link))
        except ValueError:
            return
