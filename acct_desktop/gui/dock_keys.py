"""Keyboard habits that reach the window's own commands from a dock: Ctrl+P prints what
the dock shows (the Account menu's price list, the monthly summary, a list as shown), and
a row opened with Enter or a double-click brings the profile card forward. Each key works
only while the focus is in its dock, so no key is held twice
(tests/gui/test_shortcut_clashes.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from acct_desktop.gui.keys import dock_key
from acct_desktop.gui.list_print import list_file_name
from acct_desktop.gui.monthly_summary_actions import open_monthly_summary
from acct_desktop.gui.nothing_here import nothing_made_here, say_why

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.reporting.list_content import ScreenList


def add_dock_keys(window: MainWindow) -> None:
    docks = window.docks
    for dock in docks.values():
        dock.account_opened.connect(lambda account_id: open_account_card(window, account_id))
    price_list = window.print_actions.price_list
    dock_key(docks["accountTreeDock"], ["Ctrl+P"], price_list.trigger, price_list.text())
    register = docks["policyRegisterDock"]
    statement = window.print_actions.rebate_statement

    def print_register() -> None:  # the tab in sight: the price list, or the statement
        (price_list if register.kind() == "policy" else statement).trigger()

    dock_key(register, ["Ctrl+P"], print_register, QCoreApplication.translate("DockKeys", "Print…"))
    # the issues as listed, in the print preview: a working copy. The sealed checklist of
    # the current account's open issues is a document of its own: Ctrl+Shift+L
    issues = docks["issuesDock"]
    dock_key(
        issues,
        ["Ctrl+P"],
        lambda: print_list(window, issues.screen_list(), issues),
        QCoreApplication.translate("DockKeys", "Print the list…"),
    )
    tree = docks["accountTreeDock"]

    def find_account() -> None:  # the calendar shows an account's visits: find it
        tree.show()
        tree.raise_()
        tree.focus_search()

    for name in ("visitCalendarDock", "kpiDashboardDock"):  # they show an account's figures
        dock_key(
            docks[name],
            [QKeySequence.StandardKey.Find],
            find_account,
            QCoreApplication.translate("DockKeys", "Find an account"),
        )
    for name in ("alertsDock", "kpiDashboardDock", "planActualDock"):  # they make nothing
        dock_key(
            docks[name],
            [QKeySequence.StandardKey.New],
            lambda dock=docks[name]: nothing_made_here(dock, dock.windowTitle()),
            QCoreApplication.translate("DockKeys", "New"),
        )
    alerts = docks["alertsDock"]
    dock_key(
        alerts,
        ["Ctrl+P"],
        lambda: print_list(window, alerts.screen_list(), alerts),
        QCoreApplication.translate("DockKeys", "Print the list…"),
    )
    add_card_keys(window, find_account)
    for name in ("planActualDock", "kpiDashboardDock"):
        dock_key(
            docks[name],
            ["Ctrl+P"],
            lambda: open_monthly_summary(window),
            QCoreApplication.translate("DockKeys", "Print the monthly summary…"),
        )


def add_card_keys(window: MainWindow, find_account: Callable[[], None]) -> None:
    """The profile card: Ctrl+F finds another account, Ctrl+P prints the account's price
    list (as in the tree); Ctrl+N and Delete say where they work (its text fields keep
    Delete for their text)."""
    card = window.card
    price_list = window.print_actions.price_list
    dock_key(
        card,
        [QKeySequence.StandardKey.Find],
        find_account,
        QCoreApplication.translate("DockKeys", "Find an account"),
    )
    dock_key(card, ["Ctrl+P"], price_list.trigger, price_list.text())
    dock_key(
        card,
        [QKeySequence.StandardKey.New],
        lambda: nothing_made_here(card, QCoreApplication.translate("DockKeys", "the profile card")),
        QCoreApplication.translate("DockKeys", "New"),
    )
    dock_key(
        card,
        [QKeySequence.StandardKey.Delete],
        lambda: say_why(
            card,
            QCoreApplication.translate(
                "DockKeys",
                "Delete does nothing in the profile card: archive an account with Delete in "
                "the account tree.",
            ),
        ),
        QCoreApplication.translate("DockKeys", "Delete"),
    )


def print_list(window: MainWindow, content: ScreenList, over: QWidget) -> None:
    """Ctrl+P on a dock that shows a list: the list as shown, in the print preview."""
    workspace = window.workspace
    today = workspace.issues.today() if workspace is not None else date.today()
    window.print_actions.print_list(content, list_file_name(content.title, today), over)


def open_account_card(window: MainWindow, account_id: uuid.UUID) -> None:
    """The account is current: its profile card takes the focus."""
    window.current.set(account_id)
    window.card.tabs.setFocus()
