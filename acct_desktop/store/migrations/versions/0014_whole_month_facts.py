"""Sales facts: a monthly figure is marked as one

A fact dated the 1st was either a monthly figure (covering its month) or the 1st's own daily
figure, and nothing told them apart: a daily file of 2–31 October therefore left October's
monthly figure in place and the month was counted twice. ``whole_month`` marks monthly
figures; an import writes it, and a daily file replaces the monthly figure of its month.

Existing facts: one dated the 1st is taken for a monthly figure when its account has no
other day of that month for that measure (what the plan-vs-actual views already assumed).

Revision ID: 0014_whole_month_facts
Revises: 0013_form_drafts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_whole_month_facts"
down_revision = "0013_form_drafts"
branch_labels = None
depends_on = None

_MONTHLY = {
    "sqlite": (
        "strftime('%d', f.period) = '01'",
        "date(f.period, '+1 month')",
    ),
    "postgresql": (
        "EXTRACT(DAY FROM f.period) = 1",
        "(f.period + INTERVAL '1 month')::date",
    ),
}


def upgrade() -> None:
    with op.batch_alter_table("sales_fact", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("whole_month", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    first, month_end = _MONTHLY[op.get_bind().dialect.name]
    op.execute(
        "UPDATE sales_fact SET whole_month = TRUE WHERE id IN ("
        " SELECT f.id FROM sales_fact f"
        f" WHERE {first} AND NOT EXISTS ("
        "  SELECT 1 FROM sales_fact d"
        "  WHERE d.account_id = f.account_id AND d.measure = f.measure"
        f"  AND d.period > f.period AND d.period < {month_end}))"
    )


def downgrade() -> None:
    with op.batch_alter_table("sales_fact", schema=None) as batch_op:
        batch_op.drop_column("whole_month")
