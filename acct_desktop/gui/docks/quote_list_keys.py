"""The quote builder's list of quotes, by keyboard and right-click, with the dock's own
commands: Enter opens the chosen quote (the editor takes the focus), Delete discards a
draft (Edit → Undo brings it back), the right-click menu offers Open, Revise, Print
preview and Discard draft where the quote allows them, and Ctrl+F (anywhere in the dock)
goes to the list's find box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from acct_desktop.domain.quote_workflow import QuoteMove
from acct_desktop.gui.keys import ENTER, dock_key, find_key

if TYPE_CHECKING:
    from acct_desktop.gui.docks.quote_builder import QuoteBuilderDock


def add_quote_list_keys(dock: QuoteBuilderDock) -> None:
    view = dock.quote_table.view
    dock_key(
        view,
        ENTER,
        lambda: open_chosen(dock),
        QCoreApplication.translate("QuoteListKeys", "Open"),
        only_here=True,
    )
    discard = dock.commands.actions["discard"]
    dock_key(
        view,
        [QKeySequence(QKeySequence.StandardKey.Delete)],
        lambda: discard.isEnabled() and discard.trigger(),
        discard.text(),
        only_here=True,
    )
    find_key(dock, dock.find_box, QCoreApplication.translate("QuoteListKeys", "Find a quote"))
    view.doubleClicked.connect(lambda _index: open_chosen(dock))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda at: _row_menu(dock, at))


def open_chosen(dock: QuoteBuilderDock) -> None:
    """The chosen quote is shown already: the editor takes the keyboard."""
    if dock.commands._quote() is not None:
        dock.editor.product.setFocus(Qt.FocusReason.OtherFocusReason)


def _row_menu(dock: QuoteBuilderDock, at: QPoint) -> None:
    view = dock.quote_table.view
    index = view.indexAt(at)
    if not index.isValid():
        return
    view.selectRow(index.row())  # shows the quote: its commands follow it
    quote = dock.commands._quote()
    menu = QMenu(dock)
    if quote is not None:
        menu.addAction(
            QCoreApplication.translate("QuoteListKeys", "Open"), lambda: open_chosen(dock)
        )
        if QuoteMove.REVISE in quote.moves:
            button = dock.commands.move_buttons[QuoteMove.REVISE]
            menu.addAction(button.text(), lambda: dock.commands.make_move(QuoteMove.REVISE))
        menu.addAction(dock.commands.actions["preview"])
        menu.addAction(dock.commands.actions["discard"])
    dock.quote_table.copier.add_to(menu)
    dock.last_dialog = menu
    menu.popup(view.viewport().mapToGlobal(at))
