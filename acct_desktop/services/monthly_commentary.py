"""The manager's own words in the monthly summary: free text per month, territory (or the
whole database) and section, one row each, saved as typed."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.store.database import Database
from acct_desktop.store.models import MonthlyCommentary

SECTIONS = ("overview", "plan_execution", "issues", "next_focus")
MAX_LENGTH = 20_000


class CommentaryRefused(ValueError):
    """The commentary cannot be saved; the message is one sentence for the user."""


def _scope(month: date, territory_id: uuid.UUID | None):  # type: ignore[no-untyped-def]
    territory = (
        MonthlyCommentary.territory_id.is_(None)
        if territory_id is None
        else MonthlyCommentary.territory_id == territory_id
    )
    return (MonthlyCommentary.month == month.replace(day=1), territory)


class MonthlyCommentaryService:
    """Reads and writes the commentary of a month's summary."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def read(self, month: date, territory_id: uuid.UUID | None) -> dict[str, str]:
        """Every section's text for the month (an empty string where nothing was written)."""
        with self._db.session() as session:
            rows = session.execute(
                select(MonthlyCommentary.section, MonthlyCommentary.body).where(
                    *_scope(month, territory_id)
                )
            ).all()
        written = {section: body or "" for section, body in rows}
        return {section: written.get(section, "") for section in SECTIONS}

    def save_commentary(
        self, month: date, territory_id: uuid.UUID | None, section: str, text: str
    ) -> bool:
        """Keep ``text`` as the section's commentary (one row per month, territory and
        section); returns whether anything changed."""
        if section not in SECTIONS:
            raise CommentaryRefused(
                f"The monthly summary has no section {section!r}; use one of {', '.join(SECTIONS)}."
            )
        if len(text) > MAX_LENGTH:
            raise CommentaryRefused(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A section's commentary holds at most %1 characters; shorten it or move "
                        "the details to an attachment.",
                    ),
                    figure(MAX_LENGTH),
                )
            )
        with self._db.session() as session:
            row = session.scalar(
                select(MonthlyCommentary).where(
                    *_scope(month, territory_id), MonthlyCommentary.section == section
                )
            )
            if row is None:
                if not text:
                    return False
                session.add(
                    MonthlyCommentary(
                        month=month.replace(day=1),
                        territory_id=territory_id,
                        section=section,
                        body=text,
                    )
                )
                return True
            if row.body == text:
                return False
            row.body = text
            return True
