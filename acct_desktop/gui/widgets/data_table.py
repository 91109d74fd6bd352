"""A dense, sortable table with an empty-state message in place of a blank grid — or, while
the list could not be read (the database cannot be reached), a sentence saying so instead
of claiming there is nothing (QA s23: "No quotes for this account yet" with the server
down, for an account that has quotes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QWidget,
)

from acct_desktop.gui.widgets.copy_rows import copy_rows

ROW_HEIGHT = 23
FIT_ROWS = 50  # the rows measured when the columns are fitted to their contents
WIDEST_FITTED = 320  # px: one long text does not push the other columns away


class DataTable(QWidget):
    def __init__(
        self,
        model: QAbstractItemModel,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        fit_each_list: bool = False,
    ):
        super().__init__(parent)
        self.view = QTableView(self)
        self.view.setModel(model)
        # Tab leaves the table; Tab in a cell being typed in still goes on to the
        # next cell
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.copier = copy_rows(self.view)  # Ctrl+C: the selected rows, for Excel or a mail
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A head wider than its capped column ends with "…" (whole in its tooltip); Qt's
        # heads do not elide, and a right-aligned one lost its first letters instead
        # ("ị sau chiết khấu" at 125 %).
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setResizeContentsPrecision(FIT_ROWS)
        self._fitted = False  # the columns are fitted once, when the first rows arrive
        self.column_caps: dict[int, int] = {}  # column → the widest it is fitted to
        self._switching = False
        self._switch_again = False
        self._empty_text = empty_text
        self._unreadable_text = ""
        self.empty = QLabel(empty_text, self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        # ``fit_each_list``: until the user sizes a column, each new list (another account's
        # contacts) is fitted to its own first rows — fitted to the first account only, a
        # longer name elsewhere was cut ("Poortwac…") with room to spare. Pages fetched
        # later never refit. (Lists whose columns the window saves keep the fit-once rule.)
        self._user_sized = False
        self._fitting = False
        if fit_each_list:
            header.sectionResized.connect(self._section_resized)
            model.modelReset.connect(self._list_replaced)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_state)
        unreadable = getattr(model, "unreadable_changed", None)
        if unreadable is not None:
            unreadable.connect(lambda _on: self._update_state())
        self._update_state()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._show_empty_text()

    def set_unreadable_text(self, text: str) -> None:
        """What the table says while its list cannot be read ("Quotes cannot be read…")."""
        self._unreadable_text = text
        self._show_empty_text()

    def unreadable(self) -> bool:
        return bool(getattr(self.view.model(), "unreadable", False))

    def _show_empty_text(self) -> None:
        if not self.unreadable():
            self.empty.setText(self._empty_text)
            return
        self.empty.setText(
            self._unreadable_text
            or QCoreApplication.translate(
                "DataTable",
                "This list cannot be read while the database cannot be reached — it comes "
                "back when the database answers.",
            )
        )

    def keep_column_widths(self) -> None:
        """The user's own widths were restored: never fit the columns over them."""
        self._fitted = True
        self._user_sized = True

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        # A drag on the header: the button is down over it (fitting, and the last column
        # stretching with the view, happen without the mouse).
        header = self.view.horizontalHeader()
        dragging = bool(QApplication.mouseButtons() & Qt.MouseButton.LeftButton)
        if not self._fitting and dragging and header.underMouse():
            self._user_sized = True

    def _list_replaced(self) -> None:
        if not self._user_sized:
            self._fitted = False

    def fit_columns(self) -> None:
        """Fit the columns to their contents again (View → Reset layout): now when rows
        show, else when the first arrive."""
        self._fitted = False
        self._user_sized = False
        self._update_state()

    def _update_state(self) -> None:
        self._show_empty_text()
        model = self.view.model()
        has_rows = model is not None and model.rowCount() > 0
        if self._switching:  # called again from inside setCurrentWidget below
            self._switch_again = True
            return
        self._switching = True
        try:
            while True:
                self._switch_again = False
                # Hiding a focused view moves the focus, and Qt may fetch the model's next
                # page on the way: the rows arrive *inside* this call, whose own choice
                # (the empty text) would otherwise win over the nested one (the rows).
                self._stack.setCurrentWidget(self.view if has_rows else self.empty)
                if not self._switch_again:
                    break
                has_rows = model is not None and model.rowCount() > 0
        finally:
            self._switching = False
        if has_rows and not self._fitted:
            # Once: fitted again on every page fetched or every reload, the columns would
            # jump under the user's hand, lose the widths they chose, and cost the UI
            # thread a pass over every loaded row each time (~0.5 s at start-up on M).
            self._fitted = True
            self._fitting = True
            try:
                self.view.resizeColumnsToContents()
            finally:
                self._fitting = False
            header = self.view.horizontalHeader()
            for column in range(header.count()):
                widest = self.column_caps.get(column, WIDEST_FITTED)
                header.resizeSection(column, min(header.sectionSize(column), widest))
            if header.stretchLastSection():  # the last column fills the view again
                header.setStretchLastSection(False)
                header.setStretchLastSection(True)
