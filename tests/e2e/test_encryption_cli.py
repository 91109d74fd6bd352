"""``encrypt``, ``decrypt`` and ``key recover`` in a subprocess, as a user would run them."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILE_KEYRING = "tests.e2e.file_keyring.FileKeyring"


def run(
    *args: str, data: Path, keyring_file: Path, stdin: str = "", backend: str = FILE_KEYRING
) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "ACCT_DESKTOP_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": backend,
        "ACCT_TEST_KEYRING_FILE": str(keyring_file),
    }
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readable_by_sqlite3(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM account").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


def test_encrypt_shows_the_recovery_key_and_the_database_still_works(
    demo_db: Path, tmp_path: Path
) -> None:
    keys = tmp_path / "keyring.json"
    encrypted = run("encrypt", "--db", str(demo_db), data=tmp_path / "data", keyring_file=keys)
    assert encrypted.returncode == 0, encrypted.stderr
    assert re.search(r"Recovery key: ([A-Z2-7]{4}-){13}[A-Z2-7]{4}\n", encrypted.stdout)
    assert "keep it somewhere safe" in encrypted.stdout
    assert not readable_by_sqlite3(demo_db)
    assert "database-key" in keys.read_text()  # the key went to the keyring, nowhere else

    info = run("info", "--db", str(demo_db), data=tmp_path / "data", keyring_file=keys)
    assert info.returncode == 0, info.stderr
    assert "accounts: 200" in info.stdout

    backup = run("backup", "--db", str(demo_db), data=tmp_path / "data", keyring_file=keys)
    assert backup.returncode == 0, backup.stderr
    [copy] = (tmp_path / "data" / "backups" / "demo").iterdir()
    assert not readable_by_sqlite3(copy)

    decrypted = run("decrypt", "--db", str(demo_db), data=tmp_path / "data", keyring_file=keys)
    assert decrypted.returncode == 0, decrypted.stderr
    assert readable_by_sqlite3(demo_db)


def test_key_recover_on_another_computer_accepts_the_right_key_only(
    demo_db: Path, tmp_path: Path
) -> None:
    first_computer, second_computer = tmp_path / "first.json", tmp_path / "second.json"
    data = tmp_path / "data"
    encrypted = run("encrypt", "--db", str(demo_db), data=data, keyring_file=first_computer)
    recovery = re.search(r"Recovery key: (\S+)", encrypted.stdout)
    assert recovery is not None
    before = digest(demo_db)

    refused = run("info", "--db", str(demo_db), data=data, keyring_file=second_computer)
    assert refused.returncode == 2
    assert "keyring has no key for it" in refused.stderr
    assert "acct-desktop key recover --db" in refused.stderr
    assert "Traceback" not in refused.stderr

    mistyped = recovery[1][:-1] + ("A" if recovery[1][-1] != "A" else "B")
    wrong = run(
        "key", "recover", "--db", str(demo_db), "--stdin",
        data=data, keyring_file=second_computer, stdin=mistyped + "\n",
    )  # fmt: skip
    assert wrong.returncode == 2 and "mistyped" in wrong.stderr
    assert not second_computer.exists()  # nothing stored

    right = run(
        "key", "recover", "--db", str(demo_db), "--stdin",
        data=data, keyring_file=second_computer, stdin=recovery[1] + "\n",
    )  # fmt: skip
    assert right.returncode == 0, right.stderr
    assert "is now in this computer's keyring" in right.stdout
    assert digest(demo_db) == before  # refusals and the recovery only read the file
    opened = run("info", "--db", str(demo_db), data=data, keyring_file=second_computer)
    assert opened.returncode == 0 and "accounts: 200" in opened.stdout


def test_without_a_keyring_backend_encrypt_refuses_and_changes_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    before = digest(demo_db)
    refused = run(
        "encrypt", "--db", str(demo_db),
        data=tmp_path / "data", keyring_file=tmp_path / "k.json",
        backend="keyring.backends.fail.Keyring",
    )  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: The system keyring could not")
    assert "Traceback" not in refused.stderr
    assert digest(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir() if "demo" in p.name) == ["demo.acctdb"]
