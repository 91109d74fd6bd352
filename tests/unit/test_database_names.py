"""How a database is named to a manager: a file's path or name, a team server's database
and host — never the URL's driver, user, password or %-escapes."""

from __future__ import annotations

import pytest

from acct_desktop.store.database import shown_name


@pytest.mark.parametrize(
    ("target", "full", "short"),
    [
        ("/home/an/territory.acctdb", "/home/an/territory.acctdb", "territory.acctdb"),
        (
            "postgresql+psycopg://postgres:s3cret@/acct?host=%2Ftmp%2Fpg&port=55432",
            "acct @ /tmp/pg:55432",
            "acct @ /tmp/pg:55432",
        ),
        ("postgresql://anna:s3cret@db.example.com/territory", "territory @ db.example.com", None),
        ("postgresql://anna@db.example.com:5432/territory", "territory @ db.example.com", None),
        ("postgresql://db.example.com:5433/华南", "华南 @ db.example.com:5433", None),
        ("postgresql+psycopg://postgres:***@/acct?host=%2Fsock", "acct @ /sock", None),
    ],
)
def test_a_database_is_named_as_a_manager_reads_it(target: str, full: str, short) -> None:
    assert shown_name(target) == full
    assert shown_name(target, short=True) == (short or full)
    assert "s3cret" not in shown_name(target) and "%2F" not in shown_name(target)


def test_an_unreadable_url_says_nothing_of_what_it_held() -> None:
    assert "s3cret" not in shown_name("postgresql://anna:s3cret@[bad")
