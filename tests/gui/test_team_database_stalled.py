"""A team server that stops answering while the window is open — a network black hole,
its processes paused with SIGSTOP: nothing refused, nothing answered — no longer freezes
the window: a quote cell typed then is kept as when the server is down ("✎ not saved yet",
the banner says the database cannot be reached) within seconds, and written once the
server answers again (QA s23: the window froze for the 40 s the server was paused, no
banner, and the 5 s check never started)."""

from __future__ import annotations

import time
from decimal import Decimal as D

import pytest

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from tests.gui import test_team_database_down as down
from tests.pg import paused_server

pytestmark = [pytest.mark.postgres, pytest.mark.qt_no_exception_capture]
GENEROUS_S = 30  # it used to wait for as long as the server stayed paused
# the fixtures: a server of this module's own with the S demo, the window open on a copy
server, team_url, team_window = down.server, down.team_url, down.team_window


def test_a_quote_cell_typed_while_the_server_is_silent_is_kept_within_seconds(
    qtbot, team_window: MainWindow, team_url: str
) -> None:
    down._quote_with_lines(team_window)
    dock = team_window.docks["quoteBuilderDock"]
    model = dock.editor.model
    with paused_server(team_url):
        started = time.monotonic()
        assert model.setData(model.index(0, LineColumn.QUANTITY), "7")
        assert time.monotonic() - started < GENEROUS_S
        assert team_window.connection_watch.banner.isVisible()
        assert dock.editor.view.lines[0].quantity == D(7)
        assert model.data(model.index(0, LineColumn.FLAGS)) == "✎ not saved yet"
    # answering again: the 5 s check finds it, the banner goes and the edit is written
    qtbot.waitUntil(lambda: not team_window.connection_watch.banner.isVisible(), timeout=40_000)
    qtbot.waitUntil(lambda: not dock.commands.kept.waiting(), timeout=10_000)
    quote = team_window.workspace.quote_builder.view(dock.editor.view.id)
    assert quote.lines[0].quantity == D(7)
