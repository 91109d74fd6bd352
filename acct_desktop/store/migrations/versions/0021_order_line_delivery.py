"""An order confirmation keeps which lines come later, and from when

Revision ID: 0021_order_line_delivery
Revises: 0020_quote_line_pack_price

Confirming an order with a delivery date some lines' lead times do not allow needs the
customer to accept a partial delivery (the Order confirmation dialog says which lines and
from when). What was agreed is kept per line (``quote_line.delivery_from``: the day a line
comes, later than the confirmed date; None for a line delivered on it), so the printed
confirmation says it. Orders confirmed before this revision have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_order_line_delivery"
down_revision = "0020_quote_line_pack_price"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery_from", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_column("delivery_from")
