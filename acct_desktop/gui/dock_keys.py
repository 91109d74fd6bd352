"""Keyboard habits that reach the window's own commands from a dock: Ctrl+P prints what
the dock shows (the Account menu's price list, the monthly summary), and a row opened with
Enter or a double-click brings the profile card forward. Each key works only while the
focus is in its dock, so no key is held twice (tests/gui/test_shortcut_clashes.py)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from acct_desktop.gui.keys import dock_key
from acct_desktop.gui.monthly_summary_actions import open_monthly_summary

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow


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
    checklist = window.seal_actions.issue_checklist  # the current account's open issues
    dock_key(docks["issuesDock"], ["Ctrl+P"], checklist.trigger, checklist.text())
    tree = docks["accountTreeDock"]

    def find_account() -> None:  # the calendar shows an account's visits: find it
        tree.show()
        tree.raise_()
        tree.focus_search()

    dock_key(
        docks["visitCalendarDock"],
        [QKeySequence.StandardKey.Find],
        find_account,
        QCoreApplication.translate("DockKeys", "Find an account"),
    )
    for name in ("planActualDock", "kpiDashboardDock"):
        dock_key(
            docks[name],
            ["Ctrl+P"],
            lambda: open_monthly_summary(window),
            QCoreApplication.translate("DockKeys", "Print the monthly summary…"),
        )


def open_account_card(window: MainWindow, account_id: uuid.UUID) -> None:
    """The account is current: its profile card takes the focus."""
    window.current.set(account_id)
    window.card.tabs.setFocus()
