"""The store on a real PostgreSQL server: migrations, types, locking, demo data, services.

One throwaway server per module (see ``tests/pg.py``); every test gets its own empty
database, so the tests do not depend on one another or on their order.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import date, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.enums import (
    AccountKind,
    Channel,
    Measure,
)
from acct_desktop.services.demo.generator import generate_demo
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from acct_desktop.store.database import (
    Database,
    NotOurDatabaseError,
    SchemaTooNewError,
    open_database,
    read_schema_revision,
    to_url,
)
from acct_desktop.store.migrate import schema_differences
from acct_desktop.store.schema import HEAD_REVISION
from tests.samples import assert_every_model_round_trips

pytestmark = pytest.mark.postgres

_numbers = itertools.count(1)

# Text the app must keep byte for byte: Chinese, Vietnamese (stacked diacritics), Dutch.
ZH = "华润万家 广州"
VI = "Nguyễn Đà Nẵng"
NL = "IJsselstein café"

# The widest values each exact type holds: every digit must survive.
MONEY = Decimal("123456789012.34")  # Exact(18, 2)
UNIT_PRICE = Decimal("12345678901234.5678")  # Exact(18, 4)
QUANTITY = Decimal("123456789012345.678")  # Exact(18, 3)
PERCENT = Decimal("12345.6789")  # Exact(9, 4)

ICT = timezone(timedelta(hours=7))  # Vietnam: stored datetimes need not arrive in UTC


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        yield database
    finally:
        database.close()


# --- migrations ---------------------------------------------------------------------------


def test_open_database_migrates_empty_database_to_the_models(pg_url: str) -> None:
    assert read_schema_revision(to_url(pg_url)) is None

    database = open_database(pg_url)
    try:
        tables = set(inspect(database.engine).get_table_names())
        # The search indexes (account search; global search's records and the accounts
        # whose records changed) are made by migrations, not ORM models.
        made = {"alembic_version", "account_search", "record_search", "record_search_stale"}
        assert tables == set(m.Base.metadata.tables) | made
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                (HEAD_REVISION,)
            ]
            assert schema_differences(conn) == []
    finally:
        database.close()
    assert read_schema_revision(to_url(pg_url)) == HEAD_REVISION


def test_reopening_an_up_to_date_database_changes_nothing(pg_url: str) -> None:
    open_database(pg_url).close()
    database = open_database(pg_url)
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        database.close()


def test_refuses_a_database_from_a_newer_version(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        database.close()

    with pytest.raises(SchemaTooNewError, match="9999_future"):
        open_database(pg_url)

    engine = create_engine(to_url(pg_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert rows == [("9999_future",)]


def test_refuses_a_database_holding_other_data(pg_url: str) -> None:
    engine = create_engine(to_url(pg_url))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE customers (id integer PRIMARY KEY)"))
        with pytest.raises(NotOurDatabaseError):
            open_database(pg_url)
        assert set(inspect(engine).get_table_names()) == {"customers"}
    finally:
        engine.dispose()


# --- every model survives a round trip ----------------------------------------------------


def test_every_model_round_trips_exactly(db: Database) -> None:
    assert_every_model_round_trips(db)


def test_text_is_stored_as_characters_not_bytes(db: Database) -> None:
    with db.session() as session:
        session.add(m.Territory(code="NL-UT", name=NL))
        session.add(m.Territory(code="CN-GD", name=ZH))
        session.add(m.Territory(code="VN-DN", name=VI))
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT code, char_length(name) FROM territory"))
        lengths = {code: length for code, length in rows}
    assert lengths == {"NL-UT": len(NL), "CN-GD": len(ZH), "VN-DN": len(VI)}


# --- optimistic locking -------------------------------------------------------------------


def test_concurrent_edit_of_an_account_is_refused(db: Database) -> None:
    with db.session() as session:
        account = m.Account(
            code="NL-001", name=NL, kind=AccountKind.STORE, channel=Channel.WORKSHOP
        )
        session.add(account)
    account_id = account.id

    first = db.sessions()
    second = db.sessions()
    try:
        mine = first.get(m.Account, account_id)
        theirs = second.get(m.Account, account_id)
        assert mine is not None and theirs is not None
        assert mine.version == theirs.version == 1

        mine.name = ZH
        first.commit()

        theirs.name = VI
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()

    with Session(db.engine) as session:
        stored = session.get(m.Account, account_id)
        assert stored is not None
        assert stored.name == ZH
        assert stored.version == 2


# --- exact arithmetic in SQL --------------------------------------------------------------


def test_sums_of_money_are_exact(db: Database) -> None:
    with db.session() as session:
        account = m.Account(code="A", name=VI, kind=AccountKind.STORE, channel=Channel.FLEET)
        session.add(account)
        session.flush()
        for amount in (Decimal("0.10"), Decimal("0.10"), Decimal("0.10")):
            session.add(
                m.SalesFact(
                    period=date(2026, 1, 1),
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal("1.000"),
                    amount=amount,
                )
            )

    with Session(db.engine) as session:
        total = session.scalar(select(func.sum(m.SalesFact.amount)))
        quantity = session.scalar(select(func.sum(m.SalesFact.quantity)))
    assert isinstance(total, Decimal)
    assert total == Decimal("0.30")
    assert str(total) == "0.30"
    assert quantity == Decimal("3.000") and str(quantity) == "3.000"


def test_sum_of_large_amounts_keeps_every_digit(db: Database) -> None:
    with db.session() as session:
        account = m.Account(code="A", name=ZH, kind=AccountKind.STORE, channel=Channel.FLEET)
        session.add(account)
        session.flush()
        for amount in (MONEY, Decimal("0.01"), -MONEY):
            session.add(
                m.SalesFact(
                    period=date(2026, 1, 1),
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal(1),
                    amount=amount,
                )
            )
    with Session(db.engine) as session:
        assert session.scalar(select(func.sum(m.SalesFact.amount))) == Decimal("0.01")
        assert session.scalar(select(func.max(m.SalesFact.amount))) == MONEY


# --- the demo generator and the services on PostgreSQL ------------------------------------


def test_demo_on_postgresql_and_services_read_it(pg_url: str) -> None:
    summary = generate_demo(pg_url, "S", seed=3, today=date(2026, 11, 2))
    assert summary.counts["account"] == 200

    workspace = Workspace.over(open_database(pg_url))
    try:
        with workspace.db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Account)) == 200
            assert session.scalar(select(func.count()).select_from(m.Visit)) == 2000
            assert session.scalar(select(func.count()).select_from(m.SalesFact)) == 20000
            total = session.scalar(select(func.sum(m.SalesFact.amount)))
            assert isinstance(total, Decimal) and total.as_tuple().exponent == -2

        roots = workspace.tree.children(None)
        assert roots
        assert all(isinstance(node.id, uuid.UUID) for node in roots)
        assert all(node.parent_id is None for node in roots)
        assert sum(1 + node.child_count for node in roots) <= 200

        quotes = workspace.quotes.quotes(None, PageRequest())
        assert quotes
    finally:
        workspace.close()
