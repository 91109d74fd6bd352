"""Keys shared by several places, each held once (Qt does nothing on a key held twice)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


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


def dock_key(
    widget: QWidget,
    keys: Iterable[str | QKeySequence | QKeySequence.StandardKey],
    slot: Callable[[], object],
    text: str,
    *,
    only_here: bool = False,
) -> QAction:
    """A key that works while the focus is in ``widget`` or below it (``only_here``: in
    ``widget`` itself, for row commands that must not fire in a search box beside it);
    ``slot`` is the dock's own command. Returned so a menu may show it too."""
    action = QAction(text, widget)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetShortcut
        if only_here
        else Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


class _KeptKeys(QObject):
    def __init__(self, field: QWidget, keys: list[QKeySequence]) -> None:
        super().__init__(field)
        self.keys = keys
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in self.keys:
                event.accept()  # the field has the key; no shortcut of the dock gets it
        return False


def field_keeps(field: QWidget, *keys: str | QKeySequence.StandardKey) -> None:
    """``keys`` typed in the text field ``field`` are the field's, not a shortcut of the
    dock around it (F2 in a search box does not rename the row behind it). A line edit
    already keeps Delete, the arrows, Ctrl+C and the like."""
    sequences = [QKeySequence(k) for k in keys]
    _KeptKeys(field, sequences)


ENTER = ("Return", "Enter")  # the main keyboard's and the keypad's


def focus_find_box(box: QLineEdit) -> None:
    """The focus goes to a find box with what it holds selected: typing replaces it."""
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    box.selectAll()


def find_key(widget: QWidget, box: QLineEdit, text: str) -> QAction:
    """Ctrl+F (the platform's Find) while the focus is in ``widget`` or below it: to its
    find box ``box`` (``focus_find_box``)."""
    return dock_key(widget, [QKeySequence.StandardKey.Find], lambda: focus_find_box(box), text)


def save_key(widget: QWidget, slot: Callable[[], object], text: str) -> QAction:
    """Ctrl+S (the platform's Save) while the focus is in ``widget`` or below it: saves what
    that part of the window holds. Never window-wide: Ctrl+S in the quote builder saved
    the profile card's form instead of the quote (tests/gui/test_shortcut_clashes.py)."""
    return dock_key(widget, [QKeySequence.StandardKey.Save], slot, text)


def numbered(number: int, text: str) -> str:
    """A menu entry from a list (a recent file, a template, a dock) with its number as its
    Alt-letter, the same in every language: "&1 territory.acctdb" (from 10 on, none); an
    "&" in ``text`` stays an "&"."""
    text = text.replace("&", "&&")
    return f"&{number} {text}" if number <= 9 else text


MENU_NOTE = "menuNote"  # a property: a menu line that says something and cannot be chosen


def without_mnemonic(text: str) -> str:
    """A menu text without its Alt-letter, for a copy of it elsewhere: "&New quote" is
    "New quote", "新建报价单(&N)" is "新建报价单"; "&&" stays a plain "&"."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return re.sub(r"&(.)", r"\1", text)
