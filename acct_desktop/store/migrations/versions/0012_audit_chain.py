"""Audit chain: every audit event hash-chained to the one before it; append-only

``audit_event`` gains ``sequence`` (1, 2, 3, … unique), ``prev_hash`` and ``hash`` (64 hex
digits, SHA-256), ``value_salt``, ``old_digest``, ``new_digest`` and ``redacted_at``.

The hash of an event is taken over a canonical JSON record (sorted keys: sequence,
occurred_at in UTC ISO with microseconds, actor, entity, entity_id, field, old_digest,
new_digest, prev_hash; see ``services/audit_chain.py``), not over the values themselves:
each value enters the chain as ``sha256(value_salt + ":" + value)``. The digests are stored
(rather than recomputed from the values) because erasing a person's data must leave the
chain checkable: redaction sets ``old_value``, ``new_value`` *and* ``value_salt`` to NULL
and ``redacted_at`` to the time; the digests stay, so the chain still verifies, and for
unredacted events the values are checked against them. The per-event random salt is what
makes the erasure real: an unsalted digest of a phone number or e-mail address could be
reversed by hashing every candidate, a 256-bit salt that is erased with the value cannot.

Existing events are chained here in (occurred_at, id) order, each with a fresh salt.

Append-only: triggers refuse DELETE (and TRUNCATE on PostgreSQL) and every UPDATE except
the redaction: both values and the salt become NULL, ``redacted_at`` is set (and stays
what it was once set), and no chained column (id, sequence, hashes, digests, occurred_at,
actor, entity, entity_id, field, created_at) changes. ``updated_at`` and ``version`` may
move (the ORM bumps them) as they are not part of the chain. A later migration that
rebuilds this table on SQLite (``batch_alter_table``) drops the triggers and must create
them again.

Revision ID: 0012_audit_chain
Revises: 0011_sales_analysis
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, UTCDateTime

revision = "0012_audit_chain"
down_revision = "0011_sales_analysis"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64
DELETE_REFUSED = "The audit trail is append-only: its events cannot be deleted."
UPDATE_REFUSED = (
    "The audit trail is append-only: an event can only have its values erased (redacted)."
)
# Columns the chain depends on: a redaction must leave every one of them as it was.
CHAINED = (
    "id",
    "sequence",
    "prev_hash",
    "hash",
    "old_digest",
    "new_digest",
    "occurred_at",
    "actor",
    "entity",
    "entity_id",
    "field",
    "created_at",
)

_events = sa.table(
    "audit_event",
    sa.column("id", GUID()),
    sa.column("occurred_at", UTCDateTime()),
    sa.column("actor", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", GUID()),
    sa.column("field", sa.String()),
    sa.column("old_value", sa.Text()),
    sa.column("new_value", sa.Text()),
    sa.column("sequence", sa.Integer()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
    sa.column("value_salt", sa.String()),
    sa.column("old_digest", sa.String()),
    sa.column("new_digest", sa.String()),
)


def _digest(salt: str, value: str | None) -> str | None:
    # Frozen copy of services.audit_chain.value_digest (a test checks they agree).
    return None if value is None else hashlib.sha256(f"{salt}:{value}".encode()).hexdigest()


def _hash(row: sa.Row, sequence: int, old: str | None, new: str | None, prev: str) -> str:
    # Frozen copy of services.audit_chain.canonical_record.
    record = {
        "sequence": sequence,
        "occurred_at": row.occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": row.actor,
        "entity": row.entity,
        "entity_id": str(row.entity_id),
        "field": row.field,
        "old_digest": old,
        "new_digest": new,
        "prev_hash": prev,
    }
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _chain_existing_events() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(_events).order_by(_events.c.occurred_at, _events.c.id)).fetchall()
    prev = GENESIS_HASH
    updates = []
    for sequence, row in enumerate(rows, start=1):
        salt = secrets.token_hex(32)
        old, new = _digest(salt, row.old_value), _digest(salt, row.new_value)
        own = _hash(row, sequence, old, new, prev)
        updates.append(
            {
                "row_id": row.id,
                "sequence": sequence,
                "prev_hash": prev,
                "hash": own,
                "value_salt": salt,
                "old_digest": old,
                "new_digest": new,
            }
        )
        prev = own
    if updates:
        bind.execute(
            _events.update()
            .where(_events.c.id == sa.bindparam("row_id"))
            .values(
                sequence=sa.bindparam("sequence"),
                prev_hash=sa.bindparam("prev_hash"),
                hash=sa.bindparam("hash"),
                value_salt=sa.bindparam("value_salt"),
                old_digest=sa.bindparam("old_digest"),
                new_digest=sa.bindparam("new_digest"),
            ),
            updates,
        )


def _redaction_only(same: str) -> str:
    """SQL that is true only for the one allowed update (``same`` = null-safe equality)."""
    unchanged = " AND ".join(same.format(f"NEW.{c}", f"OLD.{c}") for c in CHAINED)
    return (
        "NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.value_salt IS NULL "
        "AND NEW.redacted_at IS NOT NULL "
        f"AND (OLD.redacted_at IS NULL OR {same.format('NEW.redacted_at', 'OLD.redacted_at')}) "
        f"AND {unchanged}"
    )


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
            f"BEGIN SELECT RAISE(ABORT, '{DELETE_REFUSED}'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_event_only_redaction BEFORE UPDATE ON audit_event "
            f"WHEN NOT ({_redaction_only('{0} IS {1}')}) "
            f"BEGIN SELECT RAISE(ABORT, '{UPDATE_REFUSED}'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN RAISE EXCEPTION '{DELETE_REFUSED}'; END IF;\n"
        f"  IF {_redaction_only('{0} IS NOT DISTINCT FROM {1}')} THEN RETURN NEW; END IF;\n"
        f"  RAISE EXCEPTION '{UPDATE_REFUSED}';\n"
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE PROCEDURE audit_event_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
        "FOR EACH STATEMENT EXECUTE PROCEDURE audit_event_append_only()"
    )


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_event_only_redaction")
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event")
    op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
    op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("value_salt", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("old_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("new_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("redacted_at", UTCDateTime(), nullable=True))
    _chain_existing_events()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("sequence", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index("ix_audit_event_sequence", ["sequence"], unique=True)
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_sequence")
        batch_op.drop_column("redacted_at")
        batch_op.drop_column("new_digest")
        batch_op.drop_column("old_digest")
        batch_op.drop_column("value_salt")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("sequence")
