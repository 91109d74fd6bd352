"""The audit trail: who changed which field of which record, when, from what to what.

Every event is written by :func:`record_change`, which appends it to the hash chain (see
``audit_chain``) inside the caller's transaction: the event takes the next ``sequence``
and the hash of the event before it. On PostgreSQL concurrent writers queue on a
transaction-level advisory lock taken before the chain head is read, so two sessions never
take the same place; SQLite has one writer at a time, and the unique index on ``sequence``
refuses a second event at the same place in any case.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from acct_desktop.services.audit_chain import GENESIS_HASH, event_hash, value_digest
from acct_desktop.services.audit_names import named_values
from acct_desktop.store.database import Database
from acct_desktop.store.models import AuditEvent
from acct_desktop.store.types import utcnow

# What an erased (redacted) value is shown as.
REDACTED_VALUE = "[erased]"
# pg_advisory_xact_lock key of the chain head: "audi" in ASCII.
CHAIN_LOCK_KEY = 0x61756469
_HEAD_KEY = "acct_desktop.audit_chain_head"


def audit_text(value: object) -> str | None:
    """How a value is written in the trail: enums by value, Decimals exactly, None as None."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 88.5000 and 88.50 are both "88.5"
    return str(value)


def record_change(
    session: Session,
    actor: str,
    entity: str,
    entity_id: uuid.UUID,
    field: str,
    old: object,
    new: object,
    when: datetime | None = None,
) -> AuditEvent:
    """Append one audit event to the chain in the session's transaction (it commits or
    rolls back with it); ``entity_id`` must be known (flush a new record first)."""
    if entity_id is None:
        raise ValueError("an audit event needs the record's id: flush the new record first")
    head = _chain_head(session)
    salt = secrets.token_hex(32)
    old_value, new_value = audit_text(old), audit_text(new)
    event = AuditEvent(
        occurred_at=when or utcnow(),
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=old_value,
        new_value=new_value,
        sequence=head.sequence + 1,
        prev_hash=head.hash,
        value_salt=salt,
        old_digest=value_digest(salt, old_value),
        new_digest=value_digest(salt, new_value),
    )
    event.hash = event_hash(event)
    session.add(event)
    head.sequence, head.hash = event.sequence, event.hash
    return event


@dataclass(slots=True)
class _ChainHead:
    sequence: int
    hash: str


def _chain_head(session: Session) -> _ChainHead:
    """The sequence and hash of the chain's newest event as this transaction sees it: read
    once per transaction (under the PostgreSQL chain lock), then kept up to date here."""
    connection = session.connection()  # begins the transaction when none is open
    transaction = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached is not None and cached[0] is transaction:
        return cached[1]
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    with session.no_autoflush:
        row = session.execute(
            select(AuditEvent.sequence, AuditEvent.hash)
            .order_by(AuditEvent.sequence.desc())
            .limit(1)
        ).first()
    head = _ChainHead(row[0], row[1]) if row is not None else _ChainHead(0, GENESIS_HASH)
    session.info[_HEAD_KEY] = (transaction, head)
    return head


@dataclass(frozen=True, slots=True)
class AuditRow:
    occurred_at: datetime
    actor: str
    field: str | None
    old_value: str | None
    new_value: str | None


def history(
    db: Database,
    entity: str,
    entity_id: uuid.UUID | Sequence[uuid.UUID],
    newest_first: bool = False,
) -> list[AuditRow]:
    """Every change of one record (or of several: a quote's revisions), oldest first or
    newest first; erased values read ``[erased]``; a value
    that is another record's id (the account a policy is for, its product, its base policy)
    reads as that record's name, or "(deleted account)" when it is gone (see
    ``audit_names``), all looked up in one query."""
    ids = [entity_id] if isinstance(entity_id, uuid.UUID) else list(entity_id)
    order = (AuditEvent.occurred_at, AuditEvent.sequence)
    query = (
        select(AuditEvent)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
        .order_by(*(column.desc() for column in order) if newest_first else order)
    )
    with db.session() as session:
        rows = [_row(event) for event in session.scalars(query)]
        shown = named_values(session, entity, ((r.field, r.old_value, r.new_value) for r in rows))
    return [
        replace(row, old_value=old, new_value=new)
        for row, (old, new) in zip(rows, shown, strict=True)
    ]


def _row(event: AuditEvent) -> AuditRow:
    old, new = event.old_value, event.new_value
    if event.redacted_at is not None:
        old = None if event.old_digest is None else REDACTED_VALUE
        new = None if event.new_digest is None else REDACTED_VALUE
    return AuditRow(event.occurred_at, event.actor, event.field, old, new)
