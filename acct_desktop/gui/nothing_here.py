"""One way to say why a key did nothing here: a sentence in the main window's status bar
(never a box to click away; never silence). Ctrl+N where nothing can be made, Ctrl+P where
there is nothing to print, Delete where nothing is chosen… each says what to do instead."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 8000


def say_why(widget: QWidget, sentence: str) -> None:
    """``sentence`` in the status bar of the main window ``widget`` belongs to (a dock
    floating on its own included)."""
    window: QWidget | None = widget
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(sentence, SHOWN_MS)
