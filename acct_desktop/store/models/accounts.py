"""Territories and the account hierarchy."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.store.base import Archivable, Base, Entity, enum_column
from acct_desktop.store.types import GUID, Money


class Territory(Entity, Archivable):
    __tablename__ = "territory"

    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("territory.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    manager_name: Mapped[str | None] = mapped_column(String(200))

    parent: Mapped[Territory | None] = relationship(remote_side="Territory.id")


class Account(Entity, Archivable):
    __tablename__ = "account"
    __table_args__ = (
        Index("ix_account_parent_name", "parent_id", "name"),
        Index("ix_account_territory_name", "territory_id", "name"),
        # Filtered lists are ordered by name: walking this index lets a page stop early.
        Index("ix_account_name", "name"),
    )

    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="RESTRICT")
    )
    territory_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("territory.id", ondelete="SET NULL")
    )
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AccountKind] = enum_column(AccountKind)
    channel: Mapped[Channel] = enum_column(Channel)
    tier: Mapped[Tier] = enum_column(Tier, default=Tier.C)

    street: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(120), index=True)
    postcode: Mapped[str | None] = mapped_column(String(20))
    country_code: Mapped[str | None] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))

    # Profile card fields.
    strategy: Mapped[str | None] = mapped_column(Text)
    purchasing_policy: Mapped[str | None] = mapped_column(Text)
    payment_terms: Mapped[str | None] = mapped_column(String(120))
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    document_language: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Account | None] = relationship(remote_side="Account.id")
    territory: Mapped[Territory | None] = relationship()
    tags: Mapped[list[AccountTag]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class AccountTag(Base):
    __tablename__ = "account_tag"

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)

    account: Mapped[Account] = relationship(back_populates="tags")
