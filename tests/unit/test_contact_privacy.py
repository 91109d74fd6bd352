"""A person's data: a copy of everything stored about them, and erasure that keeps the
history (visits still count) but leaves no trace of them in texts, search or the file."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain import enums as e
from acct_desktop.services.audit import history, record_change
from acct_desktop.services.audit_chain import verify
from acct_desktop.services.contact_cards import export_vcards, import_vcards
from acct_desktop.services.contact_privacy import (
    PrivacyError,
    erase_contact,
    export_personal_data,
    find_contacts,
    placeholder_for,
)
from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from tests.unit.vcard_helpers import add_account, add_three_people, row_counts

NAME = "Nguyễn Thị Minh Khai"
EMAIL = "khai.nguyen@saigonoil.example.vn"
WHEN = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "privacy.acctdb")
    yield database
    database.close()


def _setup(db: Database, sealed: bool = True) -> dict[str, uuid.UUID]:
    """Three people at KA01; visits, an issue, a quote and (``sealed``) a sealed checklist
    that mention the director; an audit trail about her; another account whose visit names
    her. The search index is brought up to date."""
    account = add_account(db, "KA01", "Saigon Oil")
    other = add_account(db, "KA02", "Petrolimex Hà Nội")
    ids = add_three_people(db, account)
    boss = ids["boss"]
    with db.session() as session:
        visits = []
        for n, text in enumerate(
            (
                f"Gặp chị {NAME} và anh Jan-Willem; giá 5W-30 ổn.",
                "Chị NGUYỄN  THỊ MINH KHAI gọi lại số 028 3823 4567 (máy bàn).",
            )
        ):
            visit = m.Visit(
                account_id=account,
                planned_start=WHEN + timedelta(days=7 * n),
                planned_end=WHEN + timedelta(days=7 * n, hours=1),
                status=e.VisitStatus.DONE,
                summary=text,
                follow_ups=f"Gửi báo giá cho {EMAIL}",
            )
            session.add(visit)
            visits.append(visit)
        session.add(
            m.Visit(
                account_id=other,
                planned_start=WHEN,
                planned_end=WHEN,
                summary=f"Khách nhắc đến {NAME} bên Saigon Oil.",
            )
        )
        session.flush()
        for visit in visits:
            session.add(m.VisitContact(visit_id=visit.id, contact_id=boss))
        session.add(
            m.CustomerIssue(
                number="IS-1",
                account_id=account,
                visit_id=visits[0].id,
                category=e.IssueCategory.REBATE_CASH_BACK,
                description=f"{NAME} chưa nhận chiết khấu quý 1",
                raised_on=date(2026, 3, 2),
                responsible="TM",
                deadline=date(2026, 3, 31),
            )
        )
        session.add(
            m.Quote(
                number="Q-1",
                account_id=account,
                contact_id=boss,
                quote_date=date(2026, 3, 3),
                valid_until=date(2026, 4, 3),
                currency="VND",
                notes=f"Gửi {EMAIL}",
            )
        )
        checklist = m.IssueChecklist(
            number="CL-1", account_id=account, issued_at=WHEN, language="vi"
        )
        checklist.items = [
            m.IssueChecklistItem(
                position=1,
                issue_number="IS-1",
                category=e.IssueCategory.REBATE_CASH_BACK,
                description=f"{NAME} chưa nhận chiết khấu",
                responsible="TM",
                deadline=date(2026, 3, 31),
                status=e.IssueStatus.OPEN,
            )
        ]
        if sealed:
            session.add(checklist)
        session.add(
            m.ContactLink(
                from_contact_id=ids["buyer"],
                to_contact_id=boss,
                kind=e.ContactLinkKind.KNOWS,
                note="oude collega's",
            )
        )
        buyer = session.get(m.Contact, ids["buyer"])
        buyer.notes = f"Rapporteert aan {NAME}."
        record_change(
            session, "lan", "contact", boss, "phone", "+84 28 1111 2222", "+84 28 3823 4567", WHEN
        )
    AccountSearch(db).rebuild()
    return ids | {"account": account, "other": other}


def test_the_copy_holds_everything_stored_about_them(db: Database) -> None:
    ids = _setup(db)
    data = export_personal_data(db, ids["boss"])
    json.dumps(data, ensure_ascii=False)  # JSON as it is
    person = data["contact"]
    assert (person["name"], person["email"], person["messenger_id"]) == (
        NAME,
        EMAIL,
        "zalo:0903123456",
    )
    assert person["dmu_role"] == "decision_maker" and person["account"]["code"] == "KA01"
    assert len(data["details"]) == 11
    assert {(d["kind"], d["label"], d["value"]) for d in data["details"]} >= {
        ("phone", "cell", "+84 903 123 456"),
        ("email", "home", "minhkhai75@gmail.example.com"),
        ("messenger", "wechat", "khai_sg"),
    }
    assert [(link["direction"], link["other_contact"]["name"]) for link in data["links"]] == [
        ("to them", "Jan-Willem van 't Hoff")
    ]
    assert [c["name"] for c in data["direct_reports"]] == ["Jan-Willem van 't Hoff"]
    assert [v["planned_start"] for v in data["visits_attended"]] == [
        "2026-03-02T08:30:00+00:00",
        "2026-03-09T08:30:00+00:00",
    ]
    assert [i["number"] for i in data["issues_raised_on_their_visits"]] == ["IS-1"]
    assert [q["number"] for q in data["quotes_addressed_to_them"]] == ["Q-1"]
    mentions = {(t["record"], t["field"]) for t in data["texts_mentioning_them"]}
    assert mentions == {
        ("visit", "summary"),
        ("visit", "follow_ups"),
        ("customer_issue", "description"),
        ("quote", "notes"),
        ("contact", "notes"),
    }
    assert len(data["texts_mentioning_them"]) == 8  # 3 visit summaries, 2 follow-ups, …
    assert len(data["sealed_checklist_items_mentioning_them"]) == 1
    assert [(a["field"], a["new_value"]) for a in data["audit_events"]] == [
        ("phone", "+84 28 3823 4567")
    ]


def test_erasure_removes_the_person_everywhere_and_keeps_the_history(db: Database) -> None:
    ids = _setup(db)
    boss = ids["boss"]
    with db.session() as session:
        attended = session.scalar(select(func.count()).select_from(m.VisitContact))
    assert [h.matched for h in AccountSearch(db).search("Minh Khai")] == [NAME]

    summary = erase_contact(db, boss, "lan", f"{NAME} asked us to, by e-mail")

    placeholder = placeholder_for(boss)
    assert placeholder == f"Erased contact {boss.hex[:4].upper()}"
    assert (summary.texts_changed, summary.links_removed, summary.details_removed) == (8, 1, 11)
    assert summary.sealed_mentions == 1 and "sealed" in summary.describe()
    with db.session() as session:
        person = session.get(m.Contact, boss)
        assert person.name == placeholder and person.erased_at is not None
        assert [
            person.title,
            person.department,
            person.phone,
            person.email,
            person.messenger_id,
            person.notes,
            person.details,
        ] == [None] * 6 + [[]]
        assert person.dmu_role is e.DmuRole.DECISION_MAKER  # not about anyone any more
        assert session.scalar(select(func.count()).select_from(m.ContactLink)) == 0
        assert session.scalar(select(func.count()).select_from(m.VisitContact)) == attended
        summaries = session.scalars(select(m.Visit.summary).order_by(m.Visit.planned_start))
        assert sorted(summaries) == sorted(
            [
                f"Gặp chị {placeholder} và anh Jan-Willem; giá 5W-30 ổn.",
                f"Chị {placeholder} gọi lại số {placeholder} (máy bàn).",
                f"Khách nhắc đến {placeholder} bên Saigon Oil.",
            ]
        )
        texts = [
            *session.scalars(select(m.Visit.follow_ups).where(m.Visit.follow_ups.is_not(None))),
            session.scalar(select(m.CustomerIssue.description)),
            session.scalar(select(m.Quote.notes)),
            session.get(m.Contact, ids["buyer"]).notes,
        ]
        assert texts == [f"Gửi báo giá cho {placeholder}"] * 2 + [
            f"{placeholder} chưa nhận chiết khấu quý 1",
            f"Gửi {placeholder}",
            f"Rapporteert aan {placeholder}.",
        ]
        assert session.scalar(select(m.Quote.contact_id)) == boss  # the quote still counts
        events = session.execute(select(m.AuditEvent)).scalars().all()
        trail = [(ev.entity, ev.field, ev.old_value, ev.new_value) for ev in events]
        sealed = session.scalar(select(m.IssueChecklistItem.description))
    assert ("contact", "erased", None, f"{placeholder} asked us to, by e-mail") in trail
    assert ("contact", "phone", None, None) in trail  # redacted: values and salt gone
    phone = [ev for ev in events if ev.field == "phone"]
    assert [(ev.value_salt, ev.redacted_at is not None) for ev in phone] == [(None, True)]
    shown = [(h.field, h.old_value, h.new_value) for h in history(db, "contact", boss)]
    assert ("phone", "[erased]", "[erased]") in shown
    assert verify(db).valid  # redaction keeps the audit chain intact
    assert not any(NAME in str(row) or EMAIL in str(row) or "3823" in str(row) for row in trail)
    assert sealed.startswith(NAME)  # a sealed document is left as issued
    assert AccountSearch(db).search("Minh Khai") == []
    assert AccountSearch(db).search(EMAIL) == []


def test_erasing_twice_changes_nothing(db: Database) -> None:
    ids = _setup(db)
    erase_contact(db, ids["boss"], "lan", "asked")
    counts, before = row_counts(db), export_personal_data(db, ids["boss"])
    again = erase_contact(db, ids["boss"], "lan", "asked again")
    assert again.already_erased and "already been erased" in again.describe()
    after = export_personal_data(db, ids["boss"])
    assert row_counts(db) == counts
    assert {k: v for k, v in after.items() if k != "exported_at"} == {
        k: v for k, v in before.items() if k != "exported_at"
    }


def test_the_database_file_keeps_no_trace_of_them(tmp_path: Path) -> None:
    path = tmp_path / "trace.acctdb"
    db = open_database(path)
    ids = _setup(db, sealed=False)  # a sealed checklist would keep her name, as issued
    erase_contact(db, ids["boss"], "lan", "asked")
    db.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("trace.acctdb*"))
    for secret in (NAME, EMAIL, "3823 4567", "minhkhai75", "khai_sg"):
        assert secret.encode() not in stored, secret


def test_an_erased_contact_is_left_out_of_exports_and_imports(db: Database) -> None:
    ids = _setup(db)
    card = export_vcards(db, [ids["boss"]])
    erase_contact(db, ids["boss"], "lan", "asked")
    assert export_vcards(db, [ids["boss"]]) == b""
    summary = import_vcards(db, card, "KA01", actor="lan")  # comes back as someone new
    assert summary.created == 1
    with db.session() as session:
        assert session.get(m.Contact, ids["boss"]).name == placeholder_for(ids["boss"])


def test_finding_a_contact_by_name_or_id(db: Database) -> None:
    ids = _setup(db)
    assert [c.id for c in find_contacts(db, "nguyễn thị  minh khai")] == [ids["boss"]]
    assert [c.account_code for c in find_contacts(db, str(ids["buyer"]))] == ["KA01"]
    assert find_contacts(db, "Nobody") == []


def test_erasure_needs_a_reason_and_a_contact(db: Database) -> None:
    ids = _setup(db)
    with pytest.raises(PrivacyError, match="Say why"):
        erase_contact(db, ids["boss"], "lan", "  ")
    with pytest.raises(PrivacyError, match="no contact with the id"):
        erase_contact(db, uuid.uuid4(), "lan", "asked")
    with pytest.raises(PrivacyError, match="no contact with the id"):
        export_personal_data(db, uuid.uuid4())


@pytest.mark.postgres
def test_on_postgresql_too(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        ids = _setup(db)
        data = export_vcards(db, account_code="KA01", version="4.0")
        summary = import_vcards(db, data, "KA01", actor="lan")
        assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
        assert len(export_personal_data(db, ids["boss"])["texts_mentioning_them"]) == 8
        assert erase_contact(db, ids["boss"], "lan", "asked").texts_changed == 8
        assert AccountSearch(db).search("Minh Khai") == []
        assert erase_contact(db, ids["boss"], "lan", "asked").already_erased
    finally:
        db.close()
