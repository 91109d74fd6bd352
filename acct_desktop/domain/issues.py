"""Customer-issue rules: when an issue is overdue, what a status change requires, and the
category an issue made from a discrepancy form is filed under."""

from __future__ import annotations

from datetime import date

from acct_desktop.domain.enums import DiscrepancyCause, IssueCategory, IssueStatus

OPEN_STATUSES = frozenset({IssueStatus.OPEN, IssueStatus.IN_PROGRESS})
CLOSED_STATUSES = frozenset({IssueStatus.RESOLVED, IssueStatus.VERIFIED})
ISSUE_PREFIX = "IS"
ISSUE_NUMBER_WIDTH = 5

# The issue a discrepancy form becomes is filed where a manager looks for its cause: a
# shortage or a glut in the channel is a matter of deliveries (replenishment), a data error
# in the ERP's figures one for accounting. A competitor's move, a listing or range change
# and the season have no category of their own: Other.
ISSUE_CATEGORY_OF_CAUSE: dict[DiscrepancyCause, IssueCategory] = {
    DiscrepancyCause.STOCK_OUT: IssueCategory.DELIVERY,
    DiscrepancyCause.OVERSTOCK: IssueCategory.DELIVERY,
    DiscrepancyCause.PRICE: IssueCategory.PRICING,
    DiscrepancyCause.COMPETITOR: IssueCategory.OTHER,
    DiscrepancyCause.PROMOTION: IssueCategory.PROMOTION_EXPENSES,
    DiscrepancyCause.DELIVERY: IssueCategory.DELIVERY,
    DiscrepancyCause.LISTING: IssueCategory.OTHER,
    DiscrepancyCause.SEASONALITY: IssueCategory.OTHER,
    DiscrepancyCause.DATA_ERROR: IssueCategory.ACCOUNTING,
    DiscrepancyCause.OTHER: IssueCategory.OTHER,
}


def issue_category_of_cause(cause: DiscrepancyCause) -> IssueCategory:
    """The customer-issue category of a discrepancy form's suspected cause."""
    return ISSUE_CATEGORY_OF_CAUSE.get(cause, IssueCategory.OTHER)


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
