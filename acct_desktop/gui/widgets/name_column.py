"""Names cut in the middle: the branches of one chain share their first words
("Wegwijs Tankstations Magazijn Arnhem 2"), so a narrow column keeps the end that tells
them apart ("Wegwijs Ta…Arnhem 2") instead of showing the same prefix on every row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem


class MiddleElideDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


def elide_names_in_the_middle(view: QAbstractItemView, column: int = 0) -> None:
    """Cut the text of ``view``'s ``column`` in the middle; other columns keep "…" at the end."""
    view.setItemDelegateForColumn(column, MiddleElideDelegate(view))
