"""Reading customer issues: one account's, and the register across accounts."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import Select, and_, func, select, true

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.issues import OPEN_STATUSES, days_overdue, is_overdue
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.services.paging import PageRequest, apply_page, ordered
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue

__all__ = ["OPEN_STATUSES", "IssueFilter", "IssueRow", "IssueService"]


@dataclass(frozen=True, slots=True)
class IssueRow:
    id: uuid.UUID
    number: str
    category: IssueCategory
    description: str
    raised_on: date
    responsible: str
    deadline: date
    status: IssueStatus
    closed_on: date | None
    account_id: uuid.UUID | None = None
    account_code: str = ""
    account_name: str = ""
    responsible_side: ResponsibleSide = ResponsibleSide.OURS

    def overdue_on(self, today: date) -> bool:
        """Still open after its deadline."""
        return is_overdue(self.status, self.deadline, today)

    def days_overdue(self, today: date) -> int:
        return days_overdue(self.status, self.deadline, today)


@dataclass(frozen=True)
class IssueFilter:
    """What the Issues dock shows; empty collections mean "any"."""

    statuses: frozenset[IssueStatus] = field(default_factory=lambda: frozenset(OPEN_STATUSES))
    categories: frozenset[IssueCategory] = field(default_factory=frozenset)
    overdue_only: bool = False
    # The two texts are matched as ``TextFilter`` does (accents and case ignored, every
    # word typed anywhere, names in pinyin too): ``responsible`` in the responsible's name,
    # ``text`` in the number, description (no pinyin: free text) or account name.
    responsible: str = ""
    subtree_of: uuid.UUID | None = None  # this account and everything below it
    text: str = ""

    @cached_property
    def text_filters(self) -> tuple[TextFilter, TextFilter]:
        """(text, responsible) as filters."""
        return TextFilter.of(self.text), TextFilter.of(self.responsible)

    def keeps(self, row: IssueRow) -> bool:
        """Whether ``row`` passes the two text filters (the rest is tested in SQL)."""
        text, responsible = self.text_filters
        return responsible.keeps(row.responsible) and text.keeps(
            row.number, row.account_name, free=(row.description,)
        )


_COLUMNS = (
    CustomerIssue.id,
    CustomerIssue.number,
    CustomerIssue.category,
    CustomerIssue.description,
    CustomerIssue.raised_on,
    CustomerIssue.responsible,
    CustomerIssue.deadline,
    CustomerIssue.status,
    CustomerIssue.closed_on,
    CustomerIssue.account_id,
    Account.code,
    Account.name,
    CustomerIssue.responsible_side,
)
_SORTABLE = {
    "number": CustomerIssue.number,
    "category": CustomerIssue.category,
    "deadline": CustomerIssue.deadline,
    "status": CustomerIssue.status,
    "raised_on": CustomerIssue.raised_on,
    "responsible": CustomerIssue.responsible,
    "account_name": Account.name,
    "closed_on": CustomerIssue.closed_on,
}


class IssueService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def today(self) -> date:
        return self._today()

    def _select(self) -> Select[Any]:
        return (
            select(*_COLUMNS)
            .join(Account, Account.id == CustomerIssue.account_id)
            .where(CustomerIssue.archived_at.is_(None))
        )

    def for_account(
        self, account_id: uuid.UUID, page: PageRequest, *, with_sub_accounts: bool = False
    ) -> list[IssueRow]:
        """The account's issues (with ``with_sub_accounts``, those of every account below
        it too; each row names its account): open ones first by deadline, then closed
        ones."""
        query = self._select().where(self._of(account_id, with_sub_accounts))
        open_first = CustomerIssue.closed_on.is_not(None)
        query = apply_page(
            query, page, _SORTABLE, (open_first, CustomerIssue.deadline), CustomerIssue.id
        )
        with self._db.session() as session:
            return [IssueRow(*row) for row in session.execute(query)]

    def open_count(self, account_id: uuid.UUID, *, with_sub_accounts: bool = False) -> int:
        """How many open and in-progress issues the account has (with its sub-accounts')."""
        query = (
            select(func.count())
            .select_from(CustomerIssue)
            .where(
                CustomerIssue.archived_at.is_(None),
                CustomerIssue.status.in_(OPEN_STATUSES),
                self._of(account_id, with_sub_accounts),
            )
        )
        with self._db.session() as session:
            return int(session.scalar(query) or 0)

    @staticmethod
    def _of(account_id: uuid.UUID, with_sub_accounts: bool) -> Any:
        if with_sub_accounts:
            return CustomerIssue.account_id.in_(subtree_ids(account_id))
        return CustomerIssue.account_id == account_id

    def open_for_account(
        self, account_id: uuid.UUID, *, with_sub_accounts: bool = False
    ) -> list[IssueRow]:
        """The account's open and in-progress issues (with ``with_sub_accounts``, those of
        every account below it too), by deadline: what a checklist lists."""
        query = (
            self._select()
            .where(
                self._of(account_id, with_sub_accounts),
                CustomerIssue.status.in_(OPEN_STATUSES),
            )
            .order_by(CustomerIssue.deadline, CustomerIssue.number)
        )
        with self._db.session() as session:
            return [IssueRow(*row) for row in session.execute(query)]

    def register(self, wanted: IssueFilter, page: PageRequest) -> list[IssueRow]:
        """One page of the register: overdue first by deadline unless sorted otherwise.

        The text filters fold accents the way account search does, which SQL cannot do on
        every backend: with one of them, the rows the other filters let through are read in
        order and tested here, up to the end of the page (a register holds thousands of
        issues, not millions)."""
        query = self._select().where(self._where(wanted))
        default = (CustomerIssue.deadline,)
        if not any(wanted.text_filters):
            query = apply_page(query, page, _SORTABLE, default, CustomerIssue.id)
            with self._db.session() as session:
                return [IssueRow(*row) for row in session.execute(query)]
        query = ordered(query, page, _SORTABLE, default, CustomerIssue.id)
        found: list[IssueRow] = []
        skipped = 0
        with self._db.session() as session:
            for values in session.execute(query):
                row = IssueRow(*values)
                if not wanted.keeps(row):
                    continue
                if skipped < page.offset:
                    skipped += 1
                    continue
                found.append(row)
                if len(found) >= page.limit:
                    break
        return found

    def register_count(self, wanted: IssueFilter) -> int:
        clauses = (CustomerIssue.archived_at.is_(None), self._where(wanted))
        with self._db.session() as session:
            if not any(wanted.text_filters):
                query = (
                    select(func.count())
                    .select_from(CustomerIssue)
                    .join(Account, Account.id == CustomerIssue.account_id)
                    .where(*clauses)
                )
                return int(session.scalar(query) or 0)
            return sum(
                1
                for values in session.execute(self._select().where(*clauses))
                if wanted.keeps(IssueRow(*values))
            )

    def has_issues(self) -> bool:
        """Whether any issue was ever raised in this database (the dock's empty state says
        "none yet" instead of "none match these filters")."""
        with self._db.session() as session:
            return session.scalar(select(CustomerIssue.id).limit(1)) is not None

    def overdue_count(self, subtree_of: uuid.UUID | None = None) -> int:
        """Open issues past their deadline (for alerts and the dock's banner)."""
        return self.register_count(IssueFilter(overdue_only=True, subtree_of=subtree_of))

    def responsibles(self) -> list[str]:
        """Names used as responsible so far (for completion), most used first."""
        query = (
            select(CustomerIssue.responsible)
            .group_by(CustomerIssue.responsible)
            .order_by(func.count().desc(), CustomerIssue.responsible)
            .limit(200)
        )
        with self._db.session() as session:
            return list(session.scalars(query))

    def _where(self, wanted: IssueFilter) -> Any:
        clauses: list[Any] = []
        if wanted.statuses:
            clauses.append(CustomerIssue.status.in_(sorted(wanted.statuses)))
        if wanted.categories:
            clauses.append(CustomerIssue.category.in_(sorted(wanted.categories)))
        if wanted.overdue_only:
            clauses.append(CustomerIssue.status.in_(OPEN_STATUSES))
            clauses.append(CustomerIssue.deadline < self._today())
        # ``text`` and ``responsible``: tested in Python (``IssueFilter.keeps``).
        if wanted.subtree_of is not None:
            clauses.append(CustomerIssue.account_id.in_(subtree_ids(wanted.subtree_of)))
        return and_(true(), *clauses)
