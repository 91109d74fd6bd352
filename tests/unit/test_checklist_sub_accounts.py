"""A head office's written checklist may list its branches' issues too: on request only,
each line naming its account, the sealed PDF saying what it covers (read back with
pdftotext), and a re-issue covering the same."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from acct_desktop.domain.checklists import (
    ChecklistContent,
    ChecklistItem,
    ChecklistParty,
    canonical_json,
    content_sha256,
)
from acct_desktop.services.checklists import ChecklistIssuer, ChecklistRejected
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.seal_keys import SealKeyStore
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m

ISSUED_AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
MANAGER = ManagerProfile("Trần Minh", "Acme Lubricants", "+84 28 1234 5678", "minh@acme.vn")
HEAD_OFFICE = "VN000025"  # Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính: none of its own
COVERS = (
    "Danh sách này gồm các vấn đề của Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính và của mọi "
    "khách hàng trực thuộc; mỗi vấn đề ghi rõ khách hàng liên quan."
)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def keys(tmp_path) -> SealKeyStore:
    return SealKeyStore(tmp_path / "seal")


@pytest.fixture
def issuer(workspace) -> ChecklistIssuer:
    return ChecklistIssuer(workspace.db, actor="minh", now=lambda: ISSUED_AT)


def account(ws: Workspace, code: str) -> uuid.UUID:
    with ws.db.session() as session:
        return session.scalars(select(m.Account.id).where(m.Account.code == code)).one()


def open_below(ws: Workspace, head: uuid.UUID) -> list[tuple[str, str]]:
    """(issue number, account code) of the open issues of ``head`` and below, by hand."""
    with ws.db.session() as session:
        return sorted(
            session.execute(
                select(m.CustomerIssue.number, m.Account.code)
                .join(m.Account, m.Account.id == m.CustomerIssue.account_id)
                .where(
                    m.CustomerIssue.account_id.in_(subtree_ids(head)),
                    m.CustomerIssue.status.in_(("open", "in_progress")),
                    m.CustomerIssue.archived_at.is_(None),
                )
            ).all()
        )


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "read-back.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())  # lines wrapped anywhere read as one text


def test_by_default_a_head_office_checklist_lists_its_own_issues_only(
    workspace, issuer, keys
) -> None:
    head = account(workspace, HEAD_OFFICE)
    assert open_below(workspace, head), "the demo's head office has branches with issues"
    with pytest.raises(ChecklistRejected, match="has no open issues"):
        issuer.issue(head, None, MANAGER, keys)


def test_with_sub_accounts_it_lists_the_branches_issues_each_naming_its_account(
    workspace, issuer, keys, tmp_path
) -> None:
    head = account(workspace, HEAD_OFFICE)
    expected = open_below(workspace, head)
    issued = issuer.issue(head, None, MANAGER, keys, with_sub_accounts=True)
    assert issued.item_count == len(expected) >= 10
    assert issued.account_id == head  # the head office's checklist, not its first branch's
    with workspace.db.session() as session:
        stored = session.get(m.IssueChecklist, issued.id)
        content = stored.content_json
    assert '"with_sub_accounts":true' in content
    listed = sorted(
        (item["issue_number"], item["account_code"]) for item in json.loads(content)["items"]
    )
    assert listed == expected
    [row] = workspace.checklist_records.for_account(head)
    assert row.with_sub_accounts and row.item_count == len(expected)

    text = pdf_text(issued.pdf, tmp_path)
    assert COVERS in text
    for number, code in expected:
        assert number in text and code in text
    # A branch's line names it without the chain's words it shares with the head office.
    assert "Cửa hàng" in text and text.count("Chuỗi Chăm sóc Xe Hoàng Gia") < len(expected)


def test_a_chosen_branch_issue_needs_the_sub_accounts(workspace, issuer, keys) -> None:
    head = account(workspace, HEAD_OFFICE)
    number, _code = open_below(workspace, head)[0]
    with workspace.db.session() as session:
        issue_id = session.scalars(
            select(m.CustomerIssue.id).where(m.CustomerIssue.number == number)
        ).one()
    with pytest.raises(ChecklistRejected, match="belong to another account"):
        issuer.issue(head, [issue_id], MANAGER, keys)
    issued = issuer.issue(head, [issue_id], MANAGER, keys, with_sub_accounts=True)
    assert issued.item_count == 1


def test_a_reissue_covers_what_the_replaced_revision_covered(
    workspace, issuer, keys, tmp_path
) -> None:
    head = account(workspace, HEAD_OFFICE)
    first = issuer.issue(head, None, MANAGER, keys, with_sub_accounts=True)
    second = issuer.reissue(first.id, MANAGER, keys)
    assert (second.reference, second.item_count) == (
        first.reference.replace("R1", "R2"),
        first.item_count,
    )
    assert COVERS in pdf_text(second.pdf, tmp_path)
    assert workspace.checklist_records.get(second.id).with_sub_accounts


def test_a_stores_own_checklist_says_nothing_of_sub_accounts(
    workspace, issuer, keys, tmp_path
) -> None:
    head = account(workspace, HEAD_OFFICE)
    _number, code = open_below(workspace, head)[0]
    store = account(workspace, code)
    issued = issuer.issue(store, None, MANAGER, keys)
    text = pdf_text(issued.pdf, tmp_path)
    assert "khách hàng trực thuộc" not in text
    assert not workspace.checklist_records.get(issued.id).with_sub_accounts


def _content(**later: str) -> ChecklistContent:
    party = ChecklistParty("An", "Chuỗi")
    item = ChecklistItem(1, "IS-2026-00001", "delivery", "Trễ", "Kho", date(2026, 11, 9), "open")
    return ChecklistContent(
        number="CL-2026-0001",
        revision=1,
        issued_at=ISSUED_AT,
        language="vi",
        account_code="VN000025",
        account_name="Chuỗi",
        customer=party,
        manager=party,
        items=(replace(item, **later),),
        with_sub_accounts=bool(later),
    )


def test_own_issue_content_keeps_its_canonical_form_and_hash() -> None:
    """The fields added for sub-accounts are left out at their defaults: a checklist of an
    account's own issues is the same content, with the same hash, as before they existed."""
    own = canonical_json(_content())
    assert not re.search(r"with_sub_accounts|account_code\":\"\"|account_name\":\"\"", own)
    assert '"account_code":"VN000025"' in own  # the customer's code, as always
    covering = _content(account_code="VN000027", account_name="Chuỗi Hà Nội")
    assert '"with_sub_accounts":true' in canonical_json(covering)
    assert '"account_name":"Chuỗi Hà Nội"' in canonical_json(covering)
    assert content_sha256(covering) != content_sha256(_content())
