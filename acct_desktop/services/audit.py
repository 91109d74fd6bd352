"""The audit trail: who changed which field of which record, when, from what to what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.store.database import Database
from acct_desktop.store.models import AuditEvent
from acct_desktop.store.types import utcnow


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
) -> None:
    """Add one audit event to the session's transaction (it commits or rolls back with it)."""
    session.add(
        AuditEvent(
            occurred_at=when or utcnow(),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=audit_text(old),
            new_value=audit_text(new),
        )
    )


@dataclass(frozen=True, slots=True)
class AuditRow:
    occurred_at: datetime
    actor: str
    field: str | None
    old_value: str | None
    new_value: str | None


def history(db: Database, entity: str, entity_id: uuid.UUID) -> list[AuditRow]:
    """Every change of one record, oldest first."""
    query = (
        select(
            AuditEvent.occurred_at,
            AuditEvent.actor,
            AuditEvent.field,
            AuditEvent.old_value,
            AuditEvent.new_value,
        )
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.occurred_at, AuditEvent.created_at)
    )
    with db.session() as session:
        return [AuditRow(*row) for row in session.execute(query)]
