"""``acct-desktop --selftest`` as CI and the Windows build run it: in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from acct_desktop.gui.docks import DOCKS
from acct_desktop.gui.i18n import LANGUAGES
from acct_desktop.selftest import KEYRING_REQUIRED, PDF_KINDS

ROOT = Path(__file__).resolve().parents[2]
OK_LINE = re.compile(
    rf"^selftest ok: {len(DOCKS)} docks, \d+ tabs, {len(PDF_KINDS)} PDF kinds?\b.*"
    r", keyring [^,]+.*, font \S+\.tt[cf], schema \d{4}"
    rf"(, {len(LANGUAGES)} translations)?, \d+\.\d s$"  # none before translations.py build
)


def selftest(tmp_path: Path, *extra: str, **env: str) -> subprocess.CompletedProcess:
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ACCT_DESKTOP_DATA_DIR": str(tmp_path / "user-data"),
        "PYTHONPATH": str(ROOT),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "--selftest", *extra],
        capture_output=True,
        text=True,
        timeout=300,
        env=full_env,
        cwd=ROOT,
    )


def only_logs_written(data: Path) -> bool:
    """The self-test leaves the user's data folder alone (its log file aside)."""
    return {p.name for p in data.iterdir()} <= {"logs"} if data.exists() else True


def test_selftest_passes_and_cleans_up_after_itself(tmp_path: Path) -> None:
    """With a working keyring: the seal's passphrase goes through it and is removed again."""
    keyring_file = tmp_path / "keyring.json"
    report = tmp_path / "report" / "selftest.txt"
    result = selftest(
        tmp_path,
        str(report),
        PYTHON_KEYRING_BACKEND="tests.e2e.file_keyring.FileKeyring",
        ACCT_TEST_KEYRING_FILE=str(keyring_file),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip()
    assert OK_LINE.match(line), line
    assert "keyring FileKeyring" in line and "in-memory" not in line
    assert result.stderr.strip() == ""
    assert report.read_text(encoding="utf-8").strip() == line
    assert json.loads(keyring_file.read_text()) == {}  # probe and seal passphrase removed
    assert only_logs_written(tmp_path / "user-data")


def test_a_keyring_that_refuses_secrets_is_reported(tmp_path: Path) -> None:
    result = selftest(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    line = result.stdout.strip()
    assert "Traceback" not in result.stdout + result.stderr
    if KEYRING_REQUIRED:  # Windows and macOS always have one: not having it is a fault
        assert result.returncode == 1 and line.startswith("selftest FAILED: keyring"), line
        return
    assert result.returncode == 0, line + result.stderr
    assert OK_LINE.match(line), line
    assert "keyring unavailable (fail.Keyring" in line
    assert f"{len(PDF_KINDS)} PDF kinds (sealed with the self-test's in-memory keyring)" in line


def test_a_failing_check_is_named_and_hides_no_other(tmp_path: Path) -> None:
    """A PDF font setting that points nowhere fails the font check; the rest still run."""
    result = selftest(
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        ACCT_DESKTOP_PDF_FONT=str(tmp_path / "no-such-font.ttc"),
    )
    line = result.stdout.strip()
    assert result.returncode == 1, line
    assert line.startswith("selftest FAILED: font (") and "no-such-font.ttc" in line
    passed, total = map(int, re.search(r"(\d+) of (\d+) checks passed", line).groups())
    assert passed == total - (1 if not KEYRING_REQUIRED else 2)
    assert "details in " in line
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
