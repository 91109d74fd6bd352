"""Per-person working state: snoozed and dismissed alerts, unsaved form drafts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from acct_desktop.store.base import Entity
from acct_desktop.store.types import UTCDateTime, utcnow


class AlertDismissal(Entity):
    """``key`` (``"quote_expiring:<uuid>"`` …) hidden for ``dismissed_by``: until
    ``snoozed_until`` (a snooze), or while the fact still has ``fingerprint`` (a dismissal,
    with its required ``reason``). Personal: in a shared database each manager snoozes and
    dismisses for themselves. Restoring an alert deletes its row."""

    __tablename__ = "alert_dismissal"
    __table_args__ = (UniqueConstraint("dismissed_by", "key"),)

    key: Mapped[str] = mapped_column(String(200))
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    dismissed_by: Mapped[str] = mapped_column(String(200))
    dismissed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    fingerprint: Mapped[str | None] = mapped_column(String(200))


class FormDraft(Entity):
    """What someone typed into a form and has not saved yet, kept as it is typed so that a
    crash or a flat battery loses nothing; one row per person, form and record. Kept in the
    database (not a file) so an encrypted database keeps its drafts encrypted too."""

    __tablename__ = "form_draft"
    __table_args__ = (UniqueConstraint("owner", "form", "record_key"),)

    owner: Mapped[str] = mapped_column(String(200))
    form: Mapped[str] = mapped_column(String(60))
    record_key: Mapped[str] = mapped_column(String(200))
    values_json: Mapped[str] = mapped_column(Text)
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
