"""Relationship map positions

Where the manager dragged each person on an account's relationship map, per map (an
account's own map, or a parent's map that includes its child accounts). Positions are
screen geometry (floats), not business data; a missing row means "place automatically".

Revision ID: 0008_contact_map_positions
Revises: 0007_contact_details
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID

revision = "0008_contact_map_positions"
down_revision = "0007_contact_details"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_map_position",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("contact_id", GUID(), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contact_map_position_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_map_position_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "contact_id", name=op.f("pk_contact_map_position")),
    )
    with op.batch_alter_table("contact_map_position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_map_position_contact_id"), ["contact_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("contact_map_position")
