"""One way to say why a key did nothing here: a sentence in the main window's status bar
(never a box to click away; never silence). Ctrl+N where nothing can be made, Ctrl+P where
there is nothing to print, a command greyed out for now… each says what to do instead.

A greyed-out action takes no key, and a widget may take it instead (a list box "searches"
for Ctrl+N): ``set_enabled(action, on, why)`` gives the action, while it is off, a stand-in
shortcut on the same keys that says ``why`` it is off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

SHOWN_MS = 8000


def say_why(widget: QWidget, sentence: str) -> None:
    """``sentence`` in the status bar of the main window ``widget`` belongs to (a dock
    floating on its own included)."""
    window: QWidget | None = widget
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(sentence, SHOWN_MS)


class StandIn(QShortcut):
    """The keys of an action that is off, saying why."""

    def __init__(self, where: QWidget, context: Qt.ShortcutContext) -> None:
        super().__init__(where)
        self.setContext(context)
        self.why = ""
        self.activated.connect(lambda: say_why(where, self.why))


def set_enabled(action: QAction, on: bool, why: str) -> None:
    """``action`` on or off; while off, its keys say ``why`` (what to do for it to be on)
    where the action would work (the widget it was added to, not a menu)."""
    action.setEnabled(on)
    stand_in = getattr(action, "stand_in", None)
    if stand_in is None and not on:
        where = next(
            (
                w
                for w in action.associatedObjects()
                if isinstance(w, QWidget) and not isinstance(w, QMenu | QMenuBar)
            ),
            None,
        )
        if where is None:
            return
        stand_in = StandIn(where, action.shortcutContext())
        action.stand_in = stand_in  # type: ignore[attr-defined]
    if stand_in is not None:
        stand_in.why = why
        stand_in.setKeys([] if on else action.shortcuts())


def nothing_made_here(area: QWidget, name: str) -> None:
    """Ctrl+N where nothing is made (the alerts, the dashboards, the profile card)."""
    say_why(
        area,
        QCoreApplication.translate(
            "NothingHere",
            "Nothing is made in %1. Use + New on the top bar, or Ctrl+N in the dock of what "
            "you want to add.",
        ).replace("%1", name),
    )
