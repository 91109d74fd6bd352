"""Time zones for calendar files: this computer's zone, a zone by its name, and the
VTIMEZONE an exported file carries.

The VTIMEZONE is written the way Outlook and Google write theirs, as yearly rules
(``RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``) from 1970: Outlook misreads the RDATE lists other
generators write and shifts summer times by an hour. A zone whose rules are not yearly
weekday rules over the exported years falls back to icalendar's exact (RDATE) form.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

if TYPE_CHECKING:
    from icalendar import Timezone


def local_zone_name() -> str:
    """This computer's IANA time zone (``Europe/Amsterdam``); ``UTC`` when it cannot tell."""
    try:
        import tzlocal  # installed with pyHanko; maps Windows zone names too

        name = tzlocal.get_localzone_name() or ""
    except Exception:  # no tzlocal, or an OS setting it cannot read
        name = os.environ.get("TZ", "").lstrip(":")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return "UTC"
    return name


def zone_named(tz_name: str | None, refuse: type[ValueError]) -> ZoneInfo:
    """The zone ``tz_name`` (this computer's when None); ``refuse`` (a sentence) if there
    is no such zone."""
    name = (tz_name or local_zone_name()).strip()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    olson = _windows_zone(name)  # Outlook's "W. Europe Standard Time", as imports read it
    if olson is not None:
        return ZoneInfo(olson)
    raise refuse(
        Sentence.of(
            QT_TRANSLATE_NOOP("messages", "“%1” is not a time zone name (try Europe/Amsterdam)."),
            name,
        )
    )


def _windows_zone(name: str) -> str | None:
    """The IANA zone of a Windows zone name (``SE Asia Standard Time`` → Asia/Bangkok),
    any case; None for any other name."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    wanted = name.casefold()
    return next((v for k, v in WINDOWS_TO_OLSON.items() if k.casefold() == wanted), None)


def is_utc(zone: ZoneInfo) -> bool:
    return zone.key in ("UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Zulu")


def vtimezone(zone: ZoneInfo, first: date, last: date) -> Timezone:
    """A VTIMEZONE for ``zone`` valid from ``first`` to ``last``: yearly rules from 1970
    when the zone's changes in those years follow them (as Outlook writes it), else the
    exact transitions icalendar computes."""
    import icalendar

    years = range(first.year, last.year + 2)
    changes = {year: _changes(zone, year) for year in years}
    pattern = [
        (when.month, _weekday_rule(when), when.time(), old, new)
        for when, old, new in changes[first.year]
    ]
    if all(_follows(pattern, changes[year], year) for year in years):
        return _rule_timezone(zone, first, changes[first.year], pattern)
    lower, upper = date(first.year - 1, 1, 1), date(last.year + 2, 1, 1)
    return icalendar.Timezone.from_tzinfo(zone, zone.key, first_date=lower, last_date=upper)


def _changes(zone: tzinfo, year: int) -> list[tuple[datetime, timedelta, timedelta]]:
    """The zone's offset changes in ``year``: (local wall time just before, old, new)."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while moment < end:
        step = moment + timedelta(days=1)
        before, after = moment.astimezone(zone).utcoffset(), step.astimezone(zone).utcoffset()
        if before != after and before is not None and after is not None:
            low, high = 0, 86_400  # seconds after ``moment``: the change is in (low, high]
            while high - low > 1:
                middle = (low + high) // 2
                if (moment + timedelta(seconds=middle)).astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            change = moment + timedelta(seconds=high)
            found.append(((change + before).replace(tzinfo=None), before, after))
        moment = step
    return found


def _weekday_rule(when: datetime) -> str:
    """``-1SU`` (last Sunday), ``2SU`` (second Sunday) … for the day of ``when``."""
    day = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[when.weekday()]
    next_month = date(when.year + when.month // 12, when.month % 12 + 1, 1)
    if (next_month - when.date()).days <= 7:
        return f"-1{day}"
    return f"{(when.day - 1) // 7 + 1}{day}"


def _rule_day(year: int, month: int, rule: str) -> date:
    """The day of ``month`` in ``year`` that a ``_weekday_rule`` names."""
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU").index(rule[-2:])
    nth = int(rule[:-2])
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _follows(pattern: list, changes: list, year: int) -> bool:
    if len(changes) != len(pattern):
        return False
    for (month, rule, wall, old, new), (when, before, after) in zip(pattern, changes, strict=True):
        expected = datetime.combine(_rule_day(year, month, rule), wall)
        if (expected, old, new) != (when, before, after):
            return False
    return True


def _rule_timezone(zone: ZoneInfo, first: date, changes: list, pattern: list) -> Timezone:
    import icalendar

    timezone = icalendar.Timezone()
    timezone.add("tzid", zone.key)
    timezone.add("x-lic-location", zone.key)
    if not pattern:  # no daylight saving time: one standard offset
        offset = datetime.combine(first, time(), zone).utcoffset() or timedelta(0)
        part = icalendar.TimezoneStandard()
        part.add("dtstart", datetime(1970, 1, 1))
        part.add("tzoffsetfrom", offset)
        part.add("tzoffsetto", offset)
        part.add("tzname", datetime.combine(first, time(), zone).tzname() or zone.key)
        timezone.add_component(part)
        return timezone
    for (when, _old, _new), (month, rule, wall, old, new) in zip(changes, pattern, strict=True):
        local = (when - old).replace(tzinfo=UTC).astimezone(zone)  # just after the change
        daylight = bool(local.dst())
        part = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
        part.add("dtstart", datetime.combine(_rule_day(1970, month, rule), wall))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": rule})
        part.add("tzoffsetfrom", old)
        part.add("tzoffsetto", new)
        part.add("tzname", local.tzname() or zone.key)
        timezone.add_component(part)
    return timezone
