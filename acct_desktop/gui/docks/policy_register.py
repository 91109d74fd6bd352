"""Rebate and price-policy register dock: both registers, filtered, with the approval
workflow, forms with validation, each record's history and the late-entry rule."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, RebateStatus
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.register_commands import RegisterCommands
from acct_desktop.gui.docks.register_filters import FilterBar, FilteredSource
from acct_desktop.gui.keys import dock_key, focus_find_box, save_key
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    enum_label,
    format_decimal,
    money_text,
    percent_text,
)
from acct_desktop.gui.models.columns import Column, attr, money_attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.gui.widgets.flow_layout import FlowLayout
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.policies import RebateRow
from acct_desktop.services.policy_records import PolicyChanged
from acct_desktop.services.rebate_records import RebateChanged
from acct_desktop.services.workspace import Workspace

LATE_DAYS_DELAY_MS = 600
STATUS_TONES = {
    "draft": "draft",
    "pending_approval": "due_soon",
    "active": "done",
}


def status_tone(row: Any) -> str | None:
    """Grey drafts, amber while waiting for approval, green when active."""
    return STATUS_TONES.get(row.status.value)


def late_text(row: RebateRow) -> str:
    """When entered late, "21 days after signing" (red), as the alert says it: the days
    from signing to entry, which the company's limit is counted against — "Late · 21 days"
    read as 21 days past the limit; else empty."""
    if not row.entered_late or row.signed_on is None:
        return ""
    days = (row.entered_on - row.signed_on).days
    return QCoreApplication.translate("columns", "%1 days after signing").replace("%1", str(days))


def tier_text(row: RebateRow) -> str:
    """The rate of the tier reached so far ("2%", Dutch "2 %"); empty when none is reached
    yet."""
    rate = row.tier_reached_percent
    return "" if rate is None else percent_text(rate.normalize())


def still_to_buy_text(row: RebateRow) -> str:
    """What must still be bought for the next tier: money with the currency's decimals, or
    a quantity for quantity-based terms; empty at the top tier or once the period is over."""
    amount = row.still_to_buy
    if amount is None:
        return ""
    if row.by_quantity:
        return format_decimal(amount.normalize())
    return money_text(amount, row.currency)


POLICY_COLUMNS = (
    attr("code", QT_TRANSLATE_NOOP("columns", "Code")),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status"), tone=status_tone),
    attr("name", QT_TRANSLATE_NOOP("columns", "Name")),
    attr("scope", QT_TRANSLATE_NOOP("columns", "Scope")),
    Column(QT_TRANSLATE_NOOP("columns", "Applies to"), lambda row: enum_label(row.applies_to)),
    Column(QT_TRANSLATE_NOOP("columns", "Products"), lambda row: enum_label(row.product)),
    attr("valid_from", QT_TRANSLATE_NOOP("columns", "Valid from")),
    attr("valid_to", QT_TRANSLATE_NOOP("columns", "Valid to")),
    attr("currency", QT_TRANSLATE_NOOP("columns", "Cur."), sortable=False),
    money_attr("guide_price", QT_TRANSLATE_NOOP("columns", "Guide price")),
    money_attr("floor_price", QT_TRANSLATE_NOOP("columns", "Floor price"), sortable=False),
    attr(
        "min_margin_percent",
        QT_TRANSLATE_NOOP("columns", "Min. markup %"),
        sortable=False,
        numeric=True,
    ),
    attr(
        "max_discount_percent",
        QT_TRANSLATE_NOOP("columns", "Max discount %"),
        sortable=False,
        numeric=True,
    ),
)
REBATE_COLUMNS = (
    attr("number", QT_TRANSLATE_NOOP("columns", "Number")),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status"), tone=status_tone),
    attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
    attr("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
    attr("period_start", QT_TRANSLATE_NOOP("columns", "From")),
    attr("period_end", QT_TRANSLATE_NOOP("columns", "To"), sortable=False),
    attr("tier_count", QT_TRANSLATE_NOOP("columns", "Tiers"), sortable=False, numeric=True),
    attr("signed_on", QT_TRANSLATE_NOOP("columns", "Signed"), sortable=False),
    attr("entered_on", QT_TRANSLATE_NOOP("columns", "Entered")),
    Column(
        QT_TRANSLATE_NOOP("columns", "Entered late"),
        late_text,
        tone=lambda row: "overdue" if row.entered_late else None,
    ),
    money_attr("accrued", QT_TRANSLATE_NOOP("columns", "Accrued so far"), sortable=False),
    Column(QT_TRANSLATE_NOOP("columns", "Tier reached"), tier_text, numeric=True),
    Column(QT_TRANSLATE_NOOP("columns", "Still to buy"), still_to_buy_text, numeric=True),
    attr("next_tier_by", QT_TRANSLATE_NOOP("columns", "Next tier by"), sortable=False),
)
KINDS = ("policy", "rebate")


@dataclass(frozen=True)
class LateEntryChanged:
    """The company's late-entry days were changed in the rebates tab."""

    days: int


class PolicyRegisterDock(FeatureDock):
    NAME = "policyRegisterDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Price policies and rebates")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    READS_WHEN_SEEN = True

    # PolicyChanged, RebateChanged or LateEntryChanged, after every change made here
    register_changed = Signal(object)

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.only_current = QCheckBox(self.tr("Only what applies to the current account"))
        self.only_current.setChecked(True)
        self.only_current.toggled.connect(lambda _on: self.reload())
        self.policies = PagedTableModel(POLICY_COLUMNS, self)
        self.rebates = PagedTableModel(REBATE_COLUMNS, self)
        self.policy_filters = FilterBar(list(PolicyStatus), list(PolicyScope))
        self.rebate_filters = FilterBar(list(RebateStatus), late=True)
        self.late_days = QSpinBox()
        self.late_days.setObjectName("lateEntryDays")
        self.late_days.setRange(0, 365)
        self.late_days.setPrefix(self.tr("Late when entered over "))
        self.late_days.setSuffix(self.tr(" days after signing"))
        self.late_days.setToolTip(self.tr("The company rule for all agreements (recorded)"))
        self.rebate_filters.row.addWidget(self.late_days)
        self._late_timer = QTimer(self, singleShot=True, interval=LATE_DAYS_DELAY_MS)
        self._late_timer.timeout.connect(self.apply_late_days)
        self.late_days.valueChanged.connect(lambda _v: self._late_timer.start())
        # each reload (a saved or approved agreement, another account) is fitted to its own
        # rows until the user sizes a column or their saved widths are restored: fitted to
        # the first rows only, a new row's wider day was cut ("2026/…") with room to spare
        self.policy_table = DataTable(self.policies, "", fit_each_list=True)
        self.rebate_table = DataTable(self.rebates, "", fit_each_list=True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        tables = (self.policy_table, self.rebate_table)
        bars = (self.policy_filters, self.rebate_filters)
        for kind, table, bar in zip(KINDS, tables, bars, strict=True):
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(4)
            column.addWidget(bar)
            column.addWidget(table, 1)
            self.tabs.addTab(page, "")
            bar.changed.connect(lambda kind=kind: self.reload_kind(kind))
        self.commands = RegisterCommands(self)
        dock_key(self, [QKeySequence.StandardKey.Find], self.focus_search, self.tr("Search"))
        # Ctrl+S: the late-entry days typed are saved now (not after the typing pauses)
        save_key(self, self.apply_late_days, self.tr("Save"))
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("registerToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        for action in self.commands.row_actions():
            if action is None:
                self.toolbar.addSeparator()
            elif action is not self.commands.delete_action:  # Delete and the right-click
                # menu: on the bar it pushed Scan and History out of sight in Dutch
                self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.commands.check_action)
        # the check box beside the buttons, or under them at the right where the dock is
        # narrow (Dutch at 150 %: the buttons are then in the toolbar's » menu)
        top = FlowLayout()
        top.addWidget(self.toolbar)
        top.grow(self.toolbar)
        top.addWidget(self.only_current)
        top.setAlignment(self.only_current, Qt.AlignmentFlag.AlignRight)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.tabs.currentChanged.connect(lambda _i: self.update_actions())
        for model in (self.policies, self.rebates):
            for signal in (model.modelReset, model.rowsInserted):
                signal.connect(self._update_titles)
            model.modelReset.connect(self.update_actions)
        for view in self.views():
            view.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self._update_titles()
        self.update_actions()
        self.keep_headers(
            **{
                f"{kind}Header": table.view.horizontalHeader()
                for kind, table in self._tables().items()
            }
        )

    # -- the two tables ---------------------------------------------------------------------
    def views(self) -> tuple[QTableView, QTableView]:
        return self.policy_table.view, self.rebate_table.view

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the register in sight."""
        bar = self.policy_filters if self.kind() == "policy" else self.rebate_filters
        focus_find_box(bar.search)

    def kind(self) -> str:
        """Which register the shown tab holds: "policy" or "rebate"."""
        return KINDS[max(0, self.tabs.currentIndex())]

    def show_kind(self, kind: str) -> None:
        self.tabs.setCurrentIndex(KINDS.index(kind))

    def view(self, kind: str | None = None) -> QTableView:
        return self.views()[KINDS.index(kind or self.kind())]

    def model(self, kind: str | None = None) -> PagedTableModel:
        return (self.policies, self.rebates)[KINDS.index(kind or self.kind())]

    def current_row(self, kind: str | None = None) -> object | None:
        """The selected record of the shown (or the given) register."""
        view = self.view(kind)
        rows = view.selectionModel().selectedRows()
        return self.model(kind).row_object(rows[0].row()) if rows else None

    def today(self) -> date:
        return self.workspace.issues.today() if self.workspace is not None else date.today()

    def _tables(self) -> dict[str, DataTable]:
        return dict(zip(KINDS, (self.policy_table, self.rebate_table), strict=True))

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        """Column order, widths and sort of both tables, as saved with the window."""
        if self.saved_headers is None:
            return
        restored = self.saved_headers.restore(state)
        for kind, table in self._tables().items():
            if f"{kind}Header" in restored:
                table.keep_column_widths()

    def reset_view(self) -> None:
        super().reset_view()
        for table in self._tables().values():
            table.fit_columns()

    # -- reading ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.commands.set_workspace(workspace)
        records = self.commands.forms.rebate_records
        self.late_days.blockSignals(True)
        self.late_days.setValue(records.late_entry_days() if records is not None else 7)
        self.late_days.blockSignals(False)
        self.late_days.setEnabled(records is not None)
        super().set_workspace(workspace)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        self.reload()

    def reload(self) -> None:
        """Read both registers again for the filters as they are now."""
        for kind in KINDS:
            self.reload_kind(kind)

    def reload_kind(self, kind: str) -> None:
        workspace, model = self.workspace, self.model(kind)
        if workspace is None:
            model.set_source(None)
            return
        account = self.current.id if self.only_current.isChecked() else None
        if kind == "policy":
            wanted = self.policy_filters.wanted(self.today())
            source = FilteredSource(
                lambda page: workspace.policies.price_policies(account, page),
                None if wanted.is_open() else wanted.keeps_policy,
            )
        else:
            wanted = self.rebate_filters.wanted(self.today())
            source = FilteredSource(
                lambda page: workspace.policies.rebate_agreements(account, page, self.today()),
                None if wanted.is_open() else wanted.keeps_rebate,
            )
        model.set_source(source)
        self._update_titles()  # an empty first page inserts no rows

    def shown_row_count(self) -> int:
        return self.policies.rowCount() + self.rebates.rowCount()

    def _update_titles(self) -> None:
        for index, (kind, title) in enumerate(
            (("policy", self.tr("Price policies")), ("rebate", self.tr("Rebate agreements")))
        ):
            model = self.model(kind)
            count = model.rowCount()
            more = "+" if model.canFetchMore(self.view(kind).rootIndex()) else ""
            text = f"{title} ({count}{more})" if self.workspace is not None else title
            if kind == "rebate" and not more:
                late = sum(1 for row in model.rows() if row.entered_late)
                if late:
                    text += self.tr(" · %1 late").replace("%1", str(late))
            self.tabs.setTabText(index, text)
        self._update_empty_texts()

    def _update_empty_texts(self) -> None:
        mine = self.only_current.isChecked() and self.current.id is not None
        for table, bar, what in (
            (self.policy_table, self.policy_filters, self.tr("price policies")),
            (self.rebate_table, self.rebate_filters, self.tr("rebate agreements")),
        ):
            where = self.tr("for the current account") if mine else self.tr("in the register")
            if bar.wanted(self.today()).is_open():
                text = self.tr("No %1 %2 yet. Enter one with New (Ctrl+N).")
            else:
                text = self.tr("No %1 %2 match these filters. Widen them to see more.")
            table.set_empty_text(filled_in(text, what, where))

    def update_actions(self) -> None:
        """Enable what the selected record allows (see ``RegisterCommands.update_enabled``)."""
        ready = self.workspace is not None
        self.commands.update_enabled(self.kind(), self.current_row() if ready else None, ready)

    # -- changing ---------------------------------------------------------------------------
    def apply_late_days(self) -> None:
        """Save the late-entry days typed in the rebates tab (audited) and re-mark rows."""
        self._late_timer.stop()
        records = self.commands.forms.rebate_records
        days = self.late_days.value()
        if records is None or records.late_entry_days() == days:
            return
        try:
            records.set_late_entry_days(days)
        except EditRejected as exc:
            self.commands.complain(exception_text(exc))
            return
        selected = self.current_row("rebate")
        self.reload_kind("rebate")
        if selected is not None:
            self.select_record("rebate", selected.id)  # type: ignore[attr-defined]
        self.register_changed.emit(LateEntryChanged(days))

    def after_change(self, changed: PolicyChanged | RebateChanged) -> None:
        """Re-read the register that changed, keep its record selected, tell others."""
        if isinstance(changed, PolicyChanged):
            kind, record_id = "policy", changed.policy_id
        else:
            kind, record_id = "rebate", changed.agreement_id
        self.reload_kind(kind)
        self.show_kind(kind)
        self.select_record(kind, record_id)
        self.update_actions()
        self.register_changed.emit(changed)

    def select_record(self, kind: str, record_id: uuid.UUID) -> bool:
        """Select the row of ``record_id`` (reading further pages if needed)."""
        model, view = self.model(kind), self.view(kind)
        while True:
            found = next((i for i, r in enumerate(model.rows()) if r.id == record_id), None)
            if found is not None or not model.canFetchMore(view.rootIndex()):
                break
            model.fetchMore(view.rootIndex())
        if found is None:
            return False
        view.selectRow(found)
        view.scrollTo(model.index(found, 0))
        return True
