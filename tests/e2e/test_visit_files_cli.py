"""``print visit-sheets``, ``export visits`` and ``import visits`` in a subprocess on the S demo.

Until cli.py routes these commands, the tests drive the same ``add_*``/``run`` functions
through a small argparse front end shaped like cli.py's (``DRIVER``); once ``acct-desktop
print --help`` lists ``visit-sheets`` they run the real ``python -m acct_desktop``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import icalendar
from pypdf import PdfReader

from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from tests.conftest import DEMO_TODAY

FIRST_DAY = "2026-11-03"  # the demo plans visits on the days after DEMO_TODAY
LAST_DAY = "2026-11-04"
VCARD = Path(__file__).resolve().parent.parent / "fixtures" / "vcards" / "gmail_30.vcf"
DRIVER = """
import argparse, sys
from pathlib import Path
from acct_desktop import visit_calendar_cli, visit_sheets_cli
from acct_desktop.cli_arguments import OutPath

parser = argparse.ArgumentParser(prog="acct-desktop")
parser.add_argument("--lang")
sub = parser.add_subparsers(dest="command", required=True)
what = sub.add_parser("print").add_subparsers(dest="print_what", required=True)
visit_sheets_cli.add_print_parser(what)
imp = sub.add_parser("import")
imp.add_argument("what", choices=visit_calendar_cli.IMPORT_CHOICES)
imp.add_argument("file", type=Path)
imp.add_argument("--db", required=True)
visit_calendar_cli.add_import_options(imp)
exp = sub.add_parser("export")
exp.add_argument("what", choices=visit_calendar_cli.EXPORT_CHOICES)
exp.add_argument("--format", dest="fmt", choices=("csv", "xlsx", "vcf"))
exp.add_argument("--out", required=True, type=OutPath)
exp.add_argument("--db", required=True)
visit_calendar_cli.add_export_options(exp)
args = parser.parse_args()
run = visit_sheets_cli.run if args.command == "print" else visit_calendar_cli.run
sys.exit(run(args))
"""


@functools.cache
def _wired() -> bool:
    """Whether cli.py already routes ``print visit-sheets`` (and so the visits commands)."""
    shown = subprocess.run(
        [sys.executable, "-m", "acct_desktop", "print", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return "visit-sheets" in shown.stdout


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = ["-m", "acct_desktop"] if _wired() else ["-c", DRIVER]
    return subprocess.run(
        [sys.executable, *command, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- print visit-sheets -----------------------------------------------------------------------


def test_print_visit_sheets_for_two_days(demo_db: Path, tmp_path: Path) -> None:
    db, out = str(demo_db), tmp_path / "sheets.pdf"
    args = ("print", "visit-sheets", "--date", FIRST_DAY, "--to", LAST_DAY, "--tz", "UTC")
    done = cli(*args, "--out", str(out), "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    routes = sum(
        t in text for t in ("Lộ trình viếng thăm", "拜访路线", "Visit route")
    ) + text.count("\nRoute")
    assert routes >= 1
    assert any(title in text for title in ("Phiếu viếng thăm", "拜访记录表", "Bezoekformulier"))
    again = tmp_path / "again.pdf"
    cli(*args, "--out", str(again), "--db", db, cwd=tmp_path)
    assert again.read_bytes() == out.read_bytes()  # same database, same bytes


def test_print_only_my_visit_sheets_needs_my_name_and_prints_my_routes(
    demo_db: Path, tmp_path: Path
) -> None:
    args = ("print", "visit-sheets", "--date", FIRST_DAY, "--to", LAST_DAY, "--tz", "UTC")
    out = tmp_path / "mine.pdf"
    mine = (*args, "--mine", "--out", str(out), "--db", str(demo_db))
    refused(cli(*mine, cwd=tmp_path), "--mine needs your name")
    assert not out.exists()
    with sqlite3.connect(demo_db) as con:  # the demo user: the manager of the busiest region
        (manager,) = con.execute(
            "SELECT t.manager_name FROM visit v JOIN account a ON a.id = v.account_id "
            "JOIN territory t ON t.id = a.territory_id WHERE v.status = 'planned' "
            "GROUP BY t.manager_name ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    save_manager_profile(ManagerProfile(name=manager, organisation="Acme"))
    done = cli(*mine, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    everyone = tmp_path / "everyone.pdf"
    assert cli(*args, "--out", str(everyone), "--db", str(demo_db), cwd=tmp_path).returncode == 0
    assert 0 < len(reader.pages) <= len(PdfReader(everyone).pages)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert manager in text


def test_print_into_a_folder_names_the_file_by_date(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    done = cli(
        "print",
        "visit-sheets",
        "--date",
        FIRST_DAY,
        "--out",
        str(folder),
        "--db",
        str(demo_db),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == folder / f"visit-sheets-{FIRST_DAY}.pdf"


def test_the_app_wide_lang_gives_the_route_sheets_their_language(
    demo_db: Path, tmp_path: Path
) -> None:
    """``acct-desktop --lang zh print visit-sheets``: the route sheet (the manager's) in
    Chinese; ``--route-language`` still wins. Each visit's sheet stays in its customer's."""
    args = ("print", "visit-sheets", "--date", FIRST_DAY, "--tz", "UTC", "--db", str(demo_db))
    for app_wide, own, title in (
        ("zh", (), "拜访路线"),
        ("vi", (), "Lộ trình viếng thăm"),
        ("zh", ("--route-language", "vi"), "Lộ trình viếng thăm"),
    ):
        out = tmp_path / f"{app_wide}-{len(own)}.pdf"
        done = cli("--lang", app_wide, *args, *own, "--out", str(out), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        first_page = PdfReader(out).pages[0].extract_text()
        assert title in first_page, (app_wide, own)


def test_without_lang_the_route_sheet_follows_the_saved_then_the_system_language(
    demo_db: Path, tmp_path: Path, monkeypatch
) -> None:
    """No ``--lang``: the route sheet is in the language chosen in the app (View →
    Language, kept in the settings file), else the system's — never the customers' by
    default."""
    args = ("print", "visit-sheets", "--date", FIRST_DAY, "--tz", "UTC", "--db", str(demo_db))
    settings = tmp_path / "config" / "acct-desktop" / "acct-desktop.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[ui]\nlanguage=vi\n", encoding="utf-8")
    saved = tmp_path / "saved.pdf"
    done = cli(*args, "--out", str(saved), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Lộ trình viếng thăm" in PdfReader(saved).pages[0].extract_text()
    settings.unlink()
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    system = tmp_path / "system.pdf"
    done = cli(*args, "--out", str(system), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "拜访路线" in PdfReader(system).pages[0].extract_text()


def test_bad_days_and_empty_days_are_refused_in_a_sentence(demo_db: Path, tmp_path: Path) -> None:
    db, out = str(demo_db), str(tmp_path / "none.pdf")
    base = ("print", "visit-sheets", "--out", out, "--db", db)
    refused(
        cli(*base, "--date", "2026-13-01", cwd=tmp_path),
        "--date 2026-13-01: there is no month 13; months are 1 to 12.",
    )
    refused(
        cli(*base, "--date", FIRST_DAY, "--to", "2026-11-31", cwd=tmp_path),
        "--to 2026-11-31: 2026-11 has no day 31; it has 30 days.",
    )
    refused(cli(*base, "--date", "tuesday", cwd=tmp_path), "--date must be a day like")
    refused(cli(*base, "--date", LAST_DAY, "--to", FIRST_DAY, cwd=tmp_path), "before the first")
    refused(cli(*base, "--date", "2031-01-01", cwd=tmp_path), "no planned visits")
    refused(cli(*base, "--date", FIRST_DAY, "--account", "NOPE", cwd=tmp_path), "No account")
    assert not (tmp_path / "none.pdf").exists()


# -- export / import visits ---------------------------------------------------------------------


def test_export_then_import_updates_by_uid_without_duplicates(
    demo_db: Path, tmp_path: Path
) -> None:
    db, ics = str(demo_db), tmp_path / "visits.ics"
    exported = cli(
        "export",
        "visits",
        "--from",
        DEMO_TODAY.isoformat(),
        "--to",
        "2026-11-15",
        "--tz",
        "Europe/Amsterdam",
        "--out",
        str(ics),
        "--db",
        db,
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    count = int(exported.stdout.split()[0])
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == count > 0 and calendar.walk("VTIMEZONE")
    assert all(str(e["UID"]).endswith("@acct-desktop") for e in events)

    same = cli("import", "visits", str(ics), "--tz", "Europe/Amsterdam", "--db", db, cwd=tmp_path)
    assert same.returncode == 0, same.stderr
    assert f"0 visits updated, 0 created, {count} unchanged" in same.stdout

    planned = next(e for e in events if str(e["X-ACCT-STATUS"]) == "planned" and e.start.hour >= 1)
    start = planned["DTSTART"].to_ical().decode()  # 20261103T093000: start an hour earlier
    text = ics.read_bytes().decode()
    uid_at = text.index(str(planned["UID"]))
    block_start = text.rindex("BEGIN:VEVENT", 0, uid_at)
    moved_start = f"{start[:9]}{int(start[9:11]) - 1:02d}{start[11:]}"
    block = text[block_start:uid_at]
    text = text[:block_start] + block.replace(start, moved_start, 1) + text[uid_at:]
    ics.write_bytes(text.encode())
    moved = cli("import", "visits", str(ics), "--tz", "Europe/Amsterdam", "--db", db, cwd=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert re.search(rf"1 visit updated, 0 created, {count - 1} unchanged", moved.stdout)


def test_calendar_refusals_are_one_sentence(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    out = str(tmp_path / "x.ics")
    empty = ("export", "visits", "--from", "2031-01-01", "--to", "2031-01-31", "--out", out)
    refused(cli(*empty, "--db", db, cwd=tmp_path), "no visits")
    no_days = cli("export", "visits", "--out", out, "--db", db, cwd=tmp_path)
    refused(no_days, "--from YYYY-MM-DD")
    zone = ("export", "visits", "--from", FIRST_DAY, "--to", LAST_DAY, "--tz", "Mars/Olympus")
    refused(cli(*zone, "--out", out, "--db", db, cwd=tmp_path), "not a time zone")
    assert not Path(out).exists()
    refused(cli("import", "visits", str(VCARD), "--db", db, cwd=tmp_path), "vCards")
    missing = cli("import", "visits", str(tmp_path / "nope.ics"), "--db", db, cwd=tmp_path)
    refused(missing, "cannot be read")


def test_damaged_calendar_parts_are_said_by_line_and_the_rest_imports(
    demo_db: Path, tmp_path: Path
) -> None:
    ics = tmp_path / "damaged.ics"
    ics.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VTIMEZONE\r\nTZID:\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        b"TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        b"BEGIN:VEVENT\r\nUID:boeing\r\nSUMMARY:Boeing\r\nDTSTART:2006717T080000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    done = cli(
        "import", "visits", str(ics), "--tz", "Europe/Amsterdam", "--db", str(demo_db), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "damaged.ics: 0 visits updated, 0 created, 0 unchanged, 1 event skipped"
    assert lines[1] == "line 5: a time zone has no name (TZID); it was left out (no event uses it)"
    assert lines[2] == (
        "skipped “Boeing” (line 15): its start “2006717T080000Z” is not a date and time; "
        "write it as 20060717T080000Z"
    )
    assert "iCalendar file that can be read" not in done.stdout + done.stderr
