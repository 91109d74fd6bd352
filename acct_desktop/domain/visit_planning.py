"""The visit plan generator ("intelligent dispatch"): which accounts to visit on which day,
in which order, and why.

:func:`generate_plan` takes the accounts (cycles, last visits, priority signals,
coordinates, visiting hours, closed and preferred weekdays), the manager's settings (period,
working days and hours, visits per day, speed, start point, lunch) and the visits already
booked, and proposes a plan:

1. **Who is wanted.** Each account gets a priority score and reasons
   (:mod:`acct_desktop.domain.visit_priority`): due by the last day, or a signal (issue past
   or near its deadline, quote expiring, rebate tier within reach). Others are unplanned
   with "not due in this period".
2. **Which day.** Day groups are grown geographically around the most urgent accounts,
   earliest days first, honouring closed weekdays, visiting hours, capacity, time, and
   (softly) preferred weekdays (:mod:`acct_desktop.domain.visit_day_assignment`).
3. **Which order and when.** Each day is routed (:mod:`acct_desktop.domain.routing`) from
   the start point; fixed appointments keep their times and count towards capacity on
   every day they touch (:mod:`acct_desktop.domain.visit_plan_days`: a visit may run past
   midnight, last several days or take no time).

Guarantees, for every proposed (non-fixed) visit: it is on a working day of the period, not
before ``today``, not on a public holiday or day off (``settings.days_off``), not on a closed
weekday of the account; today (when ``now`` is given) it starts no earlier than ``now``
rounded up to the quarter hour, and today takes none when less than an hour of its working
day is left (:mod:`acct_desktop.domain.visit_plan_days`); it starts on the quarter hour (the
calendar's step: 10:15, never 10:09); it starts and ends within the
account's visiting hours and the working day, overlaps no lunch break and no fixed
appointment, and the day's route (travel + visits, and the way back when returning) fits
between ``day_start`` and ``day_end`` (or the fixed appointments' hours where they lie
outside); no day holds more than ``max_visits_per_day`` visits, fixed appointments that
touch it included, unless those alone do; each account appears at most once; every input
account is either in the plan or unplanned with a reason. Days whose fixed appointments
clash get a warning (how many would be late, and the latest by how much) and no proposals.
Working days that take no new visits are listed in ``Plan.skipped`` with their reason; the
visits already booked on them stay in the plan as they are.

Determinism: accounts are sorted by id (type name, then ``str``), ties use that order, and
nothing depends on set or dict iteration order, so the same inputs give the same plan in
any process (whatever ``PYTHONHASHSEED``), even when the accounts come in another order.

Known limits: one visit per account per period (a 7-day cycle in a 4-week period is not
repeated); days before ``today`` are not planned; travel to fixed appointments at accounts
without a place is not estimated (they block their time slot only), nor from the part of a
fixed appointment carried past midnight into the next day; a fixed appointment over the
lunch break replaces that day's lunch.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from acct_desktop.domain.geo import (
    LatLon,
    drive_between,
    haversine_km,
    surface_point,
    whole_travel_minutes,
)
from acct_desktop.domain.routing import DayFrame, RouteStop, drive, merge_breaks, visit_start
from acct_desktop.domain.visit_day_assignment import Candidate, DayBuilder, assign_days
from acct_desktop.domain.visit_legs import drives_in_order
from acct_desktop.domain.visit_plan_days import (
    DAY_MINUTES,
    START_STEP_MINUTES,
    BookedPiece,
    minute_ceil,
    minute_floor,
    pieces_by_day,
    skipped_reason,
    takes_new_visits,
    today_starts_at,
)
from acct_desktop.domain.visit_plan_model import (
    DayOff,
    DayOffKind,
    FixedVisit,
    IssueSignal,
    Plan,
    PlanCancelled,
    PlannedDay,
    PlanningAccount,
    PlanSettings,
    ProposedVisit,
    QuoteSignal,
    Reason,
    ReasonKind,
    RebateSignal,
    SkippedDay,
    UnplannedAccount,
)
from acct_desktop.domain.visit_priority import Urgency, assess_urgency
from acct_desktop.domain.visit_zones import (
    customer_window,
    other_clock,
    their_hours,
    their_time,
    zone_city,
)

__all__ = [
    "DayOff",
    "DayOffKind",
    "FixedVisit",
    "IssueSignal",
    "Plan",
    "PlanCancelled",
    "PlanSettings",
    "PlannedDay",
    "PlanningAccount",
    "ProposedVisit",
    "QuoteSignal",
    "Reason",
    "ReasonKind",
    "RebateSignal",
    "SkippedDay",
    "UnplannedAccount",
    "generate_plan",
]

Progress = Callable[[int, int], bool]
_PROGRESS_EVERY = 512


class _Progress:
    """Reports (done, total); a callback returning ``False`` cancels the run."""

    def __init__(self, callback: Progress | None, total: int) -> None:
        self._callback, self.total, self.done = callback, max(1, total), 0

    def check(self) -> None:
        if (
            self._callback is not None
            and self._callback(min(self.done, self.total), self.total) is False
        ):
            raise PlanCancelled

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        self.check()


def _id_key(account_id: Hashable) -> tuple[str, str]:
    return (type(account_id).__name__, str(account_id))


def _at(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(0)) + timedelta(minutes=minute)


def generate_plan(
    accounts: Iterable[PlanningAccount],
    settings: PlanSettings,
    fixed: Iterable[FixedVisit] = (),
    *,
    today: date,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Propose a visit plan for ``settings``' period (see the module docstring).

    ``now`` (a naive local time on ``today``) keeps today's proposals after it; without it
    the whole of today is open. ``progress(done, total)`` is called now and then; returning
    ``False`` raises :class:`PlanCancelled`. Raises ``ValueError`` for two accounts with
    the same id, or a ``now`` that is not on ``today``."""
    if now is not None and now.date() != today:
        raise ValueError("now must be a time on today")
    ordered = sorted(accounts, key=lambda a: _id_key(a.id))
    by_id: dict[Hashable, PlanningAccount] = {}
    for account in ordered:
        if account.id in by_id:
            raise ValueError(f"account {account.id!r} is listed twice")
        by_id[account.id] = account
    period = [
        settings.first_day + timedelta(days=k)
        for k in range((settings.last_day - settings.first_day).days + 1)
    ]
    bookings = sorted(fixed, key=lambda f: (f.start, f.end, _id_key(f.account_id)))
    pieces = pieces_by_day(bookings, settings.first_day, settings.last_day)
    booked = {p.booking.account_id for day in pieces.values() for p in day}  # membership only
    reporter = _Progress(progress, len(ordered) + 3 * len(period))
    reporter.check()
    days, skipped = _build_days(period, settings, pieces, by_id, today, now)

    unplanned: list[UnplannedAccount] = []
    candidates: list[Candidate] = []
    window = _window(settings)
    eligible_days = _eligible_days(days)
    for position, account in enumerate(ordered):
        if position % _PROGRESS_EVERY == 0:
            reporter.check()
        if account.id in booked:
            continue
        urgency = assess_urgency(account, today, settings.last_day)
        if not urgency.wanted:
            unplanned.append(
                UnplannedAccount(account.id, Reason(ReasonKind.NOT_DUE, on=urgency.due_on))
            )
            continue
        candidates.append(
            _candidate(position, account, urgency, window, eligible_days, days, settings)
        )
    reporter.advance(len(ordered))
    candidates.sort(key=lambda c: (-c.urgency.score, c.position))
    assign_days(candidates, days, reporter.check, reporter.advance)

    why_unplanned = _WhyUnplanned(days, settings)
    for candidate in candidates:
        if candidate.day is None:
            reason = why_unplanned(candidate)
            unplanned.append(UnplannedAccount(candidate.account.id, reason))
    planned_days = []
    for day in days:
        planned = _planned_day(day)
        if planned is not None:
            planned_days.append(planned)
        reporter.advance()
    reporter.done = reporter.total
    reporter.check()
    unplanned.sort(key=lambda u: _id_key(u.account_id))
    return Plan(days=tuple(planned_days), unplanned=tuple(unplanned), skipped=skipped)


def _start(settings: PlanSettings) -> LatLon | None:
    if settings.start_latitude is None or settings.start_longitude is None:
        return None
    return (settings.start_latitude, settings.start_longitude)


def _window(settings: PlanSettings) -> tuple[int, int]:
    return minute_ceil(settings.day_start), minute_floor(settings.day_end)


def _account_stop(account: PlanningAccount, window: tuple[int, int]) -> RouteStop:
    earliest, latest_end = window
    if account.visiting_hours is not None:
        opens, closes = account.visiting_hours
        earliest = max(earliest, minute_ceil(opens))
        latest_end = min(latest_end, minute_floor(closes))
    location = None
    if account.latitude is not None and account.longitude is not None:
        location = (account.latitude, account.longitude)
    return RouteStop(
        location=location,
        duration=account.duration_minutes,
        earliest_start=earliest,
        latest_start=latest_end - account.duration_minutes,
        step=START_STEP_MINUTES,
    )


def _candidate(
    position: int,
    account: PlanningAccount,
    urgency: Urgency,
    window: tuple[int, int],
    eligible_days: Callable[[frozenset[int]], list[int]],
    days: Sequence[DayBuilder],
    settings: PlanSettings,
) -> Candidate:
    stop = _account_stop(account, window)
    point = None if stop.location is None else surface_point(*stop.location)
    candidate = Candidate(position, account, urgency, stop, point)
    if other_clock(account.time_zone, settings.time_zone):
        _on_their_clock(candidate, settings, window, eligible_days(frozenset()), days)
    elif (stop.earliest_start or 0) <= (stop.latest_start or 0):
        eligible = eligible_days(account.closed_weekdays)
        candidate.eligible = [i for i in eligible if _takes(days[i], stop)]
    return candidate


def _takes(day: DayBuilder, stop: RouteStop) -> bool:
    """Whether ``day`` may take the visit: it may start then, and — with a start point —
    the drive there, the visit (and the drive back) fit the day's frame at all, so accounts
    out of reach from home do not crowd out those near it."""
    if not day.admits(stop):
        return False
    frame = day.frame
    if frame.start is None:
        return True
    return _fits_alone(stop, frame, _merged(frame.breaks))


@lru_cache(maxsize=256)
def _merged(breaks: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    return merge_breaks(breaks)


def _on_their_clock(
    candidate: Candidate,
    settings: PlanSettings,
    window: tuple[int, int],
    open_days: Sequence[int],
    days: Sequence[DayBuilder],
) -> None:
    """A customer in another time zone: on each open day, the stop with the window both
    clocks leave (working hours on the manager's; working and visiting hours, and the days
    it is open, on the customer's), and the days that admit it."""
    account = candidate.account
    assert account.time_zone is not None and settings.time_zone is not None
    hours = their_hours((settings.day_start, settings.day_end), account.visiting_hours)
    candidate.day_stops = {}
    if hours is None:
        return
    for index in open_days:
        found = customer_window(
            days[index].day,
            window,
            hours,
            settings.time_zone,
            account.time_zone,
            account.closed_weekdays,
        )
        if found is None or found[1] - found[0] < account.duration_minutes:
            continue
        stop = replace(
            candidate.stop,
            earliest_start=found[0],
            latest_start=found[1] - account.duration_minutes,
        )
        candidate.day_stops[index] = stop
        if _takes(days[index], stop):
            candidate.eligible.append(index)
    if candidate.day_stops:
        candidate.stop = next(iter(candidate.day_stops.values()))


def _eligible_days(days: Sequence[DayBuilder]) -> Callable[[frozenset[int]], list[int]]:
    """Open days by closed weekdays, shared between accounts closed on the same days
    (read only)."""
    cache: dict[frozenset[int], list[int]] = {}

    def eligible(closed: frozenset[int]) -> list[int]:
        found = cache.get(closed)
        if found is None:
            found = [d.index for d in days if d.open and d.day.weekday() not in closed]
            cache[closed] = found
        return found

    return eligible


def _build_days(
    period: Sequence[date],
    settings: PlanSettings,
    pieces: dict[date, list[BookedPiece]],
    by_id: dict[Hashable, PlanningAccount],
    today: date,
    now: datetime | None,
) -> tuple[list[DayBuilder], tuple[SkippedDay, ...]]:
    """The period's days that take new visits or hold booked ones, and the working days
    skipped (holidays, days off, today too late) with their reasons."""
    start = _start(settings)
    start_point = None if start is None else surface_point(*start)
    days: list[DayBuilder] = []
    skipped: list[SkippedDay] = []
    for day in period:
        todays = pieces.get(day, [])
        skip = skipped_reason(day, settings, today, now)
        if skip is not None:
            skipped.append(SkippedDay(day, skip))
        working = takes_new_visits(day, settings, today, now)
        if not working and not todays:
            continue
        not_before = today_starts_at(now) if working and now is not None and day == today else None
        located: list[tuple[RouteStop, FixedVisit, tuple[float, float, float] | None]] = []
        blocks: list[BookedPiece] = []
        for piece in todays:
            where = None if piece.continued else _place(piece.booking, by_id)
            if where is None:  # busy time only: no travel to or from it is counted
                blocks.append(piece)
                continue
            stop = RouteStop(where, piece.ends - piece.begins, piece.begins, piece.begins)
            located.append((stop, piece.booking, surface_point(*where)))
        frame = _day_frame(
            settings,
            [s for s, _, _ in located],
            [p.busy for p in blocks if not p.continued],
            [p.busy for p in blocks if p.continued],
        )
        if not_before is not None and not todays and frame.day_start < not_before:
            # Nothing booked today: the day sets out now (else the bookings say where the
            # manager is, and only the new visits' starts are held after now).
            frame = replace(frame, day_start=not_before)
        days.append(
            DayBuilder(
                index=len(days),
                day=day,
                frame=frame,
                fixed_stops=located,
                capacity=settings.max_visits_per_day - len(todays),
                working=working,
                start_point=start_point,
                blocks=blocks,
                not_before=not_before,
            )
        )
    return days, tuple(skipped)


def _place(booking: FixedVisit, by_id: dict[Hashable, PlanningAccount]) -> LatLon | None:
    """Where a booked visit takes place: its own place, else its account's if known."""
    if booking.location is not None:
        return booking.location
    account = by_id.get(booking.account_id)
    if account is None or account.latitude is None or account.longitude is None:
        return None
    return (account.latitude, account.longitude)


def _day_frame(
    settings: PlanSettings,
    fixed_stops: Sequence[RouteStop],
    blocks: Sequence[tuple[int, int]],
    carried: Sequence[tuple[int, int]] = (),
) -> DayFrame:
    """The day's frame: working hours, widened to take in fixed appointments (with the
    drive to and from them) that lie outside; lunch, unless an appointment overlaps it.
    ``carried`` are the parts of visits begun on an earlier day: busy time that does not
    widen the day (the night before is not a working day)."""
    day_start, day_end = _window(settings)
    start = _start(settings)
    breaks = [*blocks, *carried]
    booked = [*blocks, *carried]
    for stop in fixed_stops:
        begins = stop.earliest_start or 0
        booked.append((begins, begins + stop.duration))
        drive = 0
        if start is not None and stop.location is not None:
            km = haversine_km(*start, *stop.location)
            drive = whole_travel_minutes(km, settings.speed_kmh, settings.winding_factor)
        day_start = min(day_start, begins - drive)
        day_end = max(day_end, begins + stop.duration + (drive if settings.return_to_start else 0))
    for begins, ends in blocks:
        day_start, day_end = min(day_start, begins), max(day_end, ends)
    if settings.lunch_break is not None:
        lunch = (minute_floor(settings.lunch_break[0]), minute_ceil(settings.lunch_break[1]))
        if not any(b < lunch[1] and e > lunch[0] for b, e in booked):
            breaks.append(lunch)
    return DayFrame(
        day_start=max(0, day_start),
        day_end=day_end,
        speed_kmh=settings.speed_kmh,
        start=start,
        return_to_start=settings.return_to_start,
        breaks=tuple(breaks),
        winding_factor=settings.winding_factor,
    )


class _WhyUnplanned:
    """The reason a wanted account did not get a day (the first that applies). Asked for
    the accounts left out most urgent first: a day whose booked visits clash took no new
    visits, so it is why as many of them were left out as it had room for (the most urgent
    that may be visited on its weekday); the others would not have fitted anyway — no
    capacity left in this period."""

    def __init__(self, days: Sequence[DayBuilder], settings: PlanSettings) -> None:
        self._settings = settings
        self._working_weekdays = sorted({d.day.weekday() for d in days if d.working})
        clashing = [d for d in days if d.working and d.late_by]
        self._clashing = len(clashing)
        # the room each clashing day would have had, by its weekday (in date order)
        self._clash_room = [[d.day.weekday(), d.capacity] for d in clashing if d.capacity > 0]
        # The days a customer on another clock was weighed on: none when every working day
        # clashes or is full, and then its hours are not why it was left out.
        self._any_open = any(d.open for d in days)
        self._first_working = next((d.day for d in days if d.working), settings.first_day)
        self._empty_day = _day_frame(settings, (), ())
        self._breaks = merge_breaks(self._empty_day.breaks)

    def __call__(self, candidate: Candidate) -> Reason:
        stop = candidate.stop
        account, settings = candidate.account, self._settings
        if not self._working_weekdays:
            return Reason(ReasonKind.NO_WORKING_DAYS)
        if all(w in account.closed_weekdays for w in self._working_weekdays):
            return Reason(ReasonKind.CLOSED_ON_ALL_WORKING_DAYS)
        if candidate.day_stops is not None:  # on another clock
            if their_hours((settings.day_start, settings.day_end), account.visiting_hours) is None:
                return Reason(ReasonKind.HOURS_OUTSIDE_WORKING_DAY)
            if not candidate.day_stops and self._any_open:
                return self._no_overlap(account)
        elif (stop.earliest_start or 0) > (stop.latest_start or 0):
            return Reason(ReasonKind.HOURS_OUTSIDE_WORKING_DAY)
        if not _fits_alone(stop, self._empty_day, self._breaks):
            return Reason(ReasonKind.DOES_NOT_FIT_A_DAY)
        for room in self._clash_room:  # a clashing day would have taken it
            if room[1] > 0 and room[0] not in account.closed_weekdays:
                room[1] -= 1
                return Reason(ReasonKind.DAYS_CLASH, count=self._clashing)
        return Reason(ReasonKind.NO_CAPACITY)

    def _no_overlap(self, account: PlanningAccount) -> Reason:
        """The manager's day start on the customer's clock: "your 08:30 is 02:30 in
        Amsterdam" (on the period's first working day)."""
        zone_name, mine = account.time_zone or "", self._settings.day_start
        theirs = their_time(self._first_working, mine, self._settings.time_zone or "", zone_name)
        return Reason(
            ReasonKind.HOURS_DO_NOT_OVERLAP, name=zone_city(zone_name), times=(mine, theirs)
        )


def _fits_alone(stop: RouteStop, frame: DayFrame, breaks: Sequence[tuple[int, int]]) -> bool:
    """Whether the visit fits an otherwise empty working day (drive there, visit, back)."""
    drive_minutes = 0
    if frame.start is not None and stop.location is not None:
        km = haversine_km(*frame.start, *stop.location)
        drive_minutes = whole_travel_minutes(km, frame.speed_kmh, frame.winding_factor)
    arrival = drive(frame.day_start, drive_minutes, breaks)
    begins = visit_start(max(arrival, stop.earliest_start or 0), stop.duration, breaks, stop.step)
    if stop.latest_start is not None and begins > stop.latest_start:
        return False
    finish = begins + stop.duration
    if frame.return_to_start:
        finish = drive(finish, drive_minutes, breaks)
    return finish <= frame.day_end


def _planned_day(day: DayBuilder) -> PlannedDay | None:
    """The day as shown: its visits in the order of their times, each with the drive from
    the visit shown above it (:func:`~acct_desktop.domain.visit_legs.drives_in_order`, as
    the route sheet prints it) — not from its predecessor in the route searched, which on a
    day whose booked visits clash is another visit."""
    rows: list[tuple[datetime, int, ProposedVisit, LatLon | None]] = []
    for position, timed in enumerate(day.route.stops):
        part = day.parts[timed.index]
        km, minutes = timed.travel_km, timed.travel_minutes
        if part.fixed is not None:
            fixed = part.fixed
            visit = ProposedVisit(
                fixed.account_id,
                day.day,
                fixed.start,
                fixed.end,
                0,
                km,
                minutes,
                (Reason(ReasonKind.FIXED_APPOINTMENT),),
                fixed=True,
            )
        else:
            candidate = part.candidate
            assert candidate is not None
            visit = ProposedVisit(
                candidate.account.id,
                day.day,
                _at(day.day, timed.start),
                _at(day.day, timed.end),
                0,
                km,
                minutes,
                _visit_reasons(candidate, day.day),
            )
        rows.append((visit.start, position, visit, day.stops[timed.index].location))
    for position, piece in enumerate(day.blocks, start=len(rows)):
        block, reasons = piece.booking, _block_reasons(piece)
        visit = ProposedVisit(
            block.account_id, day.day, block.start, block.end, 0, 0.0, 0, reasons, fixed=True
        )
        rows.append((visit.start, position, visit, None))  # no drive to or from it
    if not rows:
        return None
    rows.sort(key=lambda row: (row[0], row[1]))
    frame = day.frame
    places = [place for *_, place in rows]
    drives = drives_in_order(places, frame.speed_kmh, frame.start, frame.winding_factor)
    visits = tuple(
        replace(
            visit,
            order_in_day=n,
            travel_km_from_previous=leg.km if leg else 0.0,
            travel_minutes=leg.minutes if leg else 0,
        )
        for n, ((_, _, visit, _), leg) in enumerate(zip(rows, drives, strict=True), 1)
    )
    back = None
    if frame.start is not None and frame.return_to_start:
        back = drive_between(places[-1], frame.start, frame.speed_kmh, frame.winding_factor)
    midnight = _at(day.day, DAY_MINUTES)  # a visit lasting into later days ends there today
    finish = max([_at(day.day, day.route.finish), *(min(v.end, midnight) for v in visits)])
    warnings = ()
    if day.late_by:
        late = Reason(
            ReasonKind.APPOINTMENTS_CLASH, minutes=max(day.late_by), count=len(day.late_by)
        )
        warnings = (late,)
    return PlannedDay(
        day=day.day,
        visits=visits,
        return_km=back.km if back else 0.0,
        return_minutes=back.minutes if back else 0,
        finishes_at=finish,
        warnings=warnings,
    )


def _block_reasons(piece: BookedPiece) -> tuple[Reason, ...]:
    if piece.continued:
        return (
            Reason(ReasonKind.FIXED_APPOINTMENT),
            Reason(ReasonKind.CONTINUED, on=piece.booking.start.date()),
        )
    return (Reason(ReasonKind.FIXED_APPOINTMENT), Reason(ReasonKind.NO_COORDINATES))


def _visit_reasons(candidate: Candidate, day: date) -> tuple[Reason, ...]:
    reasons = list(candidate.urgency.reasons)
    if day.weekday() in candidate.account.preferred_weekdays:
        reasons.append(Reason(ReasonKind.PREFERRED_DAY, weekday=day.weekday()))
    if candidate.point is None:
        reasons.append(Reason(ReasonKind.NO_COORDINATES))
    return tuple(reasons)
