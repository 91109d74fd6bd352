"""A rebate's tiers as a small editable table: threshold and rate per row, kept as typed,
checked as the user's locale writes numbers, with the faulty cell marked and named."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.issue_form import problem_label
from acct_desktop.gui.dialogs.register_fields import decimal_text, parse_number, typed_amount
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_decimal, money_text, percent_text
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.data_table import ROW_HEIGHT

Index = QModelIndex | QPersistentModelIndex
Tiers = tuple[tuple[Decimal, Decimal], ...]
HEADERS = (
    QT_TRANSLATE_NOOP("TiersModel", "From volume"),
    QT_TRANSLATE_NOOP("TiersModel", "Rebate %"),
)
GROWTH_THRESHOLD = QT_TRANSLATE_NOOP("TiersModel", "From growth")  # over the agreed baseline
PROBLEM_BACKGROUND = QColor("#fde0e0")


class TiersModel(QAbstractTableModel):
    """Rows of [threshold text, rate text]; ``tiers()`` reads them as Decimals."""

    def __init__(self, tiers: Tiers = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = [[decimal_text(t), decimal_text(r)] for t, r in sorted(tiers)]
        self._growth = False
        self.currency: str | None = None  # the terms', which thresholds are typed in
        self._currency = ""

    def set_currency(self, currency: str) -> None:
        """The agreement's currency: thresholds are shown as its amounts (300,000.00 CNY,
        300.000 VND grouped the language's way); as typed while edited."""
        currency = currency.strip().upper()
        self.currency = currency or None
        if currency != self._currency:
            self._currency = currency
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _shown_threshold(self, text: str) -> str:
        """A threshold as an amount of the currency, grouped; as typed when it does not
        read (its problem is marked) or no currency is known yet."""
        try:
            value = self._threshold(text)
        except NumberFormatError:
            return text
        if len(self._currency) != 3 or not self._currency.isalpha():
            return format_decimal(value)
        return money_text(value, self._currency, keep_finer=True)

    def set_growth(self, growth: bool) -> None:
        """Thresholds on the growth over the agreed baseline (a growth rebate), or on the
        volume: the first column says which."""
        if growth != self._growth:
            self._growth = growth
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return self._shown_threshold(text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problem = self._cell_problem(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                if section == 0 and self._growth:
                    return self.tr(GROWTH_THRESHOLD)
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def add_row(self, threshold: str = "", rate: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([threshold, rate])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def texts(self) -> list[tuple[str, str]]:
        return [(threshold, rate) for threshold, rate in self._rows]

    def _threshold(self, text: str) -> Decimal:
        """A threshold is sales value in the terms' currency: 50,000 VND is 50000 in every
        language (``typed_amount``), not 50 in Vietnamese."""
        return parse_number(text) if self.currency is None else typed_amount(text, self.currency)

    def _cell_problem(self, row: int, column: int) -> str | None:
        text, other = self._rows[row][column], self._rows[row][1 - column]
        if not text.strip():
            return self.tr("Give the threshold and the rate.") if other.strip() else None
        try:
            value = self._threshold(text) if column == 0 else parse_number(text)
        except NumberFormatError as exc:
            return exception_text(exc)
        if value < 0:
            return self.tr("Cannot be negative.")
        if column == 1 and value > 100:
            return self.tr("A rate lies between 0 and %1.").replace("%1", percent_text(100))
        return None

    def tiers(self) -> tuple[Tiers, str | None]:
        """The filled rows as (threshold, rate) and the first problem as a sentence (blank
        rows are ignored); a row with a problem is left out."""
        tiers: list[tuple[Decimal, Decimal]] = []
        problem = None
        for number, (threshold, rate) in enumerate(self._rows, start=1):
            if not threshold.strip() and not rate.strip():
                continue
            try:
                pair = (self._threshold(threshold), parse_number(rate))
            except NumberFormatError as exc:
                problem = problem or filled_in(
                    self.tr("Tier %1: %2"), str(number), exception_text(exc)
                )
                continue
            tiers.append(pair)
        return tuple(tiers), problem


class TiersEditor(QWidget):
    """The tiers table with Add / Remove and the problem sentence under it."""

    changed = Signal()

    def __init__(self, tiers: Tiers = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TiersModel(tiers, self)
        self.view = QTableView()
        self.view.setObjectName("tiersTable")
        # Tab leaves the table; Tab in a cell being typed in still goes on to the
        # next cell
        self.view.setTabKeyNavigation(False)
        self.setObjectName("field_tiers")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.setMinimumHeight(ROW_HEIGHT * 5 + 4)
        self.add_button = QPushButton(self.tr("Add tier"))
        self.add_button.setObjectName("addTier")
        self.add_button.clicked.connect(lambda: self.add_tier())
        self.remove_button = QPushButton(self.tr("Remove tier"))
        self.remove_button.setObjectName("removeTier")
        self.remove_button.clicked.connect(self.remove_tier)
        self.problem = problem_label("tiers")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self.changed.emit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def add_tier(self, threshold: str = "", rate: str = "") -> None:
        """Add a row and start typing its threshold."""
        row = self.model.add_row(threshold, rate)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if not threshold:
            self.view.edit(index)

    def remove_tier(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())
        self._update_buttons()

    def tiers(self) -> tuple[Tiers, str | None]:
        return self.model.tiers()

    # -- kept as a draft while typed (gui/form_drafts) --------------------------------------
    def draft_value(self) -> list[list[str]]:
        """The rows as typed: [threshold text, rate text] each."""
        return [[threshold, rate] for threshold, rate in self.model.texts()]

    def set_draft_value(self, value: list[list[str]]) -> None:
        """Put kept rows back in place of the current ones."""
        rows = [(str(threshold), str(rate)) for threshold, rate in value]
        while self.model.rowCount():
            self.model.remove_row(self.model.rowCount() - 1)
        for threshold, rate in rows:
            self.model.add_row(threshold, rate)
        self._update_buttons()

    def draft_signal(self) -> Any:
        return self.changed

    def set_currency(self, currency: str) -> None:
        """The terms' currency, which the thresholds are typed in (blank: the language's
        numbers only)."""
        self.model.set_currency(currency)
        self.view.viewport().update()

    def set_read_only(self) -> None:
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.hide()
        self.remove_button.hide()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
