"""A new database with no account, no issue and no quote: every dock says why it is empty
and what to do (with the shortcut), never "no match for these filters" or a date of 2000."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.account_records import AccountDraft


@pytest.fixture
def empty(qtbot, settings: AppSettings, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(tmp_path / "territory.acctdb"))
    window.dismiss_welcome()  # "Continue with the empty database"
    yield window
    window.set_workspace(None)


def _add_account(window: MainWindow) -> None:
    changed = window.workspace.records.create(
        AccountDraft(
            code="NL-HQ-1",
            name="Autobedrijf IJsselstroom",
            kind=AccountKind.HEADQUARTERS,
            channel=Channel.WORKSHOP,
        )
    )
    window.docks["accountTreeDock"].after_change(changed.account_id)


def test_the_contact_map_says_to_add_accounts_first(empty: MainWindow, qtbot) -> None:
    dock = empty.docks["contactMapDock"]
    dock.raise_()
    qtbot.waitUntil(lambda: "No accounts yet" in dock.coverage.text())
    assert "Import accounts" in dock.coverage.text() and "Ctrl+N" in dock.coverage.text()
    assert "Select an account" not in dock.coverage.text()
    buttons = dock.no_accounts.buttons
    assert dock.no_accounts.isVisible()
    assert [b.text() for b in buttons] == ["Import accounts…", "New account… (Ctrl+N)"]
    _add_account(empty)
    qtbot.waitUntil(lambda: not dock.no_accounts.isVisible())


def test_issues_say_there_are_none_yet_and_how_to_raise_one(empty: MainWindow, qtbot) -> None:
    dock = empty.docks["issuesDock"]
    dock.raise_()
    qtbot.waitUntil(lambda: "No issues yet" in dock.table.empty.text())
    assert "import accounts" in dock.table.empty.text()
    assert not dock.commands.new_action.isEnabled()

    _add_account(empty)
    dock.reload()
    text = dock.table.empty.text()
    assert "No issues yet" in text and "Ctrl+N" in text and "visit report" in text
    assert "match these filters" not in text


def test_the_quote_builder_shows_no_date_without_a_quote(empty: MainWindow) -> None:
    editor = empty.docks["quoteBuilderDock"].editor
    for name in ("valid_until", "requested_delivery"):
        field = editor.fields[name]
        assert isinstance(field, QDateEdit)
        assert "2000" not in field.text(), (name, field.text())
    assert editor.fields["valid_until"].text().strip() == ""


def test_new_account_buttons_and_the_calendar_name_their_way_in(empty: MainWindow) -> None:
    for state in (empty.docks["accountTreeDock"].no_accounts, empty.card.no_accounts):
        assert state.buttons[-1].text() == "New account… (Ctrl+N)"
    calendar = empty.docks["visitCalendarDock"]
    assert "Plan visits…" in calendar.week_label.text()


def test_a_new_database_says_no_backup_yet_until_its_first_accounts(
    empty: MainWindow, qtbot
) -> None:
    """Not "last backup 08:52" (an earlier database's of the same name, or a copy of an
    empty file): "no backup yet"; the first accounts bring the first backup."""
    qtbot.waitUntil(lambda: "accounts" in empty.status_label.text())
    empty.background.wait()
    assert "no backup yet" in empty.status_label.text()
    assert "last backup" not in empty.status_label.text()
    _add_account(empty)
    qtbot.waitUntil(lambda: "last backup" in empty.status_label.text(), timeout=20_000)
