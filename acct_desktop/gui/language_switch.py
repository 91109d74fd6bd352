"""View → Language: choose the GUI language and switch to it at once, without a restart.

Most widgets set their texts once, when built. Rather than retranslate hundreds of them,
a switch builds a new main window over the same open Workspace (the database is neither
closed nor reopened) with the same geometry, dock layout, column settings, current account
and profile tab, then closes the old window. What is typed in the issue, contact and
discrepancy forms is kept as a draft in the database as it is typed, so nothing is lost;
the undo history starts afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from acct_desktop.gui.i18n import LANGUAGES, apply_language
from acct_desktop.gui.settings import WINDOW_STATE_VERSION

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow


def language_menu(parent: QWidget, chosen: str, choose: Callable[[str], None]) -> QMenu:
    """The Language submenu: "System language" and each language in its own name, the
    ``chosen`` one ("" = the system's) checked; picking one calls ``choose(code)``."""
    menu = QMenu(QCoreApplication.translate("MainWindow", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries = [("", QCoreApplication.translate("MainWindow", "&System language"))]
    entries += [
        (language.code, own_name_entry(language.own_name, language.code)) for language in LANGUAGES
    ]
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.setObjectName(f"language_{code or 'system'}")
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
    return menu


def own_name_entry(name: str, code: str) -> str:
    """A language's own name with an Alt-letter the same in every GUI language: its first
    letter ("&English", "&Tiếng Việt"), else its code's after it ("简体中文(&Z)")."""
    if name[:1].isascii() and name[:1].isalpha():
        return "&" + name
    return f"{name}(&{code[:1].upper()})"


def switch_language(old: MainWindow, code: str, *, remember: bool = True) -> MainWindow:
    """Apply ``code`` ("" = the system's language) and replace ``old`` by a new main window
    over the same workspace, laid out the same. Returns the new window (already shown when
    the old one was); ``old.window_replaced`` is emitted with it before ``old`` closes.

    Not while the database cannot be reached (see ``_may_switch``): then nothing changes
    and ``old`` is returned, in its language."""
    if not _may_switch(old):
        for action in old.language_menu.actions():  # the language still checked
            action.setChecked(action.data() == old.settings.language())
        return old
    old.docks["quoteBuilderDock"].commands.kept.forget()  # none waits, or chosen to lose
    if remember:
        old.settings.set_language(code)
    app = QApplication.instance()
    assert app is not None
    apply_language(app, code)
    geometry = old.saveGeometry()
    state = old.saveState(WINDOW_STATE_VERSION)
    views = {name: dock.view_state() for name, dock in old.docks.items()}
    account_id = old.current.id
    tab = old.card.current_key()
    visible = old.isVisible()
    workspace = old.hand_over_workspace()

    new = type(old)(old.settings, old.opener)
    new.restoreGeometry(geometry)
    for name, dock in new.docks.items():
        dock.restore_view_state(views.get(name, {}))
    if not new.restoreState(state, WINDOW_STATE_VERSION):
        new.reset_docks()
    if workspace is not None:
        new.set_workspace(workspace, account_id=account_id)
    if tab is not None:
        new.card.open_tab(tab)
    if visible:
        new.show()
    old.window_replaced.emit(new)
    old.close()
    old.deleteLater()
    return new


def _may_switch(old: MainWindow) -> bool:
    """Whether ``old`` may be replaced. The new window reads the database as it is built:
    while the database cannot be reached the language is not switched, and the status bar
    says so (what is typed stays, quote edits kept meanwhile too). Quote edits typed while
    it was away are written first; any still waiting are asked about, as when closing."""
    from acct_desktop.gui.main_window import Leaving

    kept = old.docks["quoteBuilderDock"].commands.kept
    if kept.waiting():
        kept.write()  # the database may answer again by now
    watch = old.connection_watch
    if old.workspace is not None and watch.down:
        watch.retry()  # known again as soon as it answers
        old.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "The language is not switched: the window is built again from the database, "
                "and it cannot be reached. Try again once it is back; nothing you typed is "
                "lost.",
            ),
            15_000,
        )
        return False
    return old.may_lose_kept(Leaving.CLOSE)  # this window closes
