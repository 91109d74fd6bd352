"""The contact map's keyboard and the People list's rows: the map's own commands.

On the relationship map, Enter edits the chosen person and Delete archives them (one undo
step, as the map's right-click menu does); Ctrl+F goes to the find box. In the People list,
Enter or a double-click edits the row's person, Delete archives, and a right-click offers
the map's menu for that person."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from acct_desktop.gui.keys import ENTER, dock_key, focus_find_box

if TYPE_CHECKING:
    from acct_desktop.gui.docks.contact_map import ContactMapDock


def add_contact_map_keys(dock: ContactMapDock) -> None:
    commands = dock.commands

    def on_person(run) -> None:  # type: ignore[no-untyped-def]
        chosen = chosen_person(dock)
        if chosen is not None:
            run(chosen)

    delete = [QKeySequence(QKeySequence.StandardKey.Delete)]
    for view in (dock.chart, dock.table.view):
        dock_key(
            view,
            ENTER,
            lambda: on_person(commands.edit_contact),
            QCoreApplication.translate("ContactMapKeys", "Edit…"),
            only_here=True,
        )
        dock_key(
            view,
            delete,
            lambda: on_person(commands.archive),
            QCoreApplication.translate("ContactMapKeys", "Archive"),
            only_here=True,
        )
    dock_key(
        dock,
        [QKeySequence.StandardKey.Find],
        lambda: focus_find(dock),
        QCoreApplication.translate("ContactMapKeys", "Find"),
    )
    table = dock.table.view
    table.doubleClicked.connect(lambda _index: on_person(commands.edit_contact))
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda at: _row_menu(dock, at))


def chosen_person(dock: ContactMapDock) -> uuid.UUID | None:
    """The person chosen on the tab in sight: the map's selected card, the list's row."""
    if dock.tabs.currentWidget() is dock.table:
        index = dock.table.view.currentIndex()
        row = dock.model.row_object(index.row()) if index.isValid() else None
        return getattr(row, "id", None)
    selected = [card for card in dock.chart.cards.values() if card.isSelected()]
    return selected[0].person.id if len(selected) == 1 else None


def focus_find(dock: ContactMapDock) -> None:
    dock.tabs.setCurrentIndex(0)  # the find box is on the relationship map
    focus_find_box(dock.find_box)


def _row_menu(dock: ContactMapDock, at: QPoint) -> None:
    """The map's right-click menu for the row's person, and the list's copying."""
    view = dock.table.view
    index = view.indexAt(at)
    if not index.isValid():
        return
    view.setCurrentIndex(index)
    person = chosen_person(dock)
    menu = QMenu(dock)
    if person is not None:
        dock.commands.add_person_actions(menu, person)
    dock.table.copier.add_to(menu)
    dock.last_dialog = menu
    menu.popup(view.viewport().mapToGlobal(at))
