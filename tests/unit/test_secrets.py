"""Server passwords go to the keyring and come back from it; never into settings."""

from __future__ import annotations

import pytest
from keyring.errors import KeyringError

from acct_desktop.services.secrets import (
    KEYRING_SERVICE,
    KeyringUnavailableError,
    store_password,
    with_stored_password,
)
from acct_desktop.store.database import DatabaseError

URL = "postgresql://tm@db.example:5433/territory"


def test_a_stored_password_is_added_to_the_url(isolated_user) -> None:
    key = store_password(URL, "s3cret/ü")
    assert key == "tm@db.example:5433/territory"
    assert isolated_user.secrets[(KEYRING_SERVICE, key)] == "s3cret/ü"
    url = with_stored_password(URL)
    assert url.password == "s3cret/ü" and url.drivername == "postgresql+psycopg"
    assert "s3cret" not in url.render_as_string(hide_password=True)


def test_without_a_stored_password_the_url_is_used_as_given(isolated_user) -> None:
    url = with_stored_password(URL)
    assert url.password is None and url.host == "db.example"


def test_files_are_passed_through_and_have_no_password(tmp_path) -> None:
    path = str(tmp_path / "t.acctdb")
    assert with_stored_password(path) == path
    with pytest.raises(DatabaseError, match="no password"):
        store_password(path, "x")


def test_a_refusing_keyring_is_reported_not_bypassed(isolated_user, monkeypatch) -> None:
    def refuse(*_args):
        raise KeyringError("locked")

    monkeypatch.setattr(isolated_user, "set_password", refuse)
    monkeypatch.setattr(isolated_user, "get_password", refuse)
    with pytest.raises(KeyringUnavailableError, match="not been stored anywhere else"):
        store_password(URL, "x")
    with pytest.raises(KeyringUnavailableError, match="keyring could not be read"):
        with_stored_password(URL)


def test_a_typed_password_goes_to_the_keyring_not_to_settings(isolated_user) -> None:
    from acct_desktop.services.secrets import settings_safe_target

    safe = settings_safe_target("postgresql://tm:pa55@db.example:5433/territory")
    assert "pa55" not in safe and "tm@db.example:5433/territory" in safe
    assert isolated_user.secrets[(KEYRING_SERVICE, "tm@db.example:5433/territory")] == "pa55"
    assert with_stored_password(safe).password == "pa55"


def test_files_are_remembered_as_they_are(tmp_path) -> None:
    from acct_desktop.services.secrets import settings_safe_target

    path = str(tmp_path / "a.acctdb")
    assert settings_safe_target(path) == path


SOCKET_URL = "postgresql://tm@/acct?host=/tmp/s23/sock&port=5499"


def test_a_local_servers_password_is_stored_under_its_socket_folder_and_port(
    isolated_user,
) -> None:
    """QA s23: a server on a socket at port 5499 was stored as tm@localhost:5432/acct — the
    name of another server."""
    key = store_password(SOCKET_URL, "pw")
    assert key == "tm@/tmp/s23/sock:5499/acct"
    assert with_stored_password(SOCKET_URL).password == "pw"
    other = "postgresql://tm@/acct?host=/tmp/s23/sock&port=5500"
    assert with_stored_password(other).password is None  # another server: not its password


def test_a_password_stored_under_the_earlier_name_still_opens(isolated_user) -> None:
    isolated_user.set_password(KEYRING_SERVICE, "tm@localhost:5432/acct", "old")
    assert with_stored_password(SOCKET_URL).password == "old"
    store_password(SOCKET_URL, "new")  # set again: the new name is read first
    assert with_stored_password(SOCKET_URL).password == "new"
