"""``export visits`` of more than 20 MB (a team's two years) and ``import visits`` of that
file, each in a subprocess: the file reads back, and neither command's memory grows with
the file (measured as the child's peak resident set, against a one-day file's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from acct_desktop.store.database import open_database
from tests.unit.visit_bulk import PERIOD, add_visits

OLD_LIMIT = 20 * 1024 * 1024  # what the import read until it read a line at a time
VISITS = 12_000
MB = 1024 * 1024


# Runs ``python -m acct_desktop`` and, when it exits, writes its peak resident set (VmHWM:
# of this program's memory alone; getrusage's peak also counts what the parent had at fork).
PEAK = """
import atexit, runpy, sys
def peak(path=sys.argv[1]):
    status = open("/proc/self/status").read()
    kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    open(path, "w").write(kb)
atexit.register(peak)
sys.argv = ["acct-desktop", *sys.argv[2:]]
runpy.run_module("acct_desktop", run_name="__main__", alter_sys=True)
"""


def measured(*args: str, cwd: Path) -> tuple[int, str, str, int]:
    """Run ``acct-desktop args``: its exit code, output, errors and peak resident bytes."""
    peak = cwd / "peak.txt"
    done = subprocess.run(
        [sys.executable, "-c", PEAK, str(peak), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )
    return done.returncode, done.stdout, done.stderr, int(peak.read_text()) * 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
def test_a_team_calendar_of_more_than_20_mb_exports_and_reads_back_in_bounded_memory(
    demo_db: Path, tmp_path: Path
) -> None:
    db = open_database(demo_db)
    add_visits(db, VISITS)
    db.close()
    base = ("--tz", "Europe/Amsterdam", "--db", str(demo_db))
    small, big = tmp_path / "day.ics", tmp_path / "team.ics"
    day = ("--from", "2025-01-06", "--to", "2025-01-06")
    code, _, errors, small_export = measured(
        "export", "visits", *day, "--out", str(small), *base, cwd=tmp_path
    )
    assert code == 0, errors
    span = ("--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat())
    code, said, errors, big_export = measured(
        "export", "visits", *span, "--out", str(big), *base, cwd=tmp_path
    )
    assert code == 0, errors
    count = int(said.split()[0])
    assert count > VISITS and big.stat().st_size > OLD_LIMIT

    code, said, errors, small_import = measured("import", "visits", str(small), *base, cwd=tmp_path)
    assert code == 0, errors
    code, said, errors, big_import = measured("import", "visits", str(big), *base, cwd=tmp_path)
    assert code == 0, errors
    assert said.splitlines()[0] == (
        f"team.ics: 0 visits updated, 0 created, {count:,} unchanged, 0 events skipped"
    )
    # neither holds the file: 7-8 MB more than for one day's file, for 24 MB; built and read
    # whole, the export took 320 MB more and the import 270 MB
    grown = {"export": big_export - small_export, "import": big_import - small_import}
    assert all(by < big.stat().st_size for by in grown.values()), grown
