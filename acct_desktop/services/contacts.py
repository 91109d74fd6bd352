"""Reading an account's contacts and the reporting lines between them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.store.database import Database
from acct_desktop.store.models import Contact


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: uuid.UUID
    name: str
    title: str | None
    department: str | None
    dmu_role: DmuRole
    attitude: Attitude
    influence: int
    reports_to_id: uuid.UUID | None
    reports_to_name: str | None
    phone: str | None
    email: str | None
    last_contacted_on: date | None


class ContactService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_account(
        self, account_id: uuid.UUID, page: PageRequest | None = None
    ) -> list[ContactRow]:
        """The account's (not archived) contacts, decision makers first by default."""
        page = page or PageRequest(limit=10_000)
        boss = aliased(Contact)
        query = (
            select(
                Contact.id,
                Contact.name,
                Contact.title,
                Contact.department,
                Contact.dmu_role,
                Contact.attitude,
                Contact.influence,
                Contact.reports_to_id,
                boss.name,
                Contact.phone,
                Contact.email,
                Contact.last_contacted_on,
            )
            .outerjoin(boss, boss.id == Contact.reports_to_id)
            .where(Contact.account_id == account_id, Contact.archived_at.is_(None))
        )
        sortable = {
            "name": Contact.name,
            "title": Contact.title,
            "dmu_role": Contact.dmu_role,
            "attitude": Contact.attitude,
            "influence": Contact.influence,
            "reports_to_name": boss.name,
            "last_contacted_on": Contact.last_contacted_on,
        }
        query = apply_page(
            query, page, sortable, (Contact.influence.desc(), Contact.name), Contact.id
        )
        with self._db.session() as session:
            return [ContactRow(*row) for row in session.execute(query)]
