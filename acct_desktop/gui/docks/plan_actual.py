"""The "Plan vs actual" dock: where sales are behind plan, by how much, and why.

Actual against target for a month, quarter, year to date or the last 12 months, per
account hierarchy (drill down from the HQ to the store), territory or category, with the
variance, sell-out velocity, inventory turnover days and weeks of cover. The chosen row's
months are shown under the tree (drill-down through time) with what the thresholds
raised; an account's month gets a discrepancy form (analysis, cause, action, KPI,
deadline) that can become a customer issue. Figures are read off the UI thread, once per
period/measure/currency; expanding rows reads nothing more.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.alerts import AlertSettings
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import filled_in, in_a_row
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.discrepancy_form import DiscrepancyFormDialog, heading_text
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.plan_columns import PlanColumns
from acct_desktop.gui.keys import ENTER, dock_key, focus_find_box
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_month, format_value, percent_text
from acct_desktop.gui.models.plan_months import ACTUAL as ACTUAL_MONTH
from acct_desktop.gui.models.plan_months import WITHOUT_STOCK, PlanMonthsModel
from acct_desktop.gui.models.plan_tree import (
    BY_ACCOUNT,
    BY_CATEGORY,
    BY_TERRITORY,
    MEASURE_WORDS,
    NODE_ROLE,
    PERCENT,
    PlanNode,
    PlanTreeModel,
    finding_sentence,
)
from acct_desktop.gui.sentences import listed_text
from acct_desktop.gui.widgets.combo_data import find_data
from acct_desktop.gui.widgets.copy_rows import copy_rows
from acct_desktop.gui.widgets.data_table import FIT_ROWS
from acct_desktop.gui.widgets.flow_layout import FlowLayout
from acct_desktop.gui.widgets.sort_header import SortArrowRoomHeader
from acct_desktop.services.discrepancy_forms import DiscrepancyDraft, SavedForm
from acct_desktop.services.plan_actuals import Period, PlanSnapshot, month_start_before

PERIODS = (
    ("month", QT_TRANSLATE_NOOP("planActual", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("planActual", "Quarter")),
    ("ytd", QT_TRANSLATE_NOOP("planActual", "Year to date")),
    ("last12", QT_TRANSLATE_NOOP("planActual", "Last 12 months")),
)
GROUPS = (
    (BY_ACCOUNT, QT_TRANSLATE_NOOP("planActual", "Account hierarchy")),
    (BY_TERRITORY, QT_TRANSLATE_NOOP("planActual", "Territory")),
    (BY_CATEGORY, QT_TRANSLATE_NOOP("planActual", "Category")),
)
MONTHS_LISTED = 36
REVEALED = 50  # "Show them" opens the tree to at most this many accounts behind plan


def period_for(kind: str, month: date) -> Period:
    """The period of ``kind`` ending with ``month``."""
    if kind == "quarter":
        return Period.months(month.replace(month=(month.month - 1) // 3 * 3 + 1), 3)
    if kind == "ytd":
        return Period.months(month.replace(month=1), month.month)
    if kind == "last12":
        first = month
        for _ in range(11):
            first = month_start_before(first)
        return Period.months(first, 12)
    return Period.months(month)


class PlanActualDock(FeatureDock):
    NAME = "planActualDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Plan vs actual")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    READS_WHEN_SEEN = True

    loaded = Signal()  # a snapshot is shown
    months_loaded = Signal()  # the chosen row's months are shown
    issue_created = Signal(object)  # account id, after a form became a customer issue

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.today: Callable[[], date] = date.today
        self.snapshot: PlanSnapshot | None = None
        self._generation = 0
        self._month_generation = 0
        self._latest: date | None = None
        self._wanted_month: date | None = None  # shown at the next read (after an import)
        self._wanted_currency: str | None = None  # likewise
        self._wanted_account: uuid.UUID | None = None  # chosen once its figures are shown
        self.thresholds = AlertSettings().plan_thresholds()  # as the monthly summary
        self.model = PlanTreeModel(self)
        self.months_model = PlanMonthsModel(self)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.period_kind = self._combo(
            "periodKind", [(k, QCoreApplication.translate("planActual", t)) for k, t in PERIODS]
        )
        self.month = QComboBox()
        self.month.setObjectName("periodMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure = self._combo(
            "measure",
            [(m.value, QCoreApplication.translate("planTree", MEASURE_WORDS[m])) for m in Measure],
        )
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.group = self._combo(
            "groupBy", [(k, QCoreApplication.translate("planActual", t)) for k, t in GROUPS]
        )
        self.behind_only = QCheckBox(self.tr("Only behind plan"))
        self.behind_only.setObjectName("behindOnly")
        # Ctrl+F: accounts by name (accents and case aside), with the rows above them
        self.find_box = QLineEdit()
        self.find_box.setObjectName("planFind")
        self.find_box.setPlaceholderText(self.tr("Find an account"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(180)
        self._find_timer = QTimer(self, singleShot=True, interval=250)
        self._find_timer.timeout.connect(self._find)
        self.find_box.textChanged.connect(lambda _t: self._find_timer.start())
        dock_key(self, [QKeySequence.StandardKey.Find], self.focus_find, self.tr("Find"))
        # No F5 of its own: View → Refresh (F5) reloads the dock with the focus, and a
        # second F5 here made the key "ambiguous" to Qt, which then did nothing at all.
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_action.triggered.connect(self.reload)
        refresh = QToolButton()
        refresh.setDefaultAction(self.refresh_action)
        refresh.setAutoRaise(True)
        # one line on a wide screen; on a laptop at 125 % or 150 % it wraps (each label
        # with its choice) rather than making the window wider than the screen
        controls = FlowLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for parts in (
            (self.tr("Period"), self.period_kind, self.month),
            (self.tr("Measure"), self.measure),
            (self.tr("Currency"), self.currency),
            (self.tr("By"), self.group),
            (self.behind_only,),
            (self.find_box, refresh),
        ):
            controls.addWidget(_together(*parts))
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # the accounts behind plan may sit three levels down in a collapsed tree: a link
        # opens the tree to them (the rows above them say so too)
        self.reveal = QLabel()
        self.reveal.setObjectName("planRevealBehind")
        self.reveal.setTextFormat(Qt.TextFormat.RichText)
        self.reveal.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.reveal.setText('<a href="behind">' + self.tr("Show them in the tree") + "</a>")
        self.reveal.setToolTip(
            self.tr("Open the tree to every account behind plan and choose the furthest behind")
        )
        self.reveal.linkActivated.connect(lambda _link: self.reveal_behind())
        self.reveal.hide()
        summary_row = QHBoxLayout()
        summary_row.setContentsMargins(0, 0, 0, 0)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignTop)

        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setHeader(SortArrowRoomHeader(self.tree))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole in the tooltip
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(PERCENT, Qt.SortOrder.AscendingOrder)
        # Several rows for Ctrl+C; the one the user is on (current) fills the panel.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._row_menu)
        self.tree.doubleClicked.connect(lambda _i: self.open_account())
        dock_key(self.tree, ENTER, self.open_account, self.tr("Open account"), only_here=True)
        self.tree_copier = copy_rows(self.tree)  # Ctrl+C: the row, for a mail or Excel
        header = self.tree.header()
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(FIT_ROWS)  # 10,000 rows: measure the first ones
        self.columns = PlanColumns(self.tree, self)  # widths; the heads' menu to choose columns
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("planDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.findings = QLabel()
        self.findings.setObjectName("planFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.months_view = QTableView()
        self.months_view.setObjectName("planMonths")
        # Tab leaves the table; Tab in a cell being typed in still goes on to the
        # next cell
        self.months_view.setTabKeyNavigation(False)
        self.months_view.setModel(self.months_model)
        self.months_view.setAlternatingRowColors(True)
        self.months_view.verticalHeader().hide()
        self.months_view.horizontalHeader().setStretchLastSection(True)
        self.months_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # The period's own month is the last row: keep it in view while the panel settles
        # (the findings above may take another line), until the user scrolls.
        self._months_at_end = False
        bar = self.months_view.verticalScrollBar()
        bar.rangeChanged.connect(
            lambda _low, high: bar.setValue(high) if self._months_at_end else None
        )
        bar.actionTriggered.connect(lambda _action: setattr(self, "_months_at_end", False))
        copy_rows(self.months_view)  # Ctrl+C or the context menu: the twelve months
        rows = self.months_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.form_button = QPushButton(self.tr("Discrepancy form…"))
        self.form_button.setObjectName("discrepancyFormButton")
        self.form_button.clicked.connect(self.open_form)
        self.open_button = QPushButton(self.tr("Open account"))
        self.open_button.clicked.connect(self.open_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.findings)
        detail_layout.addWidget(self.months_view, 1)
        detail_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([840, 480])
        self.splitter.setChildrenCollapsible(False)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(controls)
        layout.addLayout(summary_row)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)
        self.setFocusProxy(self.tree)
        for combo in (self.period_kind, self.month, self.measure, self.currency):
            combo.currentIndexChanged.connect(lambda _i: self._load())
        self.group.currentIndexChanged.connect(lambda _i: self._show())
        self.behind_only.toggled.connect(lambda _on: self._show())
        self._update_buttons()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, text in items:
            combo.addItem(text, key)
        return combo

    # -- reading --------------------------------------------------------------------------
    def account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.snapshot is None or self._latest is None:
            self.reload_all()
            return
        if account_id is None or self.model.mode != BY_ACCOUNT or self.select_account(account_id):
            return
        # Not in this currency's view: show the account's own currency when it has figures.
        currency = self._currency_of(account_id)
        found = self.currency.findData(currency) if currency else -1
        if found >= 0 and found != self.currency.currentIndex():
            self.currency.setCurrentIndex(found)  # reads again, then selects the account

    def _currency_of(self, account_id: uuid.UUID) -> str | None:
        if self.workspace is None:
            return None
        profile = self.workspace.accounts.profile(account_id)
        return profile.currency if profile is not None else None

    def reload(self) -> None:
        self.reload_all()

    def reload_all(self) -> None:
        """Read which months have figures, then the chosen period's snapshot."""
        if self.workspace is None:
            return
        service = self.workspace.plan_actuals
        self._generation += 1
        generation = self._generation
        self._run(
            service.latest_month,
            lambda latest: self._months_known(generation, latest),
            "plan_actual",
        )

    def show_month(
        self, month: date, currencies: Sequence[str] = (), measures: Sequence[Measure] = ()
    ) -> None:
        """Show the period ending in ``month`` (its first day) once the dock reads again:
        after a sales import, the month the file brought, in one of its currencies and
        measures when the dock shows another (a yuan file is not shown in euros)."""
        self._wanted_month = month.replace(day=1)
        if currencies and self.currency.currentData() not in currencies:
            self._wanted_currency = currencies[0]
        if measures and Measure(self.measure.currentData()) not in measures:
            self.measure.blockSignals(True)
            self.measure.setCurrentIndex(max(self.measure.findData(measures[0].value), 0))
            self.measure.blockSignals(False)

    def _months_known(self, generation: int, latest: date | None) -> None:
        if generation != self._generation:
            return
        shown = self.month.currentData()
        # A month the user went back to stays chosen; whoever looked at the latest month
        # sees the new latest one when figures of a later month come in.
        chosen = self._wanted_month or (None if shown == self._latest else shown)
        self._latest, self._wanted_month = latest, None
        self.month.blockSignals(True)
        self.month.clear()
        month = latest
        for _ in range(MONTHS_LISTED if latest else 0):
            assert month is not None
            self.month.addItem(format_month(month))
            self.month.setItemData(self.month.count() - 1, month)
            month = month_start_before(month)
        found = find_data(self.month, chosen) if chosen else -1
        self.month.setCurrentIndex(max(found, 0))
        self.month.blockSignals(False)
        self._load()

    def period(self) -> Period | None:
        month = self.month.currentData()
        return period_for(self.period_kind.currentData(), month) if month else None

    def _load(self) -> None:
        if self.workspace is None:
            return
        period = self.period()
        if period is None:
            self.snapshot = None
            self._show()
            return
        measure = Measure(self.measure.currentData())
        currency, self._wanted_currency = self._wanted_currency or self.currency.currentData(), None
        if currency is None and self.current.id is not None:  # first look: the account's
            currency = self._currency_of(self.current.id)
        service = self.workspace.plan_actuals
        forms = self.workspace.discrepancy_forms
        self._generation += 1
        generation = self._generation
        today = self.today()
        thresholds = self.thresholds

        def work():  # type: ignore[no-untyped-def]
            currencies = service.currencies(measure, period)
            chosen = currency if currency in currencies else (currencies or [None])[0]
            snapshot = service.snapshot(period, measure, chosen, today=today)
            # here, not on the UI thread: who is behind plan, and above whom
            snapshot.behind_below(thresholds)
            snapshot.territory_behind(thresholds)
            if measure is Measure.STOCK:
                snapshot.stock_findings(thresholds)
            statuses = forms.statuses(period.end.replace(day=1), measure)
            return currencies, snapshot, statuses

        self.summary.setText(self.tr("Reading the figures…"))
        self._run(work, lambda result: self._loaded(generation, *result), "plan_actual")

    def _loaded(self, generation, currencies, snapshot, statuses) -> None:  # type: ignore[no-untyped-def]
        if generation != self._generation:
            return
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(self.currency.findData(snapshot.currency), 0))
        self.currency.blockSignals(False)
        self.snapshot = snapshot
        self._statuses = statuses
        self._show()

    def is_stock(self) -> bool:
        return self.snapshot is not None and self.snapshot.measure is Measure.STOCK

    def focus_find(self) -> None:
        focus_find_box(self.find_box)

    def _find(self) -> None:
        self.model.text = TextFilter.of(self.find_box.text())
        self._show()

    def _show(self) -> None:
        selected = self.selected_node()
        keep = self._wanted_account or (selected.account_id if selected else self.current.id)
        if self.snapshot is not None:
            self._wanted_account = None
        stock = self.is_stock()
        # stock is a level with no targets: nothing can be behind plan
        self.behind_only.setEnabled(not stock)
        self.behind_only.setToolTip(
            self.tr("Stock has no targets: it is a level, not a flow.") if stock else ""
        )
        self.model.set_snapshot(
            self.snapshot,
            self.group.currentData(),
            self.thresholds,
            getattr(self, "_statuses", {}) if self.snapshot else {},
            self.behind_only.isChecked() and not stock,
        )
        self.columns.show_stock(stock)
        self._fit_columns()
        self.summary.setText(self._summary_text())
        self.reveal.setVisible(
            self.snapshot is not None
            and not self.snapshot.awaiting
            and bool(self.snapshot.behind_plan(self.thresholds))
        )
        if keep is not None and self.model.mode == BY_ACCOUNT:
            self.select_account(keep)
        self._selection_changed()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        self.columns.fit()

    def view_state(self) -> dict[str, QByteArray]:
        """The columns shown, their order, the sort and a Name width the user chose."""
        return self.columns.state()

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        self.columns.restore(state)

    def reset_view(self) -> None:
        self.columns.restore_defaults()

    def _summary_text(self) -> str:
        snap = self.snapshot
        if self.workspace is not None and self._latest is None:
            return self.tr(
                "No sales figures yet. Import the ERP's sales (File → Import sales…) and set "
                "targets (Sales targets…) to see where you are behind plan."
            )
        if snap is None:
            return ""
        if snap.awaiting:
            return self.tr(
                "%1: no figures for this period yet. Import the ERP's sales (File → Import "
                "sales…) to compare it with plan."
            ).replace("%1", QCoreApplication.translate("planTree", MEASURE_WORDS[snap.measure]))
        behind = len(snap.behind_plan(self.thresholds))
        with_target = sum(1 for a in snap.accounts if a in snap.own_target)
        if snap.measure is Measure.STOCK:
            text = self._stock_text()
        elif with_target:
            text = filled_in(
                self.tr(
                    "%1 of %2 accounts with a target of their own are more than %3 behind plan."
                ),
                QLocale().toString(behind),
                QLocale().toString(with_target),
                percent_text(self.thresholds.behind_percent),
            )
            from_below = snap.behind_from_below(self.thresholds)
            if from_below:  # HQs, offices and DCs behind on their accounts' targets
                text = in_a_row(
                    text,
                    self.tr(
                        "Behind on the targets summed from the accounts below them: %1 more "
                        "(“Behind (from below)”)."
                    ).replace("%1", QLocale().toString(from_below)),
                )
        else:
            text = self.tr("No targets in this period: set them in Sales targets… to compare.")
        if snap.through is not None:
            text = in_a_row(
                self.tr("The figures reach %1: targets are counted to that day.").replace(
                    "%1", format_value(snap.through)
                ),
                text,
            )
        if snap.other_currencies:
            locale = QLocale()
            others = listed_text(
                f"{locale.toString(n)} {c}" for c, n in sorted(snap.other_currencies.items())
            )
            text = in_a_row(
                text,
                self.tr(
                    "Accounts reporting in other currencies (%1) are in their own currency's view."
                ).replace("%1", others),
            )
        return text

    def _stock_text(self) -> str:
        """The stock view's line: stock on hand, and what the cover and turnover limits
        raised — no targets (stock cannot have any)."""
        snap = self.snapshot
        assert snap is not None
        reporting, low, slow = snap.stock_findings(self.thresholds)
        if not reporting:
            return self.tr("No stock counts in this period.")
        locale = QLocale()
        return filled_in(
            self.tr(
                "Stock on hand at each account's last count in the period. %1 of %2 accounts "
                "counting stock have less than %3 weeks of cover; %4 hold more than %5 days "
                "of shipments."
            ),
            locale.toString(low),
            locale.toString(reporting),
            str(self.thresholds.cover_weeks_min),
            locale.toString(slow),
            str(self.thresholds.turnover_days_max),
        )

    def reveal_behind(self) -> int:
        """Open the tree (by account hierarchy) to the accounts behind plan — at most
        ``REVEALED``, furthest behind first — and choose the furthest behind. Returns how
        many rows were opened to."""
        snap = self.snapshot
        if snap is None:
            return 0
        if self.group.currentData() != BY_ACCOUNT:
            self.group.setCurrentIndex(self.group.findData(BY_ACCOUNT))  # shows it again
        shown = []
        for account_id in list(snap.behind_plan(self.thresholds))[:REVEALED]:
            index = self.model.index_of_account(account_id)
            if index.isValid():
                self.tree.scrollTo(index)  # expands the rows above it
                shown.append(account_id)
        if shown:
            self.select_account(shown[0])
        return len(shown)

    def _run(self, work, done, purpose: str) -> None:  # type: ignore[no-untyped-def]
        """``work`` off the UI thread, then ``done``; a newer read for the same ``purpose``
        drops this one if it is still waiting (its result would be stale)."""
        if self.background is None:  # tests without a window: run here
            done(work())
            return
        self.background.submit(work, done, self._failed, replaces=purpose)

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The figures could not be read: %1").replace("%1", message))

    # -- the chosen row -------------------------------------------------------------------
    def selected_node(self) -> PlanNode | None:
        """The row the user is on when it is selected, else the first selected one."""
        chosen = self.tree.selectionModel()
        current = self.tree.currentIndex()
        if current.isValid() and chosen.isRowSelected(current.row(), current.parent()):
            return current.siblingAtColumn(0).data(NODE_ROLE)
        indexes = chosen.selectedRows()
        return indexes[0].data(NODE_ROLE) if indexes else None

    def show_account(
        self,
        account_id: uuid.UUID,
        measure: Measure | None = None,
        month: date | None = None,
        currency: str | None = None,
    ) -> None:
        """Show the account in the hierarchy, by month: ``month``'s ``measure`` in
        ``currency`` when given (a below-target alert was opened: its figures, not the
        ones the dock happened to show), else the month shown. The figures are read again
        only when the choice changed; the account is chosen once they are shown."""
        wanted = {
            self.group: BY_ACCOUNT,
            self.period_kind: "month",
            self.measure: measure.value if measure is not None else None,
            self.month: month.replace(day=1) if month is not None else None,
        }
        changed = self.behind_only.isChecked()
        read = False
        for combo, value in wanted.items():
            found = find_data(combo, value) if value is not None else -1
            if found < 0 or found == combo.currentIndex():
                continue
            combo.blockSignals(True)
            combo.setCurrentIndex(found)
            combo.blockSignals(False)
            changed, read = True, read or combo is not self.group
        self.behind_only.blockSignals(True)
        self.behind_only.setChecked(False)
        self.behind_only.blockSignals(False)
        if currency is not None and currency != self.currency.currentData():
            self._wanted_currency, read = currency, True
        month_missing = month is not None and self.month.currentData() != month.replace(day=1)
        if month_missing or self._latest is None:  # not read yet, or a month not listed
            self._wanted_month = month.replace(day=1) if month is not None else None
            self._wanted_account = account_id
            self.reload_all()
        elif read:
            self._wanted_account = account_id
            self._load()
        elif changed:
            self._wanted_account = account_id
            self._show()
        else:
            self.select_account(account_id)

    def select_account(self, account_id: uuid.UUID) -> bool:
        index = self.model.index_of_account(account_id)
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        chosen = self.tree.selectionModel()
        # Not tree.setCurrentIndex: with several rows allowed it reads the keyboard, and a
        # Ctrl still held would add the row to (or take it from) the rows chosen before.
        chosen.setCurrentIndex(
            index, chosen.SelectionFlag.ClearAndSelect | chosen.SelectionFlag.Rows
        )
        return True

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        node = self.selected_node()
        self._update_buttons()
        if node is None or self.snapshot is None or self.workspace is None:
            self.detail_title.setText(self.tr("Choose a row to see its months and findings."))
            self.findings.clear()
            self.months_model.set_months([], self.thresholds)
            return
        self.detail_title.setText(" › ".join(node.path()))
        where = node.label
        self.findings.setText(
            "\n".join(finding_sentence(f, self.snapshot.measure, where) for f in node.findings)
            or self.tr("Nothing past the thresholds.")
        )
        if node.kind != "account" or node.category is not None:
            self.months_model.set_months([], self.thresholds)
            return
        snapshot, service = self.snapshot, self.workspace.plan_actuals
        stock = snapshot.measure is Measure.STOCK
        end = snapshot.period.end.replace(day=1)
        months = [end]
        for _ in range(11):
            months.insert(0, month_start_before(months[0]))
        self._month_generation += 1
        generation = self._month_generation

        def shown(result) -> None:  # type: ignore[no-untyped-def]
            if generation == self._month_generation:
                self.months_model.set_months(result, self.thresholds, snapshot.currency, stock)
                for column in WITHOUT_STOCK:  # stock has no targets to show
                    self.months_view.setColumnHidden(column, stock)
                self.months_view.resizeColumnsToContents()
                # the stock's one figure takes the width (the last section, which
                # stretches, is hidden); set after the fit, which would undo it
                heads = self.months_view.horizontalHeader()
                heads.setSectionResizeMode(ACTUAL_MONTH, QHeaderView.ResizeMode.Interactive)
                if stock:
                    heads.setSectionResizeMode(ACTUAL_MONTH, QHeaderView.ResizeMode.Stretch)
                self._months_at_end = True
                self.months_view.scrollToBottom()
                self.months_loaded.emit()

        self._run(
            lambda: service.month_by_month(snapshot, months, node.account_id),
            shown,
            "plan_actual_months",
        )

    def _update_buttons(self) -> None:
        node = self.selected_node()
        is_account = node is not None and node.kind == "account"
        self.open_button.setEnabled(is_account)
        monthly = self.period_kind.currentData() == "month"
        self.form_button.setEnabled(is_account and monthly and node.category is None)
        self.form_button.setToolTip(
            ""
            if monthly
            else self.tr("A discrepancy form is about one month: choose Period → Month.")
        )

    def _row_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        node = self.selected_node()
        menu = QMenu(self)
        if node is not None and node.kind == "account":
            menu.addAction(self.tr("Discrepancy form…"), self.open_form).setEnabled(
                self.form_button.isEnabled()
            )
            menu.addAction(self.tr("Open account"), self.open_account)
        self.tree_copier.add_to(menu)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def open_account(self) -> None:
        node = self.selected_node()
        if node is not None and node.account_id is not None:
            self.current.set(node.account_id)
            self.account_opened.emit(node.account_id)

    def open_form(self) -> DiscrepancyFormDialog | None:
        """The discrepancy form of the chosen account and month (a saved one, or new)."""
        node = self.selected_node()
        snap = self.snapshot
        if node is None or node.account_id is None or snap is None or self.workspace is None:
            return None
        forms = self.workspace.discrepancy_forms
        month = snap.period.end.replace(day=1)
        found = forms.find(node.account_id, month, snap.measure)
        if found is not None:
            draft, saved = found
        else:
            draft = DiscrepancyDraft(
                account_id=node.account_id,
                period=month,
                measure=snap.measure,
                currency=snap.currency,
                target_amount=node.figures.target,
                actual_amount=node.figures.actual,
                deadline=self.today() + timedelta(days=14),
            )
            saved = None
        heading = heading_text(
            node.path(),
            month,
            QCoreApplication.translate("planTree", MEASURE_WORDS[snap.measure]),
            node.figures.actual,
            node.figures.target,
            snap.currency,
            snap.through,
        )
        version = saved.version if saved else None

        def submit(changed: DiscrepancyDraft) -> SavedForm:
            nonlocal version
            result = forms.save(changed, version)
            version = result.version
            return result

        def make_issue(saved_form: SavedForm) -> SavedForm:
            nonlocal version
            linked = forms.raise_issue(saved_form.id)
            version = linked.version
            self.issue_created.emit(node.account_id)
            return linked

        dialog = DiscrepancyFormDialog(
            draft,
            submit,
            make_issue,
            heading,
            saved,
            self,
            self.workspace.form_drafts,
            issue_problems=forms.issue_problems,
        )
        dialog.finished.connect(lambda _r: self._load())
        dialog.open()
        return dialog

    def shown_row_count(self) -> int:
        return self.model.rowCount(QModelIndex())


def _together(*parts: QWidget | str) -> QWidget:
    """Controls (and a label's words) kept on one line of the wrapping row."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        row.addWidget(QLabel(part) if isinstance(part, str) else part)
    return group
