"""Customers on another clock: when, on one of the manager's days, a customer in another
time zone can be visited.

A visit falls within the working hours on the manager's clock *and* within the working
hours and visiting hours on the customer's clock (a Dutch customer is not visited at 02:30
in Amsterdam because it is 08:30 in Ho Chi Minh City). Times are whole minutes; the
conversion goes through :mod:`zoneinfo` (daylight saving time included, day by day), never
through float hours.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from acct_desktop.domain.visit_plan_days import minute_ceil, minute_floor

Window = tuple[int, int]  # minutes from the manager's midnight: (first start, last end)


@cache
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; ``ZoneInfoNotFoundError`` (a ``KeyError``) or ValueError
    when there is none."""
    return ZoneInfo(name)


def zone_city(name: str) -> str:
    """The place a zone is named after: ``Europe/Amsterdam`` → Amsterdam,
    ``America/Argentina/Buenos_Aires`` → Buenos Aires."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def other_clock(customer_zone: str | None, manager_zone: str | None) -> bool:
    """Whether a customer's visits are weighed on another clock than the manager's: both
    zones known and not the same one."""
    return bool(customer_zone and manager_zone and customer_zone != manager_zone)


def _minutes_after(day: date, moment: datetime, manager: ZoneInfo, *, up: bool) -> int:
    """Whole minutes from the manager's midnight that begins ``day`` to ``moment`` (aware),
    on the manager's wall clock; rounded up or down."""
    wall = moment.astimezone(manager).replace(tzinfo=None)
    delta = wall - datetime.combine(day, time(0))
    seconds = delta.days * 86400 + delta.seconds + (1 if up and delta.microseconds else 0)
    return -(-seconds // 60) if up else seconds // 60


def customer_window(
    day: date,
    manager_window: Window,
    their_hours: Window,
    manager_zone: str,
    customer_zone: str,
    closed_weekdays: frozenset[int] = frozenset(),
) -> Window | None:
    """When a visit may take place on the manager's ``day``, in minutes from the manager's
    midnight: inside ``manager_window`` (the working day, manager's clock) and inside
    ``their_hours`` (minutes from the customer's midnight: working and visiting hours on
    their clock) of a day the customer is open (``closed_weekdays`` on their calendar).
    The longest such window (the earliest of equals); None when the clocks leave none."""
    manager, customer = zone(manager_zone), zone(customer_zone)
    best: Window | None = None
    for shift in (-1, 0, 1):  # the customer's date may be the day before or after
        theirs = day + timedelta(days=shift)
        if theirs.weekday() in closed_weekdays:
            continue
        # Wall-clock minutes on their side: a day with a clock change keeps its hours.
        opens = datetime.combine(theirs, time(0)) + timedelta(minutes=their_hours[0])
        closes = datetime.combine(theirs, time(0)) + timedelta(minutes=their_hours[1])
        first = _minutes_after(day, opens.replace(tzinfo=customer), manager, up=True)
        last = _minutes_after(day, closes.replace(tzinfo=customer), manager, up=False)
        first, last = max(first, manager_window[0]), min(last, manager_window[1])
        if first < last and (best is None or last - first > best[1] - best[0]):
            best = (first, last)
    return best


def their_time(day: date, clock: time, manager_zone: str, customer_zone: str) -> time:
    """The customer's wall-clock time when it is ``clock`` on ``day`` for the manager."""
    moment = datetime.combine(day, clock, tzinfo=zone(manager_zone))
    return moment.astimezone(zone(customer_zone)).time().replace(tzinfo=None)


def their_hours(working: tuple[time, time], visiting: tuple[time, time] | None) -> Window | None:
    """The customer's hours on their clock, minutes from their midnight: the working day,
    narrowed to the visiting hours; None when those lie outside the working day."""
    opens, closes = minute_ceil(working[0]), minute_floor(working[1])
    if visiting is not None:
        opens = max(opens, minute_ceil(visiting[0]))
        closes = min(closes, minute_floor(visiting[1]))
    return (opens, closes) if opens < closes else None
