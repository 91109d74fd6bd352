"""Deleting a draft in the register by keyboard: Delete on a draft that was never submitted
asks (naming it), takes it out, and Edit → Undo brings it back; on anything else the key
does nothing and the action says why. The rule itself is the services' (unit tests in
tests/unit/test_register_draft_deletion.py)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from acct_desktop.domain.enums import PolicyStatus
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.rebate_form import new_rebate_draft
from acct_desktop.gui.docks.policy_register import PolicyRegisterDock
from acct_desktop.services.issues import IssueService
from acct_desktop.services.policy_records import PolicyRecords
from acct_desktop.services.rebate_records import RebateRecords
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.gui.test_register_dock import late_rebate, policy_draft


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    ws.issues = IssueService(ws.db, today=lambda: DEMO_TODAY)
    ws.policy_records = PolicyRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    ws.rebate_records = RebateRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace: Workspace):  # type: ignore[no-untyped-def]
    register = PolicyRegisterDock(CurrentAccount())
    register.undo_stack = QUndoStack(register)
    qtbot.addWidget(register)
    register.resize(1300, 500)
    register.show()
    register.set_workspace(workspace)
    register.current.set(workspace.accounts.busiest_account_id())
    register.asked = []

    def agree(title: str, text: str) -> bool:
        register.asked.append((title, text))
        return True

    register.commands.confirm_delete = agree
    yield register
    register.set_workspace(None)


def _chosen(dock: PolicyRegisterDock, qtbot, kind: str, record_id):  # type: ignore[no-untyped-def]
    """The record's row chosen, the focus on its table."""
    dock.show_kind(kind)
    assert dock.select_record(kind, record_id)
    view = dock.view(kind)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def _listed(dock: PolicyRegisterDock, kind: str) -> set:
    return {row.id for row in dock.model(kind).rows()}


def test_delete_on_a_draft_asks_naming_it_and_undo_brings_it_back(dock, workspace, qtbot) -> None:
    account_id = dock.current.id
    policy_id = workspace.policy_records.create(policy_draft(account_id)).policy_id
    dock.reload()
    view = _chosen(dock, qtbot, "policy", policy_id)
    code = dock.current_row().code
    assert dock.commands.delete_action.isEnabled()
    with qtbot.waitSignal(dock.register_changed):
        QTest.keyClick(view, Qt.Key.Key_Delete)
    ((title, text),) = dock.asked
    assert title == "Delete draft"
    assert f"{code} · Test net price" in text and "Undo" in text
    assert policy_id not in _listed(dock, "policy")
    assert dock.undo_stack.undoText() == f"Delete draft {code}"
    dock.undo_stack.undo()
    assert policy_id in _listed(dock, "policy")
    assert dock.current_row().id == policy_id  # chosen again
    dock.undo_stack.redo()
    assert policy_id not in _listed(dock, "policy")


def test_delete_on_a_rebate_draft_takes_it_out(dock, workspace, qtbot) -> None:
    agreement_id = late_rebate(workspace, dock.current.id, 3)
    dock.reload()
    view = _chosen(dock, qtbot, "rebate", agreement_id)
    number = dock.current_row().number
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert number in dock.asked[0][1]
    assert agreement_id not in _listed(dock, "rebate")


def test_delete_on_an_active_or_submitted_policy_does_nothing_and_says_why(
    dock, workspace, qtbot
) -> None:
    dock.only_current.setChecked(False)
    active = next(r for r in dock.policies.rows() if r.status is PolicyStatus.ACTIVE)
    view = _chosen(dock, qtbot, "policy", active.id)
    action = dock.commands.delete_action
    assert not action.isEnabled()
    assert action.toolTip().startswith(f"{active.code} is active and stays in the register")
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert dock.asked == [] and active.id in _listed(dock, "policy")

    records = workspace.policy_records
    submitted = records.create(policy_draft(dock.current.id)).policy_id
    records.submit(submitted)
    dock.reload()
    view = _chosen(dock, qtbot, "policy", submitted)
    assert not action.isEnabled()
    assert "is pending approval and stays in the register" in action.toolTip()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert dock.asked == [] and submitted in _listed(dock, "policy")


def test_the_question_keeps_the_draft_unless_delete_is_chosen(dock, workspace, qtbot) -> None:
    """The real question names the draft, and its default button (Enter) keeps it."""
    policy_id = workspace.policy_records.create(policy_draft(dock.current.id)).policy_id
    dock.reload()
    view = _chosen(dock, qtbot, "policy", policy_id)
    dock.commands.confirm_delete = dock.commands._ask_delete
    seen: list[str] = []

    def answer() -> None:  # once the question is up: its default, as Enter would choose
        box = dock.findChild(QMessageBox)
        if box is None or not box.isVisible():
            return
        watch.stop()
        seen.extend([box.text(), box.defaultButton().text()])
        box.defaultButton().click()

    watch = QTimer(dock, interval=10)
    watch.timeout.connect(answer)
    watch.start()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    watch.stop()
    assert seen and "Delete the draft price policy" in seen[0]
    assert seen[1] == "Keep it"
    assert policy_id in _listed(dock, "policy")


def test_delete_draft_is_in_the_right_click_menu(dock) -> None:
    """The menu lists ``row_actions``; the toolbar leaves it out (no room in Dutch)."""
    assert dock.commands.delete_action in dock.commands.row_actions()
    assert dock.commands.delete_action not in dock.toolbar.actions()


@pytest.mark.parametrize("kind", ["policy", "rebate"])
def test_the_save_question_says_a_new_draft_can_still_be_deleted(dock, workspace, kind) -> None:
    """The question before a new draft is entered says what is true: until it is submitted
    it can be deleted (Delete, undoable, above) — not that nothing can be undone."""
    asked: list[str] = []
    forms = dock.commands.forms
    context = forms.context(True)
    account_id = dock.current.id
    if kind == "policy":
        draft = policy_draft(account_id)
        form = forms._new_policy(draft, context, lambda _t, q: asked.append(q), "New", "k")
    else:
        draft = new_rebate_draft(account_id, "EUR", DEMO_TODAY)
        draft = replace(draft, tiers=((Decimal(0), Decimal(1)),))
        form = forms._new_rebate(draft, context, lambda _t, q: asked.append(q), "New", "k")
    form.save()
    form.save()  # a warning the first time (an overlap) is accepted the second
    assert asked, form.errors
    question = asked[-1]
    assert "cannot be undone" not in question
    assert "delete it (and undo that)" in question and "once submitted" in question
    form.reject()
