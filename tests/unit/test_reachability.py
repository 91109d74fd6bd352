"""A database that cannot be reached is told apart from a failing statement, and said in
one sentence naming its server; placeholders are filled in one pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from acct_desktop.domain.sentences import filled_in
from acct_desktop.store.reachability import is_unreachable, server_of, unreachable_sentence

DOWN = "postgresql+psycopg://tm@/acct?host=/tmp/acct-no-such-socket-dir&port=55499"


def test_a_value_holding_a_placeholder_is_never_replaced_again() -> None:
    url = "postgresql+psycopg://tm@/acct?host=%2Ftmp%2Fsock&port=5432"
    said = filled_in("%1 could not be opened: %2", url, "server down")
    assert said == url + " could not be opened: server down"
    assert filled_in("%2 of %1", "50%", "%1") == "%1 of 50%"


def test_a_server_that_is_down_cannot_be_reached() -> None:
    engine = create_engine(DOWN)
    with pytest.raises(OperationalError) as caught, engine.connect():
        pass
    assert is_unreachable(caught.value)
    said = unreachable_sentence(DOWN)
    assert said == (
        "The team database on /tmp/acct-no-such-socket-dir cannot be reached; check the "
        "network or ask the administrator. Your work is kept."
    )
    assert server_of("postgresql://tm:secret@db.example.com:5433/acct") == "db.example.com:5433"


def test_a_file_whose_folder_is_gone_cannot_be_reached(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'gone' / 'territory.acctdb'}")
    with pytest.raises(OperationalError) as caught, engine.connect():
        pass
    assert is_unreachable(caught.value)
    assert "territory.acctdb cannot be opened" in unreachable_sentence(
        str(tmp_path / "gone" / "territory.acctdb")
    )


def test_a_failing_statement_is_not_a_lost_connection(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (k INTEGER PRIMARY KEY)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(IntegrityError) as caught, engine.begin() as connection:
        connection.execute(text("INSERT INTO t VALUES (1)"))
    assert not is_unreachable(caught.value)
    with pytest.raises(OperationalError) as syntax, engine.begin() as connection:
        connection.execute(text("SELEC 1"))
    assert not is_unreachable(syntax.value)


@pytest.mark.postgres
def test_a_failing_statement_on_postgresql_is_not_a_lost_connection(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with pytest.raises(Exception) as caught, engine.begin() as connection:
        connection.execute(text("SELECT 1/0"))
    assert not is_unreachable(caught.value)
    engine.dispose()
