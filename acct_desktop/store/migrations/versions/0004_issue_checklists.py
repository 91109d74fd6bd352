"""Issue checklists: revisions, frozen content, stamping; whose person is responsible

A checklist keeps the canonical JSON of what it said when issued (and its SHA-256), who
issued it, which earlier revision it replaces and when the customer's stamped copy came
back. Number + revision is unique. Issues say whether the responsible person is ours or
the customer's.

``issue_checklist`` is rebuilt on SQLite to add the self-reference; ``store.migrate`` runs
SQLite upgrades with foreign keys off so the rebuild cannot cascade into the items.

Revision ID: 0004_issue_checklists
Revises: 0003_account_name_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID

revision = "0004_issue_checklists"
down_revision = "0003_account_name_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_issue") as batch_op:
        batch_op.add_column(
            sa.Column(
                "responsible_side",
                sa.Enum("ours", "customer", name="responsibleside", native_enum=False, length=32),
                server_default="ours",
                nullable=False,
            )
        )

    with op.batch_alter_table("issue_checklist") as batch_op:
        batch_op.add_column(sa.Column("revision_of_id", GUID(), nullable=True))
        batch_op.add_column(sa.Column("issued_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("content_json", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("stamped_on", sa.Date(), nullable=True))
        batch_op.create_index(
            "uq_issue_checklist_number_revision", ["number", "revision"], unique=True
        )
        batch_op.create_foreign_key(
            "fk_issue_checklist_revision_of_id_issue_checklist",
            "issue_checklist",
            ["revision_of_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("issue_checklist") as batch_op:
        batch_op.drop_constraint(
            "fk_issue_checklist_revision_of_id_issue_checklist", type_="foreignkey"
        )
        batch_op.drop_index("uq_issue_checklist_number_revision")
        for column in ("stamped_on", "content_sha256", "content_json", "issued_by"):
            batch_op.drop_column(column)
        batch_op.drop_column("revision_of_id")

    with op.batch_alter_table("customer_issue") as batch_op:
        batch_op.drop_column("responsible_side")
