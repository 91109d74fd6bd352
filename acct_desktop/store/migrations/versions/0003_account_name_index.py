"""Account name index for filtered lists

Filtered account lists are ordered by name; with this index a page of matches is read by
walking the names and stopping after the page, instead of sorting every match.

Revision ID: 0003_account_name_index
Revises: 0002_account_search
"""

from __future__ import annotations

from alembic import op

revision = "0003_account_name_index"
down_revision = "0002_account_search"
branch_labels = None
depends_on = None


# Plain (not batch) operations: a batch on SQLite may copy the table, which would drop the
# search index's triggers on ``account``.
def upgrade() -> None:
    op.create_index("ix_account_name", "account", ["name"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_account_name", table_name="account")
