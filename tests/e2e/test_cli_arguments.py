"""Every command reads ``--out`` and its days the same way (acct_desktop/cli_arguments.py):
a path ending in a separator is a folder, made when missing, and the file goes into it under
the command's own name for it; a day or month that cannot be read is refused in one sentence
that says what is wrong (no month 13, no 30 February)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "ACCT_DESKTOP_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def refused(done: subprocess.CompletedProcess[str], sentence: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.strip() == f"error: {sentence}"


def folder(path: Path) -> str:
    """``path`` as typed with a separator at its end: a folder, whether or not it exists."""
    return f"{path}{os.sep}"


def test_out_ending_in_a_separator_puts_the_file_into_that_folder(
    demo_db: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    exports = tmp_path / "exports"
    done = cli("export", "accounts", "--out", folder(exports), "--db", str(demo_db), data=data)
    assert done.returncode == 0, done.stderr
    assert exports.is_dir()
    assert (exports / "accounts.csv").read_text("utf-8-sig").startswith("code,")

    done = cli(
        "export", "products", "--format", "xlsx", "--out", folder(exports), "--db", str(demo_db),
        data=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (exports / "products.xlsx").read_bytes().startswith(b"PK")

    copies = tmp_path / "copies"
    done = cli("backup", "--db", str(demo_db), "--out", folder(copies), data=data)
    assert done.returncode == 0, done.stderr
    (copy,) = copies.iterdir()
    assert copy.name.startswith("demo-") and copy.suffix == ".acctdb"
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] > 0

    sheets = tmp_path / "sheets"
    done = cli(
        "print", "visit-sheets", "--date", "2026-11-03", "--tz", "UTC", "--out", folder(sheets),
        "--db", str(demo_db), data=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == sheets / "visit-sheets-2026-11-03.pdf"
    assert not (tmp_path / "sheets").is_file()


def test_a_file_in_the_way_of_the_folder_is_refused(demo_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("a file, not a folder")
    done = cli("export", "accounts", "--out", folder(blocker), "--db", str(demo_db), data=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        f"error: {blocker / 'accounts.csv'} cannot be written (a part of the path is not a folder)."
    )
    assert len(done.stderr.strip().splitlines()) == 1
    assert blocker.read_text() == "a file, not a folder"


def test_every_day_option_says_what_is_wrong_with_the_day(demo_db: Path, tmp_path: Path) -> None:
    db, data = str(demo_db), tmp_path / "data"
    refused(
        cli("demo", "--db", str(tmp_path / "new.acctdb"), "--today", "2026-02-30", data=data),
        "--today 2026-02-30: 2026-02 has no day 30; it has 28 days.",
    )
    assert not (tmp_path / "new.acctdb").exists()
    refused(
        cli("check-register", "--date", "2026-13-01", "--db", db, data=data),
        "--date 2026-13-01: there is no month 13; months are 1 to 12.",
    )
    refused(
        cli(
            "rebate", "statement", "--account", "X", "--date", "2026-11-31",
            "--out", str(tmp_path / "s.pdf"), "--db", db, data=data,
        ),
        "--date 2026-11-31: 2026-11 has no day 31; it has 30 days.",
    )  # fmt: skip
    refused(
        cli(
            "export", "visits", "--from", "2026-11-01", "--to", "1 Dec 2026",
            "--out", str(tmp_path / "v.ics"), "--db", db, data=data,
        ),
        "--to must be a day like 2026-11-02, not '1 Dec 2026'.",
    )  # fmt: skip
    refused(
        cli("report", "sales", "--group-by", "month", "--from", "2026-00-10", "--db", db,
            data=data),
        "--from 2026-00-10: there is no month 0; months are 1 to 12.",
    )  # fmt: skip
