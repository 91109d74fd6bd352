"""Keys shared by several places, each held once (Qt does nothing on a key held twice)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Y and Ctrl+Shift+Z, and what the platform calls Redo, each once: the
    platform's Redo already holds Ctrl+Y on Windows and some Linux desktops, and an action
    holding a key twice is "ambiguous" to Qt, which then does nothing."""
    keys: list[QKeySequence] = []
    for key in (
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
    ):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
