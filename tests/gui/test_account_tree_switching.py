"""The account tree's indexes after a reload: an index Qt (or a slot) still holds from
before it finds no row, instead of pointing at a row Python has freed (createIndex with a
Python object keeps no reference to it: reading such an index crashed or read garbage)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QModelIndex

from acct_desktop.gui.models.account_tree import ID_ROLE, NAME, ROW_ROLE


def with_children(model, parent: QModelIndex) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    model.fetchMore(parent)
    rows = (model.index(r, NAME, parent) for r in range(model.rowCount(parent)))
    return [index for index in rows if model.hasChildren(index)]


def test_an_index_from_before_a_reload_finds_no_row(window) -> None:
    dock = window.docks["accountTreeDock"]
    model = dock.model
    olds = []
    for _round in range(20):
        head = with_children(model, QModelIndex())[0]
        model.fetchMore(head)
        olds += [head, model.index(0, NAME, head)]
        assert all(old.data(ID_ROLE) is not None for old in olds[-2:])
        dock.grouping.setCurrentIndex(1 - dock.grouping.currentIndex())  # read again
        gc.collect()  # the rows of before are gone (a row and its parent hold each other)
        for old in olds:
            assert old.data() is None and old.data(ROW_ROLE) is None
            assert model.account_id(old) is None
            assert model.rowCount(old) == 0 and not model.hasChildren(old)
            assert model.index(0, 0, old) == QModelIndex()
