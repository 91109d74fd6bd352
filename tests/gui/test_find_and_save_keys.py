"""Ctrl+S saves what the part of the window with the focus holds, and Ctrl+F goes to the
find box of the dock with the focus -- pressed with real focus, as a manager presses them.

Ctrl+S was the profile form's for the whole window: in the quote builder it saved the
profile card (and not the quote being typed in). The quote list and the Alerts dock had no
find box for Ctrl+F to go to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.alerts import AlertsDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.alert_list import alert_sentence
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models.alerts import AlertDismissal
from tests.conftest import DEMO_TODAY
from tests.gui.test_quote_builder_dock import add, dock_of, vn_account_and_products

CTRL = Qt.KeyboardModifier.ControlModifier


def _focused(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _profile_typed_in(window: MainWindow, qtbot, account_id, text: str):  # type: ignore[no-untyped-def]
    """The account's profile with ``text`` typed at the end of its strategy, not saved."""
    window.current.set(account_id)
    window.card.open_tab("profile")
    form = window.card.profile_form
    _focused(qtbot, form.strategy)
    form.strategy.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(form.strategy, text)
    assert form.is_dirty()
    return form


# -- Ctrl+S ----------------------------------------------------------------------------------


def test_ctrl_s_in_the_quote_builder_saves_the_quote_not_the_profile(
    window: MainWindow, qtbot
) -> None:
    account_id, products = vn_account_and_products(window)
    form = _profile_typed_in(window, qtbot, account_id, " more coolant")
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[0], "2")
    terms = dock.editor.fields["payment_terms"]
    _focused(qtbot, terms)
    QTest.keyClick(terms, Qt.Key.Key_A, CTRL)  # over the account's usual terms
    QTest.keyClicks(terms, "30 days net")
    QTest.keyClick(terms, Qt.Key.Key_S, CTRL)
    quote = window.workspace.quote_builder.view(dock.editor.view.id)
    assert quote.payment_terms == "30 days net"  # saved now, not after a pause
    assert window.statusBar().currentMessage() == f"{quote.reference} is saved."
    assert form.is_dirty()  # the profile's typing is left as it was: not saved from here
    saved = window.workspace.accounts.profile(account_id).strategy or ""
    assert "more coolant" not in saved


def test_ctrl_s_in_a_line_cell_saves_the_cell(window: MainWindow, qtbot) -> None:
    from acct_desktop.gui.models.quote_lines import LineColumn

    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[0], "2")
    table = dock.editor.table
    _focused(qtbot, table)
    table.setCurrentIndex(dock.editor.model.index(0, LineColumn.QUANTITY))
    QTest.keyClicks(table, "7")  # any key starts editing the cell
    editor = QApplication.focusWidget()
    assert table.viewport().isAncestorOf(editor)
    QTest.keyClick(editor, Qt.Key.Key_S, CTRL)
    quote = window.workspace.quote_builder.view(dock.editor.view.id)
    assert quote.lines[0].quantity == 7


def test_ctrl_s_in_the_profile_saves_the_profile(window: MainWindow, qtbot) -> None:
    account_id = window.workspace.accounts.busiest_account_id()
    form = _profile_typed_in(window, qtbot, account_id, " key account plan")
    QTest.keyClick(form.strategy, Qt.Key.Key_S, CTRL)
    assert not form.is_dirty()
    assert "key account plan" in (window.workspace.accounts.profile(account_id).strategy or "")


def test_ctrl_s_in_the_register_saves_the_late_entry_days_now(window: MainWindow, qtbot) -> None:
    dock = window.docks["policyRegisterDock"]
    dock.show()
    dock.raise_()
    dock.show_kind("rebate")
    records = dock.commands.forms.rebate_records
    days = dock.late_days
    _focused(qtbot, days)
    wanted = 30 if records.late_entry_days() != 30 else 31
    days.lineEdit().selectAll()
    QTest.keyClicks(days, str(wanted))
    QTest.keyClick(days, Qt.Key.Key_S, CTRL)
    assert records.late_entry_days() == wanted  # not after the typing pauses


# -- Ctrl+F ----------------------------------------------------------------------------------


def test_ctrl_f_in_the_quote_list_finds_a_quote(window: MainWindow, qtbot) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    made = []
    for product in products[:2]:
        dock.commands.new_quote()
        add(dock, product, "1")
        made.append(dock.editor.view)
    listed = dock.quotes.rowCount()
    assert listed >= 2
    view = dock.quote_table.view
    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_F, CTRL)
    assert dock.find_box.hasFocus()
    wanted = made[0].number
    QTest.keyClicks(dock.find_box, wanted[-5:].lower())
    assert [dock.quotes.row_object(r).number for r in range(dock.quotes.rowCount())] == [wanted]
    QTest.keyClick(dock.find_box, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dock.find_box, "zzz-nothing")
    assert dock.quotes.rowCount() == 0
    assert "matches the search" in dock.quote_table.empty.text()
    dock.find_box.clear()
    assert dock.quotes.rowCount() == listed


@pytest.fixture
def alerts(qtbot, demo_db):  # type: ignore[no-untyped-def]
    workspace = Workspace.open(demo_db)  # not open_workspace: it would expire the demo's quotes
    AlertDismissal.__table__.create(workspace.db.engine, checkfirst=True)  # type: ignore[attr-defined]
    dock = AlertsDock(CurrentAccount())
    dock.today = lambda: DEMO_TODAY
    dock.background = BackgroundRunner(dock)
    qtbot.addWidget(dock)
    dock.resize(360, 600)
    dock.show()
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        dock.set_workspace(workspace)
    yield dock
    dock.set_workspace(None)
    workspace.close()


def test_ctrl_f_in_the_alerts_finds_an_account_folded(alerts: AlertsDock, qtbot) -> None:
    listed = alerts.model.rowCount()
    names = {alerts.model.alert(r).account_name for r in range(listed)}
    assert len(names) > 1
    wanted = alerts.model.alert(listed - 1).account_name
    _focused(qtbot, alerts.view)
    QTest.keyClick(alerts.view, Qt.Key.Key_F, CTRL)
    assert alerts.find_box.hasFocus()
    alerts.find_box.insert(wanted.upper())  # case (and accents) do not matter
    kept = [alerts.model.alert(r) for r in range(alerts.model.rowCount())]
    assert 0 < len(kept) < listed
    assert all(wanted in (a.account_name + alert_sentence(a)) for a in kept)
    alerts.find_box.clear()
    assert alerts.model.rowCount() == listed
    alerts.find_box.insert("zzz-nothing")
    assert alerts.model.rowCount() == 0
    assert "No alert matches the search" in alerts.empty.text()
