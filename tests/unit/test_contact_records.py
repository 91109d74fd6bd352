"""Editing contacts and relationships as the relationship map does; DMU coverage rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from acct_desktop.domain.dmu_coverage import CoveragePerson, coverage, reporting_loop
from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.services.contact_records import ContactDraft, ContactRecords, ContactRejected
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, AuditEvent, Contact

TODAY = date(2026, 11, 23)


def person(pid: str, role: DmuRole, attitude=Attitude.NEUTRAL, influence=3, last=None):
    return CoveragePerson(pid, pid, role, attitude, influence, last)


def test_missing_roles_stale_contacts_and_single_thread() -> None:
    people = [
        person("Li", DmuRole.DECISION_MAKER, Attitude.OPPONENT, 5, TODAY - timedelta(days=10)),
        person("Wu", DmuRole.USER, Attitude.CHAMPION, 2, TODAY - timedelta(days=91)),
        person("Ha", DmuRole.INFLUENCER, Attitude.SCEPTIC, 4, None),
    ]
    result = coverage(people, TODAY, stale_days=90)
    assert result.missing_roles[0] is DmuRole.BUYER  # essential first
    assert set(result.missing_roles) == {DmuRole.BUYER, DmuRole.GATEKEEPER, DmuRole.TECHNICAL}
    assert result.stale == (("Ha", None), ("Wu", 91))  # never contacted first
    assert result.blockers == ("Li", "Ha")  # most influential first
    assert result.champions == ("Wu",)
    assert not result.single_threaded
    alone = coverage([people[0]], TODAY)
    assert alone.single_threaded and alone.gaps >= 1
    with pytest.raises(ValueError):
        coverage(people, TODAY, stale_days=0)


def test_exactly_n_days_is_not_stale() -> None:
    result = coverage([person("A", DmuRole.BUYER, last=TODAY - timedelta(days=90))], TODAY, 90)
    assert result.stale == ()


def test_reporting_loops_are_found_with_their_people() -> None:
    lines = {"a": None, "b": "a", "c": "b"}
    assert reporting_loop(lines, "a", "c") == ["a", "c", "b", "a"]
    assert reporting_loop(lines, "c", "a") == []
    assert reporting_loop(lines, "a", "a") == ["a", "a"]
    assert reporting_loop(lines, "a", None) == []


@given(
    st.dictionaries(st.integers(0, 8), st.one_of(st.none(), st.integers(0, 8)), max_size=9),
    st.integers(0, 8),
    st.integers(0, 8),
)
def test_a_change_the_check_allows_never_makes_a_loop(lines, who, boss) -> None:
    lines = {k: v for k, v in lines.items() if k != v}
    if reporting_loop(lines, who, boss):
        return
    changed = {**lines, who: boss}
    current, steps = changed.get(who), 0
    while current is not None and steps < 20:  # walking up never comes back to ``who``
        assert current != who
        current, steps = changed.get(current), steps + 1


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def an_account(db: Database) -> Account:
    with db.session() as session:
        return session.scalars(select(Account).order_by(Account.code)).first()


def test_a_contact_is_validated_per_field_and_audited(db: Database) -> None:
    records = ContactRecords(db, "tm")
    account = an_account(db)
    with pytest.raises(ContactRejected) as caught:
        records.create(ContactDraft(account.id, " ", email="nope", influence=9))
    assert set(caught.value.problems) == {"name", "email", "influence"}
    contact_id = records.create(
        ContactDraft(account.id, "Nguyễn Thị Hoa", email="hoa@example.vn", dmu_role=DmuRole.BUYER)
    )
    from dataclasses import replace

    records.update(contact_id, replace(records.draft_of(contact_id), title="Trưởng phòng"))
    with db.session() as session:
        fields = session.scalars(
            select(AuditEvent.field).where(AuditEvent.entity_id == contact_id)
        ).all()
    assert "created" in fields and "title" in fields


def test_reporting_lines_cannot_loop(db: Database) -> None:
    records = ContactRecords(db, "tm")
    account = an_account(db)
    boss = records.create(ContactDraft(account.id, "Boss"))
    middle = records.create(ContactDraft(account.id, "Middle", reports_to_id=boss))
    worker = records.create(ContactDraft(account.id, "Worker", reports_to_id=middle))
    with pytest.raises(ContactRejected, match="Boss → Worker → Middle → Boss"):
        records.set_reports_to(boss, worker)
    records.set_reports_to(worker, boss)  # allowed: no loop
    with db.session() as session:
        assert session.get(Contact, worker).reports_to_id == boss


def test_links_are_typed_unique_and_never_to_oneself(db: Database) -> None:
    records = ContactRecords(db, "tm")
    account = an_account(db)
    a = records.create(ContactDraft(account.id, "A"))
    b = records.create(ContactDraft(account.id, "B"))
    with pytest.raises(ContactRejected, match="themselves"):
        records.link(a, a, ContactLinkKind.KNOWS)
    link = records.link(a, b, ContactLinkKind.ALLIED_WITH)
    with pytest.raises(ContactRejected, match="already linked"):
        records.link(b, a, ContactLinkKind.ALLIED_WITH)  # symmetric
    records.link(b, a, ContactLinkKind.INFLUENCES)  # directed: a different relationship
    assert {row.kind for row in records.links({a, b})} == {
        ContactLinkKind.ALLIED_WITH,
        ContactLinkKind.INFLUENCES,
    }
    records.unlink(link)
    assert [row.kind for row in records.links({a, b})] == [ContactLinkKind.INFLUENCES]


def test_archiving_a_manager_frees_their_reports(db: Database) -> None:
    records = ContactRecords(db, "tm")
    account = an_account(db)
    boss = records.create(ContactDraft(account.id, "Boss"))
    report = records.create(ContactDraft(account.id, "Report", reports_to_id=boss))
    records.archive(boss)
    with db.session() as session:
        assert session.get(Contact, report).reports_to_id is None
        assert session.get(Contact, boss).archived_at is not None


def test_contacts_typed_in_the_form_are_found_by_search_at_once(db: Database) -> None:
    """The map's form, not only a vCard import, keeps the search index up to date."""
    from dataclasses import replace

    from acct_desktop.services.search import AccountSearch

    records = ContactRecords(db, "tm")
    account = an_account(db)
    search = AccountSearch(db)
    assert not search.search("Zoë van ’t Hek")
    contact_id = records.create(ContactDraft(account.id, "Zoë van ’t Hek"))
    assert [hit.id for hit in search.search("zoe hek")] == [account.id]
    records.update(contact_id, replace(records.draft_of(contact_id), name="Zoë Maartens"))
    assert not search.search("zoe hek")
    assert [hit.id for hit in search.search("maartens")] == [account.id]
    records.archive(contact_id)
    assert not search.search("maartens")
    records.restore(contact_id)
    assert [hit.id for hit in search.search("maartens")] == [account.id]
