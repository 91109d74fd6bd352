"""An .ics file read for the visit import: its time zones, then its events one at a time.

The file is read twice, line by line, never whole: first for its shape and time zones (is it
a calendar at all, which VTIMEZONEs does it define, where is it cut off), then for its events,
each handed on as soon as its ``END:VEVENT`` is read and forgotten after. So memory stays
by the largest event, not the file: icalendar kept some 13 KB per event when it read a
whole calendar (1.3 GB for our own export of 100,000 visits, 75 MB; the import's process
peaked at 1.55 GB), and the whole import of that file now peaks at 79 MB. A file bigger than
64 KB (``HEAD_BYTES``) whose first 64 KB begin no calendar is refused on them: a video or a
database dump never gets read through.

Each line is unfolded and the components found by their ``BEGIN:``/``END:`` lines, so that
every problem can name the line where it is and damage stays with the part it is in.
icalendar then reads each time zone and each event on its own: a value it cannot read in
one event skips that event (with the line), a time zone it cannot build is left out (with
the line, and so are the events that use it), and what the import never uses — to-dos,
free/busy, journal entries, alarms, the calendar's own properties — is not read at all, so
damage there costs nothing. Unfolding follows icalendar's own rule (a line break followed
by a space or tab; blank lines in between are dropped), so each part reads exactly as it
would in the whole file.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, file_problem

if TYPE_CHECKING:
    from icalendar import Event

log = logging.getLogger(__name__)

# Our own export writes 750 bytes per visit (English, with a one-line report) to 1.5 KB
# (a Chinese report of a paragraph): a manager's ten years (some 20,000 visits) fit in
# 30 MB, a team's 100,000 visits in 75-150 MB. The export refuses a period that would not
# fit here, so every file acct-desktop writes reads back.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_FILE_MB = MAX_FILE_BYTES // (1024 * 1024)
HEAD_BYTES = 64 * 1024  # a calendar begins (BEGIN:VCALENDAR, or a bare event) within these
_BLANK = "\ufeff \t\r\n\x00"  # what an empty file may hold
_BOUNDARY = re.compile(r"(BEGIN|END)(?:;[^:]*)?:(.*)", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z0-9-]+")
_DATE_TIME = re.compile(r"(\d{4})(\d{2,4})(T\d{6}Z?)?")
_CHANGE_NEEDS = ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO")
_DATE_TIME_VALUES = {"DTSTART", "DTEND", "DUE", "RDATE", "EXDATE", "RECURRENCE-ID", "DTSTAMP"}
_CALENDARS = ("VCALENDAR", "VEVENT")  # what holds events (bare events too)
_PROGRESS_BYTES = 256 * 1024  # how often the events' reading reports where it is

Progress = Callable[[int, int], None]  # (bytes read, bytes in all); raise to stop


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
    """A component: its BEGIN line, its own content lines and the components inside it
    (those are kept only where they are needed: in a time zone)."""

    name: str
    line: int
    lines: list[_Line] = field(default_factory=list)
    parts: list[_Part] = field(default_factory=list)
    closed: bool = False
    in_calendar: bool = False  # inside a top-level VCALENDAR (or is a bare VEVENT)

    def text(self, *, inner: bool, only: frozenset[str] | None = None) -> str:
        """The component as iCalendar text, with the components inside it or without, and
        with ``only`` the properties of these names."""
        lines = self.lines if only is None else [li for li in self.lines if li.name in only]
        rows = [f"BEGIN:{self.name}", *(line.text for line in lines)]
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


class CalendarFile:
    """An .ics file (its bytes, or its path) checked for the import: refused with
    ``CalendarImportError`` when it is too big, empty, unreadable or holds neither a
    calendar nor an event; else its time zones read and remembered by icalendar. Then
    :meth:`events` reads its events one by one. Also what the import notes: the time zones
    left out, the lines of ``END:VEVENT``s without a ``BEGIN:VEVENT`` (an event whose start
    line is lost) and of ``BEGIN:VCALENDAR``s never ended (a file cut off: the events
    before the cut are read)."""

    def __init__(self, source: bytes | Path) -> None:
        self.source = source
        self.size = len(source) if isinstance(source, bytes) else self._size(source)
        if self.size > MAX_FILE_BYTES:
            raise CalendarImportError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The file is larger than %1 MB; that is not a visit calendar.",
                    ),
                    figure(MAX_FILE_MB),
                )
            )
        self.damaged_zones: dict[str, DamagedZone] = {}
        self.stray_ends: list[int] = []
        self.unended_calendars: list[int] = []
        self._scan()

    def events(
        self, progress: Progress | None = None, only: frozenset[str] | None = None
    ) -> Iterator[EventText]:
        """Every VEVENT in a calendar, as its ``END:VEVENT`` is read (an event never ended:
        when the component around it ends, or the file does); ``progress(bytes read,
        size)`` as the file is read, which may raise to stop. With ``only``, icalendar reads
        just the properties of these names (the others are neither parsed nor their damage
        felt; their lines are still known)."""
        import icalendar

        walk = _Walk(keep=lambda part, _stack: part.name == "VEVENT" and part.in_calendar)
        with self._open() as stream:
            reported = 0
            for line in _logical_lines(_Reader(stream, self.name)):
                for part in walk.step(line):
                    if part.name == "VEVENT" and part.in_calendar:
                        yield _read_event(icalendar, part, only)
                if progress is not None and stream.tell() - reported >= _PROGRESS_BYTES:
                    reported = stream.tell()
                    progress(reported, self.size)
        for part in walk.end():
            if part.name == "VEVENT" and part.in_calendar:
                yield _read_event(icalendar, part, only)
        if progress is not None:
            progress(self.size, self.size)

    # -- the first reading: what the file is, and its time zones ---------------------------

    def _scan(self) -> None:
        """Read the file's shape and time zones; refuse it when it holds no calendar (as
        soon as its first ``HEAD_BYTES`` hold none)."""
        import icalendar

        walk = _Walk(
            keep=lambda part, stack: any(p.name == "VTIMEZONE" for p in (*stack, part)),
            tree=True,
        )
        content = False
        zones: list[_Part] = []
        with self._open() as stream:
            head = stream.read(HEAD_BYTES + 1)
            if len(head) > HEAD_BYTES:  # a big file: is it a calendar at all?
                _check_head(head[:HEAD_BYTES], self.name)
            stream.seek(0)
            for line in _logical_lines(_Reader(stream, self.name)):
                content = content or bool(line.text.strip(_BLANK))
                zones += [part for part in walk.step(line) if part.name == "VTIMEZONE"]
        zones += [part for part in walk.end() if part.name == "VTIMEZONE"]
        self.stray_ends = walk.stray_ends
        self.unended_calendars = walk.unended_calendars
        if not walk.top_names & set(_CALENDARS):
            raise _not_a_calendar(content, walk.top_names, self.name)
        for zone in sorted(zones, key=lambda part: part.line):  # before the events
            problem = _read_zone(icalendar, zone)
            if problem is not None and problem.tzid not in self.damaged_zones:
                self.damaged_zones[problem.tzid] = problem

    def _open(self) -> BinaryIO:
        if isinstance(self.source, bytes):
            return io.BytesIO(self.source)
        try:
            return self.source.open("rb")
        except OSError as exc:
            raise unreadable_file(self.name, exc) from None

    def _size(self, path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError as exc:
            raise unreadable_file(self.name, exc) from None

    @property
    def name(self) -> str:
        return self.source.name if isinstance(self.source, Path) else ""


def _check_head(head: bytes, name: str) -> None:
    """Refuse a file whose first bytes begin no calendar (nor an event or a vCard): a video
    or a dump is refused without reading it through."""
    walk = _Walk(keep=lambda _part, _stack: False)
    content = False
    for line in _logical_lines(_Reader(io.BytesIO(head), name)):
        content = content or bool(line.text.strip(_BLANK))
        walk.step(line)
        if walk.top_names & {*_CALENDARS, "VCARD"}:
            return
    raise _not_a_calendar(content, walk.top_names, name)


def _not_a_calendar(content: bool, top_names: set[str], name: str = "") -> CalendarImportError:
    if not content:
        if name:  # named: a manager importing several files knows which one
            return CalendarImportError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is empty."), Path(name).name)
            )
        return CalendarImportError(QT_TRANSLATE_NOOP("messages", "The file is empty."))
    if "VCARD" in top_names:
        return CalendarImportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The file holds contacts (vCards), not a calendar; import it as contacts.",
            )
        )
    return CalendarImportError(
        QT_TRANSLATE_NOOP(
            "messages", "The file holds no calendar and no events (no BEGIN:VCALENDAR)."
        )
    )


def unreadable_file(name: str, exc: OSError) -> CalendarImportError:
    """The refusal of a file the system cannot read (gone, a folder, access denied …)."""
    return CalendarImportError(
        Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 cannot be read (%2)."), name, file_problem(exc)
        )
    )


# -- bytes to components -----------------------------------------------------------------------


class _Reader:
    """A file's lines as text (UTF-8, a BOM at the start dropped; bytes that are not UTF-8
    as U+FFFD, as icalendar reads them), split at LF or CRLF."""

    def __init__(self, stream: BinaryIO, name: str) -> None:
        self.stream = stream
        self.name = name

    def __iter__(self) -> Iterator[str]:
        first = True
        while True:
            try:
                raw = self.stream.readline()
            except OSError as exc:  # a drive gone, a network share dropped
                raise unreadable_file(self.name, exc) from None
            if not raw:
                return
            if raw.endswith(b"\n"):
                raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
            text = raw.decode("utf-8", "replace")
            if first:
                text, first = text.removeprefix("\ufeff"), False
            yield text


def _logical_lines(reader: _Reader) -> Iterator[_Line]:
    """Unfolded lines with the number of their first physical line (icalendar's rule: a
    line starting with a space or tab continues the one before, across blank lines)."""
    parts: list[str] = []
    start = 0
    for number, physical in enumerate(reader, start=1):
        if not physical:
            continue
        if parts and physical[0] in " \t":
            parts.append(physical[1:])
            continue
        if parts:
            yield _Line("".join(parts), start)
        parts, start = [physical], number
    if parts:
        yield _Line("".join(parts), start)


class _Walk:
    """The components, line by line: an END closes the innermost open component of its
    name (those opened inside it and never closed stay unclosed). :meth:`step` returns the
    components a line finishes (closed, or left unclosed by an outer END), innermost first.
    ``keep(part, stack)`` says whether a component's own lines are kept, and with ``tree``
    also the kept components inside a kept one. Also the names of the top-level components,
    the lines of END:VEVENTs that close nothing and of top-level VCALENDARs never closed."""

    def __init__(self, keep: Callable[[_Part, list[_Part]], bool], *, tree: bool = False):
        self.keep = keep
        self.tree = tree
        self.stack: list[_Part] = []
        self.kept: list[bool] = []
        self.top_names: set[str] = set()
        self.stray_ends: list[int] = []
        self.unended_calendars: list[int] = []

    def step(self, line: _Line) -> list[_Part]:
        boundary = _BOUNDARY.fullmatch(line.text)
        stack = self.stack
        if boundary is None:
            if stack and self.kept[-1]:
                stack[-1].lines.append(line)
            return []  # outside any component: nothing the import uses
        name = boundary.group(2).strip().upper()
        if boundary.group(1).upper() == "BEGIN":
            root = stack[0].name if stack else name
            part = _Part(name, line.number, in_calendar=root in _CALENDARS)
            kept = self.keep(part, stack)
            if not stack:
                self.top_names.add(name)
            elif self.tree and kept and self.kept[-1]:
                stack[-1].parts.append(part)
            stack.append(part)
            self.kept.append(kept)
            return []
        opened = [i for i, part in enumerate(stack) if part.name == name]
        if opened:
            stack[opened[-1]].closed = True
            return self._pop(opened[-1])
        if name == "VEVENT":
            self.stray_ends.append(line.number)
        return []

    def end(self) -> list[_Part]:
        """The components still open at the end of the file."""
        return self._pop(0)

    def _pop(self, index: int) -> list[_Part]:
        finished = self.stack[index:][::-1]
        del self.stack[index:], self.kept[index:]
        top = finished[-1] if finished and index == 0 else None
        if top is not None and top.name == "VCALENDAR" and not top.closed:
            self.unended_calendars.append(top.line)
        return finished


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


def _read_event(icalendar: Any, part: _Part, only: frozenset[str] | None) -> EventText:
    lines: dict[str, int] = {}
    for line in part.lines:
        lines.setdefault(line.name, line.number)
    try:  # alarms and other components inside are not read: the import does not use them
        event = icalendar.Event.from_ical(part.text(inner=False, only=only))
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
        if not suggestion and (missing := _missing_day(raw)) is not None:
            template = (
                QT_TRANSLATE_NOOP(
                    "messages", "its start “%1” is a day that does not exist (%2 has no day %3)"
                )
                if start
                else QT_TRANSLATE_NOOP(
                    "messages", "its end “%1” is a day that does not exist (%2 has no day %3)"
                )
            )
            return Sentence.of(template, raw, *missing)
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


def _missing_day(raw: str) -> tuple[str, str] | None:
    """(year-month, day) when ``raw`` is written right (``20260231T100000``) but names a
    day its month does not have; else None."""
    found = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?", raw.strip())
    if found is None:
        return None
    year, month, day = (int(found.group(i)) for i in (1, 2, 3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}", str(day)
    return None


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
