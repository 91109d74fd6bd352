"""Issuing sealed written checklists: numbering, freezing, revisions, stamping, verifying."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked
from sqlalchemy import func, select

from acct_desktop.domain.checklists import parse_checklist_number
from acct_desktop.domain.enums import IssueStatus
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.checklist_records import (
    ChecklistRecords,
    ScanOfAnotherChecklist,
    StampedCopyKept,
)
from acct_desktop.services.checklists import ChecklistIssuer, ChecklistRejected
from acct_desktop.services.issue_records import IssueRecords
from acct_desktop.services.manager_profile import ManagerProfile, ManagerProfileMissing
from acct_desktop.services.memory_keyring import MemoryKeyring
from acct_desktop.services.seal_keys import SealIdentity, SealKeyStore, SealKeyUnavailable
from acct_desktop.services.sealing import SealState
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY
from tests.zones import local_zone

ISSUED_AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
LATER = date(2026, 11, 20)  # a day the customer stamps a checklist issued then
MANAGER = ManagerProfile("李伟 Li Wei", "Acme Lubricants 润滑油", "+86 20 1234 5678", "li@acme.cn")


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def keys(tmp_path) -> SealKeyStore:
    return SealKeyStore(tmp_path / "seal")


def issuer_at(ws: Workspace, when: datetime = ISSUED_AT) -> ChecklistIssuer:
    return ChecklistIssuer(ws.db, actor="li.wei", now=lambda: when)


def chinese_account_with_open_issues(ws: Workspace):
    with ws.db.session() as session:
        return session.execute(
            select(m.Account.id, m.Account.name)
            .join(m.CustomerIssue, m.CustomerIssue.account_id == m.Account.id)
            .where(
                m.Account.document_language == "zh_CN",
                m.CustomerIssue.status.in_(("open", "in_progress")),
            )
            .group_by(m.Account.id, m.Account.name)
            .order_by(func.count().desc())
            .limit(1)
        ).one()


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "read-back.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_checklists_are_numbered_per_year_without_gaps_or_duplicates(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issuer = issuer_at(workspace)
    numbers = [issuer.issue(account_id, None, MANAGER, keys).number for _ in range(3)]
    assert numbers == ["CL-2026-0001", "CL-2026-0002", "CL-2026-0003"]
    next_year = issuer_at(workspace, datetime(2027, 1, 4, 8, 0, tzinfo=UTC))
    assert next_year.issue(account_id, None, MANAGER, keys).number == "CL-2027-0001"
    assert issuer.issue(account_id, None, MANAGER, keys).number == "CL-2026-0004"


def issue_date_line(text: str) -> str:
    """The line of the read-back text that carries the printed issue date."""
    return next(line for line in text.splitlines() if "出具日期" in line)


def test_on_new_years_morning_in_shanghai_the_checklist_is_numbered_and_dated_2027(
    workspace, keys, tmp_path
) -> None:
    """07:30 on 1 January 2027 in Shanghai is still 31 December in UTC: the number said 2027
    but the paper was dated 2026年12月31日. The customer seals the local date of issue."""
    account_id, _ = chinese_account_with_open_issues(workspace)
    with local_zone("Asia/Shanghai"):
        when = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
        issued = issuer_at(workspace, when).issue(account_id, None, MANAGER, keys)
    assert issued.number == "CL-2027-0001"
    assert "2027年1月1日" in issue_date_line(pdf_text(issued.pdf, tmp_path))
    assert workspace.checklist_records.get(issued.id).issued_at == when  # stored in UTC


def test_on_new_years_eve_in_los_angeles_the_checklist_is_numbered_and_dated_2026(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    with local_zone("America/Los_Angeles"):
        when = datetime(2027, 1, 1, 5, 0, tzinfo=UTC)  # 21:00 on 31 December there
        issued = issuer_at(workspace, when).issue(account_id, None, MANAGER, keys)
    assert issued.number == "CL-2026-0001"
    assert "2026年12月31日" in issue_date_line(pdf_text(issued.pdf, tmp_path))


def test_an_issued_checklist_lists_the_open_issues_and_reads_back_in_chinese(
    workspace, keys, tmp_path
) -> None:
    account_id, name = chinese_account_with_open_issues(workspace)
    open_issues = workspace.issues.open_for_account(account_id)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    assert issued.item_count == len(open_issues)
    text = pdf_text(issued.pdf, tmp_path)
    assert issued.reference in text and issued.verification_code in text
    assert name[:4] in text
    for issue in open_issues:
        assert issue.number in text
    row = workspace.checklist_records.get(issued.id)
    assert row.language == "zh_CN" and row.item_count == issued.item_count
    assert workspace.checklist_records.sealed_pdf(issued.id) == issued.pdf


def test_the_contact_is_the_accounts_main_person_not_the_company_again(
    workspace, keys, tmp_path
) -> None:
    """ "Contact:" named the account itself; the customer wants to see who they dealt with:
    the most influential person, the decision maker among equals, with their own phone."""
    from acct_desktop.domain.enums import DmuRole

    account_id, name = chinese_account_with_open_issues(workspace)
    with workspace.db.session() as session:
        for contact in session.scalars(select(m.Contact).where(m.Contact.account_id == account_id)):
            contact.archived_at = ISSUED_AT  # only the people below count
        for person, role, influence, phone in (
            ("徐超", DmuRole.BUYER, 5, "+86 138 0000 0001"),
            ("陈欣怡", DmuRole.DECISION_MAKER, 5, "+86 138 1073 6467"),
            ("王芳", DmuRole.DECISION_MAKER, 4, None),
        ):
            session.add(
                m.Contact(
                    account_id=account_id, name=person, dmu_role=role, influence=influence,
                    phone=phone, title="总经理" if person == "陈欣怡" else None,
                )
            )  # fmt: skip
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    text = pdf_text(issued.pdf, tmp_path)
    (line,) = [row for row in text.splitlines() if "联系人" in row]
    assert "陈欣怡（总经理）" in line and "+86 138 1073 6467" in line.replace("\u00a0", " ")
    assert name not in line


def test_a_chinese_checklist_writes_the_address_from_large_to_small_without_commas(
    workspace, keys, tmp_path
) -> None:
    """It read "地址：白云区天河路263号, 白云区, 510405, 广州": the district twice, ASCII
    commas, small to large."""
    account_id, _name = chinese_account_with_open_issues(workspace)
    with workspace.db.session() as session:
        account = session.get(m.Account, account_id)
        account.street, account.district = "白云区天河路263号", "白云区"
        account.postcode, account.city = "510405", "广州"
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    (line,) = [row for row in pdf_text(issued.pdf, tmp_path).splitlines() if "地址" in row]
    assert "地址：广州白云区天河路263号 510405" in line
    assert "," not in line.split("地址")[1]


def test_a_chosen_selection_is_listed_in_deadline_order(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    chosen = [i.id for i in workspace.issues.open_for_account(account_id)][:2]
    issued = issuer_at(workspace).issue(account_id, list(reversed(chosen)), MANAGER, keys)
    assert issued.item_count == len(chosen)
    with workspace.db.session() as session:
        items = session.scalars(
            select(m.IssueChecklistItem)
            .where(m.IssueChecklistItem.checklist_id == issued.id)
            .order_by(m.IssueChecklistItem.position)
        ).all()
    assert [i.issue_id for i in items] == chosen
    assert [i.deadline for i in items] == sorted(i.deadline for i in items)


def test_the_checklist_is_frozen_when_issued(workspace, keys, tmp_path) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    first = workspace.issues.open_for_account(account_id)[0]
    records = IssueRecords(workspace.db, today=lambda: DEMO_TODAY)
    draft, version = records.draft(first.id)
    records.update(
        first.id,
        draft.__class__(**{**draft.__dict__, "description": "CHANGED LATER", "responsible": "X"}),
        version,
    )
    with workspace.db.session() as session:
        item = session.scalar(
            select(m.IssueChecklistItem).where(m.IssueChecklistItem.issue_id == first.id)
        )
        stored = session.get(m.IssueChecklist, issued.id)
        assert item.description == first.description and item.responsible == first.responsible
        assert stored.content_sha256 == issued.content_sha256
        assert "CHANGED LATER" not in stored.content_json
    assert workspace.checklist_records.sealed_pdf(issued.id) == issued.pdf
    assert "CHANGED LATER" not in pdf_text(issued.pdf, tmp_path)


def test_reissuing_makes_r2_that_replaces_r1_with_the_issues_as_they_are_now(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issuer = issuer_at(workspace)
    r1 = issuer.issue(account_id, None, MANAGER, keys)
    first = workspace.issues.open_for_account(account_id)[0]
    records = IssueRecords(workspace.db, today=lambda: DEMO_TODAY)
    draft, version = records.draft(first.id)
    records.update(
        first.id,
        draft.__class__(
            **{**draft.__dict__, "status": IssueStatus.RESOLVED, "resolution": "已更换"}
        ),
        version,
    )
    r2 = issuer.reissue(r1.id, MANAGER, keys)
    assert (r2.number, r2.revision) == (r1.number, 2)
    assert r2.item_count == r1.item_count
    with workspace.db.session() as session:
        assert session.get(m.IssueChecklist, r2.id).revision_of_id == r1.id
        resolved = session.scalar(
            select(m.IssueChecklistItem.status).where(
                m.IssueChecklistItem.checklist_id == r2.id,
                m.IssueChecklistItem.issue_id == first.id,
            )
        )
    assert resolved == IssueStatus.RESOLVED
    assert workspace.checklist_records.get(r1.id).replaced_by == 2
    assert f"{r1.number} R1" in pdf_text(r2.pdf, tmp_path)
    printed = "".join(pdf_text(r2.pdf, tmp_path).split())  # how and when it was resolved
    assert "解决情况：已更换" in printed and f"{DEMO_TODAY.day}日关闭" in printed
    r3 = issuer.reissue(r1.id, MANAGER, keys)  # from an old revision: still the next one
    assert r3.revision == 3


def test_no_issues_or_foreign_issues_are_refused(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    with workspace.db.session() as session:
        foreign = session.scalar(
            select(m.CustomerIssue.id).where(m.CustomerIssue.account_id != account_id).limit(1)
        )
        quiet = session.scalar(
            select(m.Account.id)
            .where(~m.Account.id.in_(select(m.CustomerIssue.account_id)))
            .limit(1)
        )
    with pytest.raises(ChecklistRejected, match="another account"):
        issuer_at(workspace).issue(account_id, [foreign], MANAGER, keys)
    with pytest.raises(ChecklistRejected, match="no open issues"):
        issuer_at(workspace).issue(quiet, None, MANAGER, keys)


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):  # type: ignore[no-untyped-def]
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service, username):  # type: ignore[no-untyped-def]
        raise KeyringLocked("the keyring is locked")


def checklist_count(ws: Workspace) -> int:
    with ws.db.session() as session:
        return session.scalar(select(func.count()).select_from(m.IssueChecklist))


def test_a_locked_keyring_stops_issuing_and_no_unsealed_checklist_is_stored(
    workspace, keys
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issuer_at(workspace).issue(account_id, None, MANAGER, keys)  # key made while unlocked
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with pytest.raises(SealKeyUnavailable) as refused:
            issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    finally:
        keyring.set_keyring(previous)
    assert "keyring" in str(refused.value).lower()
    assert checklist_count(workspace) == 1
    assert issuer_at(workspace).issue(account_id, None, MANAGER, keys).number == "CL-2026-0002"


def test_without_the_managers_name_nothing_is_issued(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    with pytest.raises(ManagerProfileMissing, match="My details"):
        issuer_at(workspace).issue(account_id, None, ManagerProfile(), keys)
    assert checklist_count(workspace) == 0 and not keys.exists()


def test_the_issued_pdf_verifies_as_intact_and_as_this_registers_copy(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    result = workspace.checklist_records.verify(issued.pdf, keys)
    assert result.report.state == SealState.INTACT
    assert result.record is not None and result.record.id == issued.id
    assert result.matches_record and issued.reference in result.message
    assert "Li Wei" in result.message
    tampered = bytearray(issued.pdf)
    tampered[len(tampered) // 3] ^= 0x01
    assert workspace.checklist_records.verify(bytes(tampered), keys).report.state != (
        SealState.INTACT
    )


def test_the_stamped_copy_is_kept_with_its_hash_and_marks_the_checklist(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    scan = tmp_path / "盖章扫描.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + b"fake jpeg body" * 100)
    row = workspace.checklist_records.attach_stamped_copy(
        issued.id, scan, DEMO_TODAY + timedelta(days=1)
    )
    assert row.stamped_on == DEMO_TODAY + timedelta(days=1)
    assert row.scan_file_name == "盖章扫描.jpg"
    assert workspace.checklist_records.stamped_copy(issued.id) == (
        "盖章扫描.jpg",
        scan.read_bytes(),
    )
    with workspace.db.session() as session:
        trail = session.scalars(
            select(m.AuditEvent.new_value).where(
                m.AuditEvent.entity_id == issued.id, m.AuditEvent.field == "stamped_copy"
            )
        ).all()
    import hashlib

    assert hashlib.sha256(scan.read_bytes()).hexdigest() in trail[0]
    text_file = tmp_path / "note.txt"
    text_file.write_text("not a scan")
    with pytest.raises(EditRejected, match="PDF, JPG or PNG"):
        workspace.checklist_records.attach_stamped_copy(issued.id, text_file, DEMO_TODAY)
    with pytest.raises(EditRejected, match="before it was issued"):
        workspace.checklist_records.attach_stamped_copy(issued.id, scan, date(2026, 10, 1))


def test_a_stamp_is_dated_between_the_issue_and_today_and_names_its_field(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    issued_on = ISSUED_AT.astimezone().date()  # the user's own calendar day
    today = issued_on + timedelta(days=20)
    records = ChecklistRecords(workspace.db, "li.wei", today=lambda: today)
    scan = tmp_path / "stamped.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    for day, says in (
        (date(2099, 1, 1), "cannot be dated after today"),
        (today + timedelta(days=1), "cannot be dated after today"),
        (issued_on - timedelta(days=1), "before it was issued"),
    ):
        with pytest.raises(EditRejected, match=says) as refused:
            records.attach_stamped_copy(issued.id, scan, day)
        assert refused.value.field == "stamped_on"
    assert records.get(issued.id).stamped_on is None, "nothing was kept"
    text_file = tmp_path / "note.pdf"
    text_file.write_text("not a scan")
    with pytest.raises(EditRejected, match="PDF, JPG or PNG") as refused:
        records.attach_stamped_copy(issued.id, text_file, today)
    assert refused.value.field == "file"
    assert records.attach_stamped_copy(issued.id, scan, today).stamped_on == today
    again = records.attach_stamped_copy(issued.id, scan, issued_on, replace_ok=True)
    assert again.stamped_on == issued_on


def test_a_scan_whose_qr_code_names_another_revision_is_attached_only_when_told(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    r1 = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    r2 = issuer_at(workspace, ISSUED_AT + timedelta(days=1)).reissue(r1.id, MANAGER, keys)
    records = ChecklistRecords(workspace.db, "li.wei", today=lambda: LATER)
    scan_of_r2 = tmp_path / "stamped-R2.pdf"
    scan_of_r2.write_bytes(r2.pdf)  # as printed: the QR code says R2
    day = LATER
    with pytest.raises(ScanOfAnotherChecklist) as refused:
        records.attach_stamped_copy(r1.id, scan_of_r2, day)
    assert str(refused.value) == (
        f"The QR code on stamped-R2.pdf names {r2.number} R2, not {r1.number} R1."
    )
    assert refused.value.field == "file"
    assert records.get(r1.id).stamped_on is None, "nothing was kept"
    assert records.attach_stamped_copy(r2.id, scan_of_r2, day).stamped_on == day
    told = records.attach_stamped_copy(r1.id, scan_of_r2, day, other_checklist_ok=True)
    assert told.stamped_on == day


def test_attaching_again_asks_before_replacing_and_keeps_the_earlier_scan(
    workspace, keys, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    records = ChecklistRecords(workspace.db, "li.wei", today=lambda: LATER)
    first, second = tmp_path / "第一次.png", tmp_path / "second.png"
    first.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    second.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(65))
    records.attach_stamped_copy(issued.id, first, LATER - timedelta(days=1))
    with pytest.raises(StampedCopyKept) as asked:
        records.attach_stamped_copy(issued.id, second, LATER)
    assert str(asked.value) == (
        f"{issued.number} R1 already has a stamped copy, 第一次.png, stamped on "
        f"{LATER - timedelta(days=1)}."
    )
    assert records.stamped_copy(issued.id)[0] == "第一次.png"
    records.attach_stamped_copy(issued.id, second, LATER, replace_ok=True)
    assert records.stamped_copy(issued.id)[0] == "second.png"
    with workspace.db.session() as session:
        kept = session.scalars(
            select(m.Attachment.file_name).where(m.Attachment.owner_id == issued.id)
        ).all()
    assert sorted(kept) == ["second.png", "第一次.png"]


def test_issuing_is_audited(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    with workspace.db.session() as session:
        event = session.scalar(select(m.AuditEvent).where(m.AuditEvent.entity_id == issued.id))
    assert (event.actor, event.field) == ("li.wei", "issued")
    assert issued.pdf_sha256 in event.new_value
    assert parse_checklist_number(issued.number) == (2026, 1)


def test_a_checklist_issued_elsewhere_verifies_without_a_record_here(
    workspace, keys, demo_s_file, tmp_path
) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    other = tmp_path / "other.acctdb"
    other.write_bytes(demo_s_file.read_bytes())
    elsewhere = Workspace.open(other)
    try:
        result = ChecklistRecords(elsewhere.db).verify(issued.pdf, keys)
    finally:
        elsewhere.close()
    assert result.report.state == SealState.INTACT and result.record is None


def test_a_replaced_revision_verifies_as_authentic_but_says_it_was_replaced(
    workspace, keys
) -> None:
    """CL-…-R1, replaced by R2 and R3, verified as "exactly the copy issued by this
    database" with no warning: a customer could be held to a list that is no longer valid."""
    account_id, _ = chinese_account_with_open_issues(workspace)
    r1 = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    issuer_at(workspace, ISSUED_AT + timedelta(days=3)).reissue(r1.id, MANAGER, keys)
    r3 = issuer_at(workspace, ISSUED_AT + timedelta(days=9)).reissue(r1.id, MANAGER, keys)
    records = workspace.checklist_records

    old = records.verify(r1.pdf, keys)
    assert old.report.state == SealState.INTACT and old.report.exit_code == 0
    assert old.matches_record and old.replaced
    assert (old.replaced_by.revision, old.current.revision) == (2, 3)
    assert f"It is the copy of {r1.reference} issued from this database" in old.message
    assert (
        f"but it is no longer current: it was replaced by {r1.number} R2, issued on "
        f"2026-11-05; the current revision is {r3.reference}, issued on 2026-11-11."
    ) in old.message

    latest = records.verify(r3.pdf, keys)
    assert not latest.replaced and latest.current is None
    assert latest.message.endswith(f"It is the copy of {r3.reference} issued from this database.")


def test_a_revision_replaced_once_names_its_replacement_as_the_current_one(workspace, keys) -> None:
    account_id, _ = chinese_account_with_open_issues(workspace)
    r1 = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    with local_zone("Asia/Shanghai"):  # 2026-11-04 23:30 UTC is the 5th there
        r2 = issuer_at(workspace, datetime(2026, 11, 4, 23, 30, tzinfo=UTC)).reissue(
            r1.id, MANAGER, keys
        )
        old = workspace.checklist_records.verify(r1.pdf, keys)
        message = old.message
    assert old.replaced and old.current is None
    assert message.endswith(
        f"but it is no longer current: it was replaced by {r2.reference}, issued on 2026-11-05."
    )


def test_after_the_passphrase_is_lost_a_new_seal_key_seals_again_and_old_seals_still_verify(
    workspace, keys
) -> None:
    """Losing the keyring entry stopped printing with "Create a new seal key", yet nothing
    in the app created one: SealKeyStore.create was only reached on first use."""
    account_id, _ = chinese_account_with_open_issues(workspace)
    old = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    keyring.set_keyring(MemoryKeyring())  # another session: the passphrase is gone
    with pytest.raises(SealKeyUnavailable) as refused:
        issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    assert "Tools → New seal key…" in str(refused.value)
    assert "acct-desktop seal new-key" in str(refused.value)

    renewed = keys.replace_key(SealIdentity(MANAGER.name, MANAGER.organisation, MANAGER.email))
    assert renewed.previous is not None
    assert renewed.previous.fingerprint_sha256 != renewed.certificate.fingerprint_sha256
    new = issuer_at(workspace).issue(account_id, None, MANAGER, keys)

    for issued in (old, new):
        result = workspace.checklist_records.verify(issued.pdf, keys)
        assert result.report.state == SealState.INTACT, result.report.detail
        assert result.matches_record and result.record.id == issued.id


def test_the_seal_gives_its_reason_in_the_checklists_language(workspace, keys) -> None:
    """A Chinese checklist's seal said "Issue checklist CL-… R1" in the signature panel."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    (seal,) = PdfFileReader(io.BytesIO(issued.pdf)).embedded_signatures
    assert str(seal.sig_object["/Reason"]) == f"出具客户问题书面确认清单 {issued.reference}"
    assert workspace.checklist_records.verify(issued.pdf, keys).report.state == SealState.INTACT


def test_the_sealed_pdf_is_dated_the_moment_it_was_issued(workspace, keys) -> None:
    """A reader showed 2000-01-01 as the sealed checklist's creation date."""
    from pypdf import PdfReader

    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    info = PdfReader(io.BytesIO(issued.pdf)).metadata
    assert info.creation_date == ISSUED_AT.astimezone(info.creation_date.tzinfo)
    assert info.creation_date.timestamp() == ISSUED_AT.timestamp()


def test_each_checklist_tracks_its_items_to_closure_by_their_deadlines(workspace, keys) -> None:
    """After IS-… was resolved the Checklists tab still said "13" and nothing more: each
    row says how many of its items are still open and how many of those are overdue."""
    from acct_desktop.services.checklist_records import ChecklistRecords

    account_id, _ = chinese_account_with_open_issues(workspace)
    issued = issuer_at(workspace).issue(account_id, None, MANAGER, keys)
    listed = workspace.checklist_records.issue_ids(issued.id)
    with workspace.db.session() as session:
        deadlines = {
            issue.id: issue.deadline
            for issue in session.scalars(
                select(m.CustomerIssue).where(m.CustomerIssue.id.in_(listed))
            )
        }
    day = sorted(deadlines.values())[len(deadlines) // 2] + timedelta(days=1)
    records = ChecklistRecords(workspace.db, today=lambda: day)
    late = sum(1 for deadline in deadlines.values() if deadline < day)
    row = records.get(issued.id)
    assert (row.item_count, row.open_count, row.overdue_count) == (len(listed), len(listed), late)
    assert late > 0
    assert str(row.closure) == f"{len(listed)} · {len(listed)} open · {late} overdue"

    overdue_one = next(i for i in listed if deadlines[i] < day)
    issues = IssueRecords(workspace.db, today=lambda: day)
    draft, version = issues.draft(overdue_one)
    issues.update(
        overdue_one,
        draft.__class__(**{**draft.__dict__, "status": IssueStatus.RESOLVED, "resolution": "好"}),
        version,
    )
    row = records.get(issued.id)
    assert (row.open_count, row.overdue_count) == (len(listed) - 1, late - 1)

    others = [issue_id for issue_id in listed if issue_id != overdue_one]
    issues.archive(others[-1])  # deleted since: no longer open
    for issue_id in others[:-1]:  # the others verified: nothing left open
        draft, version = issues.draft(issue_id)
        closed = {**draft.__dict__, "status": IssueStatus.VERIFIED, "resolution": "好"}
        issues.update(issue_id, draft.__class__(**closed), version)
    row = records.get(issued.id)
    assert (row.open_count, row.overdue_count) == (0, 0)
    assert str(row.closure) == f"{len(listed)} · all closed"
    assert str(replace(row, open_count=2).closure) == f"{len(listed)} · 2 open"
