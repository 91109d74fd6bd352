"""What the relationship map shows: an account's people (optionally with its child
accounts'), their reporting lines and relationships, where the manager placed them, and
the coverage of the decision-making unit."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from acct_desktop.domain.dmu_coverage import (
    DEFAULT_STALE_DAYS,
    Coverage,
    CoveragePerson,
    CoverageSummary,
    coverage,
    summary,
)
from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.services.contact_records import ContactRecords, LinkRow
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, ContactMapPosition, RegisterSetting

STALE_DAYS_KEY = "contact_stale_days"


@dataclass(frozen=True, slots=True)
class MapPerson:
    id: uuid.UUID
    name: str
    title: str | None
    dmu_role: DmuRole
    attitude: Attitude
    influence: int
    reports_to_id: uuid.UUID | None
    last_contacted_on: date | None
    account_id: uuid.UUID
    account_name: str


@dataclass(frozen=True, slots=True)
class RelationshipMap:
    account_id: uuid.UUID
    people: tuple[MapPerson, ...]
    links: tuple[LinkRow, ...]
    positions: dict[uuid.UUID, tuple[float, float]]
    coverage: Coverage
    stale_days: int
    # the accounts in scope (the account, with its child accounts when asked), by name
    account_names: dict[uuid.UUID, str] = field(default_factory=dict)

    def summary(self) -> CoverageSummary:
        """The coverage in counts (for a map of many people: ``MANY_PEOPLE``)."""
        return summary(
            [
                CoveragePerson(
                    p.id, p.name, p.dmu_role, p.attitude, p.influence, p.last_contacted_on
                )
                for p in self.people
            ],
            {p.id: p.account_id for p in self.people},
            self.account_names,
            self.coverage,
        )


def _descendants(session: Session, account_id: uuid.UUID) -> list[uuid.UUID]:
    found, frontier = [account_id], [account_id]
    while frontier:
        frontier = list(session.scalars(select(Account.id).where(Account.parent_id.in_(frontier))))
        found.extend(frontier)
    return found


class ContactMapService:
    def __init__(self, db: Database, records: ContactRecords) -> None:
        self._db = db
        self._records = records

    def stale_days(self) -> int:
        with self._db.session() as session:
            value = session.scalar(
                select(RegisterSetting.value).where(RegisterSetting.key == STALE_DAYS_KEY)
            )
        return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_STALE_DAYS

    def set_stale_days(self, days: int) -> None:
        if not 1 <= days <= 3650:
            raise ValueError("Choose between 1 and 3650 days.")
        with self._db.session() as session:
            row = session.scalar(
                select(RegisterSetting).where(RegisterSetting.key == STALE_DAYS_KEY)
            )
            if row is None:
                session.add(RegisterSetting(key=STALE_DAYS_KEY, value=str(days)))
            else:
                row.value = str(days)

    def map_of(
        self, account_id: uuid.UUID, include_children: bool = False, today: date | None = None
    ) -> RelationshipMap:
        """The map of ``account_id`` (with its child accounts' people when asked)."""
        stale_days = self.stale_days()
        with self._db.session() as session:
            accounts = _descendants(session, account_id) if include_children else [account_id]
            rows = session.execute(
                select(
                    Contact.id,
                    Contact.name,
                    Contact.title,
                    Contact.dmu_role,
                    Contact.attitude,
                    Contact.influence,
                    Contact.reports_to_id,
                    Contact.last_contacted_on,
                    Account.id,
                    Account.name,
                )
                .join(Account, Account.id == Contact.account_id)
                .where(Contact.account_id.in_(accounts), Contact.archived_at.is_(None))
                .order_by(Contact.influence.desc(), Contact.name, Contact.id)
            )
            people = tuple(MapPerson(*row) for row in rows)
            account_names = {
                key: name
                for key, name in session.execute(
                    select(Account.id, Account.name).where(Account.id.in_(accounts))
                )
            }
            positions = {
                contact: (x, y)
                for contact, x, y in session.execute(
                    select(
                        ContactMapPosition.contact_id, ContactMapPosition.x, ContactMapPosition.y
                    ).where(ContactMapPosition.account_id == account_id)
                )
            }
        links = tuple(self._records.links({p.id for p in people}))
        judged = coverage(
            [
                CoveragePerson(
                    p.id, p.name, p.dmu_role, p.attitude, p.influence, p.last_contacted_on
                )
                for p in people
            ],
            today or date.today(),
            stale_days,
        )
        return RelationshipMap(
            account_id, people, links, positions, judged, stale_days, account_names
        )

    def save_positions(
        self, account_id: uuid.UUID, positions: dict[uuid.UUID, tuple[float, float]]
    ) -> None:
        """Keep where these people were placed on the map of ``account_id``."""
        with self._db.session() as session:
            for contact_id, (x, y) in positions.items():
                row = session.get(ContactMapPosition, (account_id, contact_id))
                if row is None:
                    session.add(
                        ContactMapPosition(
                            account_id=account_id, contact_id=contact_id, x=float(x), y=float(y)
                        )
                    )
                else:
                    row.x, row.y = float(x), float(y)

    def forget_positions(self, account_id: uuid.UUID) -> None:
        """Back to the automatic layout for this map."""
        with self._db.session() as session:
            session.execute(
                delete(ContactMapPosition).where(ContactMapPosition.account_id == account_id)
            )
