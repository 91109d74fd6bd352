"""Reading customer issues (the register and the written checklists come later)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from acct_desktop.domain.enums import IssueCategory, IssueStatus
from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.store.database import Database
from acct_desktop.store.models import CustomerIssue

OPEN_STATUSES = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


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

    def overdue_on(self, today: date) -> bool:
        """Still open after its deadline."""
        return self.status in OPEN_STATUSES and self.deadline < today


class IssueService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_account(self, account_id: uuid.UUID, page: PageRequest) -> list[IssueRow]:
        """The account's issues: open ones first by deadline, then closed ones."""
        query = select(
            CustomerIssue.id,
            CustomerIssue.number,
            CustomerIssue.category,
            CustomerIssue.description,
            CustomerIssue.raised_on,
            CustomerIssue.responsible,
            CustomerIssue.deadline,
            CustomerIssue.status,
            CustomerIssue.closed_on,
        ).where(CustomerIssue.account_id == account_id, CustomerIssue.archived_at.is_(None))
        sortable = {
            "number": CustomerIssue.number,
            "category": CustomerIssue.category,
            "deadline": CustomerIssue.deadline,
            "status": CustomerIssue.status,
            "raised_on": CustomerIssue.raised_on,
        }
        open_first = CustomerIssue.closed_on.is_not(None)
        query = apply_page(
            query, page, sortable, (open_first, CustomerIssue.deadline), CustomerIssue.id
        )
        with self._db.session() as session:
            return [IssueRow(*row) for row in session.execute(query)]
