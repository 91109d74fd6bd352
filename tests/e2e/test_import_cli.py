"""``acct-desktop import`` and ``export`` run as a user runs them: in a subprocess."""

from __future__ import annotations

import csv
import os
import re
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


ACCOUNTS = [
    ["Klantnummer", "Naam", "Soort", "parent code", "Plaats", "Kredietlimiet"],
    ["NL-S1", "Garage Ruïne", "Store", "NL-HQ", "Zwolle", "12.500,00"],
    ["NL-HQ", "Autoparts Nederland", "Headquarters", "", "Utrecht", "1.000.000"],
    ["CN-HQ", "广州汽配连锁", "headquarters", "", "广州", "800000"],
    ["VN-W1", "Xưởng Ô tô Hà Nội", "workshop", "", "Hà Nội", ""],
]


def test_import_accounts_and_contacts_then_report_what_changed(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    accounts = write_csv(tmp_path / "klanten.csv", ACCOUNTS)
    result = run("import", "accounts", str(accounts), "--db", database)
    assert result.returncode == 0, result.stderr
    assert "4 accounts read: 4 created, 0 updated, 0 unchanged." in result.stdout
    contacts = write_csv(
        tmp_path / "contacts.csv",
        [
            ["account_code", "name", "email", "reports_to"],
            ["CN-HQ", "李伟", "", "wang@example.cn"],
            ["CN-HQ", "王芳", "wang@example.cn", ""],
        ],
    )
    result = run("import", "contacts", str(contacts), "--db", database)
    assert result.returncode == 0, result.stderr
    assert "2 contacts read: 2 created" in result.stdout
    again = run("import", "accounts", str(accounts), "--db", database)
    assert "4 accounts read: 0 created, 0 updated, 4 unchanged." in again.stdout


def test_a_rejected_file_lists_problems_by_line_and_exits_2(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    rows = [*ACCOUNTS, ["NL-S2", "Winkel", "store", "NL-NOPE", "", "veel"]]
    rows += [[f"X{n}", "", "workshop", "", "", ""] for n in range(60)]
    rows += [[f"Y{n}", f"Garage {n}", "workshop", "", "", f"veel{n}"] for n in range(60)]
    result = run("import", "accounts", str(write_csv(tmp_path / "bad.csv", rows)), "--db", database)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: bad.csv was not imported: 122 problems found.")
    nowhere = "there is no account NL-NOPE in the file or the database"
    assert lines[1] == f'line 6, column "parent code": {nowhere}'
    assert lines[2] == 'line 6, column "Kredietlimiet": "veel" is not a number'
    # the same problem on 60 rows is one line; 60 different ones are listed up to 50
    assert lines[3] == 'lines 7, 8, 9, 10, 11 and 55 more, column "Naam": name is required'
    assert lines[4] == 'line 67, column "Kredietlimiet": "veel0" is not a number'
    assert len(lines) == 1 + 50 + 1 and lines[-1] == "… and 13 more"
    assert all(re.match(r'line \d+, column "[^"]+": ', line) for line in lines[4:51])
    assert not Path(database).exists(), "nothing imported: the new file is gone again"


def test_unreadable_files_and_bad_maps_are_sentences(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    missing = run("import", "accounts", str(tmp_path / "nope.csv"), "--db", database)
    assert missing.returncode == 2 and "nope.csv does not exist." in missing.stderr
    assert not Path(database).exists()
    started = run(
        "import", "accounts", str(write_csv(tmp_path / "k.csv", ACCOUNTS)), "--db", database
    )
    assert started.returncode == 0, started.stderr
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    refused = run("import", "contacts", str(binary), "--db", database)
    assert refused.returncode == 2 and "is not a text (CSV) file" in refused.stderr
    rows = [["Nummer", "Naam, volledig", "kind"], ["A", "B", "workshop"]]
    accounts = write_csv(tmp_path / "a.csv", rows)
    mapped = run(
        "import",
        "accounts",
        str(accounts),
        "--map",
        "code=Nummer,name=Naam, volledig",
        "--db",
        database,
    )
    assert mapped.returncode == 0, mapped.stderr
    bad_map = run("import", "accounts", str(accounts), "--map", "Nummer", "--db", database)
    assert bad_map.returncode == 2 and "--map takes field=Column pairs" in bad_map.stderr
    for result in (missing, refused, mapped, bad_map):
        assert "Traceback" not in result.stderr


def test_export_import_export_round_trip_through_the_command(demo_db: Path, tmp_path: Path) -> None:
    fresh = str(tmp_path / "fresh.acctdb")
    for what in ("accounts", "contacts"):
        first, second = tmp_path / f"{what}-1.csv", tmp_path / f"{what}-2.csv"
        out = run("export", what, "--format", "csv", "--out", str(first), "--db", str(demo_db))
        assert out.returncode == 0, out.stderr
        imported = run("import", what, str(first), "--db", fresh)
        assert imported.returncode == 0, imported.stderr
        out = run("export", what, "--out", str(second), "--db", fresh)
        assert out.returncode == 0, out.stderr
        assert first.read_bytes() == second.read_bytes()
    workbook = tmp_path / "accounts.xlsx"
    assert run("export", "accounts", "--out", str(workbook), "--db", fresh).returncode == 0
    assert workbook.read_bytes()[:2] == b"PK"
    back = run("import", "accounts", str(workbook), "--db", fresh)
    assert "200 accounts read: 0 created, 0 updated, 200 unchanged." in back.stdout


def test_a_large_import_shows_progress_on_stderr(tmp_path: Path) -> None:
    rows = [["code", "name", "kind"]]
    rows += [[f"W{n:05d}", f"Werkplaats {n}", "workshop"] for n in range(6000)]
    big = write_csv(tmp_path / "big.csv", rows)
    result = run("import", "accounts", str(big), "--db", str(tmp_path / "b.acctdb"))
    assert result.returncode == 0, result.stderr
    assert "checking rows" in result.stderr and "writing rows" in result.stderr
    assert "6,000 accounts read: 6,000 created" in result.stdout


def test_default_kind_lets_a_foreign_crm_export_in(tmp_path) -> None:
    import csv as _csv
    import subprocess as _sp
    import sys as _sys

    path = tmp_path / "partners.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = _csv.writer(handle)
        writer.writerow(["xml_id", "name", "city"])
        writer.writerow(["p1", "Garage Van Dijk", "Zwolle"])
        writer.writerow(["p2", "Gara Minh Tâm", "Huế"])
    db = tmp_path / "foreign.acctdb"
    command = [
        _sys.executable,
        "-m",
        "acct_desktop",
        "import",
        "accounts",
        str(path),
        "--map",
        "code=xml_id",
        "--db",
        str(db),
    ]
    refused = _sp.run(command, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "needs a kind" in refused.stderr
    unknown = _sp.run(
        [*command, "--default-kind", "ruimteschip"], capture_output=True, text=True, timeout=120
    )
    assert unknown.returncode == 2 and '"ruimteschip"' in unknown.stderr
    assert "Traceback" not in unknown.stderr and not db.exists()
    # the kind as a cell of the manager's own file would write it ("werkplaats" in Dutch)
    accepted = _sp.run(
        [*command, "--default-kind", "werkplaats"], capture_output=True, text=True, timeout=120
    )
    assert accepted.returncode == 0, accepted.stderr


def test_counts_of_one_are_told_in_the_singular(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("code;name;kind\nNL-1\nNL-2;Garage Smit;store;extra\n", "utf-8")
    result = run("import", "accounts", str(ragged), "--db", database)
    assert result.returncode == 2
    assert "line 2: this row has 1 value but the header has 3 columns" in result.stderr
    assert "line 3: this row has 4 values but the header has 3 columns (a separator" in (
        result.stderr
    )
    accounts = write_csv(tmp_path / "one.csv", ACCOUNTS[:1] + ACCOUNTS[2:3])
    assert run("import", "accounts", str(accounts), "--db", database).returncode == 0
    out = tmp_path / "accounts.csv"
    exported = run("export", "accounts", "--out", str(out), "--db", database)
    assert exported.returncode == 0, exported.stderr
    assert f"1 row written to {out}." in exported.stdout


def test_a_workbook_with_a_title_and_merged_group_names_imports_and_a_header_row_is_chosen(
    tmp_path: Path,
) -> None:
    """The QA's acc_merged.xlsx: the header is row 3, under a merged title and merged group
    names; --header-row names another row, and a wrong one is explained by its number,
    without the CSV's "separator inside an unquoted value" guess."""
    from tests.unit.test_header_row import merged_workbook

    database = str(tmp_path / "zh.acctdb")
    path = merged_workbook(tmp_path / "acc_merged.xlsx")
    wrong = run("import", "accounts", str(path), "--db", database, "--header-row", "2")
    assert wrong.returncode == 2
    lines = wrong.stderr.splitlines()
    assert lines[1] == "line 2: the file has no column for code, which is required"
    assert "lines 3, 4, 5: this row has 13 values but the header (line 2) has 11" in lines[3]
    assert "separator" not in wrong.stderr
    assert lines[-1] == (
        "If line 2 does not hold the column names, name the row that does: --header-row N. "
        "If it does, name the column of each field: --map field=Column."
    )
    found = run("import", "accounts", str(path), "--db", database)
    assert found.returncode == 0, found.stderr
    assert "2 accounts read: 2 created" in found.stdout
    chosen = run("import", "accounts", str(path), "--db", database, "--header-row", "3")
    assert "2 accounts read: 0 created, 0 updated, 2 unchanged." in chosen.stdout
    bad = run("import", "accounts", str(path), "--db", database, "--header-row", "three")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "error: --header-row takes the number of the row that holds the column names, such "
        'as 3, not "three".'
    )
    past = run("import", "accounts", str(path), "--db", database, "--header-row", "40")
    assert past.returncode == 2 and "Row 40 of acc_merged.xlsx is empty or past" in past.stderr


def test_a_parent_column_not_read_gets_advice_that_pastes(tmp_path: Path) -> None:
    """A refusal for want of parents whose parent column was not read names the map that
    reads it, quoted so that it can be pasted; pasted, the file imports."""
    database = str(tmp_path / "new.acctdb")
    rows = [
        ["Code", "Name", "Kind", "Parent Org"],
        ["HQ1", "Alpha HQ", "headquarters", ""],
        ["RO1", "Alpha South", "regional_office", "HQ1"],
    ]
    path = str(write_csv(tmp_path / "accounts.csv", rows))
    refused = run("import", "accounts", path, "--db", database)
    assert refused.returncode == 2
    advice = refused.stderr.splitlines()[-1]
    assert advice == (
        'If "Parent Org" holds the parent accounts\' codes, read it as the parent code: '
        '--map "parent_code=Parent Org" (then import again).'
    )
    pasted = run("import", "accounts", path, "--db", database, "--map", "parent_code=Parent Org")
    assert pasted.returncode == 0, pasted.stderr
    assert "2 accounts read: 2 created" in pasted.stdout


def test_a_file_with_no_rows_is_refused_not_reported_imported(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    empty = write_csv(tmp_path / "empty.csv", [["code", "name", "kind"]])
    result = run("import", "accounts", str(empty), "--db", database)
    assert result.returncode == 2, result.stdout
    assert "line 1: no rows to import: the file has nothing below its column names" in (
        result.stderr
    )
    assert "accounts read" not in result.stdout


def test_reimporting_with_empty_cells_keeps_values_and_takes_a_backup(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    run("import", "accounts", str(write_csv(tmp_path / "k.csv", ACCOUNTS)), "--db", database)
    update = write_csv(tmp_path / "upd.csv", [["code", "name", "city"], ["NL-HQ", "APN", ""]])
    result = run("import", "accounts", str(update), "--db", database)
    assert result.returncode == 0, result.stderr
    assert "1 account read: 0 created, 1 updated, 0 unchanged. 1 value changed." in result.stdout
    assert "Empty cells left 1 value as stored" in result.stdout
    assert "kept as a backup (" in result.stdout
    shown = run("export", "accounts", "--out", str(tmp_path / "out.csv"), "--db", database)
    assert shown.returncode == 0, shown.stderr
    assert "Utrecht" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_odoo_contacts_import_as_contacts_with_their_company(tmp_path: Path) -> None:
    database = str(tmp_path / "new.acctdb")
    run("import", "accounts", str(write_csv(tmp_path / "k.csv", ACCOUNTS)), "--db", database)
    contacts = write_csv(
        tmp_path / "odoo_contacts.csv",
        [["Name", "Job Position", "Phone", "Email", "Related Company"],
         ["Willie Burke", "Service Manager", "", "willie@example.com", "NL-HQ"],
         ["Ann Vos", "Buyer", "", "ann@example.com", "Garage Ruïne"]],
    )  # fmt: skip
    result = run("import", "contacts", str(contacts), "--db", database)
    assert result.returncode == 0, result.stderr
    assert "2 contacts read: 2 created" in result.stdout


def test_an_ics_with_an_event_of_no_known_account_is_refused_unless_skipped(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "new.acctdb")
    run("import", "accounts", str(write_csv(tmp_path / "k.csv", ACCOUNTS)), "--db", database)
    ics = tmp_path / "my.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:a1@x\r\nDTSTART:20261126T090000Z\r\nDTEND:20261126T100000Z\r\n"
        "SUMMARY:Visit NL-HQ\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a2@x\r\nDTSTART:20261127T090000Z\r\nDTEND:20261127T100000Z\r\n"
        "SUMMARY:Bezoek Garage Ruïne\r\nLOCATION:Garage Ruïne, Zwolle\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:a3@x\r\nDTSTART:20261128T090000Z\r\nDTEND:20261128T100000Z\r\n"
        "SUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    refused = run("import", "visits", str(ics), "--db", database)
    assert refused.returncode == 2, refused.stdout
    assert "my.ics was not imported: 1 event names no account found here." in refused.stderr
    assert "“Lunch” (line 16): matches no visit and names no account" in refused.stderr
    assert "--skip-unmatched" in refused.stderr
    done = run("import", "visits", str(ics), "--skip-unmatched", "--db", database)
    assert done.returncode == 0, done.stderr
    assert "0 visits updated, 2 created, 0 unchanged, 1 event skipped" in done.stdout
