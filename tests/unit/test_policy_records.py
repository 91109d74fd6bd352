"""Entering price policies and their approval workflow, every change audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.domain.register_workflow import Transition, TransitionRefused, target_status
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit import history
from acct_desktop.services.policy_records import PolicyDraft, PolicyInvalid, PolicyRecords
from acct_desktop.services.register_moves import ApproverNeeded
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def records(workspace) -> PolicyRecords:
    return PolicyRecords(workspace.db, actor="jan.devries", today=lambda: DEMO_TODAY)


def a_product(ws: Workspace):
    with ws.db.session() as session:
        return session.scalars(select(m.Product).order_by(m.Product.sku)).first().id


def deal(ws: Workspace, **changes) -> PolicyDraft:
    account = ws.tree.children(None, 0, 1)[0]
    values = dict(
        name="Deal 40 cartons",
        scope=PolicyScope.ACCOUNT,
        account_id=account.id,
        product_id=a_product(ws),
        valid_from=DEMO_TODAY,
        valid_to=DEMO_TODAY + timedelta(days=365),
        currency="cny",
        min_quantity=Decimal(40),
        rule_kind=RuleKind.FIXED,
        guide_price=Decimal("88.50"),
        floor_price=Decimal("80"),
        max_discount_percent=Decimal(10),
    )
    return PolicyDraft(**(values | changes))


@pytest.mark.parametrize(
    ("transition", "current", "reason", "allowed"),
    [
        (Transition.SUBMIT, "draft", None, True),
        (Transition.SUBMIT, "active", None, False),
        (Transition.APPROVE, "pending_approval", "signed", True),
        (Transition.APPROVE, "pending_approval", " ", False),
        (Transition.APPROVE, "draft", "x", False),
        (Transition.REJECT, "pending_approval", "too low", True),
        (Transition.TERMINATE, "active", "customer lost", True),
        (Transition.TERMINATE, "expired", "x", False),
        (Transition.EXPIRE, "active", None, True),
    ],
)
def test_the_workflow_allows_only_its_moves(transition, current, reason, allowed) -> None:
    if allowed:
        assert target_status(transition, current, reason)
    else:
        with pytest.raises(TransitionRefused):
            target_status(transition, current, reason)


def test_a_new_policy_is_a_draft_with_the_next_code(workspace, records) -> None:
    changed = records.create(deal(workspace))
    draft, status, _version = records.draft(changed.policy_id)
    assert status is PolicyStatus.DRAFT and draft.currency == "CNY"
    assert draft.code.startswith("PP-") and draft.guide_price == Decimal("88.50")
    with workspace.db.session() as session:
        codes = session.scalars(select(m.PricePolicy.code)).all()
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"currency": "RMB8"}, "currency"),
        ({"valid_to": DEMO_TODAY - timedelta(days=1)}, "valid_to"),
        ({"account_id": None}, "account_id"),
        ({"category": "gear_oil"}, "category"),
        ({"guide_price": None}, "guide_price"),
        ({"guide_price": Decimal("70")}, "guide_price"),
        ({"max_discount_percent": Decimal("120")}, "max_discount_percent"),
        ({"rule_kind": RuleKind.PERCENT_DISCOUNT, "discount_percent": None}, "discount_percent"),
        ({"rule_kind": RuleKind.FORMULA, "base_kind": None}, "base_kind"),
        ({"rule_kind": RuleKind.FORMULA, "base_kind": BaseKind.OTHER_RULE}, "base_policy_id"),
        ({"round_to": Decimal(0)}, "round_to"),
    ],
)
def test_a_wrong_policy_is_refused_next_to_the_field(workspace, records, changes, field) -> None:
    with pytest.raises(PolicyInvalid) as refused:
        records.create(deal(workspace, **changes))
    assert field in refused.value.problems


def test_approval_records_who_when_and_why_and_only_active_ones_are_final(
    workspace, records
) -> None:
    policy_id = records.create(deal(workspace)).policy_id
    with pytest.raises(EditRejected, match="pending approval"):
        records.approve(policy_id, "signed by the customer")
    records.submit(policy_id)
    with pytest.raises(EditRejected, match="why"):
        records.approve(policy_id, "")
    # jan.devries submitted it: approving it himself names who decided (QA s19: "root"
    # submitted and approved its own policy)
    assert records.needs_approver(policy_id)
    with pytest.raises(ApproverNeeded, match="say who approved it"):
        records.approve(policy_id, "签约价 signed price")
    with pytest.raises(ApproverNeeded):
        records.approve(policy_id, "签约价 signed price", approved_by="jan.devries")
    approved = records.approve(policy_id, "签约价 signed price", approved_by="王丽，销售总监，电话")
    assert approved.status is PolicyStatus.ACTIVE
    with workspace.db.session() as session:
        policy = session.get(m.PricePolicy, policy_id)
        assert policy.approved_by == "王丽，销售总监，电话" and policy.approved_at is not None
        assert policy.submitted_by == "jan.devries"
        assert policy.decision_note == "签约价 signed price"
    named = [
        r for r in history(workspace.db, "price_policy", policy_id) if r.field == "approved_by"
    ]
    assert [(r.actor, r.new_value) for r in named] == [("jan.devries", "王丽，销售总监，电话")]
    draft, _status, version = records.draft(policy_id)
    with pytest.raises(EditRejected, match="Terminate it"):
        records.update(policy_id, replace(draft, guide_price=Decimal("1")), version)
    records.terminate(policy_id, "customer switched supplier")
    assert records.draft(policy_id)[1] is PolicyStatus.TERMINATED


def test_editing_a_pending_policy_sends_it_back_to_draft(workspace, records) -> None:
    policy_id = records.create(deal(workspace)).policy_id
    records.submit(policy_id)
    draft, _status, version = records.draft(policy_id)
    changed = records.update(policy_id, replace(draft, guide_price=Decimal("86")), version)
    assert changed.status is PolicyStatus.DRAFT and "guide_price" in changed.fields


def test_every_change_is_in_the_audit_trail_field_by_field(workspace, records) -> None:
    policy_id = records.create(deal(workspace)).policy_id
    draft, _status, version = records.draft(policy_id)
    records.update(policy_id, replace(draft, guide_price=Decimal("86"), name="Deal"), version)
    records.submit(policy_id)
    records.approve(policy_id, "ok", approved_by="Sales director")
    trail = history(workspace.db, "price_policy", policy_id)
    assert {(r.field, r.old_value, r.new_value) for r in trail[1:3]} == {
        ("name", "Deal 40 cartons", "Deal"),
        ("guide_price", "88.5", "86"),
    }
    statuses = [(r.old_value, r.new_value) for r in trail if r.field == "status"]
    assert statuses == [("draft", "pending_approval"), ("pending_approval", "active")]
    assert all(r.actor == "jan.devries" for r in trail)
    assert trail[0].field == "created"


def test_a_loop_of_base_policies_is_refused_with_the_codes(workspace, records) -> None:
    first = records.create(
        deal(
            workspace,
            rule_kind=RuleKind.PERCENT_DISCOUNT,
            discount_percent=Decimal(5),
            base_kind=BaseKind.LIST,
            guide_price=None,
            floor_price=None,
        )
    ).policy_id
    second = records.create(
        deal(
            workspace,
            rule_kind=RuleKind.FORMULA,
            base_kind=BaseKind.OTHER_RULE,
            base_policy_id=first,
            guide_price=None,
            floor_price=None,
        )
    ).policy_id
    draft, _status, version = records.draft(first)
    with pytest.raises(PolicyInvalid) as refused:
        records.update(
            first, replace(draft, base_kind=BaseKind.OTHER_RULE, base_policy_id=second), version
        )
    message = refused.value.problems["base_policy_id"]
    assert "loop" in message and draft.code in message


def test_policies_whose_validity_ended_expire(workspace, records) -> None:
    policy_id = records.create(
        deal(
            workspace,
            valid_from=DEMO_TODAY - timedelta(days=60),
            valid_to=DEMO_TODAY + timedelta(days=1),
        )
    ).policy_id
    records.submit(policy_id)
    records.approve(policy_id, "ok", approved_by="Sales director")
    later = PolicyRecords(workspace.db, today=lambda: DEMO_TODAY + timedelta(days=5))
    assert policy_id in later.expire_due()
    assert later.draft(policy_id)[1] is PolicyStatus.EXPIRED
