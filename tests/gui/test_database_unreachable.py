"""A team database that cannot be reached: one sentence when opening it (the driver's text
one click away), and one banner when its server goes away mid-session — no stack of
"unexpected problem" boxes — gone when the server is back, with what was typed kept."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from acct_desktop.app import _install_excepthook, open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

DOWN = "postgresql+psycopg://tm@/acct?host=/tmp/acct-no-such-socket-dir&port=55499"


def _answer_boxes(seen: list[QMessageBox]) -> QTimer:
    """Close every message box as it appears, noting it (a box would hold the test)."""

    def close_boxes() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget)
                widget.done(0)

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(50)
    return timer


def _window(qtbot, settings: AppSettings) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_opening_a_server_that_is_down_says_so_in_one_sentence(
    qtbot, settings: AppSettings
) -> None:
    window = _window(qtbot, settings)
    assert not window.open_database(DOWN)
    box = window.last_dialog  # opened, not waited on (a test or a user is never stuck)
    assert box is not None and box.isVisible()
    said, details, icon = box.text(), box.detailedText(), box.icon()
    box.close()
    assert said == (
        "The team database on /tmp/acct-no-such-socket-dir cannot be reached; check the "
        "network or ask the administrator. Your work is kept."
    )
    assert "acct-no-such-socket-dir/.s.PGSQL.55499" in details  # the driver's words, a click away
    assert icon == QMessageBox.Icon.Warning


@pytest.mark.postgres
def test_the_status_bar_names_a_server_database_by_its_name_and_host(
    qtbot, settings: AppSettings, pg_url: str
) -> None:
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY

    generate_demo(pg_url, "S", seed=2, today=DEMO_TODAY)
    window = _window(qtbot, settings)
    assert window.open_database(pg_url)
    qtbot.waitUntil(lambda: "accounts" in window.status_label.text(), timeout=20_000)
    text = window.status_label.text()
    name = make_url(pg_url).database
    assert f"{name} @ /" in text  # the socket's folder as its host, no "%2F" escapes
    assert "%2F" not in text and "200F" not in text  # nor taken for a placeholder
    assert text.endswith("team database")
    window.set_workspace(None)


@pytest.mark.postgres
@pytest.mark.qt_no_exception_capture
def test_a_server_going_away_shows_one_banner_and_keeps_what_is_typed(
    qtbot, settings: AppSettings
) -> None:
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY
    from tests.pg import start_server, stop_server, throwaway_postgres

    with throwaway_postgres() as url:  # a server of its own, to stop and start
        generate_demo(url, "S", seed=2, today=DEMO_TODAY)
        window = _window(qtbot, settings)
        assert window.open_database(url)
        window.card.open_tab("profile")
        form = window.card.profile_form
        account_id = window.current.id
        hook = sys.excepthook
        _install_excepthook(window)
        seen: list[QMessageBox] = []
        boxes = _answer_boxes(seen)
        try:
            stop_server(url)
            form.strategy.setPlainText("Typed while the server was down")
            form.save_button.click()  # raises inside the slot: the excepthook has it
            qtbot.keyClick(window, Qt.Key.Key_F5)  # Refresh
            window.docks["quoteBuilderDock"].raise_()
            window.current.set(None)  # no account, then this one again: both read
            window.current.set(account_id)
            qtbot.wait(300)
            assert seen == []  # not one "unexpected problem" box
            banner = window.connection_watch.banner
            assert banner.isVisible()
            assert banner.text().startswith("Cannot reach the team database")

            start_server(url)
            qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)  # retried
            assert form.strategy.toPlainText() == "Typed while the server was down"  # kept
            assert form.save()
            assert window.workspace.accounts.profile(account_id).strategy == (
                "Typed while the server was down"
            )
            assert seen == []
        finally:
            boxes.stop()
            sys.excepthook = hook
            window.set_workspace(None)
