"""Visits as an iCalendar file (RFC 5545) for Outlook and other calendars.

One VCALENDAR (PRODID, VERSION 2.0, METHOD:PUBLISH), a VTIMEZONE for the user's zone
(``visit_calendar_zones``: yearly rules, as Outlook reads them) and a VEVENT per visit. A
visit's UID is ``<visit uuid>@acct-desktop``, so it never changes; DTSTAMP/LAST-MODIFIED are
the visit's last change and SEQUENCE its version, so the same database always gives the same
bytes. UTC times are written as UTC (``Z``), without a VTIMEZONE, and so is a time the
zone's clock shows twice (``_wall_clock``). Reading a file back is
``visit_calendar_import``.

The events are read and written ``CHUNK`` visits at a time, so a team's 100,000 visits
take little memory (icalendar held some 17 KB per event when the whole calendar was built
first). An export that would be larger than the import reads (``MAX_FILE_BYTES``) is
refused, so every file written here reads back.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.files import writing_atomically
from acct_desktop.services.visit_calendar_reading import MAX_FILE_BYTES, MAX_FILE_MB
from acct_desktop.services.visit_calendar_zones import is_utc, vtimezone, zone_named
from acct_desktop.services.visit_owners import visit_owner
from acct_desktop.services.visit_sheets import account_address
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, Territory, Visit, VisitContact

if TYPE_CHECKING:
    from icalendar import Event
    from sqlalchemy.orm import Session

PRODID = "-//acct-desktop//Visit calendar//EN"
UID_SUFFIX = "@acct-desktop"
MAX_EXPORT_DAYS = 3 * 366
CHUNK = 500  # visits read and written together


class CalendarExportError(ValueError):
    """Nothing to export (no visits, a bad range or zone); the message is a sentence."""


# The words an exported event is written in; ``export_ics``'s caller renders them in the
# user's language (the GUI's translator, the CLI's), English by default.
SUMMARY_WORDS = {
    VisitPurpose.SERVICE: QT_TRANSLATE_NOOP("messages", "Service"),
    VisitPurpose.INSPECTION: QT_TRANSLATE_NOOP("messages", "Inspection"),
    VisitPurpose.GUIDANCE: QT_TRANSLATE_NOOP("messages", "Guidance"),
}
PURPOSE_WORDS = {
    VisitPurpose.SERVICE: QT_TRANSLATE_NOOP("messages", "service"),
    VisitPurpose.INSPECTION: QT_TRANSLATE_NOOP("messages", "inspection"),
    VisitPurpose.GUIDANCE: QT_TRANSLATE_NOOP("messages", "guidance"),
}
STATUS_WORDS = {
    VisitStatus.PLANNED: QT_TRANSLATE_NOOP("messages", "planned"),
    VisitStatus.DONE: QT_TRANSLATE_NOOP("messages", "done"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP("messages", "cancelled"),
    VisitStatus.MISSED: QT_TRANSLATE_NOOP("messages", "missed"),
}
Render = Callable[[object], str]
Progress = Callable[[int, int], None]  # (visits written, visits in all); raise to stop


def visits_to_export(
    db: Database, start: date, end: date, tz_name: str | None = None, owner: str | None = None
) -> int:
    """How many visits :func:`write_ics` would write (a quick count, to refuse an empty
    period before asking where to save); ``CalendarExportError`` as it raises it."""
    _zone, window = _window(start, end, tz_name, owner)
    with db.session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(Visit)
            .join(Account, Account.id == Visit.account_id)
            .outerjoin(Territory, Territory.id == Account.territory_id)
            .where(*window)
        )
    if not count:
        raise _nothing(start, end)
    return int(count)


def _window(
    start: date, end: date, tz_name: str | None, owner: str | None = None
) -> tuple[ZoneInfo, tuple[Any, ...]]:
    """The zone and the conditions of the visits from ``start`` to ``end`` (with ``owner``:
    that manager's and nobody's; ``Territory`` outer-joined to ``Account``)."""
    if end < start:
        raise CalendarExportError(
            QT_TRANSLATE_NOOP("messages", "The last day is before the first day.")
        )
    if (end - start).days >= MAX_EXPORT_DAYS:
        raise CalendarExportError(
            QT_TRANSLATE_NOOP("messages", "Export at most three years of visits at once.")
        )
    zone = zone_named(tz_name, CalendarExportError)
    since = datetime.combine(start, time(), zone).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time(), zone).astimezone(UTC)
    whose = visit_owner()
    mine = () if owner is None else (or_(whose == owner.strip(), whose.is_(None)),)
    return zone, (
        Visit.archived_at.is_(None),
        Visit.planned_start >= since,
        Visit.planned_start < until,
        *mine,
    )


def _nothing(start: date, end: date) -> CalendarExportError:
    return CalendarExportError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "There are no visits from %1 to %2; nothing was written."
            ),
            start.isoformat(),
            end.isoformat(),
        )
    )


def export_ics(
    db: Database,
    start: date,
    end: date,
    tz_name: str | None = None,
    render: Render = str,
    owner: str | None = None,
) -> bytes:
    """The visits starting from ``start`` to ``end`` as an iCalendar file's bytes: see
    :func:`write_ics`."""
    out = io.BytesIO()
    write_ics(db, out, start, end, tz_name, render, owner=owner)
    return out.getvalue()


def export_ics_file(
    db: Database,
    path: Path,
    start: date,
    end: date,
    tz_name: str | None = None,
    render: Render = str,
    progress: Progress | None = None,
    owner: str | None = None,
) -> int:
    """:func:`write_ics` to ``path``, which is replaced only when the whole file is
    written (a refusal, a cancel or a full disk leaves what was there). The visits written."""
    with writing_atomically(path) as out:
        return write_ics(db, out, start, end, tz_name, render, progress, owner)


def write_ics(
    db: Database,
    out: BinaryIO,
    start: date,
    end: date,
    tz_name: str | None = None,
    render: Render = str,
    progress: Progress | None = None,
    owner: str | None = None,
) -> int:
    """Write the visits starting from ``start`` to ``end`` (inclusive days in ``tz_name``,
    default this computer's zone) to ``out`` as an iCalendar file; the number of visits.
    With ``owner``, only that manager's visits (and nobody's): My visits of a team.
    ``CalendarExportError`` when there are none, or more than a calendar file can hold.
    Each event's title and description are ``render``ed Sentences: pass the GUI's
    ``user_text`` (or the CLI's ``message_text``) to write them in the user's language.
    ``progress(visits written, visits)`` after each chunk; what it raises stops the export."""
    import icalendar

    zone, window = _window(start, end, tz_name, owner)
    with db.session() as session:
        ids = session.scalars(
            select(Visit.id)
            .join(Account, Account.id == Visit.account_id)
            .outerjoin(Territory, Territory.id == Account.territory_id)
            .where(*window)
            .order_by(Visit.planned_start, Visit.id)
        ).all()
        if not ids:
            raise _nothing(start, end)
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add(
            "x-wr-calname",
            render(Sentence.of(QT_TRANSLATE_NOOP("messages", "acct-desktop visits"))),
        )
        calendar.add("x-wr-timezone", zone.key)
        ending = b"END:VCALENDAR\r\n"
        head = calendar.to_ical().removesuffix(ending)
        if not is_utc(zone):
            head += vtimezone(zone, start, end).to_ical()
        written = out.write(head)
        accounts: dict[uuid.UUID, Account] = {}
        for first in range(0, len(ids), CHUNK):
            chunk = ids[first : first + CHUNK]
            for visit, account, met in _chunk(session, chunk, accounts):
                written += out.write(_event(visit, account, met, zone, render).to_ical())
            if written + len(ending) > MAX_FILE_BYTES:
                raise CalendarExportError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The %1 visits from %2 to %3 make a calendar file larger than %4 "
                            "MB, more than acct-desktop reads back; export a shorter period.",
                        ),
                        figure(len(ids)),
                        start.isoformat(),
                        end.isoformat(),
                        figure(MAX_FILE_MB),
                    )
                )
            if progress is not None:
                progress(first + len(chunk), len(ids))
        out.write(ending)
    return len(ids)


def _chunk(
    session: Session, ids: Sequence[uuid.UUID], accounts: dict[uuid.UUID, Account]
) -> list[tuple[Visit, Account, list[str]]]:
    """The visits ``ids`` (in that order) with their accounts (kept in ``accounts`` for the
    next chunks) and the names of the contacts met (by name). The visits and accounts are
    read apart: joined, SQLite scans every account for a long list of ids."""
    visits = {v.id: v for v in session.scalars(select(Visit).where(Visit.id.in_(ids)))}
    missing = {v.account_id for v in visits.values()} - accounts.keys()
    if missing:
        query = select(Account).where(Account.id.in_(sorted(missing)))
        accounts.update((account.id, account) for account in session.scalars(query))
    met: dict[uuid.UUID, list[str]] = {}
    for visit_id, name in session.execute(
        select(VisitContact.visit_id, Contact.name)
        .join(Contact, Contact.id == VisitContact.contact_id)
        .where(VisitContact.visit_id.in_(ids))
        .order_by(Contact.name)
    ):
        met.setdefault(visit_id, []).append(name)
    return [
        (visits[i], accounts[visits[i].account_id], met.get(i, []))
        for i in ids
        if i in visits and visits[i].account_id in accounts
    ]


def _wall_clock(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` on ``zone``'s clock, or in UTC when that clock shows the same time twice
    (the hour the clocks go back): a calendar reads such a local time as its first
    occurrence, so 02:15 after the change would come back an hour early."""
    local = moment.astimezone(zone)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return moment.astimezone(UTC)
    return local


def _event(visit: Visit, account: Account, met: list[str], zone: ZoneInfo, render: Render) -> Event:
    import icalendar

    purpose = visit.purpose.value

    def said(template: str, *values: object) -> str:
        return render(Sentence.of(template, *values))

    event = icalendar.Event()
    event.add("uid", f"{visit.id}{UID_SUFFIX}")
    event.add("dtstamp", visit.updated_at)
    event.add("created", visit.created_at)
    event.add("last-modified", visit.updated_at)
    event.add("sequence", max(visit.version - 1, 0))
    event.add("dtstart", _wall_clock(visit.planned_start, zone))
    event.add("dtend", _wall_clock(visit.planned_end, zone))
    title = Sentence.of(SUMMARY_WORDS[visit.purpose])
    event.add("summary", said(QT_TRANSLATE_NOOP("messages", "%1: %2"), title, account.name))
    event.add("location", account_address(account))
    lines = [
        said(QT_TRANSLATE_NOOP("messages", "Customer: %1 (%2)"), account.name, account.code),
        said(
            QT_TRANSLATE_NOOP("messages", "Purpose: %1"), Sentence.of(PURPOSE_WORDS[visit.purpose])
        ),
        said(QT_TRANSLATE_NOOP("messages", "Status: %1"), Sentence.of(STATUS_WORDS[visit.status])),
    ]
    if met:
        lines.append(said(QT_TRANSLATE_NOOP("messages", "Contacts met: %1"), ", ".join(met)))
    if visit.summary:
        lines.append(said(QT_TRANSLATE_NOOP("messages", "Report: %1"), visit.summary))
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if visit.status is VisitStatus.CANCELLED else "CONFIRMED")
    # Outlook shows categories as they are: the purpose in the user's words; the code
    # travels in X-ACCT-PURPOSE for the way back
    event.add("categories", [render(title)])
    event.add("x-acct-purpose", purpose)
    event.add("transp", "OPAQUE")
    event.add("x-acct-account", account.code)
    event.add("x-acct-status", visit.status.value)
    return event
