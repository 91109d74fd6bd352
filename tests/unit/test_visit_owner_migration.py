"""Schema 0023: every visit has an owner, filled from its territory's manager."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from acct_desktop.store.database import make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from tests.unit.test_contact_details_migration import _downgrade


def _old_visits(engine: Engine, key: Callable[[uuid.UUID], object]) -> None:
    """Three territories (a manager named with spaces around, a Vietnamese one, a blank
    one), an account in each and one without a territory, a visit at each (schema 0022)."""
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    north, south, blank = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    with engine.begin() as connection:
        for territory, code, manager in (
            (north, "NL-01", "  Anne de Vries "),
            (south, "VN-02", "Nguyễn Văn Hùng"),
            (blank, "CN-03", "   "),
        ):
            connection.execute(
                text(
                    "INSERT INTO territory (id, code, name, manager_name, created_at, "
                    "updated_at, version) VALUES (:id, :code, :code, :manager, :created_at, "
                    ":updated_at, :version)"
                ),
                {"id": key(territory), "code": code, "manager": manager, **common},
            )
        for code, territory in (("A1", north), ("A2", south), ("A3", blank), ("A4", None)):
            account = uuid.uuid4()
            connection.execute(
                text(
                    "INSERT INTO account (id, code, name, kind, channel, tier, currency, "
                    "territory_id, created_at, updated_at, version) VALUES (:id, :code, :code, "
                    "'store', 'chain_store', 'A', 'EUR', :territory, :created_at, :updated_at, "
                    ":version)"
                ),
                {
                    "id": key(account),
                    "code": code,
                    "territory": key(territory) if territory else None,
                    **common,
                },
            )
            connection.execute(
                text(
                    "INSERT INTO visit (id, account_id, planned_start, planned_end, purpose, "
                    "status, created_at, updated_at, version) VALUES (:id, :account, "
                    ":created_at, :created_at, 'service', 'done', :created_at, :updated_at, "
                    ":version)"
                ),
                {"id": key(uuid.uuid4()), "account": key(account), **common},
            )


def _owners(engine: Engine) -> dict[str, str | None]:
    owners_sql = "SELECT a.code, v.owner FROM visit v JOIN account a ON a.id = v.account_id"
    with engine.connect() as connection:
        return dict(connection.execute(text(owners_sql)).all())  # type: ignore[arg-type]


# Who each visit was taken to be by until now: its territory's manager (trimmed), or none.
EXPECTED = {"A1": "Anne de Vries", "A2": "Nguyễn Văn Hùng", "A3": None, "A4": None}


def test_0023_gives_existing_visits_their_territorys_manager_and_goes_back(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0022_search_pinyin_mix")
    _old_visits(engine, lambda value: value.bytes)
    engine.dispose()

    open_database(str(path)).close()  # as the app opens a user's old file: upgraded to head
    engine = make_engine(to_url(str(path)))
    assert "ix_visit_owner" in {i["name"] for i in inspect(engine).get_indexes("visit")}
    assert _owners(engine) == EXPECTED

    _downgrade(engine, "0022_search_pinyin_mix")
    assert "owner" not in {c["name"] for c in inspect(engine).get_columns("visit")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM visit")).scalar() == 4
    engine.dispose()


@pytest.mark.postgres
def test_0023_fills_the_owners_on_postgresql(pg_url: str) -> None:
    engine = make_engine(to_url(pg_url))
    upgrade(engine, "0022_search_pinyin_mix")
    _old_visits(engine, lambda value: value)
    engine.dispose()

    open_database(pg_url).close()
    engine = make_engine(to_url(pg_url))
    try:
        assert "ix_visit_owner" in {i["name"] for i in inspect(engine).get_indexes("visit")}
        assert _owners(engine) == EXPECTED
    finally:
        engine.dispose()
