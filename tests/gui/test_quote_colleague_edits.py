"""Two managers on one team database (a real PostgreSQL server) edit the same quote: a
change typed over a value a colleague saved since the quote was read is refused with the
shared sentence naming them — never written over theirs (QA s23: A set line 1 to 7, B's
grid still showed 4 and B typed 9: no refusal, the database ended at 9; the same for the
header's notes). Their value shows, and what was typed stays in sight: in the header
field with the refusal under it (Enter saves it over theirs), or named in the box."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal as D

import pytest

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.workspace import Workspace
from tests.gui.test_quote_builder_dock import (
    add,
    dock_of,
    first_vn_account_and_products,
    seller,  # noqa: F401 (the fixture: My details filled in)
)
from tests.gui.test_undo_after_a_colleague import COLLEAGUE, their_builder

pytestmark = [pytest.mark.postgres]
_names = itertools.count(1)


@pytest.fixture
def team_url(pg_server: str) -> Iterator[str]:
    """The S demo in a database of this test's own on the session's server."""
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY
    from tests.pg import with_database

    with with_database(pg_server, f"colleagues_{next(_names)}") as url:
        generate_demo(url, "S", seed=2, today=DEMO_TODAY)
        yield url


@pytest.fixture
def colleague(team_url: str) -> Iterator[Workspace]:
    other = Workspace.open(team_url)
    yield other
    other.close()


@pytest.fixture
def team_window(qtbot, settings: AppSettings, team_url: str) -> Iterator[MainWindow]:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(team_url)
    yield window
    window.set_workspace(None)


def _open_quote(window: MainWindow):  # type: ignore[no-untyped-def]
    with window.workspace.db.session() as session:
        account, products = first_vn_account_and_products(session)
    window.current.set(account.id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[0], "4")
    add(dock, products[1], "2")
    return dock


def _refusal(number: str) -> str:
    return (
        f"{COLLEAGUE} saved a change to {number} at the same moment; your change was not "
        "saved. Look at it again and repeat your change."
    )


def test_a_quantity_typed_over_a_colleagues_change_is_refused_not_written(
    team_window: MainWindow, colleague: Workspace
) -> None:
    dock = _open_quote(team_window)
    view = dock.editor.view
    first = view.lines[0]
    theirs = their_builder(colleague)
    theirs.update_line(first.id, quantity=D(7))  # A: 4 → 7; my grid still shows 4
    model = dock.editor.model
    assert [ln.quantity for ln in dock.editor.view.lines] == [D(4), D(2)]
    model.setData(model.index(0, LineColumn.QUANTITY), "9")
    assert [ln.quantity for ln in theirs.view(view.id).lines] == [D(7), D(2)]  # theirs stands
    said = dock.last_problem
    assert said is not None and _refusal(view.number) in said
    assert said.endswith("You typed: 9")  # what I typed, in sight to repeat it
    assert [ln.quantity for ln in dock.editor.view.lines] == [D(7), D(2)]  # their value shows
    # another line, or the same line's other field, is still mine to change
    assert model.setData(model.index(1, LineColumn.QUANTITY), "3")
    assert [ln.quantity for ln in theirs.view(view.id).lines] == [D(7), D(3)]
    # a line they changed is not removed from under them either
    theirs.update_line(first.id, discount_percent=D(2))
    dock.editor.table.selectRow(0)
    dock.commands.remove()
    assert len(theirs.view(view.id).lines) == 2


def test_notes_typed_over_a_colleagues_notes_are_refused_and_stay_in_the_field(
    team_window: MainWindow, colleague: Workspace
) -> None:
    dock = _open_quote(team_window)
    view = dock.editor.view
    theirs = their_builder(colleague)
    theirs.set_header(view.id, notes="Anna's note")
    notes = dock.editor.fields["notes"]
    notes.setText("My note")
    notes.editingFinished.emit()
    assert theirs.view(view.id).notes == "Anna's note"  # not overwritten
    assert dock.editor.view.notes == "Anna's note"  # read again
    assert notes.text() == "My note"  # what I typed is kept in its field …
    problem = dock.editor.problems["notes"]
    assert problem.isVisibleTo(dock) and _refusal(view.number) in problem.text()  # … said why
    assert "Theirs: “Anna's note”." in problem.text()
    notes.editingFinished.emit()  # Enter again, having seen theirs: saved over it
    assert theirs.view(view.id).notes == "My note"
    assert problem.isHidden()


@pytest.mark.parametrize("column", [LineColumn.QUANTITY, LineColumn.DISCOUNT])
def test_a_line_a_colleague_removed_leaves_the_grid_when_its_edit_is_refused(
    team_window: MainWindow, colleague: Workspace, column: LineColumn
) -> None:
    """QA s23: B removed a line; A edited it, was told "This line no longer exists." and
    A's grid kept showing the line. The quote is read again: the line goes, and what A
    typed in the header meanwhile stays."""
    dock = _open_quote(team_window)
    view = dock.editor.view
    gone = view.lines[1]
    theirs = their_builder(colleague)
    theirs.remove_lines(view.id, [gone.id])
    terms = dock.editor.fields["payment_terms"]
    terms.setText("Typed by A")
    terms.textEdited.emit("Typed by A")  # typed, not saved yet
    model = dock.editor.model
    model.setData(model.index(1, column), "5")
    assert dock.last_problem is not None
    assert [ln.id for ln in dock.editor.view.lines] == [view.lines[0].id]  # read again
    assert model.rowCount() == 1
    assert terms.text() == "Typed by A"  # nothing else typed is lost


def test_duplicating_a_line_a_colleague_removed_reads_the_quote_again(
    team_window: MainWindow, colleague: Workspace
) -> None:
    """Refused with "This line no longer exists.": the grid no longer shows it."""
    dock = _open_quote(team_window)
    view = dock.editor.view
    gone = view.lines[1]
    their_builder(colleague).remove_lines(view.id, [gone.id])
    terms = dock.editor.fields["payment_terms"]
    terms.setText("Typed by A")
    terms.textEdited.emit("Typed by A")
    dock.editor.table.selectRow(1)
    dock.commands.duplicate()
    assert dock.last_problem == "This line no longer exists."
    assert [ln.id for ln in dock.editor.view.lines] == [view.lines[0].id]  # read again
    assert dock.editor.model.rowCount() == 1
    assert terms.text() == "Typed by A"
