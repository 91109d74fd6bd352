"""An explained empty state: a sentence saying why there is nothing here and what to do,
with buttons for the existing actions that do it (never a copy of their logic)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from acct_desktop.gui.keys import without_mnemonic


class EmptyState(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(text)
        self.message.setObjectName("emptyStateText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(8)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 24, 16, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []

    def set_text(self, text: str) -> None:
        self.message.setText(text)

    def set_actions(self, actions: Iterable[QAction]) -> None:
        """One button per action, with its text ("Import accounts…") and icon, enabled
        while it is; pressing it triggers the action."""
        for button in self.buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for action in actions:
            button = action_button(action, self)
            self._buttons.insertWidget(self._buttons.count() - 1, button)
            self.buttons.append(button)


def action_button(action: QAction, parent: QWidget | None = None) -> QPushButton:
    """A push button for ``action`` (a tool button would drop the "…" of its text)."""
    button = QPushButton(action.icon(), "", parent)
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        # the menu's Alt-letter left out: the same command shows twice in a window (the
        # tree's and the card's empty states), and Alt+letter would only go between them
        plain = without_mnemonic(action.text())
        # the shortcut on the button itself: "New account… (Ctrl+N)", learnt as it is used
        shown = plain.replace("&", "&&")
        button.setText(f"{shown} ({keys})" if keys else shown)
        button.setIcon(action.icon())
        button.setToolTip(f"{plain} ({keys})" if keys else plain)

    action.changed.connect(follow)
    follow()
    return button
