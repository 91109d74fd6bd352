"""What the command line asks to be typed — ``key recover``'s recovery key, ``password``'s
password — when there is no terminal to type it at (a script, a scheduled task,
``</dev/null``) or nothing on standard input: one sentence saying what to do instead, exit
code 2, nothing stored, never a traceback.

Each run is in a session of its own (``start_new_session``), so it has no controlling
terminal even when the tests run in one: getpass cannot fall back on /dev/tty."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILE_KEYRING = "tests.e2e.file_keyring.FileKeyring"
SERVER = "postgresql://sales@db.example.com/territory"


def run_without_terminal(
    *args: str, tmp_path: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``acct-desktop args`` with no controlling terminal, standard input ``stdin`` (None:
    /dev/null)."""
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL if stdin is None else None,
        input=stdin,
        text=True,
        timeout=120,
        start_new_session=True,
        env={
            **os.environ,
            "ACCT_DESKTOP_DATA_DIR": str(tmp_path / "data"),
            "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": FILE_KEYRING,
            "ACCT_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        },
        cwd=ROOT,
    )


def test_key_recover_without_a_terminal_says_to_pipe_the_key_in(
    demo_db: Path, tmp_path: Path
) -> None:
    result = run_without_terminal("key", "recover", "--db", str(demo_db), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "EOFError" not in result.stderr
    assert result.stderr == (
        "error: There is no terminal to type the recovery key at: run the command in a "
        "terminal, or pipe the key in with --stdin.\n"
    )
    assert not (tmp_path / "keyring.json").exists()


def test_key_recover_with_stdin_and_nothing_on_it_says_so(demo_db: Path, tmp_path: Path) -> None:
    result = run_without_terminal(
        "key", "recover", "--db", str(demo_db), "--stdin", tmp_path=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: Standard input held no recovery key")
    assert "Traceback" not in result.stderr


def test_password_without_a_terminal_stores_nothing(tmp_path: Path) -> None:
    result = run_without_terminal("password", "--db", SERVER, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: There is no terminal to type the password at")
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not (tmp_path / "keyring.json").exists()


def test_password_from_an_empty_stdin_stores_no_empty_password(tmp_path: Path) -> None:
    result = run_without_terminal("password", "--db", SERVER, "--stdin", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: Standard input held no password")
    assert not (tmp_path / "keyring.json").exists()
    piped = run_without_terminal(
        "password", "--db", SERVER, "--stdin", tmp_path=tmp_path, stdin="s3cret\n"
    )
    assert piped.returncode == 0, piped.stderr
    assert "s3cret" in (tmp_path / "keyring.json").read_text()
