"""Form drafts: what was typed into a form and not saved yet

``form_draft`` keeps a form's typed values per person, form and record as they are typed,
so a crash or a flat battery loses nothing; the row is removed when the form is saved or
cancelled. In the database rather than a file so that an encrypted database keeps its
drafts encrypted too.

Revision ID: 0013_form_drafts
Revises: 0012_audit_chain
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, UTCDateTime

revision = "0013_form_drafts"
down_revision = "0012_audit_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_draft",
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("form", sa.String(length=60), nullable=False),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("kept_at", UTCDateTime(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_draft")),
        sa.UniqueConstraint("owner", "form", "record_key", name=op.f("uq_form_draft_owner")),
    )


def downgrade() -> None:
    op.drop_table("form_draft")
