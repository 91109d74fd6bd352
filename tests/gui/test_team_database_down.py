"""A team database whose server is down, on a real PostgreSQL server of this module's own,
stopped and started under the window (QA s22: quote edits kept while it was down were
dropped without a word by View → Language and by opening another database; Duplicate line,
Move line, Reprice, Paste lines and templates failed with only the banner):

- another database opened (File → Open recent, the demo, a new file …) with quote edits
  still waiting asks as closing does; staying, nothing changes; written first when the
  server answers by then;
- View → Language is not switched while the server is down (the new window is built from
  the database): said in the status bar, the edits stay, and it switches once it answers;
- Duplicate line, Move line, Reprice, Paste lines, Copy last quote and a template are not
  started while it is down: one sentence under the product says to try again once it is
  back, nothing typed is lost.
"""

from __future__ import annotations

import itertools
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from acct_desktop.app import _install_excepthook, open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.gui.settings import AppSettings
from tests.gui.test_quote_builder_dock import (
    add,
    dock_of,
    first_vn_account_and_products,
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
        window.losing_kept = lambda _waiting, _leaving: True  # torn down: not asked
        window.set_workspace(None)


class Answers:
    """Answers the questions the window asks (a modal box) with the button called
    ``choice``; what each said is in ``said``. A question without that button is turned
    down (its Escape)."""

    def __init__(self) -> None:
        self.choice = ""
        self.said: list[str] = []
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._answer)

    def next(self, choice: str) -> None:
        self.choice = choice
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self._timer.stop()
        self.said.append(box.text())
        for button in box.buttons():
            if button.text() == self.choice:
                button.click()
                return
        box.reject()


@pytest.fixture
def answers() -> Iterator[Answers]:
    answering = Answers()
    yield answering
    answering.stop()


def _quote_with_lines(window: MainWindow) -> uuid.UUID:
    """A draft quote of three lines (10 each) open in the builder."""
    with window.workspace.db.session() as session:
        account, products = first_vn_account_and_products(session)
    window.current.set(account.id)
    dock = dock_of(window)
    dock.commands.new_quote()
    for product in products:
        add(dock, product, "10")
    return dock.editor.view.id


def _keep_an_edit(window: MainWindow) -> None:
    """The server stopped, line 1's quantity typed: kept, not saved yet."""
    from tests.pg import stop_server

    stop_server(str(window.workspace.db.url.render_as_string(hide_password=False)))
    dock = dock_of(window)
    model = dock.editor.model
    assert model.setData(model.index(0, LineColumn.QUANTITY), KEPT_33)
    assert window.connection_watch.down
    assert len(dock.commands.kept.waiting()) == 1


def _unexpected_boxes() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "unexpected" in w.text()
    ]


def test_switching_the_language_while_the_server_is_down_loses_no_quote_edit(
    qtbot, team_window: MainWindow, answers: Answers, restore_language
) -> None:
    from tests.pg import start_server

    window = team_window
    url = window.workspace.db.url.render_as_string(hide_password=False)
    quote_id = _quote_with_lines(window)
    _keep_an_edit(window)
    kept = dock_of(window).commands.kept
    dutch = next(a for a in window.language_menu.actions() if a.data() == "nl")

    answers.next("Switch and lose them")  # were it asked, the edit would be lost
    dutch.trigger()  # View → Language → Nederlands: the new window could not be built
    assert answers.said == []  # nothing to lose: not asked
    assert window.statusBar().currentMessage() == (
        "The language is not switched: the window is built again from the database, and it "
        "cannot be reached. Try again once it is back; nothing you typed is lost."
    )
    assert window.isVisible() and window.settings.language() == ""  # as it was
    checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == [""]  # System language, still
    assert len(kept.waiting()) == 1
    assert dock_of(window).editor.view.lines[0].quantity == D(33)
    assert _unexpected_boxes() == []

    start_server(url)  # back: the edit is written, then the language switches
    qtbot.waitUntil(lambda: not window.connection_watch.down, timeout=30_000)
    qtbot.waitUntil(lambda: not kept.waiting(), timeout=10_000)
    replaced = window.choose_language("nl")
    qtbot.addWidget(replaced)
    answers.stop()
    assert replaced is not window and answers.said == []
    assert replaced.settings.language() == "nl"
    assert replaced.workspace.quote_builder.view(quote_id).lines[0].quantity == D(33)
    replaced.set_workspace(None)


def test_opening_another_database_asks_about_quote_edits_not_saved_yet(
    qtbot, team_window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY

    window = team_window
    other = tmp_path / "other.acctdb"
    generate_demo(other, "S", seed=3, today=DEMO_TODAY)
    team = window.workspace
    quote_id = _quote_with_lines(window)
    _keep_an_edit(window)
    kept = dock_of(window).commands.kept
    question = (
        "1 change(s) to a quote, typed while the database could not be reached, are not "
        "saved yet. Opening another database now loses them; staying on this one, they are "
        "saved as soon as the database answers."
    )

    window.settings.add_recent_file(str(other))  # File → Open recent → other.acctdb
    window._fill_recent_menu()
    recent = next(a for a in window.recent_menu.actions() if "other.acctdb" in a.text())
    answers.next("Stay on this database")
    recent.trigger()
    assert answers.said == [question]
    assert window.workspace is team and len(kept.waiting()) == 1

    demo = tmp_path / "demo.acctdb"  # File → Open the demo database (made already)
    demo.write_bytes(other.read_bytes())
    window.demo_actions._where = lambda: demo
    answers.next("Stay on this database")
    window.demo_actions.open_demo.trigger()
    assert answers.said == [question, question]
    assert window.workspace is team and len(kept.waiting()) == 1

    new = tmp_path / "new.acctdb"  # File → New database…: the file is not even made
    answers.next("Stay on this database")
    assert not window.open_database(str(new))
    assert not new.exists() and window.workspace is team and len(kept.waiting()) == 1

    answers.next("Open and lose them")
    assert window.open_database(str(other))
    assert len(answers.said) == 4 and window.workspace is not team
    assert window.workspace.label == str(other) and not kept.waiting()
    assert window.isVisible() and _unexpected_boxes() == []

    # the server back: a kept edit is written first, and nothing is asked
    from tests.pg import start_server

    url = team.db.url.render_as_string(hide_password=False)
    start_server(url)
    assert window.open_database(url)
    second = _quote_with_lines(window)
    _keep_an_edit(window)
    start_server(url)
    answers.next("Stay on this database")
    assert window.open_database(str(other))
    answers.stop()
    assert len(answers.said) == 4  # not asked: written
    from acct_desktop.services.workspace import Workspace

    check = Workspace.open(url)
    try:
        assert check.quote_builder.view(second).lines[0].quantity == D(33)  # written
        assert check.quote_builder.view(quote_id).lines[0].quantity == D(10)  # let go
    finally:
        check.close()


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
