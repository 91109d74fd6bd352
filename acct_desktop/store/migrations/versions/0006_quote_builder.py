"""Quote builder: engine price per line, approvals bound to what they approved, templates

Each quote line keeps the price the pricing engine resolved (``base_price``) so the line
discount is applied to it and the breakdown can be explained later; existing lines take their
list price (the demo's discounts were taken off the list price). An approval records the
fingerprint of the flagged lines it approved, so a later change to any of them invalidates
it. Quotes record who prepared them, when the customer asked, and the customer's decision;
order confirmations their delivery date. Quote templates hold reusable sets of lines.

Revision ID: 0006_quote_builder
Revises: 0005_price_rules
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, Exact, UTCDateTime

revision = "0006_quote_builder"
down_revision = "0005_price_rules"
branch_labels = None
depends_on = None


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prepared_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("requested_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("decided_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("decision_note", sa.Text(), nullable=True))
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_price", Exact(precision=18, scale=4), nullable=True))
        batch_op.add_column(sa.Column("description", sa.String(length=300), nullable=True))
    op.execute("UPDATE quote_line SET base_price = list_price WHERE base_price IS NULL")
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
    with op.batch_alter_table("order_confirmation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery_date", sa.Date(), nullable=True))

    op.create_table(
        "quote_template",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *_entity_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_template")),
        sa.UniqueConstraint("name", name=op.f("uq_quote_template_name")),
    )
    op.create_table(
        "quote_template_line",
        sa.Column("template_id", GUID(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", GUID(), nullable=False),
        sa.Column("quantity", Exact(precision=18, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["quote_template.id"],
            name=op.f("fk_quote_template_line_template_id_quote_template"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_quote_template_line_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_template_line")),
    )
    with op.batch_alter_table("quote_template_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quote_template_line_template_id"), ["template_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("quote_template_line")
    op.drop_table("quote_template")
    with op.batch_alter_table("order_confirmation", schema=None) as batch_op:
        batch_op.drop_column("delivery_date")
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.drop_column("fingerprint")
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_column("description")
        batch_op.drop_column("base_price")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_column("decision_note")
        batch_op.drop_column("decided_at")
        batch_op.drop_column("requested_on")
        batch_op.drop_column("prepared_by")
