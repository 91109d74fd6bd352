"""The manager's working pattern for *Plan visits…* and ``acct-desktop plan``: working days
and hours, lunch break, visits per day, travel speed, whose public holidays apply (and
whether that country's official working weekend days — China's 调休 — are working days) and
the manager's own days off (leave, training…), and where each day starts: home or office
(a latitude and a longitude), an account, or the day's first visit — and whether it ends
back there.

Kept per user in the data folder (``planning.json``), as the manager's profile is: on a
team server every manager has their own days off. The plan dialog saves what was last used;
the command line reads the same file (its flags override it for one run). A missing or
damaged file gives the defaults; a country never chosen follows the system's locale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from acct_desktop.config import data_dir
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.domain.visit_conflicts import WorkingTime
from acct_desktop.domain.visit_plan_model import DayOff, DayOffKind, PlanSettings
from acct_desktop.services.files import write_atomically
from acct_desktop.services.public_holidays import (
    UnknownCountry,
    check_country,
    holiday_names,
    working_weekend_days,
)

FILE_NAME = "planning.json"
MAX_NOTE = 60
LONGEST_DAYS_OFF = 366  # one entry covers at most a year
VISITS_PER_DAY = (1, 20)
SPEED_KMH = (5.0, 130.0)
_NOT_CHOSEN = object()
START_FIRST_VISIT, START_PLACE, START_ACCOUNT = "first_visit", "place", "account"
LatLon = tuple[float, float]


@dataclass(frozen=True, slots=True)
class DaysOff:
    """The manager's days off from ``first`` to ``last`` (both included), with a note."""

    first: date
    last: date
    note: str = ""

    def days(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    def problem(self) -> str | None:
        """What is wrong with the entry, in a sentence, or None."""
        if self.last < self.first:
            return QT_TRANSLATE_NOOP("messages", "A day off must end on or after its first day.")
        if (self.last - self.first).days >= LONGEST_DAYS_OFF:
            return QT_TRANSLATE_NOOP("messages", "Enter days off of at most a year at a time.")
        if len(self.note) > MAX_NOTE:
            return QT_TRANSLATE_NOOP("messages", "Keep the note to 60 characters.")
        return None


@dataclass(frozen=True, slots=True)
class StartPoint:
    """Where each working day starts (and ends, when returning to it): a place — home or
    office — at ``latitude``, ``longitude``; an account, by its ``account_code`` (its place
    is read from the database when planning); or, with neither, the day's first visit."""

    latitude: float | None = None
    longitude: float | None = None
    account_code: str | None = None

    @property
    def kind(self) -> str:
        """START_ACCOUNT, START_PLACE or START_FIRST_VISIT."""
        if self.account_code:
            return START_ACCOUNT
        if self.latitude is not None or self.longitude is not None:
            return START_PLACE
        return START_FIRST_VISIT

    @property
    def place(self) -> LatLon | None:
        """The place's coordinates (a place start only)."""
        if self.account_code or self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    def problem(self) -> str | None:
        """What is wrong with it, in a sentence, or None."""
        if self.kind != START_PLACE:
            return None
        if self.latitude is None or self.longitude is None:
            return _START_EXAMPLE
        if not (-90 <= self.latitude <= 90 and -180 <= self.longitude <= 180):
            return _START_RANGE
        return None


_START_EXAMPLE = QT_TRANSLATE_NOOP(
    "messages", "Enter the start as a latitude and a longitude, e.g. 10.7769, 106.7009."
)
_START_RANGE = QT_TRANSLATE_NOOP(
    "messages", "A latitude is from -90 to 90 and a longitude from -180 to 180."
)


@dataclass(frozen=True, slots=True)
class PlanningPreferences:
    """What the planner remembers. ``country`` None: no public holidays.
    ``official_working_weekends``: the country's official working weekend days (China's
    调休, Vietnam's làm bù) are working days, unless one is among the days off."""

    country: str | None = None
    region: str | None = None
    days_off: tuple[DaysOff, ...] = ()
    working_weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    day_start: time = time(8, 30)
    day_end: time = time(17, 30)
    lunch_break: tuple[time, time] | None = (time(12, 30), time(13, 15))
    visits_per_day: int = 6
    speed_kmh: float = 50.0
    official_working_weekends: bool = True
    start: StartPoint = field(default_factory=StartPoint)
    return_to_start: bool = True

    def problems(self) -> dict[str, str]:
        """Field → sentence for each value the planner cannot work with (none: empty).
        Fields: hours, lunch, weekdays, per_day, speed, days_off, country, start."""
        found: dict[str, str] = {}
        if self.day_end <= self.day_start:
            found["hours"] = QT_TRANSLATE_NOOP(
                "messages", "The working day must end after it starts."
            )
        if self.lunch_break is not None and self.lunch_break[1] <= self.lunch_break[0]:
            found["lunch"] = QT_TRANSLATE_NOOP(
                "messages", "The lunch break must end after it starts."
            )
        if not self.working_weekdays:
            found["weekdays"] = QT_TRANSLATE_NOOP("messages", "Choose at least one working day.")
        if not VISITS_PER_DAY[0] <= self.visits_per_day <= VISITS_PER_DAY[1]:
            found["per_day"] = QT_TRANSLATE_NOOP("messages", "Plan 1 to 20 visits a day at most.")
        if not SPEED_KMH[0] <= self.speed_kmh <= SPEED_KMH[1]:
            found["speed"] = QT_TRANSLATE_NOOP(
                "messages", "The average travel speed must be 5 to 130 km/h."
            )
        problem = next((p for p in (d.problem() for d in self.days_off) if p), None)
        if problem is not None:
            found["days_off"] = problem
        if self.country is not None:
            try:
                check_country(self.country, self.region)
            except UnknownCountry as exc:
                found["country"] = exc.args[0]
        start = self.start.problem()
        if start is not None:
            found["start"] = start
        return found

    def valid_else(self, fallback: PlanningPreferences) -> PlanningPreferences:
        """These preferences, with ``fallback``'s value for each field the planner cannot
        work with (what *Plan visits…* keeps when it is closed with a problem showing)."""
        fields = {name: getattr(fallback, name) for name in _fields_with(self.problems())}
        return replace(self, **fields) if fields else self

    def working_weekend_days(self, first_day: date, last_day: date) -> frozenset[date]:
        """The country's official working weekend days from ``first_day`` to ``last_day``
        that the planner takes as working days (none without a country, or when turned
        off). UnknownCountry for an unknown country."""
        if self.country is None or not self.official_working_weekends:
            return frozenset()
        return frozenset(working_weekend_days(self.country, self.region, first_day, last_day))

    def working_time(self, first_day: date, last_day: date) -> WorkingTime:
        """The calendar's working time from ``first_day`` to ``last_day``: the planner's
        hours and weekdays, the official working weekend days, and the days off (public
        holidays and the manager's own) — so the calendar warns about what the planner
        avoids. A pattern the planner refuses, or an unknown country, counts as unset."""
        if self.problems():
            return WorkingTime(working_weekend_days=self.working_weekend_days(first_day, last_day))
        off = {day for entry in self.days_off for day in entry.days()}
        if self.country is not None:
            off |= set(holiday_names(self.country, self.region, first_day, last_day, "en"))
        return WorkingTime(
            day_start=self.day_start,
            day_end=self.day_end,
            weekdays=self.working_weekdays,
            working_weekend_days=self.working_weekend_days(first_day, last_day),
            days_off=frozenset(day for day in off if first_day <= day <= last_day),
        )

    def settings(
        self,
        first_day: date,
        last_day: date,
        language: str = "en",
        account_place: LatLon | None = None,
        **more: Any,
    ) -> PlanSettings:
        """The planner's settings for the period: this pattern, the country's public
        holidays named in ``language`` and its official working weekend days, the
        manager's days off in the period, and the start point (a start account's place is
        ``account_place``, read by the caller: ``VisitPlanner.account_place``). ``more``
        are other PlanSettings fields. ValueError (a sentence) when the pattern or the
        period cannot be planned; UnknownCountry for an unknown country."""
        problems = self.problems()
        if problems:
            raise ValueError(next(iter(problems.values())))
        off: list[DayOff] = []
        if self.country is not None:
            names = holiday_names(self.country, self.region, first_day, last_day, language)
            off += [DayOff(day, DayOffKind.PUBLIC_HOLIDAY, name) for day, name in names.items()]
        for entry in self.days_off:
            off += [
                DayOff(day, DayOffKind.DAY_OFF, entry.note)
                for day in entry.days()
                if first_day <= day <= last_day
            ]
        off.sort(key=lambda d: (d.day, d.kind is not DayOffKind.PUBLIC_HOLIDAY))
        kind = self.start.kind
        start = self.start.place if kind == START_PLACE else None
        if kind == START_ACCOUNT:
            start = account_place
        return PlanSettings(
            first_day=first_day,
            last_day=last_day,
            working_weekdays=self.working_weekdays,
            day_start=self.day_start,
            day_end=self.day_end,
            max_visits_per_day=self.visits_per_day,
            speed_kmh=self.speed_kmh,
            lunch_break=self.lunch_break,
            days_off=tuple(off),
            working_weekend_days=self.working_weekend_days(first_day, last_day),
            start_latitude=None if start is None else start[0],
            start_longitude=None if start is None else start[1],
            return_to_start=self.return_to_start,
            **more,
        )


# -- the file -------------------------------------------------------------------------------


def preferences_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / FILE_NAME


def load_planning_preferences(
    folder: Path | None = None, default_country: str | None = None
) -> PlanningPreferences:
    """The saved preferences (defaults for anything missing or unreadable: never raises).
    A country never chosen is ``default_country`` when public holidays are known for it."""
    try:
        values = json.loads(preferences_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        values = {}
    if not isinstance(values, dict):
        values = {}
    base = PlanningPreferences()
    country = values.get("country", _NOT_CHOSEN)
    if country is _NOT_CHOSEN:
        country = _known(default_country)
    prefs = replace(
        base,
        country=_known(country) if isinstance(country, str) and country else None,
        region=_text(values.get("region")) or None,
        days_off=tuple(d for d in map(_days_off, _list(values.get("days_off"))) if d),
        working_weekdays=_weekdays(values.get("working_weekdays"), base.working_weekdays),
        day_start=_clock(values.get("day_start")) or base.day_start,
        day_end=_clock(values.get("day_end")) or base.day_end,
        lunch_break=_lunch(values.get("lunch_break", _NOT_CHOSEN), base.lunch_break),
        visits_per_day=_number(values.get("visits_per_day"), int, base.visits_per_day),
        speed_kmh=_number(values.get("speed_kmh"), float, base.speed_kmh),
        official_working_weekends=_flag(
            values.get("official_working_weekends"), base.official_working_weekends
        ),
        start=_start(values.get("start")),
        return_to_start=_flag(values.get("return_to_start"), base.return_to_start),
    )
    # edited by hand into something the planner refuses: start again
    return prefs.valid_else(base)


def save_planning_preferences(prefs: PlanningPreferences, folder: Path | None = None) -> None:
    """Write atomically, so a crash leaves either the old file or the new one."""
    path = preferences_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    values = {
        "country": prefs.country or "",
        "region": prefs.region or "",
        "days_off": [
            {"first": d.first.isoformat(), "last": d.last.isoformat(), "note": d.note}
            for d in sorted(prefs.days_off, key=lambda d: (d.first, d.last, d.note))
        ],
        "working_weekdays": sorted(prefs.working_weekdays),
        "day_start": prefs.day_start.strftime("%H:%M"),
        "day_end": prefs.day_end.strftime("%H:%M"),
        "lunch_break": (
            None if prefs.lunch_break is None else [t.strftime("%H:%M") for t in prefs.lunch_break]
        ),
        "visits_per_day": prefs.visits_per_day,
        "speed_kmh": prefs.speed_kmh,
        "official_working_weekends": prefs.official_working_weekends,
        "start": _start_value(prefs.start),
        "return_to_start": prefs.return_to_start,
    }
    text = json.dumps(values, ensure_ascii=False, indent=2)
    write_atomically(path, text.encode("utf-8"))


def _fields_with(problems: dict[str, str]) -> list[str]:
    by_problem = {
        "hours": ("day_start", "day_end"),
        "lunch": ("lunch_break",),
        "weekdays": ("working_weekdays",),
        "per_day": ("visits_per_day",),
        "speed": ("speed_kmh",),
        "days_off": ("days_off",),
        "country": ("country", "region"),
        "start": ("start",),
    }
    return [name for problem in problems for name in by_problem[problem]]


def _known(country: object) -> str | None:
    if not isinstance(country, str) or not country:
        return None
    try:
        return check_country(country)[0]
    except UnknownCountry:
        return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _clock(value: object) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _lunch(value: object, default: tuple[time, time] | None) -> tuple[time, time] | None:
    if value is _NOT_CHOSEN:
        return default
    if value is None:
        return None
    pair = [_clock(v) for v in _list(value)]
    if len(pair) == 2 and pair[0] is not None and pair[1] is not None:
        return (pair[0], pair[1])
    return default


def _weekdays(value: object, default: frozenset[int]) -> frozenset[int]:
    days = [v for v in _list(value) if isinstance(v, int) and 0 <= v <= 6]
    return frozenset(days) if days else default


def _number(value: object, kind: type, default: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return kind(value)


def _flag(value: object, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def _start(value: object) -> StartPoint:
    """``{"account": CODE}`` or ``{"latitude": …, "longitude": …}``; anything else (null,
    missing, damaged) is the first visit."""
    if not isinstance(value, dict):
        return StartPoint()
    code = _text(value.get("account"))
    if code:
        return StartPoint(account_code=code[:40])
    latitude, longitude = value.get("latitude"), value.get("longitude")
    if _number(latitude, float, None) is None or _number(longitude, float, None) is None:
        return StartPoint()
    start = StartPoint(float(latitude), float(longitude))  # type: ignore[arg-type]
    return StartPoint() if start.problem() else start


def _start_value(start: StartPoint) -> dict[str, Any] | None:
    if start.kind == START_ACCOUNT:
        return {"account": start.account_code}
    if start.kind == START_PLACE:
        return {"latitude": start.latitude, "longitude": start.longitude}
    return None


def _days_off(value: object) -> DaysOff | None:
    if not isinstance(value, dict):
        return None
    try:
        first = date.fromisoformat(value["first"])
        last = date.fromisoformat(value.get("last") or value["first"])
    except (KeyError, TypeError, ValueError):
        return None
    entry = DaysOff(first, last, _text(value.get("note"))[:MAX_NOTE])
    return None if entry.problem() else entry


# -- typed on the command line ------------------------------------------------------------

_RANGE = re.compile(r"^\s*(\S+?)\s*(?:\.\.|/)\s*(\S+)\s*$")


def parse_days_off(text: str) -> tuple[DaysOff, ...]:
    """``2026-12-24,2026-12-28..2026-12-31`` (or ``…/2026-12-31``) as days off; ValueError
    with a sentence for a part that is no day or a range that ends before it starts."""
    found: list[DaysOff] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        match = _RANGE.match(part)
        ends = (match.group(1), match.group(2)) if match else (part, part)
        try:
            first, last = (date.fromisoformat(end) for end in ends)
        except ValueError:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "“%1” is not a day off: write a day as %2, or days as %3.",
                    ),
                    part,
                    "2026-12-24",
                    "2026-12-28..2026-12-31",
                )
            ) from None
        entry = DaysOff(first, last)
        problem = entry.problem()
        if problem:
            raise ValueError(problem)
        found.append(entry)
    return tuple(found)


_NUMBER = r"([+-]?\d{1,3}(?:[.,]\d+)?)"
_PLACE = re.compile(rf"^\s*{_NUMBER}\s*(?:[,;/]\s*|\s+){_NUMBER}\s*$")


def parse_start_place(text: str) -> LatLon:
    """A place typed as latitude, longitude: ``10.7769, 106.7009`` — or with a decimal
    comma, ``10,7769, 106,7009`` or ``10,7769; 106,7009`` — as a pair of degrees;
    ValueError with a sentence for anything else, or degrees out of range."""
    match = _PLACE.match(text.replace("\u2212", "-"))  # the minus sign of some locales
    if match is None:
        raise ValueError(_START_EXAMPLE)
    latitude, longitude = (float(part.replace(",", ".")) for part in match.groups())
    start = StartPoint(latitude, longitude)
    problem = start.problem()
    if problem:
        raise ValueError(problem)
    return (latitude, longitude)


def start_place_text(place: LatLon) -> str:
    """``10.7769, 106.7009``: how a place is shown to be typed again (as maps write it)."""
    return ", ".join(f"{value:.6f}".rstrip("0").rstrip(".") for value in place)


def country_of_locale(name: str) -> str | None:
    """The country of a locale name (``nl_NL.UTF-8`` → NL, ``zh_Hans_CN`` → CN, ``en-GB``
    → GB); None for ``C``, ``POSIX`` or a name without one."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = [p for p in base.split("_") if p]
    territory = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return territory.upper() if territory else None
