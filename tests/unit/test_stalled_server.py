"""A team server that stops answering (a network black hole, a frozen server: its
processes paused with SIGSTOP, so nothing is refused and nothing answered) does not freeze
the window: a unit of work on the window's thread fails as "cannot be reached" within
seconds (QA s23: a quote cell edit froze the window for the 40 s the server was paused).
The CLI, imports and backups are not bound: a slow statement there runs to its end, and
so does a slow statement of the window while the server answers."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from acct_desktop.store.database import open_database, server_connect_args
from acct_desktop.store.reachability import is_unreachable
from tests.pg import paused_server

pytestmark = pytest.mark.postgres
GENEROUS_S = 30  # it used to wait for as long as the server stayed paused


@pytest.fixture(scope="module")
def own_server() -> Iterator[str]:
    """A server of this module's own: its tests pause it."""
    from tests.pg import PostgresUnavailable, throwaway_postgres

    try:
        running = throwaway_postgres()
        url = running.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(f"needs a PostgreSQL server: {exc}")
    try:
        yield url
    finally:
        running.__exit__(None, None, None)


def test_the_windows_unit_of_work_fails_as_unreachable_when_the_server_stops_answering(
    own_server: str,
) -> None:
    db = open_database(own_server)
    try:
        db.bound_waits()  # the window's thread
        with db.session() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
        with paused_server(own_server):
            started = time.monotonic()
            with pytest.raises(SQLAlchemyError) as failed, db.session() as session:
                session.execute(text("SELECT 1"))
            waited = time.monotonic() - started
            assert is_unreachable(failed.value)
            assert waited < GENEROUS_S
        with db.session() as session:  # answering again: the next unit of work works
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        db.close()


def test_a_search_of_the_window_is_bounded_too(own_server: str) -> None:
    """Searches read through ``Database.connect`` (no session): bounded the same way."""
    db = open_database(own_server)
    try:
        db.bound_waits()
        with db.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        with paused_server(own_server):
            started = time.monotonic()
            with pytest.raises(SQLAlchemyError) as failed, db.connect() as connection:
                connection.execute(text("SELECT 1"))
            assert is_unreachable(failed.value)
            assert time.monotonic() - started < GENEROUS_S
    finally:
        db.close()


def test_a_slow_statement_of_a_server_that_answers_is_not_cut(own_server: str) -> None:
    db = open_database(own_server)
    try:
        db.bound_waits()
        assert db.stall_guard is not None
        with db.session() as session:
            session.execute(text("SELECT pg_sleep(4.5)"))  # longer than the guard waits
        assert db.stall_guard.cuts == 0
    finally:
        db.close()


def test_server_connections_give_up_instead_of_waiting_for_ever() -> None:
    url = make_url("postgresql+psycopg://tm@db.example.com/acct")
    args = server_connect_args(url)
    assert args["connect_timeout"] == 5 and args["keepalives"] == 1
    assert {"keepalives_idle", "keepalives_interval", "keepalives_count"} <= set(args)
    # what the URL sets itself is kept
    assert "connect_timeout" not in server_connect_args(
        url.update_query_dict({"connect_timeout": "20"})
    )
