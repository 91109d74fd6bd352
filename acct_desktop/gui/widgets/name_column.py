"""Names cut in the middle: the branches of one chain share their first words
("Wegwijs Tankstations Magazijn Arnhem 2"), so a narrow column keeps the end that tells
them apart ("Wegwijs Ta…Arnhem 2") instead of showing the same prefix on every row."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
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
    ``others_most`` (``None``: no limit) or their own limit in ``column_most``.

    Columns in ``give_way`` make room for the names in a narrow view: while the names on
    screen would be cut and get less than ``roomy`` pixels, they hide, in that order, and
    they show again, last hidden first, once the view has room for them beside names that
    wide. A column may make do with less room for the names (``column_roomy``: a narrow
    column worth keeping, the account tree's tier), given last in ``give_way``. A column
    the user shows or hides (``choose_column``, from the header's menu) stays as chosen.

    With ``fill`` the names take all the width the other columns leave (at least
    ``least``): the Plan vs actual tree's long store and warehouse names were cut while a
    band of the view stayed empty right of its last column."""

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
        give_way: Sequence[int] = (),
        roomy: int = 0,
        column_roomy: Mapping[int, int] | None = None,
        fill: bool = False,
    ) -> None:
        super().__init__(parent)
        self.fill = fill  # the names take all the others leave, not only what they need
        self.view, self.column, self.least, self.most = view, column, least, most
        self.share, self.others_most = share, others_most
        self.column_most = dict(column_most or {})
        self.give_way, self.roomy = tuple(give_way), roomy
        self.column_roomy = dict(column_roomy or {})
        self.chosen = False  # the user dragged the Name column: keep their width
        self.chosen_columns: set[int] = set()  # shown or hidden by the user: left alone
        self._widths: dict[int, int] = {}  # how wide the columns that gave way were
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
        wanted = max(self.view.sizeHintForColumn(self.column), header.sectionSizeHint(self.column))
        room = self._viewport.width()
        most = self.most if self.share is None else max(self.most, room // self.share)
        with self.adjusting():
            self._make_room(room, wanted)
        if self.fill:  # no empty band right of the last column while names are cut
            width = max(self.least, room - self._others())
        else:
            width = name_width(room, self._others(), wanted, self.least, most)
        with self.adjusting():
            header.resizeSection(self.column, width)

    def _others(self) -> int:
        header = self.view.header()
        return sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )

    def _names_room(self, column: int, wanted: int) -> int:
        """How wide the names must get for ``column`` to stay: as wide as they want (the
        longest on screen), no more than its ``roomy`` (or ``column_roomy``)."""
        roomy = self.column_roomy.get(column, self.roomy)
        return min(wanted, max(roomy, self.least))

    def _make_room(self, room: int, wanted: int) -> None:
        """Hide the ``give_way`` columns (in order) while the names (``wanted`` pixels
        wide) get less of ``room`` than each needs to stay (``_names_room``); show hidden
        ones (last first) that fit beside that many. (A hidden column's head says nothing
        of its width: the width it had is remembered, and one shown that turned out wider
        hides again.)"""
        if not self._viewport.isVisible():  # no width of its own yet (a window being built)
            return
        header = self.view.header()
        ours = [c for c in self.give_way if c not in self.chosen_columns]
        for column in ours:
            if room - self._others() >= self._names_room(column, wanted):
                break
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)
                header.hideSection(column)
        for column in reversed(ours):
            if not header.isSectionHidden(column):
                continue
            names = self._names_room(column, wanted)
            if room - self._others() - self._widths.get(column, 0) < names:
                break
            header.showSection(column)
            header.resizeSection(column, self._wanted(column))
            if room - self._others() < names:
                self._widths[column] = header.sectionSize(column)
                header.hideSection(column)
                break

    def _wanted(self, column: int) -> int:
        """How wide ``column`` wants to be: its head and rows, within its limit."""
        hints = (self.view.sizeHintForColumn(column), self.view.header().sectionSizeHint(column))
        most = self.column_most.get(column, self.others_most)
        return max(hints) if most is None else min(most, max(hints))

    def choose_column(self, column: int, shown: bool) -> None:
        """The user showed or hid ``column`` (the header's menu): keep it so."""
        self.chosen_columns.add(column)
        self.view.setColumnHidden(column, not shown)

    def fit_others(self, grow_only: bool = False) -> None:
        """The other shown columns as wide as their heads and the rows on screen (within
        their limits; ``grow_only``: no narrower than they are), then the names."""
        header = self.view.header()
        with self.adjusting():
            for column in range(header.count()):
                if column == self.column or header.isSectionHidden(column):
                    continue
                wanted = self._wanted(column)
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
            self.chosen = False
            self.fit()

    def saved_columns(self) -> QByteArray:
        """The columns the user chose to show or hide ("3,8"): those of ``give_way`` not
        among them follow the view's width."""
        return QByteArray(",".join(str(c) for c in sorted(self.chosen_columns)).encode())

    def restore_columns(self, saved: object) -> None:
        """Apply what ``saved_columns`` returned in an earlier session (the columns are
        shown or hidden by the saved heads). Nothing saved (heads kept before columns gave
        way): a ``give_way`` column hidden then was hidden by the user."""
        header = self.view.header()
        if isinstance(saved, QByteArray):
            text = bytes(saved.data()).decode()
            self.chosen_columns = {int(c) for c in text.split(",") if c.isdigit()}
        else:
            self.chosen_columns = {c for c in self.give_way if header.isSectionHidden(c)}
        self.fit()

    def restart(self) -> None:
        """Follow the view again (View → Reset layout): the columns as wide as what they
        show, those that give way as the width allows."""
        self.chosen = False
        self.chosen_columns.clear()
        self.fit_others()

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
