"""``acct-desktop import sales FILE`` run as a user runs it: in a subprocess."""

from __future__ import annotations

import csv
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.store.database import open_database
from acct_desktop.store.models import SalesFact
from tests.unit.test_sales_import import add_accounts_and_products


def run(
    *args: str, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
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
        "For the file's own words, say what each means: --measure-word ZF2=sell_in "
        "(or outbound, sell_out, stock; repeatable), or ZF2=none to refuse its rows."
    )


def test_the_advice_for_a_word_that_is_no_measure_shows_the_files_own_word(
    tmp_path: Path,
) -> None:
    """A Chinese file's 退货 (returns) is not a measure: the advice's example is 退货=none,
    typed as it stands, not a Dutch word the file never held; a word with a space is put
    in double quotes, which every shell (cmd.exe too) reads as one argument."""
    database = database_with_accounts(tmp_path)
    path = write_csv(
        tmp_path / "sales_bad.csv",
        [["日期", "客户编码", "业务类型", "数量", "金额"],
         ["2026-11-05", "CN-HQ", "进货", "5", "1500"],
         ["2026-11-05", "CN-HQ", "退货", "-1", "-300"],
         ["2026-11-06", "CN-HQ", "Ret our", "-1", "-300"]],
    )  # fmt: skip
    result = run("--lang", "zh_CN", "import", "sales", str(path), "--db", database)
    assert result.returncode == 2
    advice = result.stderr.splitlines()[-1]
    assert "--measure-word 退货=sell_in" in advice and "退货=none" in advice, advice
    assert "Verkoop" not in result.stderr
    english = run("import", "sales", str(path), "--db", database)
    assert english.stderr.splitlines()[-1] == (
        "For the file's own words, say what each means: --measure-word 退货=sell_in (or "
        "outbound, sell_out, stock; repeatable), or 退货=none to refuse its rows."
    )
    path.write_text(path.read_text("utf-8-sig").replace("退货", "Ret our"), "utf-8")
    spaced = run("import", "sales", str(path), "--db", database)
    assert '--measure-word "Ret our=sell_in"' in spaced.stderr.splitlines()[-1]
    assert fact_count(database) == 0


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


def october(account: str = "CN-HQ") -> list[list[str]]:
    return [[f"2026-10-{d:02d}", account, "sell_in", "1", "10"] for d in range(1, 31)]


def sell_in_by_month(path: str) -> dict[str, str]:
    result = run(
        "report", "sales", "--db", path, "--group-by", "month", "--measure", "sell_in",
        "--from", "2026-01-01", "--to", "2026-12-31", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return {row["key"]: row["amount"] for row in json.loads(result.stdout)["rows"]}


def test_a_mistyped_month_is_refused_until_the_months_are_named(tmp_path: Path) -> None:
    """One row of an October export dated January: refused by line, with the rows of each
    month and how to name the months; named, only January and October are replaced, month
    by month in the summary, after a backup."""
    database = database_with_accounts(tmp_path)
    history = [["period", "account_code", "measure", "amount"]]
    history += [[f"2026-{m:02d}", "CN-HQ", "sell_in", "1000.10"] for m in range(1, 11)]
    assert run("import", "sales", str(write_csv(tmp_path / "h.csv", history)),
               "--db", database).returncode == 0  # fmt: skip
    before = sell_in_by_month(database)
    rows = [["date", "account_code", "measure", "quantity", "amount"], *october()]
    rows[12] = ["2026-01-09", "CN-HQ", "sell_in", "1", "10"]
    path = write_csv(tmp_path / "oct.csv", rows)
    env = {"ACCT_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    refused = run("import", "sales", str(path), "--db", database, env=env)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[1:] == [
        'line 13, column "date": this row is in January 2026, which holds only 1 of the '
        "file's 30 rows (October 2026 holds 29): is its date mistyped? Importing it would "
        "replace January 2026's figures of the file's accounts",
        "The file's rows by month: October 2026: 29 rows; January 2026: 1 row (line 13).",
        "Correct a mistyped date and import the file again; if the dates are right, name the "
        "months the file holds: --period 2026-01 --period 2026-10 (rows outside them are "
        "refused).",
    ]
    outside = run("import", "sales", str(path), "--period", "2026-10", "--db", database, env=env)
    assert outside.returncode == 2 and "line 13" in outside.stderr
    assert sell_in_by_month(database) == before  # nothing lost on either refusal
    assert not (tmp_path / "data" / "backups").exists()
    named = run("import", "sales", str(path), "--period", "2026-01,2026-10", "--db", database,
                env=env)  # fmt: skip
    assert named.returncode == 0, named.stderr
    assert "Figures replaced by month: January 2026: 1, October 2026: 1." in named.stdout
    backups = list((tmp_path / "data" / "backups").rglob("*_pre-import_*.acctdb"))
    assert len(backups) == 1 and str(backups[0]) in named.stdout
    after = sell_in_by_month(database)
    assert after["2026-01"] == "10.00" and after["2026-10"] == "290.00"
    assert {k: after[k] for k in before if k not in ("2026-01", "2026-10")} == {
        f"2026-{m:02d}": "1000.10" for m in range(2, 10)
    }  # February to September untouched
    assert sell_in_by_month(str(backups[0])) == before


def test_a_column_of_measures_under_an_unknown_header_is_pointed_to(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    rows = [["Datum", "Klantnummer", "Vorgang Art", "Aantal", "Omzet"]]
    rows += [["2026-03-02", "NL-S1", "inkoop", "2", "10"], ["2026-03-31", "NL-S1", "voorraad",
                                                              "1", "5"]]  # fmt: skip
    path = write_csv(tmp_path / "erp.csv", rows)
    for extra in ((), ("--measure", "sell_in")):
        result = run("import", "sales", str(path), *extra, "--db", database)
        assert result.returncode == 2
        assert result.stderr.splitlines()[-1] == (
            'Read that column as the measure: --map "measure=Vorgang Art" (then import again).'
        )
        assert "--measure sell_in" not in result.stderr
    # the advice pasted as it is (a header with a space: quoted, one argument)
    advice = result.stderr.splitlines()[-1].split(": ", 1)[1].split(" (then")[0]
    mapped = run("import", "sales", str(path), *shlex.split(advice), "--db", database)
    assert mapped.returncode == 0, mapped.stderr


def test_a_corrected_file_replaces_every_account_of_the_territory_when_asked(
    tmp_path: Path,
) -> None:
    database = database_with_accounts(tmp_path)
    header = ["date", "account_code", "measure", "quantity", "amount"]
    wrong = [header, ["2026-10-05", "广州-01", "sell_out", "216", "19805.76"]]
    right = [header, ["2026-10-05", "CN-HQ", "sell_out", "216", "19805.76"]]
    assert run("import", "sales", str(write_csv(tmp_path / "w.csv", wrong)),
               "--db", database).returncode == 0  # fmt: skip
    result = run("import", "sales", str(write_csv(tmp_path / "r.csv", right)),
                 "--replace-for", "all", "--db", database)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "for every account, not only for the accounts in the file" in result.stdout
    report = run(
        "report", "sales", "--db", database, "--group-by", "account", "--measure", "sell_out",
        "--from", "2026-10-01", "--to", "2026-10-31", "--json",
    )  # fmt: skip
    rows = json.loads(report.stdout)["rows"]
    assert [(r["key"], r["amount"]) for r in rows] == [("CN-HQ", "19805.76")]


QM = Path(__file__).resolve().parents[2] / "acct_desktop" / "assets" / "i18n"


@pytest.mark.skipif(
    not (QM / "acct_desktop_zh_CN.qm").is_file(),
    reason="the compiled catalogues are missing: python installer/translations.py build",
)
def test_a_column_mapped_wrongly_is_named_with_the_fields_chinese_word(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    path = write_csv(tmp_path / "m.csv", [["date", "account_code", "amount"],
                                         ["2026-03-02", "NL-S1", "10"]])  # fmt: skip
    result = run("--lang", "zh", "import", "sales", str(path), "--map", "measure=业务类形",
                 "--db", database)  # fmt: skip
    assert result.returncode == 2
    line = result.stderr.splitlines()[1]
    assert "业务类形" in line and "measure" not in line and "指标" in line


def test_a_quantity_read_as_the_amount_is_refused_until_confirmed(tmp_path: Path) -> None:
    """``--map amount=Aantal`` booked 2 cases as 2.00 of sell-in. Refused on the header
    line, naming the column, with the two ways out; nothing written until confirmed."""
    database = database_with_accounts(tmp_path)
    rows = [["Datum", "Klantnummer", "Soort", "Aantal", "Omzet excl. btw"],
            ["2026-03-02", "NL-S1", "inkoop", "2", "39,80"],
            ["2026-03-03", "NL-S1", "inkoop", "1", "19,90"]]  # fmt: skip
    path = write_csv(tmp_path / "maart.csv", rows)
    refused = run("import", "sales", str(path), "--map", "amount=Aantal", "--db", database)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.splitlines()[1:] == [
        'line 1, column "Aantal": this column is read as the amount, but its header names a '
        "quantity: its numbers would be booked as money",
        'If "Aantal" holds quantities, read it as the quantity and the amount from its own '
        'column: --map quantity=Aantal --map "amount=Omzet excl. btw". If it does hold the '
        "amounts, import again with --amount-confirmed.",
    ]
    assert fact_count(database) == 0
    advice = refused.stderr.splitlines()[-1].split("column: ", 1)[1].split(". If")[0]
    pasted = run("import", "sales", str(path), *shlex.split(advice), "--db", database)
    assert pasted.returncode == 0, pasted.stderr
    assert fact_count(database) == 2
    confirmed = run("import", "sales", str(path), "--map", "amount=Aantal", "--amount-confirmed",
                    "--no-quantities-confirmed", "--db", database)  # fmt: skip
    assert confirmed.returncode == 0, confirmed.stderr
    assert fact_count(database) == 2


def test_an_amount_column_repeating_the_quantity_is_refused_naming_both(tmp_path: Path) -> None:
    database = database_with_accounts(tmp_path)
    rows = [["Datum", "Klantnummer", "Soort", "Stuks", "Waarde"]]
    rows += [[f"2026-03-{d:02d}", "NL-S1", "inkoop", str(d), str(d)] for d in range(1, 29)]
    path = write_csv(tmp_path / "maart.csv", rows)
    mapped = ("--map", "quantity=Stuks,amount=Waarde")
    refused = run("import", "sales", str(path), *mapped, "--db", database)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[1:] == [
        'line 1, column "Waarde": this column is read as the amount, but on every row it '
        'holds the same number as the quantity (column "Stuks"): is a quantity read as the '
        "amount?",
        'If "Waarde" holds quantities, read the amount from its own column: --map '
        "amount=COLUMN. If it does hold the amounts, import again with --amount-confirmed.",
    ]
    assert fact_count(database) == 0
    assert run("import", "sales", str(path), *mapped, "--amount-confirmed",
               "--db", database).returncode == 0  # fmt: skip
    assert fact_count(database) == 28


def test_a_stock_reimport_without_its_value_column_is_refused_unless_confirmed(
    tmp_path: Path,
) -> None:
    """The Dutch QA's October stock (value 44.092,54) re-imported from a file whose value
    column was not read: refused, naming the column and how to read it; imported only with
    --no-amounts-confirmed (the value then goes, as the user said)."""
    database = database_with_accounts(tmp_path)
    first = write_csv(
        tmp_path / "voorraad.csv",
        [["Datum", "Klantnummer", "Soort", "Aantal", "Waarde"],
         ["2026-10-31", "NL-S1", "Voorraad", "120", "44.092,54"]],
    )  # fmt: skip
    assert run("import", "sales", str(first), "--db", database).returncode == 0
    again = write_csv(
        tmp_path / "voorraad-2.csv",
        [["Datum", "Klantnummer", "Soort", "Aantal", "Stock value EUR"],
         ["2026-10-31", "NL-S1", "Voorraad", "120", "44.092,54"]],
    )  # fmt: skip
    refused = run("import", "sales", str(again), "--db", database, "--map", "amount=")
    assert refused.returncode == 2
    lines = refused.stderr.splitlines()
    assert lines[1] == (
        "line 1: the file has no amount column, so the amounts of the figures it replaces "
        "would become 0 (1 sales fact; in all 44,092.54 EUR). Columns not read: "
        '"Stock value EUR"'
    )
    assert lines[-1] == (
        'If "Stock value EUR" holds the amounts, read it as the amount: --map "amount=Stock '
        'value EUR". If the file has no amounts, import again with --no-amounts-confirmed.'
    )
    dutch = run("--lang", "nl", "import", "sales", str(again), "--db", database, "--map", "amount=")
    assert dutch.returncode == 2
    mapped = run("import", "sales", str(again), "--db", database, "--map", "amount=Stock value EUR")
    assert mapped.returncode == 0, mapped.stderr
    confirmed = run(
        "import", "sales", str(again), "--db", database, "--map", "amount=",
        "--no-amounts-confirmed",
    )  # fmt: skip
    assert confirmed.returncode == 0, confirmed.stderr
    db = open_database(database)
    try:
        with db.session() as session:
            assert list(session.scalars(select(SalesFact.amount))) == [0]
    finally:
        db.close()


def test_a_reimport_without_its_quantity_column_is_refused_unless_confirmed(
    tmp_path: Path,
) -> None:
    """A Vietnamese manager re-imports October from a turnover report whose quantity column
    ("SL giao") the import does not read: the counts are not zeroed unseen. Refused as a
    file without amounts is; imported with --map quantity=… or --no-quantities-confirmed."""
    database = database_with_accounts(tmp_path)
    first = write_csv(
        tmp_path / "thang10.csv",
        [["Ngày", "Mã khách hàng", "Loại", "Số lượng", "Thành tiền"],
         ["2026-10-31", "VN-W1", "nhập hàng", "120", "80.000.000"]],
    )  # fmt: skip
    assert run("import", "sales", str(first), "--db", database).returncode == 0
    again = write_csv(
        tmp_path / "thang10-doanhthu.csv",
        [["Ngày", "Mã khách hàng", "Loại", "SL giao", "Thành tiền"],
         ["2026-10-31", "VN-W1", "nhập hàng", "120", "80.000.000"]],
    )  # fmt: skip
    refused = run("import", "sales", str(again), "--db", database)
    assert refused.returncode == 2
    lines = refused.stderr.splitlines()
    assert lines[1] == (
        "line 1: the file has no quantity column, so the quantities of the figures it "
        'replaces would become 0 (1 sales fact; in all 120). Columns not read: "SL giao"'
    )
    assert lines[-1] == (
        'If "SL giao" holds the quantities, read it as the quantity: --map "quantity=SL '
        'giao". If the file has no quantities, import again with --no-quantities-confirmed.'
    )
    amounts_only = run("import", "sales", str(again), "--db", database, "--no-amounts-confirmed")
    assert amounts_only.returncode == 2  # the other column's confirmation is not this one
    mapped = run("import", "sales", str(again), "--db", database, "--map", "quantity=SL giao")
    assert mapped.returncode == 0, mapped.stderr
    confirmed = run("import", "sales", str(again), "--db", database, "--no-quantities-confirmed")
    assert confirmed.returncode == 0, confirmed.stderr
    db = open_database(database)
    try:
        with db.session() as session:
            rows = session.execute(select(SalesFact.quantity, SalesFact.amount)).all()
            assert [tuple(r) for r in rows] == [(0, 80_000_000)]
    finally:
        db.close()


def test_amounts_written_with_their_currency_import_and_a_contradicting_one_is_refused(
    tmp_path: Path,
) -> None:
    """A Chinese manager's ERP export writes 元 after every amount and ¥ before some: they
    match the accounts' yuan and import. A row of a Vietnamese account in euros is refused
    on its line, naming both currencies, and nothing is written."""
    database = database_with_accounts(tmp_path)
    rows = [["日期", "客户编码", "指标", "数量", "金额"],
            ["2026-10-01", "CN-HQ", "进货", "10", "80000元"],
            ["2026-10-02", "CN-HQ", "进货", "2", "¥16,000.00"],
            ["2026-10-03", "广州-01", "进货", "5", "4.5万元"],
            ["2026-10-04", "VN-W1", "进货", "1", "80.000 ₫"]]  # fmt: skip
    good = run("import", "sales", str(write_csv(tmp_path / "10月.csv", rows)), "--db", database)
    assert good.returncode == 0, good.stderr
    assert "4 sales facts read: 4 written" in good.stdout
    db = open_database(database)
    try:
        with db.session() as session:
            amounts = sorted(session.execute(select(SalesFact.amount, SalesFact.currency)))
    finally:
        db.close()
    assert [(int(a), c) for a, c in amounts] == [
        (16_000, "CNY"),
        (45_000, "CNY"),
        (80_000, "CNY"),
        (80_000, "VND"),
    ]
    rows[1:] = [["2026-11-01", "CN-HQ", "进货", "1", "80000元"],
                ["2026-11-02", "VN-W1", "进货", "1", "€ 12,50"]]  # fmt: skip
    refused = run("import", "sales", str(write_csv(tmp_path / "11月.csv", rows)), "--db", database)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[1] == (
        'line 3, column "金额": the amount is written in € (EUR), but the row\'s account is in '
        "VND; amounts are not converted: write the amount in VND, or give the row its own "
        "currency in a currency column"
    )
    assert fact_count(database) == 4
    chinese = run("--lang", "zh", "import", "sales", str(tmp_path / "11月.csv"), "--db", database)
    assert chinese.returncode == 2
    assert "第 3 行" in chinese.stderr and "€（EUR）" in chinese.stderr  # the language's brackets
