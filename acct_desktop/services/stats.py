"""Counts for the status bar and the about box."""

from __future__ import annotations

from sqlalchemy import func, select

from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, Quote, Visit


class StatsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def counts(self) -> dict[str, int]:
        """Live (not archived) accounts, contacts, visits and quotes."""
        with self._db.session() as session:
            return {
                name: int(
                    session.scalar(select(func.count()).where(model.archived_at.is_(None))) or 0
                )
                for name, model in (
                    ("accounts", Account),
                    ("contacts", Contact),
                    ("visits", Visit),
                    ("quotes", Quote),
                )
            }
