"""The register dock says what a policy will actually price: next to its validity on
Save, after Submit, in the approve dialog (which refuses a policy that would never price
unless ticked), and Check register lists the register's problems and opens each policy."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.domain.register_workflow import Transition
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.policy_form import PolicyFormDialog
from acct_desktop.gui.docks.policy_register import PolicyRegisterDock
from acct_desktop.services.issues import IssueService
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.rebate_records import RebateRecords
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

OK = QDialogButtonBox.StandardButton.Ok
START = DEMO_TODAY + timedelta(days=10)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    ws.issues = IssueService(ws.db, today=lambda: DEMO_TODAY)
    ws.policy_records = PolicyRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    ws.rebate_records = RebateRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    yield ws
    ws.close()


@pytest.fixture
def complaints() -> list[str]:
    return []


@pytest.fixture
def dock(qtbot, workspace: Workspace, complaints) -> PolicyRegisterDock:
    register = PolicyRegisterDock(CurrentAccount())
    register.undo_stack = QUndoStack(register)
    qtbot.addWidget(register)
    register.resize(1300, 500)
    register.show()
    register.set_workspace(workspace)
    register.commands.confirm = lambda _title, _text: True
    register.commands.complain = complaints.append
    yield register
    register.set_workspace(None)


@pytest.fixture
def account_id(workspace: Workspace):
    return workspace.accounts.busiest_account_id()


def deal(account_id, price: str, start, end) -> PolicyDraft:
    return PolicyDraft(
        name=f"deal {price}",
        scope=PolicyScope.ACCOUNT,
        account_id=account_id,
        valid_from=start,
        valid_to=end,
        currency="EUR",
        rule_kind=RuleKind.FIXED,
        guide_price=Decimal(price),
    )


@pytest.fixture
def older(workspace, account_id):
    records = workspace.policy_records
    policy_id = records.create(deal(account_id, "10", START, START + timedelta(days=400))).policy_id
    records.submit(policy_id)
    records.approve(policy_id, "agreed", approved_by="Sales director")
    return records.draft(policy_id)[0].code


def test_save_says_next_to_the_validity_which_policy_wins_and_saves_the_second_time(
    dock, workspace, account_id, older, qtbot
):
    dock.current.set(account_id)
    inner = deal(account_id, "9", START + timedelta(days=20), START + timedelta(days=200))
    form = dock.commands.forms._new_policy(
        inner, dock.commands.forms.context(True), lambda *_: True, "New", "k"
    )
    assert isinstance(form, PolicyFormDialog)
    form.save()
    assert form.result_change is None and form.isVisible()
    said = form.errors["valid_to"].text()
    assert said.startswith(f"{older} prices the same customers and products from ")
    assert "would never price anything" in said and said.endswith("Save again to keep it as it is.")
    form.save()  # the same draft again: saved as it is
    assert form.result_change is not None
    policy_id = form.result_change.policy_id
    dock.select_record("policy", policy_id)
    dock.commands.submit_action.trigger()
    assert dock.current_row().status is PolicyStatus.PENDING_APPROVAL


def test_approve_says_what_prices_and_refuses_until_ticked(
    dock, workspace, account_id, older, complaints, qtbot
):
    records = workspace.policy_records
    inner = deal(account_id, "9", START + timedelta(days=20), START + timedelta(days=200))
    policy_id = records.create(inner).policy_id
    dock.current.set(account_id)
    dock.select_record("policy", policy_id)
    dock.commands.submit_action.trigger()
    assert complaints and complaints[-1].startswith(f"{older} prices the same customers")
    dialog = dock.commands.decide(Transition.APPROVE)
    text = dialog.consequence.text()
    assert "would become active but never price anything" in text
    assert f"{older} prices the same customers and products" in text
    assert not dialog.confirm.isHidden()
    dialog.reason.setPlainText("winter deal")
    dialog.approver.setText("Wang Li, sales director")  # "tester" submitted it
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert dialog.result_change is None and "would never price anything" in dialog.problem.text()
    assert records.draft(policy_id)[1] is PolicyStatus.PENDING_APPROVAL
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert records.draft(policy_id)[1] is PolicyStatus.ACTIVE


def test_check_register_lists_the_problems_off_the_ui_thread_and_opens_a_policy(
    dock, workspace, account_id, older, qtbot
):
    records = workspace.policy_records
    inner = deal(account_id, "9", START + timedelta(days=20), START + timedelta(days=200))
    policy_id = records.create(inner).policy_id
    records.submit(policy_id)
    records.approve(policy_id, "winter deal", True, "Sales director")
    code = records.draft(policy_id)[0].code
    dock.background = BackgroundRunner(dock)
    dock.show_kind("policy")
    assert dock.commands.check_action.isEnabled() and dock.commands.check_action.isVisible()
    dialog = dock.commands.check_register()
    qtbot.waitUntil(lambda: dialog.problems.count() > 0)
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert f"overlap — {older} " in lines[0]
    never = next(i for i, line in enumerate(lines) if line.startswith("never prices — "))
    assert code in lines[never]
    assert "problem" in dialog.summary.text()
    form = None
    dialog.problems.itemActivated.emit(dialog.problems.item(never))
    form = dock.findChildren(PolicyFormDialog)[-1]
    assert code in form.windowTitle()
    assert dock.current_row().id == policy_id
