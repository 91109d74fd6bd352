"""``acct-desktop import|export products|price-policies|rebates`` run as a user runs them."""

from __future__ import annotations

import csv
import os
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


def write_csv(path: Path, rows: list[list[str]], sep: str = ",") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=sep).writerows(rows)
    return path


def test_import_products_policies_and_rebates_then_export_round_trip(
    demo_db: Path, tmp_path: Path
) -> None:
    products = write_csv(
        tmp_path / "prijslijst.csv",
        [["Artikelnummer", "Omschrijving", "Categorie", "Eenheid", "Inhoud", "Prijs",
          "Kostprijs"],
         ["NL-5L", "Motorolie 5 liter", "passenger_engine_oil", "L", "5", "49,95", "28,10"]],
        sep=";",
    )  # fmt: skip
    result = run("import", "products", str(products), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "1 product read: 1 created, 0 updated, 0 unchanged." in result.stdout
    policies = write_csv(
        tmp_path / "policies.csv",
        [["Policy code", "Policy name", "SKU", "Klantcode", "from", "rule", "korting", "basis"],
         ["NL-5L-CN48", "5 L voor CN000048", "NL-5L", "CN000048", "2026-01-01",
          "percent_discount", "6", "list"]],
    )  # fmt: skip
    result = run("import", "price-policies", str(policies), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout and "drafts" in result.stdout
    rebates = write_csv(
        tmp_path / "rebates.csv",
        [["number", "account_code", "kind", "period_start", "period_end", "tiers", "signed_on"],
         ["R-NEW-1", "CN000048", "banded", "2027-01-01", "2027-12-31", "0:1,500000:2",
          "2026-01-05"]],
    )  # fmt: skip
    result = run("import", "rebates", str(rebates), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    assert "Entered late" in result.stdout and "R-NEW-1" in result.stdout
    for what in ("products", "price-policies", "rebates"):
        out = tmp_path / f"{what}.xlsx"
        result = run("export", what, "--out", str(out), "--db", str(demo_db))
        assert result.returncode == 0, result.stderr
        back = run("import", what, str(out), "--db", str(demo_db))
        assert back.returncode == 0, back.stderr
        assert " 0 created, 0 updated," in back.stdout


def test_a_rejected_register_file_exits_2_with_line_numbered_problems(
    demo_db: Path, tmp_path: Path
) -> None:
    bad = write_csv(
        tmp_path / "bad.csv",
        [["code", "name", "account_code", "valid_from", "currency", "rule_kind", "base"],
         ["PP-00001", "changed", "", "2026-01-01", "CNY", "", ""],
         ["N-1", "no account", "NOPE", "2026-01-01", "EUR", "", ""],
         ["N-2", "bad base", "", "someday", "EUR", "formula", "PP-99999"]],
    )  # fmt: skip
    result = run("import", "price-policies", str(bad), "--db", str(demo_db))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert "bad.csv was not imported" in lines[0] and "Nothing was written" in lines[0]
    assert any(line.startswith('line 2, column "code": PP-00001 is active') for line in lines)
    assert any(line.startswith('line 3, column "account_code"') for line in lines)
    assert any(line.startswith('line 4, column "valid_from"') for line in lines)
    assert any(line.startswith('line 4, column "base"') for line in lines)
    listing = run("export", "price-policies", "--out", str(tmp_path / "p.csv"), "--db",
                  str(demo_db))  # fmt: skip
    assert "N-1" not in (tmp_path / "p.csv").read_text("utf-8-sig")
    assert listing.returncode == 0
