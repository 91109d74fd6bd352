"""Ctrl+Z in a text field that has nothing of its own to undo.

A text field keeps Ctrl+Z and Ctrl+Y for its own typing, and Qt gives it them even when
there is nothing to undo: just after Save in the profile card, Ctrl+Z in the field did
nothing, although Edit → Undo offered to take the save back. Handed on (``hand_on``),
such a field lets Ctrl+Z / Ctrl+Y through to Edit → Undo / Redo while it has nothing to
undo (redo) itself and ``idle`` says nothing is typed and not saved — so Ctrl+Z never
undoes an earlier save over what is being typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from acct_desktop.gui.keys import redo_keys

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def _has_own(field: QObject, redo: bool) -> bool:
    """Whether ``field`` has typing of its own to undo (``redo``: to redo)."""
    if isinstance(field, QLineEdit):
        return field.isRedoAvailable() if redo else field.isUndoAvailable()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        document = field.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return True


class HandOnUndo(QObject):
    """Lets Ctrl+Z / Ctrl+Y pass the fields it watches when they have nothing to do."""

    def __init__(self, parent: QObject, idle: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._idle = idle
        self._redo = [key for key in redo_keys() if not key.isEmpty()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            redo = False
        elif QKeySequence(event.keyCombination()) in self._redo:
            redo = True
        else:
            return False
        if _has_own(watched, redo) or not self._idle():
            return False
        event.ignore()  # not the field's: the window's Edit → Undo (Redo) takes the key
        return True


def hand_on(fields: tuple[TextField, ...], idle: Callable[[], bool]) -> HandOnUndo:
    """Ctrl+Z / Ctrl+Y in ``fields`` reach Edit → Undo / Redo when the field has nothing
    to undo (redo) and ``idle()`` is true."""
    watcher = HandOnUndo(fields[0], idle)
    for field in fields:
        field.installEventFilter(watcher)
    return watcher
