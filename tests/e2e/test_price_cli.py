"""``acct-desktop price`` and ``acct-desktop print price-list`` in a subprocess, as a user
would run them on the S demo."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PDFTOTEXT = shutil.which("pdftotext")


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCT_DESKTOP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def key_account_deal(db: Path) -> tuple[str, str, str, str]:
    """(account code, SKU, policy code, territory policy code) of an active product deal of a
    Chinese key account that applies at 40 packs on the demo's today."""
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT a.code, p.sku, pp.code, p.category, a.territory_id FROM price_policy pp "
            "JOIN account a ON a.id = pp.account_id JOIN product p ON p.id = pp.product_id "
            "WHERE pp.status = 'active' AND pp.scope = 'account' AND a.currency = 'CNY' "
            "AND pp.min_quantity <= 40000 AND pp.valid_from <= '2026-11-02' "
            "AND (pp.valid_to IS NULL OR pp.valid_to >= '2026-11-02') ORDER BY pp.code LIMIT 1"
        ).fetchone()
        code, sku, policy, category, territory = row
        while True:  # the country above the account's territory holds the category policy
            parent = connection.execute(
                "SELECT parent_id FROM territory WHERE id = ?", (territory,)
            ).fetchone()[0]
            if parent is None:
                break
            territory = parent
        country = connection.execute(
            "SELECT code FROM price_policy WHERE territory_id = ? AND category = ?",
            (territory, category),
        ).fetchone()[0]
    return code, sku, policy, country


def test_price_text_names_the_policies_and_why(demo_db: Path, tmp_path: Path) -> None:
    account, sku, policy, country = key_account_deal(demo_db)
    result = run(
        "price", "--account", account, "--product", sku, "--qty", "40", "--unit", "cartons",
        "--date", "2026-11-02", "--db", str(demo_db), data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{account} · {sku}" in out and "40 pack on 2026-11-02, in CNY" in out
    assert re.search(r"price\s+[\d,]+\.\d\d CNY per pack", out)
    assert re.search(rf"policy\s+{policy} ", out)
    assert re.search(rf"{policy}\s+fired", out)
    assert re.search(rf"{country}\s+outranked: less specific than {policy}", out)
    assert "Flags:" in out


def test_price_json_has_decimal_strings(demo_db: Path, tmp_path: Path) -> None:
    account, sku, policy, country = key_account_deal(demo_db)
    result = run(
        "price", "--account", account, "--product", sku, "--qty", "40", "--date", "2026-11-02",
        "--json", "--db", str(demo_db), data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    quote = json.loads(result.stdout)
    assert quote["policy"] == policy and quote["currency"] == "CNY"
    assert re.fullmatch(r"\d+\.\d\d", quote["price"])
    assert Decimal(quote["total"]) == Decimal(quote["price"]) * 40
    assert quote["quantity"] == "40" and quote["unit"] == "pack"
    outcomes = {b["policy"]: b["outcome"] for b in quote["breakdown"]}
    assert outcomes[policy] == "fired" and outcomes[country] == "outranked"
    assert all(isinstance(f["message"], str) for f in quote["flags"])


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--product", "NOPE-1", "--qty", "1"], "No product has the SKU NOPE-1."),
        (["--product", "PEO-001-4L", "--qty", "many"], "error: --qty: “many” is not a number."),
        (["--product", "PEO-001-4L", "--qty", "2,5"], "--qty: “2,5” is not a number here"),
        (["--product", "PEO-001-4L", "--qty", "-3"], "--qty must be a number above 0"),
        (["--product", "PEO-001-4L", "--qty", "1", "--unit", "kg"], "cannot be priced per kg"),
        (["--product", "PEO-001-4L", "--qty", "1", "--date", "02/11/2026"], "--date must be"),
        (["--product", "PEO-001-4L", "--qty", "1", "--currency", "USD"], "No exchange rate"),
    ],
)
def test_bad_input_exits_2_with_a_sentence(
    demo_db: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    account, *_ = key_account_deal(demo_db)
    result = run("price", "--account", account, *args, "--db", str(demo_db), data=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr


def test_the_quantity_is_read_the_way_the_language_writes_numbers(
    demo_db: Path, tmp_path: Path
) -> None:
    """As ``rebate calc`` reads its figures: ``2,125`` is 2.125 to a Dutch or Vietnamese
    user and 2125 to an English one; a script's ``2.5`` is read in every language; a
    Dutch ``1.250`` (1.25 to a script, 1250 to a reader) is refused in Dutch, not guessed."""
    account, sku, *_ = key_account_deal(demo_db)

    def quantity(typed: str, lang: str) -> subprocess.CompletedProcess:
        return run(
            "--lang", lang, "price", "--account", account, "--product", sku, "--qty", typed,
            "--date", "2026-11-02", "--json", "--db", str(demo_db), data=tmp_path,
        )  # fmt: skip

    for typed, lang, read in (
        ("2,125", "nl", "2.125"),
        ("2,125", "vi", "2.125"),
        ("2,125", "en", "2125"),
        ("2.125", "zh", "2.125"),
        ("1.250,5", "nl", "1250.5"),
        ("2.5", "nl", "2.5"),
    ):
        result = quantity(typed, lang)
        assert result.returncode == 0, (typed, lang, result.stderr)
        assert json.loads(result.stdout)["quantity"] == read, (typed, lang)
    ambiguous = quantity("1.250", "nl")
    assert ambiguous.returncode == 2 and "Traceback" not in ambiguous.stderr
    assert "--qty: “1.250” kan op twee manieren gelezen worden" in ambiguous.stderr
    bad = quantity("veel", "nl")
    assert bad.returncode == 2 and "fout: --qty: ‘veel’ is geen getal." in bad.stderr


def test_an_unknown_account_exits_2(demo_db: Path, tmp_path: Path) -> None:
    result = run(
        "price", "--account", "ZZ404", "--product", "PEO-001-4L", "--qty", "1",
        "--db", str(demo_db), data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2 and "No account has the code ZZ404." in result.stderr


@pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) missing")
def test_chinese_price_list_pdf_reads_back(demo_db: Path, tmp_path: Path) -> None:
    account, sku, _policy, _country = key_account_deal(demo_db)
    chinese = {"PEO-001-4L": "全合成机油 5W-30 4 L", sku: "客户专享产品 " + sku}
    with sqlite3.connect(demo_db) as connection:
        for item, name in chinese.items():
            connection.execute("UPDATE product SET name = ? WHERE sku = ?", (name, item))
    out = tmp_path / "out" / "price-list.pdf"
    result = run(
        "print", "price-list", "--account", account, "--out", str(out), "--date", "2026-11-02",
        "--db", str(demo_db), data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"price list of {account} on 2026-11-02" in result.stdout and "CNY" in result.stdout
    assert PDFTOTEXT
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "产品价格表" in text and account in text and "2026年11月2日" in text
    for item, name in chinese.items():
        priced = run(
            "price", "--account", account, "--product", item, "--qty", "1", "--json",
            "--date", "2026-11-02", "--db", str(demo_db), data=tmp_path,
        )  # fmt: skip
        price = json.loads(priced.stdout)["price"]
        line = next(row for row in text.splitlines() if item in row)
        assert name.replace(" ", "") in line.replace(" ", "")
        assert f"{Decimal(price):,.2f}" in line  # the same price as `price`, grouped


def test_a_price_list_written_to_a_folder_is_named_after_the_document(
    demo_db: Path, tmp_path: Path
) -> None:
    """``--out DIR`` failed with "Is a directory", though every other PDF takes a folder."""
    account, _sku, _policy, _country = key_account_deal(demo_db)
    folder = tmp_path / "lists"
    folder.mkdir()
    result = run(
        "print", "price-list", "--account", account, "--out", str(folder), "--date", "2026-11-02",
        "--db", str(demo_db), data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = folder / f"price-list-{account}-2026-11-02.pdf"
    assert [p.name for p in folder.iterdir()] == [written.name]
    assert written.read_bytes().startswith(b"%PDF") and str(written) in result.stdout


def test_price_list_for_an_unknown_account_exits_2(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "never.pdf"
    result = run(
        "print", "price-list", "--account", "ZZ404", "--out", str(out), "--db", str(demo_db),
        data=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2 and "No account has the code ZZ404." in result.stderr
    assert not out.exists()


def test_whole_packs_typed_in_litres_cost_what_the_packs_cost(
    demo_db: Path, tmp_path: Path
) -> None:
    """QA zh: ``--qty 416 --unit L`` of HO-022-208L gave 10,512.32, ``--qty 2`` (the same
    416 L) 10,513.16: the price per litre was rounded before it was multiplied."""
    account = key_account_deal(demo_db)[0]
    totals = {}
    for sku, packs, litres in (("HO-022-208L", "2", "416"), ("HO-022-20L", "12", "240")):
        for qty, unit in ((packs, "pack"), (litres, "L")):
            result = run(
                "price", "--account", account, "--product", sku, "--qty", qty, "--unit", unit,
                "--date", "2026-11-02", "--json", "--db", str(demo_db), data=tmp_path,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            totals[sku, unit] = json.loads(result.stdout)["total"]
        assert totals[sku, "L"] == totals[sku, "pack"], sku


def test_the_price_per_litre_printed_gives_the_total_printed(demo_db: Path, tmp_path: Path) -> None:
    """QA zh: 240 L of a 20 L pack at 688.90 printed "34.45 per L" next to a total of
    8,266.80 (240 × 34.45 is 8,268.00): the price per litre is printed exact (34.445), and
    where four decimals cannot hold it the pack price it comes from is printed under it."""
    account, checked = key_account_deal(demo_db)[0], 0
    for sku in ("HO-022-208L", "HO-022-20L", "HDO-007-20L", "GO-016-208L"):
        result = run(
            "--lang", "en", "price", "--account", account, "--product", sku, "--qty", "37",
            "--unit", "L", "--date", "2026-11-02", "--db", str(demo_db), data=tmp_path,
        )  # fmt: skip
        if result.returncode != 0:
            continue  # a product this account is not priced for
        said, checked = result.stdout, checked + 1
        price = Decimal(re.search(r"price\s+([\d,.]+) CNY per L", said)[1].replace(",", ""))
        total = Decimal(re.search(r"total\s+([\d,.]+) CNY", said)[1].replace(",", ""))
        pack = re.search(r"\(([\d,.]+) CNY per ([\d.]+) L pack\)", said)
        if pack is None:
            assert (price * 37).quantize(Decimal("0.01"), "ROUND_HALF_UP") == total, said
        else:
            reckoned = Decimal(pack[1].replace(",", "")) * 37 / Decimal(pack[2])
            assert reckoned.quantize(Decimal("0.01"), "ROUND_HALF_UP") == total, said
    assert checked >= 2
