"""The Plan vs actual tree's columns: which are shown, and how wide.

On a 1366-pixel laptop the dock shares the window's width with the row's months, and
the tree used to size every column to its one-line head and give the names a third:
the variance, turnover days, weeks of cover and the form were off to the right. Now the
figures take what their contents and (two-line) heads need, the names what is left
(all of it, cut at the end, whole in the tooltip: a cut in the middle kept the
common "…Store" and dropped the words that tell two stores apart; no band left empty
right of the last column), and the columns a manager looks at less
(the account's kind, sell-out per week) start hidden: a right-click on the column heads
shows or hides any column, and the choice is kept with the window's layout.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView

from acct_desktop.gui.models.plan_tree import (
    BRIEF_ROLE,
    HEADERS,
    HIDDEN_BY_DEFAULT,
    KIND,
    NAME,
    PERCENT,
    STANDING,
    TARGET,
    VARIANCE,
)
from acct_desktop.gui.widgets.brief_when_narrow import BriefWhenNarrow
from acct_desktop.gui.widgets.distinct_names import DistinctNameDelegate
from acct_desktop.gui.widgets.name_column import NameFillsTheView
from acct_desktop.gui.widgets.saved_headers import SavedHeaders

NAME_LEAST = 160  # px: enough to tell "Wegwijs T…Arnhem 2" from "Wegwijs T…Zwolle"
NAME_MOST = 220  # px: the names may always take this much …
NAME_MOST_SHARE = 3  # … or a third of a wider view
KIND_MOST = 130  # px: "Branch warehouse" cut, the tooltip has it
# Stock has no targets: its view hides these (and shows them again after), without
# touching the columns the user chose — the layout kept is the one with the targets.
WITHOUT_STOCK = (TARGET, VARIANCE, PERCENT)


class PlanColumns(QObject):
    """Sizes ``tree``'s columns and offers the column menu on its header. ``parent`` is the
    dock: it outlives the tree's viewport, whose last events come as the tree is deleted.

    The widths are the account tree's (:class:`NameFillsTheView`): the figures as wide as
    their contents and heads, the names all that is left (``fill``), a
    Name width the user drags kept until the default columns or layout come back."""

    def __init__(self, tree: QTreeView, parent: QObject) -> None:
        super().__init__(parent)
        self.tree = tree
        self.stock = False  # the stock view: the target columns are out of sight
        self._hidden_for_stock: list[int] = []
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self.name_fill = NameFillsTheView(
            tree,
            NAME,
            parent,
            least=NAME_LEAST,
            most=NAME_MOST,
            share=NAME_MOST_SHARE,
            others_most=None,
            column_most={KIND: KIND_MOST},
            fill=True,
        )
        # a name too long leaves out the first words it shares with the row above it
        tree.setItemDelegateForColumn(NAME, DistinctNameDelegate(parent))
        # "On plan · 1 behind below" where there is room, "On plan" (with the ▼) where not
        self.standing = BriefWhenNarrow(BRIEF_ROLE, parent)
        tree.setItemDelegateForColumn(STANDING, self.standing)
        self.briefed = False  # Against plan is as wide as its brief words
        self._fitting = False
        tree.viewport().installEventFilter(self)  # a wider view: room for the words again
        # the sorted column keeps room for its arrow (SortArrowRoomHeader): fit again
        header.sortIndicatorChanged.connect(lambda _column, _order: self.fit())
        # rows shown by an expand may say more ("Chưa có mục tiêu" under "Đúng kế hoạch")
        tree.expanded.connect(lambda _index: self.fit(grow_only=True))
        with self.name_fill.adjusting():
            for column in HIDDEN_BY_DEFAULT:
                tree.setColumnHidden(column, True)
        self.saved = SavedHeaders({"columns": header})  # the default columns and the sort

    def fit(self, grow_only: bool = False) -> None:
        """Figures as wide as their contents and heads (``grow_only``: no narrower than
        they are); the names what is left, unless the user set their width. When that
        leaves the names less than their least (a sideways scroll bar), *Against plan* is
        made as wide as its words without "· 1 behind below"; so it is when the names are
        cut (a long "Behind (from below) · 3 behind below" left "Edwin H…" of a store)."""
        self._fitting, self.briefed = True, False
        try:
            self.name_fill.fit_others(grow_only)
            header = self.tree.header()
            if header.isSectionHidden(STANDING) or not (self._too_wide() or self._names_cut()):
                return
            self.standing.brief = True
            try:
                brief = max(self.tree.sizeHintForColumn(STANDING), header.sectionSizeHint(STANDING))
            finally:
                self.standing.brief = False
            if brief < header.sectionSize(STANDING):
                with self.name_fill.adjusting():
                    header.resizeSection(STANDING, brief)
                self.briefed = True
                self.name_fill.fit()
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view wider (the words may fit again) or too narrow for the columns: fit."""
        if (
            event.type() == QEvent.Type.Resize
            and not self._fitting
            and watched is self.tree.viewport()
            and event.size().width() != event.oldSize().width()  # type: ignore[attr-defined]
            and (self.briefed or self._too_wide() or self._names_cut())
        ):
            self.fit()
        return super().eventFilter(watched, event)

    def _names_cut(self) -> bool:
        """Whether the names on screen are cut: *Against plan* then says its words alone
        (the ▼ and the tooltip the rest) before a store's name loses what tells it apart."""
        header = self.tree.header()
        wanted = max(self.tree.sizeHintForColumn(NAME), header.sectionSizeHint(NAME))
        return header.sectionSize(NAME) < wanted

    def _too_wide(self) -> bool:
        """Whether the columns shown need more than the view's width."""
        header = self.tree.header()
        shown = (c for c in range(header.count()) if not header.isSectionHidden(c))
        return sum(header.sectionSize(c) for c in shown) > self.tree.viewport().width()

    # -- the stock view -------------------------------------------------------------------
    def show_stock(self, stock: bool) -> None:
        """Hide the target, variance and variance % columns in the stock view (there is no
        target to show), and show the ones that were shown again when leaving it."""
        if stock == self.stock:
            return
        self.stock = stock
        with self.name_fill.adjusting():
            if stock:
                self._hide_for_stock()
            else:
                self._show_after_stock()
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
        self.name_fill.chosen = False
        self.fit()

    def restore_defaults(self) -> None:
        """View → Reset layout: the columns and the sort as the dock starts, widths fitted."""
        with self.name_fill.adjusting():
            self.saved.reset()
            if self.stock:
                self._hide_for_stock()
        self.name_fill.chosen = False
        self.fit()

    # -- kept with the window's layout ----------------------------------------------------
    def state(self) -> dict[str, QByteArray]:
        """Shown columns, their order and the sort; the Name column's width when the user
        chose it (empty when the names follow the view)."""
        name = {"nameWidth": self.name_fill.saved_width()}
        if not self.stock:
            return {**self.saved.state(), **name}
        header = self.tree.header()
        # kept as the user chose them, not as the stock view hides them
        with self.name_fill.adjusting():
            hidden = list(self._hidden_for_stock)
            self._show_after_stock()
            saved = self.saved.state()
            self._hidden_for_stock = hidden
            for column in hidden:
                header.setSectionHidden(column, True)
        return {**saved, **name}

    def restore(self, state: dict[str, QByteArray]) -> None:
        header = self.tree.header()
        with self.name_fill.adjusting():
            if "columns" in state and not self.saved.restore(state):
                self.reset()
            elif self.stock and "columns" in state:
                self._hide_for_stock()
            header.setSectionHidden(NAME, False)  # the names always show
        self.name_fill.restore_width(state.get("nameWidth"))  # else the names take the rest
        self.fit()
