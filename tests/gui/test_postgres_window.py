"""The same window over a team database on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.demo import generate_demo
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.postgres


def test_every_dock_shows_rows_over_postgresql(qtbot, settings, pg_url: str) -> None:
    generate_demo(pg_url, "S", seed=2, today=DEMO_TODAY)
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(pg_url)
    window.docks["visitCalendarDock"].day = DEMO_TODAY  # the demo's visits are around it
    window.docks["visitCalendarDock"].reload()
    alerts = window.docks["alertsDock"]
    qtbot.waitUntil(lambda: alerts.shown_row_count() > 0, timeout=30_000)  # read off-thread
    for dock in window.docks.values():  # some read off the UI thread, some when first seen
        dock.raise_()  # as the user clicks its tab
        qtbot.waitUntil(lambda dock=dock: dock.shown_row_count() > 0, timeout=30_000)
    qtbot.waitUntil(lambda: "200 accounts" in window.status_label.text(), timeout=10_000)
    # the team database by its name and server, as a manager reads it: no driver, user,
    # password or %-escaped socket folder of the URL
    name = make_url(pg_url).database
    assert f"{name} @ " in window.status_label.text()
    assert window.windowTitle().startswith(f"{name} @ ")
    for shown in (window.status_label.text(), window.windowTitle()):
        assert "%2F" not in shown and "psycopg" not in shown and "://" not in shown
    window.set_workspace(None)
