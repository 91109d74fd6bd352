"""Subprocess for the crash-safety test: does real work through the services until killed.

    python tests/e2e/crash_driver.py saves  DB LOGFILE
    python tests/e2e/crash_driver.py import DB LOGFILE CSV

The log is the driver's account of what it did, one line each, written with ``os.write`` on
an ``O_APPEND`` descriptor (so a line that was written survives a SIGKILL of this process):

``ready``
    the database is open and work is about to start;
``start SEQ KIND TOKEN``
    a service call is about to be made (``TOKEN`` identifies what it writes);
``commit SEQ``
    SQLAlchemy is about to COMMIT on behalf of call ``SEQ`` (engine ``commit`` event);
``ok SEQ KIND KEY [VALUE]``
    the call RETURNED: the user was told it was saved. Only this line is fsynced, and only
    after the call returned - it is the "reported success" the test holds the database to.

Kinds: ``issue`` (``IssueRecords.create``; KEY = issue number, TOKEN in the description),
``policy`` (``PolicyRecords.create``; KEY = policy code, TOKEN = its name), ``account``
(``AccountRecords.update`` of the street; KEY = account id, VALUE = TOKEN = the new street).
In ``import`` mode the lines are ``start 0 import -``, ``commit 0`` and ``import done``.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import Connection, event, select

from acct_desktop.domain.enums import AccountKind, IssueCategory, PolicyScope
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.issue_records import IssueDraft
from acct_desktop.services.policy_records import PolicyDraft
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models import Account, CustomerIssue, PricePolicy, Product

BATCH = 100_000  # far more than fits before the kill


class Log:
    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.current = 0

    def line(self, text: str, durable: bool = False) -> None:
        os.write(self.fd, (text + "\n").encode())
        if durable:
            os.fsync(self.fd)


def watch_commits(ws: Workspace, log: Log) -> None:
    """Log ``commit SEQ`` just before each COMMIT of a transaction that wrote something."""

    def before_commit(conn: Connection) -> None:
        if conn.connection.dbapi_connection.in_transaction:  # sqlite3: a write is pending
            log.line(f"commit {log.current}")

    event.listen(ws.db.engine, "commit", before_commit)


def saves(db: str, log: Log) -> None:
    ws = Workspace.open(db)
    watch_commits(ws, log)
    with ws.db.session() as session:
        accounts = list(
            session.scalars(
                select(Account.id)
                .where(Account.kind != AccountKind.HEADQUARTERS, Account.archived_at.is_(None))
                .order_by(Account.code)
                .limit(50)
            )
        )
        product = session.scalars(select(Product.id).order_by(Product.sku)).first()
    today = date.today()
    records: AccountRecords = ws.records
    log.line("ready", durable=True)
    for seq in range(1, BATCH + 1):
        log.current = seq
        token = f"crash-{seq}"
        account = accounts[seq % len(accounts)]
        kind = ("issue", "policy", "account")[seq % 3]
        log.line(f"start {seq} {kind} {token}")
        if kind == "issue":
            changed = ws.issue_records.create(
                IssueDraft(
                    account_id=account,
                    category=IssueCategory.DELIVERY,
                    description=f"{token}: two cartons short",
                    responsible="Logistics",
                    deadline=today + timedelta(days=14),
                )
            )
            with ws.db.session() as session:  # the number, as the form would show it
                key = session.get(CustomerIssue, changed.issue_ids[0]).number
            log.line(f"ok {seq} issue {key}", durable=True)
        elif kind == "policy":
            changed = ws.policy_records.create(
                PolicyDraft(
                    name=token,
                    scope=PolicyScope.ACCOUNT,
                    account_id=account,
                    product_id=product,
                    valid_from=today,
                    currency="EUR",
                    min_quantity=Decimal(seq % 7),
                    rule_kind=RuleKind.FIXED,
                    guide_price=Decimal("88.50"),
                )
            )
            with ws.db.session() as session:
                key = session.get(PricePolicy, changed.policy_id).code
            log.line(f"ok {seq} policy {key}", durable=True)
        else:
            draft, version = records.draft(account)
            draft = type(draft)(**{**draft.__dict__, "street": token})
            records.update(account, draft, version)
            log.line(f"ok {seq} account {account} {token}", durable=True)
    log.line("batch done", durable=True)


def import_file(db: str, log: Log, csv_path: str) -> None:
    from acct_desktop.services.imports import import_accounts

    ws = Workspace.open(db)
    watch_commits(ws, log)
    log.line("ready", durable=True)
    log.line("start 0 import -")
    import_accounts(ws.db, csv_path)
    log.line("import done", durable=True)


def main(argv: list[str]) -> int:
    mode, db, logfile = argv[1:4]
    log = Log(logfile)
    if mode == "saves":
        saves(db, log)
    elif mode == "import":
        import_file(db, log, argv[4])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
