"""Reading visits: an account's history and plan, or everything in a date window."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.services.visit_owners import visit_owner, visit_owners
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Territory, Visit


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    start: datetime
    end: datetime
    purpose: VisitPurpose
    status: VisitStatus
    summary: str | None
    latitude: float | None = None  # the account's place
    longitude: float | None = None
    manager: str | None = None  # whose visit: its owner, else its territory's manager


class VisitService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _select(self):  # type: ignore[no-untyped-def]
        return (
            select(
                Visit.id,
                Visit.account_id,
                Account.name,
                Visit.planned_start,
                Visit.planned_end,
                Visit.purpose,
                Visit.status,
                Visit.summary,
                Account.latitude,
                Account.longitude,
                visit_owner(),
            )
            .join(Account, Account.id == Visit.account_id)
            .outerjoin(Territory, Territory.id == Account.territory_id)
            .where(Visit.archived_at.is_(None))
        )

    SORTABLE = {
        "account_name": Account.name,
        "start": Visit.planned_start,
        "purpose": Visit.purpose,
        "status": Visit.status,
    }

    def for_account(self, account_id: uuid.UUID, page: PageRequest) -> list[VisitRow]:
        """An account's visits, newest first unless sorted otherwise."""
        query = apply_page(
            self._select().where(Visit.account_id == account_id),
            page,
            self.SORTABLE,
            (Visit.planned_start.desc(),),
            Visit.id,
        )
        with self._db.session() as session:
            return [VisitRow(*row) for row in session.execute(query)]

    def between(
        self, start: datetime, end: datetime, page: PageRequest, owner: str | None = None
    ) -> list[VisitRow]:
        """Every account's visits starting in [start, end), in time order; with ``owner``,
        only that manager's and the ones nobody's (no owner, no territory manager)."""
        query = self._select().where(Visit.planned_start >= start, Visit.planned_start < end)
        if owner is not None:
            whose = visit_owner()
            query = query.where(or_(whose == owner.strip(), whose.is_(None)))
        query = apply_page(
            query,
            page,
            self.SORTABLE,
            (Visit.planned_start,),
            Visit.id,
        )
        with self._db.session() as session:
            return [VisitRow(*row) for row in session.execute(query)]

    def owners(self, limit: int | None = None) -> list[str]:
        """Whose visits the calendar holds (owners, else territory managers), sorted; with
        ``limit``, the first that many found."""
        with self._db.session() as session:
            return visit_owners(session, limit)

    def recent_choices(
        self, account_id: uuid.UUID, limit: int = 30
    ) -> list[tuple[uuid.UUID, datetime, VisitPurpose]]:
        """The account's visits that took place, newest first, as (id, start, purpose),
        for choosing the visit an issue was raised at."""
        query = (
            select(Visit.id, Visit.planned_start, Visit.purpose)
            .where(Visit.account_id == account_id, Visit.status == VisitStatus.DONE)
            .order_by(Visit.planned_start.desc())
            .limit(limit)
        )
        with self._db.session() as session:
            return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]
