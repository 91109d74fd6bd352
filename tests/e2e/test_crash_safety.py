"""Crash safety: SIGKILL a process doing real saves or a big import at random moments.

Each trial copies the S demo database into a fresh folder, starts ``crash_driver.py``
(``saves``: issue / policy / account-street saves through the services, one transaction
each, about 300 a second; ``import``: ``import_accounts`` of a generated 4,000-account CSV),
waits a random time after the driver logs ``ready`` and kills it with SIGKILL. Then:

- ``PRAGMA integrity_check`` is ``ok`` (plain ``sqlite3``, before the app touches the file);
- the file opens with ``open_database`` (WAL recovery, schema check);
- every save the driver reported (an fsynced ``ok`` line, written only after the service
  call returned) is there with the reported number/code/value, and nothing else is: the
  one call in flight at the kill is absent unless its COMMIT had already started;
- of the imported file's accounts, either none or all exist - all once it reported done.

The kill moments are tallied (between calls / inside a transaction before COMMIT / after
COMMIT started but before the success was reported / import finished) and printed (see
them with ``-s``); the test insists that some kills land inside a transaction.

Cost: the driver's Python start-up (~1 s, imports SQLAlchemy and every service) dominates,
so two trials run at a time (one per core of the 2-core dev/CI box). Measured there: the
default of 100 trials (50 saves + 50 imports) takes 65-80 s; 200 trials take 1 min 50 s on
an idle box and 2 min 40 s when other test runs share it. Set ``ACCT_CRASH_TRIALS`` (200 as
the issue asks, 1000 for a soak) and ``ACCT_CRASH_SEED`` to change the number of trials and
the random kill schedule (the seed is printed with the tally).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, CustomerIssue, PricePolicy

DRIVER = Path(__file__).with_name("crash_driver.py")
ROOT = Path(__file__).resolve().parents[2]
TRIALS = int(os.environ.get("ACCT_CRASH_TRIALS", "100"))
SEED = int(os.environ.get("ACCT_CRASH_SEED", "20261102"))
IMPORT_ROWS = 4000
IMPORT_PREFIX = "CRASH-"
SAVE_WAIT = (0.05, 1.5)  # seconds after "ready"
IMPORT_WAIT = (0.0, 0.8)  # the import itself takes ~0.3-0.6 s once the driver is ready
READY_TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


@dataclass(frozen=True)
class Trial:
    number: int
    mode: str
    wait: float


@pytest.fixture(scope="module")
def import_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash-import") / "accounts.csv"
    rows = [["code", "name", "kind", "channel", "tier", "city", "country_code", "tags"]]
    rows += [
        [f"{IMPORT_PREFIX}{i:05d}", f"Werkplaats {i} Zwolle", "workshop", "workshop", "C",
         "Zwolle", "NL", "crash; import"]
        for i in range(IMPORT_ROWS)
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def read_log(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split(" ") for line in path.read_text().splitlines() if line]


def run_trial(trial: Trial, demo: Path, base: Path, csv_path: Path) -> str:
    """Run one kill; return where the kill landed. Raises AssertionError on any loss."""
    folder = base / f"trial-{trial.number:04d}-{trial.mode}"
    folder.mkdir()
    db, log, err = folder / "crash.acctdb", folder / "driver.log", folder / "stderr.txt"
    shutil.copyfile(demo, db)  # fresh folder: no stale -wal/-shm next to the copy
    args = [sys.executable, str(DRIVER), trial.mode, str(db), str(log)]
    if trial.mode == "import":
        args.append(str(csv_path))
    with err.open("wb") as stderr:
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while not (log.exists() and log.read_bytes().startswith(b"ready\n")):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"driver never got ready:\n{err.read_text()}")
            time.sleep(0.005)
        time.sleep(trial.wait)
        exited_first = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    if proc.returncode not in (0, -signal.SIGKILL) or (exited_first and proc.returncode):
        raise AssertionError(f"driver failed ({proc.returncode}):\n{err.read_text()}")
    wal = Path(f"{db}-wal")
    wal_left = wal.exists() and wal.stat().st_size > 0

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], trial
    finally:
        conn.close()
    database = open_database(db)
    try:
        with database.session() as session:
            if trial.mode == "saves":
                where = check_saves(session, read_log(log), trial)
            else:
                where = check_import(session, read_log(log), trial)
    finally:
        database.close()
    shutil.rmtree(folder)  # ~10 MB each; a failing trial's folder is kept for a post-mortem
    return f"{trial.mode}: {where}" + (" (wal recovered)" if wal_left else "")


def check_saves(session, lines: list[list[str]], trial: Trial) -> str:
    reported = {int(line[1]): line for line in lines if line[0] == "ok"}
    started = {int(line[1]): line for line in lines if line[0] == "start"}
    commits = {int(line[1]) for line in lines if line[0] == "commit"}
    in_flight = sorted(set(started) - set(reported))
    assert len(in_flight) <= 1, (trial, in_flight)
    flight = started[in_flight[0]] if in_flight else None
    flight_committing = bool(in_flight) and in_flight[0] in commits

    issues = {
        description.split(":")[0]: number
        for number, description in session.execute(
            select(CustomerIssue.number, CustomerIssue.description).where(
                CustomerIssue.description.like("crash-%")
            )
        )
    }
    policies = dict(
        session.execute(
            select(PricePolicy.name, PricePolicy.code).where(PricePolicy.name.like("crash-%"))
        ).all()
    )
    streets = {str(i): s for i, s in session.execute(select(Account.id, Account.street))}

    for kind, found in (("issue", issues), ("policy", policies)):
        expected = {f"crash-{seq}": line[3] for seq, line in reported.items() if line[2] == kind}
        for token, key in expected.items():
            assert found.get(token) == key, f"{trial}: reported {kind} {key} ({token}) lost"
        extra = set(found) - set(expected)
        if flight is not None and flight[2] == kind and flight_committing:
            extra.discard(flight[3])
        assert not extra, f"{trial}: unreported {kind}s present: {sorted(extra)}"

    last_street: dict[str, str] = {}
    for seq in sorted(reported):
        line = reported[seq]
        if line[2] == "account":
            last_street[line[3]] = line[4]
    for account_id, street in last_street.items():
        actual = streets.get(account_id)
        if actual != street:
            allowed = flight is not None and flight[2] == "account" and flight_committing
            assert allowed and actual == flight[3], (
                f"{trial}: account {account_id} street {actual!r}, reported {street!r}"
            )
    crash_streets = {s for s in streets.values() if s and s.startswith("crash-")}
    unreported = crash_streets - set(last_street.values())
    if flight is not None and flight[2] == "account" and flight_committing:
        unreported.discard(flight[3])
    assert not unreported, f"{trial}: unreported account saves present: {sorted(unreported)}"

    if flight is None:
        return "between calls"
    return "after COMMIT began, before reported" if flight_committing else "inside transaction"


def check_import(session, lines: list[list[str]], trial: Trial) -> str:
    words = [" ".join(line) for line in lines]
    count = session.scalar(
        select(func.count()).select_from(Account).where(Account.code.like(f"{IMPORT_PREFIX}%"))
    )
    assert count in (0, IMPORT_ROWS), f"{trial}: partial import, {count} of {IMPORT_ROWS}"
    if "import done" in words:
        assert count == IMPORT_ROWS, f"{trial}: import reported done but {count} accounts"
        return "import finished"
    if "commit 0" in words:
        return f"after COMMIT began, before reported ({'all' if count else 'none'})"
    assert count == 0, f"{trial}: import present before its COMMIT started"
    return "inside transaction" if "start 0 import -" in words else "before import"


def test_sigkill_never_loses_a_reported_save_or_leaves_a_partial_import(
    demo_s_file: Path, import_csv: Path, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    trials = []
    for number in range(TRIALS):
        mode = "saves" if number % 2 == 0 else "import"
        wait = rng.uniform(*(SAVE_WAIT if mode == "saves" else IMPORT_WAIT))
        trials.append(Trial(number, mode, wait))

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda t: run_trial(t, demo_s_file, tmp_path, import_csv), trials))
    elapsed = time.monotonic() - started

    tally = Counter(outcomes)
    print(f"\ncrash safety: {TRIALS} trials, seed {SEED}, {elapsed:.1f} s")
    for where, count in sorted(tally.items()):
        print(f"  {count:4d}  {where}")
    inside = sum(n for where, n in tally.items() if "inside transaction" in where)
    if TRIALS >= 20:
        assert inside > 0, f"no kill landed inside a transaction: {tally}"
