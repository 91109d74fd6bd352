"""Quote builder dock: the current account's quotes and the lines of the selected one."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label, format_decimal
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.quotes import QuoteLineRow, QuoteRow

QUOTE_COLUMNS = (
    attr("number", QT_TRANSLATE_NOOP("columns", "Quote")),
    attr("revision", QT_TRANSLATE_NOOP("columns", "Rev."), sortable=False, numeric=True),
    attr("quote_date", QT_TRANSLATE_NOOP("columns", "Date")),
    attr("valid_until", QT_TRANSLATE_NOOP("columns", "Valid until")),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status")),
    attr("line_count", QT_TRANSLATE_NOOP("columns", "Lines"), sortable=False, numeric=True),
    attr("net_total", QT_TRANSLATE_NOOP("columns", "Net total"), numeric=True),
    attr("currency", QT_TRANSLATE_NOOP("columns", "Cur."), sortable=False),
)
LINE_COLUMNS = (
    attr("position", QT_TRANSLATE_NOOP("columns", "#"), sortable=False, numeric=True),
    attr("sku", QT_TRANSLATE_NOOP("columns", "SKU"), sortable=False),
    attr("product_name", QT_TRANSLATE_NOOP("columns", "Product"), sortable=False),
    attr("quantity", QT_TRANSLATE_NOOP("columns", "Qty"), sortable=False, numeric=True),
    attr("list_price", QT_TRANSLATE_NOOP("columns", "List price"), sortable=False, numeric=True),
    attr("discount_percent", QT_TRANSLATE_NOOP("columns", "Disc. %"), sortable=False, numeric=True),
    attr("net_price", QT_TRANSLATE_NOOP("columns", "Net price"), sortable=False, numeric=True),
    attr("line_total", QT_TRANSLATE_NOOP("columns", "Line total"), sortable=False, numeric=True),
    attr("margin_percent", QT_TRANSLATE_NOOP("columns", "Margin %"), sortable=False, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Flags"),
        lambda row: ", ".join(enum_label(flag) for flag in row.flags),
    ),
)


class QuoteBuilderDock(FeatureDock):
    NAME = "quoteBuilderDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Quote builder")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.quotes = PagedTableModel(QUOTE_COLUMNS, self)
        self.lines = PagedTableModel(LINE_COLUMNS, self)
        self.quote_table = DataTable(self.quotes, self.tr("Select an account to see its quotes."))
        self.line_table = DataTable(self.lines, self.tr("Select a quote to see its lines."))
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quote_table.view.selectionModel().selectionChanged.connect(self._quote_selected)
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.line_table)
        lines_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.quote_table)
        splitter.addWidget(lines_box)
        self.setWidget(splitter)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        self.lines.set_source(None)
        self.totals.clear()
        if workspace is None or account_id is None:
            self.quotes.set_source(None)
            return
        self.quote_table.set_empty_text(self.tr("No quotes for this account yet."))
        self.quotes.set_source(lambda page: workspace.quotes.quotes(account_id, page))
        if self.quotes.rowCount():
            self.quote_table.view.selectRow(0)

    def _quote_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        workspace = self.workspace
        indexes = selected.indexes()
        if workspace is None or not indexes:
            return
        quote: QuoteRow = self.quotes.row_object(indexes[0].row())
        lines: list[QuoteLineRow] = workspace.quotes.lines(quote.id)
        self.lines.set_source(lambda _page: lines)
        total = sum((line.line_total for line in lines), Decimal(0))
        self.totals.setText(
            self.tr("%1 · %2 lines · net %3 %4")
            .replace("%1", quote.number)
            .replace("%2", str(len(lines)))
            .replace("%3", format_decimal(total))
            .replace("%4", quote.currency)
            + f" · {enum_label(quote.status)}"
        )

    def shown_row_count(self) -> int:
        return self.quotes.rowCount()
