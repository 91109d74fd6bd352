"""Opening a team database whose server refuses the login says so and asks for the
password — not "cannot be reached; check the network" (QA s23) — keeps it in the system
keyring and opens the database with it; on a real PostgreSQL server that asks user
``tm_pw`` for a password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.secrets import KEYRING_SERVICE, keyring_key, store_password
from acct_desktop.store.database import to_url

pytestmark = pytest.mark.postgres
USER, PASSWORD = "tm_pw", "right-one"


@pytest.fixture
def guarded_url(pg_url: str) -> Iterator[str]:
    from tests.pg import password_login

    yield password_login(pg_url, USER, PASSWORD).replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def team_window(qtbot, settings: AppSettings) -> Iterator[MainWindow]:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.set_workspace(None)


def test_no_stored_password_is_asked_for_kept_and_the_database_opens(
    team_window: MainWindow, guarded_url: str, isolated_user
) -> None:
    asked: list[tuple[str, str]] = []
    team_window.ask_password = lambda said, user: asked.append((said, user)) or PASSWORD
    assert team_window.open_database(guarded_url)
    ((said, user),) = asked
    assert user == USER
    assert "asks for the password of user tm_pw, and no password is stored for it" in said
    key = keyring_key(to_url(guarded_url))
    assert isolated_user.secrets[(KEYRING_SERVICE, key)] == PASSWORD


def test_a_refused_password_is_said_as_such_and_nothing_opens_when_none_is_given(
    team_window: MainWindow, guarded_url: str
) -> None:
    store_password(guarded_url, "wrong")
    asked: list[str] = []
    team_window.ask_password = lambda said, _user: asked.append(said)  # Cancel
    assert not team_window.open_database(guarded_url)
    assert len(asked) == 1 and "refused the password for user tm_pw." in asked[0]
    assert "cannot be reached" not in asked[0]
    assert team_window.workspace is None and team_window.last_dialog is None
