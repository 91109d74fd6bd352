"""The acct-desktop command, run as a user runs it: in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, timeout: float = 180, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        input=stdin,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and "acct-desktop" in result.stdout


def test_demo_creates_a_database_and_refuses_to_overwrite_it(tmp_path: Path) -> None:
    target = tmp_path / "demo.acctdb"
    result = run("demo", "--size", "S", "--db", str(target), "--seed", "4", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "account 200" in result.stdout and result.stderr == ""  # --quiet: no stage lines
    again = run("demo", "--size", "S", "--db", str(target), "--quiet")
    assert again.returncode == 2
    assert "--replace" in again.stderr and "Traceback" not in again.stderr
    logged = run("demo", "--size", "S", "--db", str(target), "--replace")
    assert logged.returncode == 0, logged.stderr
    assert "… accounts\n" in logged.stderr and "[" not in logged.stderr  # a pipe: stage lines
    info = run("info", "--db", str(target))
    assert info.returncode == 0 and "accounts: 200" in info.stdout.replace("  ", " ")


def test_screenshot_writes_the_window_and_each_dock(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = run("screenshot", "--db", str(demo_db), "--out", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.glob("*.png")}
    profile_tabs = {
        "profile",
        "contacts",
        "visits",
        "policies",
        "quotes",
        "issues",
        "checklists",
        "sales",
        "whitespace",
        "competitors",
    }
    assert names == {f"profile_{tab}.png" for tab in profile_tabs} | {
        "main_window.png",
        "accountTreeDock.png",
        "alertsDock.png",
        "contactMapDock.png",
        "visitCalendarDock.png",
        "policyRegisterDock.png",
        "quoteBuilderDock.png",
        "issuesDock.png",
        "planActualDock.png",
        "kpiDashboardDock.png",
    }
    for png in out.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 3000


def test_a_newer_database_gets_a_sentence_not_a_traceback(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.close()
    result = run("info", "--db", str(demo_db))
    assert result.returncode == 2
    assert "newer version of acct-desktop" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_the_gui_starts_on_a_database_and_reports_ready(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "--quit-when-ready", timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready ")


def test_the_gui_reports_how_long_it_stalled_once_every_read_is_done(demo_db: Path) -> None:
    """The bench's measure of responsiveness (``--quit-when-idle``): quits by itself once
    the background reads have reported, and says how long the window stopped answering."""
    result = run("--db", str(demo_db), "--quit-when-idle", timeout=120)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[0::2] == ["idle", "open", "stall"], result.stdout
    idle, opening, stall = (float(w) for w in words[1::2])
    assert 0 < opening < idle and 0 <= stall < idle


def test_the_demo_flag_creates_the_demo_database_in_the_data_folder(tmp_path: Path) -> None:
    result = run("--demo", "--quit-when-ready", timeout=180)
    assert result.returncode == 0, result.stderr
    assert (Path(os.environ["ACCT_DESKTOP_DATA_DIR"]) / "demo.acctdb").exists()


@pytest.mark.parametrize("size", ["1280", "wide"])
def test_a_bad_screenshot_size_is_explained(demo_db: Path, tmp_path: Path, size: str) -> None:
    result = run("screenshot", "--db", str(demo_db), "--out", str(tmp_path), "--size", size)
    assert result.returncode == 2 and "1366x768" in result.stderr


def test_a_first_run_without_db_creates_no_database() -> None:
    """The welcome page lets the user choose; nothing is made behind it."""
    result = run("--quit-when-ready", timeout=120)
    assert result.returncode == 0, result.stderr
    data = Path(os.environ["ACCT_DESKTOP_DATA_DIR"])
    assert not (data / "territory.acctdb").exists()
    assert list(data.glob("*.acctdb*")) == []


def test_db_naming_a_new_file_creates_it(tmp_path: Path) -> None:
    target = tmp_path / "nieuw gebied.acctdb"
    result = run("--db", str(target), "--quit-when-ready", timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.is_file()


def test_an_unexpected_error_names_the_log_and_keeps_its_traceback_there(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder\n", encoding="utf-8")
    command = ("demo", "--size", "S", "--quiet", "--db", str(not_a_folder / "demo.acctdb"))
    result = subprocess.run(
        [sys.executable, "-m", "acct_desktop", *command],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "ACCT_DESKTOP_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 1
    assert result.stderr.startswith(  # no log line before it: the log file has that
        "error: an unexpected problem stopped the command (NotADirectoryError"
    ), result.stderr
    assert "Traceback" not in result.stderr and "File " not in result.stderr
    log = (tmp_path / "data" / "logs" / "acct-desktop.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "NotADirectoryError" in log


def test_a_team_database_that_cannot_be_reached_is_one_error_line(tmp_path: Path) -> None:
    down = "postgresql://tm@/acct?host=/tmp/acct-no-such-socket-dir&port=55499"
    result = subprocess.run(
        [sys.executable, "-m", "acct_desktop", "info", "--db", down],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "ACCT_DESKTOP_DATA_DIR": str(tmp_path / "data"),
            "PYTHON_KEYRING_BACKEND": "acct_desktop.services.memory_keyring.MemoryKeyring",
        },
    )
    assert result.returncode == 2
    assert result.stderr == (
        "error: The team database on /tmp/acct-no-such-socket-dir cannot be reached; check "
        "the network or ask the administrator. Your work is kept.\n"
    )
    log = (tmp_path / "data" / "logs" / "acct-desktop.log").read_text(encoding="utf-8")
    assert ".s.PGSQL.55499" in log  # the driver's own words are kept for support
