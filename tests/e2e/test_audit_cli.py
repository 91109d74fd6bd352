"""``acct-desktop audit verify`` in a subprocess, as an auditor would run it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from acct_desktop.services.audit import record_change
from acct_desktop.services.contact_privacy import erase_contact
from acct_desktop.services.contact_records import ContactRecords
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCT_DESKTOP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def test_audit_verify_says_intact_then_names_the_event_an_attacker_changed(
    demo_db: Path, tmp_path: Path
) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            contact_id = session.scalar(
                select(m.Contact.id).where(m.Contact.erased_at.is_(None)).limit(1)
            )
        records = ContactRecords(db, "an")
        records.update(contact_id, replace(records.draft_of(contact_id), phone="+84 28 3823 4567"))
        with db.session() as session:
            for step in range(3):
                record_change(session, "an", "quote", uuid.uuid4(), "status", step, step + 1)
        erase_contact(db, contact_id, "an", "asked by e-mail")  # redaction keeps it valid
    finally:
        db.close()

    intact = run("audit", "verify", "--db", str(demo_db), data=tmp_path / "data")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("The audit trail is intact: ")
    assert "+84 28 3823 4567" not in intact.stdout

    with closing(sqlite3.connect(demo_db)) as attacker:
        attacker.execute("DROP TRIGGER audit_event_only_redaction")
        attacker.execute(
            "UPDATE audit_event SET new_value = '5' WHERE field = 'status' AND new_value = '2'"
        )
        attacker.commit()
        sequence = attacker.execute(
            "SELECT sequence FROM audit_event WHERE new_value = '5'"
        ).fetchone()[0]
    broken = run("audit", "verify", "--db", str(demo_db), data=tmp_path / "data")
    assert broken.returncode == 1
    assert broken.stdout.startswith(f"The audit trail is broken: event {sequence:,} (quote ")
    assert "was changed after it was written: its new value no longer matches" in broken.stdout


def test_audit_verify_of_a_missing_database_is_refused_in_a_sentence(tmp_path: Path) -> None:
    missing = run("audit", "verify", "--db", str(tmp_path / "nope.acctdb"), data=tmp_path)
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr and "Traceback" not in missing.stderr


def test_audit_history_names_who_changed_an_account_newest_first(
    demo_db: Path, tmp_path: Path
) -> None:
    import json

    from acct_desktop.services.account_records import AccountRecords

    db = open_database(demo_db)
    try:
        with db.session() as session:
            account_id, code = session.execute(
                select(m.Account.id, m.Account.code).order_by(m.Account.code).limit(1)
            ).one()
        for actor, phone in (("Anna de Vries", "+31 76 111 2222"), ("Trần Minh", "+84 28 3823")):
            records = AccountRecords(db, actor)
            draft, _version = records.draft(account_id)
            records.update(account_id, replace(draft, phone=phone))
    finally:
        db.close()

    shown = run("audit", "history", "--db", str(demo_db), "--account", code, data=tmp_path / "d")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "Trần Minh  Phone: +31 76 111 2222 → +84 28 3823" in lines[0]
    assert "Anna de Vries  Phone: " in lines[1] and lines[1].endswith("→ +31 76 111 2222")

    as_json = run(
        "audit", "history", "--db", str(demo_db), "--account", code, "--json",
        data=tmp_path / "d",
    )  # fmt: skip
    rows = json.loads(as_json.stdout)
    assert rows[0] == {
        "when": rows[0]["when"],
        "who": "Trần Minh",
        "field": "phone",
        "from": "+31 76 111 2222",
        "to": "+84 28 3823",
    }

    dutch = run(
        "--lang", "nl", "audit", "history", "--db", str(demo_db), "--account", code,
        data=tmp_path / "d",
    )  # fmt: skip
    assert dutch.returncode == 0 and "Trần Minh" in dutch.stdout

    missing = run("audit", "history", "--db", str(demo_db), "--issue", "IS-1999-1", data=tmp_path)
    assert missing.returncode == 1
    assert "There is no issue numbered IS-1999-1." in missing.stderr
