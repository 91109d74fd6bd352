"""The KPI dashboard dock: tiles and charts of a period for a scope, each opening its rows.

The figures come from :class:`~acct_desktop.services.kpis.KpiService`, read off the UI
thread on every change of period or scope, of the current account (when the scope follows
it) and on View → Refresh (F5). Charts are the reporting module's matplotlib Figures,
embedded with ``FigureCanvasQTAgg`` (matplotlib is imported when the dock first draws).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.kpis import PeriodChoice, period_bounds
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.chart_menu import add_chart_menu
from acct_desktop.gui.widgets.combo_data import find_data
from acct_desktop.gui.widgets.kpi_data import KpiDataDialog
from acct_desktop.gui.widgets.kpi_texts import (
    CHARTS,
    RATE_KEYS,
    TILES,
    chart_words,
    explain,
    tile_texts,
)
from acct_desktop.gui.widgets.kpi_tiles import KpiTile
from acct_desktop.services.kpis import Dashboard, KpiScope, KpiService
from acct_desktop.services.workspace import Workspace

PERIODS = (
    (PeriodChoice.THIS_MONTH, QT_TRANSLATE_NOOP("kpi", "This month")),
    (PeriodChoice.LAST_MONTH, QT_TRANSLATE_NOOP("kpi", "Last month")),
    (PeriodChoice.THIS_QUARTER, QT_TRANSLATE_NOOP("kpi", "This quarter")),
    (PeriodChoice.YEAR_TO_DATE, QT_TRANSLATE_NOOP("kpi", "Year to date")),
    (PeriodChoice.LAST_12_MONTHS, QT_TRANSLATE_NOOP("kpi", "Last 12 months")),
)
CURRENT = "current"
EVERYTHING = "all"
TILE_COLUMNS = 4


def _translated(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP("kpi", ...), translated."""
    return QCoreApplication.translate("kpi", text)


class KpiDashboardDock(FeatureDock):
    NAME = "kpiDashboardDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "KPI dashboard")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    READS_WHEN_SEEN = True

    refreshed = Signal()  # new figures are shown
    data_opened = Signal(object)  # the KpiDataDialog of a click-through

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.today: Callable[[], date] = date.today
        self.dashboard: Dashboard | None = None
        self.last_dialog: KpiDataDialog | None = None
        self._generation = 0
        self._canvases: dict[str, Any] = {}
        self.period = QComboBox()
        self.period.setObjectName("kpiPeriod")
        for choice, label in PERIODS:
            self.period.addItem(_translated(label), choice.value)
        self.period.setCurrentIndex(1)  # last month: complete figures
        self.scope = QComboBox()
        self.scope.setObjectName("kpiScope")
        self.scope.setMinimumContentsLength(18)
        self._fill_scopes([])
        refresh = QToolButton(text=QCoreApplication.translate("kpi", "Refresh"))
        refresh.setToolTip(QCoreApplication.translate("kpi", "Read the figures again (F5)"))
        refresh.clicked.connect(self.reload)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.state = QLabel()
        self.state.setObjectName("kpiState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("kpi", "Period:")))
        top.addWidget(self.period)
        top.addWidget(QLabel(QCoreApplication.translate("kpi", "Scope:")))
        top.addWidget(self.scope, 1)
        top.addWidget(refresh)
        self.tiles: dict[str, KpiTile] = {}
        tile_grid = QGridLayout()
        tile_grid.setSpacing(6)
        for index, (key, title) in enumerate(TILES):
            tile = KpiTile(key, _translated(title))
            tile.clicked.connect(self.open_data)
            self.tiles[key] = tile
            tile_grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        for column_index in range(TILE_COLUMNS):  # equal columns: the dock never scrolls sideways
            tile_grid.setColumnStretch(column_index, 1)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(6)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(tile_grid)
        column.addLayout(self.chart_grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QWidget()
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(scroll, 1)
        self.setWidget(outer)
        self._show_state(QCoreApplication.translate("kpi", "Open a database to see the KPIs."))

    # -- scope and period ------------------------------------------------------------------
    def _fill_scopes(self, territories: list[tuple[uuid.UUID, str, int]]) -> None:
        wanted = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(QCoreApplication.translate("kpi", "Current account and below"), CURRENT)
        self.scope.addItem(QCoreApplication.translate("kpi", "Everything"), EVERYTHING)
        for territory_id, name, depth in territories:
            self.scope.addItem(
                "  " * depth
                + QCoreApplication.translate("kpi", "Territory %1").replace("%1", name),
                territory_id,
            )
        found = find_data(self.scope, wanted) if wanted is not None else -1
        self.scope.setCurrentIndex(found if found >= 0 else 0)
        self.scope.blockSignals(False)

    def chosen_scope(self) -> KpiScope | None:
        """The scope picked (``None``: it follows the current account and there is none)."""
        data = self.scope.currentData()
        if data == EVERYTHING:
            return KpiScope.everything()
        if isinstance(data, uuid.UUID):
            return KpiScope.territory(data)
        return KpiScope.account(self.current.id) if self.current.id else None

    def chosen_period(self) -> tuple[date, date]:
        choice = PeriodChoice(self.period.currentData())
        return period_bounds(choice, self.today())

    # -- reading ---------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self._fill_scopes(workspace.tree.territory_choices() if workspace else [])
        self.reload()

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.scope.currentData() == CURRENT:
            self.reload()

    def reload(self) -> None:
        """Read every figure again, off the UI thread (View → Refresh, F5). A dock the user
        cannot see (closed, or a tab behind another) only notes it and reads when shown:
        after an import or at start-up it would otherwise read a year of figures and redraw
        five charts for nobody (half a second of the UI thread on 10,000 accounts)."""
        self._generation += 1
        if self._put_off("all"):
            return
        generation, workspace = self._generation, self.workspace
        if workspace is None:
            self.dashboard = None
            self._show_state(QCoreApplication.translate("kpi", "Open a database to see the KPIs."))
            return
        scope = self.chosen_scope()
        if scope is None:
            self._show_state(
                QCoreApplication.translate(
                    "kpi", "Choose an account in the tree, or pick Everything as the scope."
                )
            )
            return
        start, end = self.chosen_period()
        service = KpiService(workspace.db, today=self.today)
        self._show_state(QCoreApplication.translate("kpi", "Reading the figures…"))

        def done(dashboard: Dashboard) -> None:
            if generation == self._generation:
                self._show(dashboard)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._show_state(
                    QCoreApplication.translate("kpi", "The figures could not be read: %1").replace(
                        "%1", message
                    )
                )

        work = lambda: service.dashboard(start, end, scope)  # noqa: E731
        if self.background is None:
            try:
                done(work())
            except Exception as exc:  # shown as a sentence, never a traceback
                failed(exception_text(exc) if isinstance(exc, ValueError) else str(exc))
        else:
            self.background.submit(work, done, failed, replaces="kpi")

    def _show_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        if dashboard.has_sales:
            self._show_state("")
        else:
            self._show_state(
                QCoreApplication.translate("kpi", "No sales imported yet — File → Import sales…")
            )
        for key, (figure, detail, tone) in tile_texts(dashboard).items():
            self.tiles[key].show_figure(figure, detail, tone)
        self._draw(dashboard)
        self.refreshed.emit()

    # -- charts ----------------------------------------------------------------------------
    def _draw(self, dashboard: Dashboard) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from acct_desktop.gui.widgets.chart_palette import follow_palette

        words = chart_words()
        for index, (key, build) in enumerate(CHARTS):
            canvas = self._canvases.get(key)
            figure = build(dashboard, words, canvas.figure if canvas else None)
            follow_palette(figure, self.palette())  # dark mode: no white panels
            if canvas is None:
                canvas = FigureCanvasQTAgg(figure)
                canvas.setObjectName(f"kpiChart_{key}")
                canvas.setMinimumHeight(230 if key != "nps" else 150)
                canvas.setCursor(Qt.CursorShape.PointingHandCursor)
                canvas.setToolTip(
                    QCoreApplication.translate("kpi", "Click to see the rows behind the chart")
                )
                canvas.mpl_connect(
                    "button_press_event", lambda event, k=key: self._clicked(k, event)
                )
                add_chart_menu(canvas, lambda k=key: self._file_stem(k))
                self._canvases[key] = canvas
                self.chart_grid.addWidget(canvas, index // 2, index % 2)
            else:
                canvas.draw_idle()

    def _file_stem(self, key: str) -> str:
        """A saved chart's file name: the chart and the period's first day."""
        start, _end = self.chosen_period()
        return f"kpi-{key}-{start.isoformat()}"

    def _clicked(self, key: str, event: Any) -> None:
        """A chart was clicked: its rows; on the rates chart, those of the bar clicked. (A
        right click opens the chart's menu instead.)"""
        if getattr(event, "button", 1) != 1:
            return
        if key == "rates":
            row = round(event.ydata) if event.ydata is not None else None
            if row is not None and 0 <= row < len(RATE_KEYS):
                key = RATE_KEYS[len(RATE_KEYS) - 1 - row]  # the first rate is drawn on top
            else:
                key = RATE_KEYS[0]
        self.open_data(key)

    def chart(self, key: str) -> Any:
        """The canvas of chart ``key`` (tests, printing)."""
        return self._canvases.get(key)

    # -- click-through ---------------------------------------------------------------------
    def open_data(self, key: str) -> KpiDataDialog | None:
        """Open the rows behind the KPI ``key`` in a table dialog."""
        if self.dashboard is None:
            return None
        tables = self.dashboard.tables()
        if key not in tables:
            return None
        title, explanation = explain(key, self.dashboard)
        blank: dict[str, str] | None = None
        if key in ("managers", "visits"):  # visits: per manager too in a team's period
            blank = {"manager": QCoreApplication.translate("kpi", "no manager")}
        elif key in ("sales", "ranking", "returning", "warehouses"):  # figures not in yet
            not_in = QCoreApplication.translate("kpi", "not in yet")
            blank = {"sell_in": not_in, "bought_again": not_in, "outbound": not_in}
        dialog = KpiDataDialog(title, explanation, tables[key], self, blank)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        self.data_opened.emit(dialog)
        return dialog

    def shown_row_count(self) -> int:
        """How many tiles show a figure."""
        return sum(1 for tile in self.tiles.values() if tile.figure.text() not in ("", "–"))
