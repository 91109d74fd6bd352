"""The visit plan generator's inputs and outputs: accounts with their priority signals, the
planning settings, fixed appointments, and the proposed plan with structured reasons.

Reasons are structured (a :class:`ReasonKind` plus parameters) so the GUI can translate
them; :attr:`Reason.text` is the English wording. Import these names from
:mod:`acct_desktop.domain.visit_planning`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.geo import ROAD_WINDING_FACTOR, LatLon
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, duration_text, figure
from acct_desktop.domain.visit_cycles import DEFAULT_INTERVAL_DAYS

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("messages", "Monday"),
    QT_TRANSLATE_NOOP("messages", "Tuesday"),
    QT_TRANSLATE_NOOP("messages", "Wednesday"),
    QT_TRANSLATE_NOOP("messages", "Thursday"),
    QT_TRANSLATE_NOOP("messages", "Friday"),
    QT_TRANSLATE_NOOP("messages", "Saturday"),
    QT_TRANSLATE_NOOP("messages", "Sunday"),
)
_MONTH_DAYS = (  # the day of the month in %1
    QT_TRANSLATE_NOOP("messages", "%1 Jan"),
    QT_TRANSLATE_NOOP("messages", "%1 Feb"),
    QT_TRANSLATE_NOOP("messages", "%1 Mar"),
    QT_TRANSLATE_NOOP("messages", "%1 Apr"),
    QT_TRANSLATE_NOOP("messages", "%1 May"),
    QT_TRANSLATE_NOOP("messages", "%1 Jun"),
    QT_TRANSLATE_NOOP("messages", "%1 Jul"),
    QT_TRANSLATE_NOOP("messages", "%1 Aug"),
    QT_TRANSLATE_NOOP("messages", "%1 Sep"),
    QT_TRANSLATE_NOOP("messages", "%1 Oct"),
    QT_TRANSLATE_NOOP("messages", "%1 Nov"),
    QT_TRANSLATE_NOOP("messages", "%1 Dec"),
)
_WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("messages", "Mon"),
    QT_TRANSLATE_NOOP("messages", "Tue"),
    QT_TRANSLATE_NOOP("messages", "Wed"),
    QT_TRANSLATE_NOOP("messages", "Thu"),
    QT_TRANSLATE_NOOP("messages", "Fri"),
    QT_TRANSLATE_NOOP("messages", "Sat"),
    QT_TRANSLATE_NOOP("messages", "Sun"),
)
ALL_WEEKDAYS = frozenset(range(7))


class PlanCancelled(Exception):
    """The progress callback asked to stop planning."""


def short_date(day: date) -> Sentence:
    """``Fri 27 Nov`` for :attr:`Reason.text`; a Sentence whose words each language gives
    (``周五 11月27日``, ``T6 27 thg 11``, ``vr 27 nov``)."""
    # "%1 %2" holds no words, so no language reorders it: the weekday, then the day of the
    # month as the language writes it ("27 Nov", "11月27日").
    return Sentence(
        "%1 %2",
        Sentence.of(_WEEKDAYS_SHORT[day.weekday()]),
        Sentence.of(_MONTH_DAYS[day.month - 1], day.day),
    )


def _check_weekdays(weekdays: frozenset[int], what: str) -> None:
    if not weekdays <= ALL_WEEKDAYS:
        raise ValueError(f"{what} must be weekday numbers 0 (Monday) to 6 (Sunday)")


def _check_zone(name: str | None) -> None:
    if name is None:
        return
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone") from None


@dataclass(frozen=True, slots=True)
class IssueSignal:
    """An open customer issue and its deadline."""

    number: str
    deadline: date


@dataclass(frozen=True, slots=True)
class QuoteSignal:
    """A sent quote and the last day it is valid."""

    number: str
    valid_until: date


@dataclass(frozen=True, slots=True)
class RebateSignal:
    """A rebate agreement whose next tier is within reach before its period ends."""

    agreement_code: str
    next_tier_name: str
    amount_to_next_tier: Decimal
    period_end: date


@dataclass(frozen=True, slots=True)
class PlanningAccount:
    """What the planner knows about one account. Weekdays are 0 (Monday) to 6 (Sunday);
    ``visiting_hours`` is when a visit may take place (start and end inside it), on the
    customer's clock. ``time_zone`` is the customer's IANA zone (None: the manager's): a
    customer in another zone than :attr:`PlanSettings.time_zone` is visited within the
    working hours on both clocks (:mod:`acct_desktop.domain.visit_zones`)."""

    id: Hashable
    name: str
    latitude: float | None
    longitude: float | None
    tier: Tier = Tier.B
    interval_days: int = DEFAULT_INTERVAL_DAYS
    last_visit: date | None = None
    preferred_weekdays: frozenset[int] = frozenset()
    closed_weekdays: frozenset[int] = frozenset()
    duration_minutes: int = 45
    visiting_hours: tuple[time, time] | None = None
    overdue_issues: tuple[IssueSignal, ...] = ()
    expiring_quotes: tuple[QuoteSignal, ...] = ()
    rebate_opportunities: tuple[RebateSignal, ...] = ()
    time_zone: str | None = None

    def __post_init__(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("an account has both coordinates or neither")
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise ValueError("latitude must be between -90 and 90")
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise ValueError("longitude must be between -180 and 180")
        if self.interval_days <= 0:
            raise ValueError("a visit cycle needs a positive interval")
        if self.duration_minutes <= 0:
            raise ValueError("a visit takes at least a minute")
        if self.visiting_hours is not None and self.visiting_hours[1] <= self.visiting_hours[0]:
            raise ValueError("visiting hours must end after they start")
        _check_weekdays(self.preferred_weekdays, "preferred weekdays")
        _check_weekdays(self.closed_weekdays, "closed weekdays")
        _check_zone(self.time_zone)

    @property
    def located(self) -> bool:
        """Whether the account has coordinates."""
        return self.latitude is not None


@dataclass(frozen=True, slots=True)
class FixedVisit:
    """A visit already in the calendar: it keeps its time, takes up the manager's time on
    every day it touches and counts towards each of those days' visits. Times are naive
    local datetimes; the visit may take no time, run past midnight or last several days.
    ``location`` is where it takes place; without one, the account's own (when the account
    is among those planned) is used, else travel to it is not estimated."""

    account_id: Hashable
    start: datetime
    end: datetime
    location: LatLon | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a fixed visit cannot end before it starts")
        if self.location is not None and not (
            -90 <= self.location[0] <= 90 and -180 <= self.location[1] <= 180
        ):
            raise ValueError("a fixed visit's place must be a latitude and a longitude")


class DayOffKind(StrEnum):
    """Why a working weekday takes no new visits."""

    PUBLIC_HOLIDAY = "public_holiday"
    DAY_OFF = "day_off"  # the manager's own: leave, training…


@dataclass(frozen=True, slots=True)
class DayOff:
    """A day the manager does not take new visits: a public holiday (``name`` as the
    holiday calendar gives it, already in the user's language) or one of the manager's own
    days off (``name`` is their note, "training", or empty). Visits already booked on it
    stay as they are."""

    day: date
    kind: DayOffKind
    name: str = ""


@dataclass(frozen=True, slots=True)
class PlanSettings:
    """The period and the manager's working pattern. With no start point the day starts at
    its first visit (and ``return_to_start`` has no effect). ``time_zone`` is the manager's
    IANA zone, the clock of the plan's times; None weighs every account on that clock
    (their zones are not compared). ``days_off`` are public
    holidays and the manager's own days off: no new visits on them. ``working_weekend_days``
    are working days although their weekday is not a working one: the country's official
    working weekend days (China's 调休), planned like any working day."""

    first_day: date
    last_day: date
    working_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    day_start: time = time(8, 30)
    day_end: time = time(17, 30)
    max_visits_per_day: int = 6
    speed_kmh: float = 50.0
    start_latitude: float | None = None
    start_longitude: float | None = None
    return_to_start: bool = True
    lunch_break: tuple[time, time] | None = None
    winding_factor: float = ROAD_WINDING_FACTOR
    days_off: tuple[DayOff, ...] = ()
    working_weekend_days: frozenset[date] = frozenset()
    time_zone: str | None = None

    def __post_init__(self) -> None:
        # The plan dialog shows these: the period, hours, visits per day and speed are typed.
        if self.last_day < self.first_day:
            raise ValueError(
                QT_TRANSLATE_NOOP("messages", "the period must end on or after its first day")
            )
        if self.day_end <= self.day_start:
            raise ValueError(
                QT_TRANSLATE_NOOP("messages", "the working day must end after it starts")
            )
        if self.max_visits_per_day < 1:
            raise ValueError(QT_TRANSLATE_NOOP("messages", "at least one visit per day"))
        if self.speed_kmh <= 0:
            raise ValueError(QT_TRANSLATE_NOOP("messages", "the travel speed must be positive"))
        if self.winding_factor < 1:
            raise ValueError("the road-winding factor is at least 1")
        if (self.start_latitude is None) != (self.start_longitude is None):
            raise ValueError("the start point has both coordinates or neither")
        if self.start_latitude is not None and not (
            -90 <= self.start_latitude <= 90 and -180 <= (self.start_longitude or 0) <= 180
        ):
            raise ValueError("the start point must be a latitude and a longitude")
        if self.lunch_break is not None and self.lunch_break[1] <= self.lunch_break[0]:
            raise ValueError(
                QT_TRANSLATE_NOOP("messages", "the lunch break must end after it starts")
            )
        _check_weekdays(self.working_weekdays, "working weekdays")
        _check_zone(self.time_zone)

    def is_working_day(self, day: date) -> bool:
        """A working weekday, or an official working weekend day (days off aside)."""
        return day.weekday() in self.working_weekdays or day in self.working_weekend_days

    def day_off(self, day: date) -> DayOff | None:
        """The day off on ``day`` (a public holiday before the manager's own), else None."""
        found = [off for off in self.days_off if off.day == day]
        found.sort(key=lambda off: off.kind is not DayOffKind.PUBLIC_HOLIDAY)
        return found[0] if found else None


class ReasonKind(StrEnum):
    """Why an account is (or is not) in the plan, or what is wrong with a day."""

    OVERDUE = "overdue"
    DUE = "due"
    NEVER_VISITED = "never_visited"
    ISSUE_PAST_DEADLINE = "issue_past_deadline"
    ISSUE_DUE_SOON = "issue_due_soon"
    QUOTE_EXPIRING = "quote_expiring"
    REBATE_TIER_CLOSE = "rebate_tier_close"
    PREFERRED_DAY = "preferred_day"
    NO_COORDINATES = "no_coordinates"
    FIXED_APPOINTMENT = "fixed_appointment"
    CONTINUED = "continued"
    NOT_DUE = "not_due"
    NO_CAPACITY = "no_capacity"
    DAYS_CLASH = "days_clash"  # no room on the days free of clashing booked visits
    NO_WORKING_DAYS = "no_working_days"
    CLOSED_ON_ALL_WORKING_DAYS = "closed_on_all_working_days"
    HOURS_OUTSIDE_WORKING_DAY = "hours_outside_working_day"
    HOURS_DO_NOT_OVERLAP = "hours_do_not_overlap"
    DOES_NOT_FIT_A_DAY = "does_not_fit_a_day"
    APPOINTMENTS_CLASH = "appointments_clash"
    PUBLIC_HOLIDAY = "public_holiday"
    DAY_OFF = "day_off"
    TOO_LATE_TODAY = "too_late_today"


@dataclass(frozen=True, slots=True)
class Reason:
    """One structured explanation; which parameters are set depends on ``kind``."""

    kind: ReasonKind
    days: int | None = None
    on: date | None = None
    number: str | None = None
    tier_name: str | None = None
    amount: Decimal | None = None
    weekday: int | None = None
    minutes: int | None = None
    count: int | None = None
    name: str | None = None
    times: tuple[time, time] | None = None  # the manager's clock, and the customer's

    @property
    def text(self) -> str:
        """The English wording, e.g. ``overdue 12 days`` (a ``Sentence`` the GUI translates)."""
        return _TEXTS[self.kind](self)


def group_heading(kind: ReasonKind, members: Iterable[Reason] = ()) -> str:
    """The heading of the accounts left out for ``kind`` (``members``: their reasons) — one
    wording for *Plan visits…*'s *Not planned* tab and ``acct-desktop plan``: "not due in
    this period" without a date; the clashing days with their count, which the whole group
    shares ("on 5 days …", not "on 1 day"); any other reason without one account's details
    (a time zone's hours)."""
    if kind is ReasonKind.NOT_DUE:
        return _said(QT_TRANSLATE_NOOP("messages", "not due in this period"))
    if kind is ReasonKind.DAYS_CLASH:
        return next(iter(members), Reason(kind)).text
    return Reason(kind).text


def _counted(one: str, many: str, count: int | None, *args: object) -> Sentence:
    """``one`` (marked, with %1 the count) when ``count`` is 1, else ``many``."""
    return Sentence.of(one if count == 1 else many, count, *args)


def _on(reason: Reason) -> Sentence | str:
    return short_date(reason.on) if reason.on else "?"


def _said(text: str) -> Sentence:
    return Sentence.of(text)


_TEXTS = {
    ReasonKind.OVERDUE: lambda r: _counted(
        QT_TRANSLATE_NOOP("messages", "overdue %1 day"),
        QT_TRANSLATE_NOOP("messages", "overdue %1 days"),
        r.days,
    ),
    ReasonKind.DUE: lambda r: Sentence.of(QT_TRANSLATE_NOOP("messages", "due %1"), _on(r)),
    ReasonKind.NEVER_VISITED: lambda r: _said(QT_TRANSLATE_NOOP("messages", "never visited")),
    ReasonKind.ISSUE_PAST_DEADLINE: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "issue %1 was due %2 (%3 day past its deadline)")
        if r.days == 1
        else QT_TRANSLATE_NOOP("messages", "issue %1 was due %2 (%3 days past its deadline)"),
        r.number,
        _on(r),
        r.days,
    ),
    ReasonKind.ISSUE_DUE_SOON: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "issue %1 due %2"), r.number, _on(r)
    ),
    ReasonKind.QUOTE_EXPIRING: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "quote %1 expires %2"), r.number, _on(r)
    ),
    ReasonKind.REBATE_TIER_CLOSE: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "rebate %1: %2 to tier %3 by %4"),
        r.number,
        figure(r.amount),
        r.tier_name,
        _on(r),
    ),
    ReasonKind.PREFERRED_DAY: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "preferred day: %1"), _said(WEEKDAY_NAMES[r.weekday or 0])
    ),
    ReasonKind.NO_COORDINATES: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "no coordinates: travel not estimated")
    ),
    ReasonKind.FIXED_APPOINTMENT: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "fixed appointment")
    ),
    ReasonKind.CONTINUED: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "continued from %1"), _on(r)
    ),
    ReasonKind.NOT_DUE: lambda r: Sentence.of(
        QT_TRANSLATE_NOOP("messages", "not due in this period (next due %1)"), _on(r)
    ),
    ReasonKind.NO_CAPACITY: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "no capacity left in this period")
    ),
    ReasonKind.DAYS_CLASH: lambda r: _counted(
        QT_TRANSLATE_NOOP(
            "messages",
            "no room left: on %1 day the visits already booked clash, and such a day takes "
            "no new visits (move or cancel them)",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "no room left: on %1 days the visits already booked clash, and such days take "
            "no new visits (move or cancel them)",
        ),
        r.count or 1,
    ),
    ReasonKind.NO_WORKING_DAYS: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "no working days left in this period")
    ),
    ReasonKind.CLOSED_ON_ALL_WORKING_DAYS: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "closed on all working days of this period")
    ),
    ReasonKind.HOURS_OUTSIDE_WORKING_DAY: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "visiting hours do not fit the working day")
    ),
    # The manager's day start on the customer's clock says why: "your 08:30 is 02:30 in
    # Amsterdam". Without the times (a group's heading), the reason alone.
    ReasonKind.HOURS_DO_NOT_OVERLAP: lambda r: (
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "its working hours and yours do not overlap: your %1 is %2 in %3"
            ),
            f"{r.times[0]:%H:%M}",
            f"{r.times[1]:%H:%M}",
            r.name,
        )
        if r.times is not None and r.name
        else _said(QT_TRANSLATE_NOOP("messages", "its working hours and yours do not overlap"))
    ),
    ReasonKind.DOES_NOT_FIT_A_DAY: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "cannot be reached and visited within a working day")
    ),
    # How many appointments would be late and the latest of them: the minutes of every late
    # appointment added up say nothing (one late start makes each one after it late too).
    ReasonKind.APPOINTMENTS_CLASH: lambda r: _counted(
        QT_TRANSLATE_NOOP("messages", "%1 fixed appointment cannot be kept on time (%2 late)"),
        QT_TRANSLATE_NOOP(
            "messages", "%1 fixed appointments cannot be kept on time (up to %2 late)"
        ),
        r.count or 1,
        duration_text(r.minutes or 0),
    ),
    # A holiday's name comes from the holiday calendar in the user's language already.
    ReasonKind.PUBLIC_HOLIDAY: lambda r: (
        r.name or _said(QT_TRANSLATE_NOOP("messages", "public holiday"))
    ),
    ReasonKind.DAY_OFF: lambda r: (
        Sentence.of(QT_TRANSLATE_NOOP("messages", "day off: %1"), r.name)
        if r.name
        else _said(QT_TRANSLATE_NOOP("messages", "day off"))
    ),
    ReasonKind.TOO_LATE_TODAY: lambda r: _said(
        QT_TRANSLATE_NOOP("messages", "too little of today is left")
    ),
}


@dataclass(frozen=True, slots=True)
class ProposedVisit:
    """One visit in the plan. ``travel_km_from_previous`` is the estimated road distance
    (straight line × winding factor) from the previous stop or the start point. A fixed
    visit keeps its own ``start`` and ``end``, which may lie on other days than ``day``: one
    that runs past midnight or over several days is listed on each day it touches."""

    account_id: Hashable
    day: date
    start: datetime
    end: datetime
    order_in_day: int
    travel_km_from_previous: float
    travel_minutes: int
    reasons: tuple[Reason, ...]
    fixed: bool = False


@dataclass(frozen=True, slots=True)
class PlannedDay:
    """One day of the plan: its visits in order, the way back, and any warnings."""

    day: date
    visits: tuple[ProposedVisit, ...]
    return_km: float
    return_minutes: int
    finishes_at: datetime
    warnings: tuple[Reason, ...] = ()

    @property
    def travel_km(self) -> float:
        """Road kilometres of the day including the way back."""
        return sum(v.travel_km_from_previous for v in self.visits) + self.return_km

    @property
    def shown_km(self) -> int:
        """The day's kilometres as a reader adds them up: each leg in whole kilometres as
        shown on its row (and the way back on its own), summed — so the day's total is
        never 51 under rows that add up to 52."""
        legs = [v.travel_km_from_previous for v in self.visits]
        return sum(whole_km(km) for km in [*legs, self.return_km])


def whole_km(km: float) -> int:
    """Kilometres as shown in whole ones: halves up (2.5 → 3), never 2.5 → 2 as Python's
    ``round`` does."""
    return math.floor(km + 0.5)


@dataclass(frozen=True, slots=True)
class UnplannedAccount:
    """An account left out of the plan, and why."""

    account_id: Hashable
    reason: Reason


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A working day of the period that takes no new visits, and why: a public holiday, a
    day off, or today with too little of it left. Visits already booked on it stay (and are
    listed in the plan's days)."""

    day: date
    reason: Reason


@dataclass(frozen=True, slots=True)
class Plan:
    """The proposed plan: days in date order (only days with visits), the accounts left
    out, each with its reason, and the working days skipped, each with its reason."""

    days: tuple[PlannedDay, ...]
    unplanned: tuple[UnplannedAccount, ...]
    skipped: tuple[SkippedDay, ...] = ()

    @property
    def visits_by_day(self) -> dict[date, tuple[ProposedVisit, ...]]:
        """The visits of each planned day, in order."""
        return {day.day: day.visits for day in self.days}

    @property
    def visits(self) -> tuple[ProposedVisit, ...]:
        """All visits, day by day, in order (a fixed visit over several days once a day)."""
        return tuple(visit for day in self.days for visit in day.visits)

    @property
    def total_km(self) -> float:
        """Estimated road kilometres of the whole plan."""
        return sum(day.travel_km for day in self.days)

    @property
    def new_visit_days(self) -> tuple[PlannedDay, ...]:
        """The days that got new visits (not the days of booked visits only)."""
        return tuple(day for day in self.days if any(not v.fixed for v in day.visits))

    @property
    def new_km(self) -> float:
        """Estimated road kilometres of the days that got new visits: the drives the new
        plan makes, not those between booked visits on other days."""
        return sum(day.travel_km for day in self.new_visit_days)

    @property
    def new_km_shown(self) -> int:
        """``new_km`` as the days show it: the sum of their ``shown_km``."""
        return sum(day.shown_km for day in self.new_visit_days)

    @property
    def visit_count(self) -> int:
        """Visits in the plan, day by day, fixed appointments included (as ``visits``)."""
        return sum(len(day.visits) for day in self.days)

    @property
    def proposed_count(self) -> int:
        """Visits the planner proposed (fixed appointments excluded)."""
        return sum(1 for visit in self.visits if not visit.fixed)
