"""Ctrl+Z / Ctrl+Y undo and redo in the dock that has the focus (each dock its own
history; the profile card shares the account tree's), say in the status bar what they did,
and reach the steps a manager expects: a save of the profile card, an alert dismissed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.main_window import MainWindow
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
