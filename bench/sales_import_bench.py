"""Benchmark of the ERP sales-facts import against SQLite's own CSV import.

Usage::

    python bench/sales_import_bench.py [--rows 1000000] [--repeat 3]
                                       [--out bench/results/sales_import.json]

A realistic ERP export of ``--rows`` rows is generated once (daily sell-in, outbound,
sell-out and stock of 10,000 accounts — Chinese, Vietnamese and Dutch codes — and 104 SKUs
over 24 months; amounts are quantity × list price × a customer discount), together with a
database holding those accounts and products and no sales facts. Then, alternating, after
one discarded warm-up of each:

* **trial**: ``import_sales`` of the file into a fresh copy of that database (the copy and
  opening it are not timed; reading, checking every row, writing and committing are);
* **floor**: ``sqlite3 NEW.db ".mode csv" ".import FILE t"`` — the sqlite3 command-line
  shell loading the same file into a new table, with no checks at all (the goal's floor).
* **like-for-like floor** (context): the same ``.import``, but into a database set up as the
  app's (WAL, ``synchronous=FULL``), followed by the two indexes ``sales_fact`` keeps
  (account, day, measure) and (day, measure) — the part of the work no import into an
  indexed, durable table can skip. The ratio to it shows what our own reading and checking
  cost.
* **ready-rows floor** (context): the very rows the import wrote, read back into memory
  beforehand (untimed), inserted by Python's ``sqlite3`` in multi-row statements into an
  empty ``sales_fact`` of the app's schema (WAL, ``synchronous=FULL``), its two indexes
  built after, committed: what any import written in Python pays before it has read or
  checked a single cell.

The medians and their ratio are printed and written as JSON (the shape of ``bench/run.py``'s
results). The goal set for the import is a ratio of at most 2.

Then the import runs ``--repeat`` more times in a worker thread, as the GUI runs it, while
the main thread asks for the interpreter every millisecond, as the GUI thread does for every
paint and slot: **the longest wait** is how long the window would freeze (UX budget:
100 ms). Its floor is the same watcher while the worker only sleeps (the timer's own
jitter).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from itertools import chain
from pathlib import Path

from timing import Result, alternate, timed, timed_call

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = BENCH_DIR / "results" / "sales_import.json"
SQLITE3 = shutil.which("sqlite3") or "/usr/bin/sqlite3"
FIRST_DAY = date(2024, 11, 1)
DAYS = 730
MEASURES = ("sell_in", "outbound", "sell_out", "stock")
COUNTRIES = (("CN", "CNY", "广州"), ("VN", "VND", "HàNội"), ("NL", "EUR", "Zwolle"))


def accounts(count: int) -> list[tuple[str, str]]:
    """(code, currency): ``CN-广州-000001``, ``VN-HàNội-000002``, ``NL-Zwolle-000003`` …"""
    return [
        (f"{prefix}-{town}-{n:06d}", currency)
        for n, (prefix, currency, town) in zip(
            range(1, count + 1), COUNTRIES * (count // 3 + 1), strict=False
        )
    ]


def products() -> list[tuple[str, str, Decimal]]:
    """(sku, category, list price) of 26 oils in four pack sizes."""
    packs = (("1L", 1), ("4L", 4), ("5L", 5), ("208L", 208))
    found = []
    for n in range(26):
        category = ("passenger engine oil", "gear oil", "hydraulic oil")[n % 3]
        per_litre = Decimal(6) + Decimal(n) / 4
        for label, litres in packs:
            found.append((f"OIL-{n:03d}-{label}", category, per_litre * litres))
    return found


def build_database(path: Path, account_rows: list[tuple[str, str]], product_rows) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from acct_desktop.domain.enums import AccountKind, Channel
    from acct_desktop.store.database import open_database
    from acct_desktop.store.models import Account, Product

    db = open_database(path)
    with db.session() as session:
        conn = session.connection()
        conn.execute(
            insert(Account),
            [
                dict(code=code, name=f"Customer {code}", kind=AccountKind.STORE,
                     channel=Channel.CHAIN_STORE, currency=currency)
                for code, currency in account_rows
            ],
        )  # fmt: skip
        conn.execute(
            insert(Product),
            [
                dict(sku=sku, name=f"Oil {sku}", category=category, unit="L",
                     pack_size=Decimal(1), pack_label="1 L", list_price=price,
                     cost=price / 2)
                for sku, category, price in product_rows
            ],
        )  # fmt: skip
    db.close()


def write_export(path: Path, rows: int, account_rows, product_rows) -> None:  # type: ignore[no-untyped-def]
    """The ERP's CSV: date, account, SKU, measure, quantity, amount (seeded, repeatable)."""
    rng = random.Random(1)
    days = [(FIRST_DAY + timedelta(days=d)).isoformat() for d in range(DAYS)]
    codes = [code for code, _ in account_rows]
    discounts = [Decimal(1) - Decimal(d) / 100 for d in (0, 3, 5, 8, 10, 12, 15)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("date,account_code,sku,measure,quantity,amount\n")
        lines = []
        for _ in range(rows):
            sku, _category, price = product_rows[rng.randrange(len(product_rows))]
            quantity = rng.randint(1, 400)
            amount = (price * quantity * rng.choice(discounts)).quantize(Decimal("0.01"))
            lines.append(
                f"{rng.choice(days)},{rng.choice(codes)},{sku},{rng.choice(MEASURES)},"
                f"{quantity},{amount}\n"
            )
            if len(lines) >= 100_000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)


def fresh_copy(base: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)


def ready_rows(database: Path) -> list[tuple]:  # type: ignore[type-arg]
    """The stored columns of every sales fact in ``database``, as the import bound them."""
    with sqlite3.connect(database) as conn:
        return conn.execute(f"SELECT {', '.join(READY_COLUMNS)} FROM sales_fact").fetchall()


READY_COLUMNS = ("period", "account_id", "product_id", "category", "measure", "quantity",
                 "amount", "currency")  # fmt: skip


def insert_ready_rows(database: Path, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    """``rows`` into the empty ``sales_fact`` of ``database`` (WAL, synchronous=FULL) in
    multi-row statements, its secondary indexes dropped before and built after, committed."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'sales_fact' AND sql IS NOT NULL"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _sql in indexes:
            conn.execute(f"DROP INDEX {name}")
        width, per_statement = len(READY_COLUMNS), 100
        one = "(" + ", ".join("?" * width) + ")"
        head = f"INSERT INTO sales_fact ({', '.join(READY_COLUMNS)}) VALUES "
        whole = len(rows) - len(rows) % per_statement
        flat = chain.from_iterable(rows[:whole])
        statements = zip(*[flat] * (width * per_statement), strict=True)
        conn.executemany(head + ", ".join([one] * per_statement), statements)
        conn.executemany(head + one, rows[whole:])
        for _name, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()


def longest_wait(work: Callable[[], object]) -> float:
    """Seconds of the longest wait for the interpreter of a thread that wants it every
    millisecond while ``work`` runs in another thread."""
    finished = threading.Event()

    def run() -> None:
        try:
            work()
        finally:
            finished.set()

    worker = threading.Thread(target=run)
    longest, last = 0.0, time.perf_counter()
    worker.start()
    while not finished.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    return longest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH_DIR.parent))
    from acct_desktop.services.imports import import_sales
    from acct_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="acct-sales-bench-") as scratch:
        work = Path(scratch)
        base, export = work / "base.acctdb", work / "erp_sales.csv"
        account_rows, product_rows = accounts(args.accounts), products()
        started = time.perf_counter()
        build_database(base, account_rows, product_rows)
        write_export(export, args.rows, account_rows, product_rows)
        size_mb = export.stat().st_size / 1e6
        print(f"{args.rows:,} rows ({size_mb:.0f} MB) and the database made in "
              f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip

        def trial() -> float:
            target = work / "trial.acctdb"
            fresh_copy(base, target)
            db = open_database(target)
            try:
                elapsed, summary = timed_call(lambda: import_sales(db, export))
            finally:
                db.close()
            assert summary.written == args.rows, summary.describe()
            return elapsed

        def floor() -> float:
            target = work / "floor.db"
            target.unlink(missing_ok=True)
            command = [SQLITE3, str(target), ".mode csv", f".import {export} t"]
            return timed(lambda: subprocess.run(command, check=True), collect=False)

        header = export.read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        day, account, measure = header[0], header[1], header[3]

        def like_for_like() -> float:
            target = work / "floor2.db"
            target.unlink(missing_ok=True)
            command = [SQLITE3, str(target), "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                       ".mode csv", f".import {export} t",
                       f'CREATE INDEX ix_a ON t("{account}", "{day}", "{measure}")',
                       f'CREATE INDEX ix_b ON t("{day}", "{measure}")']  # fmt: skip
            return timed(
                lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL),
                collect=False,
            )

        trial()  # the import's warm-up: the rows the ready-rows floor inserts
        ready = ready_rows(work / "trial.acctdb")

        def ready_rows_floor() -> float:
            target = work / "ready.acctdb"
            fresh_copy(base, target)
            return timed(lambda: insert_ready_rows(target, ready))

        def say_run(series: list[list[float]]) -> None:
            run, floor_run, like, ready_run = (samples[-1] for samples in series)
            print(f"  run {len(series[0])}: import {run:.2f} s, sqlite3 .import {floor_run:.2f} s, "
                  f"indexed WAL .import {like:.2f} s, ready rows {ready_run:.2f} s",
                  flush=True)  # fmt: skip

        for warm_up in (floor, like_for_like, ready_rows_floor):  # the floors' warm-ups
            warm_up()
        samples, floor_samples, like_samples, ready_samples = alternate(
            (trial, floor, like_for_like, ready_rows_floor),
            args.repeat,
            warm_up=False,
            each_round=say_run,
        )

        def say_wait(series: list[list[float]]) -> None:
            wait, idle = (samples[-1] for samples in series)
            print(f"  longest wait of the GUI thread during the import: {wait * 1000:.0f} ms"
                  f" (idle: {idle * 1000:.0f} ms)", flush=True)  # fmt: skip

        idle_for = statistics.median(samples)
        waits, idle_waits = alternate(
            (lambda: longest_wait(trial), lambda: longest_wait(lambda: time.sleep(idle_for))),
            args.repeat,
            warm_up=False,
            each_round=say_wait,
        )
    median, floor_median = statistics.median(samples), statistics.median(floor_samples)
    like_median = statistics.median(like_samples)
    ready_median = statistics.median(ready_samples)
    ratio = median / floor_median
    print(f"import_sales {args.rows:,} rows: median {median:.2f} s; sqlite3 .import "
          f"{floor_median:.2f} s; ratio {ratio:.2f} (goal ≤ 2); indexed WAL .import "
          f"{like_median:.2f} s; ratio {median / like_median:.2f}; ready rows "
          f"{ready_median:.2f} s ({ready_median / floor_median:.2f}× the sqlite3 .import); "
          f"ratio {median / ready_median:.2f}")  # fmt: skip

    def scenario(floor_name: str, floor_samples: list[float]) -> dict[str, object]:
        """The import's samples against one floor's, in bench/run.py's result shape."""
        name = f"sales_import ({args.rows:,} rows, floor: {floor_name})"
        return Result(name, samples, floor_samples).as_json()

    scenarios = [
        scenario("sqlite3 .import", floor_samples),
        scenario("indexed WAL sqlite3 .import", like_samples),
        scenario("ready rows through Python's sqlite3", ready_samples),
        Result(
            "longest wait of the GUI thread for the interpreter during the import "
            "(floor: the same watcher, worker idle; budget 0.1 s)",
            waits,
            idle_waits,
        ).as_json(),
    ]
    report = {
        "rows": args.rows,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        },
        "scenarios": scenarios,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
