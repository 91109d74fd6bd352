"""Rebate agreements, their tiers and what has accrued."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.types import GUID, Money, Percent, UTCDateTime


class RebateAgreement(Entity, Archivable):
    __tablename__ = "rebate_agreement"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_order"),
        Index("ix_rebate_agreement_account", "account_id", "period_start"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    kind: Mapped[RebateKind] = enum_column(RebateKind)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # Scope: a product category, or all products when NULL.
    category: Mapped[str | None] = mapped_column(String(60))
    fixed_percent: Mapped[Decimal | None] = mapped_column(Percent())
    baseline_amount: Mapped[Decimal | None] = mapped_column(Money())  # for growth rebates
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[str | None] = mapped_column(String(200))
    entered_on: Mapped[date] = mapped_column(Date)
    status: Mapped[RebateStatus] = enum_column(RebateStatus, default=RebateStatus.DRAFT)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str | None] = mapped_column(Text)
    terminated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_scan_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("attachment.id", ondelete="SET NULL")
    )
    note: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship()
    tiers: Mapped[list[RebateTier]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="RebateTier.threshold_amount",
    )


class RebateTier(Entity):
    __tablename__ = "rebate_tier"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("rebate_agreement.id", ondelete="CASCADE"), index=True
    )
    threshold_amount: Mapped[Decimal] = mapped_column(Money())
    rebate_percent: Mapped[Decimal] = mapped_column(Percent())

    agreement: Mapped[RebateAgreement] = relationship(back_populates="tiers")


class RebateAccrual(Entity):
    __tablename__ = "rebate_accrual"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("rebate_agreement.id", ondelete="CASCADE"), index=True
    )
    period: Mapped[date] = mapped_column(Date)
    qualifying_amount: Mapped[Decimal] = mapped_column(Money())
    accrued_amount: Mapped[Decimal] = mapped_column(Money())
    note: Mapped[str | None] = mapped_column(Text)
