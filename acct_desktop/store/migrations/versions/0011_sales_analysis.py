"""Sales analysis: discrepancy forms, monthly commentary, survey scores, first actions

``discrepancy_form`` holds a manager's analysis of an account's month off plan (cause,
action, its KPI and deadline; optionally the customer issue it became).
``monthly_commentary`` holds the free text of the monthly summary per month, territory
and section. ``visit.survey_score`` (0-10, "would you recommend us") feeds the NPS, and
``customer_issue.first_action_on`` (the day an issue first left "open") the response
time; issues already past "open" take their closing day when they have one.

Revision ID: 0011_sales_analysis
Revises: 0010_visit_windows
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acct_desktop.store.types import GUID, Money, UTCDateTime

revision = "0011_sales_analysis"
down_revision = "0010_visit_windows"
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
    op.create_table(
        "discrepancy_form",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("measure", sa.Enum(name="measure", native_enum=False, length=32), nullable=False),
        sa.Column("target_amount", Money(), nullable=True),
        sa.Column("actual_amount", Money(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=True),
        sa.Column(
            "suspected_cause",
            sa.Enum(name="discrepancycause", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("action_kpi", sa.String(length=300), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(name="discrepancystatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("issue_id", GUID(), nullable=True),
        sa.Column("written_by", sa.String(length=200), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_discrepancy_form_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["customer_issue.id"],
            name=op.f("fk_discrepancy_form_issue_id_customer_issue"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discrepancy_form")),
        sa.UniqueConstraint(
            "account_id", "period", "measure", name=op.f("uq_discrepancy_form_account_id")
        ),
    )
    op.create_table(
        "monthly_commentary",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("territory_id", GUID(), nullable=True),
        sa.Column("section", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_monthly_commentary_territory_id_territory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_commentary")),
    )
    op.create_index("ix_monthly_commentary_month", "monthly_commentary", ["month", "territory_id"])
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("survey_score", sa.Integer(), nullable=True))
    with op.batch_alter_table("customer_issue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_action_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE customer_issue SET first_action_on = closed_on "
        "WHERE status <> 'open' AND closed_on IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("customer_issue", schema=None) as batch_op:
        batch_op.drop_column("first_action_on")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("survey_score")
    op.drop_index("ix_monthly_commentary_month", table_name="monthly_commentary")
    op.drop_table("monthly_commentary")
    op.drop_table("discrepancy_form")
