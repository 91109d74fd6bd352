"""Quotes, their lines, approvals and order confirmations."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import ApprovalDecision, QuoteStatus
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.models.contacts import Contact
from acct_desktop.store.types import GUID, Money, Percent, Quantity, UnitPrice, UTCDateTime


class Quote(Entity, Archivable):
    __tablename__ = "quote"
    __table_args__ = (
        UniqueConstraint("number", "revision", name="uq_quote_number_revision"),
        Index("ix_quote_account", "account_id", "quote_date"),
        Index("ix_quote_valid_until", "status", "valid_until"),
    )

    number: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="RESTRICT")
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="SET NULL")
    )
    quote_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    requested_delivery: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    tax_rate_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    quote_discount_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    payment_terms: Mapped[str | None] = mapped_column(String(200))
    delivery_terms: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[QuoteStatus] = enum_column(QuoteStatus, default=QuoteStatus.DRAFT)
    notes: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    prepared_by: Mapped[str | None] = mapped_column(String(200))
    requested_on: Mapped[date | None] = mapped_column(Date)  # when the customer asked
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # accepted / rejected
    decision_note: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship()
    contact: Mapped[Contact | None] = relationship()
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteLine.position"
    )


class QuoteLine(Entity):
    __tablename__ = "quote_line"

    quote_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("quote.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("product.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(10))
    list_price: Mapped[Decimal] = mapped_column(UnitPrice())
    # the price the pricing engine resolved; the line discount is taken off it
    base_price: Mapped[Decimal] = mapped_column(UnitPrice(), nullable=True)
    # a line in litres (kg): the engine's price per pack and how many units a pack holds,
    # so the amount is quantity × pack price ÷ pack size, rounded once (None: per unit)
    pack_price: Mapped[Decimal | None] = mapped_column(UnitPrice(), nullable=True)
    units_per_pack: Mapped[Decimal | None] = mapped_column(UnitPrice(), nullable=True)
    description: Mapped[str | None] = mapped_column(String(300))  # printed instead of the name
    policy_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("price_policy.id", ondelete="SET NULL")
    )
    discount_percent: Mapped[Decimal] = mapped_column(Percent(), default=Decimal(0))
    net_price: Mapped[Decimal] = mapped_column(UnitPrice())
    cost: Mapped[Decimal] = mapped_column(UnitPrice())
    line_total: Mapped[Decimal] = mapped_column(Money())
    margin_percent: Mapped[Decimal | None] = mapped_column(Percent())
    flags: Mapped[str] = mapped_column(String(200), default="")  # comma-separated guard flags
    # an order confirmed with a partial delivery: the day this line comes, later than the
    # confirmed delivery date (None: on that date)
    delivery_from: Mapped[date | None] = mapped_column(Date, nullable=True)

    quote: Mapped[Quote] = relationship(back_populates="lines")


class Approval(Entity):
    __tablename__ = "approval"

    quote_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("quote.id", ondelete="CASCADE"), index=True
    )
    approver: Mapped[str] = mapped_column(String(200))
    decision: Mapped[ApprovalDecision] = enum_column(ApprovalDecision)
    reason: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    invalidated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # SHA-256 of the flagged lines approved (domain.quote_maths.approval_fingerprint)
    fingerprint: Mapped[str | None] = mapped_column(String(64))


class OrderConfirmation(Entity):
    __tablename__ = "order_confirmation"

    quote_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("quote.id", ondelete="RESTRICT"), unique=True
    )
    number: Mapped[str] = mapped_column(String(40), unique=True)
    confirmed_on: Mapped[date] = mapped_column(Date)
    customer_reference: Mapped[str | None] = mapped_column(String(120))
    total_amount: Mapped[Decimal] = mapped_column(Money())
    delivery_date: Mapped[date | None] = mapped_column(Date)


class QuoteTemplate(Entity):
    """A reusable set of lines ("spring oil change kit") a quote can start from."""

    __tablename__ = "quote_template"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    lines: Mapped[list[QuoteTemplateLine]] = relationship(
        cascade="all, delete-orphan", order_by="QuoteTemplateLine.position"
    )


class QuoteTemplateLine(Entity):
    __tablename__ = "quote_template_line"

    template_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("quote_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("product.id", ondelete="RESTRICT")
    )
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(10))
