"""Visits to and from iCalendar files: export for Outlook, re-import by UID, hostile files."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from acct_desktop.domain.enums import AccountKind, Channel, VisitPurpose, VisitStatus
from acct_desktop.services.visit_calendar_export import CalendarExportError, export_ics
from acct_desktop.services.visit_calendar_import import (
    CalendarImportError,
    ImportSummary,
    UnmatchedEvents,
    import_ics,
    visit_id_for,
)
from acct_desktop.services.visit_calendar_zones import vtimezone, zone_named
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, AuditEvent, Contact, Visit, VisitContact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
V1, V2, V3, V4 = (uuid.UUID(f"0b9f5f8e-1a7e-4c55-9d1c-2f7f3d1e0a0{n}") for n in range(1, 5))
OUTLOOK_NEW = (
    "040000008200E00074C5B7101A82E00800000000F0C1A3D2B4E8DA01000000000000000"
    "010000000A3C7E21B4D5F64C9A1B2C3D4E5F60718"
)


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A moment on the Amsterdam clock in 2026, as stored (UTC)."""
    return datetime(2026, month, day, hour, minute, tzinfo=AMSTERDAM).astimezone(UTC)


def three_customers(path: Path) -> Database:
    """Three customers (NL, VN, CN) and four visits: planned, planned, done, cancelled."""
    database = open_database(path)
    with database.session() as session:
        accounts = {}
        for code, name, country, street, city in (
            ("NL0001", "Smeerolie Brabant B.V.", "NL", "Kruisstraat 236", "Eindhoven"),
            ("VN0001", "Công ty TNHH Dầu nhớt Cửu Long", "VN", "Số 80 Phố Huế", "Hà Nội"),
            ("CN0001", "华润万家 广州配送中心", "CN", "白云区广园中路8号", "广州"),
        ):
            account = Account(
                code=code,
                name=name,
                kind=AccountKind.DISTRIBUTOR,
                channel=Channel.DISTRIBUTOR,
                country_code=country,
                street=street,
                city=city,
            )
            session.add(account)
            accounts[code] = account
        session.flush()
        buyer = Contact(account_id=accounts["CN0001"].id, name="王芳", influence=4)
        session.add(buyer)
        planned, done, cancelled = VisitStatus.PLANNED, VisitStatus.DONE, VisitStatus.CANCELLED
        october = at(20, 3, month=10)
        for visit_id, code, start, purpose, status in (
            (V1, "NL0001", at(4, 9), VisitPurpose.SERVICE, planned),
            (V2, "VN0001", at(5, 4), VisitPurpose.INSPECTION, planned),
            (V3, "CN0001", october, VisitPurpose.GUIDANCE, done),
            (V4, "NL0001", at(6, 14), VisitPurpose.SERVICE, cancelled),
        ):
            session.add(
                Visit(
                    id=visit_id,
                    account_id=accounts[code].id,
                    planned_start=start,
                    planned_end=start + timedelta(hours=1),
                    purpose=purpose,
                    status=status,
                    summary="库存充足" if status is VisitStatus.DONE else None,
                )
            )
        session.flush()
        session.add(VisitContact(visit_id=V3, contact_id=buyer.id))
    return database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = three_customers(tmp_path / "calendar.acctdb")
    yield database
    database.close()


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for all the sample files (each test checks what its file changed)."""
    database = three_customers(tmp_path_factory.mktemp("samples") / "calendar.acctdb")
    yield database
    database.close()


@pytest.fixture(scope="module")
def pristine_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The export of the untouched database: the same bytes for every fuzz example."""
    database = three_customers(tmp_path_factory.mktemp("pristine") / "calendar.acctdb")
    try:
        return export(database)
    finally:
        database.close()


def visits(db: Database) -> dict[uuid.UUID, tuple[datetime, datetime, VisitStatus, str]]:
    with db.session() as session:
        columns = (Visit.id, Visit.planned_start, Visit.planned_end, Visit.status, Account.code)
        rows = session.execute(select(*columns).join(Account, Account.id == Visit.account_id))
        return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]


def audit_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def export(db: Database) -> bytes:
    return export_ics(db, date(2026, 10, 1), date(2026, 11, 30), "Europe/Amsterdam")


# -- export ---------------------------------------------------------------------------------


def test_export_parses_back_to_the_same_visits_times_and_uids(db: Database) -> None:
    data = export(db)
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//acct-desktop//Visit calendar//EN"
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH"
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"{v}@acct-desktop" for v in (V1, V2, V3, V4)}
    stored = visits(db)
    for visit_id, (start, end, status, code) in stored.items():
        event = events[f"{visit_id}@acct-desktop"]
        assert event.start == start and event.end == end  # same instants
        assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert str(event["X-ACCT-ACCOUNT"]) == code
        expected = "CANCELLED" if status is VisitStatus.CANCELLED else "CONFIRMED"
        assert str(event["STATUS"]) == expected
    done = events[f"{V3}@acct-desktop"]
    assert str(done["SUMMARY"]) == "Guidance: 华润万家 广州配送中心"
    assert "王芳" in str(done["DESCRIPTION"]) and "CN0001" in str(done["DESCRIPTION"])
    assert [str(c) for c in done.categories] == ["Guidance"]  # the user's words
    assert str(done["X-ACCT-PURPOSE"]) == "guidance"  # the code, for the way back
    assert "广州" in str(done["LOCATION"])


def test_export_has_an_outlook_style_vtimezone_and_crlf_lines(db: Database) -> None:
    data = export(db)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(data)
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Amsterdam"
    text = timezone.to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RDATE" not in text
    assert max(len(line) for line in data.split(b"\r\n")) <= 75  # folded as RFC 5545 asks
    assert export(db) == data  # same database, same bytes


@pytest.mark.parametrize(
    "zone", ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Shanghai"]
)
def test_every_written_vtimezone_gives_the_zones_own_offsets(zone: str) -> None:
    component = vtimezone(ZoneInfo(zone), date(2026, 1, 1), date(2027, 12, 31))
    wrapped = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + component.to_ical() + b"END:VCALENDAR\r\n"
    parsed = icalendar.Calendar.from_ical(wrapped).walk("VTIMEZONE")[0].to_tz()
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    while moment.year < 2028:
        assert (
            moment.astimezone(parsed).utcoffset() == moment.astimezone(ZoneInfo(zone)).utcoffset()
        )
        moment += timedelta(hours=7)


def test_export_of_an_empty_range_or_a_bad_zone_is_refused(db: Database) -> None:
    with pytest.raises(CalendarExportError, match="no visits"):
        export_ics(db, date(2030, 1, 1), date(2030, 1, 31), "Europe/Amsterdam")
    with pytest.raises(CalendarExportError, match="not a time zone"):
        export_ics(db, date(2026, 11, 1), date(2026, 11, 30), "Mars/Olympus")
    with pytest.raises(CalendarExportError, match="before the first day"):
        export_ics(db, date(2026, 11, 30), date(2026, 11, 1), "UTC")


# -- re-import ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [  # Amsterdam, 25 Oct 2026: 02:00–03:00 comes twice (CEST, then CET)
        (datetime(2026, 10, 25, 1, 15, tzinfo=UTC), datetime(2026, 10, 25, 2, 30, tzinfo=UTC)),
        (datetime(2026, 10, 25, 0, 45, tzinfo=UTC), datetime(2026, 10, 25, 1, 15, tzinfo=UTC)),
        (datetime(2026, 10, 24, 23, 30, tzinfo=UTC), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
    ],
)
def test_a_visit_in_the_hour_the_clocks_go_back_reads_back_at_its_own_time(
    db: Database, start: datetime, end: datetime
) -> None:
    """Written as local time, 02:15 after the change read back as 02:15 before it (an hour
    early), and a visit from 02:45 CEST to 02:15 CET ended before it began."""
    with db.session() as session:
        visit = session.get(Visit, V1)
        assert visit is not None
        visit.planned_start, visit.planned_end = start, end
    before = visits(db)
    data = export(db)
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    event = events[f"{V1}@acct-desktop"]
    assert (event.start, event.end) == (start, end)
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert summary == ImportSummary(updated=0, created=0, unchanged=4, skipped=())
    assert visits(db) == before


def test_reimporting_our_own_export_changes_nothing_and_duplicates_nothing(db: Database) -> None:
    before = visits(db)
    summary = import_ics(db, export(db), "tester", tz_name="Europe/Amsterdam")
    assert summary == ImportSummary(updated=0, created=0, unchanged=4, skipped=())
    assert visits(db) == before


def test_a_moved_event_moves_its_planned_visit_by_uid(db: Database) -> None:
    data = export(db).decode()
    moved = data.replace("20261104T090000", "20261104T113000").replace(
        "20261104T100000", "20261104T123000"
    )
    summary = import_ics(db, moved.encode(), "tester", tz_name="Europe/Amsterdam")
    assert (summary.updated, summary.created, summary.unchanged) == (1, 0, 3)
    start, end, status, _code = visits(db)[V1]
    assert (start, end, status) == (at(4, 11, 30), at(4, 12, 30), VisitStatus.PLANNED)
    assert len(visits(db)) == 4
    again = import_ics(db, moved.encode(), "tester", tz_name="Europe/Amsterdam")
    assert (again.updated, again.unchanged) == (0, 4)


def test_an_outlook_2016_reexport_imports(db: Database) -> None:
    audits = audit_count(db)
    data = (FIXTURES / "outlook2016_reexport.ics").read_bytes()
    before = visits(db)
    # an event whose account is not found refuses the file (all or nothing, QA s23) …
    with pytest.raises(UnmatchedEvents) as refused:
        import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert visits(db) == before and audit_count(db) == audits
    assert refused.value.events and all(e.line for e in refused.value.events)
    assert str(refused.value).startswith("The calendar was not imported: ")
    # … unless the user says to skip them
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam", skip_unmatched=True)
    assert (summary.updated, summary.created, summary.unchanged) == (2, 1, 1)
    reasons = {s.title: s.reason for s in summary.skipped}
    assert set(reasons) == {"Sint-Maarten (vrij)", "Weekoverleg verkoop", "Lunch"}
    assert "all-day" in reasons["Sint-Maarten (vrij)"]
    assert "repeats" in reasons["Weekoverleg verkoop"]
    assert "names no account" in reasons["Lunch"]
    now = visits(db)
    assert now[V1][:3] == (at(4, 10, 30), at(4, 11, 30), VisitStatus.PLANNED)  # W. Europe time
    assert now[V2][2] is VisitStatus.CANCELLED
    assert now[V3][2] is VisitStatus.DONE
    created = now[visit_id_for(OUTLOOK_NEW)]
    assert created == (at(10, 14), at(10, 15), VisitStatus.PLANNED, "NL0001")
    assert audit_count(db) > audits
    # Outlook keeps its UIDs: the same file again creates no second visit
    again = import_ics(db, data, "tester", tz_name="Europe/Amsterdam", skip_unmatched=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert len(visits(db)) == 5


def test_events_without_a_zone_all_day_or_unknown_zones_are_handled(db: Database) -> None:
    def calendar(*events: str) -> bytes:
        body = "".join(f"BEGIN:VEVENT\n{e}\nEND:VEVENT\n" for e in events)
        return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n{body}END:VCALENDAR\n".encode()

    data = calendar(
        "UID:a\nSUMMARY:Floating\nX-ACCT-ACCOUNT:VN0001\nDTSTART:20261112T090000\nDURATION:PT90M",
        "UID:b\nSUMMARY:UTC\nLOCATION:bij CN0001\nDTSTART:20261112T080000Z",
        "UID:c\nSUMMARY:Mars\nX-ACCT-ACCOUNT:VN0001\nDTSTART;TZID=Mars/Olympus:20261112T090000",
        "UID:d\nSUMMARY:Ghost\nX-ACCT-ACCOUNT:XX9999\nDTSTART:20261112T090000Z",
        "UID:e\nSUMMARY:Two\nLOCATION:NL0001 or VN0001\nDTSTART:20261112T090000Z",
        "UID:f\nSUMMARY:Backwards\nX-ACCT-ACCOUNT:VN0001\nDTSTART:20261112T090000Z\n"
        "DTEND:20261112T080000Z",
    )
    summary = import_ics(db, data, "tester", tz_name="Asia/Ho_Chi_Minh", skip_unmatched=True)
    assert summary.created == 2
    reasons = {s.uid: s.reason for s in summary.skipped}
    assert "Mars/Olympus" in reasons["c"]
    assert "XX9999" in reasons["d"] and "does not exist" in reasons["d"]
    assert "several accounts (NL0001, VN0001)" in reasons["e"]
    assert "ends before it starts" in reasons["f"]
    floating = visits(db)[visit_id_for("a")]
    hanoi = ZoneInfo("Asia/Ho_Chi_Minh")
    assert floating[0] == datetime(2026, 11, 12, 9, tzinfo=hanoi)  # the user's clock
    assert floating[1] - floating[0] == timedelta(minutes=90)
    utc = visits(db)[visit_id_for("b")]
    assert utc[0] == datetime(2026, 11, 12, 8, tzinfo=UTC) and utc[3] == "CN0001"
    assert utc[1] - utc[0] == timedelta(hours=1)  # no end given: one hour


def test_lf_only_and_folded_lines_read_like_crlf(db: Database) -> None:
    data = export(db).replace(b"\r\n", b"\n")
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert (summary.unchanged, summary.skipped) == (4, ())


# -- hostile files --------------------------------------------------------------------------


SAMPLES = sorted(
    p for p in (FIXTURES / "shared").rglob("*") if p.is_file() and "LICEN" not in p.name.upper()
)


def test_the_shared_samples_are_all_here() -> None:
    assert len(SAMPLES) > 350


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: str(p.relative_to(FIXTURES / "shared")))
def test_every_sample_file_imports_or_is_refused_in_a_sentence(
    samples_db: Database, path: Path
) -> None:
    db = samples_db
    before = visits(db)
    try:
        summary = import_ics(db, path.read_bytes(), "tester", tz_name="Europe/Amsterdam")
    except CalendarImportError as exc:
        message = str(exc)
        assert message[0].isupper() and message.endswith(".") and "\n" not in message
        assert visits(db) == before
        return
    assert isinstance(summary, ImportSummary)
    for skipped in summary.skipped:
        assert skipped.reason and "\n" not in skipped.reason
    assert len(visits(db)) == len(before) + summary.created


_LINES = st.sampled_from(
    b"|END:VEVENT|BEGIN:VEVENT|DTSTART:2026|DTSTART;TZID=Nowhere:20261104T0900|UID:"
    b"|RRULE:FREQ=DAILY|DTEND:19000101T000000Z| folded|\x00\xff\xfe|STATUS:CANCELLED"
    b"|X-ACCT-ACCOUNT:NL0001|DURATION:P9999W|END:VCALENDAR|BEGIN:VCALENDAR".split(b"|")
)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    lines = original.split(b"\r\n")
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        action = draw(st.sampled_from(["drop", "insert", "replace", "cut", "bytes"]))
        if action == "drop" and lines:
            del lines[index]
        elif action == "insert":
            lines.insert(index, draw(_LINES))
        elif action == "replace" and lines:
            lines[index] = draw(_LINES)
        elif action == "cut" and lines:
            line = lines[index]
            lines[index] = line[: draw(st.integers(0, len(line)))]
        elif lines:
            lines[index] = lines[index] + draw(st.binary(max_size=12))
    return b"\r\n".join(lines)


@pytest.mark.filterwarnings("ignore")
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_files_never_fail_any_other_way_nor_write_on_failure(
    db: Database, pristine_export: bytes, data: st.DataObject
) -> None:
    damaged = data.draw(mutated(pristine_export))  # db changes between examples; this not
    before, audits = visits(db), audit_count(db)
    try:
        summary = import_ics(db, damaged, "fuzz", tz_name="Europe/Amsterdam")
    except CalendarImportError:
        assert (visits(db), audit_count(db)) == (before, audits)
        return
    assert len(visits(db)) == len(before) + summary.created


# -- damage stays where it is, and is said by line ------------------------------------------

SHARED_SAMPLES = FIXTURES / "shared"


def calendar_text(*blocks: str) -> bytes:
    """A calendar of ``blocks`` (components as text, LF lines), CRLF like Outlook writes."""
    body = "\n".join(b.strip("\n") for b in blocks)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n{body}\nEND:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


MOVED = "BEGIN:VEVENT\nUID:{v1}@acct-desktop\nSUMMARY:Moved\nDTSTART:20261104T100000Z\nEND:VEVENT"


def test_an_event_whose_start_cannot_be_read_is_skipped_with_its_line_and_the_rest_imports(
    db: Database,
) -> None:
    data = calendar_text(
        "BEGIN:VTODO\nUID:todo\nDTSTART:-0011130T100000\nEND:VTODO",  # a to-do: never read
        "BEGIN:VEVENT\nUID:broken\nSUMMARY:Boeing\nDTSTAMP:20060717T080000Z\n"
        "DTSTART:2006717T080000Z\nEND:VEVENT",
        MOVED.format(v1=V1),
    )
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert (summary.updated, summary.notes) == (1, ())
    assert visits(db)[V1][0] == datetime(2026, 11, 4, 10, tzinfo=UTC)
    (skipped,) = summary.skipped
    assert skipped.line == 12  # DTSTART's line, not the event's
    assert skipped.describe() == (
        "“Boeing” (line 12): its start “2006717T080000Z” is not a date and time; write it as "
        "20060717T080000Z"
    )


def test_a_start_that_cannot_be_mended_says_how_to_write_one(db: Database) -> None:
    data = calendar_text(
        "BEGIN:VEVENT\nUID:twinkle\nDTSTART:-0011130T100000\nDTEND:20261104T1000\nEND:VEVENT",
        "BEGIN:VEVENT\nUID:long\nDTSTART:20261104T100000Z\nDURATION:PT1H30\nEND:VEVENT",
    )
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    said = [s.describe() for s in summary.skipped]
    assert said[0].startswith("twinkle (line 6): its start “-0011130T100000” is not a date")
    assert "like 20261124T093000 (with Z at the end for UTC)" in said[0]
    assert said[1] == (
        "long (line 12): its duration “PT1H30” cannot be read; write it like PT1H30M "
        "(one and a half hours)"
    )


def test_a_time_zone_with_a_date_only_change_is_left_out_by_line_with_its_events(
    db: Database,
) -> None:
    zone = (SHARED_SAMPLES / "ical.js/samples/timezones/Makebelieve/RDATE_test.ics").read_text()
    zone_block = zone[zone.index("BEGIN:VTIMEZONE") : zone.index("END:VTIMEZONE") + 13]
    data = calendar_text(
        zone_block,  # its RDATE;VALUE=DATE is on line 13 of this file too
        "BEGIN:VEVENT\nUID:uses\nSUMMARY:Make-believe\n"
        "DTSTART;TZID=Makebelieve/RDATE_as_date:20261104T100000\nEND:VEVENT",
        MOVED.format(v1=V1),
    )
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert summary.updated == 1
    assert summary.notes == (
        "line 13: the time zone “Makebelieve/RDATE_as_date” gives a change as a day without a "
        "time (RDATE;VALUE=DATE); a change of time needs a date and a time, like "
        "19701025T030000; it was left out, and so were the events that use it",
    )
    (skipped,) = summary.skipped
    assert skipped.describe() == (
        "“Make-believe” (line 29): uses the time zone “Makebelieve/RDATE_as_date”, which "
        "cannot be read (line 13)"
    )


def test_a_time_zone_no_event_uses_costs_nothing_but_a_note(db: Database) -> None:
    path = SHARED_SAMPLES / "ical.js/samples/timezones/Makebelieve/RDATE_test.ics"
    summary = import_ics(db, path.read_bytes(), "tester", tz_name="Europe/Amsterdam")
    assert (summary.updated, summary.created, summary.skipped) == (0, 0, ())
    (note,) = summary.notes
    assert note.startswith("line 13: the time zone “Makebelieve/RDATE_as_date” gives a change")
    assert note.endswith("it was left out (no event uses it)")


def test_a_blank_tzid_leaves_its_zone_and_events_out_instead_of_guessing_the_clock(
    db: Database,
) -> None:
    path = SHARED_SAMPLES / "ical4j/src/test/resources/samples/valid/blankTzid.ics"
    before = visits(db)
    summary = import_ics(db, path.read_bytes(), "tester", tz_name="Europe/Amsterdam")
    assert visits(db) == before
    assert summary.notes == (
        "line 6: a time zone has no name (TZID); it was left out, and so were the events that "
        "use it",
    )
    (skipped,) = summary.skipped
    assert skipped.line == 27
    assert "in a time zone without a name (TZID=)" in skipped.reason


def test_a_damaged_attachment_on_the_calendar_does_not_stop_the_import(db: Database) -> None:
    path = SHARED_SAMPLES / "ical.js/test/parser/base64.ics"
    broken = path.read_text().replace("END:VCALENDAR", MOVED.format(v1=V1) + "\nEND:VCALENDAR")
    summary = import_ics(db, broken.encode(), "tester", tz_name="Europe/Amsterdam")
    assert (summary.updated, summary.skipped, summary.notes) == (1, (), ())


@pytest.mark.parametrize(
    ("sample", "words"),
    [
        ("ical.js/samples/timezones/Makebelieve/RDATE_test.ics", "line 13: the time zone"),
        ("ical.js/test/parser/base64.ics", None),
        ("ical4j/src/test/resources/samples/invalid/boeing.ics", None),
        ("ical4j/src/test/resources/samples/invalid/twinkle.ics", None),
        ("ical4j/src/test/resources/samples/valid/blankTzid.ics", "line 6: a time zone"),
    ],
)
def test_the_five_files_once_refused_in_the_librarys_words_now_import(
    db: Database, sample: str, words: str | None
) -> None:
    summary = import_ics(
        db,
        (SHARED_SAMPLES / sample).read_bytes(),
        "tester",
        tz_name="Europe/Amsterdam",
        skip_unmatched=True,
    )
    assert [n[: len(words)] for n in summary.notes] == ([words] if words else [])
    for skipped in summary.skipped:
        assert skipped.line is not None and skipped.describe().count("(line ") >= 1


def test_a_cut_off_file_keeps_the_whole_events_and_says_where_it_was_cut(db: Database) -> None:
    whole = calendar_text(MOVED.format(v1=V1), "BEGIN:VEVENT\nUID:cut\nDTSTART:2026")
    data = whole[: whole.index(b"END:VCALENDAR")]
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert summary.updated == 1
    assert [s.describe() for s in summary.skipped] == [
        "cut (line 9): has no END:VEVENT line (the file may be cut off); it was left out"
    ]
    assert summary.notes == (
        "line 1: the calendar has no END:VCALENDAR line, so the file may be cut off; the events "
        "before the cut were read",
    )


def test_folded_lines_are_counted_from_where_the_property_starts(db: Database) -> None:
    data = calendar_text(
        "BEGIN:VEVENT\nUID:folded\nDESCRIPTION:one\n  two\n  three\nDTSTART:20261\n 14T0900\n"
        "END:VEVENT"
    )
    (skipped,) = import_ics(db, data, "tester", tz_name="Europe/Amsterdam").skipped
    assert skipped.line == 9 and "“2026114T0900”" in skipped.reason


def test_an_end_without_its_begin_is_said_and_nothing_before_it_is_taken_for_an_event(
    db: Database,
) -> None:
    data = calendar_text("UID:orphan\nDTSTART:20261104T100000Z\nEND:VEVENT", MOVED.format(v1=V1))
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert summary.updated == 1 and summary.skipped == ()
    assert summary.notes == (
        "line 6: END:VEVENT without a BEGIN:VEVENT before it; the lines before it were not read "
        "as an event",
    )


@pytest.mark.parametrize(
    ("written", "mended"),
    [
        ("2006717T080000Z", "20060717T080000Z"),
        ("2026124T0930", ""),  # 24 January or 4 December? and the time has no seconds
        ("20261311T093000", ""),
        ("-0011130T100000", ""),
    ],
)
def test_a_date_missing_a_leading_zero_is_mended_only_when_one_reading_is_a_day(
    written: str, mended: str
) -> None:
    from acct_desktop.services.visit_calendar_reading import suggested_date_time

    assert suggested_date_time(written) == mended


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh"),
        ("SE Asia Standard Time", "Asia/Bangkok"),  # Outlook's name on a Vietnamese laptop
        ("w. europe standard time", "Europe/Berlin"),
        (" China Standard Time ", "Asia/Shanghai"),
    ],
)
def test_an_export_takes_a_windows_zone_name_as_the_import_does(name: str, key: str) -> None:
    assert zone_named(name, CalendarExportError).key == key


def test_a_name_that_is_no_zone_is_refused_in_a_sentence() -> None:
    with pytest.raises(CalendarExportError, match="is not a time zone name"):
        zone_named("Mars Standard Time", CalendarExportError)


def _event(uid: str, summary: str, location: str = "", day: int = 20) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:202611{day}T090000Z\r\n"
        f"DTEND:202611{day}T100000Z\r\nSUMMARY:{summary}\r\nLOCATION:{location}\r\n"
        "END:VEVENT\r\n"
    )


def test_an_event_finds_its_account_by_exact_name_in_its_title_or_location(
    db: Database,
) -> None:
    """QA s23: "Visit Wood Corner" at "Wood Corner, 1839 Arbor Way" was skipped (codes only)
    and the import exited 0 with 1 of 3 events; an account's exact name (unique) is found
    in the title or a part of the location, and an unmatched event refuses the file."""
    with db.session() as session:
        names = dict(session.execute(select(Account.code, Account.name)).all())
    code, name = next(iter(names.items()))
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + _event("n1@x", f"Visit {name}")
        + _event("n2@x", "Bezoek", f"{name}, Hoofdstraat 1", 21)
        + _event("n3@x", "Lunch with nobody", "", 22)
        + "END:VCALENDAR\r\n"
    ).encode()
    before = visits(db)
    with pytest.raises(UnmatchedEvents) as refused:
        import_ics(db, data, "tester", tz_name="Europe/Amsterdam")
    assert [(e.title, e.line) for e in refused.value.events] == [("Lunch with nobody", 17)]
    assert visits(db) == before
    summary = import_ics(db, data, "tester", tz_name="Europe/Amsterdam", skip_unmatched=True)
    assert summary.created == 2
    now = visits(db)
    assert now[visit_id_for("n1@x")][3] == now[visit_id_for("n2@x")][3] == code
