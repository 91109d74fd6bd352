"""A visit has an owner: the manager whose visit it is

Revision ID: 0023_visit_owner
Revises: 0022_search_pinyin_mix

In a team's shared database the account's territory manager stood in for who makes a
visit, so a colleague covering a store, or two managers sharing a territory, could not be
told apart. ``visit.owner`` holds the name of the manager who planned the visit, as on
their documents (My details), indexed for "My visits". The visits already in the database
are given their territory's manager (``territory.manager_name``, trimmed): who they were
taken to be until now. A visit whose territory names no manager keeps none (the app then
falls back to the territory's manager, as before). The downgrade drops the column.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023_visit_owner"
down_revision = "0022_search_pinyin_mix"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN on SQLite too (batch mode adds a column without copying)
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_visit_owner"), ["owner"], unique=False)
    op.execute(
        "UPDATE visit SET owner = ("
        "SELECT NULLIF(TRIM(territory.manager_name), '') FROM account "
        "JOIN territory ON territory.id = account.territory_id "
        "WHERE account.id = visit.account_id) "
        "WHERE owner IS NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_owner"))
        batch_op.drop_column("owner")
