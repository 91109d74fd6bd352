"""Alert snoozes and dismissals

The Alerts panel lets a manager snooze an alert until a day, or dismiss it with a reason;
``alert_dismissal`` keeps one row per person and alert key (``kind:object id``) with the
snooze day or, for a dismissal, the fingerprint of the fact it was about (an alert comes
back when that fact changes). Restoring an alert deletes its row.

Revision ID: 0009_alert_dismissals
Revises: 0008_contact_map_positions
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, UTCDateTime

revision = "0009_alert_dismissals"
down_revision = "0008_contact_map_positions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_dismissal",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("dismissed_by", sa.String(length=200), nullable=False),
        sa.Column("dismissed_at", UTCDateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_dismissal")),
        sa.UniqueConstraint("dismissed_by", "key", name=op.f("uq_alert_dismissal_dismissed_by")),
    )


def downgrade() -> None:
    op.drop_table("alert_dismissal")
