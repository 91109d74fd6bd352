"""vCard import and export, and a contact's own data, through ``acct-desktop`` in a
subprocess on the demo database: exit codes and the sentences on stderr."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vcards"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        input=stdin if stdin is not None else "",
    )


def refused(result: subprocess.CompletedProcess, sentence: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and sentence in errors[0], result.stderr


def demo_account(demo_db: Path) -> tuple[str, str, str, str]:
    """(account code, contact id, name, e-mail) of a contact with a unique name."""
    with sqlite3.connect(demo_db) as conn:
        rows = conn.execute(
            "SELECT a.code, c.id, c.name, c.email FROM contact c JOIN account a "
            "ON a.id = c.account_id ORDER BY a.code, c.name"
        ).fetchall()
    conn.close()
    names = [row[2] for row in rows]
    code, raw_id, name, email = next(row for row in rows if names.count(row[2]) == 1)
    return code, str(uuid.UUID(bytes=raw_id)), name, email


def test_export_contacts_as_vcards_then_import_them_back(demo_db: Path, tmp_path: Path) -> None:
    code, _id, name, _email = demo_account(demo_db)
    out = tmp_path / "account.vcf"
    result = run(
        "export",
        "contacts",
        "--format",
        "vcf",
        "--account",
        code,
        "--out",
        str(out),
        "--db",
        str(demo_db),
    )
    assert result.returncode == 0, result.stderr
    assert "written as vCard 3.0" in result.stdout
    assert out.read_bytes().startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert name.encode() in out.read_bytes()
    back = run("import", "contacts", str(out), "--account", code, "--db", str(demo_db))
    assert back.returncode == 0, back.stderr
    cards = out.read_bytes().count(b"BEGIN:VCARD")
    assert f"{cards} card" in back.stdout
    assert f"0 created, 0 updated, {cards} unchanged" in back.stdout

    four = tmp_path / "all.vcf"  # the suffix chooses vCard; the whole database
    result = run(
        "export", "contacts", "--vcard-version", "4.0", "--out", str(four), "--db", str(demo_db)
    )
    assert result.returncode == 0, result.stderr
    assert four.read_bytes().count(b"VERSION:4.0\r\n") > cards

    folder = tmp_path / "for-outlook"
    result = run(
        "export",
        "contacts",
        "--format",
        "vcf",
        "--split",
        "--account",
        code,
        "--out",
        str(folder),
        "--db",
        str(demo_db),
    )
    assert result.returncode == 0, result.stderr
    assert len(list(folder.glob("*.vcf"))) == cards


def test_exported_cards_file_every_demo_contact_under_its_family_name(
    demo_db: Path, tmp_path: Path
) -> None:
    import vobject

    out = tmp_path / "all.vcf"
    result = run("export", "contacts", "--out", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    names = {}
    for card in vobject.readComponents(out.read_bytes().decode("utf-8")):
        n = card.n.value
        names[card.fn.value] = (n.family, n.given, n.additional)
    assert names and all(family for family, _, _ in names.values())  # none left whole
    dutch = [fn for fn in names if " van der " in fn]
    vietnamese = [fn for fn in names if fn.startswith("Nguyễn ")]
    chinese = [fn for fn in names if len(fn) == 3 and "\u4e00" <= fn[0] <= "\u9fff"]
    assert dutch and vietnamese and chinese
    for fn in dutch:
        assert names[fn] == (fn[fn.index("van der") :], fn.split()[0], "")
    for fn in vietnamese:
        words = fn.split()
        assert names[fn] == ("Nguyễn", words[-1], " ".join(words[1:-1]))
    for fn in chinese:
        assert names[fn] == (fn[0], fn[1:], "")


def test_csv_stays_the_default_export(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "contacts.csv"
    result = run("export", "contacts", "--out", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and b"BEGIN:VCARD" not in out.read_bytes()


def test_importing_real_exports_into_an_account(demo_db: Path) -> None:
    code, *_ = demo_account(demo_db)
    for name, created in (("iphone_30.vcf", 1), ("gmail_30.vcf", 2), ("thunderbird_40.vcf", 1)):
        result = run(
            "import", "contacts", str(FIXTURES / name), "--account", code, "--db", str(demo_db)
        )
        assert result.returncode == 0, result.stderr
        assert f"{name}: {created} card" in result.stdout and f"{created} created" in result.stdout


def test_vcard_refusals_are_one_sentence_and_exit_2(demo_db: Path, tmp_path: Path) -> None:
    code, *_ = demo_account(demo_db)
    cards = str(FIXTURES / "gmail_30.vcf")
    db = ("--db", str(demo_db))
    refused(run("import", "contacts", cards, *db), "add --account CODE")
    refused(run("import", "contacts", cards, "--account", "NOPE", *db), "no account NOPE")
    refused(run("import", "accounts", cards, "--account", code, *db), "hold contacts, not accounts")
    refused(
        run("import", "contacts", str(tmp_path / "x.vcf"), "--account", code, *db), "cannot be read"
    )
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n")
    result = run("import", "contacts", str(bad), "--account", code, *db)
    refused(result, "bad.vcf was not imported: 1 problem found.")
    assert result.stderr.splitlines()[1] == "card 1 (line 1): no name (FN or N)"
    out = str(tmp_path / "x.vcf")
    refused(run("export", "accounts", "--format", "vcf", "--out", out, *db), "for contacts")
    refused(
        run("export", "contacts", "--format", "csv", "--split", "--out", out, *db),
        "are for vCard exports",
    )
    refused(run("export", "contacts", "--account", "NOPE", "--out", out, *db), "no account NOPE")


def test_a_contacts_data_is_exported_then_erased(demo_db: Path, tmp_path: Path) -> None:
    _code, contact_id, name, email = demo_account(demo_db)
    out = tmp_path / "person.json"
    result = run("contact", "export-data", name, "--out", str(out), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text("utf-8"))
    assert (data["contact"]["id"], data["contact"]["email"]) == (contact_id, email)

    db = ("--db", str(demo_db))
    not_confirmed = run("contact", "erase", contact_id, "--reason", "asked", *db, stdin="no\n")
    refused(not_confirmed, "Nothing was erased")
    erased = run("contact", "erase", contact_id, "--reason", "asked by e-mail", *db, stdin="yes\n")
    assert erased.returncode == 0, erased.stderr
    assert "Erased contact" in erased.stdout
    again = run("contact", "erase", contact_id, "--reason", "again", "--yes", *db)
    assert again.returncode == 0 and "already been erased" in again.stdout

    refused(run("contact", "export-data", name, "--out", str(out), *db), "No contact has")
    refused(run("contact", "erase", name, "--reason", "x", "--yes", *db), "is not a contact id")
    refused(
        run("contact", "erase", str(uuid.uuid4()), "--reason", "x", "--yes", *db),
        "There is no contact with the id",
    )
    missing = run("contact", "erase", contact_id, "--yes", *db)
    assert missing.returncode == 2 and "--reason" in missing.stderr  # argparse's own sentence
    with sqlite3.connect(demo_db) as conn:
        stored = conn.execute(
            "SELECT name, email, erased_at IS NOT NULL FROM contact WHERE id = ?",
            (uuid.UUID(contact_id).bytes,),
        ).fetchone()
    conn.close()
    assert stored[0].startswith("Erased contact ") and stored[1:] == (None, 1)


def test_a_name_shared_by_several_contacts_asks_for_the_id(demo_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        name = conn.execute(
            "SELECT name FROM contact GROUP BY name HAVING count(*) > 1 LIMIT 1"
        ).fetchone()
    conn.close()
    if name is None:  # the demo happens to have no namesakes: make two
        with sqlite3.connect(demo_db) as conn:
            conn.execute("UPDATE contact SET name = 'Lê Văn Tám' WHERE rowid IN (1, 2)")
        conn.close()
        name = ("Lê Văn Tám",)
    result = run(
        "contact", "export-data", name[0], "--out", str(tmp_path / "p.json"), "--db", str(demo_db)
    )
    refused(result, "Give the id instead.")
