"""The price-policy and rebate register dock: forms, the approval workflow, late entries,
filters, history and undo — the way a manager uses them."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QPushButton

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, RebateKind, RebateStatus
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.domain.rebates import RebateTerms, Tier, rebate_for
from acct_desktop.domain.register_workflow import Transition
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.decision_dialog import DecisionDialog
from acct_desktop.gui.docks.policy_register import LateEntryChanged, PolicyRegisterDock
from acct_desktop.gui.labels import format_day, format_decimal
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.issues import IssueService
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.rebate_records import RebateDraft, RebateInvalid, RebateRecords
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

EVERYTHING = PageRequest(0, 100_000)
LATE_COLUMN = 9  # of REBATE_COLUMNS
SAVE, CANCEL, OK = (
    QDialogButtonBox.StandardButton.Save,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Ok,
)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    # The demo's "today", so what is late or ending soon does not depend on the test date.
    ws.issues = IssueService(ws.db, today=lambda: DEMO_TODAY)
    ws.policy_records = PolicyRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    ws.rebate_records = RebateRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace: Workspace) -> PolicyRegisterDock:
    register = PolicyRegisterDock(CurrentAccount())
    register.undo_stack = QUndoStack(register)
    qtbot.addWidget(register)
    register.resize(1300, 500)
    register.show()
    register.set_workspace(workspace)
    register.commands.confirm = lambda _title, _text: True  # "Enter it as a draft?" — yes
    yield register
    register.set_workspace(None)


@pytest.fixture
def account_id(workspace: Workspace):
    return workspace.accounts.busiest_account_id()


def click(qtbot, dialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def select(dock: PolicyRegisterDock, kind: str, record_id) -> None:
    dock.show_kind(kind)
    assert dock.select_record(kind, record_id)


def type_tier(qtbot, form, threshold: str, rate: str) -> None:
    """Click "Add tier" and type both cells the way a user does (Tab, then Enter)."""
    qtbot.mouseClick(form.tiers.add_button, Qt.MouseButton.LeftButton)
    view = form.tiers.view
    for text, key in ((threshold, Qt.Key.Key_Tab), (rate, Qt.Key.Key_Return)):
        editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
        editor.setText(text)
        qtbot.keyClick(editor, key)
        qtbot.waitUntil(lambda e=editor: not shiboken6.isValid(e) or not e.isVisible())


def policy_draft(account_id, **changes) -> PolicyDraft:
    values = dict(
        name="Test net price",
        scope=PolicyScope.ACCOUNT,
        account_id=account_id,
        valid_from=DEMO_TODAY,
        currency="EUR",
        guide_price=Decimal("12.50"),
    )
    values.update(changes)
    return PolicyDraft(**values, rule_kind=RuleKind.FIXED)


def late_rebate(workspace: Workspace, account_id, days_late: int):
    draft = RebateDraft(
        account_id=account_id,
        kind=RebateKind.WHOLE_VOLUME_TIERS,
        period_start=DEMO_TODAY.replace(month=1, day=1),
        period_end=DEMO_TODAY.replace(month=12, day=31),
        currency="EUR",
        signed_on=DEMO_TODAY - timedelta(days=days_late),
        tiers=((Decimal(0), Decimal(1)), (Decimal(100_000), Decimal(2))),
    )
    return workspace.rebate_records.create(draft).agreement_id


# -- listing -------------------------------------------------------------------------------


def test_both_registers_are_listed_with_counts_and_late_entries_said_in_words(
    dock, workspace, qtmodeltester
):
    for model in (dock.policies, dock.rebates):
        qtmodeltester.check(model)
    policies = workspace.policies.price_policies(None, EVERYTHING)
    rebates = workspace.policies.rebate_agreements(None, EVERYTHING)
    assert dock.policies.rowCount() == len(policies) > 0
    assert dock.tabs.tabText(0) == f"Price policies ({len(policies)})"
    late = [r for r, row in enumerate(dock.rebates.rows()) if row.entered_late]
    assert late, "the demo has agreements entered late"
    assert dock.tabs.tabText(1) == f"Rebate agreements ({len(rebates)}) · {len(late)} late"
    row = dock.rebates.rows()[late[0]]
    index = dock.rebates.index(late[0], LATE_COLUMN)
    days = (row.entered_on - row.signed_on).days
    # as the alert says it: days from signing, never "Late · N days" (read as past the limit)
    assert dock.rebates.data(index) == f"{days} days after signing"
    assert dock.rebates.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(
        TONE_COLOURS["overdue"]
    )


def test_filters_narrow_the_lists_as_the_service_counts(dock, workspace, qtbot):
    dock.only_current.setChecked(False)
    policies = workspace.policies.price_policies(None, EVERYTHING)
    bar = dock.policy_filters
    bar.status.setCurrentIndex(bar.status.findData(PolicyStatus.ACTIVE.value))
    active = [p for p in policies if p.status is PolicyStatus.ACTIVE]
    assert 0 < dock.policies.rowCount() == len(active) < len(policies)
    bar.scope.setCurrentIndex(bar.scope.findData(PolicyScope.ACCOUNT.value))
    mine = [p for p in active if p.scope is PolicyScope.ACCOUNT]
    assert 0 < dock.policies.rowCount() == len(mine) < len(active)
    bar.scope.setCurrentIndex(0)
    bar.expiring.setValue(60)
    soon = DEMO_TODAY + timedelta(days=60)
    ending = [p for p in active if p.valid_to is not None and DEMO_TODAY <= p.valid_to <= soon]
    assert dock.policies.rowCount() == len(ending)
    assert {row.id for row in dock.policies.rows()} == {p.id for p in ending}
    bar.expiring.setValue(0)
    bar.status.setCurrentIndex(0)
    assert dock.policies.rowCount() == len(policies)

    rebates = workspace.policies.rebate_agreements(None, EVERYTHING)
    dock.show_kind("rebate")
    dock.rebate_filters.late_only.setChecked(True)
    late = [r for r in rebates if r.entered_late]
    assert 0 < dock.rebates.rowCount() == len(late) < len(rebates)
    dock.rebate_filters.late_only.setChecked(False)
    dock.rebate_filters.status.setCurrentIndex(
        dock.rebate_filters.status.findData(RebateStatus.CLOSED.value)
    )
    closed = [r for r in rebates if r.status is RebateStatus.CLOSED]
    assert 0 < dock.rebates.rowCount() == len(closed)

    dock.rebate_filters.status.setCurrentIndex(0)
    busiest = workspace.accounts.busiest_account_id()
    dock.current.set(busiest)
    dock.only_current.setChecked(True)
    applicable = workspace.policies.price_policies(busiest, EVERYTHING)
    assert dock.policies.rowCount() == len(applicable) < len(policies)


# -- rebates -------------------------------------------------------------------------------


def test_a_newly_signed_tiered_rebate_is_entered_through_the_form_as_a_draft(
    dock, workspace, account_id, qtbot
):
    dock.current.set(account_id)
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    assert form.account.value() == account_id  # the current account by default
    form.kind.setCurrentIndex(form.kind.findData(RebateKind.BANDED_TIERS))
    form.signed_on.setDate(QDate(DEMO_TODAY - timedelta(days=2)))
    form.signed_by.insert("采购总监 李明")
    type_tier(qtbot, form, "0", "1")
    type_tier(qtbot, form, "100,000", "2")
    type_tier(qtbot, form, "250,000", "3.5")
    assert form.tiers.model.texts() == [("0", "1"), ("100,000", "2"), ("250,000", "3.5")]
    click(qtbot, form, SAVE)  # the account's own agreement counts this year's sales too
    assert form.isVisible() and "the same sales would earn both rebates" in (
        form.errors["account_id"].text()
    )
    with qtbot.waitSignal(dock.register_changed) as signal:
        click(qtbot, form, SAVE)  # stacking meant: saved the second time
    assert not form.isVisible()
    created = signal.args[0].agreement_id
    row = dock.current_row("rebate")
    assert row.id == created  # listed and selected
    assert row.status is RebateStatus.DRAFT and row.kind is RebateKind.BANDED_TIERS
    assert row.tier_count == 3 and not row.entered_late
    draft, _status, _version = workspace.rebate_records.draft(created)
    assert draft.tiers == (
        (Decimal(0), Decimal(1)),
        (Decimal(100_000), Decimal(2)),
        (Decimal(250_000), Decimal("3.5")),
    )
    assert draft.signed_by == "采购总监 李明"
    assert dock.commands.submit_action.isEnabled()
    assert not dock.commands.approve_action.isEnabled()


def test_the_account_is_found_by_any_fragment_of_its_name(dock, workspace, qtbot):
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    assert form.account.value() is None  # no current account: the form asks for one
    click(qtbot, form, SAVE)
    assert "Choose the account" in form.errors["account_id"].text()
    name = next(
        row.account_name
        for row in workspace.policies.rebate_agreements(None, EVERYTHING)
        if any(ord(c) > 0x3000 for c in row.account_name)
    )
    form.account.insert(name[2:6])  # keyClicks cannot type CJK here
    hits = form.account.run_search()
    assert any(label.startswith(name) for _id, label in hits)
    popup = form.account.completer()
    row = next(i for i, (_id, label) in enumerate(hits) if label.startswith(name))
    popup.activated[QModelIndex].emit(popup.completionModel().index(row, 0))
    assert form.account.value() == hits[row][0]
    form.account.insert("x")  # changed after picking: no longer a chosen account
    assert form.account.value() is None
    form.reject()


def test_numbers_are_read_the_way_the_users_locale_writes_them(dock, account_id, qtbot):
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    previous = QLocale()
    QLocale.setDefault(german)
    try:
        dock.current.set(account_id)
        form = dock.commands.new_record()
        form.name.insert("Großhandel Netto")
        form.numbers["guide_price"].insert("1.234,50")
        form.numbers["max_discount_percent"].insert("7,5")
        with qtbot.waitSignal(dock.register_changed) as signal:
            click(qtbot, form, SAVE)
        saved = dock.commands.forms.policy_records.draft(signal.args[0].policy_id)[0]
        assert saved.guide_price == Decimal("1234.50")
        assert saved.max_discount_percent == Decimal("7.5")
        again = dock.commands.open_record()
        assert again.numbers["guide_price"].text() == "1.234,50"
        again.reject()
    finally:
        QLocale.setDefault(previous)


def test_the_preview_shows_the_rebate_for_a_typed_volume(dock, account_id, qtbot):
    dock.current.set(account_id)
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    for threshold, rate in (("0", "1"), ("100000", "2"), ("250000", "3")):
        form.tiers.add_tier(threshold, rate)
    form.preview.volume.setText("300,000")
    tiers = (Tier(Decimal(0), Decimal(1)), Tier(Decimal(100_000), Decimal(2)))
    tiers += (Tier(Decimal(250_000), Decimal(3)),)
    for kind in (RebateKind.WHOLE_VOLUME_TIERS, RebateKind.BANDED_TIERS):
        form.kind.setCurrentIndex(form.kind.findData(kind))
        expected = rebate_for(RebateTerms(kind, tiers, currency="EUR"), Decimal(300_000))
        assert form.preview.result == expected
        assert f"Rebate {format_decimal(expected.amount)} EUR" in form.preview.at_volume.text()
    form.preview.volume.setText("120000")
    banded = rebate_for(
        RebateTerms(RebateKind.BANDED_TIERS, tiers, currency="EUR"), Decimal(120_000)
    )
    assert form.preview.result == banded
    assert "next tier (3% from 250,000): 130,000 still to buy" in form.preview.at_volume.text()
    form.tiers.model.setData(form.tiers.model.index(2, 1), "3,x")
    assert form.preview.result is None and "Tier 3" in form.preview.at_volume.text()
    form.reject()


def test_a_growth_rebate_names_its_thresholds_and_its_agreed_baseline(dock, account_id, qtbot):
    dock.current.set(account_id)
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    header = form.tiers.model.headerData
    assert header(0, Qt.Orientation.Horizontal) == "From volume"
    form.kind.setCurrentIndex(form.kind.findData(RebateKind.GROWTH))
    assert header(0, Qt.Orientation.Horizontal) == "From growth"
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert "Agreed baseline" in labels and "Last year's volume" not in labels
    assert form.preview.last_year_label.text() == "agreed baseline"
    form.reject()


def test_the_preview_follows_the_account_sales_to_date_for_a_saved_agreement(
    dock, workspace, qtbot
):
    accruals = RebateAccrualService(workspace.db)
    active = next(
        a
        for a in accruals.accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
        if a.terms.kind is RebateKind.WHOLE_VOLUME_TIERS and a.volume_to_date > 0
    )
    dock.only_current.setChecked(False)
    draft = workspace.rebate_records.draft(active.facts.agreement_id)[0]
    copy = workspace.rebate_records.create(
        RebateDraft(**{**draft.__dict__, "number": "", "signed_on": DEMO_TODAY, "entered_on": None})
    )
    dock.reload()
    select(dock, "rebate", copy.agreement_id)
    form = dock.commands.open_record()
    to_date = form.preview.to_date
    assert to_date.volume_to_date == active.volume_to_date
    assert to_date.accrued_to_date == active.accrued_to_date
    for row in range(form.tiers.model.rowCount()):  # every tier at 9 %
        form.tiers.model.setData(form.tiers.model.index(row, 1), "9")
    changed = form.preview.to_date
    assert changed.accrued_to_date != active.accrued_to_date
    facts = accruals.sales_basis(copy.agreement_id, DEMO_TODAY)
    tiers = [Tier(t, r) for t, r in form.draft().tiers]
    terms = RebateTerms(RebateKind.WHOLE_VOLUME_TIERS, tiers, currency=draft.currency)
    assert changed.accrued_to_date == accruals.accrue(facts, terms).accrued_to_date
    form.reject()


def test_entered_late_appears_past_the_setting_and_goes_when_it_is_raised(
    dock, workspace, account_id, qtbot
):
    dock.current.set(account_id)
    agreement = late_rebate(workspace, account_id, days_late=20)
    dock.reload()
    select(dock, "rebate", agreement)
    row_number = dock.view("rebate").currentIndex().row()
    assert dock.late_days.value() == 7
    assert dock.rebates.data(dock.rebates.index(row_number, LATE_COLUMN)) == "20 days after signing"
    assert dock.current_row().entered_late
    with qtbot.waitSignal(dock.register_changed) as signal:
        dock.late_days.setValue(30)  # saved after a short pause
    assert signal.args[0] == LateEntryChanged(30)
    assert workspace.rebate_records.late_entry_days() == 30
    assert dock.current_row().id == agreement  # still selected
    assert not dock.current_row().entered_late
    assert dock.rebates.data(dock.view("rebate").currentIndex().siblingAtColumn(LATE_COLUMN)) == ""
    dock.late_days.setValue(10)
    dock.apply_late_days()
    assert dock.current_row().entered_late


# -- price policies and the workflow -------------------------------------------------------


def test_a_price_policy_is_entered_submitted_approved_and_its_history_kept(
    dock, workspace, account_id, qtbot, qtmodeltester
):
    dock.current.set(account_id)
    form = dock.commands.new_record()
    assert form.account.value() == account_id
    form.name.insert("Synth Pro 4 L · 2027 net price")
    form.numbers["guide_price"].insert("88.50")
    form.numbers["floor_price"].insert("80")
    form.numbers["max_discount_percent"].insert("5")
    form.product_side.setCurrentIndex(form.product_side.findData("product"))
    form.product.insert("PEO-001-4")
    hits = form.product.run_search()
    assert hits and hits[0][1].startswith("PEO-001-4L")
    popup = form.product.completer()
    popup.activated[QModelIndex].emit(popup.completionModel().index(0, 0))
    assert form.product.value() == hits[0][0]
    with qtbot.waitSignal(dock.register_changed) as signal:
        click(qtbot, form, SAVE)
    policy_id = signal.args[0].policy_id
    assert dock.current_row().id == policy_id
    assert dock.current_row().status is PolicyStatus.DRAFT
    assert dock.current_row().product == "PEO-001-4L"

    dock.commands.submit_action.trigger()
    assert dock.current_row().status is PolicyStatus.PENDING_APPROVAL
    assert dock.commands.approve_action.isEnabled()
    dock.commands.approve_action.trigger()
    dialog = dock.findChild(DecisionDialog)
    assert "becomes active" in dialog.consequence.text()
    # "tester" submitted it: approving it names who decided
    assert "say who approved it" in dialog.consequence.text()
    assert not dialog.approver.isHidden()
    dialog.reason.setPlainText("Agreed at the Q4 price review")
    click(qtbot, dialog, OK)
    assert dialog.isVisible() and "say who approved it" in dialog.problem.text()
    dialog.approver.setText("Wang Li, sales director, by phone")
    click(qtbot, dialog, OK)
    assert not dialog.isVisible()
    row = dock.current_row()
    assert row.id == policy_id and row.status is PolicyStatus.ACTIVE
    status_text = dock.policies.data(dock.view().currentIndex().siblingAtColumn(1))
    assert status_text == "Active"
    assert not dock.commands.approve_action.isEnabled()
    assert dock.commands.terminate_action.isEnabled()

    dock.commands.history_action.trigger()
    trail = dock.findChild(AuditTrailDialog)
    qtmodeltester.check(trail.model)
    rows = [trail.model.row_object(r) for r in range(trail.model.rowCount())]
    assert {r.actor for r in rows} == {"tester"}
    changes = [
        (trail.model.index(r, 2).data(), trail.model.index(r, 3).data())
        for r in range(trail.model.rowCount())
    ]
    entered = format_day(rows[-1].occurred_at.astimezone().date())
    assert changes == [  # newest first
        ("Reason", "Agreed at the Q4 price review"),
        ("Status", "Pending approval → Active"),
        ("Approved by", "— → Wang Li, sales director, by phone"),
        ("Status", "Draft → Pending approval"),
        ("Entered", entered),  # the day, not the code again (QA s19)
    ]


def test_approving_without_a_reason_is_refused_in_the_dialog(dock, workspace, account_id, qtbot):
    records = workspace.policy_records
    policy_id = records.create(policy_draft(account_id)).policy_id
    records.submit(policy_id)
    dock.current.set(account_id)
    select(dock, "policy", policy_id)
    dialog = dock.commands.decide(Transition.APPROVE)
    click(qtbot, dialog, OK)
    assert dialog.isVisible() and dialog.result_change is None
    assert not dialog.problem.isHidden()
    assert "Say why it is approved" in dialog.problem.text()
    assert records.draft(policy_id)[1] is PolicyStatus.PENDING_APPROVAL
    dialog.reason.setPlainText("   ")
    click(qtbot, dialog, OK)
    assert dialog.isVisible()
    note = dialog.findChild(QLabel, "decisionNote")
    assert "Undo (Ctrl+Z) does not reverse it" in note.text()


def test_an_active_policy_opens_read_only_and_says_why(dock, workspace, qtbot):
    dock.only_current.setChecked(False)
    active = next(r for r in dock.policies.rows() if r.status is PolicyStatus.ACTIVE)
    select(dock, "policy", active.id)
    assert "read-only" in dock.commands.edit_action.toolTip()
    assert not dock.commands.submit_action.isEnabled()
    assert "Only a draft record can be submitted" in dock.commands.submit_action.toolTip()
    form = dock.commands.open_record()
    draft, _status, version = workspace.policy_records.draft(active.id)
    with pytest.raises(EditRejected) as refused:
        workspace.policy_records.update(active.id, draft, version)
    banner = form.findChild(QLabel, "formBanner")
    assert banner.text() == str(refused.value)
    assert "can no longer be edited" in banner.text()
    assert form.buttons.button(SAVE) is None
    assert form.name.isReadOnly() and not form.scope.isEnabled()
    copy = form.findChild(QPushButton, "copyAsNew")
    assert copy is not None
    form.reject()


def test_copy_as_new_enters_a_draft_with_the_same_terms(dock, workspace, qtbot):
    dock.only_current.setChecked(False)
    active = next(
        r for r in dock.policies.rows() if r.status is PolicyStatus.ACTIVE and r.guide_price
    )
    select(dock, "policy", active.id)
    assert dock.commands.copy_action.isEnabled()
    form = dock.commands.copy_as_new()
    assert form.code.text() == ""
    assert form.name.text() == active.name
    click(qtbot, form, SAVE)  # the copy shares the original's days: said first
    assert f"{active.code} prices the same customers" in form.errors["valid_to"].text()
    with qtbot.waitSignal(dock.register_changed) as signal:
        click(qtbot, form, SAVE)
    copy = dock.current_row()
    assert copy.id == signal.args[0].policy_id != active.id
    assert copy.status is PolicyStatus.DRAFT and copy.guide_price == active.guide_price


# -- forms and undo ------------------------------------------------------------------------


def test_bad_input_is_shown_next_to_the_field_and_nothing_typed_is_lost(
    dock, workspace, account_id, qtbot
):
    dock.current.set(account_id)
    before = len(workspace.policies.price_policies(None, EVERYTHING))
    form = dock.commands.new_record()
    form.numbers["guide_price"].insert("12,3,4")
    form.currency.setText("E1")
    click(qtbot, form, SAVE)
    assert form.isVisible() and form.result_change is None
    assert not form.errors["guide_price"].isHidden()
    assert "is not a number" in form.errors["guide_price"].text()
    assert form.numbers["guide_price"].text() == "12,3,4"
    form.numbers["guide_price"].setText("12.34")
    form.numbers["floor_price"].insert("15")
    click(qtbot, form, SAVE)
    assert "Give the policy a name" in form.errors["name"].text()
    assert "three-letter code" in form.errors["currency"].text()
    assert "below the floor price" in form.errors["guide_price"].text()
    assert form.currency.text() == "E1" and form.numbers["floor_price"].text() == "15"
    assert len(workspace.policies.price_policies(None, EVERYTHING)) == before
    form.reject()

    dock.show_kind("rebate")
    rebate = dock.commands.new_record()
    rebate.tiers.add_tier("0", "1")
    rebate.tiers.add_tier("1000", "3,x")
    rebate.period_end.setDate(QDate(DEMO_TODAY.replace(month=1, day=1) - timedelta(days=1)))
    click(qtbot, rebate, SAVE)
    assert rebate.isVisible()
    assert "Tier 2" in rebate.errors["tiers"].text() and not rebate.errors["tiers"].isHidden()
    rebate.tiers.model.setData(rebate.tiers.model.index(1, 1), "3")
    click(qtbot, rebate, SAVE)
    assert "cannot end before it starts" in rebate.errors["period_end"].text()
    assert rebate.entered_on.isReadOnly()  # the register dates the entry, nobody types it
    assert rebate.tiers.model.texts() == [("0", "1"), ("1000", "3")]
    rebate.reject()


def test_an_edit_of_a_draft_is_undone_and_redone(dock, workspace, account_id, qtbot):
    records = workspace.policy_records
    policy_id = records.create(policy_draft(account_id)).policy_id
    dock.current.set(account_id)
    select(dock, "policy", policy_id)
    form = dock.commands.open_record()
    form.name.setText("Renamed net price")
    form.numbers["guide_price"].setText("13")
    click(qtbot, form, SAVE)
    assert records.draft(policy_id)[0].name == "Renamed net price"
    assert dock.current_row().id == policy_id
    assert dock.undo_stack.undoText() == f"edit {dock.current_row().code}"
    dock.undo_stack.undo()
    draft = records.draft(policy_id)[0]
    assert (draft.name, draft.guide_price) == ("Test net price", Decimal("12.50"))
    assert dock.current_row().name == "Test net price"
    dock.undo_stack.redo()
    assert records.draft(policy_id)[0].guide_price == Decimal(13)


def test_an_undo_refused_after_an_approval_is_said_in_the_users_language_and_shows_it(
    dock, workspace, account_id, qtbot, monkeypatch, speak
):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    records = workspace.policy_records
    policy_id = records.create(policy_draft(account_id)).policy_id
    dock.current.set(account_id)
    select(dock, "policy", policy_id)
    form = dock.commands.open_record()
    form.name.setText("Renamed net price")
    click(qtbot, form, SAVE)
    steps = dock.undo_stack.count()
    # meanwhile it is submitted and approved elsewhere: an active policy is not edited
    records.submit(policy_id)
    PolicyRecords(workspace.db, actor="director", today=lambda: DEMO_TODAY).approve(
        policy_id, "Agreed by phone"
    )
    speak("nl")
    dock.undo_stack.undo()
    assert said and "kan niet meer worden bewerkt" in said[0]  # Dutch, not English
    assert dock.undo_stack.count() == steps - 1 and not dock.undo_stack.canRedo()
    row = next(r for r in dock.policies.rows() if r.id == policy_id)
    assert row.status is PolicyStatus.ACTIVE  # the register read again


def test_the_signed_scan_is_attached_and_its_fingerprint_is_in_the_history(
    dock, workspace, account_id, tmp_path, qtbot
):
    agreement = late_rebate(workspace, account_id, days_late=1)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed agreement\n")
    dock.current.set(account_id)
    select(dock, "rebate", agreement)
    dock.commands.choose_scan = lambda: str(scan)
    with qtbot.waitSignal(dock.register_changed):
        dock.commands.scan_action.trigger()
    trail = dock.commands.show_history()
    texts = [trail.model.index(r, 3).data() for r in range(trail.model.rowCount())]
    assert any(t.startswith("signed.pdf sha256=") for t in texts)


def test_the_history_names_the_accounts_and_products_a_policy_was_moved_between(
    dock, workspace, account_id, qtbot
):
    # It showed their ids, "29906dee-acd5-… → 3c949fb5-c3b2-…" (QA s20); a product deleted
    # since reads as such, not as an id.
    from dataclasses import replace

    from sqlalchemy import select as query

    from acct_desktop.store import models as m

    records = workspace.policy_records
    with workspace.db.session() as session:
        other = session.scalars(query(m.Account).where(m.Account.id != account_id)).first()
        here = session.get(m.Account, account_id)
        gone = m.Product(
            sku="GONE-1", name="Discontinued 1 L", category="passenger_engine_oil", unit="L",
            pack_size=Decimal(1), pack_label="1 L", list_price=Decimal(9), cost=Decimal(5),
        )  # fmt: skip
        session.add(gone)
        oil = session.scalars(query(m.Product).order_by(m.Product.sku)).first()
    policy_id = records.create(policy_draft(account_id, product_id=gone.id)).policy_id
    draft, _status, version = records.draft(policy_id)
    records.update(policy_id, replace(draft, account_id=other.id, product_id=oil.id), version)
    with workspace.db.session() as session:
        session.delete(session.get(m.Product, gone.id))
    dock.current.set(other.id)
    select(dock, "policy", policy_id)
    trail = dock.commands.show_history()
    changes = {
        trail.model.index(r, 2).data(): trail.model.index(r, 3).data()
        for r in range(trail.model.rowCount())
    }
    assert changes["Account"] == f"{here.name} ({here.code}) → {other.name} ({other.code})"
    assert changes["Product"] == f"(deleted product) → {oil.sku} · {oil.name}"
    # two long names are read whole, on two lines, not cut off after the first
    view = trail.table.view
    qtbot.waitExposed(trail)
    row = next(
        r for r in range(trail.model.rowCount()) if trail.model.index(r, 2).data() == "Account"
    )
    assert view.fontMetrics().horizontalAdvance(changes["Account"]) > view.columnWidth(3)
    assert view.rowHeight(row) >= 2 * view.fontMetrics().lineSpacing()


def test_the_scan_button_stays_off_for_an_agreement_while_its_scan_is_attached(
    dock, workspace, account_id, tmp_path, qtbot
):
    # The button came back on for the agreement whose scan was still being stored as soon
    # as anything worked the actions out again (another row selected and this one again,
    # the register re-read): a second click attached the file twice.
    first = late_rebate(workspace, account_id, days_late=1)
    second = late_rebate(workspace, account_id, days_late=2)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed agreement\n")
    dock.background = BackgroundRunner(dock)
    dock.current.set(account_id)
    select(dock, "rebate", first)
    dock.commands.choose_scan = lambda: str(scan)
    # The one worker is busy with another job until the test lets it go, so the attach
    # waits in the background for as long as the test needs.
    hold = threading.Event()
    dock.background.submit(hold.wait, lambda _result: None)
    action = dock.commands.scan_action
    try:
        action.trigger()
        assert not action.isEnabled()
        select(dock, "rebate", second)
        assert action.isEnabled()  # another agreement's scan can be attached meanwhile
        select(dock, "rebate", first)
        assert not action.isEnabled()
        assert "being attached" in action.toolTip()
        dock.reload_kind("rebate")
        select(dock, "rebate", first)
        assert not action.isEnabled()
        action.trigger()  # the shortcut or the menu: nothing happens
    finally:
        with qtbot.waitSignal(dock.register_changed):
            hold.set()
    assert dock.background.wait()
    assert action.isEnabled()
    trail = dock.commands.show_history()
    texts = [trail.model.index(r, 3).data() for r in range(trail.model.rowCount())]
    assert sum(t.startswith("signed.pdf sha256=") for t in texts) == 1


def test_the_scan_button_comes_back_when_the_attach_fails(
    dock, workspace, account_id, tmp_path, qtbot
):
    agreement = late_rebate(workspace, account_id, days_late=1)
    dock.background = BackgroundRunner(dock)
    dock.current.set(account_id)
    select(dock, "rebate", agreement)
    complaints: list[str] = []
    dock.commands.complain = complaints.append
    dock.commands.choose_scan = lambda: str(tmp_path / "gone.pdf")  # no such file
    dock.commands.scan_action.trigger()
    assert not dock.commands.scan_action.isEnabled()
    qtbot.waitUntil(lambda: bool(complaints))
    assert dock.commands.scan_action.isEnabled()


def test_the_tiers_editor_model_passes_the_model_tester(dock, account_id, qtmodeltester):
    dock.current.set(account_id)
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    form.tiers.add_tier("0", "1")
    form.tiers.add_tier("5,000", "x")
    qtmodeltester.check(form.tiers.model)
    bad = form.tiers.model.index(1, 1)
    assert form.tiers.model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert form.tiers.model.data(bad, Qt.ItemDataRole.BackgroundRole) is not None
    form.reject()


# -- nothing typed is lost ----------------------------------------------------------------


def _kept(workspace: Workspace, form) -> dict:
    keeper = form.draft_keeper
    return workspace.form_drafts.get(keeper.form, keeper.key) or {}


def test_a_rebate_typed_but_not_saved_comes_back_with_its_tiers_after_a_crash(
    dock, workspace, account_id, qtbot
):
    dock.current.set(account_id)
    dock.show_kind("rebate")
    form = dock.commands.new_record()
    assert not form.restored
    form.kind.setCurrentIndex(form.kind.findData(RebateKind.BANDED_TIERS))
    form.signed_by.setText("Giám đốc mua hàng Trần Thị Mai")
    form.signed_by.textEdited.emit(form.signed_by.text())  # as typing does
    type_tier(qtbot, form, "0", "1")
    type_tier(qtbot, form, "100.000", "2,5")
    qtbot.waitUntil(lambda: len(_kept(workspace, form).get("field_tiers", [])) == 2, timeout=5_000)
    form.deleteLater()  # the app went down: no Save, no Cancel

    again = dock.commands.new_record()
    assert again.restored
    assert not again.form_error.isHidden() and "Restored" in again.form_error.text()
    assert again.kind.currentData() == RebateKind.BANDED_TIERS
    assert again.signed_by.text() == "Giám đốc mua hàng Trần Thị Mai"
    assert again.tiers.model.texts() == [("0", "1"), ("100.000", "2,5")]
    assert again.account.value() == account_id  # the picked account, not just its text
    again.tiers.model.setData(again.tiers.model.index(1, 0), "100000")
    again.tiers.model.setData(again.tiers.model.index(1, 1), "2.5")
    click(qtbot, again, SAVE)  # warned of the account's own agreement: Save again
    with qtbot.waitSignal(dock.register_changed):
        click(qtbot, again, SAVE)
    assert _kept(workspace, again) == {}  # saved: the draft is gone
    created = dock.current_row("rebate")
    assert created.tier_count == 2 and created.kind is RebateKind.BANDED_TIERS


def test_a_policy_edit_comes_back_after_a_crash_and_cancel_forgets_it(
    dock, workspace, account_id, qtbot
):
    policy_id = workspace.policy_records.create(policy_draft(account_id)).policy_id
    dock.current.set(account_id)
    select(dock, "policy", policy_id)
    form = dock.commands.open_record()
    form.name.setText("Nettoprijs motorolie 2027")
    form.name.textEdited.emit(form.name.text())
    qtbot.waitUntil(
        lambda: _kept(workspace, form).get("field_name") == "Nettoprijs motorolie 2027",
        timeout=5_000,
    )
    form.deleteLater()

    again = dock.commands.open_record()
    assert again.restored and again.name.text() == "Nettoprijs motorolie 2027"
    click(qtbot, again, CANCEL)
    assert _kept(workspace, again) == {}
    third = dock.commands.open_record()
    assert not third.restored and third.name.text() == "Test net price"
    third.reject()


@pytest.mark.parametrize("kind", ["policy", "rebate"])
def test_esc_keeps_what_was_typed_and_the_form_puts_it_back(
    dock, workspace, account_id, qtbot, kind: str
):
    """Esc closes the form as in the account, contact and issue forms: nothing saved,
    nothing lost — the same form opened again puts back what was typed (Cancel forgets)."""
    dock.current.set(account_id)
    dock.show_kind(kind)
    form = dock.commands.new_record()
    field = form.name if kind == "policy" else form.signed_by
    field.setFocus()
    qtbot.keyClicks(field, "Tran Thi Mai")
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # at once, before the typing's pause
    assert not form.isVisible()
    again = dock.commands.new_record()
    field = again.name if kind == "policy" else again.signed_by
    assert again.restored and field.text() == "Tran Thi Mai"
    assert "Restored" in again.form_error.text()
    click(qtbot, again, CANCEL)
    third = dock.commands.new_record()
    assert not third.restored
    third.reject()


def test_a_save_refused_because_a_colleague_saved_first_keeps_the_typing_through_cancel(
    dock, workspace, account_id, qtbot
):
    """The colleague's save wins; what I typed is not lost by pressing Cancel after the
    refusal (its sentence says so), and the form opened again puts it back over theirs."""
    records = workspace.policy_records
    policy_id = records.create(policy_draft(account_id)).policy_id
    dock.current.set(account_id)
    select(dock, "policy", policy_id)
    form = dock.commands.open_record()
    form.name.setText("Nettoprijs motorolie 2027")
    theirs, _status, version = records.draft(policy_id)
    records.update(policy_id, dataclasses.replace(theirs, guide_price=Decimal("14")), version)
    click(qtbot, form, SAVE)
    assert form.isVisible() and "Your text is kept" in form.form_error.text()
    click(qtbot, form, CANCEL)
    again = dock.commands.open_record()
    assert again.restored and again.name.text() == "Nettoprijs motorolie 2027"
    assert again.numbers["guide_price"].text() == "14.00"  # theirs, not the old 12.50
    click(qtbot, again, SAVE)
    saved = records.draft(policy_id)[0]
    assert (saved.name, saved.guide_price) == ("Nettoprijs motorolie 2027", Decimal(14))
    assert _kept(workspace, again) == {}


@pytest.mark.parametrize("language", ["nl", "vi"])
def test_choosing_a_formula_widens_the_open_form_rather_than_cutting_its_texts(
    dock, account_id, qtbot, speak, language: str
) -> None:
    """The formula's rows and explanation are wider than a fixed price's; in Dutch and
    Vietnamese the open form kept its width and cut "geen einddatum" and the explanation."""
    from PySide6.QtWidgets import QWidget

    from acct_desktop.domain.pricing_rules import RuleKind

    speak(language)
    dock.current.set(account_id)
    form = dock.commands.new_record()
    qtbot.waitExposed(form)
    form.rule_kind.setCurrentIndex(form.rule_kind.findData(RuleKind.FORMULA))
    qtbot.wait(10)
    assert form.width() >= form.layout().minimumSize().width()
    for widget in form.findChildren(QWidget):
        if widget.isVisible() and widget.parentWidget() is not None:
            right = widget.mapTo(form, widget.rect().topRight()).x()
            assert right <= form.width(), widget
    form.reject()


def test_vnd_amounts_typed_with_thousands_marks_are_whole_in_vietnamese(dock, account_id, qtbot):
    """'85,500' VND was read as 85.5 in Vietnamese (the comma is its decimal mark): in a
    currency without decimals a lone mark between thousands groups only groups them — a
    policy's prices, a rebate's thresholds and its agreed baseline; decimals are refused."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        dock.current.set(account_id)
        form = dock.commands.new_record()
        form.name.insert("Giá đại lý")
        form.currency.setText("VND")
        form.numbers["guide_price"].insert("85,500")
        form.numbers["floor_price"].insert("80.000")
        form.numbers["max_discount_percent"].insert("7,5")
        with qtbot.waitSignal(dock.register_changed) as signal:
            click(qtbot, form, SAVE)
        saved = dock.commands.forms.policy_records.draft(signal.args[0].policy_id)[0]
        assert (saved.guide_price, saved.floor_price) == (Decimal(85500), Decimal(80000))
        assert saved.max_discount_percent == Decimal("7.5")
        dock.show_kind("rebate")
        rebate = dock.commands.new_record()
        rebate.currency.setText("VND")
        rebate.kind.setCurrentIndex(rebate.kind.findData(RebateKind.GROWTH))
        rebate.tiers.add_tier("0", "1")
        rebate.tiers.add_tier("50,000,000", "2")
        rebate.baseline.setText("200,000,000")
        rebate.update_preview()
        draft = rebate.draft()
        assert [t for t, _r in draft.tiers] == [Decimal(0), Decimal(50_000_000)]
        assert draft.baseline_amount == Decimal(200_000_000)
        rebate.preview.volume.setText("300,000,000")  # the what-if: sales value in VND
        assert rebate.preview.result is not None
        assert rebate.preview.result.amount == Decimal(2_000_000)  # 2 % of 100,000,000 growth
        rebate.baseline.setText("200,5")
        with pytest.raises(RebateInvalid) as refused:
            rebate.draft()
        assert "VND" in refused.value.problems["baseline_amount"]
        rebate.reject()
    finally:
        QLocale.setDefault(previous)
