"""The rows behind a KPI, in a small sortable table dialog (click-through from the dashboard)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from acct_desktop.domain.kpis import KpiTable
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_month
from acct_desktop.gui.models.columns import Column, is_number
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.models.plan_tree import STANDING_TONES, STANDING_WORDS
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.paging import PageRequest

HEADERS = {
    "month": QT_TRANSLATE_NOOP("columns", "Month"),
    "currency": QT_TRANSLATE_NOOP("columns", "Currency"),
    "sell_in": QT_TRANSLATE_NOOP("columns", "Sell-in"),
    "target": QT_TRANSLATE_NOOP("columns", "Target"),
    "percent_of_target": QT_TRANSLATE_NOOP("columns", "% of target"),
    "code": QT_TRANSLATE_NOOP("columns", "Code"),
    "account": QT_TRANSLATE_NOOP("columns", "Account"),
    "variance_percent": QT_TRANSLATE_NOOP("columns", "Variance %"),
    "planned": QT_TRANSLATE_NOOP("columns", "Planned"),
    "done": QT_TRANSLATE_NOOP("columns", "Done"),
    "missed": QT_TRANSLATE_NOOP("columns", "Missed"),
    "percent": QT_TRANSLATE_NOOP("columns", "% done"),
    "cycle_days": QT_TRANSLATE_NOOP("columns", "Cycle (days)"),
    "cycle_source": QT_TRANSLATE_NOOP("columns", "Cycle from"),
    "last_done": QT_TRANSLATE_NOOP("columns", "Last done visit"),
    "within_cycle": QT_TRANSLATE_NOOP("columns", "Within cycle"),
    "number": QT_TRANSLATE_NOOP("columns", "Number"),
    "deadline": QT_TRANSLATE_NOOP("columns", "Deadline"),
    "status": QT_TRANSLATE_NOOP("columns", "Status"),
    "closed_on": QT_TRANSLATE_NOOP("columns", "Closed on"),
    "on_time": QT_TRANSLATE_NOOP("columns", "On time"),
    "raised_on": QT_TRANSLATE_NOOP("columns", "Raised on"),
    "first_action_on": QT_TRANSLATE_NOOP("columns", "First action"),
    "days": QT_TRANSLATE_NOOP("columns", "Days"),
    "revision": QT_TRANSLATE_NOOP("columns", "Rev."),
    "net_total": QT_TRANSLATE_NOOP("columns", "Net total"),
    "decided_on": QT_TRANSLATE_NOOP("columns", "Decided on"),
    "won": QT_TRANSLATE_NOOP("columns", "Won"),
    "requested_on": QT_TRANSLATE_NOOP("columns", "Requested on"),
    "sent_on": QT_TRANSLATE_NOOP("columns", "Sent on"),
    "accrued": QT_TRANSLATE_NOOP("columns", "Accrued"),
    "settled": QT_TRANSLATE_NOOP("columns", "Settled"),
    "liability": QT_TRANSLATE_NOOP("columns", "Still owed"),
    "day": QT_TRANSLATE_NOOP("columns", "Day"),
    "score": QT_TRANSLATE_NOOP("columns", "Score"),
    "group": QT_TRANSLATE_NOOP("columns", "Group"),
    "bought_again": QT_TRANSLATE_NOOP("columns", "Bought again"),
    "manager": QT_TRANSLATE_NOOP("columns", "Manager"),
    "accounts": QT_TRANSLATE_NOOP("columns", "Accounts"),
    "outbound": QT_TRANSLATE_NOOP("columns", "Outbound"),
    "standing": QT_TRANSLATE_NOOP("columns", "Against plan"),
}
NUMERIC = {
    "sell_in", "target", "percent_of_target", "variance_percent", "planned", "done", "missed",
    "percent", "cycle_days", "days", "revision", "net_total", "accrued", "settled",
    "liability", "score", "accounts", "outbound",
}  # fmt: skip


def _cell_text(key: str, cell: Any) -> Any:
    """A cell as the table shows it: a month as the locale writes a month ("Nov 2026",
    "2026年11月"), not as the day it is stored as (01/11/2026); where a row stands against
    plan in Plan vs actual's words; anything else as it is."""
    if key == "month" and isinstance(cell, date):
        return format_month(cell)
    if key == "standing" and cell in STANDING_WORDS:
        return QCoreApplication.translate("planTree", STANDING_WORDS[cell])
    return cell


def _sort_value(value: Any) -> tuple[int, Any]:
    """Sortable whatever the cell holds; empty cells last."""
    if value is None:
        return (2, 0)
    if is_number(value) or isinstance(value, bool):
        return (0, Decimal(value))
    return (1, str(value).casefold())


def table_columns(table: KpiTable, blank: dict[str, str] | None = None) -> list[Column]:
    """Columns showing a KPI table; ``blank`` names what an empty cell of a column means."""
    columns = []
    for index, key in enumerate(table.columns):
        shown = (blank or {}).get(key)

        def value(
            row: Sequence[Any], index: int = index, shown: str | None = shown, key: str = key
        ) -> Any:
            cell = row[index]
            return shown if cell is None and shown is not None else _cell_text(key, cell)

        def tone(row: Sequence[Any], index: int = index) -> str | None:
            return STANDING_TONES.get(row[index])

        columns.append(
            Column(
                HEADERS.get(key, key),
                value,
                sort_key=key,
                numeric=key in NUMERIC,
                tone=tone if key == "standing" else None,
            )
        )
    return columns


def table_fetch(table: KpiTable):  # type: ignore[no-untyped-def]
    """A fetch for ``PagedTableModel`` over rows in memory, sorted by the column asked for."""

    def fetch(page: PageRequest) -> Sequence[Any]:
        rows = list(table.rows)
        if page.sort_key in table.columns:
            index = table.columns.index(page.sort_key)
            rows.sort(key=lambda row: _sort_value(row[index]), reverse=page.descending)
        return rows[page.offset : page.offset + page.limit]

    return fetch


def table_model(table: KpiTable, parent=None, blank=None) -> PagedTableModel:  # type: ignore[no-untyped-def]
    model = PagedTableModel(table_columns(table, blank), parent)
    model.set_source(table_fetch(table))
    return model


class KpiDataDialog(ScreenFitDialog):
    """A KPI's rows: what the figure was counted from, sortable by any column."""

    def __init__(
        self,
        title: str,
        explanation: str,
        table: KpiTable,
        parent: QWidget | None = None,
        blank: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiData")
        self.setWindowTitle(title)
        self.resize(760, 460)
        self.model = table_model(table, self, blank)
        self.table = DataTable(
            self.model, QCoreApplication.translate("kpi", "Nothing was counted for this period.")
        )
        note = QLabel(explanation)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
