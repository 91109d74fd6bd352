"""People at an account and the relationships between them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.types import GUID


class Contact(Entity, Archivable):
    __tablename__ = "contact"
    __table_args__ = (CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),)

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    messenger_id: Mapped[str | None] = mapped_column(String(120))
    dmu_role: Mapped[DmuRole] = enum_column(DmuRole, default=DmuRole.USER)
    attitude: Mapped[Attitude] = enum_column(Attitude, default=Attitude.NEUTRAL)
    influence: Mapped[int] = mapped_column(Integer, default=3)
    reports_to_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    last_contacted_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship()
    reports_to: Mapped[Contact | None] = relationship(remote_side="Contact.id")


class ContactLink(Entity):
    __tablename__ = "contact_link"
    __table_args__ = (CheckConstraint("from_contact_id <> to_contact_id", name="not_self"),)

    from_contact_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    to_contact_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactLinkKind] = enum_column(ContactLinkKind)
    note: Mapped[str | None] = mapped_column(Text)

    from_contact: Mapped[Contact] = relationship(foreign_keys=[from_contact_id])
    to_contact: Mapped[Contact] = relationship(foreign_keys=[to_contact_id])
