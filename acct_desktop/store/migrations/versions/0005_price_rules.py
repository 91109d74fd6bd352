"""Price rules, approval workflow and exchange rates

Price policies carry their rule (fixed at the guide price, a percentage off a base, or a
formula with rounding, surcharge and margin bounds; a base may be another policy) and the
approval workflow's who/when/why; rebate agreements get the same workflow and their signed
scan. Exchange rates convert list prices and costs to a policy's currency; register
settings hold company rules such as the rebate late-entry days. Existing policies with a
guide price become fixed-price rules.

Revision ID: 0005_price_rules
Revises: 0004_issue_checklists
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, Exact, UTCDateTime

revision = "0005_price_rules"
down_revision = "0004_issue_checklists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_rate",
        sa.Column("base_currency", sa.String(length=3), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", Exact(precision=18, scale=8), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(
            "uq_exchange_rate", ["base_currency", "currency", "valid_from"], unique=True
        )

    op.create_table(
        "register_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_register_setting_key")),
    )
    with op.batch_alter_table("price_policy", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "rule_kind",
                sa.Enum(
                    "fixed",
                    "percent_discount",
                    "formula",
                    name="rulekind",
                    native_enum=False,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("unit", sa.String(length=10), nullable=True))
        batch_op.add_column(
            sa.Column("discount_percent", Exact(precision=9, scale=4), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "base_kind",
                sa.Enum(
                    "list", "cost", "other_rule", name="basekind", native_enum=False, length=32
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("base_policy_id", GUID(), nullable=True))
        batch_op.add_column(sa.Column("round_to", Exact(precision=18, scale=4), nullable=True))
        batch_op.add_column(sa.Column("surcharge", Exact(precision=18, scale=4), nullable=True))
        batch_op.add_column(
            sa.Column("min_margin_amount", Exact(precision=18, scale=4), nullable=True)
        )
        batch_op.add_column(
            sa.Column("max_margin_amount", Exact(precision=18, scale=4), nullable=True)
        )
        batch_op.add_column(sa.Column("submitted_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("submitted_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("decision_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("terminated_at", UTCDateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_price_policy_base_policy_id_price_policy"),
            "price_policy",
            ["base_policy_id"],
            ["id"],
            ondelete="RESTRICT",
        )

    with op.batch_alter_table("rebate_agreement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("approved_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("decision_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("terminated_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("signed_scan_id", GUID(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_rebate_agreement_signed_scan_id_attachment"),
            "attachment",
            ["signed_scan_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.execute("UPDATE price_policy SET rule_kind = 'fixed' WHERE guide_price IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("rebate_agreement", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_rebate_agreement_signed_scan_id_attachment"), type_="foreignkey"
        )
        batch_op.drop_column("signed_scan_id")
        batch_op.drop_column("terminated_at")
        batch_op.drop_column("decision_note")
        batch_op.drop_column("approved_at")
        batch_op.drop_column("approved_by")

    with op.batch_alter_table("price_policy", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_price_policy_base_policy_id_price_policy"), type_="foreignkey"
        )
        batch_op.drop_column("terminated_at")
        batch_op.drop_column("decision_note")
        batch_op.drop_column("submitted_at")
        batch_op.drop_column("submitted_by")
        batch_op.drop_column("max_margin_amount")
        batch_op.drop_column("min_margin_amount")
        batch_op.drop_column("surcharge")
        batch_op.drop_column("round_to")
        batch_op.drop_column("base_policy_id")
        batch_op.drop_column("base_kind")
        batch_op.drop_column("discount_percent")
        batch_op.drop_column("unit")
        batch_op.drop_column("rule_kind")

    op.drop_table("register_setting")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index("uq_exchange_rate")

    op.drop_table("exchange_rate")
