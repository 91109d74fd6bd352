"""Ctrl+Z / Ctrl+Y undo and redo in the dock that has the focus (each dock its own
history; the profile card shares the account tree's), say in the status bar what they did,
and reach the steps a manager expects: a save of the profile card, an alert dismissed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from acct_desktop.gui.dialogs.alert_dialogs import DismissDialog
from acct_desktop.gui.docks.account_tree import TERRITORY
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.undo import account_undo_text
from acct_desktop.store.models import Account
from acct_desktop.store.models.issues import CustomerIssue

CTRL = Qt.KeyboardModifier.ControlModifier


def _focused(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _forward(window: MainWindow, qtbot, name: str) -> FeatureDock:  # type: ignore[no-untyped-def]
    dock = window.docks[name]
    window.dock_focus.show_dock(dock)  # View → the dock (Alt+n): forward, with the focus
    qtbot.waitUntil(lambda: not dock.out_of_sight())
    return dock


def _withdrawn(window: MainWindow, issue_id: uuid.UUID) -> bool:
    assert window.workspace is not None
    with window.workspace.db.session() as session:
        return session.get(CustomerIssue, issue_id).archived_at is not None


def test_ctrl_y_in_the_register_does_not_redo_a_step_of_the_issues_dock_behind_it(
    window: MainWindow, qtbot
) -> None:
    """Withdraw an issue (Delete) and undo it (Ctrl+Z); in the policy register, tabbed over
    the Issues dock, Ctrl+Y redoes nothing (Edit → Redo is greyed, naming no step); back in
    the Issues dock it redoes the withdrawal, and the status bar says so."""
    issues = _forward(window, qtbot, "issuesDock")
    qtbot.waitUntil(lambda: issues.model.rowCount() > 0)
    view = issues.view
    view.setCurrentIndex(issues.model.index(0, 0))
    issue = issues.current_row()
    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert _withdrawn(window, issue.id)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert not _withdrawn(window, issue.id)
    assert window.statusBar().currentMessage() == f"Undone: withdraw {issue.number}"

    register = _forward(window, qtbot, "policyRegisterDock")
    assert issues.out_of_sight()  # its tab is behind the register's now
    redo = window.dock_undo.redo_action
    assert not redo.isEnabled() and redo.text() == "&Redo"
    QTest.keyClick(QApplication.focusWidget() or register, Qt.Key.Key_Y, CTRL)
    assert not _withdrawn(window, issue.id)  # not redone out of sight

    _forward(window, qtbot, "issuesDock")
    assert redo.isEnabled() and redo.text() == f"&Redo withdraw {issue.number}"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL)
    assert _withdrawn(window, issue.id)
    assert window.statusBar().currentMessage() == f"Redone: withdraw {issue.number}"


def test_saving_the_profile_card_is_an_undo_step_as_the_account_form_is(
    window: MainWindow, qtbot
) -> None:
    """Typed in Strategy, Ctrl+S saves and says so; Ctrl+Z in the field takes the save back
    (the same step as F2's, "edit <name>"), Ctrl+Y puts it back, each said in the status
    bar."""
    form = window.card.profile_form
    qtbot.waitUntil(lambda: form.profile is not None)
    account = form.profile
    assert window.workspace is not None

    def strategy() -> str | None:
        with window.workspace.db.session() as session:
            return session.get(Account, account.id).strategy

    before = strategy()
    _focused(qtbot, form.strategy)
    form.strategy.selectAll()
    QTest.keyClicks(form.strategy, "Grow the car-wash range")
    QTest.keyClick(form.strategy, Qt.Key.Key_S, CTRL)
    assert strategy() == "Grow the car-wash range"
    assert account.name in window.statusBar().currentMessage()
    assert "saved" in window.statusBar().currentMessage()
    assert window.dock_undo.undo_action.text() == "&Undo " + account_undo_text("edit", account.name)

    QTest.keyClick(form.strategy, Qt.Key.Key_Z, CTRL)
    assert strategy() == before
    qtbot.waitUntil(lambda: form.strategy.toPlainText() == (before or ""))
    assert window.statusBar().currentMessage() == f"Undone: edit {account.name}"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL)
    assert strategy() == "Grow the car-wash range"
    assert window.statusBar().currentMessage() == f"Redone: edit {account.name}"


def test_ctrl_z_in_the_card_undoes_the_typing_first_and_a_save_only_over_nothing_typed(
    window: MainWindow, qtbot
) -> None:
    """Ctrl+Z in a field with typing of its own undoes that typing; in a field without,
    while something typed elsewhere in the card is not saved, it does nothing (never a save
    under unsaved typing); once nothing is left unsaved (Revert), it takes the save back."""
    form = window.card.profile_form
    qtbot.waitUntil(lambda: form.profile is not None)
    account_id = form.profile.id
    assert window.workspace is not None

    def notes() -> str | None:
        with window.workspace.db.session() as session:
            return session.get(Account, account_id).notes

    before = notes()
    _focused(qtbot, form.notes)
    form.notes.selectAll()
    QTest.keyClicks(form.notes, "Ask for the new price list")
    QTest.keyClick(form.notes, Qt.Key.Key_S, CTRL)
    assert notes() == "Ask for the new price list"
    QTest.keyClicks(form.notes, " in May")
    QTest.keyClick(form.notes, Qt.Key.Key_Z, CTRL)  # the typing of " in May" goes
    assert form.notes.toPlainText() == "Ask for the new price list"
    assert notes() == "Ask for the new price list"

    QTest.keyClicks(form.notes, " soon")
    _focused(qtbot, form.strategy)
    QTest.keyClick(form.strategy, Qt.Key.Key_Z, CTRL)  # " soon" is not saved: nothing
    assert notes() == "Ask for the new price list"
    assert "soon" in form.notes.toPlainText()

    form.revert()
    QTest.keyClick(form.strategy, Qt.Key.Key_Z, CTRL)  # nothing unsaved: the save goes
    assert notes() == before


def test_an_alert_dismissed_with_delete_comes_back_with_ctrl_z(window: MainWindow, qtbot) -> None:
    """Delete → Dismiss alert → Dismiss; Ctrl+Z shows the alert again (no Show dismissed →
    Restore needed), Ctrl+Y dismisses it again with the same reason."""
    alerts = _forward(window, qtbot, "alertsDock")
    qtbot.waitUntil(lambda: alerts.model.rowCount() > 0)
    view = alerts.view
    view.setCurrentIndex(alerts.model.index(0, 0))
    alert = alerts.selected_alert()
    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    dialog = alerts.findChild(DismissDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setPlainText("Customer agreed a new date by phone")
    dialog.accept()
    assert alerts.model.row_of(alert.key) is None
    assert alert.key in alerts.service.dismissals()

    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert alert.key not in alerts.service.dismissals()
    qtbot.waitUntil(lambda: alerts.model.row_of(alert.key) is not None)
    assert window.statusBar().currentMessage().startswith("Undone: dismiss the alert")

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, CTRL)
    kept = alerts.service.dismissals().get(alert.key)
    assert kept is not None and kept.reason == "Customer agreed a new date by phone"
    qtbot.waitUntil(lambda: alerts.model.row_of(alert.key) is None)


def test_undoing_a_card_save_of_another_account_brings_that_account_back_into_the_card(
    window: MainWindow, qtbot
) -> None:
    """Saved on account A, then account B chosen: Ctrl+Z in the card takes A's save back and
    the card (its Profile tab) and the tree's selection go to A, showing the values put back,
    the status bar naming what was undone — even with the tree grouped by territory, where
    A's row was not read yet; Ctrl+Y from B's Contacts tab shows A with the save redone."""
    form = window.card.profile_form
    qtbot.waitUntil(lambda: form.profile is not None)
    first = form.profile
    assert window.workspace is not None
    before = first.strategy or ""
    _focused(qtbot, form.strategy)
    form.strategy.selectAll()
    QTest.keyClicks(form.strategy, "Grow the car-wash range")
    QTest.keyClick(form.strategy, Qt.Key.Key_S, CTRL)

    tree = window.docks["accountTreeDock"]
    tree.grouping.setCurrentIndex(TERRITORY)  # A's row is not read until its area opens
    with window.workspace.db.session() as session:
        other = session.scalars(
            select(Account).where(Account.id != first.id, Account.archived_at.is_(None))
        ).first()
    window.current.set(other.id)
    qtbot.waitUntil(lambda: form.profile is not None and form.profile.id == other.id)
    _focused(qtbot, form.strategy)
    QTest.keyClick(form.strategy, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.current.id == first.id)
    qtbot.waitUntil(lambda: form.profile is not None and form.profile.id == first.id)
    assert form.strategy.toPlainText() == before
    assert window.card.shown_profile is not None and window.card.shown_profile.id == first.id
    assert tree.model.account_id(tree.view.currentIndex()) == first.id
    assert window.statusBar().currentMessage() == f"Undone: edit {first.name}"

    window.current.set(other.id)
    window.card.tabs.setCurrentIndex(list(window.card.pages).index("contacts"))
    _focused(qtbot, tree.view)
    QTest.keyClick(tree.view, Qt.Key.Key_Y, CTRL)
    qtbot.waitUntil(lambda: form.profile is not None and form.profile.id == first.id)
    assert form.strategy.toPlainText() == "Grow the car-wash range"
    assert tree.model.account_id(tree.view.currentIndex()) == first.id
    assert window.statusBar().currentMessage() == f"Redone: edit {first.name}"
