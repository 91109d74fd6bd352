"""Big calendar files: an import cancelled half way writes nothing; a file that is no
calendar is refused after its first bytes, one larger than the import reads unread; an
export that would be larger than the import reads is refused. (Our own export of more
than 20 MB reading back, in bounded memory: tests/e2e/test_visit_calendar_size_cli.py.)"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.services import visit_calendar_export
from acct_desktop.services.visit_calendar_export import (
    CalendarExportError,
    export_ics_file,
    visits_to_export,
)
from acct_desktop.services.visit_calendar_import import CalendarImportError, import_ics
from acct_desktop.services.visit_calendar_reading import HEAD_BYTES, MAX_FILE_BYTES
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import AuditEvent, Visit
from tests.unit.test_visit_calendar_ics import three_customers
from tests.unit.visit_bulk import PERIOD, add_visits

VISITS = 2_000  # half of them done, with a report


class Cancelled(Exception):
    """What a progress dialog's Cancel raises."""


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    """A database with 2,000 more visits and its export (written once for the module)."""
    folder = tmp_path_factory.mktemp("big")
    db = three_customers(folder / "big.acctdb")
    add_visits(db, VISITS)
    path = folder / "visits.ics"
    assert export_ics_file(db, path, *PERIOD, "Europe/Amsterdam") == VISITS + 4
    yield db, path
    db.close()


def audit_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_a_big_file_cancelled_half_way_changes_nothing_and_read_whole_changes_all(
    big: tuple[Database, Path], tmp_path: Path
) -> None:
    _db, path = big
    copy = tmp_path / "copy.acctdb"
    shutil.copyfile(path.with_name("big.acctdb"), copy)
    db = open_database(copy)
    cancelled = tmp_path / "cancelled.ics"  # Outlook cancelled every planned visit
    cancelled.write_bytes(path.read_bytes().replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED"))
    before = audit_count(db)
    reported: list[tuple[int, int]] = []

    def cancel_half_way(done: int, total: int) -> None:
        reported.append((done, total))
        if done > total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_ics(db, cancelled, "tester", tz_name="Europe/Amsterdam", progress=cancel_half_way)
    assert reported[-1][1] == cancelled.stat().st_size
    assert audit_count(db) == before and statuses(db)[VisitStatus.CANCELLED] == 1
    summary = import_ics(db, cancelled, "tester", tz_name="Europe/Amsterdam")
    assert summary.updated == VISITS // 2 + 2  # and the two planned visits of the three
    assert statuses(db)[VisitStatus.CANCELLED] == VISITS // 2 + 3
    db.close()


def statuses(db: Database) -> dict[VisitStatus, int]:
    with db.session() as session:
        rows = session.execute(select(Visit.status, func.count()).group_by(Visit.status))
        return dict(rows.all())  # type: ignore[arg-type]


def test_a_file_that_is_no_calendar_is_refused_after_its_first_bytes(tmp_path: Path) -> None:
    if not Path("/proc/self/io").exists():
        pytest.skip("counts the bytes read in /proc/self/io (Linux)")
    db = three_customers(tmp_path / "x.acctdb")
    video = tmp_path / "holiday.ics"
    with video.open("wb") as out:  # 200 MB: a video, a dump given the wrong name
        out.write(b"\x00\x00\x00\x20ftypisom" + os.urandom(HEAD_BYTES))
        out.truncate(200 * 1024 * 1024)

    def bytes_read() -> int:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
        return int(fields["rchar"])

    before = bytes_read()
    with pytest.raises(CalendarImportError, match="no calendar"):
        import_ics(db, video, "tester")
    assert bytes_read() - before < 4 * HEAD_BYTES
    db.close()


def test_a_file_larger_than_the_import_reads_is_refused_unread(tmp_path: Path) -> None:
    db = three_customers(tmp_path / "x.acctdb")
    huge = tmp_path / "dump.ics"
    with huge.open("wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\n")
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(CalendarImportError, match="larger than 256 MB"):
        import_ics(db, huge, "tester")
    db.close()


def test_an_export_larger_than_the_import_reads_is_refused_and_leaves_no_file(
    big: tuple[Database, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, path = big
    assert visits_to_export(db, *PERIOD) == VISITS + 4
    # the same check at a limit the test can reach: the export stops at it
    monkeypatch.setattr(visit_calendar_export, "MAX_FILE_BYTES", path.stat().st_size - 1)
    out = tmp_path / "too-big.ics"
    with pytest.raises(CalendarExportError, match="export a shorter period"):
        export_ics_file(db, out, *PERIOD, "Europe/Amsterdam")
    assert list(tmp_path.iterdir()) == []


def test_lines_longer_than_the_first_64_kb_keep_every_line_number(tmp_path: Path) -> None:
    db = three_customers(tmp_path / "x.acctdb")
    attachment = "X-ATTACH:" + "QUJD" * HEAD_BYTES  # 256 KB on one line, as some tools write
    path = tmp_path / "long.ics"
    path.write_text(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                attachment,
                "BEGIN:VTIMEZONE",  # line 3
                "TZID:",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",  # line 6
                "UID:fair",
                "SUMMARY:Beurs",
                "DTSTART;VALUE=DATE:20261110",
                "END:VEVENT",
                "END:VEVENT",  # line 11
                "END:VCALENDAR",
            ]
        ),
        encoding="utf-8",
    )
    summary = import_ics(db, path, "tester", tz_name="Europe/Amsterdam")
    assert [s.describe() for s in summary.skipped] == [
        "“Beurs” (line 9): is an all-day event; give it a start and end time to import it as "
        "a visit"
    ]
    assert [str(note)[:8] for note in summary.notes] == ["line 4: ", "line 11:"]
    db.close()
