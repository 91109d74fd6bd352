"""Which database opens when none is named."""

from __future__ import annotations

from pathlib import Path

from acct_desktop.app import _remembered_database
from acct_desktop.config import default_database_path


def test_the_last_database_is_reopened_when_it_still_exists(tmp_path: Path) -> None:
    last = tmp_path / "mine.acctdb"
    last.write_bytes(b"")
    assert _remembered_database(str(last)) == str(last)


def test_a_first_run_or_a_deleted_last_file_opens_nothing(tmp_path: Path) -> None:
    """Nothing is created behind the welcome page: the user chooses what to open."""
    assert not default_database_path().exists()
    assert _remembered_database(str(tmp_path / "gone.acctdb")) is None
    assert _remembered_database(None) is None


def test_the_default_file_an_earlier_version_made_is_still_opened() -> None:
    default = default_database_path()
    default.parent.mkdir(parents=True)
    default.write_bytes(b"")
    assert _remembered_database(None) == str(default)


def test_a_server_url_is_always_reopened() -> None:
    url = "postgresql://tm@server/acct"
    assert _remembered_database(url) == url


def test_the_default_file_lives_in_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ACCT_DESKTOP_DATA_DIR", str(tmp_path))
    assert default_database_path() == tmp_path / "territory.acctdb"
