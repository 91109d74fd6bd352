"""Entering signed rebate agreements: tiers, the late-entry rule, the scan, the workflow."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit import history
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.rebate_records import RebateDraft, RebateInvalid, RebateRecords
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

D = Decimal


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def records(workspace) -> RebateRecords:
    return RebateRecords(workspace.db, actor="nguyen.an", today=lambda: DEMO_TODAY)


def tiered(ws: Workspace, **changes) -> RebateDraft:
    values = dict(
        account_id=ws.tree.children(None, 0, 1)[0].id,
        kind=RebateKind.WHOLE_VOLUME_TIERS,
        period_start=DEMO_TODAY.replace(month=1, day=1),
        period_end=DEMO_TODAY.replace(month=12, day=31),
        currency="vnd",
        signed_on=DEMO_TODAY - timedelta(days=3),
        signed_by="Bà Trần Thị Mai",
        tiers=((D(0), D(1)), (D("500000000"), D(2)), (D("1000000000"), D(3))),
    )
    return RebateDraft(**(values | changes))


def test_a_signed_tiered_agreement_is_entered_as_a_numbered_draft(workspace, records) -> None:
    changed = records.create(tiered(workspace))
    draft, status, _version = records.draft(changed.agreement_id)
    assert status is RebateStatus.DRAFT and not changed.entered_late
    assert draft.number.startswith(f"R-{DEMO_TODAY.year}-") and draft.currency == "VND"
    assert draft.entered_on == DEMO_TODAY
    assert [t for t, _r in draft.tiers] == [D(0), D("500000000"), D("1000000000")]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"signed_on": None}, "signed_on"),
        ({"signed_on": DEMO_TODAY + timedelta(days=1)}, "signed_on"),
        ({"period_end": DEMO_TODAY.replace(month=1, day=1) - timedelta(days=1)}, "period_end"),
        ({"tiers": ()}, "tiers"),
        ({"tiers": ((D(0), D(1)), (D(0), D(2)))}, "tiers"),
        ({"tiers": ((D(0), D(120)),)}, "tiers"),
        ({"kind": RebateKind.FIXED_PERCENT, "fixed_percent": None}, "fixed_percent"),
        ({"currency": "dong"}, "currency"),
    ],
)
def test_a_wrong_agreement_is_refused_next_to_the_field(workspace, records, changes, field):
    with pytest.raises(RebateInvalid) as refused:
        records.create(tiered(workspace, **changes))
    assert field in refused.value.problems


def test_late_entry_follows_the_company_setting(workspace, records) -> None:
    signed = DEMO_TODAY - timedelta(days=10)
    changed = records.create(tiered(workspace, signed_on=signed))
    assert changed.entered_late  # 10 days > the default 7
    records.set_late_entry_days(14)
    assert records.late_entry_days() == 14
    rows = workspace.policies.rebate_agreements(None, PageRequest(limit=1000))
    row = next(r for r in rows if r.id == changed.agreement_id)
    assert not row.entered_late
    with pytest.raises(EditRejected):
        records.set_late_entry_days(-1)


def test_the_signed_scan_is_kept_with_its_hash(workspace, records, tmp_path) -> None:
    agreement_id = records.create(tiered(workspace)).agreement_id
    scan = tmp_path / "hop-dong-da-ky.pdf"
    scan.write_bytes(b"%PDF-1.4\n% signed\n")
    records.attach_signed_scan(agreement_id, scan)
    trail = history(workspace.db, "rebate_agreement", agreement_id)
    assert any(r.field == "signed_scan" and "sha256=" in (r.new_value or "") for r in trail)


def test_approval_workflow_and_tier_edits_are_audited(workspace, records) -> None:
    agreement_id = records.create(tiered(workspace)).agreement_id
    draft, _status, version = records.draft(agreement_id)
    records.update(
        agreement_id, replace(draft, tiers=((D(0), D("1.5")), (D("800000000"), D(3)))), version
    )
    records.submit(agreement_id)
    # another manager approves: recorded as the approver without being asked a name
    other = RebateRecords(workspace.db, actor="tran.binh", today=records._today)
    assert not other.needs_approver(agreement_id) and records.needs_approver(agreement_id)
    assert other.approve(agreement_id, "Đã ký, đúng chính sách").status is RebateStatus.ACTIVE
    with pytest.raises(EditRejected, match="no longer be edited"):
        records.update(agreement_id, draft)
    records.terminate(agreement_id, "Khách hàng ngừng hợp tác")
    trail = history(workspace.db, "rebate_agreement", agreement_id)
    tiers = next(r for r in trail if r.field == "tiers")
    assert tiers.old_value == "0:1,500000000:2,1000000000:3"
    assert tiers.new_value == "0:1.5,800000000:3"
    statuses = [r.new_value for r in trail if r.field == "status"]
    assert statuses == ["pending_approval", "active", "terminated"]
    reasons = [r.new_value for r in trail if r.field == "reason"]
    assert reasons == ["Đã ký, đúng chính sách", "Khách hàng ngừng hợp tác"]
