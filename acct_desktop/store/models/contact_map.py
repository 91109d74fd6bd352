"""Where the manager placed each person on an account's relationship map."""

from __future__ import annotations

import uuid

from sqlalchemy import Float, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from acct_desktop.store.base import Base
from acct_desktop.store.types import GUID


class ContactMapPosition(Base):
    """One node's place on the map of ``account_id`` (a person can appear on their own
    account's map and on a parent's map "with child accounts", at different places)."""

    __tablename__ = "contact_map_position"

    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
