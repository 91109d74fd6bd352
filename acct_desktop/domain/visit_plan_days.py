"""The planner's days: which week to offer, which days take new visits, and what the visits
already in the calendar take of each day.

A visit already in the calendar (a :class:`FixedVisit`) may take no time, run past midnight
or last several days. On each day of the period it touches it is a :class:`BookedPiece`: its
minutes from that day's midnight, cut at the day's edges. The piece on the day the visit
starts is a stop on that day's route (the manager drives there); a piece on a later day is
busy time only — the manager is already there, so no travel is counted to or from it.
Each piece counts as one of its day's visits: a day never lists more visits than the
manager allows, whether the visit started that day or the day before.

Which days take new visits is decided by :func:`takes_new_visits` alone: a working day of
the period (a working weekday, or an official working weekend day:
``PlanSettings.working_weekend_days``), not in the past, not a public holiday or one of
the manager's days off (``PlanSettings.days_off``), and — for today — with enough of the
working day left after now (:func:`today_starts_at`). :func:`skipped_reason` says why a
working day takes none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from acct_desktop.domain.visit_plan_model import (
    DayOffKind,
    FixedVisit,
    PlanSettings,
    Reason,
    ReasonKind,
)

DAY_MINUTES = 24 * 60
WORKING_WEEK = frozenset(range(5))
# New visits today start at the next quarter hour after now (10:07 → 10:15, 10:15 → 10:15)...
START_STEP_MINUTES = 15  # the calendar's step: a proposed visit starts on the quarter hour
NOW_STEP_MINUTES = START_STEP_MINUTES
# ...and today takes none when less than this much of the working day (lunch not counted)
# is left by then: not enough for a visit and the drive to it.
TODAY_MINUTES_NEEDED = 60


def minute_floor(t: time) -> int:
    """Whole minutes from midnight, rounded down."""
    return t.hour * 60 + t.minute


def minute_ceil(t: time) -> int:
    """Whole minutes from midnight, rounded up."""
    return minute_floor(t) + (1 if t.second or t.microsecond else 0)


def default_period(
    today: date,
    working_weekdays: frozenset[int] = WORKING_WEEK,
    working_weekend_days: Iterable[date] = (),
) -> tuple[date, date]:
    """The week *Plan visits…* offers: on a Monday this week ("Monday: plan the week"), on
    any other day next week; from its first to its last working weekday (Monday to Friday
    when none are given). It takes in an official working weekend day
    (``working_weekend_days``) of that week, and one from today to the week's start: on
    Friday 26 September 2025 a manager in China plans from Sunday the 28th, a working day."""
    monday = today - timedelta(days=today.weekday())
    if today.weekday() != 0:
        monday += timedelta(days=7)
    weekdays = sorted(working_weekdays) or sorted(WORKING_WEEK)
    first, last = monday + timedelta(days=weekdays[0]), monday + timedelta(days=weekdays[-1])
    extra = sorted(d for d in working_weekend_days if today <= d <= monday + timedelta(days=6))
    if extra:
        first, last = min(first, extra[0]), max(last, extra[-1])
    return first, last


def end_of_working_week(
    first: date, working_weekdays: frozenset[int], working_weekend_days: Iterable[date] = ()
) -> date:
    """The last working day of ``first``'s week (Monday to Sunday), an official working
    weekend day included; ``first`` itself when none is later."""
    weekdays = sorted(working_weekdays) or sorted(WORKING_WEEK)
    sunday = first + timedelta(days=6 - first.weekday())
    last = first + timedelta(days=weekdays[-1] - first.weekday())
    later = [d for d in working_weekend_days if first <= d <= sunday]
    return max(first, last, *later)


def today_starts_at(now: datetime) -> int:
    """The first minute of today new visits may start at: ``now`` rounded up to the next
    quarter hour (a whole quarter stays as it is; 23:50 gives 24:00, the end of the day)."""
    minute = minute_ceil(now.time())
    return -(-minute // NOW_STEP_MINUTES) * NOW_STEP_MINUTES


def minutes_left_today(settings: PlanSettings, starts_at: int) -> int:
    """Working minutes left from ``starts_at`` to the end of the working day, less the part
    of the lunch break in them."""
    end = minute_floor(settings.day_end)
    begin = max(starts_at, minute_ceil(settings.day_start))
    left = max(0, end - begin)
    if settings.lunch_break is not None:
        lunch_from = max(begin, minute_floor(settings.lunch_break[0]))
        lunch_to = min(end, minute_ceil(settings.lunch_break[1]))
        left -= max(0, lunch_to - lunch_from)
    return left


def skipped_reason(
    day: date, settings: PlanSettings, today: date, now: datetime | None = None
) -> Reason | None:
    """Why ``day``, a working day of the period not in the past, takes no new visits —
    a public holiday (its name), a day off (the manager's note), or today with less than
    ``TODAY_MINUTES_NEEDED`` of the working day left after ``now`` — else None (also for a
    day that is no working day or is past: those are not "skipped", they never were
    working days)."""
    if not settings.is_working_day(day) or day < today:
        return None
    off = settings.day_off(day)
    if off is not None:
        kind = (
            ReasonKind.PUBLIC_HOLIDAY
            if off.kind is DayOffKind.PUBLIC_HOLIDAY
            else ReasonKind.DAY_OFF
        )
        return Reason(kind, on=day, name=off.name or None)
    too_late = (
        now is not None
        and day == now.date()
        and minutes_left_today(settings, today_starts_at(now)) < TODAY_MINUTES_NEEDED
    )
    return Reason(ReasonKind.TOO_LATE_TODAY, on=day) if too_late else None


def takes_new_visits(
    day: date, settings: PlanSettings, today: date, now: datetime | None = None
) -> bool:
    """Whether the planner may propose visits on ``day``: a working day, not in the past,
    not a holiday or day off, and not today when too little of it is left after ``now``
    (the visits proposed today start after now: see :func:`today_starts_at`)."""
    return (
        settings.is_working_day(day)
        and day >= today
        and skipped_reason(day, settings, today, now) is None
    )


@dataclass(frozen=True, slots=True)
class BookedPiece:
    """The part of a booked visit on one day, in minutes from that day's midnight
    (``0 <= begins <= ends <= DAY_MINUTES``); ``continued`` when the visit began on an
    earlier day."""

    booking: FixedVisit
    begins: int
    ends: int
    continued: bool

    @property
    def busy(self) -> tuple[int, int]:
        """The minutes it keeps the manager busy, ``(begins, ends)``, at least one: a visit
        that takes no time still marks a moment no other visit may straddle."""
        return self.begins, max(self.ends, self.begins + 1)


def last_day_touched(booking: FixedVisit) -> date:
    """The last day a booking takes time on: a visit ending at midnight ends the day before
    (one that takes no time is on the day it is at)."""
    if booking.end > booking.start and booking.end.time() == time(0):
        return booking.end.date() - timedelta(days=1)
    return booking.end.date()


def pieces_by_day(
    bookings: Iterable[FixedVisit], first_day: date, last_day: date
) -> dict[date, list[BookedPiece]]:
    """The pieces of ``bookings`` on each day from ``first_day`` to ``last_day`` (days
    without any are left out), in the bookings' order."""
    pieces: dict[date, list[BookedPiece]] = {}
    for booking in bookings:
        begins_on = booking.start.date()
        day = max(begins_on, first_day)
        until = min(last_day_touched(booking), last_day)
        while day <= until:
            pieces.setdefault(day, []).append(_piece(booking, day, continued=day > begins_on))
            day += timedelta(days=1)
    return pieces


def _piece(booking: FixedVisit, day: date, continued: bool) -> BookedPiece:
    begins = 0 if continued else minute_floor(booking.start.time())
    next_midnight = datetime.combine(day + timedelta(days=1), time(0))
    ends = DAY_MINUTES if booking.end >= next_midnight else minute_ceil(booking.end.time())
    return BookedPiece(booking, begins, max(begins, ends), continued)
