"""Ctrl+Z takes back only the manager's own change: a colleague's quote line or account
field saved meanwhile stays, and when the colleague changed what the undo would put back,
Ctrl+Z refuses with a sentence naming them.

The colleague works in a workspace of their own on the same database file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder
from acct_desktop.services.workspace import Workspace
from tests.gui.test_account_editing import select_first_with_children
from tests.gui.test_quote_builder_dock import (
    SELLER,
    add,
    dock_of,
    seller,  # noqa: F401 (the fixture: My details filled in)
    vn_account_and_products,
)

COLLEAGUE = "Anna Smith"


@pytest.fixture
def colleague(demo_db: Path) -> Iterator[Workspace]:
    """The colleague's own workspace on the same database file."""
    other = Workspace.open(demo_db)
    yield other
    other.close()


def ctrl_z(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def their_builder(colleague: Workspace) -> QuoteBuilder:
    db = colleague.db
    return QuoteBuilder(db, PricingService(db), lambda: COLLEAGUE, lambda: "M4P")


def quote_with_my_quantity_change(window: MainWindow):  # type: ignore[no-untyped-def]
    """A quote of two lines (10 and 3) whose first quantity I changed to 12."""
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[1], "10")
    add(dock, products[2], "3")
    model = dock.editor.model
    assert model.setData(model.index(0, LineColumn.QUANTITY), "12")
    assert [ln.quantity for ln in dock.editor.view.lines] == [D(12), D(3)]
    return dock, products


def test_ctrl_z_in_the_quote_builder_keeps_the_line_a_colleague_added(
    qtbot, window: MainWindow, colleague: Workspace
) -> None:
    dock, products = quote_with_my_quantity_change(window)
    quote_id = dock.editor.view.id
    their_builder(colleague).add_products(quote_id, [(products[0].id, D(7), None)])
    ctrl_z(qtbot, dock.editor.table)
    assert [(ln.sku, ln.quantity) for ln in dock.editor.view.lines] == [
        (products[1].sku, D(10)),
        (products[2].sku, D(3)),
        (products[0].sku, D(7)),  # Anna's line, not deleted
    ]
    assert dock.last_problem is None


def test_ctrl_z_in_the_quote_builder_refuses_over_a_colleagues_change_and_says_who(
    qtbot, window: MainWindow, colleague: Workspace
) -> None:
    dock, _products = quote_with_my_quantity_change(window)
    view = dock.editor.view
    steps = window.undo_stack.count()
    their_builder(colleague).update_line(view.lines[0].id, quantity=D(15))
    ctrl_z(qtbot, dock.editor.table)
    assert dock.last_problem == (
        f"{COLLEAGUE} changed {view.number} since; your change was not undone."
    )
    assert [ln.quantity for ln in dock.editor.view.lines] == [D(15), D(3)]  # read again
    assert window.undo_stack.count() == steps - 1 and not window.undo_stack.canRedo()
    assert SELLER.name not in dock.last_problem


def edit_city(window: MainWindow, city: str):  # type: ignore[no-untyped-def]
    """Edit the first account's city in its form: (the tree, its row, the city it had)."""
    tree = window.docks["accountTreeDock"]
    row = select_first_with_children(window)
    old = window.workspace.records.draft(row.id)[0].city
    dialog = tree.commands.edit_account()
    dialog.edits["city"].setText(city)
    dialog.edits["city"].textEdited.emit(city)
    dialog.save()
    assert window.workspace.records.draft(row.id)[0].city == city
    return tree, row, old


def colleague_saves(colleague: Workspace, account_id, **changes: str) -> None:  # type: ignore[no-untyped-def]
    records = AccountRecords(colleague.db, COLLEAGUE)
    draft, version = records.draft(account_id)
    records.update(account_id, dataclasses.replace(draft, **changes), version)


def test_ctrl_z_of_an_account_edit_keeps_a_colleagues_later_save(
    qtbot, window: MainWindow, colleague: Workspace, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    tree, row, old = edit_city(window, "Breda 市")
    colleague_saves(colleague, row.id, phone="+31 6 99999999")
    ctrl_z(qtbot, tree.view)
    now = window.workspace.records.draft(row.id)[0]
    assert (now.city, now.phone) == (old, "+31 6 99999999")  # mine undone, theirs kept
    assert said == []


def test_ctrl_z_of_an_account_edit_refuses_over_a_colleagues_change_and_says_who(
    qtbot, window: MainWindow, colleague: Workspace, monkeypatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    tree, row, _old = edit_city(window, "Breda 市")
    code = window.workspace.records.draft(row.id)[0].code
    colleague_saves(colleague, row.id, city="Tilburg")
    steps = window.undo_stack.count()
    ctrl_z(qtbot, tree.view)
    assert said == [f"{COLLEAGUE} changed {row.name} ({code}) since; your change was not undone."]
    assert window.workspace.records.draft(row.id)[0].city == "Tilburg"  # theirs stands
    assert window.undo_stack.count() == steps - 1 and not window.undo_stack.canRedo()


def save_phone(window: MainWindow, phone: str) -> None:
    dialog = window.docks["accountTreeDock"].commands.edit_account()
    dialog.edits["phone"].setText(phone)
    dialog.edits["phone"].textEdited.emit(phone)
    dialog.save()


def test_a_step_refused_in_the_middle_leaves_the_history_once_said_and_the_rest_works(
    qtbot, window: MainWindow, colleague: Workspace, monkeypatch
) -> None:
    """My three saves: city, phone, city again. The colleague changes the phone. Ctrl+Z
    takes back the second city; Ctrl+Z on the phone is refused, said once, and that step
    is gone (Undo now offers the first city, Redo the second); Ctrl+Z and Ctrl+Y go on
    over the steps before and after it, the colleague's phone standing."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    tree, row, old = edit_city(window, "Breda 市")
    save_phone(window, "+31 6 11111111")
    edit_city(window, "Tilburg 市")
    stack = window.undo_stack
    steps = stack.count()
    colleague_saves(colleague, row.id, phone="+31 6 99999999")
    ctrl_z(qtbot, tree.view)
    ctrl_z(qtbot, tree.view)  # the phone: refused
    assert len(said) == 1 and "since; your change was not undone." in said[0]
    assert (stack.count(), stack.index()) == (steps - 1, steps - 2)  # the phone's step gone
    assert stack.canUndo() and stack.canRedo()
    ctrl_z(qtbot, tree.view)  # the first city
    now = window.workspace.records.draft(row.id)[0]
    assert (now.city, now.phone) == (old, "+31 6 99999999")
    window.undo_stack.redo()
    window.undo_stack.redo()  # the first city, then the second: the phone's step is skipped
    now = window.workspace.records.draft(row.id)[0]
    assert (now.city, now.phone) == ("Tilburg 市", "+31 6 99999999")
    assert not stack.canRedo() and len(said) == 1
