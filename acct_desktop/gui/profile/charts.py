"""The Sales tab: monthly sell-in against target as a chart, with the numbers beside it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_decimal, format_month
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.profile.tabs import ProfileTab
from acct_desktop.gui.widgets.chart_menu import add_chart_menu
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.sales import MonthSales
from acct_desktop.services.workspace import Workspace


def _vs_target_tone(row: MonthSales) -> str | None:
    ratio = row.versus_target
    if ratio is None:
        return None
    return "done" if ratio >= 100 else ("due_soon" if ratio >= 90 else "overdue")


SALES_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Month"), lambda r: format_month(r.period)),
    attr("sell_in", QT_TRANSLATE_NOOP("columns", "Sell-in"), sortable=False, numeric=True),
    attr("target", QT_TRANSLATE_NOOP("columns", "Target"), sortable=False, numeric=True),
    attr(
        "versus_target",
        QT_TRANSLATE_NOOP("columns", "% of target"),
        sortable=False,
        numeric=True,
        tone=_vs_target_tone,
    ),
    attr("outbound", QT_TRANSLATE_NOOP("columns", "Outbound"), sortable=False, numeric=True),
    attr("sell_out", QT_TRANSLATE_NOOP("columns", "Sell-out"), sortable=False, numeric=True),
    attr("stock", QT_TRANSLATE_NOOP("columns", "Stock"), sortable=False, numeric=True),
)


class SalesTab(ProfileTab):
    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._wanted: uuid.UUID | None = None
        self._canvas = None  # created on first use: matplotlib costs ~0.5 s to import
        self.model = PagedTableModel(SALES_COLUMNS, self)
        self.table = DataTable(
            self.model,
            self.tr("No sales recorded for this account. Import them with File › Import sales…"),
        )
        self.status = QLabel()
        self.chart_box = QWidget()
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self._chart_layout.addWidget(self.status)
        splitter = QSplitter(self)
        splitter.addWidget(self.chart_box)
        splitter.addWidget(self.table)
        splitter.setSizes([600, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.rows: list[MonthSales] = []
        self.currency = ""
        self._code = ""  # the account's, for a saved chart's file name

    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        self._wanted = account_id
        self.status.setText(self.tr("Loading sales…"))
        self.status.show()
        self.chart_box.show()

        def work() -> tuple[tuple[str, list[MonthSales]], str]:
            profile = workspace.accounts.profile(account_id)
            return workspace.sales.monthly(account_id), profile.code if profile else ""

        def show(result: tuple[tuple[str, list[MonthSales]], str]) -> None:
            if self._wanted == account_id:
                self._code = result[1]
                self._show(*result[0])

        self._runner.submit(work, show)

    def _show(self, currency: str, rows: list[MonthSales]) -> None:
        self.rows, self.currency = rows, currency
        self.status.hide()
        self.model.set_source(PagedTableModel.from_rows(rows[::-1]))
        # nothing to draw: the table alone says so, and what to do (not twice)
        self.chart_box.setVisible(bool(rows))
        if rows:
            self._draw()

    def _draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from acct_desktop.gui.widgets.chart_palette import follow_palette
        from acct_desktop.reporting.charts import sales_vs_target_figure

        translate = QCoreApplication.translate
        labels = {
            "sell_in": translate("charts", "Sell-in"),
            "target": translate("charts", "Target"),
            "sell_out": translate("charts", "Sell-out"),
            "empty": translate("charts", "No sales recorded"),
        }
        # The months and numbers as the table beside it writes them (Dutch: 30.000, jan 2026).
        marks = {"month_label": format_month, "number": format_decimal}
        if self._canvas is None:
            figure = sales_vs_target_figure(self.rows, self.currency, labels=labels, **marks)
            follow_palette(figure, self.palette())  # dark mode: no white panel
            self._canvas = FigureCanvasQTAgg(figure)
            self._canvas.setMinimumHeight(120)
            add_chart_menu(self._canvas, lambda: f"sales-vs-target-{self._code}".rstrip("-"))
            self._chart_layout.addWidget(self._canvas)
        else:
            sales_vs_target_figure(
                self.rows, self.currency, labels=labels, figure=self._canvas.figure, **marks
            )
            follow_palette(self._canvas.figure, self.palette())
            self._canvas.draw_idle()

    def clear(self) -> None:
        self._wanted = None
        self.rows = []
        self.model.set_source(None)

    def shown_row_count(self) -> int:
        return self.model.rowCount()
