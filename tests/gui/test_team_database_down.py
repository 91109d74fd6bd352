"""A team database whose server is down, on a real PostgreSQL server of this module's own,
stopped and started under the window (QA s22: Duplicate line, Move line, Reprice, Paste
lines and templates failed with only the banner): Duplicate line, Move line, Reprice, Paste
lines, Copy last quote and a template are not started while it is down; one sentence under
the product says to try again once it is back, nothing typed is lost.
"""

from __future__ import annotations

import itertools
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from acct_desktop.app import _install_excepthook, open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.store import models as m
from tests.gui.test_quote_builder_dock import (
    add,
    dock_of,
    seller,  # noqa: F401 (the fixture: My details filled in)
)

pytestmark = [pytest.mark.postgres, pytest.mark.qt_no_exception_capture]
_names = itertools.count(1)
KEPT_33 = "33"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A PostgreSQL server of this module's own (its tests stop and start it), its
    ``acct_test`` database holding the S demo, copied for each test."""
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY
    from tests.pg import PostgresUnavailable, throwaway_postgres

    try:
        running = throwaway_postgres()
        url = running.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(f"needs a PostgreSQL server: {exc}")
    try:
        generate_demo(url, "S", seed=2, today=DEMO_TODAY)
        yield url
    finally:
        running.__exit__(None, None, None)


@pytest.fixture
def team_url(server: str) -> Iterator[str]:
    """A copy of the demo for this test alone; the server started again whatever the test
    left it as."""
    from tests.pg import start_server, with_database

    with with_database(server, f"down_{next(_names)}", template="acct_test") as url:
        try:
            yield url
        finally:
            if _stopped(url):
                start_server(url)


def _stopped(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return (
        not Path(str(make_url(url).query["host"]))
        .parent.joinpath("data", "postmaster.pid")
        .exists()
    )


@pytest.fixture
def team_window(qtbot, settings: AppSettings, team_url: str) -> Iterator[MainWindow]:
    hook = sys.excepthook
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(team_url)
    _install_excepthook(window)  # an unreachable server: the banner, never a box
    try:
        yield window
    finally:
        sys.excepthook = hook
        window.set_workspace(None)


def _quote_with_lines(window: MainWindow) -> uuid.UUID:
    """A draft quote of three lines (10 each) open in the builder."""
    with window.workspace.db.session() as session:
        account = session.scalars(
            select(m.Account).where(m.Account.currency == "VND").order_by(m.Account.code)
        ).first()
        products = list(
            session.scalars(
                select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku)
            )
        )[:3]
    window.current.set(account.id)
    dock = dock_of(window)
    dock.commands.new_quote()
    for product in products:
        add(dock, product, "10")
    return dock.editor.view.id


def _unexpected_boxes() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "unexpected" in w.text()
    ]


def test_what_reads_the_database_is_not_started_while_the_server_is_down(
    qtbot, team_window: MainWindow
) -> None:
    from tests.pg import start_server, stop_server

    window = team_window
    url = window.workspace.db.url.render_as_string(hide_password=False)
    _quote_with_lines(window)
    dock = dock_of(window)
    commands, editor = dock.commands, dock.editor
    commands.paste_lines()  # the paste dialog open before the server goes down
    pasting = dock.last_dialog
    before = editor.view.lines
    steps = window.undo_stack.count()
    sentence = (
        "Not done: the team database is not answering. Try again once it is back; nothing "
        "you typed is lost."
    )

    stop_server(url)
    pasting.text.setPlainText(f"{before[0].sku}\t4")
    pasting.buttons.accepted.emit()  # Add lines: the server does not answer
    assert pasting.isVisible() and pasting.problem.text() == sentence
    assert pasting.text.toPlainText() == f"{before[0].sku}\t4"  # nothing typed is lost
    assert window.connection_watch.down
    assert editor.add_problem.text() == sentence
    pasting.reject()
    editor.show_add_problem(None)

    editor.table.selectRow(1)
    for name in ("duplicate", "up", "down", "reprice", "copy_last", "paste"):
        commands.actions[name].trigger()
        assert editor.add_problem.isVisible(), name
        assert editor.add_problem.text() == sentence, name
        editor.show_add_problem(None)
    assert dock.last_dialog is pasting  # no paste dialog opened while it is away
    commands.templates_menu.aboutToShow.emit()  # From template: says why, offers none
    entries = [a for a in commands.templates_menu.actions()]
    assert [a.text() for a in entries] == [
        "The database is not answering — try again once it is back"
    ]
    assert not entries[0].isEnabled()
    assert editor.view.lines == before and window.undo_stack.count() == steps
    assert not commands.kept.waiting()  # none of them kept as a half-made edit
    assert _unexpected_boxes() == []

    commands.actions["reprice"].trigger()
    start_server(url)  # back: the window reads again, the sentence goes
    qtbot.waitUntil(lambda: not window.connection_watch.down, timeout=30_000)
    assert editor.add_problem.isHidden()
    editor.table.selectRow(1)
    commands.actions["duplicate"].trigger()  # done now
    assert len(editor.view.lines) == len(before) + 1
    assert editor.add_problem.isHidden()
