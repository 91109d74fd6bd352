"""Deleting a register draft: only a price policy or rebate agreement that was never
submitted can go (entered by mistake, or twice); one that went for approval, was decided or
priced anything stays, with its history. The service says why in a sentence naming it, the
deletion and its undo are in the audit trail, and a deleted draft's code is not reused."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal as D

import pytest

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, RebateKind, RebateStatus
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit import history
from acct_desktop.services.imports import ImportRejected
from acct_desktop.services.imports.policies import export_price_policies, import_price_policies
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.rebate_records import RebateDraft, RebateRecords
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

EVERYTHING = PageRequest(0, 100_000)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def policies(workspace) -> PolicyRecords:
    return PolicyRecords(workspace.db, actor="jan.devries", today=lambda: DEMO_TODAY)


@pytest.fixture
def rebates(workspace) -> RebateRecords:
    return RebateRecords(workspace.db, actor="nguyen.an", today=lambda: DEMO_TODAY)


def a_policy(ws: Workspace, **changes) -> PolicyDraft:
    values = dict(
        name="Trial net price",
        scope=PolicyScope.ACCOUNT,
        account_id=ws.tree.children(None, 0, 1)[0].id,
        valid_from=DEMO_TODAY,
        currency="EUR",
        rule_kind=RuleKind.FIXED,
        guide_price=D("12.50"),
    )
    return PolicyDraft(**(values | changes))


def a_rebate(ws: Workspace) -> RebateDraft:
    return RebateDraft(
        account_id=ws.tree.children(None, 0, 1)[0].id,
        kind=RebateKind.FIXED_PERCENT,
        period_start=DEMO_TODAY.replace(month=1, day=1),
        period_end=DEMO_TODAY.replace(month=12, day=31),
        currency="EUR",
        signed_on=DEMO_TODAY - timedelta(days=2),
        fixed_percent=D(2),
    )


def listed_policies(ws: Workspace) -> set:
    return {row.id for row in ws.policies.price_policies(None, EVERYTHING)}


def listed_rebates(ws: Workspace) -> set:
    return {row.id for row in ws.policies.rebate_agreements(None, EVERYTHING, DEMO_TODAY)}


def fields(ws: Workspace, entity: str, record_id) -> list[tuple[str, str | None]]:
    return [(row.field, row.new_value) for row in history(ws.db, entity, record_id)]


# -- price policies ------------------------------------------------------------------------


def test_a_draft_never_submitted_is_deleted_audited_and_undone(workspace, policies) -> None:
    changed = policies.create(a_policy(workspace))
    code = policies.draft(changed.policy_id)[0].code
    assert policies.deletion_problem(changed.policy_id) is None
    deleted = policies.delete_draft(changed.policy_id)
    assert deleted.policy_id == changed.policy_id
    assert changed.policy_id not in listed_policies(workspace)
    with pytest.raises(EditRejected, match="no longer exists"):
        policies.draft(changed.policy_id)  # nor edited, submitted or deleted again
    with pytest.raises(EditRejected, match="no longer exists"):
        policies.delete_draft(changed.policy_id)
    assert policies.id_of(code) is None
    assert fields(workspace, "price_policy", changed.policy_id)[-1] == ("deleted", code)
    # a code is never given twice: the next draft does not take the deleted one's
    assert policies.draft(policies.create(a_policy(workspace)).policy_id)[0].code != code

    policies.restore_draft(changed.policy_id)  # Edit → Undo
    assert changed.policy_id in listed_policies(workspace)
    assert policies.draft(changed.policy_id)[1] is PolicyStatus.DRAFT
    assert fields(workspace, "price_policy", changed.policy_id)[-1] == ("restored", code)


def test_a_submitted_or_decided_policy_is_not_deleted(workspace, policies) -> None:
    policy_id = policies.create(a_policy(workspace)).policy_id
    code = policies.draft(policy_id)[0].code
    policies.submit(policy_id)
    problem = policies.deletion_problem(policy_id)
    assert problem == (
        f"{code} is pending approval and stays in the register with its history: only a "
        "draft that was never submitted can be deleted."
    )
    with pytest.raises(EditRejected) as refused:
        policies.delete_draft(policy_id)
    assert str(refused.value) == problem
    policies.approve(policy_id, "agreed", approved_by="Wang Li, sales director")
    assert "is active and stays in the register" in policies.deletion_problem(policy_id)
    assert "terminate it" in policies.deletion_problem(policy_id)
    policies.terminate(policy_id, "account lost")
    assert f"{code} is terminated and stays" in policies.deletion_problem(policy_id)
    with pytest.raises(EditRejected):
        policies.delete_draft(policy_id)
    assert policy_id in listed_policies(workspace)
    assert "deleted" not in [f for f, _v in fields(workspace, "price_policy", policy_id)]


def test_a_rejected_draft_was_submitted_and_stays(workspace, policies) -> None:
    policy_id = policies.create(a_policy(workspace)).policy_id
    policies.submit(policy_id)
    policies.reject(policy_id, "price too low")
    assert policies.draft(policy_id)[1] is PolicyStatus.DRAFT
    problem = policies.deletion_problem(policy_id)
    assert "was submitted for approval before" in problem
    with pytest.raises(EditRejected):
        policies.delete_draft(policy_id)
    assert policy_id in listed_policies(workspace)


def test_a_draft_another_policy_starts_from_is_not_deleted(workspace, policies) -> None:
    base_id = policies.create(a_policy(workspace)).policy_id
    base_code = policies.draft(base_id)[0].code
    child = a_policy(
        workspace,
        name="Trial −5 %",
        rule_kind=RuleKind.PERCENT_DISCOUNT,
        guide_price=None,
        discount_percent=D(5),
        base_kind=BaseKind.OTHER_RULE,
        base_policy_id=base_id,
    )
    child_id = policies.create(child).policy_id
    child_code = policies.draft(child_id)[0].code
    assert policies.deletion_problem(base_id) == (
        f"{base_code} cannot be deleted: {child_code} starts from its price. Change that first."
    )
    with pytest.raises(EditRejected):
        policies.delete_draft(base_id)
    policies.delete_draft(child_id)  # with the child gone, the base can go too
    policies.delete_draft(base_id)
    assert not {base_id, child_id} & listed_policies(workspace)


def test_an_import_does_not_bring_back_a_deleted_draft_unseen(
    workspace, policies, tmp_path
) -> None:
    policy_id = policies.create(a_policy(workspace)).policy_id
    code = policies.draft(policy_id)[0].code
    out = tmp_path / "policies.csv"
    export_price_policies(workspace.db, out)
    policies.delete_draft(policy_id)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    header = rows[0]
    line = next(i for i, r in enumerate(rows) if r[header.index("code")] == code)
    rows[line][header.index("name")] = "Changed in the file"
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    with pytest.raises(ImportRejected) as caught:
        import_price_policies(workspace.db, out)
    problem = str(caught.value.problems[0])
    assert problem.startswith(f'line {line + 1}, column "code"')
    assert f"{code} was a draft that has been deleted" in problem


# -- rebate agreements ---------------------------------------------------------------------


def test_a_rebate_draft_is_deleted_and_undone_a_submitted_one_stays(workspace, rebates) -> None:
    agreement_id = rebates.create(a_rebate(workspace)).agreement_id
    number = rebates.draft(agreement_id)[0].number
    assert rebates.deletion_problem(agreement_id) is None
    rebates.delete_draft(agreement_id)
    assert agreement_id not in listed_rebates(workspace)
    with pytest.raises(EditRejected, match="no longer exists"):
        rebates.submit(agreement_id)
    assert fields(workspace, "rebate_agreement", agreement_id)[-1] == ("deleted", number)
    rebates.restore_draft(agreement_id)
    assert agreement_id in listed_rebates(workspace)
    assert fields(workspace, "rebate_agreement", agreement_id)[-1] == ("restored", number)

    rebates.submit(agreement_id)
    assert rebates.draft(agreement_id)[1] is RebateStatus.PENDING_APPROVAL
    with pytest.raises(EditRejected) as refused:
        rebates.delete_draft(agreement_id)
    assert f"{number} is pending approval and stays in the register" in str(refused.value)
    rebates.reject(agreement_id, "wrong rate")
    assert "was submitted for approval before" in rebates.deletion_problem(agreement_id)
    assert agreement_id in listed_rebates(workspace)


def test_an_active_rebate_is_not_deleted(workspace, rebates) -> None:
    active = next(
        row
        for row in workspace.policies.rebate_agreements(None, EVERYTHING, DEMO_TODAY)
        if row.status is RebateStatus.ACTIVE
    )
    with pytest.raises(EditRejected) as refused:
        rebates.delete_draft(active.id)
    assert str(refused.value).startswith(f"{active.number} is active and stays in the register")
    assert active.id in listed_rebates(workspace)
