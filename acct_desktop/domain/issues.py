"""Customer-issue rules: when an issue is overdue, what a status change requires."""

from __future__ import annotations

from datetime import date

from acct_desktop.domain.enums import IssueStatus

OPEN_STATUSES = frozenset({IssueStatus.OPEN, IssueStatus.IN_PROGRESS})
CLOSED_STATUSES = frozenset({IssueStatus.RESOLVED, IssueStatus.VERIFIED})
ISSUE_PREFIX = "IS"
ISSUE_NUMBER_WIDTH = 5


def is_overdue(status: IssueStatus, deadline: date, today: date) -> bool:
    """Still open (open or in progress) after its deadline day."""
    return status in OPEN_STATUSES and deadline < today


def days_overdue(status: IssueStatus, deadline: date, today: date) -> int:
    """Whole days past the deadline for an open issue, else 0."""
    return (today - deadline).days if is_overdue(status, deadline, today) else 0


def closed_on_after(
    old_status: IssueStatus, new_status: IssueStatus, old_closed_on: date | None, today: date
) -> date | None:
    """The closing date after a status change: set when it closes, kept while it stays
    closed, cleared when it is reopened."""
    if new_status in CLOSED_STATUSES:
        return old_closed_on if old_status in CLOSED_STATUSES and old_closed_on else today
    return None
