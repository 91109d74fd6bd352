"""Every menu entry has one Alt-letter, and no two entries of one menu share it, in every
language (QA, keyboard-only week: File's Import…/Export…, the Account menu's commands and
the View menu's docks had none; in Vietnamese File and Tools held "M" twice — Alt+letter then
only goes between them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from acct_desktop.app import open_workspace
from acct_desktop.gui.keys import MENU_NOTE
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

LANGUAGES = ("en", "zh_CN", "vi", "nl")


def alt_letters(text: str) -> list[str]:
    """The Alt-letters of a menu text ("&&" is a plain "&")."""
    return [m.lower() for m in re.findall(r"&(.)", text.replace("&&", "")) if m != "&"]


def walk(menu: QMenu, path: str) -> Iterator[tuple[str, list[QAction]]]:
    """Each menu (and submenu) with its entries, filled as when it opens."""
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if not a.isSeparator() and not a.property(MENU_NOTE)]
    yield path, entries
    for action in entries:
        if action.menu() is not None:
            yield from walk(action.menu(), f"{path} › {action.text()}")


def problems(window: MainWindow) -> list[str]:
    found: list[str] = []
    bar = [a for a in window.menuBar().actions() if not a.isSeparator()]
    menus = [("menu bar", bar)]
    for top in bar:
        menus += list(walk(top.menu(), top.text()))
    for path, entries in menus:
        seen: dict[str, str] = {}
        for action in entries:
            letters = alt_letters(action.text())
            if len(letters) != 1:
                found.append(f"{path}: {action.text()!r} has {len(letters)} Alt-letters")
                continue
            if letters[0] in seen:
                found.append(
                    f"{path}: {action.text()!r} and {seen[letters[0]]!r} share Alt+{letters[0]}"
                )
            seen[letters[0]] = action.text()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_entry_has_an_alt_letter_of_its_own(
    language: str,
    speak: Callable[[str], None],
    qtbot,
    settings: AppSettings,
    demo_db: Path,
) -> None:
    speak(language)
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(str(demo_db))  # the recent files' menu has one
    try:
        found = problems(window)
        assert found == [], "\n".join(found)
    finally:
        window.set_workspace(None)


def test_the_guard_sees_a_shared_letter_and_a_missing_one(qtbot, window: MainWindow) -> None:
    """The guard itself can fail."""
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    tools.addAction("&Verify twice")
    tools.addAction("No letter")
    found = problems(window)
    assert any("share Alt+v" in p for p in found)
    assert any("'No letter' has 0" in p for p in found)
