"""What the CLI says of an empty calendar, a day that does not exist, and an empty or
damaged backup: in our words, naming the file, without SQLite's English."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
        env={**os.environ, "ACCT_DESKTOP_DATA_DIR": str(tmp_path / "data")},
    )


def test_an_empty_calendar_is_named_and_a_missing_day_is_said(
    demo_db: Path, tmp_path: Path
) -> None:
    (tmp_path / "empty.ics").write_bytes(b"")
    result = run(tmp_path, "import", "visits", "empty.ics", "--db", str(demo_db))
    assert (result.returncode, result.stderr) == (2, "error: empty.ics is empty.\n")
    (tmp_path / "feb.ics").write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x1\r\nSUMMARY:Visit\r\n"
        b"DTSTART:20260231T100000\r\nDTEND:20260231T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = run(tmp_path, "import", "visits", "feb.ics", "--db", str(demo_db))
    assert (
        "its start “20260231T100000” is a day that does not exist (2026-02 has no day 31)"
        in result.stdout + result.stderr
    )


def test_an_empty_or_damaged_backup_is_refused_in_our_words(demo_db: Path, tmp_path: Path) -> None:
    (tmp_path / "zero.acctdb").write_bytes(b"")
    result = run(tmp_path, "restore", "zero.acctdb", "--db", str(demo_db))
    assert result.returncode == 2
    assert (
        result.stderr
        == "error: zero.acctdb is empty: it holds no database. It cannot be restored.\n"
    )
    damaged = tmp_path / "damaged.acctdb"
    shutil.copyfile(demo_db, damaged)
    with damaged.open("r+b") as handle:  # the page index of the copy torn in the middle
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 4096 * 4)
    result = run(tmp_path, "restore", "damaged.acctdb", "--db", str(demo_db))
    assert result.returncode == 2
    assert result.stderr == (
        "error: damaged.acctdb is damaged: it cannot be read as a database. "
        "It cannot be restored.\n"
    )
