"""Names cut in the middle: the branches of one chain share their first words
("Wegwijs Tankstations Magazijn Arnhem 2"), so a narrow column keeps the end that tells
them apart ("Wegwijs Ta…Arnhem 2") instead of showing the same prefix on every row."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


class MiddleElideDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


def elide_names_in_the_middle(view: QAbstractItemView, column: int = 0) -> None:
    """Cut the text of ``view``'s ``column`` in the middle; other columns keep "…" at the end."""
    view.setItemDelegateForColumn(column, MiddleElideDelegate(view))


def name_width(view: int, others: int, wanted: int, least: int, most: int) -> int:
    """The Name column's width: the room the other shown columns leave in a ``view`` this
    wide, no more than the longest name (``wanted``) or ``most``, no less than ``least``."""
    return max(least, min(wanted, view - others, most))


class NameFillsTheView(QObject):
    """``view``'s Name ``column`` takes the width its other shown columns leave, so a narrow
    dock shows every column without a horizontal scroll bar (names are cut in the middle);
    fitted again when the view or another column changes width, until the user drags the
    Name column itself. ``parent`` must outlive the viewport, whose last events come as the
    view is deleted.

    The names take at least ``least`` and at most ``most`` pixels (with ``share``: at most
    that part of a wider view, as the Plan vs actual tree's names take a third). The other
    columns are as wide as their heads and rows (``fit_others``), no wider than
    ``others_most`` (``None``: no limit) or their own limit in ``column_most``."""

    def __init__(
        self,
        view: QTreeView,
        column: int,
        parent: QObject,
        least: int = 160,
        most: int = 420,
        *,
        share: int | None = None,
        others_most: int | None = 200,
        column_most: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.column, self.least, self.most = view, column, least, most
        self.share, self.others_most = share, others_most
        self.column_most = dict(column_most or {})
        self.chosen = False  # the user dragged the Name column: keep their width
        self._fitting = False
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        view.header().sectionResized.connect(self._section_resized)

    @contextmanager
    def adjusting(self) -> Iterator[None]:
        """Columns resized, hidden or shown inside are the program's doing, not a drag."""
        before, self._fitting = self._fitting, True
        try:
            yield
        finally:
            self._fitting = before

    def fit(self) -> None:
        if self.chosen:
            return
        header = self.view.header()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        wanted = max(self.view.sizeHintForColumn(self.column), header.sectionSizeHint(self.column))
        room = self._viewport.width()
        most = self.most if self.share is None else max(self.most, room // self.share)
        width = name_width(room, others, wanted, self.least, most)
        with self.adjusting():
            header.resizeSection(self.column, width)

    def fit_others(self, grow_only: bool = False) -> None:
        """The other shown columns as wide as their heads and the rows on screen (within
        their limits; ``grow_only``: no narrower than they are), then the names."""
        header = self.view.header()
        with self.adjusting():
            for column in range(header.count()):
                if column == self.column or header.isSectionHidden(column):
                    continue
                hints = (self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
                wanted = max(hints)
                most = self.column_most.get(column, self.others_most)
                if most is not None:
                    wanted = min(most, wanted)
                if grow_only:
                    wanted = max(wanted, header.sectionSize(column))
                header.resizeSection(column, wanted)
        self.fit()

    def saved_width(self) -> QByteArray:
        """The Name column's width to keep when the user chose it; empty when it follows."""
        chosen = str(self.view.header().sectionSize(self.column)) if self.chosen else ""
        return QByteArray(chosen.encode())

    def restore_width(self, saved: object) -> None:
        """Apply what ``saved_width`` returned in an earlier session."""
        text = bytes(saved.data()).decode() if isinstance(saved, QByteArray) else ""
        if text.isdigit() and int(text) > 0:
            self.chosen = True
            with self.adjusting():
                self.view.header().resizeSection(self.column, int(text))
        else:
            self.restart()

    def restart(self) -> None:
        """Follow the view again (View → Reset layout)."""
        self.chosen = False
        self.fit()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if column == self.column:
            self.chosen = True
        else:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
