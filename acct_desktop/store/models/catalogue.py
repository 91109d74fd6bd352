"""Products and the price-policy register."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import Channel, PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.types import GUID, Exact, Percent, Quantity, UnitPrice, UTCDateTime


class Product(Entity, Archivable):
    __tablename__ = "product"

    sku: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    category: Mapped[str] = mapped_column(String(60), index=True)
    unit: Mapped[str] = mapped_column(String(10))  # the unit of the pack's content: L, kg
    pack_size: Mapped[Decimal] = mapped_column(Quantity())
    pack_label: Mapped[str] = mapped_column(String(40))
    list_price: Mapped[Decimal] = mapped_column(UnitPrice())  # per pack
    cost: Mapped[Decimal] = mapped_column(UnitPrice())  # per pack
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PricePolicy(Entity, Archivable):
    """One rule of the register: what a product (or category) may be sold for, to whom, when."""

    __tablename__ = "price_policy"
    __table_args__ = (
        CheckConstraint("(product_id IS NULL) OR (category IS NULL)", name="product_or_category"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="valid_window"),
        Index("ix_price_policy_product", "product_id", "valid_from"),
        Index("ix_price_policy_account", "account_id", "valid_from"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    # Product side: a product, a category, or (both NULL) all products.
    product_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("product.id", ondelete="CASCADE")
    )
    category: Mapped[str | None] = mapped_column(String(60), index=True)
    # Customer side.
    scope: Mapped[PolicyScope] = enum_column(PolicyScope, default=PolicyScope.GLOBAL)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    channel: Mapped[Channel | None] = enum_column(Channel)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("territory.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    min_quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    guide_price: Mapped[Decimal | None] = mapped_column(UnitPrice())
    floor_price: Mapped[Decimal | None] = mapped_column(UnitPrice())
    min_margin_percent: Mapped[Decimal | None] = mapped_column(Percent())
    max_discount_percent: Mapped[Decimal | None] = mapped_column(Percent())
    approval_threshold_percent: Mapped[Decimal | None] = mapped_column(Percent())
    # The price rule (None: the list price stands, with this policy's guard rails).
    # FIXED quotes ``guide_price``; PERCENT_DISCOUNT and FORMULA start from ``base_kind``.
    rule_kind: Mapped[RuleKind | None] = enum_column(RuleKind)
    unit: Mapped[str | None] = mapped_column(String(10))  # None: per pack
    discount_percent: Mapped[Decimal | None] = mapped_column(Percent())
    base_kind: Mapped[BaseKind | None] = enum_column(BaseKind)
    base_policy_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("price_policy.id", ondelete="RESTRICT")
    )
    round_to: Mapped[Decimal | None] = mapped_column(UnitPrice())
    surcharge: Mapped[Decimal | None] = mapped_column(UnitPrice())
    min_margin_amount: Mapped[Decimal | None] = mapped_column(UnitPrice())
    max_margin_amount: Mapped[Decimal | None] = mapped_column(UnitPrice())
    status: Mapped[PolicyStatus] = enum_column(PolicyStatus, default=PolicyStatus.DRAFT)
    submitted_by: Mapped[str | None] = mapped_column(String(200))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str | None] = mapped_column(Text)  # why approved, rejected, ended
    terminated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)

    product: Mapped[Product | None] = relationship()


class ExchangeRate(Entity):
    """How many units of ``currency`` one unit of ``base_currency`` buys, from a day on."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        Index("uq_exchange_rate", "base_currency", "currency", "valid_from", unique=True),
    )

    base_currency: Mapped[str] = mapped_column(String(3))
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Exact(18, 8))
    valid_from: Mapped[date] = mapped_column(Date)


class RegisterSetting(Entity):
    """A company rule shared by everyone on the database (e.g. late-entry days)."""

    __tablename__ = "register_setting"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)
