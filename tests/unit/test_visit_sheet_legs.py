"""The printed route sheet marks a day that cannot be kept as printed: a stop that overlaps
the one under way, and a stop the drive from the one before cannot reach in time — ⚠ and
words, by the planner's own travel rule, read back from the PDF with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from acct_desktop.domain import enums as e
from acct_desktop.domain.geo import estimated_drive, haversine_km
from acct_desktop.domain.visit_legs import LegTrouble
from acct_desktop.reporting.visit_sheet_pdf import build_visit_sheets_pdf
from acct_desktop.services.visit_sheets import gather_visit_sheets
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database

TUESDAY = date(2026, 12, 1)
ARNHEM, EINDHOVEN, VELP = (51.9851, 5.8987), (51.4416, 5.4697), (51.9952, 5.9728)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing"
)


def _visit(db: Database, code: str, where: tuple[float, float], begins: str, ends: str) -> None:
    with db.session() as s:
        account = m.Account(
            code=code,
            name=f"Wegwijs Tankstations {code}",
            kind=e.AccountKind.STORE,
            channel=e.Channel.CHAIN_STORE,
            tier=e.Tier.B,
            country_code="NL",
            city="Arnhem",
            street="Velperweg 12",
            latitude=where[0],
            longitude=where[1],
            currency="EUR",
        )
        s.add(account)
        s.flush()

        def moment(hhmm: str) -> datetime:
            hour, minute = map(int, hhmm.split(":"))
            return datetime(2026, 12, 1, hour, minute, tzinfo=AMSTERDAM).astimezone(UTC)

        s.add(
            m.Visit(
                account_id=account.id,
                planned_start=moment(begins),
                planned_end=moment(ends),
                purpose=e.VisitPurpose.SERVICE,
                status=e.VisitStatus.PLANNED,
            )
        )


@pytest.fixture
def tuesday(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The tester's Tuesday: stops 1 and 2 overlap; stop 3 ends 12:15 in Arnhem and stop 4
    starts 13:15 in Eindhoven, much more than an hour's drive away."""
    db = open_database(tmp_path / "tuesday.acctdb")
    for code, where, begins, ends in (
        ("AR-1", ARNHEM, "09:15", "10:45"),
        ("AR-2", VELP, "09:30", "10:30"),
        ("AR-3", ARNHEM, "11:15", "12:15"),
        ("EI-4", EINDHOVEN, "13:15", "14:15"),
        ("AR-5", ARNHEM, "16:30", "17:00"),
    ):
        _visit(db, code, where, begins, ends)
    yield db
    db.close()


def _text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "route.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


def test_the_route_sheet_knows_which_stops_cannot_be_kept(tuesday: Database) -> None:
    sheets = gather_visit_sheets(tuesday, TUESDAY, today=TUESDAY, speed_kmh=50)
    (day,) = sheets.days
    troubles = [s.trouble and (s.trouble.trouble, s.trouble.before) for s in day.stops]
    assert troubles == [None, (LegTrouble.OVERLAP, 0), None, (LegTrouble.TOO_FAR, 2), None]
    assert day.troubled == 2
    fourth = day.stops[3]
    # the drive printed beside the stop is the one the warning weighs (one rule)
    assert fourth.trouble is not None and fourth.minutes_from_previous == (
        fourth.trouble.drive_minutes
    )
    drive = estimated_drive(haversine_km(*ARNHEM, *EINDHOVEN), 50)
    assert (fourth.trouble.drive_minutes, fourth.trouble.free_minutes) == (drive.minutes, 60)


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "nl",
            (
                "⚠ Tijden nakijken: 2",
                "⚠ Overlapt met stop 1 (09:15–10:45)",
                "⚠ Niet op tijd te halen vanaf stop 3: {drive} rijden, 1 u 00 min ertussen",
            ),
        ),
        (
            "vi",
            (
                "⚠ Cần xem lại giờ: 2 điểm",
                "⚠ Trùng giờ với điểm 1 (09:15–10:45)",
                "⚠ Không kịp đến từ điểm 3: lái xe {drive}, chỉ có 1 giờ 00 phút",
            ),
        ),
        (
            "en",
            (
                "⚠ Times to check: 2",
                "⚠ Overlaps stop 1 (09:15–10:45)",
                "⚠ Cannot be reached in time from stop 3: {drive} drive, 1 h 00 min between",
            ),
        ),
    ],
)
def test_the_printed_route_says_so_with_a_warning_sign(
    tuesday: Database, tmp_path: Path, language: str, said: tuple[str, ...]
) -> None:
    sheets = gather_visit_sheets(
        tuesday, TUESDAY, today=TUESDAY, speed_kmh=50, route_language=language
    )
    minutes = estimated_drive(haversine_km(*ARNHEM, *EINDHOVEN), 50).minutes
    units = {"nl": "{h} u {m:02d} min", "vi": "{h} giờ {m:02d} phút", "en": "{h} h {m:02d} min"}
    drive = units[language].format(h=minutes // 60, m=minutes % 60)
    page = _text(build_visit_sheets_pdf(sheets), tmp_path)
    for words in said:
        assert words.format(drive=drive) in page, (words, page)
    assert page.count("⚠") == 4  # the day's count, two stops, the drive that is too long


@needs_pdftotext
def test_a_day_that_can_be_kept_carries_no_warning(tuesday: Database, tmp_path: Path) -> None:
    with tuesday.session() as s:  # stop 4 at 15:00, stop 2 and the way back cancelled
        visits = {v.account.code: v for v in s.query(m.Visit)}
        visits["EI-4"].planned_start += timedelta(minutes=105)
        visits["EI-4"].planned_end += timedelta(minutes=105)
        visits["AR-2"].status = visits["AR-5"].status = e.VisitStatus.CANCELLED
    sheets = gather_visit_sheets(tuesday, TUESDAY, today=TUESDAY, speed_kmh=50)
    assert sheets.days[0].troubled == 0
    assert "⚠" not in _text(build_visit_sheets_pdf(sheets), tmp_path)
