"""The register dock's filter bars, and reading a service's list through a filter lazily.

The register services page through every policy (or agreement) that applies; the filters
here (status, scope, expiring within N days, entered late) are tests on those rows, applied
while the service is read in chunks, so the table still fetches one page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.widgets.flow_layout import FlowLayout
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.policies import PolicyRow, RebateRow

Fetch = Callable[[PageRequest], Sequence[Any]]
MAX_EXPIRY_DAYS = 3650
SEARCH_DELAY_MS = 250  # typing pauses this long before the register is read again


@dataclass(frozen=True)
class RegisterFilter:
    """What the filter bar asks for; empty sets mean "any"."""

    statuses: frozenset[str] = frozenset()
    scopes: frozenset[str] = frozenset()
    expiring_within: int | None = None  # days from ``today``; None: any end date
    late_only: bool = False
    today: date = date.min
    text: TextFilter = field(default_factory=TextFilter)  # the search box

    def is_open(self) -> bool:
        """True when it lets every row through (no need to test rows)."""
        return not (self.statuses or self.scopes or self.late_only or self.text) and (
            self.expiring_within is None
        )

    def _ends_soon(self, end: date | None) -> bool:
        if self.expiring_within is None:
            return True
        last = self.today + timedelta(days=self.expiring_within)
        return end is not None and self.today <= end <= last

    def keeps_policy(self, row: PolicyRow) -> bool:
        return (
            (not self.statuses or row.status.value in self.statuses)
            and (not self.scopes or row.scope.value in self.scopes)
            and self._ends_soon(row.valid_to)
            and self.text.keeps(row.code, row.name, row.applies_to, row.product)
        )

    def keeps_rebate(self, row: RebateRow) -> bool:
        return (
            (not self.statuses or row.status.value in self.statuses)
            and (not self.late_only or row.entered_late)
            and self._ends_soon(row.period_end)
            and self.text.keeps(row.number, row.account_name)
        )


class FilteredSource:
    """A fetch that returns only the rows ``keep`` accepts, reading the service in chunks
    and remembering how far it got, so page after page costs one pass over the list."""

    CHUNK = 500

    def __init__(self, fetch: Fetch, keep: Callable[[Any], bool] | None) -> None:
        self._fetch = fetch
        self._keep = keep
        self._order: tuple[str | None, bool] | None = None
        self._kept: list[Any] = []
        self._read = 0
        self._done = False

    def __call__(self, page: PageRequest) -> Sequence[Any]:
        if self._keep is None:
            return self._fetch(page)
        order = (page.sort_key, page.descending)
        if order != self._order:  # sorted anew: start over
            self._order, self._kept, self._read, self._done = order, [], 0, False
        wanted = page.offset + page.limit
        while len(self._kept) < wanted and not self._done:
            chunk = list(self._fetch(PageRequest(self._read, self.CHUNK, *order)))
            self._read += len(chunk)
            self._done = len(chunk) < self.CHUNK
            self._kept.extend(row for row in chunk if self._keep(row))
        return self._kept[page.offset : wanted]


class FilterBar(QWidget):
    """Status (and scope) choice, "expiring within N days", and "entered late only"."""

    changed = Signal()

    def __init__(
        self,
        statuses: Sequence[Enum],
        scopes: Sequence[Enum] = (),
        late: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Ctrl+F: a number, a name, an account or a product, accents and case aside
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for status in statuses:
            self.status.addItem(enum_label(status), status.value)
        self.scope = QComboBox()
        self.scope.setObjectName("scopeFilter")
        self.scope.addItem(self.tr("All scopes"), None)
        for scope in scopes:
            self.scope.addItem(self.tr("For: %1").replace("%1", enum_label(scope)), scope.value)
        self.scope.setVisible(bool(scopes))
        self.expiring = QSpinBox()
        self.expiring.setObjectName("expiringFilter")
        self.expiring.setRange(0, MAX_EXPIRY_DAYS)
        self.expiring.setSingleStep(30)
        self.expiring.setSpecialValueText(self.tr("Ending: any time"))
        self.expiring.setPrefix(self.tr("Ending within "))
        self.expiring.setSuffix(self.tr(" days"))
        self.expiring.setToolTip(
            self.tr("Only what ends between today and today + N days (0: any end date)")
        )
        self.expiring.setAccelerated(True)
        self.late_only = QCheckBox(self.tr("Entered late only"))
        self.late_only.setObjectName("lateFilter")
        self.late_only.setVisible(late)
        self._late = late
        # on two lines where the dock is narrow (Dutch on a laptop at 150 %), not scrolled
        self.row = FlowLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        for widget in (self.search, self.status, self.scope, self.expiring, self.late_only):
            self.row.addWidget(widget)
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.expiring.valueChanged.connect(lambda _v: self.changed.emit())
        self.late_only.toggled.connect(lambda _on: self.changed.emit())

    def wanted(self, today: date) -> RegisterFilter:
        status, scope = self.status.currentData(), self.scope.currentData()
        return RegisterFilter(
            statuses=frozenset({status}) if status else frozenset(),
            scopes=frozenset({scope}) if scope else frozenset(),
            expiring_within=self.expiring.value() or None,
            late_only=self._late and self.late_only.isChecked(),
            today=today,
            text=TextFilter.of(self.search.text()),
        )
