"""Visits as an iCalendar file (RFC 5545) for Outlook and other calendars.

One VCALENDAR (PRODID, VERSION 2.0, METHOD:PUBLISH), a VTIMEZONE for the user's zone
(``visit_calendar_zones``: yearly rules, as Outlook reads them) and a VEVENT per visit. A
visit's UID is ``<visit uuid>@acct-desktop``, so it never changes; DTSTAMP/LAST-MODIFIED are
the visit's last change and SEQUENCE its version, so the same database always gives the same
bytes. UTC times are written as UTC (``Z``), without a VTIMEZONE. Reading a file back is
``visit_calendar_import``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.visit_calendar_zones import is_utc, vtimezone, zone_named
from acct_desktop.services.visit_sheets import account_address
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, Visit, VisitContact

if TYPE_CHECKING:
    from icalendar import Event

PRODID = "-//acct-desktop//Visit calendar//EN"
UID_SUFFIX = "@acct-desktop"
MAX_EXPORT_DAYS = 3 * 366


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


def export_ics(
    db: Database, start: date, end: date, tz_name: str | None = None, render: Render = str
) -> bytes:
    """The visits starting from ``start`` to ``end`` (inclusive days in ``tz_name``, default
    this computer's zone) as an iCalendar file; ``CalendarExportError`` when there are none.
    Each event's title and description are ``render``ed Sentences: pass the GUI's
    ``user_text`` (or the CLI's ``message_text``) to write them in the user's language."""
    import icalendar

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
    window = (
        Visit.archived_at.is_(None),
        Visit.planned_start >= since,
        Visit.planned_start < until,
    )
    with db.session() as session:
        rows = session.execute(
            select(Visit, Account)
            .join(Account, Account.id == Visit.account_id)
            .where(*window)
            .order_by(Visit.planned_start, Visit.id)
        ).all()
        met: dict[uuid.UUID, list[str]] = {}
        for visit_id, name in session.execute(
            select(VisitContact.visit_id, Contact.name)
            .join(Contact, Contact.id == VisitContact.contact_id)
            .join(Visit, Visit.id == VisitContact.visit_id)
            .where(*window)
            .order_by(Contact.name)
        ):
            met.setdefault(visit_id, []).append(name)
    if not rows:
        raise CalendarExportError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "There are no visits from %1 to %2; nothing was written."
                ),
                start.isoformat(),
                end.isoformat(),
            )
        )
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add(
        "x-wr-calname", render(Sentence.of(QT_TRANSLATE_NOOP("messages", "acct-desktop visits")))
    )
    calendar.add("x-wr-timezone", zone.key)
    if not is_utc(zone):
        calendar.add_component(vtimezone(zone, start, end))
    for visit, account in rows:
        calendar.add_component(_event(visit, account, met.get(visit.id, []), zone, render))
    return calendar.to_ical()


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
    event.add("dtstart", visit.planned_start.astimezone(zone))
    event.add("dtend", visit.planned_end.astimezone(zone))
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
