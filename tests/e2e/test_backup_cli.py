"""``backup``, ``backups`` and ``restore`` in a subprocess, as a user would run them."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _wired() -> bool:
    """Run through ``acct-desktop`` once cli.py knows the commands, else the module alone."""
    from acct_desktop.cli import _parser

    try:
        _parser().parse_args(["backups", "--db", "x"])
    except SystemExit:
        return False
    return True


MODULE = "acct_desktop" if _wired() else "acct_desktop.backup_cli"


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCT_DESKTOP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", MODULE, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def name_of_first_account(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT name FROM account ORDER BY code LIMIT 1").fetchone()[0]


def rename_first_account(db: Path, name: str) -> None:
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE account SET name = ? WHERE code = (SELECT min(code) FROM account)", (name,)
        )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_list_and_restore_round_trip(demo_db: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    original = name_of_first_account(demo_db)

    out = tmp_path / "exported.acctdb"
    made = run("backup", "--db", str(demo_db), "--out", str(out), data=data)
    assert made.returncode == 0, made.stderr
    assert out.is_file() and str(out) in made.stdout

    manual = run("backup", "--db", str(demo_db), data=data)
    assert manual.returncode == 0, manual.stderr
    assert str(data / "backups" / "demo") in manual.stdout

    rename_first_account(demo_db, "changed after the backup")
    restored = run("restore", str(out), "--db", str(demo_db), data=data)
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "pre-restore" in restored.stdout
    assert name_of_first_account(demo_db) == original

    listed = run("backups", "--db", str(demo_db), data=data)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 3  # heading, pre-restore, manual (newest first)
    assert "pre-restore" in lines[1] and "manual" in lines[2]
    for result in (made, manual, restored, listed):
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("damage", ["random", "truncated", "future"])
def test_restore_refuses_a_bad_file_with_one_sentence(
    damage: str, demo_db: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    bad = tmp_path / "bad.acctdb"
    if damage == "random":
        bad.write_bytes(os.urandom(20_000))
    else:
        assert run("backup", "--db", str(demo_db), "--out", str(bad), data=data).returncode == 0
        if damage == "truncated":
            bad.write_bytes(bad.read_bytes()[:50_000])
        else:
            with closing(sqlite3.connect(bad)) as conn, conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(demo_db)

    result = run("restore", str(bad), "--db", str(demo_db), data=data)

    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    expected = "newer version" if damage == "future" else "restored"
    assert expected in result.stderr
    assert digest(demo_db) == before
    assert not (data / "backups").exists()


def test_backup_of_a_missing_file_or_a_server_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    missing = run("backup", "--db", str(tmp_path / "nope.acctdb"), data=data)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    server = run("backup", "--db", "postgresql://sales:secret@db.example/territory", data=data)
    assert server.returncode == 2 and "pg_dump" in server.stderr
    assert "secret" not in server.stderr
    for result in (missing, server):
        assert "Traceback" not in result.stderr
