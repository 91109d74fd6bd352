"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 19:02:59.767357
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, Exact, UTCDateTime

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "attachment",
        sa.Column("owner_entity", sa.String(length=60), nullable=False),
        sa.Column("owner_id", GUID(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_entity", "owner_id"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", GUID(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_event_entity", ["entity", "entity_id", "occurred_at"], unique=False
        )

    op.create_table(
        "product",
        sa.Column("sku", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("pack_size", Exact(precision=18, scale=3), nullable=False),
        sa.Column("pack_label", sa.String(length=40), nullable=False),
        sa.Column("list_price", Exact(precision=18, scale=4), nullable=False),
        sa.Column("cost", Exact(precision=18, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("lead_time_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("sku", name=op.f("uq_product_sku")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_name"), ["name"], unique=False)

    op.create_table(
        "territory",
        sa.Column("parent_id", GUID(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("manager_name", sa.String(length=200), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["territory.id"],
            name=op.f("fk_territory_parent_id_territory"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory")),
        sa.UniqueConstraint("code", name=op.f("uq_territory_code")),
    )
    with op.batch_alter_table("territory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_territory_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "account",
        sa.Column("parent_id", GUID(), nullable=True),
        sa.Column("territory_id", GUID(), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "headquarters",
                "regional_office",
                "distribution_centre",
                "branch_warehouse",
                "store",
                "workshop",
                "distributor",
                name="accountkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "chain_store",
                "distributor",
                "workshop",
                "fleet",
                "industrial",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "tier",
            sa.Enum("A", "B", "C", name="tier", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("street", sa.String(length=300), nullable=True),
        sa.Column("district", sa.String(length=120), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("postcode", sa.String(length=20), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("strategy", sa.Text(), nullable=True),
        sa.Column("purchasing_policy", sa.Text(), nullable=True),
        sa.Column("payment_terms", sa.String(length=120), nullable=True),
        sa.Column("credit_limit", Exact(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("document_language", sa.String(length=10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["account.id"],
            name=op.f("fk_account_parent_id_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_account_territory_id_territory"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("code", name=op.f("uq_account_code")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_city"), ["city"], unique=False)
        batch_op.create_index("ix_account_parent_name", ["parent_id", "name"], unique=False)
        batch_op.create_index("ix_account_territory_name", ["territory_id", "name"], unique=False)

    op.create_table(
        "account_tag",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_account_tag_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "tag", name=op.f("pk_account_tag")),
    )
    with op.batch_alter_table("account_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_tag_tag"), ["tag"], unique=False)

    op.create_table(
        "contact",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("messenger_id", sa.String(length=120), nullable=True),
        sa.Column(
            "dmu_role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "buyer",
                "user",
                "gatekeeper",
                "technical",
                name="dmurole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "attitude",
            sa.Enum(
                "champion",
                "supporter",
                "neutral",
                "sceptic",
                "opponent",
                name="attitude",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("reports_to_id", GUID(), nullable=True),
        sa.Column("last_contacted_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name=op.f("ck_contact_influence_range")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contact_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["contact.id"],
            name=op.f("fk_contact_reports_to_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "issue_checklist",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("signature_subject", sa.String(length=300), nullable=True),
        sa.Column("verification_code", sa.String(length=40), nullable=True),
        sa.Column("sealed_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("scanned_copy_id", GUID(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_issue_checklist_account_id_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["scanned_copy_id"],
            ["attachment.id"],
            name=op.f("fk_issue_checklist_scanned_copy_id_attachment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_checklist")),
        sa.UniqueConstraint("verification_code", name=op.f("uq_issue_checklist_verification_code")),
    )
    with op.batch_alter_table("issue_checklist", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_checklist_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "price_policy",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("product_id", GUID(), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column(
            "scope",
            sa.Enum(
                "account",
                "channel",
                "territory",
                "global",
                name="policyscope",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("account_id", GUID(), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "chain_store",
                "distributor",
                "workshop",
                "fleet",
                "industrial",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("territory_id", GUID(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("min_quantity", Exact(precision=18, scale=3), nullable=False),
        sa.Column("guide_price", Exact(precision=18, scale=4), nullable=True),
        sa.Column("floor_price", Exact(precision=18, scale=4), nullable=True),
        sa.Column("min_margin_percent", Exact(precision=9, scale=4), nullable=True),
        sa.Column("max_discount_percent", Exact(precision=9, scale=4), nullable=True),
        sa.Column("approval_threshold_percent", Exact(precision=9, scale=4), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "active", "expired", name="policystatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.Column("approved_at", UTCDateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "(product_id IS NULL) OR (category IS NULL)",
            name=op.f("ck_price_policy_product_or_category"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_price_policy_valid_window")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_price_policy_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_price_policy_product_id_product"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_price_policy_territory_id_territory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_policy")),
        sa.UniqueConstraint("code", name=op.f("uq_price_policy_code")),
    )
    with op.batch_alter_table("price_policy", schema=None) as batch_op:
        batch_op.create_index("ix_price_policy_account", ["account_id", "valid_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_price_policy_category"), ["category"], unique=False)
        batch_op.create_index("ix_price_policy_product", ["product_id", "valid_from"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_price_policy_territory_id"), ["territory_id"], unique=False
        )

    op.create_table(
        "rebate_agreement",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fixed_percent",
                "whole_volume_tiers",
                "banded_tiers",
                "growth",
                name="rebatekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("fixed_percent", Exact(precision=9, scale=4), nullable=True),
        sa.Column("baseline_amount", Exact(precision=18, scale=2), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_by", sa.String(length=200), nullable=True),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "closed",
                "cancelled",
                name="rebatestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_rebate_agreement_period_order")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_rebate_agreement_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebate_agreement")),
        sa.UniqueConstraint("number", name=op.f("uq_rebate_agreement_number")),
    )
    with op.batch_alter_table("rebate_agreement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_rebate_agreement_account", ["account_id", "period_start"], unique=False
        )

    op.create_table(
        "sales_fact",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("product_id", GUID(), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column(
            "measure",
            sa.Enum(
                "sell_in",
                "outbound",
                "sell_out",
                "stock",
                name="measure",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", Exact(precision=18, scale=3), nullable=False),
        sa.Column("amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_sales_fact_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_sales_fact_product_id_product"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_fact")),
    )
    with op.batch_alter_table("sales_fact", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sales_fact_account_period", ["account_id", "period", "measure"], unique=False
        )
        batch_op.create_index("ix_sales_fact_period_measure", ["period", "measure"], unique=False)

    op.create_table(
        "target",
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("account_id", GUID(), nullable=True),
        sa.Column("territory_id", GUID(), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column(
            "measure",
            sa.Enum(
                "sell_in",
                "outbound",
                "sell_out",
                "stock",
                name="measure",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", Exact(precision=18, scale=3), nullable=True),
        sa.Column("amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "period_kind IN ('year', 'quarter', 'month')", name=op.f("ck_target_period_kind")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_target_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_target_territory_id_territory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(
            "ix_target_account_period", ["account_id", "period_start"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_target_territory_id"), ["territory_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("planned_start", UTCDateTime(), nullable=False),
        sa.Column("planned_end", UTCDateTime(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "service",
                "inspection",
                "guidance",
                name="visitpurpose",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "done",
                "cancelled",
                "missed",
                name="visitstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("stock_note", sa.Text(), nullable=True),
        sa.Column("sell_through_note", sa.Text(), nullable=True),
        sa.Column("competitor_note", sa.Text(), nullable=True),
        sa.Column("needs_note", sa.Text(), nullable=True),
        sa.Column("price_compliant", sa.Boolean(), nullable=True),
        sa.Column("pop_compliant", sa.Boolean(), nullable=True),
        sa.Column("promotion_participation", sa.Boolean(), nullable=True),
        sa.Column("follow_ups", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_visit_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_account_start", ["account_id", "planned_start"], unique=False
        )
        batch_op.create_index("ix_visit_start", ["planned_start"], unique=False)

    op.create_table(
        "visit_cycle",
        sa.Column(
            "tier", sa.Enum("A", "B", "C", name="tier", native_enum=False, length=32), nullable=True
        ),
        sa.Column("account_id", GUID(), nullable=True),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("preferred_weekday", sa.Integer(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(tier IS NULL) <> (account_id IS NULL)", name=op.f("ck_visit_cycle_tier_xor_account")
        ),
        sa.CheckConstraint("interval_days > 0", name=op.f("ck_visit_cycle_positive_interval")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_visit_cycle_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_cycle")),
        sa.UniqueConstraint("account_id", name=op.f("uq_visit_cycle_account_id")),
        sa.UniqueConstraint("tier", name=op.f("uq_visit_cycle_tier")),
    )
    op.create_table(
        "competitor_observation",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("visit_id", GUID(), nullable=True),
        sa.Column("observed_at", UTCDateTime(), nullable=False),
        sa.Column("competitor", sa.String(length=120), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=True),
        sa.Column("price", Exact(precision=18, scale=4), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("promotion", sa.Text(), nullable=True),
        sa.Column("shelf_share_percent", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_competitor_observation_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_competitor_observation_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor_observation")),
    )
    with op.batch_alter_table("competitor_observation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competitor_observation_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_competitor_observation_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "contact_link",
        sa.Column("from_contact_id", GUID(), nullable=False),
        sa.Column("to_contact_id", GUID(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "influences",
                "allied_with",
                "in_conflict_with",
                "knows",
                name="contactlinkkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "from_contact_id <> to_contact_id", name=op.f("ck_contact_link_not_self")
        ),
        sa.ForeignKeyConstraint(
            ["from_contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_link_from_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_link_to_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_link")),
    )
    with op.batch_alter_table("contact_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_link_from_contact_id"), ["from_contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_link_to_contact_id"), ["to_contact_id"], unique=False
        )

    op.create_table(
        "customer_issue",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("visit_id", GUID(), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "rebate_cash_back",
                "defective_replacement",
                "packaging_version",
                "accounting",
                "promotion_expenses",
                "delivery",
                "pricing",
                "other",
                name="issuecategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "resolved",
                "verified",
                name="issuestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_customer_issue_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_customer_issue_visit_id_visit"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_issue")),
        sa.UniqueConstraint("number", name=op.f("uq_customer_issue_number")),
    )
    with op.batch_alter_table("customer_issue", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_issue_account_status", ["account_id", "status"], unique=False
        )
        batch_op.create_index("ix_customer_issue_deadline", ["status", "deadline"], unique=False)

    op.create_table(
        "quote",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("contact_id", GUID(), nullable=True),
        sa.Column("quote_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("requested_delivery", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("tax_rate_percent", Exact(precision=9, scale=4), nullable=False),
        sa.Column("quote_discount_percent", Exact(precision=9, scale=4), nullable=False),
        sa.Column("payment_terms", sa.String(length=200), nullable=True),
        sa.Column("delivery_terms", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "pending_approval",
                "approved",
                "sent",
                "accepted",
                "rejected",
                "expired",
                "ordered",
                name="quotestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_quote_account_id_account"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_quote_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
        sa.UniqueConstraint("number", "revision", name="uq_quote_number_revision"),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index("ix_quote_account", ["account_id", "quote_date"], unique=False)
        batch_op.create_index("ix_quote_valid_until", ["status", "valid_until"], unique=False)

    op.create_table(
        "rebate_accrual",
        sa.Column("agreement_id", GUID(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("qualifying_amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("accrued_amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["rebate_agreement.id"],
            name=op.f("fk_rebate_accrual_agreement_id_rebate_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebate_accrual")),
    )
    with op.batch_alter_table("rebate_accrual", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rebate_accrual_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "rebate_tier",
        sa.Column("agreement_id", GUID(), nullable=False),
        sa.Column("threshold_amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("rebate_percent", Exact(precision=9, scale=4), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["rebate_agreement.id"],
            name=op.f("fk_rebate_tier_agreement_id_rebate_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebate_tier")),
    )
    with op.batch_alter_table("rebate_tier", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rebate_tier_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "visit_contact",
        sa.Column("visit_id", GUID(), nullable=False),
        sa.Column("contact_id", GUID(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_visit_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
            name=op.f("fk_visit_contact_visit_id_visit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "contact_id", name=op.f("pk_visit_contact")),
    )
    with op.batch_alter_table("visit_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_contact_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "approval",
        sa.Column("quote_id", GUID(), nullable=False),
        sa.Column("approver", sa.String(length=200), nullable=False),
        sa.Column(
            "decision",
            sa.Enum("approved", "rejected", name="approvaldecision", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.Column("invalidated_at", UTCDateTime(), nullable=True),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quote.id"], name=op.f("fk_approval_quote_id_quote"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
    )
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_quote_id"), ["quote_id"], unique=False)

    op.create_table(
        "issue_checklist_item",
        sa.Column("checklist_id", GUID(), nullable=False),
        sa.Column("issue_id", GUID(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("issue_number", sa.String(length=40), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "rebate_cash_back",
                "defective_replacement",
                "packaging_version",
                "accounting",
                "promotion_expenses",
                "delivery",
                "pricing",
                "other",
                name="issuecategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "resolved",
                "verified",
                name="issuestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["issue_checklist.id"],
            name=op.f("fk_issue_checklist_item_checklist_id_issue_checklist"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["customer_issue.id"],
            name=op.f("fk_issue_checklist_item_issue_id_customer_issue"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_checklist_item")),
    )
    with op.batch_alter_table("issue_checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issue_checklist_item_checklist_id"), ["checklist_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_issue_checklist_item_issue_id"), ["issue_id"], unique=False
        )

    op.create_table(
        "order_confirmation",
        sa.Column("quote_id", GUID(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=False),
        sa.Column("customer_reference", sa.String(length=120), nullable=True),
        sa.Column("total_amount", Exact(precision=18, scale=2), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quote.id"],
            name=op.f("fk_order_confirmation_quote_id_quote"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_confirmation")),
        sa.UniqueConstraint("number", name=op.f("uq_order_confirmation_number")),
        sa.UniqueConstraint("quote_id", name=op.f("uq_order_confirmation_quote_id")),
    )
    op.create_table(
        "quote_line",
        sa.Column("quote_id", GUID(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", GUID(), nullable=False),
        sa.Column("quantity", Exact(precision=18, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("list_price", Exact(precision=18, scale=4), nullable=False),
        sa.Column("policy_id", GUID(), nullable=True),
        sa.Column("discount_percent", Exact(precision=9, scale=4), nullable=False),
        sa.Column("net_price", Exact(precision=18, scale=4), nullable=False),
        sa.Column("cost", Exact(precision=18, scale=4), nullable=False),
        sa.Column("line_total", Exact(precision=18, scale=2), nullable=False),
        sa.Column("margin_percent", Exact(precision=9, scale=4), nullable=True),
        sa.Column("flags", sa.String(length=200), nullable=False),
        sa.Column("id", GUID(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["price_policy.id"],
            name=op.f("fk_quote_line_policy_id_price_policy"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["product.id"],
            name=op.f("fk_quote_line_product_id_product"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quote.id"],
            name=op.f("fk_quote_line_quote_id_quote"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_line")),
    )
    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_line_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_line_quote_id"), ["quote_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("quote_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_line_quote_id"))
        batch_op.drop_index(batch_op.f("ix_quote_line_product_id"))

    op.drop_table("quote_line")
    op.drop_table("order_confirmation")
    with op.batch_alter_table("issue_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issue_checklist_item_issue_id"))
        batch_op.drop_index(batch_op.f("ix_issue_checklist_item_checklist_id"))

    op.drop_table("issue_checklist_item")
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_quote_id"))

    op.drop_table("approval")
    with op.batch_alter_table("visit_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_contact_contact_id"))

    op.drop_table("visit_contact")
    with op.batch_alter_table("rebate_tier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rebate_tier_agreement_id"))

    op.drop_table("rebate_tier")
    with op.batch_alter_table("rebate_accrual", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rebate_accrual_agreement_id"))

    op.drop_table("rebate_accrual")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index("ix_quote_valid_until")
        batch_op.drop_index("ix_quote_account")

    op.drop_table("quote")
    with op.batch_alter_table("customer_issue", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_issue_deadline")
        batch_op.drop_index("ix_customer_issue_account_status")

    op.drop_table("customer_issue")
    with op.batch_alter_table("contact_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_link_to_contact_id"))
        batch_op.drop_index(batch_op.f("ix_contact_link_from_contact_id"))

    op.drop_table("contact_link")
    with op.batch_alter_table("competitor_observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_observation_visit_id"))
        batch_op.drop_index(batch_op.f("ix_competitor_observation_account_id"))

    op.drop_table("competitor_observation")
    op.drop_table("visit_cycle")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_start")
        batch_op.drop_index("ix_visit_account_start")

    op.drop_table("visit")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_territory_id"))
        batch_op.drop_index("ix_target_account_period")

    op.drop_table("target")
    with op.batch_alter_table("sales_fact", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_fact_period_measure")
        batch_op.drop_index("ix_sales_fact_account_period")

    op.drop_table("sales_fact")
    with op.batch_alter_table("rebate_agreement", schema=None) as batch_op:
        batch_op.drop_index("ix_rebate_agreement_account")

    op.drop_table("rebate_agreement")
    with op.batch_alter_table("price_policy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_policy_territory_id"))
        batch_op.drop_index("ix_price_policy_product")
        batch_op.drop_index(batch_op.f("ix_price_policy_category"))
        batch_op.drop_index("ix_price_policy_account")

    op.drop_table("price_policy")
    with op.batch_alter_table("issue_checklist", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issue_checklist_account_id"))

    op.drop_table("issue_checklist")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_contact_name"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    with op.batch_alter_table("account_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_tag_tag"))

    op.drop_table("account_tag")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index("ix_account_territory_name")
        batch_op.drop_index("ix_account_parent_name")
        batch_op.drop_index(batch_op.f("ix_account_city"))

    op.drop_table("account")
    with op.batch_alter_table("territory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_territory_parent_id"))

    op.drop_table("territory")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_name"))
        batch_op.drop_index(batch_op.f("ix_product_category"))

    op.drop_table("product")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")

    op.drop_table("audit_event")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
