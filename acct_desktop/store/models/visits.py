"""Visits, visit cycles and what was seen of competitors."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import Tier, VisitPurpose, VisitStatus
from acct_desktop.store.base import Archivable, Base, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.models.contacts import Contact
from acct_desktop.store.types import GUID, UnitPrice, UTCDateTime


class VisitCycle(Entity):
    """How often an account is visited: a default per tier, or an override per account."""

    __tablename__ = "visit_cycle"
    __table_args__ = (
        CheckConstraint("(tier IS NULL) <> (account_id IS NULL)", name="tier_xor_account"),
        CheckConstraint("interval_days > 0", name="positive_interval"),
    )

    tier: Mapped[Tier | None] = enum_column(Tier, unique=True)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE"), unique=True
    )
    interval_days: Mapped[int] = mapped_column(Integer)
    preferred_weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday (first one)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    preferred_weekdays: Mapped[str | None] = mapped_column(String(20))  # "0,3"
    closed_weekdays: Mapped[str | None] = mapped_column(String(20))  # "5,6"
    visit_from: Mapped[time | None] = mapped_column(Time)  # visiting hours, local
    visit_to: Mapped[time | None] = mapped_column(Time)


class Visit(Entity, Archivable):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_account_start", "account_id", "planned_start"),
        Index("ix_visit_start", "planned_start"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    planned_start: Mapped[datetime] = mapped_column(UTCDateTime())
    planned_end: Mapped[datetime] = mapped_column(UTCDateTime())
    purpose: Mapped[VisitPurpose] = enum_column(VisitPurpose, default=VisitPurpose.SERVICE)
    status: Mapped[VisitStatus] = enum_column(VisitStatus, default=VisitStatus.PLANNED)
    # Whose visit it is: the name of the manager who planned it, as on their documents (My
    # details). Empty: the account's territory manager's (``services.visit_owners``).
    owner: Mapped[str | None] = mapped_column(String(200), index=True)

    # The visit report.
    summary: Mapped[str | None] = mapped_column(Text)
    stock_note: Mapped[str | None] = mapped_column(Text)
    sell_through_note: Mapped[str | None] = mapped_column(Text)
    competitor_note: Mapped[str | None] = mapped_column(Text)
    needs_note: Mapped[str | None] = mapped_column(Text)
    price_compliant: Mapped[bool | None] = mapped_column(Boolean)
    pop_compliant: Mapped[bool | None] = mapped_column(Boolean)
    promotion_participation: Mapped[bool | None] = mapped_column(Boolean)
    follow_ups: Mapped[str | None] = mapped_column(Text)
    survey_score: Mapped[int | None] = mapped_column(Integer)  # 0-10: would recommend us

    account: Mapped[Account] = relationship()
    contacts_met: Mapped[list[VisitContact]] = relationship(cascade="all, delete-orphan")


class VisitContact(Base):
    __tablename__ = "visit_contact"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    contact: Mapped[Contact] = relationship()


class CompetitorObservation(Entity):
    __tablename__ = "competitor_observation"

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("visit.id", ondelete="SET NULL"), index=True
    )
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    competitor: Mapped[str] = mapped_column(String(120))
    product: Mapped[str | None] = mapped_column(String(200))
    price: Mapped[Decimal | None] = mapped_column(UnitPrice())
    currency: Mapped[str | None] = mapped_column(String(3))
    promotion: Mapped[str | None] = mapped_column(Text)
    shelf_share_percent: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
