"""A quote line in litres (kg) keeps its pack's price and size

Revision ID: 0020_quote_line_pack_price
Revises: 0019_search_pinyin

A quantity in litres or kilograms is priced as quantity × pack price ÷ pack size, rounded
once at the line's amount (``domain/quote_maths.line_figures``), so whole packs cost the
same however they are typed. The line keeps the engine's price per pack (``pack_price``)
and how many of its unit one pack holds (``units_per_pack``) when it is priced; lines in
packs, and the lines priced before this revision, have none and keep the amounts they were
printed with (price per unit × quantity).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import Exact

revision = "0020_quote_line_pack_price"
down_revision = "0019_search_pinyin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pack_price", Exact(precision=18, scale=4), nullable=True))
        batch_op.add_column(
            sa.Column("units_per_pack", Exact(precision=18, scale=4), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_column("units_per_pack")
        batch_op.drop_column("pack_price")
