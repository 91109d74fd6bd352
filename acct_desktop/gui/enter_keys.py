"""Enter and Ctrl+Enter as a Windows user expects them.

- Ctrl+Enter in any form dialog presses its default button (Save, OK, Complete…) from any
  field, a multi-line one included (there Enter starts a new line, and Ctrl+Enter did
  nothing). Every dialog gets the key the first time the focus enters it.
- Enter on a push or tool button outside a dialog presses it, as Space does ("Add line" in
  the quote editor did nothing on Enter; in a dialog Qt already presses the focused button).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's and the keypad's
_EQUIPPED = "ctrlEnterSaves"  # a dialog's property once it has the keys


def default_button(dialog: QDialog) -> QPushButton | None:
    """The button Enter would press in ``dialog``: its default one, else the accepting
    button of its button box; None when it has none that can be pressed now."""
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    chosen = next((b for b in buttons if b.isDefault()), None)
    if chosen is None:
        for box in dialog.findChildren(QDialogButtonBox):
            chosen = next(
                (
                    b
                    for b in box.buttons()
                    if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole and b in buttons
                ),
                None,
            )
            if chosen is not None:
                break
    return chosen if isinstance(chosen, QPushButton) else None


def press_default(dialog: QDialog) -> bool:
    button = default_button(dialog)
    if button is None:
        return False
    button.click()
    return True


def give_ctrl_enter(dialog: QDialog) -> None:
    """Ctrl+Enter anywhere in ``dialog`` presses its default button (once per dialog)."""
    if dialog.property(_EQUIPPED) or isinstance(dialog, QFileDialog | QProgressDialog):
        return
    dialog.setProperty(_EQUIPPED, True)
    for keys in CTRL_ENTER:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda d=dialog: press_default(d))


def press_focused_button(event: QKeyEvent) -> bool:
    """Enter or Return (no Ctrl, Alt or Shift) on a focused push or tool button outside a
    dialog: press it as Space does (a tool button with a menu opens it). True if pressed."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or mods:
        return False
    button = QApplication.focusWidget()
    if not isinstance(button, QPushButton | QToolButton) or not button.isEnabled():
        return False
    if isinstance(button.window(), QDialog):
        return False  # a dialog presses its focused button itself
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        space = QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
        QApplication.sendEvent(button, space)
    return True


class EnterKeys(QObject):
    """Gives every dialog Ctrl+Enter when the focus first enters it. One per application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("enterKeys")
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        if isinstance(window, QDialog):
            give_ctrl_enter(window)


def install(app: QApplication) -> EnterKeys:
    """The application's EnterKeys, made the first time."""
    existing = app.findChild(EnterKeys, "enterKeys")
    return existing if existing is not None else EnterKeys(app)
