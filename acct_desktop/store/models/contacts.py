"""People at an account and the relationships between them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.types import GUID, UTCDateTime


class ContactDetailKind(StrEnum):
    """What a contact detail holds (vCard TEL, EMAIL, ADR, URL, IMPP)."""

    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    URL = "url"
    MESSENGER = "messenger"


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
    # The main phone's kind as a vCard says it (cell, work, home, fax, pager or the card's
    # own label); None: not known. Set only when known, like erased_at below, so contacts
    # written to a database of an older schema keep working.
    phone_label: Mapped[str | None] = mapped_column(String(60).evaluates_none())
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
    # Set when the person's data was erased on request (services.contact_privacy): the row
    # stays, under a placeholder name, so that visit history still counts. evaluates_none:
    # an INSERT names the column only when it is set (contacts written to a database of an
    # older schema, as the search upgrade tests do, keep working).
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime().evaluates_none())

    account: Mapped[Account] = relationship()
    reports_to: Mapped[Contact | None] = relationship(remote_side="Contact.id")
    details: Mapped[list[ContactDetail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactDetail.position"
    )


class ContactDetail(Entity):
    """An extra phone number, e-mail address, postal address, web address or messenger id
    of a contact (a vCard carries several); the contact's own ``phone`` and ``email`` stay
    the primary ones. ``position`` orders a contact's details."""

    __tablename__ = "contact_detail"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactDetailKind] = enum_column(ContactDetailKind)
    label: Mapped[str | None] = mapped_column(String(60))  # work, cell, home, fax, wechat …
    value: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="details")


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
