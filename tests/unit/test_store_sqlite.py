"""The schema on a real SQLite file: migrations, every model round-trips, locking, exactness."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.store import models as m
from acct_desktop.store.database import (
    NotOurDatabaseError,
    SchemaTooNewError,
    open_database,
    read_schema_revision,
    to_url,
)
from acct_desktop.store.schema import HEAD_REVISION, SCHEMA_REVISIONS
from tests.samples import assert_every_model_round_trips, every_model


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "t.acctdb")
    yield database
    database.close()


def test_opening_an_empty_file_migrates_to_head_and_matches_the_models(db) -> None:
    from acct_desktop.store.migrate import schema_differences

    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert schema_differences(conn) == []
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            HEAD_REVISION
        )
    assert set(m.Base.metadata.tables) <= tables


def test_known_revisions_match_the_shipped_migrations() -> None:
    from acct_desktop.store.migrate import script_revisions

    assert tuple(script_revisions()) == SCHEMA_REVISIONS


def test_sqlite_pragmas_are_set_on_every_connection(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        # 2 = FULL: a commit survives a power cut, not only a crash of the app
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.acctdb"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(str(path) + "-wal").exists()


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(NotOurDatabaseError, match="not an acct-desktop database"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.acctdb"
    path.write_text("just some text, not SQLite" * 100)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)


def test_reopening_an_up_to_date_database_reads_one_row(db) -> None:
    assert read_schema_revision(db.url) == HEAD_REVISION


def test_every_model_round_trips_exactly(db) -> None:
    assert_every_model_round_trips(db)


def test_concurrent_update_of_the_same_row_is_a_version_conflict(db) -> None:
    with db.session() as session:
        account = every_model()[1]
        session.add(account)
        session.flush()
        account_id = account.id
    first, second = db.sessions(), db.sessions()
    try:
        a = first.get(m.Account, account_id)
        b = second.get(m.Account, account_id)
        a.name = "first writer"
        first.commit()
        b.name = "second writer"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as session:
        stored = session.get(m.Account, account_id)
        assert (stored.name, stored.version) == ("first writer", 2)


def test_sums_of_money_are_exact_decimals(db) -> None:
    account = every_model()[1]
    with db.session() as session:
        session.add(account)
        session.flush()
        for _ in range(10):
            session.add(
                m.SalesFact(period=datetime(2026, 1, 1).date(), account_id=account.id,
                            measure="sell_in", quantity=Decimal("0.001"), amount=Decimal("0.10"))
            )  # fmt: skip
    with db.session() as session:
        total = session.scalar(select(func.sum(m.SalesFact.amount)))
        quantity = session.scalar(select(func.sum(m.SalesFact.quantity)))
    assert total == Decimal("1.00") and isinstance(total, Decimal)
    assert quantity == Decimal("0.010")


def test_floats_and_naive_datetimes_are_refused(db) -> None:
    account = every_model()[1]
    account.credit_limit = 0.1  # type: ignore[assignment]
    with pytest.raises(Exception, match="never float"), db.session() as session:
        session.add(account)
    visit = m.Visit(account_id=uuid.uuid4(), planned_start=datetime(2026, 1, 1),
                    planned_end=datetime(2026, 1, 1, tzinfo=UTC))  # fmt: skip
    with pytest.raises(Exception, match="naive datetime"), db.session() as session:
        session.add(visit)


def test_paths_and_urls_are_told_apart(tmp_path: Path) -> None:
    assert to_url(tmp_path / "a.acctdb").get_backend_name() == "sqlite"
    assert to_url("postgresql://tm@db.example/acct").drivername == "postgresql+psycopg"
