"""The audit chain on a team's PostgreSQL database: concurrent writers, append-only trigger."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DatabaseError as SQLDatabaseError

from acct_desktop.services.audit import record_change
from acct_desktop.services.audit_chain import verify
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database

pytestmark = pytest.mark.postgres

WRITERS = 2
EVENTS_EACH = 15


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.close()


def test_two_laptops_writing_at_once_make_one_unbroken_chain(db: Database) -> None:
    """Both sessions hold their transaction open across several events; the second waits
    for the chain head instead of taking the same place."""
    start = threading.Barrier(WRITERS)
    failures: list[BaseException] = []

    def write(actor: str) -> None:
        try:
            start.wait()
            for batch in range(EVENTS_EACH // 3):
                with db.session() as session:
                    for step in range(3):
                        record_change(session, actor, "quote", uuid.uuid4(), "status", batch, step)
        except BaseException as exc:  # reported in the main thread
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(f"tm{n}",)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with db.session() as session:
        sequences = list(session.scalars(select(m.AuditEvent.sequence).order_by("sequence")))
        actors = set(session.scalars(select(m.AuditEvent.actor)))
    assert sequences == list(range(1, WRITERS * EVENTS_EACH + 1))
    assert actors == {"tm0", "tm1"}
    report = verify(db)
    assert report.valid and report.events_checked == WRITERS * EVENTS_EACH


def test_the_server_refuses_edits_and_deletes_but_allows_redaction(db: Database) -> None:
    with db.session() as session:
        record_change(session, "an", "contact", uuid.uuid4(), "phone", None, "+84 28 3823 4567")
        record_change(session, "an", "contact", uuid.uuid4(), "email", "a@b.example", None)
    for statement in (
        "UPDATE audit_event SET new_value = '+84 0' WHERE sequence = 1",
        "UPDATE audit_event SET hash = repeat('0', 64) WHERE sequence = 2",
        "DELETE FROM audit_event WHERE sequence = 2",
        "TRUNCATE audit_event",
    ):
        with pytest.raises(SQLDatabaseError, match="append-only"), db.session() as session:
            session.execute(text(statement))
    with db.session() as session:
        session.execute(
            update(m.AuditEvent)
            .where(m.AuditEvent.sequence == 1)
            .values(
                old_value=None,
                new_value=None,
                value_salt=None,
                redacted_at=datetime(2026, 4, 1, tzinfo=UTC),
            )
        )
    report = verify(db)
    assert report.valid and report.events_checked == 2
