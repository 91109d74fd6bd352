"""Quote edits typed while the team database's server is down are kept, shown as not saved
yet, and written once the server answers — each once, in the order typed, and never over a
colleague's change of the same field (refused with the shared sentence naming them).
Ctrl+Z takes back a kept edit without the server, and undoes a written one as any edit.

A real PostgreSQL server of the test's own is stopped and started under the window (QA
s21: line 3's quantity set to 33 with the server stopped went back to 10 in the grid, and
the database still had 10 once the server was back)."""

from __future__ import annotations

import sys
from datetime import timedelta
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from acct_desktop.app import _install_excepthook, open_workspace
from acct_desktop.gui.main_window import Leaving, MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.workspace import Workspace
from tests.gui.test_quote_builder_dock import (
    add,
    dock_of,
    seller,  # noqa: F401 (the fixture: My details filled in)
    vn_account_and_products,
)
from tests.gui.test_undo_after_a_colleague import COLLEAGUE, ctrl_z, their_builder


def _unexpected_boxes() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "unexpected" in w.text()
    ]


def _cell(dock, row: int, column: LineColumn, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    model = dock.editor.model
    return model.data(model.index(row, column), role)


@pytest.mark.postgres
@pytest.mark.qt_no_exception_capture
def test_quote_edits_typed_while_the_server_is_down_are_kept_and_written_once_it_answers(
    qtbot, settings: AppSettings
) -> None:
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY
    from tests.pg import PostgresUnavailable, start_server, stop_server, throwaway_postgres

    try:
        server = throwaway_postgres()
        url = server.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(f"needs a PostgreSQL server: {exc}")
    hook = sys.excepthook
    colleague: Workspace | None = None
    try:
        generate_demo(url, "S", seed=2, today=DEMO_TODAY)
        window = MainWindow(settings, open_workspace)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_database(url)
        _install_excepthook(window)
        account_id, products = vn_account_and_products(window)
        window.current.set(account_id)
        dock = dock_of(window)
        dock.commands.new_quote()
        for product, quantity in ((products[0], "10"), (products[1], "10"), (products[2], "10")):
            add(dock, product, quantity)
        add(dock, products[0], "5")
        view = dock.editor.view
        quote_id, lines = view.id, view.lines
        assert [ln.quantity for ln in lines] == [D(10), D(10), D(10), D(5)]
        colleague = Workspace.open(url)  # meanwhile a colleague gives line 2 a discount
        their_builder(colleague).update_line(lines[1].id, discount_percent=D(4))
        colleague.close()
        colleague = None
        steps = window.undo_stack.count()

        stop_server(url)
        model, editor = dock.editor.model, dock.editor
        assert model.setData(model.index(2, LineColumn.QUANTITY), "33")  # QA's edit
        banner = window.connection_watch.banner
        assert banner.isVisible()  # the database is away: said once, in the status bar
        assert [ln.quantity for ln in editor.view.lines] == [D(10), D(10), D(33), D(5)]
        assert _cell(dock, 2, LineColumn.QUANTITY, Qt.ItemDataRole.FontRole).italic()
        assert _cell(dock, 2, LineColumn.FLAGS) == "✎ not saved yet"
        assert _cell(dock, 2, LineColumn.AMOUNT) == "…"  # worked out once saved
        assert _cell(dock, 2, LineColumn.QUANTITY, Qt.ItemDataRole.ToolTipRole).startswith(
            "Not saved yet: the database cannot be reached."
        )
        assert _cell(dock, 0, LineColumn.QUANTITY, Qt.ItemDataRole.FontRole) is None
        assert editor.banner.text().startswith("● 1 change(s) not saved yet")
        # Ctrl+Z: the kept edit is taken back without the server; the one before it (a
        # line added, written) needs the server: not taken, the stack stays where it was
        window.undo_stack.undo()
        assert [ln.quantity for ln in editor.view.lines] == [D(10), D(10), D(10), D(5)]
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: window.undo_stack.index() == steps)
        assert len(editor.view.lines) == 4 and window.undo_stack.count() == steps + 1
        window.undo_stack.redo()  # Ctrl+Y: kept again
        assert [ln.quantity for ln in editor.view.lines] == [D(10), D(10), D(33), D(5)]
        # the other kinds of edits: discount, unit and note of line 1; line 2's discount
        # (the colleague changed it meanwhile); line 4 removed; a line added; the header
        assert model.setData(model.index(0, LineColumn.DISCOUNT), "5")
        assert model.setData(model.index(0, LineColumn.UNIT), "L")
        assert model.setData(model.index(0, LineColumn.DESCRIPTION), "Typed offline")
        assert model.setData(model.index(1, LineColumn.DISCOUNT), "3")
        editor.table.selectRow(3)
        dock.commands.remove()
        assert _cell(dock, 3, LineColumn.FLAGS) == "✎ removal not saved yet"
        assert _cell(dock, 3, LineColumn.SKU, Qt.ItemDataRole.FontRole).strikeOut()
        editor.product.set_choice(products[1].id, f"{products[1].sku} · {products[1].name}")
        editor.quantity.setText("7")
        editor.add_button.click()
        assert [ln.sku for ln in editor.view.lines][-1] == products[1].sku
        assert _cell(dock, 4, LineColumn.FLAGS) == "✎ not saved yet"
        terms = editor.fields["payment_terms"]
        old_terms = terms.text()
        terms.setText("60 days net")
        terms.editingFinished.emit()
        assert terms.font().italic() and terms.text() == "60 days net"
        valid = editor.fields["valid_until"]
        later = view.valid_until + timedelta(days=10)
        valid.setDate(QDate(later))
        valid.editingFinished.emit()
        assert editor.view.valid_until == later and valid.font().italic()
        currency = editor.fields["currency"]  # reprices every line: not kept, not lost
        currency.setText("EUR")
        currency.editingFinished.emit()
        assert currency.text() == "EUR"
        assert editor.problems["currency"].text().startswith("Not applied: the database")
        currency.setText(view.currency)
        currency.editingFinished.emit()
        assert editor.banner.text().startswith("● 9 change(s) not saved yet")
        # Ctrl+Z takes back the last kept edit without the server; Ctrl+Y keeps it again
        ctrl_z(qtbot, editor.table)
        assert editor.view.valid_until == view.valid_until and not valid.font().italic()
        ctrl_z(qtbot, editor.table)
        assert terms.text() == old_terms and not terms.font().italic()
        window.undo_stack.redo()
        window.undo_stack.redo()
        assert terms.text() == "60 days net" and editor.view.valid_until == later
        assert window.undo_stack.count() == steps + 9
        asked: list[tuple[int, Leaving]] = []  # closing now would lose them: asked, and kept open
        window.losing_kept = lambda waiting, leaving: asked.append((waiting, leaving)) is not None
        window.close()
        assert asked == [(9, Leaving.CLOSE)] and window.isVisible()
        assert _unexpected_boxes() == []

        start_server(url)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)  # retried: back
        qtbot.waitUntil(lambda: not dock.commands.kept.waiting(), timeout=10_000)
        # the refused edit (line 2's discount) leaves the history at once, under the
        # written ones: Edit → Undo never offers it, Ctrl+Z never lands on it
        assert window.undo_stack.count() == steps + 8
        assert window.undo_stack.index() == steps + 8
        saved = window.workspace.quote_builder.view(quote_id)
        first = saved.lines[0]
        assert (first.discount_percent, first.unit, first.description) == (
            D(5),
            "L",
            "Typed offline",
        )
        assert saved.lines[1].discount_percent == D(4)  # the colleague's: not overwritten
        assert saved.lines[2].quantity == D(33)
        assert [(ln.sku, ln.quantity) for ln in saved.lines[3:]] == [(products[1].sku, D(7))]
        assert (saved.payment_terms, saved.valid_until) == ("60 days net", later)
        assert dock.last_problem is not None
        said = dock.last_problem.splitlines()
        assert said[0].startswith("Not saved: typed while the database could not be reached")
        assert said[1:] == [
            f"• Line 2 ({products[1].sku}), Disc. %: {COLLEAGUE} saved a change to "
            f"{saved.number} at the same moment; your change was not saved. Look at it "
            "again and repeat your change. You typed: 3"
        ]
        for box in QApplication.topLevelWidgets():  # the box saying so, read: closed
            if isinstance(box, QMessageBox) and box.isVisible():
                box.close()
        assert editor.view.lines == saved.lines and editor.waiting is None  # as saved
        assert not terms.font().italic() and not valid.font().italic()
        window._database_back()  # told twice: nothing is written twice
        assert window.workspace.quote_builder.view(quote_id).lines == saved.lines
        # the written steps undo as any edit (the refused one is gone)
        window.undo_stack.undo()
        assert window.workspace.quote_builder.view(quote_id).valid_until == view.valid_until
        window.undo_stack.redo()
        assert window.workspace.quote_builder.view(quote_id).valid_until == later
        window.undo_stack.undo()  # the date, then
        for _step in range(4):  # the terms, the line added, the line removed, the note
            window.undo_stack.undo()
        now = window.workspace.quote_builder.view(quote_id)
        assert now.payment_terms == (old_terms or None)
        assert [ln.quantity for ln in now.lines] == [D(10), D(10), D(33), D(5)]
        assert (now.lines[0].description, now.lines[0].discount_percent) == (None, D(5))
        assert now.lines[1].discount_percent == D(4)
        assert window.undo_stack.count() == steps + 8
        assert _unexpected_boxes() == []
        window.set_workspace(None)
    finally:
        sys.excepthook = hook
        if colleague is not None:
            colleague.close()
        server.__exit__(None, None, None)
