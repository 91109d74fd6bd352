"""Saving an agreement whose accounts, products and days another live agreement counts too
warns next to the account, naming the other and the sales both count; Save again enters it
(stacking can be meant) and the audit trail keeps the accepted overlap."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from acct_desktop.domain.enums import RebateKind
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.rebate_form import new_rebate_draft
from acct_desktop.gui.docks.policy_register import PolicyRegisterDock
from acct_desktop.services.issues import IssueService
from acct_desktop.services.policy_records import PolicyRecords
from acct_desktop.services.rebate_records import RebateDraft, RebateRecords
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models import Account, AuditEvent
from tests.conftest import DEMO_TODAY


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
    register.show()
    register.set_workspace(workspace)
    register.complaints = []
    register.commands.complain = register.complaints.append
    yield register
    register.set_workspace(None)


def test_an_agreement_under_a_head_office_agreement_warns_and_keeps_the_acceptance(
    dock, workspace
) -> None:
    with workspace.db.session() as session:
        head, branch, code = session.execute(
            select(Account.parent_id, Account.id, Account.code).where(
                Account.parent_id.is_not(None)
            )
        ).first()
    terms = ((Decimal(0), Decimal(1)),)
    parent = RebateDraft(
        account_id=head, kind=RebateKind.WHOLE_VOLUME_TIERS, period_start=date(2099, 1, 1),
        period_end=date(2099, 12, 31), currency="EUR", signed_on=DEMO_TODAY, tiers=terms,
    )  # fmt: skip
    number = workspace.rebate_records.create(parent).agreement_id
    with workspace.db.session() as session:
        from acct_desktop.store.models import RebateAgreement

        number = session.get(RebateAgreement, number).number
    forms = dock.commands.forms
    draft = replace(
        new_rebate_draft(branch, "EUR", DEMO_TODAY),
        period_start=date(2099, 3, 1),
        period_end=date(2100, 2, 28),
        tiers=terms,
    )
    asked: list[str] = []
    form = forms._new_rebate(draft, forms.context(True), lambda _t, q: asked.append(q) or True,
                             "New", "k")  # fmt: skip
    form.save()
    assert form.result_change is None and not asked
    said = form.errors["account_id"].text()
    assert said.startswith(f"{number} (draft) also counts the sales of {code} ")
    assert "from 2099-03-01 to 2099-12-31" in said or "2099" in said
    assert "the same sales would earn both rebates" in said
    assert said.endswith("Save again to keep it as it is.")
    form.save()
    assert form.result_change is not None
    with workspace.db.session() as session:
        kept = session.scalar(
            select(AuditEvent.new_value).where(
                AuditEvent.entity_id == form.result_change.agreement_id,
                AuditEvent.field == "overlap accepted",
            )
        )
    assert kept is not None and number in kept and "both rebates" in kept


def test_no_warning_where_no_other_agreement_counts_the_sales(dock, workspace) -> None:
    with workspace.db.session() as session:
        lone = session.scalar(select(Account.id).where(Account.parent_id.is_(None)).limit(1))
    forms = dock.commands.forms
    draft = replace(
        new_rebate_draft(lone, "EUR", DEMO_TODAY),
        period_start=date(2101, 1, 1),
        period_end=date(2101, 12, 31),
        tiers=((Decimal(0), Decimal(1)),),
    )
    form = forms._new_rebate(draft, forms.context(True), lambda *_: True, "New", "k")
    form.save()
    assert form.result_change is not None


def records_number(workspace, agreement_id) -> str:
    from acct_desktop.store.models import RebateAgreement

    with workspace.db.session() as session:
        return session.get(RebateAgreement, agreement_id).number


def accepted(workspace, agreement_id) -> str | None:
    with workspace.db.session() as session:
        return session.scalar(
            select(AuditEvent.new_value).where(
                AuditEvent.entity_id == agreement_id, AuditEvent.field == "overlap accepted"
            )
        )


def _head_and_branch(workspace):
    with workspace.db.session() as session:
        return session.execute(
            select(Account.parent_id, Account.id, Account.code).where(
                Account.parent_id.is_not(None)
            )
        ).first()


def test_submitting_and_editing_the_scope_say_the_overlap_too(dock, workspace) -> None:
    from acct_desktop.domain.enums import RebateStatus

    head, branch, code = _head_and_branch(workspace)
    records, terms = workspace.rebate_records, ((Decimal(0), Decimal(1)),)
    one = RebateDraft(
        account_id=head, kind=RebateKind.WHOLE_VOLUME_TIERS, period_start=date(2099, 1, 1),
        period_end=date(2099, 12, 31), currency="EUR", signed_on=DEMO_TODAY, tiers=terms,
    )  # fmt: skip
    first = records.create(one).agreement_id
    later = replace(one, account_id=branch, period_start=date(2100, 1, 1),
                    period_end=date(2100, 12, 31))  # fmt: skip
    second = records.create(later).agreement_id  # no overlap: another year
    assert records.overlaps_of(second) == []
    dock.reload()
    dock.show_kind("rebate")
    assert dock.select_record("rebate", second)
    form = dock.commands.forms.open("rebate", dock.current_row(), lambda *_: True)
    form.note.setPlainText("terms only")
    form.save()  # the same scope: saved without a word about overlaps
    assert form.result_change is not None
    form = dock.commands.forms.open("rebate", dock.current_row(), lambda *_: True)
    form.period_start.setDate(QDate(2099, 6, 1))  # now inside the head office's year
    form.save()
    assert form.result_change is None
    said = form.errors["account_id"].text()
    assert said.startswith(f"{records_number(workspace, first)} (draft) also counts the sales")
    assert code in said
    form.save()
    assert form.result_change is not None
    assert accepted(workspace, second)
    dock.reload()
    assert dock.select_record("rebate", second)
    dock.commands.submit_action.trigger()
    assert records.draft(second)[1] is RebateStatus.PENDING_APPROVAL
    assert dock.complaints and "the same sales would earn both rebates" in dock.complaints[-1]
    assert records.overlaps_of(first)  # seen from the head office's agreement too
