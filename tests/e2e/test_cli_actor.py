"""Who did what, from the command line: every command that writes the audit trail names the
manager from My details (``acct-desktop manager --name``), as the window does — not the
operating-system login, and no "(import)" tacked on (QA s20: ``import price-policies``,
``import targets``, ``import visits``, ``import contacts x.vcf``, ``contact erase`` and
``plan --accept`` recorded ``root (import)``, ``root (calendar import)``, ``root (plan)``)."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from acct_desktop.config import os_user

MANAGER = "王丽 (Wang Li)"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vcards"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # ACCT_DESKTOP_DATA_DIR: tmp_path
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def actors(db: Path) -> dict[str, set[str]]:
    """Entity → the actors of its audit events."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT entity, actor FROM audit_event").fetchall()
    conn.close()
    found: dict[str, set[str]] = {}
    for entity, actor in rows:
        found.setdefault(entity, set()).add(actor)
    return found


@pytest.fixture
def manager() -> str:
    """My details filled in from the command line, in the data folder the commands share."""
    assert os_user() != MANAGER
    ok("manager", "--name", MANAGER, "--organisation", "上海润通")
    return MANAGER


def test_register_and_targets_imports_name_the_manager(
    manager: str, demo_db: Path, tmp_path: Path
) -> None:
    db = ("--db", str(demo_db))
    products = write_csv(
        tmp_path / "products.csv",
        [["sku", "name", "category", "unit", "pack_size", "list_price", "cost"],
         ["NL-5L", "Motorolie 5 liter", "passenger_engine_oil", "L", "5", "49.95", "28.10"]],
    )  # fmt: skip
    ok("import", "products", str(products), *db)
    policies = write_csv(
        tmp_path / "policies.csv",
        [["Policy code", "Policy name", "SKU", "Klantcode", "from", "rule", "korting", "basis"],
         ["NL-5L-CN48", "5 L voor CN000048", "NL-5L", "CN000048", "2026-01-01",
          "percent_discount", "6", "list"]],
    )  # fmt: skip
    ok("import", "price-policies", str(policies), *db)
    rebates = write_csv(
        tmp_path / "rebates.csv",
        [["number", "account_code", "kind", "period_start", "period_end", "tiers", "signed_on"],
         ["R-NEW-1", "CN000048", "banded", "2027-01-01", "2027-12-31", "0:1,500000:2",
          "2026-01-05"]],
    )  # fmt: skip
    ok("import", "rebates", str(rebates), *db)
    targets = write_csv(
        tmp_path / "targets.csv",
        [["year", "account_code", "amount"], ["2027", "NL000001", "120000"]],
    )
    ok("import", "targets", str(targets), *db)

    found = actors(demo_db)
    for entity in ("product", "price_policy", "rebate_agreement", "target"):
        assert found.get(entity) == {manager}, (entity, found)


def test_contacts_visits_and_plans_from_the_command_line_name_the_manager(
    manager: str, demo_db: Path, tmp_path: Path
) -> None:
    db = ("--db", str(demo_db))
    with sqlite3.connect(demo_db) as conn:
        code, raw_id = conn.execute(
            "SELECT a.code, c.id FROM contact c JOIN account a ON a.id = c.account_id "
            "WHERE a.archived_at IS NULL ORDER BY a.code, c.name LIMIT 1"
        ).fetchone()
    conn.close()
    ok("import", "contacts", str(FIXTURES / "gmail_30.vcf"), "--account", code, *db)
    ok("contact", "erase", str(uuid.UUID(bytes=raw_id)), "--reason", "asked by phone", "--yes", *db)
    ics = tmp_path / "outlook.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\nBEGIN:VEVENT\r\n"
        "UID:outlook-made-1\r\nDTSTAMP:20261101T080000Z\r\n"
        "DTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
        f"SUMMARY:Visit {code}\r\nX-ACCT-ACCOUNT:{code}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert "1 created" in ok("import", "visits", str(ics), "--tz", "UTC", *db)
    week = ("--from", "2026-12-21", "--to", "2026-12-26", "--now", "2026-12-21T10:07")
    assert "written" in ok("plan", *db, *week, "--country", "NL", "--accept")

    found = actors(demo_db)
    assert found.get("contact") == {manager}, found
    assert found.get("visit") == {manager}, found
