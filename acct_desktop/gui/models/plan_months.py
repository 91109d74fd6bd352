"""Month by month for the row chosen in the discrepancy view: actual, target, variance."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from acct_desktop.domain.sales_metrics import PlanFigures, Standing, Thresholds, standing
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_month, money_text, percent_text
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.plan_tree import ACTUAL as TREE_ACTUAL
from acct_desktop.gui.models.plan_tree import (
    NOT_IN_YET,
    STANDING_TONES,
    STANDING_WORDS,
    STOCK_HEADERS,
)
from acct_desktop.services.plan_actuals import MonthFigures

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("planMonths", "Month"),
    QT_TRANSLATE_NOOP("planMonths", "Actual"),
    QT_TRANSLATE_NOOP("planMonths", "Target"),
    QT_TRANSLATE_NOOP("planMonths", "Var. %"),
    QT_TRANSLATE_NOOP("planMonths", "Against plan"),
)
MONTH, ACTUAL, TARGET, PERCENT, STANDING = range(len(HEADERS))
WITHOUT_STOCK = (TARGET, PERCENT, STANDING)  # stock has no targets: the dock hides these


class PlanMonthsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[date, PlanFigures, str]] = []
        self._currency = "EUR"
        self.stock = False

    def set_months(
        self,
        months: list[MonthFigures],
        thresholds: Thresholds,
        currency: str = "EUR",
        stock: bool = False,
    ) -> None:
        """The months to show; ``stock``: the stock view (each month's closing stock, no
        target to hold it against)."""
        self.beginResetModel()
        self._currency = currency
        self.stock = stock
        self._rows = []
        for month, actual, target, awaiting in months:
            figures = PlanFigures(actual=actual, target=target, awaiting=awaiting)
            self._rows.append((month, figures, standing(figures, thresholds)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.stock and section == ACTUAL:
                return QCoreApplication.translate("planTree", STOCK_HEADERS[TREE_ACTUAL])
            return QCoreApplication.translate("planMonths", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (ACTUAL, TARGET, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        month, figures, where = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MONTH:
                return format_month(month)
            if column == ACTUAL:
                if figures.awaiting:
                    return NOT_IN_YET
                return money_text(figures.actual, self._currency)
            if column == TARGET:
                if figures.target is None:
                    return ""
                return money_text(figures.target, self._currency)
            if column == PERCENT:
                percent = figures.variance_percent
                return "" if percent is None else percent_text(percent, signed=True)
            if column == STANDING:
                if self.stock:
                    return ""
                return QCoreApplication.translate("planTree", STANDING_WORDS[where])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ACTUAL, TARGET, PERCENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tone = STANDING_TONES[where] if where != Standing.NO_TARGET else None
        if role == Qt.ItemDataRole.ForegroundRole and column in (PERCENT, STANDING) and tone:
            return QColor(TONE_COLOURS[tone])
        if role == Qt.ItemDataRole.FontRole and column in (ACTUAL, TARGET, PERCENT):
            font = QFont()
            font.setFeature(QFont.Tag("tnum"), 1)
            return font
        return None
