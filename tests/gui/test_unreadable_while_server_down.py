"""A list that could not be read while the team database's server is down says so — never
"nothing here" — and the status bar says the counts are not available (QA s23, two Dutch
managers on one PostgreSQL database: after F5 or switching accounts with the server down
the quote builder said "No quotes for this account yet" for an account with a quote, kept
the previous quote's header greyed, and the status bar stayed on "counting…")."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy.exc import SQLAlchemyError

from acct_desktop.gui.main_window import MainWindow
from tests.gui.test_quote_builder_dock import dock_of
from tests.gui.test_team_database_down import (  # noqa: F401 (the fixtures)
    _quote_with_lines,
    pytestmark,
    server,
    team_url,
    team_window,
)

UNREADABLE = (
    "Quotes cannot be read while the team database is away — they come back when it answers."
)


def _another_account(window: MainWindow, account_id: uuid.UUID) -> uuid.UUID:
    from acct_desktop.store.models import Account

    with window.workspace.db.session() as session:
        return next(a.id for a in session.query(Account).limit(5) if a.id != account_id)


def test_the_quote_list_read_while_the_server_is_down_says_it_cannot_be_read(
    qtbot,
    team_window: MainWindow,  # noqa: F811 (the fixture imported above)
) -> None:
    from tests.pg import start_server, stop_server

    window = team_window
    url = window.workspace.db.url.render_as_string(hide_password=False)
    _quote_with_lines(window)
    dock = dock_of(window)
    account_id = window.current.id
    terms = dock.editor.fields["payment_terms"]
    assert isinstance(terms, QLineEdit)
    terms.setText("30 dagen netto")
    terms.editingFinished.emit()
    other = _another_account(window, account_id)
    qtbot.waitUntil(lambda: "accounts" in window.status_label.text(), timeout=20_000)

    stop_server(url)
    window.current.set(other)  # switching account: the list cannot be read
    window.current.set(account_id)  # back to the account with the quote
    assert window.connection_watch.down
    table = dock.quote_table
    assert dock.quotes.rowCount() == 0 and table.empty.isVisibleTo(table)
    assert table.empty.text() == UNREADABLE  # not "No quotes for this account yet"
    assert terms.text() == ""  # no header of the quote shown before
    contact = dock.editor.fields["contact_id"]
    assert isinstance(contact, QComboBox) and contact.count() == 0
    issues = window.docks["issuesDock"]  # every paged list: the same rule, its own words
    issues.show()
    issues.raise_()
    with pytest.raises(SQLAlchemyError):  # F5 on it: the error goes on to the banner
        issues.refresh()
    assert issues.table.empty.text() == (
        "This list cannot be read while the database cannot be reached — it comes back when "
        "the database answers."
    )
    # the status bar: the counts are not available, not "counting…" until it is back
    window._update_status()
    qtbot.waitUntil(lambda: "counting" not in window.status_label.text(), timeout=20_000)
    assert window.status_label.text().endswith("no counts while the team database is away")

    start_server(url)
    qtbot.waitUntil(lambda: not window.connection_watch.down, timeout=30_000)
    qtbot.waitUntil(lambda: dock.quotes.rowCount() == 1, timeout=10_000)
    assert not table.empty.isVisibleTo(table)
    qtbot.waitUntil(lambda: "accounts" in window.status_label.text(), timeout=20_000)
    window.current.set(other)  # an account without quotes: said as before
    if dock.quotes.rowCount() == 0:
        assert table.empty.text() == "No quotes for this account yet — New quote (Ctrl+N)."
