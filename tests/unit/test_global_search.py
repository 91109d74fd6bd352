"""Global search (Ctrl+K) on real databases, SQLite and PostgreSQL: accounts, contacts,
quotes, issues and checklists by any fragment, accents folded, a few of each kind, never
an archived record; and the index follows changes, whoever writes them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import import_module
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import IssueCategory, IssueStatus, QuoteStatus
from acct_desktop.services.contact_records import ContactDraft, ContactRecords
from acct_desktop.services.global_search import GlobalHit, GlobalSearch
from acct_desktop.services.record_search import HitKind, newest_first
from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from acct_desktop.store.types import utcnow
from tests.unit.test_search import add_account

ACCOUNTS = [
    {"code": "NL000017", "name": "Autopunt Nederland Hoofdkantoor", "city": "Utrecht"},
    {"code": "VN000002", "name": "Gara ô tô Minh Khai", "city": "Bắc Ninh"},
    {"code": "CN000003", "name": "白云汽车服务中心", "city": "广州"},
    {"code": "NL000004", "name": "Garage Gesloten", "city": "Zwolle"},  # archived below
]
CONTACTS = [  # account code, name, title, e-mail, phone
    (
        "NL000017",
        "Zoë de Vries",
        "Hoofd inkoop",
        "zoe.devries@autopunt.example.nl",
        "+31 6 1234 5678",
    ),
    ("NL000017", "Pieter Jansen", "Werkplaatschef", None, None),
    ("VN000002", "Nguyễn Văn Cừ", "Giám đốc", "cu.nguyen@minhkhai.example.vn", "+84 957 315 204"),
    ("VN000002", "Đặng Thị Bích", "Kế toán trưởng", None, None),
    ("CN000003", "黄志强", "采购经理", None, None),
    ("NL000004", "Zoë Gesloten", None, None, None),  # of the archived account
]
QUOTES = [  # number, revision, account code
    ("Q-2026-00017", 1, "NL000017"),
    ("Q-2026-00017", 2, "NL000017"),
    ("Q-2026-00170", 1, "VN000002"),
    ("Q-2025-00005", 1, "CN000003"),
]
ISSUES = [  # number, account code, description
    ("IS-2026-00001", "VN000002", "Nhãn mới in số lô không rõ ràng"),
    ("IS-2026-00002", "CN000003", "新版标签上的批号印刷不清晰。"),
    ("IS-2026-00017", "NL000017", "Levering kwam twee dagen te laat"),
]
CHECKLISTS = [("CL-2026-00003", 1, "VN000002")]


def _fill(db: Database) -> dict[str, uuid.UUID]:
    """The territory above, written as any program would (ORM rows, no index calls): the
    database's own triggers tell global search what to index."""
    with db.session() as session:
        made = {spec["code"]: add_account(session, spec) for spec in ACCOUNTS}
        for code, name, title, email, phone in CONTACTS:
            session.add(
                m.Contact(account_id=made[code], name=name, title=title, email=email, phone=phone)
            )
        for number, revision, code in QUOTES:
            session.add(
                m.Quote(
                    number=number,
                    revision=revision,
                    account_id=made[code],
                    quote_date=date(2026, 11, revision),
                    valid_until=date(2026, 12, 31),
                    status=QuoteStatus.SENT if revision == 1 else QuoteStatus.DRAFT,
                )
            )
        for number, code, description in ISSUES:
            session.add(
                m.CustomerIssue(
                    number=number,
                    account_id=made[code],
                    category=IssueCategory.PACKAGING_VERSION,
                    description=description,
                    raised_on=date(2026, 11, 2),
                    responsible="Anna",
                    deadline=date(2026, 12, 1),
                )
            )
        for number, revision, code in CHECKLISTS:
            session.add(
                m.IssueChecklist(
                    number=number,
                    revision=revision,
                    account_id=made[code],
                    issued_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
                )
            )
        session.flush()
        AccountSearch(db).refresh(session, made.values())
        session.execute(
            update(m.Account).where(m.Account.id == made["NL000004"]).values(archived_at=utcnow())
        )
    return made


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def territory(request, tmp_path: Path) -> Iterator[tuple[Database, dict[str, uuid.UUID]]]:
    """The territory on a SQLite file, or on a PostgreSQL database of its own."""
    if request.param == "sqlite":
        db = open_database(tmp_path / "territory.acctdb")
        yield db, _fill(db)
        db.close()
        return
    from tests.pg import with_database

    server = request.getfixturevalue("pg_server")
    with with_database(server, "t_global_search") as url:
        db = open_database(url)
        yield db, _fill(db)
        db.close()


def found(db: Database, query: str, per_kind: int = 5) -> list[tuple[str, str]]:
    return [(hit.kind.value, hit.title) for hit in GlobalSearch(db).search(query, per_kind)]


def hits_of(db: Database, query: str, kind: HitKind) -> list[GlobalHit]:
    return [hit for hit in GlobalSearch(db).search(query) if hit.kind is kind]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zoe", [("contact", "Zoë de Vries")]),  # not the archived account's Zoë
        ("ZOË DE", [("contact", "Zoë de Vries")]),
        ("nguyen van", [("contact", "Nguyễn Văn Cừ")]),
        ("dang bich", [("contact", "Đặng Thị Bích")]),
        ("志强", [("contact", "黄志强")]),
        ("inkoop", [("contact", "Zoë de Vries")]),  # job title
        ("devries@autopunt", [("contact", "Zoë de Vries")]),  # e-mail
        ("957315", [("contact", "Nguyễn Văn Cừ")]),  # phone digits, typed without spaces
        ("315 204", [("contact", "Nguyễn Văn Cừ")]),
    ],
)
def test_contacts_by_name_title_email_and_phone(territory, query: str, expected) -> None:
    db, _made = territory
    assert found(db, query) == expected


def test_quotes_by_number_or_a_piece_of_it_newest_first(territory) -> None:
    db, _made = territory
    quotes = [("quote", "Q-2026-00017 R2"), ("quote", "Q-2026-00017")]
    assert [hit for hit in found(db, "Q-2026-00017") if hit[0] == "quote"] == quotes
    assert [hit for hit in found(db, "00017") if hit[0] == "quote"] == quotes
    by_piece = [hit for hit in found(db, "0017") if hit[0] == "quote"]  # inside 00017, 00170
    assert by_piece == [("quote", "Q-2026-00170"), *quotes]
    assert found(db, "Q-2025") == [("quote", "Q-2025-00005")]


def test_a_quote_hit_says_its_account_status_and_date(territory) -> None:
    db, made = territory
    (hit,) = hits_of(db, "Q-2026-00170", HitKind.QUOTE)
    assert (hit.account_id, hit.account_name) == (made["VN000002"], "Gara ô tô Minh Khai")
    assert (hit.status, hit.when) == (QuoteStatus.SENT, date(2026, 11, 1))


def test_quotes_by_their_account_name(territory) -> None:
    db, _made = territory
    assert found(db, "gara o to") == [
        ("account", "Gara ô tô Minh Khai"),
        ("quote", "Q-2026-00170"),
    ]


def test_issues_by_number_and_description(territory) -> None:
    db, made = territory
    assert found(db, "IS-2026-00001") == [("issue", "IS-2026-00001")]
    assert found(db, "nhan moi") == [("issue", "IS-2026-00001")]  # Vietnamese, no accents
    assert found(db, "标签") == [("issue", "IS-2026-00002")]
    (hit,) = hits_of(db, "levering", HitKind.ISSUE)
    assert (hit.title, hit.account_id, hit.status) == (
        "IS-2026-00017",
        made["NL000017"],
        IssueStatus.OPEN,
    )
    assert hit.detail == "Levering kwam twee dagen te laat"


def test_checklists_by_number(territory) -> None:
    db, made = territory
    (hit,) = GlobalSearch(db).search("CL-2026-00003")
    assert (hit.kind, hit.title, hit.account_id) == (
        HitKind.CHECKLIST,
        "CL-2026-00003",
        made["VN000002"],
    )
    assert hit.when == date(2026, 11, 20)
    assert found(db, "cl 3") == [("checklist", "CL-2026-00003")]


def test_every_kind_for_one_query_grouped_best_first(territory) -> None:
    db, _made = territory
    # 00017 starts a word of the quote and issue numbers, and is only a piece of the code
    # NL000017: the numbers come first.
    assert found(db, "00017") == [
        ("quote", "Q-2026-00017 R2"),
        ("quote", "Q-2026-00017"),
        ("issue", "IS-2026-00017"),
        ("account", "Autopunt Nederland Hoofdkantoor"),
    ]


def test_a_few_of_each_kind(territory) -> None:
    db, made = territory
    with db.session() as session:
        for n in range(8):
            session.add(m.Contact(account_id=made["NL000017"], name=f"Jansen {chr(ord('a') + n)}"))
    hits = found(db, "jansen", per_kind=5)
    assert hits == [("contact", f"Jansen {c}") for c in "abcde"]  # in name order
    assert len(found(db, "jansen", per_kind=2)) == 2


@pytest.mark.parametrize("query", ["", "   ", "%", "-_-", "*"])
def test_nothing_typed_finds_nothing(territory, query: str) -> None:
    db, _made = territory
    assert GlobalSearch(db).search(query) == []


def test_archived_records_are_not_found(territory) -> None:
    db, made = territory
    with db.session() as session:
        contact = session.scalars(select(m.Contact).where(m.Contact.name == "Pieter Jansen")).one()
        contact.archived_at = utcnow()
        issue = session.scalars(
            select(m.CustomerIssue).where(m.CustomerIssue.number == "IS-2026-00002")
        ).one()
        issue.archived_at = utcnow()
        quote = session.scalars(select(m.Quote).where(m.Quote.number == "Q-2025-00005")).one()
        quote.archived_at = utcnow()
    assert found(db, "pieter") == []
    assert found(db, "IS-2026-00002") == []
    assert found(db, "Q-2025-00005") == []
    assert found(db, "gesloten") == []  # the archived account, and its contact
    with db.session() as session:  # restored: found again
        session.execute(
            update(m.Account).where(m.Account.id == made["NL000004"]).values(archived_at=None)
        )
    assert found(db, "gesloten") == [
        ("account", "Garage Gesloten"),
        ("contact", "Zoë Gesloten"),
    ]


def test_changes_are_found_whoever_wrote_them(territory) -> None:
    db, made = territory
    records = ContactRecords(db, "tester")
    new_id = records.create(ContactDraft(account_id=made["CN000003"], name="Lâm Quốc Bảo"))
    assert found(db, "lam quoc") == [("contact", "Lâm Quốc Bảo")]
    # account search learns the new name too (the contact dock does not re-index it)
    assert [hit.name for hit in AccountSearch(db).search("lam quoc")] == ["白云汽车服务中心"]
    draft = records.draft_of(new_id)
    records.update(new_id, replace(draft, name="Lâm Minh Bảo"))
    assert found(db, "quoc") == []
    assert found(db, "lam minh") == [("contact", "Lâm Minh Bảo")]
    with db.session() as session:  # a rename of the account shows in its quotes' lines
        session.execute(
            update(m.Account).where(m.Account.id == made["VN000002"]).values(name="Gara Bắc Hà")
        )
    (hit,) = hits_of(db, "Q-2026-00170", HitKind.QUOTE)
    assert hit.account_name == "Gara Bắc Hà"
    assert [h.title for h in hits_of(db, "bac ha", HitKind.QUOTE)] == ["Q-2026-00170"]
    with db.session() as session:  # a deleted row leaves the index
        session.delete(session.scalars(select(m.IssueChecklist)).one())
    assert found(db, "CL-2026") == []


def test_nothing_to_catch_up_after_a_search(territory) -> None:
    db, _made = territory
    search = GlobalSearch(db)
    search.search("zoe")
    assert search.catch_up() == 0


def test_newest_first_orders_numbers_and_revisions_backwards() -> None:
    keys = ["Q-1", "Q-10", "Q-2", "Q-2026-00017", "Q-2026-00170"]
    revisions = [(k, r) for k in keys for r in (1, 2)]
    assert sorted(revisions, key=lambda kr: newest_first(*kr)) == sorted(revisions, reverse=True)


def test_upgrading_a_0015_database_makes_its_records_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(path))
    upgrade(engine, "0015_search_fragments")
    with Session(engine) as session, session.begin():
        account_id = add_account(session, {"code": "NL000001", "name": "Bandenhuys"})
        session.add(m.Contact(account_id=account_id, name="Zoë Bakker"))
    engine.dispose()
    db = open_database(path)  # upgrades to the head
    assert found(db, "zoe bak") == [("contact", "Zoë Bakker")]
    db.close()


def test_the_migration_goes_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "db.acctdb"
    db = open_database(path)
    db.close()
    engine = make_engine(to_url(path))
    from alembic import command

    from acct_desktop.store.migrate import alembic_config

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0015_search_fragments")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not any(name.startswith("record_search") for name in tables)
    assert "contact_record_search_insert" not in tables
    upgrade(engine)
    engine.dispose()
    migration = import_module("acct_desktop.store.migrations.versions.0016_record_search")
    assert migration.down_revision == "0015_search_fragments"
