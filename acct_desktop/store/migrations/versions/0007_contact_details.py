"""Contact details and erasure

A vCard carries several phone numbers, e-mail addresses, postal addresses, web addresses
and messenger ids; ``contact_detail`` holds the ones beyond the contact's own (primary)
``phone`` and ``email`` columns, each with its kind, a label (work, cell, home, fax, wechat
…) and its place in the contact's list. ``contact.erased_at`` records when a person's data
was erased on request (the row stays under a placeholder name so visit history still
counts).

Revision ID: 0007_contact_details
Revises: 0006_quote_builder
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, UTCDateTime

revision = "0007_contact_details"
down_revision = "0006_quote_builder"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erased_at", UTCDateTime(), nullable=True))

    op.create_table(
        "contact_detail",
        sa.Column("contact_id", GUID(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "phone",
                "email",
                "address",
                "url",
                "messenger",
                name="contactdetailkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=60), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_detail_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_detail")),
    )
    with op.batch_alter_table("contact_detail", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_detail_contact_id"), ["contact_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("contact_detail", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_detail_contact_id"))
    op.drop_table("contact_detail")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("erased_at")
