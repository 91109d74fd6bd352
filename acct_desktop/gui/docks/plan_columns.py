"""The Plan vs actual tree's columns: which are shown, and how wide.

On a 1366-pixel laptop the dock shares the window's width with the row's months, and
the tree used to size every column to its one-line head and give the names a third:
the variance, turnover days, weeks of cover and the form were off to the right. Now the
figures take what their contents and (two-line) heads need, the names what is left
(cut in the middle, whole in the tooltip), and the columns a manager looks at less
(the account's kind, sell-out per week) start hidden: a right-click on the column heads
shows or hides any column, and the choice is kept with the window's layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView

from acct_desktop.gui.models.plan_tree import (
    HEADERS,
    HIDDEN_BY_DEFAULT,
    KIND,
    NAME,
    PERCENT,
    TARGET,
    VARIANCE,
)
from acct_desktop.gui.widgets.name_column import name_width
from acct_desktop.gui.widgets.saved_headers import SavedHeaders

NAME_LEAST = 160  # px: enough to tell "Wegwijs T…Arnhem 2" from "Wegwijs T…Zwolle"
NAME_MOST_SHARE = 3  # the names take at most a third of a wide view
KIND_MOST = 130  # px: "Branch warehouse" cut, the tooltip has it
# Stock has no targets: its view hides these (and shows them again after), without
# touching the columns the user chose — the layout kept is the one with the targets.
WITHOUT_STOCK = (TARGET, VARIANCE, PERCENT)


class PlanColumns(QObject):
    """Sizes ``tree``'s columns and offers the column menu on its header. ``parent`` is the
    dock: it outlives the tree's viewport, whose last events come as the tree is deleted."""

    def __init__(self, tree: QTreeView, parent: QObject) -> None:
        super().__init__(parent)
        self.tree = tree
        self._viewport = tree.viewport()
        self._fitting = False
        self.name_width_chosen = False  # the user dragged the Name column: keep their width
        self.stock = False  # the stock view: the target columns are out of sight
        self._hidden_for_stock: list[int] = []
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        header.sectionResized.connect(self._section_resized)
        # the sorted column keeps room for its arrow (SortArrowRoomHeader): fit again
        header.sortIndicatorChanged.connect(lambda _column, _order: self.fit())
        self._viewport.installEventFilter(self)
        # rows shown by an expand may say more ("Chưa có mục tiêu" under "Đúng kế hoạch")
        tree.expanded.connect(lambda _index: self.fit(grow_only=True))
        for column in HIDDEN_BY_DEFAULT:
            tree.setColumnHidden(column, True)
        self.saved = SavedHeaders({"columns": header})  # the default columns and the sort

    # -- widths ---------------------------------------------------------------------------
    def fit(self, grow_only: bool = False) -> None:
        """Figures as wide as their contents and heads (``grow_only``: no narrower than
        they are); the names what is left."""
        header = self.tree.header()
        self._fitting = True
        try:
            for column in range(header.count()):
                if column == NAME or header.isSectionHidden(column):
                    continue
                wanted = max(self.tree.sizeHintForColumn(column), header.sectionSizeHint(column))
                if column == KIND:
                    wanted = min(wanted, KIND_MOST)
                if grow_only:
                    wanted = max(wanted, header.sectionSize(column))
                header.resizeSection(column, wanted)
        finally:
            self._fitting = False
        self.fit_name()

    def fit_name(self) -> None:
        """The Name column takes the room the figures leave, no more than its longest
        name (or a third of a wide view), no less than ``NAME_LEAST``; refitted when the
        view changes size (a dock loads while hidden behind another tab, at the width of
        nothing) until the user sets its width."""
        if self.name_width_chosen:
            return
        header = self.tree.header()
        view = self.tree.viewport().width()
        figures = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != NAME and not header.isSectionHidden(c)
        )
        wanted = max(self.tree.sizeHintForColumn(NAME), header.sectionSizeHint(NAME))
        width = name_width(view, figures, wanted, NAME_LEAST, max(220, view // NAME_MOST_SHARE))
        self._fitting = True
        try:
            header.resizeSection(NAME, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if column == NAME:
            self.name_width_chosen = True
        else:  # a figure dragged wider or narrower: the names take what is left
            self.fit_name()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit_name()
        return super().eventFilter(watched, event)

    # -- the stock view -------------------------------------------------------------------
    def show_stock(self, stock: bool) -> None:
        """Hide the target, variance and variance % columns in the stock view (there is no
        target to show), and show the ones that were shown again when leaving it."""
        if stock == self.stock:
            return
        self.stock = stock
        self._fitting = True
        try:
            if stock:
                self._hide_for_stock()
            else:
                self._show_after_stock()
        finally:
            self._fitting = False
        self.fit()

    def _hide_for_stock(self) -> None:
        """Hide the target columns shown now, noting them (after a reset or a restore,
        the columns just put back)."""
        header = self.tree.header()
        self._hidden_for_stock = [c for c in WITHOUT_STOCK if not header.isSectionHidden(c)]
        for column in self._hidden_for_stock:
            header.setSectionHidden(column, True)

    def _show_after_stock(self) -> None:
        header = self.tree.header()
        for column in self._hidden_for_stock:
            header.setSectionHidden(column, False)
        self._hidden_for_stock = []

    # -- choosing columns -----------------------------------------------------------------
    def menu(self) -> QMenu:
        """Every column but the name, ticked when shown; and the default columns again."""
        menu = QMenu(self.tree)
        for column, title in enumerate(HEADERS):
            if column == NAME:
                continue
            action = menu.addAction(QCoreApplication.translate("planTree", title))
            action.setCheckable(True)
            action.setChecked(not self.tree.isColumnHidden(column))
            action.setEnabled(not (self.stock and column in WITHOUT_STOCK))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("planColumns", "Default columns"), self.reset)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        self.menu().exec(self.tree.header().mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        self.tree.setColumnHidden(column, not shown)
        self.fit()

    def reset(self) -> None:
        """The columns as the dock starts: defaults shown, in their order, widths fitted."""
        header = self.tree.header()
        for column in range(header.count()):
            header.moveSection(header.visualIndex(column), column)
            self.tree.setColumnHidden(column, column in HIDDEN_BY_DEFAULT)
        if self.stock:
            self._hide_for_stock()
        self.name_width_chosen = False
        self.fit()

    def restore_defaults(self) -> None:
        """View → Reset layout: the columns and the sort as the dock starts, widths fitted."""
        self._fitting = True
        try:
            self.saved.reset()
            if self.stock:
                self._hide_for_stock()
        finally:
            self._fitting = False
        self.name_width_chosen = False
        self.fit()

    # -- kept with the window's layout ----------------------------------------------------
    def state(self) -> dict[str, QByteArray]:
        """Shown columns, their order and the sort; the Name column's width when the user
        chose it (empty when the names follow the view)."""
        header = self.tree.header()
        name = str(header.sectionSize(NAME)) if self.name_width_chosen else ""
        if not self.stock:
            return {**self.saved.state(), "nameWidth": QByteArray(name.encode())}
        self._fitting = True  # kept as the user chose them, not as the stock view hides them
        try:
            hidden = list(self._hidden_for_stock)
            self._show_after_stock()
            saved = self.saved.state()
            self._hidden_for_stock = hidden
            for column in hidden:
                header.setSectionHidden(column, True)
        finally:
            self._fitting = False
        return {**saved, "nameWidth": QByteArray(name.encode())}

    def restore(self, state: dict[str, QByteArray]) -> None:
        header = self.tree.header()
        self._fitting = True
        try:
            if "columns" in state and not self.saved.restore(state):
                self.reset()
            elif self.stock and "columns" in state:
                self._hide_for_stock()
        finally:
            self._fitting = False
        header.setSectionHidden(NAME, False)  # the names always show
        name = bytes(state.get("nameWidth", QByteArray()).data()).decode() or "0"
        if name.isdigit() and int(name) > 0:
            self._fitting = True
            try:
                header.resizeSection(NAME, int(name))
            finally:
                self._fitting = False
            self.name_width_chosen = True
        self.fit()
