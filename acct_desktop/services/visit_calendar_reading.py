"""An .ics file read for the visit import: its events and time zones, each with its lines.

The file is unfolded and split into components here, by its ``BEGIN:``/``END:`` lines, so
that every problem can name the line where it is and damage stays with the part it is in.
icalendar then reads each time zone and each event on its own: a value it cannot read in one
event skips that event (with the line), a time zone it cannot build is left out (with the
line, and so are the events that use it), and what the import never uses — to-dos,
free/busy, journal entries, alarms, the calendar's own properties — is not read at all, so
damage there costs nothing. Unfolding follows icalendar's own rule (a line break followed by
a space or tab; blank lines in between are dropped), so each part reads exactly as it would
in the whole file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

if TYPE_CHECKING:
    from icalendar import Event

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
_BOUNDARY = re.compile(r"(BEGIN|END)(?:;[^:]*)?:(.*)", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z0-9-]+")
_DATE_TIME = re.compile(r"(\d{4})(\d{2,4})(T\d{6}Z?)?")
_CHANGE_NEEDS = ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO")
_DATE_TIME_VALUES = {"DTSTART", "DTEND", "DUE", "RDATE", "EXDATE", "RECURRENCE-ID", "DTSTAMP"}


class CalendarImportError(ValueError):
    """The whole file was refused and nothing was written; the message is a sentence."""


@dataclass(frozen=True, slots=True)
class _Line:
    """A content line, unfolded, and the physical line where it starts."""

    text: str
    number: int

    @property
    def name(self) -> str:
        found = _NAME.match(self.text)
        return found.group(0).upper() if found else ""


@dataclass(slots=True)
class _Part:
    """A component: its BEGIN line, its own content lines and the components inside it."""

    name: str
    line: int
    lines: list[_Line] = field(default_factory=list)
    parts: list[_Part] = field(default_factory=list)
    closed: bool = False

    def walk(self, name: str) -> list[_Part]:
        """This part and those inside it called ``name``, in file order."""
        found, stack = [], [self]
        while stack:
            part = stack.pop()
            if part.name == name:
                found.append(part)
            stack.extend(reversed(part.parts))
        return found

    def text(self, *, inner: bool) -> str:
        """The component as iCalendar text, with the components inside it or without."""
        rows = [f"BEGIN:{self.name}", *(line.text for line in self.lines)]
        if inner:
            rows += [part.text(inner=True) for part in self.parts]
        return "\r\n".join([*rows, f"END:{self.name}"])

    def walk_all(self) -> list[_Part]:
        return [self, *(inner for part in self.parts for inner in part.walk_all())]


@dataclass(frozen=True, slots=True)
class EventText:
    """One VEVENT of the file: where it is, and what icalendar read (``None``: nothing)."""

    line: int
    lines: dict[str, int]
    event: Event | None
    closed: bool
    failure: str = ""

    def line_of(self, name: str) -> int:
        """The line of property ``name`` in this event (its BEGIN line when it has none)."""
        return self.lines.get(name.upper(), self.line)


@dataclass(frozen=True, slots=True)
class DamagedZone:
    """A VTIMEZONE that cannot be read: its TZID, the line at fault and what is wrong."""

    tzid: str
    line: int
    problem: str


@dataclass(frozen=True, slots=True)
class CalendarText:
    """What the import uses of a file: its events, the time zones left out, the lines of
    ``END:VEVENT``s without a ``BEGIN:VEVENT`` (an event whose start line is lost) and of
    ``BEGIN:VCALENDAR``s never ended (a file cut off: the events before the cut are read)."""

    events: list[EventText]
    damaged_zones: dict[str, DamagedZone]
    stray_ends: list[int]
    unended_calendars: list[int] = field(default_factory=list)


def read_calendar(data: bytes) -> CalendarText:
    """The file's events and time zones; ``CalendarImportError`` when it is too big, empty or
    holds neither a calendar nor an event."""
    import icalendar

    if len(data) > MAX_FILE_BYTES:
        raise CalendarImportError(
            QT_TRANSLATE_NOOP(
                "messages", "The file is larger than 20 MB; that is not a visit calendar."
            )
        )
    if not data.strip(b"\xef\xbb\xbf \t\r\n\x00"):
        raise CalendarImportError(QT_TRANSLATE_NOOP("messages", "The file is empty."))
    top, stray_ends = _parts(_logical_lines(_text(data)))
    calendars = [p for p in top if p.name in ("VCALENDAR", "VEVENT")]  # bare events too
    if not calendars:
        if any(p.name == "VCARD" for p in top):
            raise CalendarImportError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The file holds contacts (vCards), not a calendar; import it as contacts.",
                )
            )
        raise CalendarImportError(
            QT_TRANSLATE_NOOP(
                "messages", "The file holds no calendar and no events (no BEGIN:VCALENDAR)."
            )
        )
    damaged: dict[str, DamagedZone] = {}
    for zone in (z for part in top for z in part.walk("VTIMEZONE")):  # before the events
        problem = _read_zone(icalendar, zone)
        if problem is not None and problem.tzid not in damaged:
            damaged[problem.tzid] = problem
    events = [_read_event(icalendar, part) for c in calendars for part in c.walk("VEVENT")]
    unended = [p.line for p in top if p.name == "VCALENDAR" and not p.closed]
    return CalendarText(events, damaged, stray_ends, unended)


# -- bytes to components -----------------------------------------------------------------------


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:  # as icalendar reads it
        return data.decode("utf-8-sig", "replace")


def _logical_lines(text: str) -> list[_Line]:
    """Unfolded lines with the number of their first physical line (icalendar's rule: a
    line starting with a space or tab continues the one before, across blank lines)."""
    lines: list[_Line] = []
    parts: list[str] = []
    start = 0
    for number, physical in enumerate(re.split(r"\r?\n", text), start=1):
        if not physical:
            continue
        if parts and physical[0] in " \t":
            parts.append(physical[1:])
            continue
        if parts:
            lines.append(_Line("".join(parts), start))
        parts, start = [physical], number
    if parts:
        lines.append(_Line("".join(parts), start))
    return lines


def _parts(lines: list[_Line]) -> tuple[list[_Part], list[int]]:
    """The top-level components; an END closes the innermost open component of its name
    (those opened inside it and never closed stay unclosed). Also the lines of END:VEVENTs
    that close nothing."""
    top: list[_Part] = []
    stack: list[_Part] = []
    stray_ends: list[int] = []
    for line in lines:
        boundary = _BOUNDARY.fullmatch(line.text)
        if boundary is None:
            if stack:
                stack[-1].lines.append(line)
            continue  # outside any component: nothing the import uses
        name = boundary.group(2).strip().upper()
        if boundary.group(1).upper() == "BEGIN":
            part = _Part(name, line.number)
            (stack[-1].parts if stack else top).append(part)
            stack.append(part)
            continue
        opened = [i for i, part in enumerate(stack) if part.name == name]
        if opened:
            stack[opened[-1]].closed = True
            del stack[opened[-1] :]
        elif name == "VEVENT":
            stray_ends.append(line.number)
    return top, stray_ends


# -- time zones --------------------------------------------------------------------------------


def _read_zone(icalendar: Any, zone: _Part) -> DamagedZone | None:
    """Let icalendar read (and remember) a VTIMEZONE; what is wrong when it cannot."""
    tzid_line = next((line for line in zone.lines if line.name == "TZID"), None)
    tzid = (_value(tzid_line.text) or "").strip() if tzid_line else ""
    try:
        icalendar.Timezone.from_ical(zone.text(inner=True))
        if tzid:
            return None
    except Exception as exc:  # icalendar and dateutil raise many kinds on a damaged zone
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        log.info("time zone %r at line %d unreadable: %s", tzid, zone.line, detail)
    else:
        detail = ""
    if not tzid:
        return DamagedZone(
            "",
            tzid_line.number if tzid_line else zone.line,
            Sentence.of(QT_TRANSLATE_NOOP("messages", "a time zone has no name (TZID)")),
        )
    return _zone_problem(icalendar, zone, tzid, detail)


def _zone_problem(icalendar: Any, zone: _Part, tzid: str, detail: str) -> DamagedZone:
    def damaged(line: int, template: str, *values: object) -> DamagedZone:
        return DamagedZone(tzid, line, Sentence.of(template, tzid, *values))

    for part in zone.walk_all():
        for line in part.lines:
            if _unreadable(icalendar, line):
                raw = _value(line.text)
                if raw is None:
                    template = QT_TRANSLATE_NOOP(
                        "messages",
                        "the time zone “%1” has a line “%2” without a colon, which is no property",
                    )
                    return damaged(line.number, template, line.text[:80])
                if line.name in ("TZOFFSETFROM", "TZOFFSETTO"):
                    template = QT_TRANSLATE_NOOP(
                        "messages",
                        "the time zone “%1” has a UTC offset “%2” that cannot be read; write "
                        "it like +0100 or -0500",
                    )
                    return damaged(line.number, template, raw)
                if line.name in _DATE_TIME_VALUES:
                    template = QT_TRANSLATE_NOOP(
                        "messages",
                        "the time zone “%1” has a %2 “%3” that is not a date and time; write "
                        "it like 19701025T030000",
                    )
                    return damaged(line.number, template, line.name, raw)
                template = QT_TRANSLATE_NOOP(
                    "messages", "the time zone “%1” has %2 “%3”, which cannot be read"
                )
                return damaged(line.number, template, line.name, raw)
    for change in (p for p in zone.walk_all() if p.name in ("STANDARD", "DAYLIGHT")):
        for line in change.lines:
            head = line.text.split(":", 1)[0].upper().replace(" ", "")
            if line.name == "RDATE" and ("VALUE=DATE;" in f"{head};" or "VALUE=PERIOD" in head):
                template = QT_TRANSLATE_NOOP(
                    "messages",
                    "the time zone “%1” gives a change as a day without a time (%2); a change "
                    "of time needs a date and a time, like 19701025T030000",
                )
                return damaged(line.number, template, head)
        missing = [n for n in _CHANGE_NEEDS if not any(li.name == n for li in change.lines)]
        if missing:
            template = QT_TRANSLATE_NOOP("messages", "the time zone “%1” has a change without %2")
            return damaged(change.line, template, missing[0])
    template = QT_TRANSLATE_NOOP("messages", "the time zone “%1” cannot be read (%2)")
    return damaged(zone.line, template, detail)


def _unreadable(icalendar: Any, line: _Line) -> bool:
    """Whether icalendar refuses this one line's value (read in a strict component)."""
    if line.name.startswith("X-"):
        return False
    try:
        icalendar.Component.from_ical(f"BEGIN:X-ACCT-PROBE\r\n{line.text}\r\nEND:X-ACCT-PROBE")
    except Exception:  # the value (or the line) icalendar cannot read
        return True
    return False


def _value(text: str) -> str | None:
    """The value of a content line (after the first colon outside quotes); ``None``
    when it has no colon."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return text[index + 1 :][:80]
    return None


# -- events ------------------------------------------------------------------------------------


def _read_event(icalendar: Any, part: _Part) -> EventText:
    lines: dict[str, int] = {}
    for line in part.lines:
        lines.setdefault(line.name, line.number)
    try:  # alarms and other components inside are not read: the import does not use them
        event = icalendar.Event.from_ical(part.text(inner=False))
    except Exception as exc:  # icalendar tolerates most damage in an event; not all
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
        log.info("event at line %d unreadable: %s", part.line, detail)
        return EventText(part.line, lines, None, part.closed, detail)
    return EventText(part.line, lines, event, part.closed)


def unreadable_value(name: str, raw: str) -> str:
    """Why an event's ``name`` property with the text ``raw`` cannot be used, and how to
    write it (a phrase after the event's title)."""
    if name in ("DTSTART", "DTEND"):
        suggestion = suggested_date_time(raw)
        start = name == "DTSTART"
        if suggestion:
            template = (
                QT_TRANSLATE_NOOP(
                    "messages", "its start “%1” is not a date and time; write it as %2"
                )
                if start
                else QT_TRANSLATE_NOOP(
                    "messages", "its end “%1” is not a date and time; write it as %2"
                )
            )
            return Sentence.of(template, raw, suggestion)
        template = (
            QT_TRANSLATE_NOOP(
                "messages",
                "its start “%1” is not a date and time; write year, month, day, T, hours, "
                "minutes and seconds, like 20261124T093000 (with Z at the end for UTC)",
            )
            if start
            else QT_TRANSLATE_NOOP(
                "messages",
                "its end “%1” is not a date and time; write year, month, day, T, hours, "
                "minutes and seconds, like 20261124T103000 (with Z at the end for UTC)",
            )
        )
        return Sentence.of(template, raw)
    if name == "DURATION":
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "its duration “%1” cannot be read; write it like PT1H30M (one and a half hours)",
            ),
            raw,
        )
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "its %1 “%2” cannot be read"), name, raw)


def suggested_date_time(raw: str) -> str:
    """``raw`` written right when only a month's or day's leading zero is missing and just
    one reading is a real day (``2006717T080000Z`` → ``20060717T080000Z``); else ``""``."""
    found = _DATE_TIME.fullmatch(raw.strip())
    if found is None:
        return ""
    year, middle, clock = found.group(1), found.group(2), found.group(3) or ""
    readings = set()
    for cut in range(1, len(middle)):
        month, day = middle[:cut], middle[cut:]
        if len(month) > 2 or len(day) > 2:
            continue
        try:
            readings.add(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    if len(readings) != 1:
        return ""
    written = f"{readings.pop():%Y%m%d}{clock}"
    return written if written != raw.strip() else ""
