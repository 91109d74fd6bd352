"""The planner's days: which week to offer, which days take new visits, and what the visits
already in the calendar take of each day.

A visit already in the calendar (a :class:`FixedVisit`) may take no time, run past midnight
or last several days. On each day of the period it touches it is a :class:`BookedPiece`: its
minutes from that day's midnight, cut at the day's edges. The piece on the day the visit
starts is a stop on that day's route (the manager drives there); a piece on a later day is
busy time only — the manager is already there, so no travel is counted to or from it.
Each piece counts as one of its day's visits: a day never lists more visits than the
manager allows, whether the visit started that day or the day before.

Which days take new visits is decided by :func:`takes_new_visits` alone, so days off
(public holidays, leave) need a change there and a field in ``PlanSettings``, nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from acct_desktop.domain.visit_plan_model import FixedVisit, PlanSettings

DAY_MINUTES = 24 * 60
WORKING_WEEK = frozenset(range(5))


def minute_floor(t: time) -> int:
    """Whole minutes from midnight, rounded down."""
    return t.hour * 60 + t.minute


def minute_ceil(t: time) -> int:
    """Whole minutes from midnight, rounded up."""
    return minute_floor(t) + (1 if t.second or t.microsecond else 0)


def default_period(
    today: date, working_weekdays: frozenset[int] = WORKING_WEEK
) -> tuple[date, date]:
    """The week *Plan visits…* offers: on a Monday this week ("Monday: plan the week"), on
    any other day next week; from its first to its last working weekday (Monday to Friday
    when none are given)."""
    monday = today - timedelta(days=today.weekday())
    if today.weekday() != 0:
        monday += timedelta(days=7)
    weekdays = sorted(working_weekdays) or sorted(WORKING_WEEK)
    return monday + timedelta(days=weekdays[0]), monday + timedelta(days=weekdays[-1])


def takes_new_visits(day: date, settings: PlanSettings, today: date) -> bool:
    """Whether the planner may propose visits on ``day``: a working weekday, not in the
    past. (The one place to add days off.)"""
    return day.weekday() in settings.working_weekdays and day >= today


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
