"""The targets grid: one line per account or territory, category and measure; the year,
its quarters and months as columns.

The model holds the service's ``TargetRow`` lines; ``setData`` never changes them itself:
it parses the text in the user's locale and hands the number to ``edit`` (the dialog, which
saves through the service with an undo step and then calls ``update_row``). A text that is
not a number goes to ``complain`` and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.gui.dialogs.register_fields import typed_amount
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, money_text
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.targets import CELLS, TargetKey, TargetRow, YearTargets

Edit = Callable[[TargetRow, str, Decimal], bool]  # False: refused (and said why)
Complain = Callable[[str], None]

OWNER, CATEGORY, MEASURE, CURRENCY = 0, 1, 2, 3
FIRST_FIGURE = 4  # the year; then Q1–Q4, then January–December (see services.targets.CELLS)
COLUMNS = FIRST_FIGURE + len(CELLS)
HEADERS = {
    OWNER: QT_TRANSLATE_NOOP("targetGrid", "Account / territory"),
    CATEGORY: QT_TRANSLATE_NOOP("targetGrid", "Category"),
    MEASURE: QT_TRANSLATE_NOOP("targetGrid", "Measure"),
    CURRENCY: QT_TRANSLATE_NOOP("targetGrid", "Currency"),
    FIRST_FIGURE: QT_TRANSLATE_NOOP("targetGrid", "Year"),
}
MEASURE_WORDS = {
    Measure.SELL_IN: QT_TRANSLATE_NOOP("targetGrid", "Sell-in"),
    Measure.OUTBOUND: QT_TRANSLATE_NOOP("targetGrid", "Outbound"),
    Measure.SELL_OUT: QT_TRANSLATE_NOOP("targetGrid", "Sell-out"),
}
ALL_CATEGORIES = QT_TRANSLATE_NOOP("targetGrid", "(all)")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("targetGrid", text)


def cell_of(column: int) -> str | None:
    """The service's cell name (``year``, ``q1``…, ``m1``…) of a figure column."""
    return CELLS[column - FIRST_FIGURE] if FIRST_FIGURE <= column < COLUMNS else None


def column_of(cell: str) -> int:
    return FIRST_FIGURE + CELLS.index(cell)


def _order(row: TargetRow) -> tuple[str, str, str]:
    return row.owner_code, row.key.category or "", row.key.measure.value


def measure_word(measure: Measure) -> str:
    """Sell-in, outbound or sell-out in the user's language."""
    return _tr(MEASURE_WORDS.get(measure, measure.value))


class TargetGridModel(QAbstractTableModel):
    def __init__(self, edit: Edit, complain: Complain, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TargetRow] = []
        self._edit = edit
        self._complain = complain
        self._tabular = QFont()
        self._tabular.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits line up

    # -- contents ---------------------------------------------------------------------------
    def set_rows(self, rows: list[TargetRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TargetRow]:
        return list(self._rows)

    def row_of(self, key: TargetKey) -> int | None:
        for number, row in enumerate(self._rows):
            if row.key == key:
                return number
        return None

    def update_row(self, key: TargetKey, targets: YearTargets | None, template: TargetRow) -> None:
        """Show a line's new figures (None removes it; a new key is added in code order),
        signalling only what changed."""
        number = self.row_of(key)
        if targets is None:
            if number is not None:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
            return
        line = TargetRow(key, template.year, template.owner_code, template.owner_name, targets)
        if number is not None:
            self._rows[number] = line
            self.dataChanged.emit(self.index(number, 0), self.index(number, COLUMNS - 1))
            return
        position = sum(1 for r in self._rows if _order(r) < _order(line))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, line)
        self.endInsertRows()

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section in HEADERS:
                return _tr(HEADERS[section])
            cell = CELLS[section - FIRST_FIGURE]
            if cell[0] == "q":
                return QCoreApplication.translate("targetGrid", "Q%1").replace("%1", cell[1:])
            return QLocale().standaloneMonthName(int(cell[1:]), QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= FIRST_FIGURE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_FIGURE:
            cell = CELLS[section - FIRST_FIGURE]
            if cell == "year":
                return QCoreApplication.translate(
                    "targetGrid", "Editing the year breaks it down again with the chosen method"
                )
            if cell[0] == "q":
                return QCoreApplication.translate(
                    "targetGrid", "Editing a quarter scales its months in proportion"
                )
            return QCoreApplication.translate(
                "targetGrid", "Editing a month changes its quarter and the year"
            )
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_FIGURE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        cell = cell_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is not None:
                return money_text(row.targets.cell(cell), row.targets.currency, keep_finer=True)
            return self._label(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if cell is not None:  # no grouping while editing; the locale's decimal mark
                text = money_text(row.targets.cell(cell), row.targets.currency, keep_finer=True)
                return text.replace(QLocale().groupSeparator(), "")
            return self._label(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and cell is not None:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and cell is not None:
            return self._tabular
        if role == Qt.ItemDataRole.ToolTipRole and column == OWNER:
            kind = (
                QCoreApplication.translate("targetGrid", "Territory")
                if row.is_territory
                else QCoreApplication.translate("targetGrid", "Account")
            )
            return f"{kind}: {row.owner_code} · {row.owner_name}"
        if role == ROW_ROLE:
            return row
        return None

    def _label(self, row: TargetRow, column: int) -> str:
        if column == OWNER:
            return f"{row.owner_code} · {row.owner_name}"
        if column == CATEGORY:
            return row.key.category or _tr(ALL_CATEGORIES)
        if column == MEASURE:
            return measure_word(row.key.measure)
        return row.targets.currency

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cell = cell_of(index.column())
        if cell is None or index.row() >= len(self._rows):
            return False
        try:
            row = self._rows[index.row()]
            amount = typed_amount(str(value), row.targets.currency)
        except NumberFormatError as exc:
            self._complain(exception_text(exc))
            return False
        return self._edit(self._rows[index.row()], cell, amount)
