"""File → Back up now and Restore… on a team database (PostgreSQL): greyed out, their tip
saying who backs it up; a database file opened, they are back (QA s22: they stayed enabled
and only explained themselves when chosen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings


@pytest.mark.postgres
def test_backups_are_greyed_out_on_a_team_database(
    qtbot, settings: AppSettings, pg_url: str, tmp_path: Path
) -> None:
    from acct_desktop.store.database import open_database

    open_database(pg_url).close()  # an empty team database
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    actions = window.backup_actions
    assert window.open_database(pg_url)
    why = (
        "A team database is backed up by its server, not by acct-desktop: ask whoever runs "
        "the server about its backups."
    )
    for action in (actions.backup_now, actions.restore):
        assert not action.isEnabled()
        assert action.toolTip() == why and action.statusTip() == why
    assert window.open_database(str(tmp_path / "mine.acctdb"))  # a file of one's own
    for action in (actions.backup_now, actions.restore):
        assert action.isEnabled()
        assert action.statusTip() == ""
    assert window.open_database(pg_url)
    assert not actions.backup_now.isEnabled() and not actions.restore.isEnabled()
    window.set_workspace(None)
