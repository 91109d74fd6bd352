"""A team server that answers but refuses the login — a wrong password, none stored where
it asks for one — is said as such, not as "cannot be reached; check the network" (QA s23),
by the CLI with the command that sets the password; on a real PostgreSQL server that
asks user ``tm_pw`` for a password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from acct_desktop.cli import main
from acct_desktop.services.secrets import store_password
from acct_desktop.store.database import open_database
from acct_desktop.store.reachability import LoginProblem, is_unreachable, login_problem

pytestmark = pytest.mark.postgres
USER, PASSWORD = "tm_pw", "right-one"


@pytest.fixture
def guarded_url(pg_url: str) -> Iterator[str]:
    """The test's database, for a user who must give ``PASSWORD``: as typed (no password)."""
    from tests.pg import password_login

    url = password_login(pg_url, USER, PASSWORD)
    yield url.replace("postgresql+psycopg://", "postgresql://")


def _refusal(url: str) -> BaseException:
    with pytest.raises(Exception) as failed:
        open_database(url).close()
    return failed.value


def test_a_wrong_or_missing_password_is_a_refused_login_not_an_unreachable_server(
    guarded_url: str,
) -> None:
    wrong = make_url(guarded_url).set(password="wrong").render_as_string(hide_password=False)
    refused = _refusal(wrong)
    assert login_problem(refused) is LoginProblem.PASSWORD_REFUSED
    assert not is_unreachable(refused)
    missing = _refusal(guarded_url)
    assert login_problem(missing) is LoginProblem.PASSWORD_MISSING
    assert not is_unreachable(missing)
    right = make_url(guarded_url).set(password=PASSWORD).render_as_string(hide_password=False)
    open_database(right).close()


def test_the_cli_says_the_password_was_refused_and_how_to_set_it(
    guarded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--db", guarded_url]) == 2
    said = capsys.readouterr().err
    assert "asks for the password of user tm_pw, and no password is stored for it" in said
    assert f"Set it with: acct-desktop password --db {guarded_url}" in said
    assert "cannot be reached" not in said
    store_password(guarded_url, "wrong")
    assert main(["info", "--db", guarded_url]) == 2
    said = capsys.readouterr().err
    assert "refused the password for user tm_pw." in said
    assert "check the network" not in said
    store_password(guarded_url, PASSWORD)
    main(["info", "--db", guarded_url])  # let in: an empty database, said as such
    assert "does not exist or is empty" in capsys.readouterr().err


def test_demo_into_a_team_database_uses_the_stored_password(
    guarded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """QA s23: ``demo --db URL`` ignored the keyring (every other command reads it)."""
    store_password(guarded_url, PASSWORD)
    assert main(["demo", "--db", guarded_url, "--quiet", "--today", "2026-11-02"]) == 0
    assert "written to" in capsys.readouterr().out
    assert main(["info", "--db", guarded_url]) == 0
    said = capsys.readouterr().out
    # its short name, as the window's title and status bar say it: no driver, no ***
    url = make_url(guarded_url)
    where = f"{url.query['host']}:{url.query['port']}"
    assert said.startswith(f"database: {url.database} @ {where}\n")
