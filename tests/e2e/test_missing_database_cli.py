"""A mistyped ``--db`` is refused, never created: every command that reads, prints or checks
a database (and every import that needs records already there) stops with exit 2 and a
sentence, and leaves no file behind. Only ``demo``, ``restore`` and the imports a territory
starts from (accounts, products) make a new database."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

MISSING = "typo.acctdb"
SAYS = f"{MISSING} does not exist or is empty."

# run in a folder holding every file the commands read (inputs_in), so only the database
# is missing
COMMANDS: dict[str, tuple[str, ...]] = {
    "info": ("info",),
    "screenshot": ("screenshot", "--out", "shots"),
    "price": ("price", "--account", "CN000051", "--product", "P-1", "--qty", "1"),
    "check-register": ("check-register",),
    "print price-list": ("print", "price-list", "--account", "CN000051", "--out", "p.pdf"),
    "print checklist": ("print", "checklist", "--account", "CN000051", "--out", "c.pdf"),
    "print quote": ("print", "quote", "Q-2026-7KX-00042", "--out", "q.pdf"),
    "print order": ("print", "order", "Q-2026-7KX-00042", "--out", "o.pdf"),
    "print visit-sheets": ("print", "visit-sheets", "--date", "2026-11-02", "--out", "v.pdf"),
    "print monthly-summary": ("print", "monthly-summary", "--month", "2026-10", "--out", "m.pdf"),
    "verify": ("verify", "sealed.pdf"),
    "quotes list": ("quotes", "list"),
    "rebate statement": ("rebate", "statement", "--account", "CN000051", "--out", "r.pdf"),
    "report sales": ("report", "sales", "--group-by", "year"),
    "audit verify": ("audit", "verify"),
    "export accounts": ("export", "accounts", "--out", "a.csv"),
    "export products": ("export", "products", "--out", "p.csv"),
    "export contacts vcf": ("export", "contacts", "--format", "vcf", "--out", "c.vcf"),
    "export visits": (
        "export",
        "visits",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--out",
        "v.ics",
    ),
    "contact export-data": ("contact", "export-data", "李伟", "--out", "p.json"),
    "contact erase": ("contact", "erase", str(uuid.UUID(int=7)), "--reason", "asked", "--yes"),
    "import contacts": ("import", "contacts", "rows.csv"),
    "import contacts vcf": ("import", "contacts", "cards.vcf", "--account", "CN000051"),
    "import sales": ("import", "sales", "rows.csv", "--measure", "sell_in"),
    "import targets": ("import", "targets", "rows.csv"),
    "import price-policies": ("import", "price-policies", "rows.csv"),
    "import rebates": ("import", "rebates", "rows.csv"),
    "import visits": ("import", "visits", "visits.ics"),
    "encrypt": ("encrypt",),
    "decrypt": ("decrypt",),
    "key recover": ("key", "recover", "--stdin"),
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    )


INPUTS = {
    "rows.csv": b"code,name\nX,Y\n",
    "cards.vcf": b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li\r\nEND:VCARD\r\n",
    "visits.ics": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
    "sealed.pdf": b"%PDF-1.7\n%%EOF\n",
}


def inputs_in(folder: Path) -> Path:
    """The files commands read, so that only the database is missing."""
    folder.mkdir()
    for name, content in INPUTS.items():
        (folder / name).write_bytes(content)
    return folder


def assert_refused_leaving_nothing(done: subprocess.CompletedProcess, folder: Path, says: str):
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert says in done.stderr and "Traceback" not in done.stderr
    assert {p.name for p in folder.iterdir()} == set(INPUTS), "no database, no output"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_mistyped_database_is_refused_and_not_created(command: str, tmp_path: Path) -> None:
    folder = inputs_in(tmp_path / "work")
    done = run(*COMMANDS[command], "--db", MISSING, cwd=folder)
    assert_refused_leaving_nothing(done, folder, SAYS)


def test_the_refusal_is_in_the_users_language(tmp_path: Path) -> None:
    folder = inputs_in(tmp_path / "work")
    done = run(
        "--lang", "zh_CN", "print", "checklist", "--account", "CN000051",
        "--out", "x.pdf", "--db", MISSING, cwd=folder,
    )  # fmt: skip
    assert_refused_leaving_nothing(done, folder, f"{MISSING} 不存在或为空。")


def test_importing_accounts_into_a_new_file_creates_it_and_says_so_unless_refused(
    tmp_path: Path,
) -> None:
    folder = inputs_in(tmp_path / "work")
    (folder / "accounts.csv").write_text("code,name,kind\nNL-1,Garage Jansen,workshop\n")
    (folder / "naamlijst.csv").write_text("Naam\nGarage Jansen\n")
    refused = run("import", "accounts", "naamlijst.csv", "--db", "new.acctdb", cwd=folder)
    assert refused.returncode == 2 and "no column for code" in refused.stderr
    assert not [p for p in folder.iterdir() if p.name.startswith("new.acctdb")]
    done = run("import", "accounts", "accounts.csv", "--db", "new.acctdb", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert "1 account read: 1 created" in done.stdout
    assert "new.acctdb did not exist: a new database was made for this import." in done.stderr
    assert (folder / "new.acctdb").is_file()
    again = run("import", "accounts", "accounts.csv", "--db", "new.acctdb", cwd=folder)
    assert again.returncode == 0 and "did not exist" not in again.stderr
