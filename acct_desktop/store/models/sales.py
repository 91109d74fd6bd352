"""Sales facts imported from the ERP, and the plan they are compared with."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from acct_desktop.domain.enums import DiscrepancyCause, DiscrepancyStatus, Measure
from acct_desktop.store.base import Base, Entity, enum_column
from acct_desktop.store.types import GUID, Money, Quantity


class SalesFact(Base):
    """One measured number (sell-in, outbound, sell-out, stock) for a period.

    Deliberately *not* an ``Entity``: facts are replaced period by period from the ERP, never
    edited or merged between laptops, so they need no UUID, timestamps or version. An integer
    key keeps the 10M-row table and its import small and fast.
    """

    __tablename__ = "sales_fact"
    __table_args__ = (
        Index("ix_sales_fact_account_period", "account_id", "period", "measure"),
        Index("ix_sales_fact_period_measure", "period", "measure"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    period: Mapped[date] = mapped_column(Date)  # first day of the month (or the day)
    # A monthly figure (dated the 1st, covering its month) rather than the 1st's own figure:
    # a daily file replaces the monthly figure of its month, never a day's (0014).
    whole_month: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    product_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("product.id", ondelete="SET NULL")
    )
    category: Mapped[str | None] = mapped_column(String(60))
    measure: Mapped[Measure] = enum_column(Measure)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")


class Target(Entity):
    __tablename__ = "target"
    __table_args__ = (
        CheckConstraint("period_kind IN ('year', 'quarter', 'month')", name="period_kind"),
        Index("ix_target_account_period", "account_id", "period_start"),
    )

    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[date] = mapped_column(Date)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("territory.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str | None] = mapped_column(String(60))
    measure: Mapped[Measure] = enum_column(Measure)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity())
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")


class DiscrepancyForm(Entity):
    """A manager's analysis of an account's month off plan: what was seen, the suspected
    cause, the action with its KPI and deadline; it can become a customer issue."""

    __tablename__ = "discrepancy_form"
    __table_args__ = (UniqueConstraint("account_id", "period", "measure"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    period: Mapped[date] = mapped_column(Date)  # first day of the month analysed
    measure: Mapped[Measure] = enum_column(Measure)
    target_amount: Mapped[Decimal | None] = mapped_column(Money())  # as seen when written
    actual_amount: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    analysis: Mapped[str | None] = mapped_column(Text)
    suspected_cause: Mapped[DiscrepancyCause] = enum_column(
        DiscrepancyCause, default=DiscrepancyCause.OTHER
    )
    action: Mapped[str | None] = mapped_column(Text)
    action_kpi: Mapped[str | None] = mapped_column(String(300))
    responsible: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[DiscrepancyStatus] = enum_column(
        DiscrepancyStatus, default=DiscrepancyStatus.OPEN
    )
    closed_on: Mapped[date | None] = mapped_column(Date)
    issue_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("customer_issue.id", ondelete="SET NULL")
    )
    written_by: Mapped[str | None] = mapped_column(String(200))


class MonthlyCommentary(Entity):
    """Free text a manager writes into the monthly summary, by month, territory (none for
    the whole database) and section (``overview``, ``plan_execution``, ``issues``,
    ``next_focus``)."""

    __tablename__ = "monthly_commentary"
    __table_args__ = (Index("ix_monthly_commentary_month", "month", "territory_id"),)

    month: Mapped[date] = mapped_column(Date)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("territory.id", ondelete="CASCADE")
    )
    section: Mapped[str] = mapped_column(String(30))
    body: Mapped[str] = mapped_column(Text, default="")
