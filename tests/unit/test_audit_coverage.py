"""What the audit trail covers: quotes (status, approvals, line changes), contacts' personal
data and its erasure, account profiles — each written into one valid chain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.services.account_edits import ProfileEdit, update_profile
from acct_desktop.services.audit import history
from acct_desktop.services.audit_chain import verify
from acct_desktop.services.contact_privacy import erase_contact, placeholder_for
from acct_desktop.services.contact_records import ContactRecords
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from tests.unit.test_quote_builder import Services, guard, products, vn_account


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def _fields(db: Database, entity: str, entity_id: object) -> list[tuple[str, str | None]]:
    return [(row.field, row.new_value) for row in history(db, entity, entity_id)]


def test_a_quote_approved_by_the_director_and_its_line_edits_are_in_the_trail(
    db: Database,
) -> None:
    s = Services(db)
    account = vn_account(db)
    flagged, plain = products(db, 2)
    guard(db, account, flagged, max_discount_percent=D(10))
    quote = s.builder.add_products(
        s.builder.create(account.id).id, [(flagged.id, D(10), None), (plain.id, D(5), None)]
    )
    s.builder.update_line(quote.lines[0].id, discount_percent=D(12))
    s.builder.move_line(quote.lines[1].id, 1)
    s.builder.duplicate_line(quote.lines[0].id)
    s.builder.reprice(quote.id)
    s.life.submit(quote.id)
    s.life.approve(quote.id, "Regional director", "Season volume")
    trail = _fields(db, "quote", quote.id)
    assert trail[0] == ("created", quote.number)
    assert ("line 1 discount_percent", "12") in trail
    assert ("line moved", "1") in trail
    assert ("line duplicated", "2") in trail  # the flagged line, moved down to 2
    assert ("repriced", None) in trail
    assert trail[-3:] == [
        ("approved by", "Regional director"),
        ("status", "approved"),
        ("reason", "Season volume"),
    ]
    assert verify(db).valid


def test_a_contacts_personal_data_changes_are_audited_and_erased_with_them(
    db: Database,
) -> None:
    with db.session() as session:
        contact_id = session.scalar(
            select(m.Contact.id).where(m.Contact.erased_at.is_(None)).order_by(m.Contact.name)
        )
    records = ContactRecords(db, "an")
    before = records.draft_of(contact_id)
    changed = replace(
        before,
        name="Trần Thị Mai",
        phone="+84 903 555 111",
        email="mai.tran@saigonoil.example",
        messenger_id="zalo:0903555111",
    )
    records.update(contact_id, changed)
    trail = _fields(db, "contact", contact_id)
    assert trail == [
        ("name", "Trần Thị Mai"),
        ("phone", "+84 903 555 111"),
        ("email", "mai.tran@saigonoil.example"),
        ("messenger_id", "zalo:0903555111"),
    ]
    erase_contact(db, contact_id, "lan", "Trần Thị Mai asked us to")
    after = history(db, "contact", contact_id)
    assert [(row.field, row.old_value, row.new_value) for row in after[:4]] == [
        (field, "[erased]" if old is not None else None, "[erased]")
        for field, old in (
            ("name", before.name),
            ("phone", before.phone),
            ("email", before.email),
            ("messenger_id", before.messenger_id),
        )
    ]
    placeholder = placeholder_for(contact_id)
    assert (after[-1].field, after[-1].new_value) == ("erased", f"{placeholder} asked us to")
    assert verify(db).valid


def test_an_account_profile_edit_is_chained_like_every_other_change(db: Database) -> None:
    with db.session() as session:
        account = session.scalar(select(m.Account).order_by(m.Account.code))
        account_id, version = account.id, account.version
    edit = ProfileEdit("Grow 5W-30 in 华南", None, "60 days", D("50000.00"), None)
    update_profile(db, account_id, version, edit, "an")
    assert ("strategy", "Grow 5W-30 in 华南") in _fields(db, "account", account_id)
    report = verify(db)
    assert report.valid and report.events_checked >= 3
