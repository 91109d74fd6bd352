"""``acct-desktop import targets`` run as a user runs it."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def run(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def month_targets(db: Path, code: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT t.period_start, t.amount FROM target t JOIN account a ON a.id = t.account_id"
            " WHERE a.code = ? AND t.period_kind = 'month' AND t.period_start >= '2027-01-01'"
            " ORDER BY t.period_start",
            (code,),
        ).fetchall()


def test_import_targets_breaks_annual_amounts_down_by_last_years_sales(
    demo_db: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "targets.csv",
        [["year", "account_code", "amount"], ["2027", "NL000001", "120000"]],
    )
    result = run("import", "targets", str(path), "--breakdown", "seasonality", "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "1 target rows read: 1 created" in result.stdout
    months = month_targets(demo_db, "NL000001")
    assert len(months) == 12
    assert len({amount for _, amount in months}) > 1  # seasonal, not flat
    again = run("import", "targets", str(path), "--breakdown", "seasonality", "--db", str(demo_db))
    assert "0 created, 0 replaced, 1 unchanged" in again.stdout
    assert month_targets(demo_db, "NL000001") == months


def test_a_refused_targets_file_exits_2_with_line_numbered_problems(
    demo_db: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [["year", "account_code", "amount"],
         ["2027", "NL000001", "120000"],
         ["2027", "NOPE", "1"],
         ["2027", "VN000025", "-5"]],
    )  # fmt: skip
    result = run("import", "targets", str(path), "--db", str(demo_db))
    assert result.returncode == 2
    assert "bad.csv was not imported: 2 problems found" in result.stderr
    assert 'line 3, column "account_code": there is no account with code "NOPE"' in result.stderr
    assert 'line 4, column "amount": a target cannot be negative' in result.stderr
    assert "Traceback" not in result.stderr
    assert month_targets(demo_db, "NL000001") == []
