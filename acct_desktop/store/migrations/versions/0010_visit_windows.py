"""Visit windows: preferred and closed weekdays, visiting hours per cycle

An account (or a tier) can now prefer several weekdays, be closed on some, and receive
visits only between given hours. ``preferred_weekdays`` and ``closed_weekdays`` hold
weekday numbers (0 = Monday) separated by commas; existing single preferred weekdays are
carried over.

Revision ID: 0010_visit_windows
Revises: 0009_alert_dismissals
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_visit_windows"
down_revision = "0009_alert_dismissals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_cycle", schema=None) as batch_op:
        batch_op.add_column(sa.Column("preferred_weekdays", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("closed_weekdays", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("visit_from", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("visit_to", sa.Time(), nullable=True))
    op.execute(
        "UPDATE visit_cycle SET preferred_weekdays = CAST(preferred_weekday AS VARCHAR(20)) "
        "WHERE preferred_weekday IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("visit_cycle", schema=None) as batch_op:
        batch_op.drop_column("visit_to")
        batch_op.drop_column("visit_from")
        batch_op.drop_column("closed_weekdays")
        batch_op.drop_column("preferred_weekdays")
