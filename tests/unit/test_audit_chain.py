"""The audit trail is a hash chain: history cannot be edited, deleted or reordered unseen.

The tamper tests play an attacker with the database file and sqlite3: they first drop the
triggers that refuse such edits, then change the trail, and ``verify`` must say what.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from acct_desktop.services.audit import record_change
from acct_desktop.services.audit_chain import GENESIS_HASH, canonical_record, verify
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade

MARCH_1 = datetime(2026, 3, 1, 9, 15, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "trail.acctdb")
    yield database
    database.close()


def _quote_trail(db: Database, events: int = 4) -> str:
    """A quote moved through its statuses by "an", one audit event per day; its number."""
    statuses = ["draft", "pending_approval", "approved", "sent", "accepted", "ordered"]
    with db.session() as session:
        account = m.Account(
            code="VN001",
            name="Công ty Dầu nhớt Sài Gòn",
            kind="headquarters",
            channel="chain_store",
            tier="A",
            currency="VND",
        )
        session.add(account)
        session.flush()
        quote = m.Quote(
            number="Q-2026-0042",
            revision=1,
            account_id=account.id,
            quote_date=MARCH_1.date(),
            valid_until=MARCH_1.date() + timedelta(days=30),
            currency="VND",
            status="draft",
        )
        session.add(quote)
        session.flush()
        quote_id = quote.id
    for day in range(events):
        with db.session() as session:
            record_change(
                session,
                "an",
                "quote",
                quote_id,
                "status",
                statuses[day],
                statuses[day + 1],
                when=MARCH_1 + timedelta(days=day),
            )
    return "Q-2026-0042"


def _attacker(db: Database) -> sqlite3.Connection:
    """A raw connection to the file with the append-only triggers dropped."""
    db.close()
    connection = sqlite3.connect(str(db.url.database), isolation_level=None)
    connection.execute("DROP TRIGGER audit_event_only_redaction")
    connection.execute("DROP TRIGGER audit_event_no_delete")
    return connection


def _sha(text_: str) -> str:
    return hashlib.sha256(text_.encode()).hexdigest()


# -- writing -----------------------------------------------------------------------------
def test_each_event_takes_the_next_place_and_the_hash_of_the_one_before(db: Database) -> None:
    _quote_trail(db, events=3)
    with db.session() as session:  # two events in one transaction
        quote_id = session.scalar(select(m.Quote.id))
        record_change(session, "an", "quote", quote_id, "notes", None, "Gửi chị Lan 报价")
        record_change(session, "an", "quote", quote_id, "notes", "Gửi chị Lan 报价", None)
    with db.session() as session:
        events = session.scalars(select(m.AuditEvent).order_by(m.AuditEvent.sequence)).all()
        assert [e.sequence for e in events] == [1, 2, 3, 4, 5]
        assert events[0].prev_hash == GENESIS_HASH
        assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
        assert events[3].new_digest == _sha(f"{events[3].value_salt}:Gửi chị Lan 报价")
        assert events[3].old_digest is None and events[4].new_digest is None
        assert len({e.value_salt for e in events}) == 5  # a fresh salt per event
    report = verify(db)
    assert report.valid and report.events_checked == 5 and report.head_sequence == 5
    assert f"5 events checked, the last is event 5 with hash {events[4].hash}" in (
        report.describe()
    )


def test_the_canonical_record_is_sorted_json_of_the_chained_fields() -> None:
    entity_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    record = canonical_record(
        sequence=7,
        occurred_at=datetime(2026, 3, 1, 16, 15, tzinfo=UTC).astimezone(),
        actor="Nguyễn",
        entity="quote",
        entity_id=entity_id,
        field="status",
        old_digest=None,
        new_digest="ab" * 32,
        prev_hash="cd" * 32,
    )
    assert record.decode() == (
        '{"actor":"Nguyễn","entity":"quote","entity_id":"12345678-1234-5678-1234-567812345678",'
        f'"field":"status","new_digest":"{"ab" * 32}","occurred_at":'
        f'"2026-03-01T16:15:00.000000+00:00","old_digest":null,"prev_hash":"{"cd" * 32}",'
        '"sequence":7}'
    )


def test_an_empty_trail_is_valid(db: Database) -> None:
    report = verify(db)
    assert report.valid and report.events_checked == 0
    assert report.describe() == "The audit trail is empty; there is nothing to check."


# -- the database refuses edits -----------------------------------------------------------
def test_the_database_refuses_to_change_or_delete_an_event(db: Database) -> None:
    _quote_trail(db, events=2)
    for statement in (
        "UPDATE audit_event SET new_value = 'rejected' WHERE sequence = 1",
        "UPDATE audit_event SET actor = 'someone else'",
        "UPDATE audit_event SET old_value = NULL, new_value = NULL, value_salt = NULL, "
        "redacted_at = '2026-04-01 00:00:00.000000', field = 'other' WHERE sequence = 1",
        "DELETE FROM audit_event WHERE sequence = 2",
    ):
        with pytest.raises(SQLDatabaseError, match="append-only"), db.session() as session:
            session.execute(text(statement))
    assert verify(db).valid


def test_erasing_an_events_values_is_the_one_update_allowed(db: Database) -> None:
    _quote_trail(db, events=3)
    with db.session() as session:
        session.execute(
            update(m.AuditEvent)
            .where(m.AuditEvent.sequence == 2)
            .values(old_value=None, new_value=None, value_salt=None, redacted_at=MARCH_1)
        )
    with pytest.raises(SQLDatabaseError, match="append-only"), db.session() as session:
        session.execute(  # the values cannot come back
            update(m.AuditEvent).where(m.AuditEvent.sequence == 2).values(new_value="approved")
        )
    with pytest.raises(SQLDatabaseError, match="append-only"), db.session() as session:
        session.execute(  # nor can the salt be kept (it would let the digest be reversed)
            update(m.AuditEvent)
            .where(m.AuditEvent.sequence == 3)
            .values(old_value=None, new_value=None, redacted_at=MARCH_1)
        )
    report = verify(db)
    assert report.valid and report.events_checked == 3


# -- an attacker with the file ----------------------------------------------------------
def test_a_value_edited_in_the_file_is_found(db: Database) -> None:
    number = _quote_trail(db)
    with _attacker(db) as attacker:
        attacker.execute("UPDATE audit_event SET new_value = 'accepted' WHERE sequence = 2")
    report = verify(db)
    assert not report.valid and report.broken_sequence == 2 and report.events_checked == 1
    assert report.problem == (
        f"event 2 (quote {number} R1 status, 2026-03-02 by an) was changed after it was "
        "written: its new value no longer matches the digest taken when it was written."
    )


def test_a_changed_actor_is_found(db: Database) -> None:
    number = _quote_trail(db)
    with _attacker(db) as attacker:
        attacker.execute("UPDATE audit_event SET actor = 'boss' WHERE sequence = 3")
    report = verify(db)
    assert report.problem == (
        f"event 3 (quote {number} R1 status, 2026-03-03 by boss) was changed after it was written."
    )


def test_a_deleted_event_is_found(db: Database) -> None:
    number = _quote_trail(db)
    with _attacker(db) as attacker:
        attacker.execute("DELETE FROM audit_event WHERE sequence = 2")
    report = verify(db)
    assert report.broken_sequence == 2
    assert report.problem == (
        "event 2 is missing: it was deleted from before "
        f"event 3 (quote {number} R1 status, 2026-03-03 by an)."
    )


def test_deleted_events_hidden_by_renumbering_the_rest_are_found(db: Database) -> None:
    number = _quote_trail(db)
    with _attacker(db) as attacker:
        attacker.execute("DELETE FROM audit_event WHERE sequence = 2")
        attacker.execute("UPDATE audit_event SET sequence = sequence - 1 WHERE sequence > 2")
    report = verify(db)
    assert report.problem == (
        f"event 2 (quote {number} R1 status, 2026-03-03 by an) was written as event 3: events "
        "were deleted, inserted or put in another order after they were written."
    )


def test_two_swapped_events_are_found(db: Database) -> None:
    number = _quote_trail(db)
    with _attacker(db) as attacker:
        attacker.execute("UPDATE audit_event SET sequence = -1 WHERE sequence = 2")
        attacker.execute("UPDATE audit_event SET sequence = 2 WHERE sequence = 3")
        attacker.execute("UPDATE audit_event SET sequence = 3 WHERE sequence = -1")
    report = verify(db)
    assert report.broken_sequence == 2
    assert report.problem == (
        f"event 2 (quote {number} R1 status, 2026-03-03 by an) was written as event 3: events "
        "were deleted, inserted or put in another order after they were written."
    )


def test_an_edit_with_its_digest_and_hash_recomputed_is_found_by_the_next_event(
    db: Database,
) -> None:
    number = _quote_trail(db)
    with db.session() as session:
        event = session.scalar(select(m.AuditEvent).where(m.AuditEvent.sequence == 2))
        forged_digest = _sha(f"{event.value_salt}:accepted")
        record = canonical_record(
            sequence=2,
            occurred_at=event.occurred_at,
            actor=event.actor,
            entity=event.entity,
            entity_id=event.entity_id,
            field=event.field,
            old_digest=event.old_digest,
            new_digest=forged_digest,
            prev_hash=event.prev_hash,
        )
    with _attacker(db) as attacker:
        attacker.execute(
            "UPDATE audit_event SET new_value = 'accepted', new_digest = ?, hash = ? "
            "WHERE sequence = 2",
            (forged_digest, hashlib.sha256(record).hexdigest()),
        )
    report = verify(db)
    assert report.broken_sequence == 2
    assert report.problem == (
        f"event 2 (quote {number} R1 status, 2026-03-02 by an) was changed after it was "
        "written: its hash was recomputed, and event 3 was chained to what it held before."
    )


def test_a_redacted_value_put_back_is_found(db: Database) -> None:
    _quote_trail(db)
    with db.session() as session:
        session.execute(
            update(m.AuditEvent)
            .where(m.AuditEvent.sequence == 1)
            .values(old_value=None, new_value=None, value_salt=None, redacted_at=MARCH_1)
        )
    with _attacker(db) as attacker:
        attacker.execute("UPDATE audit_event SET new_value = 'sent' WHERE sequence = 1")
    report = verify(db)
    assert report.broken_sequence == 1 and "was erased, yet holds a value again" in report.problem


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(st.one_of(st.none(), st.text(max_size=40)), min_size=2, max_size=8),
    data=st.data(),
)
def test_any_values_chain_and_any_single_edit_is_found(
    tmp_path_factory: pytest.TempPathFactory, values: list[str | None], data: st.DataObject
) -> None:
    values = [None if v is None else v.replace("\x00", "") for v in values]
    db = open_database(tmp_path_factory.mktemp("hyp") / "trail.acctdb")
    entity_id = uuid.uuid4()
    with db.session() as session:
        for value in values:
            record_change(session, "lan", "contact", entity_id, "notes", None, value)
    assert verify(db).valid and verify(db).events_checked == len(values)
    target = data.draw(st.integers(1, len(values)), label="event edited")
    replacement = data.draw(st.text(max_size=40), label="new value").replace("\x00", "")
    if replacement == values[target - 1]:
        replacement += "!"
    with _attacker(db) as attacker:
        attacker.execute(
            "UPDATE audit_event SET new_value = ? WHERE sequence = ?", (replacement, target)
        )
    report = verify(db)
    assert report.broken_sequence == target and "was changed after it was written" in (
        report.problem
    )


# -- upgrading a database that already has a trail ----------------------------------------
def test_upgrading_chains_the_existing_events_by_time(tmp_path: Path) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0011_sales_analysis")
    ids = [uuid.uuid4() for _ in range(3)]
    with engine.begin() as connection:
        for id_, hour, value in zip(ids, (11, 9, 10), ("ba", "Đà Nẵng 一", None), strict=True):
            stamp = f"2026-03-01 {hour:02d}:00:00.000000"
            connection.execute(
                text(
                    "INSERT INTO audit_event (id, occurred_at, actor, entity, entity_id, field, "
                    "old_value, new_value, created_at, updated_at, version) VALUES (:id, :at, "
                    "'an', 'quote', :entity, 'status', NULL, :value, :at, :at, 1)"
                ),
                {"id": id_.bytes, "at": stamp, "entity": uuid.uuid4().bytes, "value": value},
            )
    engine.dispose()
    db = open_database(path)
    try:
        with db.session() as session:
            order = session.scalars(select(m.AuditEvent.id).order_by(m.AuditEvent.sequence))
            assert list(order) == [ids[1], ids[2], ids[0]]
        report = verify(db)
        assert report.valid and report.events_checked == 3
        with db.session() as session:  # new events continue the chain
            record_change(session, "an", "quote", ids[0], "status", "sent", "accepted")
        assert verify(db).events_checked == 4 and verify(db).valid
    finally:
        db.close()
