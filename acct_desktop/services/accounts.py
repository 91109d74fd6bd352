"""Reading the account hierarchy and an account's profile."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from acct_desktop.domain.addresses import address_line
from acct_desktop.domain.enums import AccountKind, Channel, IssueStatus, Tier, VisitStatus
from acct_desktop.domain.languages import document_language
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, CustomerIssue, Quote, Territory, Visit


@dataclass(frozen=True, slots=True)
class AccountProfile:
    id: uuid.UUID
    code: str
    name: str
    kind: AccountKind
    tier: Tier
    channel: Channel
    path: tuple[tuple[uuid.UUID, str], ...]  # (id, name) from the root down to the parent
    territory: str | None
    address: str
    phone: str | None
    payment_terms: str | None
    credit_limit: Decimal | None
    currency: str
    tags: tuple[str, ...]
    contact_count: int
    open_issue_count: int  # open and in progress, of the account and all its sub-accounts
    last_visit: datetime | None
    email: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    strategy: str | None = None
    purchasing_policy: str | None = None
    notes: str | None = None
    version: int = 1
    document_language: str = "en"  # what the customer's documents are printed in
    archived: bool = False
    archived_in_path: frozenset[uuid.UUID] = frozenset()  # ids in ``path`` that are archived


OPEN_ISSUE_STATUSES = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


class AccountService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self) -> int:
        with self._db.session() as session:
            return int(
                session.scalar(select(func.count()).where(Account.archived_at.is_(None))) or 0
            )

    def has_accounts(self) -> bool:
        """Whether the database holds any account at all, archived ones included (a new
        database does not: the window then offers the demo, an import or a first account)."""
        with self._db.session() as session:
            return session.scalar(select(Account.id).limit(1)) is not None

    def lineage(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """Ids from the root down to ``account_id`` (inclusive)."""
        chain: list[uuid.UUID] = []
        seen: set[uuid.UUID] = set()
        current: uuid.UUID | None = account_id
        with self._db.session() as session:
            while current is not None and current not in seen:
                seen.add(current)
                chain.append(current)
                current = session.scalar(select(Account.parent_id).where(Account.id == current))
        return chain[::-1]

    def territory_lineage(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """Ids of the account's territories from the top one down, then ``account_id``:
        where it stands in the tree grouped by territory ([``account_id``] alone when it
        has no territory)."""
        chain: list[uuid.UUID] = []
        with self._db.session() as session:
            current = session.scalar(select(Account.territory_id).where(Account.id == account_id))
            while current is not None and current not in chain:
                chain.append(current)
                current = session.scalar(select(Territory.parent_id).where(Territory.id == current))
        return [*chain[::-1], account_id]

    def profile(self, account_id: uuid.UUID) -> AccountProfile | None:
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None:
                return None
            path: list[tuple[uuid.UUID, str]] = []
            archived_in_path: set[uuid.UUID] = set()
            parent = account.parent
            while parent is not None and len(path) < 20:
                path.append((parent.id, parent.name))
                if parent.archived_at is not None:
                    archived_in_path.add(parent.id)
                parent = parent.parent
            territory = (
                session.get(Territory, account.territory_id) if account.territory_id else None
            )
            contact_count = session.scalar(
                select(func.count()).where(
                    Contact.account_id == account_id, Contact.archived_at.is_(None)
                )
            )
            # The whole subtree, as the Issues tab shows by default and the tree counts.
            open_issues = session.scalar(
                select(func.count()).where(
                    CustomerIssue.account_id.in_(subtree_ids(account_id)),
                    CustomerIssue.status.in_(OPEN_ISSUE_STATUSES),
                    CustomerIssue.archived_at.is_(None),
                )
            )
            last_visit = session.scalar(
                select(func.max(Visit.planned_start)).where(
                    Visit.account_id == account_id, Visit.status == VisitStatus.DONE
                )
            )
            address = address_line(  # as the account's documents write it
                document_language(
                    account.document_language, account.country_code, account.currency
                ),
                account.street,
                account.district,
                account.postcode,
                account.city,
                country_code=account.country_code,
            )
            return AccountProfile(
                id=account.id,
                code=account.code,
                name=account.name,
                kind=account.kind,
                tier=account.tier,
                channel=account.channel,
                path=tuple(reversed(path)),
                territory=territory.name if territory else None,
                address=address,
                phone=account.phone,
                payment_terms=account.payment_terms,
                credit_limit=account.credit_limit,
                currency=account.currency,
                tags=tuple(sorted(tag.tag for tag in account.tags)),
                contact_count=int(contact_count or 0),
                open_issue_count=int(open_issues or 0),
                last_visit=last_visit,
                email=account.email,
                latitude=account.latitude,
                longitude=account.longitude,
                strategy=account.strategy,
                purchasing_policy=account.purchasing_policy,
                notes=account.notes,
                version=account.version,
                document_language=document_language(
                    account.document_language, account.country_code, account.currency
                ),
                archived=account.archived_at is not None,
                archived_in_path=frozenset(archived_in_path),
            )

    def busiest_account_id(self) -> uuid.UUID | None:
        """The account with the most quotes (a good one to show off every dock)."""
        query = (
            select(Quote.account_id)
            .group_by(Quote.account_id)
            .order_by(func.count().desc(), Quote.account_id)
            .limit(1)
        )
        with self._db.session() as session:
            return session.scalar(query) or self.first_account_id()

    def first_account_id(self) -> uuid.UUID | None:
        """The first top-level account by name."""
        query = (
            select(Account.id)
            .where(Account.parent_id.is_(None), Account.archived_at.is_(None))
            .order_by(Account.name, Account.id)
            .limit(1)
        )
        with self._db.session() as session:
            return session.scalar(query)
