"""Habit keys never do nothing silently (UX.md): each does the sensible thing where it is
pressed, or the status bar says why it cannot (one shared way, gui/nothing_here.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus_in(qtbot, window: MainWindow, area: QWidget) -> QWidget:
    """The focus on a widget of ``area`` that takes it (as Alt+n or a click leaves it)."""
    if hasattr(area, "raise_"):
        area.show()
        area.raise_()
    window.activateWindow()
    from acct_desktop.gui.dock_focus import first_focusable

    target = first_focusable(area)
    assert target is not None
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    return target


def _said(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["alertsDock", "kpiDashboardDock", "planActualDock"])
def test_ctrl_n_where_nothing_is_made_says_where_to_go(
    window: MainWindow, qtbot, name: str
) -> None:
    dock = window.docks[name]
    focus = _focus_in(qtbot, window, dock)
    window.statusBar().clearMessage()
    QTest.keyClick(focus, Qt.Key.Key_N, CTRL)
    assert _said(window).startswith(f"Nothing is made in {dock.windowTitle()}.")
    assert "+ New" in _said(window)


def test_ctrl_f_in_the_kpi_dashboard_finds_an_account(window: MainWindow, qtbot) -> None:
    focus = _focus_in(qtbot, window, window.docks["kpiDashboardDock"])
    QTest.keyClick(focus, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == "accountSearch"


def test_ctrl_p_in_the_alerts_previews_the_list(window: MainWindow, qtbot) -> None:
    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    dock = window.docks["alertsDock"]
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=30_000)
    focus = _focus_in(qtbot, window, dock)
    QTest.keyClick(focus, Qt.Key.Key_P, CTRL)
    actions = window.print_actions
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=60_000)
    assert isinstance(actions.last_preview, PdfPreviewDialog) and actions.last_preview.pages
    actions.last_preview.close()


def test_the_profile_cards_habit_keys(window: MainWindow, qtbot) -> None:
    card = window.card
    focus = _focus_in(qtbot, window, card.tabs)
    QTest.keyClick(focus, Qt.Key.Key_N, CTRL)
    assert _said(window).startswith("Nothing is made in the profile card.")
    QTest.keyClick(focus, Qt.Key.Key_Delete)
    assert "archive an account with Delete in the account tree" in _said(window)
    QTest.keyClick(focus, Qt.Key.Key_P, CTRL)
    actions = window.print_actions
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=60_000)
    actions.last_preview.close()
    window.activateWindow()
    focus = _focus_in(qtbot, window, card.tabs)
    QTest.keyClick(focus, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == "accountSearch"


def test_ctrl_p_on_an_empty_quote_says_what_to_do(window: MainWindow, qtbot) -> None:
    from tests.gui.test_quote_builder_dock import dock_of, vn_account_and_products

    account_id, _products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    assert dock.editor.view is not None and not dock.editor.view.lines
    window.activateWindow()
    dock.editor.table.setFocus()
    qtbot.waitUntil(dock.editor.table.hasFocus)
    QTest.keyClick(dock.editor.table, Qt.Key.Key_P, CTRL)
    assert _said(window) == "Add a line first: an empty quote has nothing to print."


def test_right_click_on_an_empty_slot_of_the_calendar_plans_a_visit_there(
    window: MainWindow, qtbot
) -> None:
    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.raise_()
    view = dock.week_view
    before = {b.id for b in dock.blocks}
    point = None
    for y in range(view.height() - 5, 40, -7):  # the lowest empty slot of the first day
        at = QPointF(view.width() // 8 + 60, y)
        if view.block_at(at) is None and view.moment_at(at) is not None:
            point = at
            break
    assert point is not None
    start = view.moment_at(point)
    where = point.toPoint()
    QApplication.sendEvent(
        view,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.mapToGlobal(where)),
    )
    menu = dock.last_menu
    assert [a.text() for a in menu.actions()] == ["New visit here"]
    menu.actions()[0].trigger()
    menu.close()
    added = [b for b in dock.blocks if b.id not in before]
    assert len(added) == 1 and added[0].start.replace(tzinfo=None) == start


@pytest.fixture
def empty(qtbot, settings: AppSettings, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(tmp_path / "territory.acctdb"))
    window.dismiss_welcome()
    yield window
    window.set_workspace(None)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("issuesDock", "Choose an account first: an issue is raised for the current account."),
        ("contactMapDock", "Choose an account first: a contact is added to the current account."),
        ("visitCalendarDock", "Choose an account first: the new visit is for the current account."),
        ("quoteBuilderDock", "Choose an account first: a quote is for one account."),
    ],
)
def test_ctrl_n_in_a_database_without_accounts_says_why(
    empty: MainWindow, qtbot, name: str, said: str
) -> None:
    """In the status bar, as every dock says it: no box to click away."""
    dock = empty.docks[name]
    focus = _focus_in(qtbot, empty, dock)
    empty.statusBar().clearMessage()
    QTest.keyClick(focus, Qt.Key.Key_N, CTRL)
    assert _said(empty) == said
    assert QApplication.activeModalWidget() is None
    assert not [w for w in dock.findChildren(QMessageBox) if w.isVisible()]


def _no_box_shown() -> bool:
    return QApplication.activeModalWidget() is None and not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_route_on_map_on_a_day_without_visits_says_why_in_the_status_bar(
    window: MainWindow, qtbot
) -> None:
    from datetime import date

    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.raise_()
    dock.day = date(2031, 1, 5)  # a Sunday years ahead: no visit
    dock.reload()
    window.statusBar().clearMessage()
    dock.route_button.click()
    assert _said(window) == "No visits on this day to draw."
    assert _no_box_shown()


def test_copy_last_quote_without_an_earlier_one_says_why_in_the_status_bar(
    window: MainWindow, qtbot
) -> None:
    from sqlalchemy import select

    from acct_desktop.store import models as m
    from tests.gui.test_quote_builder_dock import dock_of

    assert window.workspace is not None
    with window.workspace.db.session() as session:
        account_id = session.scalars(
            select(m.Account.id)
            .where(m.Account.archived_at.is_(None), ~m.Account.id.in_(select(m.Quote.account_id)))
            .limit(1)
        ).one()
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    assert dock.editor.view is not None
    window.statusBar().clearMessage()
    dock.commands.copy_last()
    assert _said(window) == "This account has no earlier quote with lines to copy."
    assert _no_box_shown()
