"""Reading an iCalendar file (Outlook's changes) back into the visits.

Events are matched to visits by UID. Ours carry the visit's id; any other UID
(an event made in Outlook) maps to a visit id derived from it (UUID version 5), so importing
the same file twice updates instead of duplicating. A known planned visit gets the event's
times (and is cancelled when the event is); a cancelled one is planned again when the event
is not cancelled; done and missed visits are history and keep their times. An unknown UID
creates a planned visit only when the event names its account: ``X-ACCT-ACCOUNT``, or a
location or title that contains exactly one account code, or else is exactly the name of
one account. An event whose account is not found (none named, an unknown one, several)
refuses the whole file, each such event listed by line and title, like every other
import, unless the user says to skip them (``skip_unmatched``: ``--skip-unmatched``, the
window's *Skip them*). Everything else is listed as skipped with the reason, and so are
(deliberate decisions): all-day events (a visit needs a
time), repeating events (RRULE/RDATE, RECURRENCE-ID: each visit is planned and reported on
its own, so a series is refused per event rather than expanded into guesses), events longer
than 12 hours, and times in a zone the file does not define. Floating times (no zone) are
read in the user's zone; TZID with the file's VTIMEZONE, Windows zone names and UTC are
understood. All changes are written in one transaction, or none.

Damage is confined to what it is in (``visit_calendar_reading``): an event with a value that
cannot be read is skipped with the line and how to write it; a time zone that cannot be
built is left out with its line (a note), and so are the events that use it; the rest of
the file is imported. Every skipped event and note names its line in the file.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, counted, figure, listed
from acct_desktop.services.audit import record_change
from acct_desktop.services.visit_calendar_export import UID_SUFFIX
from acct_desktop.services.visit_calendar_reading import (
    CalendarFile,
    CalendarImportError,
    EventText,
    Progress,
    unreadable_value,
)
from acct_desktop.services.visit_calendar_zones import zone_named
from acct_desktop.services.visit_owners import Owner, my_name, owner_name
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Visit

if TYPE_CHECKING:
    from icalendar import Event

log = logging.getLogger(__name__)

# Visit ids of events made elsewhere: uuid5(FOREIGN_UIDS, uid). Never change this value.
FOREIGN_UIDS = uuid.UUID("6f1b7c0e-3f43-5d0e-9c5a-acc7de5c7001")
MAX_VISIT = timedelta(hours=12)
CHUNK = 500  # events looked up and written together
# The properties an event is read for: the rest (a long DESCRIPTION above all) is not
# parsed, which saves time, and damage there costs nothing.
PROPERTIES = frozenset(
    [
        "UID",
        "SUMMARY",
        "DTSTART",
        "DTEND",
        "DURATION",
        "RRULE",
        "RDATE",
        "RECURRENCE-ID",
        "STATUS",
        "LOCATION",
        "CATEGORIES",
        "X-ACCT-ACCOUNT",
        "X-ACCT-PURPOSE",
    ]
)
DEFAULT_LENGTH = timedelta(hours=1)
_CODE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?")
_PURPOSES = {p.value: p for p in VisitPurpose}


@dataclass(frozen=True, slots=True)
class SkippedEvent:
    """An event left out of an import, and why (a phrase: "is an all-day event; …"); ``line``
    is the line of the file the reason is about (the event's BEGIN line, or the property's)."""

    uid: str
    title: str
    reason: str
    line: int | None = None
    unmatched: bool = False  # left out because its account was not found

    def describe(self) -> str:
        """``“Title” (line 12): why`` (the UID when it has no title) for the user."""
        if self.line is None:
            if self.title:
                template = QT_TRANSLATE_NOOP("messages", "“%1”: %2")
                return Sentence.of(template, self.title, self.reason)
            if self.uid:
                return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1: %2"), self.uid, self.reason)
            template = QT_TRANSLATE_NOOP("messages", "an event without UID: %1")
            return Sentence.of(template, self.reason)
        line = self.line
        if self.title:
            template = QT_TRANSLATE_NOOP("messages", "“%1” (line %2): %3")
            return Sentence.of(template, self.title, line, self.reason)
        if self.uid:
            template = QT_TRANSLATE_NOOP("messages", "%1 (line %2): %3")
            return Sentence.of(template, self.uid, line, self.reason)
        template = QT_TRANSLATE_NOOP("messages", "an event without UID (line %1): %2")
        return Sentence.of(template, line, self.reason)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import changed; ``skipped`` lists the events left out, each with its reason;
    ``notes`` what else in the file could not be read ("line 13: the time zone …")."""

    updated: int
    created: int
    unchanged: int
    skipped: tuple[SkippedEvent, ...]
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        """The counts, for the user."""
        updated = counted(
            self.updated,
            QT_TRANSLATE_NOOP("messages", "%1 visit updated"),
            QT_TRANSLATE_NOOP("messages", "%1 visits updated"),
        )
        skipped = counted(
            len(self.skipped),
            QT_TRANSLATE_NOOP("messages", "%1 event skipped"),
            QT_TRANSLATE_NOOP("messages", "%1 events skipped"),
        )
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1, %2 created, %3 unchanged, %4"),
            updated,
            figure(self.created),
            figure(self.unchanged),
            skipped,
        )


@dataclass(frozen=True, slots=True)
class _Incoming:
    """One event as read from the file, times in UTC."""

    uid: str
    title: str
    start: datetime
    end: datetime | None
    cancelled: bool
    account_code: str | None
    words: tuple[str, ...]  # possible account codes in its location and title
    purpose: VisitPurpose | None
    line: int | None = None  # of its BEGIN:VEVENT
    location: str = ""

    def skip(self, reason: str, unmatched: bool = False) -> SkippedEvent:
        return SkippedEvent(self.uid, self.title, reason, self.line, unmatched)


class UnmatchedEvents(CalendarImportError):
    """Events whose account was not found: nothing was written (``events``: each one)."""

    def __init__(self, name: str | None, events: tuple[SkippedEvent, ...]) -> None:
        self.events = events
        how_many = counted(
            len(events),
            QT_TRANSLATE_NOOP("messages", "%1 event names"),
            QT_TRANSLATE_NOOP("messages", "%1 events name"),
        )
        if name is None:
            super().__init__(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The calendar was not imported: %1 no account found here. Nothing was "
                        "written. Put the account's code or exact name in the event's location "
                        "or title, or skip these events to import the rest.",
                    ),
                    how_many,
                )
            )
            return
        super().__init__(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was not imported: %2 no account found here. Nothing was written. Put "
                    "the account's code or exact name in the event's location or title, or "
                    "skip these events to import the rest.",
                ),
                name,
                how_many,
            )
        )


def import_ics(
    db: Database,
    source: bytes | Path,
    actor: str,
    *,
    tz_name: str | None = None,
    progress: Progress | None = None,
    owner: Owner = my_name,
    skip_unmatched: bool = False,
) -> ImportSummary:
    """Apply an iCalendar file (its bytes or its path) to the visits (see the module
    docstring): one transaction; ``CalendarImportError`` (a sentence, nothing written) when
    the file cannot be read at all; events that cannot be used are listed in the summary's
    ``skipped`` (in the order of their lines), and time zones that cannot be read (and other
    lost lines) in its ``notes``. The events are read and applied ``CHUNK`` at a time, so a
    big file takes little memory; ``progress(bytes read, size)`` is called as the file is
    read, and what it raises stops the import with nothing written."""
    zone = zone_named(tz_name, CalendarImportError)
    calendar = CalendarFile(source)
    skipped: list[SkippedEvent] = []
    seen: set[uuid.UUID] = set()
    used: set[str] = set()  # the time zones the events use
    counts = [0, 0, 0]
    try:
        with db.session() as session:
            applier = _Applier(session, actor, owner_name(owner))
            chunk: list[tuple[_Incoming, uuid.UUID]] = []
            for text in calendar.events(progress, PROPERTIES):
                used.update(_zones_used(text))
                read = _read_event(text, zone, calendar)
                visit_id = visit_id_for(read.uid) if isinstance(read, _Incoming) else None
                if visit_id is not None and visit_id in seen:
                    read = read.skip(
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "repeats the UID of an earlier event in the file; the first "
                                "was used",
                            )
                        )
                    )
                if isinstance(read, SkippedEvent):
                    skipped.append(read)
                elif visit_id is not None:
                    seen.add(visit_id)
                    chunk.append((read, visit_id))
                if len(chunk) >= CHUNK:
                    counts = [
                        a + b for a, b in zip(counts, applier.apply(chunk, skipped), strict=True)
                    ]
                    chunk = []
            counts = [a + b for a, b in zip(counts, applier.apply(chunk, skipped), strict=True)]
            unmatched = tuple(
                sorted(
                    (event for event in skipped if event.unmatched),
                    key=lambda event: (event.line is None, event.line or 0),
                )
            )
            if unmatched and not skip_unmatched:  # all or nothing: the session rolls back
                raise UnmatchedEvents(source.name if isinstance(source, Path) else None, unmatched)
    except (StaleDataError, IntegrityError) as exc:
        log.info("calendar import rolled back: %s", exc)
        raise CalendarImportError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Some of these visits were changed by someone else meanwhile; nothing was "
                "imported. Import the file again.",
            )
        ) from None
    skipped.sort(key=lambda event: (event.line is None, event.line or 0))
    updated, created, unchanged = counts
    return ImportSummary(
        updated, created, unchanged, skipped=tuple(skipped), notes=_notes(calendar, used)
    )


_PARTS = re.compile(r"[,;，；、|/()（）]")
MAX_NAME_CANDIDATES = 300


def _name_candidates(event: _Incoming) -> set[str]:
    """The pieces of an event's title and location that may be an account's exact name:
    each comma-separated part, and each run of its words ("Visit Wood Corner" holds "Wood
    Corner"); in text without spaces (Chinese), each run of at least two characters."""
    found: set[str] = set()
    for text in (event.title, event.location):
        for part in [text, *_PARTS.split(text)]:
            part = part.strip()
            if not part:
                continue
            words = part.split()
            if len(words) == 1 and not part.isascii():
                pieces = [part[i:j] for i in range(len(part)) for j in range(i + 2, len(part) + 1)]
            else:
                pieces = [
                    " ".join(words[i:j])
                    for i in range(len(words))
                    for j in range(i + 1, len(words) + 1)
                ]
            found.update(pieces[:MAX_NAME_CANDIDATES])
    return found


def _longest(names: set[str]) -> set[str]:
    """The names found, without those inside a longer one found ("Wood" in "Wood Corner")."""
    return {n for n in names if not any(n != other and n in other for other in names)}


def _notes(calendar: CalendarFile, used: set[str]) -> tuple[str, ...]:
    """What the file holds that could not be read and is no event: time zones, and the
    ends of events whose BEGIN line is lost, in the order of their lines."""
    notes: list[tuple[int, str]] = []
    for damaged in calendar.damaged_zones.values():
        template = (
            QT_TRANSLATE_NOOP(
                "messages", "line %1: %2; it was left out, and so were the events that use it"
            )
            if damaged.tzid in used
            else QT_TRANSLATE_NOOP("messages", "line %1: %2; it was left out (no event uses it)")
        )
        notes.append((damaged.line, Sentence.of(template, damaged.line, damaged.problem)))
    for line in calendar.stray_ends:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "line %1: END:VEVENT without a BEGIN:VEVENT before it; the lines before it were "
            "not read as an event",
        )
        notes.append((line, Sentence.of(template, line)))
    for line in calendar.unended_calendars:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "line %1: the calendar has no END:VCALENDAR line, so the file may be cut off; the "
            "events before the cut were read",
        )
        notes.append((line, Sentence.of(template, line)))
    return tuple(note for _, note in sorted(notes, key=lambda pair: pair[0]))


def _zones_used(text: EventText) -> list[str]:
    if text.event is None:
        return []
    props = [text.event.get(name) for name in ("DTSTART", "DTEND")]
    flat = [p for prop in props for p in (prop if isinstance(prop, list) else [prop])]
    return [str(p.params["TZID"]) for p in flat if "TZID" in getattr(p, "params", {})]


def _text(event: Event, name: str) -> str:
    value = event.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def _read_event(
    text: EventText, zone: ZoneInfo, calendar: CalendarFile
) -> _Incoming | SkippedEvent:
    uid = title = ""
    event = text.event
    try:
        if event is not None:
            uid, title = _text(event, "UID"), _text(event, "SUMMARY")[:200]
        if not text.closed:
            return SkippedEvent(
                uid,
                title,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "has no END:VEVENT line (the file may be cut off); it was left out",
                    )
                ),
                text.line,
            )
        if event is None:
            return SkippedEvent(
                uid,
                title,
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "cannot be read (%1); it was left out"),
                    text.failure,
                ),
                text.line,
            )
        return _interpret(event, text, uid, title, zone, calendar)
    except Exception as exc:  # a value icalendar could not decode
        log.info("event %r unreadable: %r", uid, exc)
        broken = next((name for name, _ in getattr(event, "errors", ()) if name), None)
        if broken is not None and event is not None:
            reason = unreadable_value(broken, _raw(event.get(broken)))
            return SkippedEvent(uid, title, reason, text.line_of(broken))
        return SkippedEvent(
            uid,
            title,
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "has a value that cannot be read; it was left out")
            ),
            text.line,
        )


def _raw(prop: Any) -> str:
    """A property's text as the file gives it (the first, when it is given twice)."""
    if isinstance(prop, list):
        prop = prop[0] if prop else ""
    try:
        raw = prop.to_ical()
    except Exception:  # no text to show
        return ""
    return (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw))[:80]


def _interpret(
    event: Event, text: EventText, uid: str, title: str, zone: ZoneInfo, calendar: CalendarFile
) -> _Incoming | SkippedEvent:
    def skip(reason: str, about: str = "") -> SkippedEvent:
        return SkippedEvent(uid, title, reason, text.line_of(about) if about else text.line)

    if not uid:
        return skip(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "has no UID, so it cannot be matched to a visit")
            )
        )
    if series := next((n for n in ("RRULE", "RDATE", "RECURRENCE-ID") if n in event), None):
        return skip(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "repeats (or changes one occurrence of a series); plan each visit as its own "
                    "event, acct-desktop does not expand series",
                )
            ),
            series,
        )
    start = _moment(event, "DTSTART", zone, calendar)
    if isinstance(start, str):
        return skip(start, "DTSTART")
    end: datetime | str | None = None
    if "DTEND" in event:
        end = _moment(event, "DTEND", zone, calendar)
    elif "DURATION" in event:
        try:
            length = event.decoded("DURATION")
        except Exception:  # icalendar's broken-property error
            length = None
        if not isinstance(length, timedelta):
            return skip(unreadable_value("DURATION", _raw(event.get("DURATION"))), "DURATION")
        end = start + length
    if isinstance(end, str):
        return skip(end, "DTEND")
    if end is not None and end <= start:
        return skip(Sentence.of(QT_TRANSLATE_NOOP("messages", "ends before it starts")))
    if end is not None and end - start > MAX_VISIT:
        return skip(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "lasts longer than 12 hours; that is not a visit")
            )
        )
    # ours carry the code in X-ACCT-PURPOSE (categories are in the user's words); older
    # files and other tools' events may name it as a category
    categories = [_text(event, "X-ACCT-PURPOSE").strip().lower()]
    categories += [str(c).strip().lower() for c in event.categories]
    purpose = next((_PURPOSES[c] for c in categories if c in _PURPOSES), None)
    words = tuple(_CODE.findall(f"{_text(event, 'LOCATION')} {title}"))
    return _Incoming(
        uid=uid,
        title=title,
        start=start,
        end=end,
        cancelled=_text(event, "STATUS").upper() == "CANCELLED",
        account_code=_text(event, "X-ACCT-ACCOUNT") or None,
        words=words,
        purpose=purpose,
        line=text.line,
        location=_text(event, "LOCATION")[:200],
    )


def _moment(event: Event, name: str, zone: ZoneInfo, calendar: CalendarFile) -> datetime | str:
    """The property as an aware UTC datetime, or the reason it cannot be one."""
    prop: Any = event.get(name)
    if isinstance(prop, list):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "has %1 %2 values"), len(prop), name)
    params = getattr(prop, "params", {})
    tzid = str(params["TZID"]) if "TZID" in params else None
    if tzid is not None and not tzid.strip():
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "gives its %1 in a time zone without a name (TZID=); write the zone's name, "
                "such as Europe/Amsterdam, or leave TZID out to read it on your own clock",
            ),
            name,
        )
    damaged = calendar.damaged_zones.get(tzid) if tzid else None
    if damaged is not None:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "uses the time zone “%1”, which cannot be read (line %2)"
            ),
            tzid,
            damaged.line,
        )
    try:
        value = prop.dt
    except Exception:  # icalendar's broken-property error, or no value at all
        if prop is None and name == "DTSTART":
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "has no start (DTSTART); give it one to import it as a visit"
                )
            )
        if prop is None:
            return Sentence.of(QT_TRANSLATE_NOOP("messages", "has a %1 that cannot be read"), name)
        return unreadable_value(name, _raw(prop))
    if isinstance(value, date) and not isinstance(value, datetime):
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "is an all-day event; give it a start and end time to import it as a visit",
            )
        )
    if not isinstance(value, datetime):
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "has a %1 that is not a date and time"), name
        )
    if value.tzinfo is None:
        if tzid:
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "uses the time zone “%1”, which the file does not define"
                ),
                tzid,
            )
        value = value.replace(tzinfo=zone)  # floating time: the user's clock
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "has a %1 out of range"), name)


def visit_id_for(uid: str) -> uuid.UUID:
    """The visit an event's UID stands for: ours carry it, others map to a fixed uuid5."""
    if uid.endswith(UID_SUFFIX):
        try:
            return uuid.UUID(uid.removesuffix(UID_SUFFIX))
        except ValueError:
            pass
    return uuid.uuid5(FOREIGN_UIDS, uid)


class _Applier:
    """Matches the events to visits and changes them inside one session."""

    def __init__(self, session: Any, actor: str, owner: str | None = None) -> None:
        self.session, self.actor = session, actor
        self.owner = owner  # whose the visits it plans are

    def apply(
        self, incoming: list[tuple[_Incoming, uuid.UUID]], skipped: list[SkippedEvent]
    ) -> tuple[int, int, int]:
        """Apply events (each with its visit id) and flush; the counts updated, created and
        unchanged. What was changed is then written, so the session does not hold it."""
        visits = self._visits([visit_id for _, visit_id in incoming])
        new = [e for e, visit_id in incoming if visit_id not in visits]
        accounts = self._accounts(new)
        self.named, self.named_twice = self._accounts_named(new)
        updated = created = unchanged = 0
        for event, visit_id in incoming:
            visit = visits.get(visit_id)
            if visit is None:
                result = self._create(event, visit_id, accounts)
                created += result is None
            else:
                result = self._update(event, visit)
                updated += result is True
                unchanged += result is False
            if isinstance(result, SkippedEvent):
                skipped.append(result)
        self.session.flush()
        return updated, created, unchanged

    def _visits(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, Visit]:
        found: dict[uuid.UUID, Visit] = {}
        for chunk in range(0, len(ids), 500):
            query = select(Visit).where(Visit.id.in_(ids[chunk : chunk + 500]))
            found.update((v.id, v) for v in self.session.scalars(query))
        return found

    def _accounts(self, events: list[_Incoming]) -> dict[str, uuid.UUID]:
        codes = {e.account_code for e in events if e.account_code}
        codes |= {w for e in events for w in e.words} | {w.upper() for e in events for w in e.words}
        found: dict[str, uuid.UUID] = {}
        ordered = sorted(codes)
        for chunk in range(0, len(ordered), 500):
            query = select(Account.code, Account.id).where(
                Account.code.in_(ordered[chunk : chunk + 500]), Account.archived_at.is_(None)
            )
            found.update((code, account_id) for code, account_id in self.session.execute(query))
        return found

    def _accounts_named(
        self, events: list[_Incoming]
    ) -> tuple[dict[str, uuid.UUID], dict[str, int]]:
        """Accounts by exact name, for events that name one in their title or location
        rather than its code; and names that several accounts have (with how many)."""
        names = sorted({n for e in events for n in _name_candidates(e)})
        found: dict[str, list[uuid.UUID]] = {}
        for chunk in range(0, len(names), 500):
            query = select(Account.name, Account.id).where(
                Account.name.in_(names[chunk : chunk + 500]), Account.archived_at.is_(None)
            )
            for name, account_id in self.session.execute(query):
                found.setdefault(name, []).append(account_id)
        unique = {name: ids[0] for name, ids in found.items() if len(ids) == 1}
        return unique, {name: len(ids) for name, ids in found.items() if len(ids) > 1}

    def _update(self, event: _Incoming, visit: Visit) -> bool | SkippedEvent:
        if visit.archived_at is not None:
            return event.skip(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "its visit was deleted in acct-desktop; it was not restored"
                    )
                )
            )
        end = event.end or event.start + (visit.planned_end - visit.planned_start)
        times_differ = (visit.planned_start, visit.planned_end) != (event.start, end)
        if visit.status in (VisitStatus.DONE, VisitStatus.MISSED):
            if times_differ or event.cancelled:
                return event.skip(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "its visit is done; its time was not changed")
                        if visit.status is VisitStatus.DONE
                        else QT_TRANSLATE_NOOP(
                            "messages", "its visit is missed; its time was not changed"
                        )
                    )
                )
            return False
        status = VisitStatus.CANCELLED if event.cancelled else VisitStatus.PLANNED
        if visit.status is VisitStatus.CANCELLED and event.cancelled:
            return False  # a cancelled visit does not move
        if not times_differ and status is visit.status:
            return False
        audit = (self.session, self.actor, "visit", visit.id)
        if times_differ:
            record_change(
                *audit, "planned_start", visit.planned_start.isoformat(), event.start.isoformat()
            )
            record_change(*audit, "planned_end", visit.planned_end.isoformat(), end.isoformat())
            visit.planned_start, visit.planned_end = event.start, end
        if status is not visit.status:
            record_change(*audit, "status", visit.status, status)
            visit.status = status
        return True

    def _create(
        self, event: _Incoming, visit_id: uuid.UUID, accounts: dict[str, uuid.UUID]
    ) -> SkippedEvent | None:
        if event.cancelled:
            return event.skip(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "is cancelled and matches no visit; nothing to plan"
                    )
                )
            )
        if event.account_code:
            account_id = accounts.get(event.account_code)
            if account_id is None:
                return event.skip(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "names the account “%1”, which does not exist"
                        ),
                        event.account_code,
                    ),
                    unmatched=True,
                )
        else:
            named = sorted({w if w in accounts else w.upper() for w in event.words} & set(accounts))
            found = _longest(
                {n for n in _name_candidates(event) if n in self.named or n in self.named_twice}
            )
            twice = next((n for n in found if n in self.named_twice), None)
            if not named and twice is None and found:
                named = sorted(found)
                accounts = {n: self.named[n] for n in named}
            elif not named and twice is not None:
                return event.skip(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "%1 accounts are called “%2”; put the code in its location"
                        ),
                        self.named_twice[twice],
                        twice,
                    ),
                    unmatched=True,
                )
            if len(named) != 1:
                return event.skip(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "names several accounts (%1); keep one code in its location"
                        ),
                        listed(named),
                    )
                    if named
                    else Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "matches no visit and names no account: put the account code in its "
                            "location or title (or X-ACCT-ACCOUNT) to plan it",
                        )
                    ),
                    unmatched=True,
                )
            account_id = accounts[named[0]]
        end = event.end or event.start + DEFAULT_LENGTH
        purpose = event.purpose or VisitPurpose.SERVICE
        self.session.add(
            Visit(
                id=visit_id,
                account_id=account_id,
                planned_start=event.start,
                planned_end=end,
                purpose=purpose,
                status=VisitStatus.PLANNED,
                owner=self.owner,
            )
        )
        record_change(self.session, self.actor, "visit", visit_id, "imported", None, event.uid)
        return None
