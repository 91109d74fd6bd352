"""Test isolation: offscreen Qt, settings and data in tmp_path, an in-memory keyring."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import keyring
import pytest

from acct_desktop.services.memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_TODAY = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Nothing a test does touches the real user's data folder, settings or keyring."""
    data = tmp_path / "user-data"
    monkeypatch.setenv("ACCT_DESKTOP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_s_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One S demo database per test session (tests copy it before writing)."""
    from acct_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo-s.acctdb"
    generate_demo(path, "S", seed=1, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_db(demo_s_file: Path, tmp_path: Path) -> Path:
    """A private copy of the S demo database."""
    target = tmp_path / "demo.acctdb"
    shutil.copyfile(demo_s_file, target)
    return target


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole session (skips where none can run)."""
    from tests.pg import PostgresUnavailable, throwaway_postgres

    try:
        with throwaway_postgres() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL tests need a server: {exc}")


_pg_numbers = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server: str):
    """URL of a new, empty PostgreSQL database for this test only."""
    from tests.pg import with_database

    with with_database(pg_server, f"t_{next(_pg_numbers)}") as url:
        yield url
