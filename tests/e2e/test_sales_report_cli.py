"""``acct-desktop report sales`` in a subprocess on the S demo database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from acct_desktop.domain.enums import Measure
from acct_desktop.sales_report_cli import display_width
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, SalesFact, Territory

ROOT = Path(__file__).resolve().parents[2]


def report(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "report", "sales", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
        cwd=ROOT,
    )


def sell_in_by_territory(db_path: Path, first: date, last: date) -> dict[tuple[str, str], Decimal]:
    """Adds the facts up in Python, one Decimal at a time: the figures the report must print."""
    db = open_database(db_path, create=False)
    try:
        with db.session() as session:
            rows = session.execute(
                select(Territory.code, SalesFact.currency, SalesFact.amount)
                .join(Account, Account.id == SalesFact.account_id)
                .join(Territory, Territory.id == Account.territory_id)
                .where(
                    SalesFact.measure == Measure.SELL_IN,
                    SalesFact.period >= first,
                    SalesFact.period <= last,
                )
            ).all()
    finally:
        db.close()
    totals: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for code, currency, amount in rows:
        totals[(code, currency)] += amount
    return dict(totals)


def test_json_totals_per_territory_are_exact_decimal_strings(demo_db: Path) -> None:
    done = report(
        "--group-by",
        "territory",
        "--from",
        "2026-01-01",
        "--to",
        "2026-10-31",
        "--json",
        db=demo_db,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    for row in document["rows"] + document["totals"]:
        assert isinstance(row["amount"], str) and isinstance(row["quantity"], str)
        assert row["amount"].count(".") == 1 and len(row["amount"].split(".")[1]) == 2
    printed = {(r["key"], r["currency"]): Decimal(r["amount"]) for r in document["rows"]}
    expected = sell_in_by_territory(demo_db, date(2026, 1, 1), date(2026, 10, 31))
    assert printed == expected and len(expected) > 3
    currencies = {currency for _code, currency in expected}
    assert {t["currency"] for t in document["totals"]} == currencies  # EUR, CNY, VND apart
    for total in document["totals"]:
        mine = [v for (_c, cur), v in expected.items() if cur == total["currency"]]
        assert Decimal(total["amount"]) == sum(mine)
    labels = {r["label"] for r in document["rows"]}
    assert "华南" in labels and "Miền Bắc" in labels


def test_the_table_lines_up_chinese_and_vietnamese_names_by_display_width(demo_db: Path) -> None:
    done = report("--group-by", "account", "--from", "2026-10-01", "--to", "2026-10-31", db=demo_db)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "sell_in by account, 2026-10-01 to 2026-10-31"
    table = [line for line in lines[2:] if line.strip()]
    assert table[0].split() == ["Account", "Name", "Currency", "Quantity", "Amount"]
    assert any("华润万家" in line or "驰骏" in line for line in table)
    assert any(any(ch in line for ch in "ươễầ") for line in table)
    ends = {display_width(line) for line in table}
    assert len(ends) == 1, "every row's amount ends in the same column"
    assert [line.split()[0] for line in table[-3:]] == ["Total"] * 3


def test_stock_over_a_quarter_is_its_last_months_level_not_a_sum(demo_db: Path) -> None:
    common = ("--measure", "stock", "--from", "2026-07-01", "--to", "2026-09-30", "--json")
    months = report("--group-by", "month", *common, db=demo_db)
    quarter = report("--group-by", "quarter", *common, db=demo_db)
    assert months.returncode == 0 and quarter.returncode == 0, quarter.stderr
    by_month = {
        (r["key"], r["currency"]): Decimal(r["amount"]) for r in json.loads(months.stdout)["rows"]
    }
    by_quarter = {r["currency"]: Decimal(r["amount"]) for r in json.loads(quarter.stdout)["rows"]}
    assert by_quarter == {cur: v for (month, cur), v in by_month.items() if month == "2026-09"}
    july_too = sum(v for (month, cur), v in by_month.items() if cur == "EUR")
    assert by_quarter["EUR"] < july_too


def test_bad_input_is_refused_in_one_sentence(demo_db: Path) -> None:
    for args, words in (
        (("--group-by", "month", "--territory", "ZZ-99"), "No territory has the code ZZ-99."),
        (("--group-by", "month", "--account", "NOPE"), "No account has the code NOPE."),
        (
            ("--group-by", "month", "--from", "2026-13-01"),
            "--from 2026-13-01: there is no month 13",
        ),
        (("--group-by", "month", "--to", "31/10/2026"), "--to must be a day like 2026-03-31"),
        (
            ("--group-by", "month", "--from", "2026-03-02", "--to", "2026-03-01"),
            "before it starts",
        ),
    ):
        done = report(*args, db=demo_db)
        assert done.returncode == 2, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_a_missing_database_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.acctdb"
    done = report("--group-by", "year", db=missing)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not missing.exists()


def test_zeros_and_dong_are_written_with_their_columns_places(tmp_path: Path) -> None:
    from acct_desktop.domain.enums import AccountKind, Channel

    path = tmp_path / "zeros.acctdb"
    db = open_database(path)
    try:
        with db.session() as session:
            hanoi = Account(
                code="VN1",
                name="Dầu nhớt Hà Nội",
                kind=AccountKind.STORE,
                channel=Channel.DISTRIBUTOR,
                currency="VND",
            )
            session.add(hanoi)
            session.flush()
            for day, quantity, amount in [
                (date(2026, 3, 2), "5", "1250000"),
                (date(2026, 3, 20), "-5", "-1250000"),  # a credit note cancels March
                (date(2026, 4, 1), "2", "500000"),
            ]:
                session.add(
                    SalesFact(
                        period=day,
                        account_id=hanoi.id,
                        measure=Measure.SELL_IN,
                        quantity=Decimal(quantity),
                        amount=Decimal(amount),
                        currency="VND",
                    )
                )
    finally:
        db.close()
    table = report("--group-by", "month", db=path)
    assert table.returncode == 0, table.stderr
    rows = [line.split() for line in table.stdout.splitlines()[4:] if not line.startswith("-")]
    assert rows == [
        ["2026-03", "VND", "0.000", "0"],
        ["2026-04", "VND", "2.000", "500,000"],
        ["Total", "VND", "2.000", "500,000"],
    ]
    document = json.loads(report("--group-by", "month", "--json", db=path).stdout)
    assert [(r["quantity"], r["amount"]) for r in document["rows"]] == [
        ("0.000", "0.00"),
        ("2.000", "500000.00"),
    ]
    assert document["totals"] == [{"currency": "VND", "quantity": "2.000", "amount": "500000.00"}]
    march = report("--group-by", "year", "--to", "2026-03-31", db=path)
    assert march.stdout.splitlines()[-1].split() == ["Total", "VND", "0.000", "0"]


def test_an_empty_database_says_there_are_no_figures(tmp_path: Path) -> None:
    path = tmp_path / "empty.acctdb"
    open_database(path).close()
    table = report("--group-by", "year", db=path)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines() == [
        "sell_in by year, all dates",
        "No sell_in figures in this selection.",
    ]
    document = json.loads(report("--group-by", "year", "--json", db=path).stdout)
    assert (document["rows"], document["totals"]) == ([], [])


def test_the_measure_is_read_in_the_managers_words_as_the_import_reads_it(demo_db: Path) -> None:
    """`--measure inkoop` was refused by argparse (English codes only) although every
    refusal names the measures in the manager's language."""
    english = report("--group-by", "year", "--measure", "outbound", "--json", db=demo_db)
    for word in ("uitlevering", "出库", "Xuất kho"):
        done = report("--group-by", "year", "--measure", word, "--json", db=demo_db)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == json.loads(english.stdout)
    refused = report("--group-by", "year", "--measure", "omzetje", db=demo_db)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert '"omzetje"' in refused.stderr and "sell-in" in refused.stderr
