"""Rebate and price-policy register dock: the rules that apply to the current account."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTabWidget, QVBoxLayout, QWidget

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable

POLICY_COLUMNS = (
    attr("code", QT_TRANSLATE_NOOP("columns", "Code")),
    attr("scope", QT_TRANSLATE_NOOP("columns", "Scope")),
    Column(QT_TRANSLATE_NOOP("columns", "Applies to"), lambda row: enum_label(row.applies_to)),
    Column(QT_TRANSLATE_NOOP("columns", "Products"), lambda row: enum_label(row.product)),
    attr("valid_from", QT_TRANSLATE_NOOP("columns", "Valid from")),
    attr("valid_to", QT_TRANSLATE_NOOP("columns", "Valid to")),
    attr("currency", QT_TRANSLATE_NOOP("columns", "Cur."), sortable=False),
    attr("guide_price", QT_TRANSLATE_NOOP("columns", "Guide price"), numeric=True),
    attr("floor_price", QT_TRANSLATE_NOOP("columns", "Floor price"), sortable=False, numeric=True),
    attr(
        "min_margin_percent",
        QT_TRANSLATE_NOOP("columns", "Min margin %"),
        sortable=False,
        numeric=True,
    ),
    attr(
        "max_discount_percent",
        QT_TRANSLATE_NOOP("columns", "Max discount %"),
        sortable=False,
        numeric=True,
    ),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status")),
)
REBATE_COLUMNS = (
    attr("number", QT_TRANSLATE_NOOP("columns", "Number")),
    attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
    attr("kind", QT_TRANSLATE_NOOP("columns", "Kind")),
    attr("period_start", QT_TRANSLATE_NOOP("columns", "From")),
    attr("period_end", QT_TRANSLATE_NOOP("columns", "To"), sortable=False),
    attr("tier_count", QT_TRANSLATE_NOOP("columns", "Tiers"), sortable=False, numeric=True),
    attr("signed_on", QT_TRANSLATE_NOOP("columns", "Signed"), sortable=False),
    attr("entered_on", QT_TRANSLATE_NOOP("columns", "Entered")),
    Column(
        QT_TRANSLATE_NOOP("columns", "Entered late"),
        lambda row: row.entered_late,
    ),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status")),
)


class PolicyRegisterDock(FeatureDock):
    NAME = "policyRegisterDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Price policies and rebates")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.only_current = QCheckBox(self.tr("Only what applies to the current account"))
        self.only_current.setChecked(True)
        self.only_current.toggled.connect(lambda _on: self.reload())
        self.policies = PagedTableModel(POLICY_COLUMNS, self)
        self.rebates = PagedTableModel(REBATE_COLUMNS, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.policy_table = DataTable(self.policies, self.tr("No price policy applies here."))
        self.rebate_table = DataTable(
            self.rebates, self.tr("No rebate agreement is registered for this account.")
        )
        self.tabs.addTab(self.policy_table, self.tr("Price policies"))
        self.tabs.addTab(self.rebate_table, self.tr("Rebate agreements"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.only_current)
        layout.addWidget(self.tabs)
        self.setWidget(body)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        if workspace is None:
            self.policies.set_source(None)
            self.rebates.set_source(None)
            return
        scope = account_id if self.only_current.isChecked() else None
        self.policies.set_source(lambda page: workspace.policies.price_policies(scope, page))
        self.rebates.set_source(lambda page: workspace.policies.rebate_agreements(scope, page))

    def shown_row_count(self) -> int:
        return self.policies.rowCount() + self.rebates.rowCount()
