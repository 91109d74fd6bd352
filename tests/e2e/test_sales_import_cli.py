"""``acct-desktop import sales FILE`` run as a user runs it: in a subprocess."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from acct_desktop.store.database import open_database
from acct_desktop.store.models import SalesFact
from tests.unit.test_sales_import import add_accounts_and_products


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


def database_with_accounts(tmp_path: Path) -> str:
    path = tmp_path / "team.acctdb"
    database = open_database(path)
    add_accounts_and_products(database)
    database.close()
    return str(path)


def fact_count(path: str) -> int:
    database = open_database(path)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(SalesFact))
    finally:
        database.close()


def test_import_sales_then_again_replaces_instead_of_adding(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    rows = [["Datum", "Klantnummer", "Artikelnummer", "Aantal", "Omzet"]]
    rows += [[f"2026-03-{d:02d}", "NL-S1", "PEO-1L", "2", "19,90"] for d in range(1, 32)]
    path = write_csv(tmp_path / "inkoop maart.csv", rows)
    result = run("import", "sales", str(path), "--measure", "inkoop", "--db", database)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "inkoop maart.csv: 31 sales facts read: 31 written, 0 replaced, for 1 account, "
        "covering 2026-03-01 to 2026-03-31."
    )
    again = run("import", "sales", str(path), "--measure", "sell_in", "--db", database)
    assert "31 written, 31 replaced" in again.stdout
    assert fact_count(database) == 31


def test_a_rejected_sales_file_exits_2_with_line_numbers_and_writes_nothing(
    tmp_path: Path,
) -> None:
    database = database_with_accounts(tmp_path)
    rows = [["date", "account_code", "measure", "amount"]]
    rows += [["2026-03-01", "CN-HQ", "sell_in", "10"], ["2026-03-02", "XX", "进货", "abc"]]
    rows += [["2026-03-03", "CN-HQ", "stock", "NaN"] for _ in range(60)]
    path = write_csv(tmp_path / "bad.csv", rows)
    result = run("import", "sales", str(path), "--db", database)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "error: bad.csv was not imported: 62 problems found. Nothing was written; correct the "
        "file and import it again."
    )
    assert lines[1] == 'line 3, column "account_code": there is no account XX in the database'
    assert lines[2] == 'line 3, column "amount": "abc" is not a number'
    # one bad value down 60 rows is one problem to fix, listed once with its lines
    assert lines[3] == 'lines 4, 5, 6, 7, 8 and 55 more, column "amount": "NaN" is not a number'
    assert lines[4] == (
        "1 account code of this file is not in the database yet: import that account first "
        "(acct-desktop import accounts FILE), then this file again."
    )
    assert len(lines) == 5
    assert fact_count(database) == 0
    unknown = run("import", "sales", str(path), "--measure", "returns", "--db", database)
    assert unknown.returncode == 2 and unknown.stderr.startswith('error: "returns" is not a')


def test_measure_words_say_what_the_erps_own_words_mean(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    rows = [["Datum", "Klantnummer", "Soort", "Aantal", "Omzet"]]
    rows += [
        ["2026-03-02", "NL-S1", "Verkoop", "2", "10"],
        ["2026-03-03", "NL-S1", "ZF2", "1", "5"],
    ]
    path = write_csv(tmp_path / "erp.csv", rows)
    bad = run("import", "sales", str(path), "--measure-word", "ZF2", "--db", database)
    assert bad.returncode == 2 and "--measure-word takes WORD=MEASURE" in bad.stderr
    result = run(
        "import", "sales", str(path), "--db", database,
        "--measure-word", "Verkoop=sell_in", "--measure-word", "ZF2=uitlevering",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    db = open_database(database)
    try:
        with db.session() as session:
            measures = sorted(m.value for m in session.scalars(select(SalesFact.measure)))
    finally:
        db.close()
    assert measures == ["outbound", "sell_in"]
    refused = run(
        "import", "sales", str(path), "--db", database,
        "--measure-word", "Verkoop=sell_in", "--measure-word", "ZF2=none",
    )  # fmt: skip
    assert refused.returncode == 2
    assert '"ZF2" was set aside as not a measure for this import' in refused.stdout + refused.stderr
    assert "--measure-word" not in refused.stderr  # the user has said what ZF2 means
    unexplained = run("import", "sales", str(path), "--db", database)
    assert unexplained.returncode == 2
    assert unexplained.stderr.splitlines()[-1] == (
        "For the file's own words, say what each means: --measure-word Verkoop=sell_in "
        "(repeatable), or WORD=none to refuse its rows."
    )


def test_a_file_without_measures_is_told_about_measure(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    path = write_csv(tmp_path / "m.csv", [["date", "account_code", "amount"],
                                         ["2026-03-02", "NL-S1", "10"]])  # fmt: skip
    result = run("--lang", "nl", "import", "sales", str(path), "--db", database)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert "meetwaarde" in lines[1] and "--measure sell_in" in lines[-1]
    assert "For rows" not in lines[-1]  # in Dutch, like the rest
    assert run("import", "sales", str(path), "--measure", "stock", "--db", database).returncode == 0
