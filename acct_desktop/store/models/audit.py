"""Who changed what (policies, rebates, quotes, checklists, contacts) and attached files.

Audit events form a hash chain (see ``services/audit_chain.py`` and migration 0012): each
row holds its ``sequence``, the previous event's ``hash`` and its own, computed over salted
digests of its values so that erasing a person's values (``redacted_at``) keeps it valid.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from acct_desktop.store.base import Entity
from acct_desktop.store.types import GUID, UTCDateTime


class AuditEvent(Entity):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id", "occurred_at"),
        Index("ix_audit_event_sequence", "sequence", unique=True),
    )

    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID] = mapped_column(GUID())
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # The chain: position, the previous event's hash, this event's hash (64 hex digits).
    sequence: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Salted SHA-256 of each value; the salt is erased with the values (redaction).
    value_salt: Mapped[str | None] = mapped_column(String(64))
    old_digest: Mapped[str | None] = mapped_column(String(64))
    new_digest: Mapped[str | None] = mapped_column(String(64))
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Attachment(Entity):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_entity", "owner_id"),)

    owner_entity: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[uuid.UUID] = mapped_column(GUID())
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
