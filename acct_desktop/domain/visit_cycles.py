"""When an account is next due for a visit, and how overdue it is."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

DEFAULT_INTERVAL_DAYS = 28


def next_due(last_visit: date | None, interval_days: int, today: date) -> date:
    """The day the next visit is due: ``interval_days`` after the last one; an account never
    visited is due today."""
    if interval_days <= 0:
        raise ValueError("a visit cycle needs a positive interval")
    if last_visit is None:
        return today
    return last_visit + timedelta(days=interval_days)


def overdue_days(last_visit: date | None, interval_days: int, today: date) -> int:
    """Days past due (0 when not overdue). Never visited counts as due today, not overdue."""
    return max(0, (today - next_due(last_visit, interval_days, today)).days)


def overdue_cutoff(interval_days: int, today: date) -> date:
    """A last visit before this day means the account is overdue."""
    return today - timedelta(days=interval_days)


def booked_from(today: date) -> datetime:
    """Where a booked visit starts at the earliest: the start of ``today`` where the user
    is (a planned visit from then on books the account's next visit)."""
    return datetime.combine(today, time()).astimezone()
