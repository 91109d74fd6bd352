"""Visit calendar dock: the current account's visits, or everyone's visits of a week."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtWidgets import QHBoxLayout as Row

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.columns import attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.widgets.data_table import DataTable

COLUMNS = (
    attr("start", QT_TRANSLATE_NOOP("columns", "When")),
    attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
    attr("purpose", QT_TRANSLATE_NOOP("columns", "Purpose")),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status")),
    attr("summary", QT_TRANSLATE_NOOP("columns", "Report"), sortable=False),
)
ACCOUNT_SCOPE, WEEK_SCOPE = 0, 1


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class VisitCalendarDock(FeatureDock):
    NAME = "visitCalendarDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Visit calendar")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.week = week_start(date.today())
        self.scope = QComboBox()
        self.scope.addItems([self.tr("This account's visits"), self.tr("Week, all accounts")])
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.previous_week = QToolButton(text="◀", toolTip=self.tr("Previous week"))
        self.next_week = QToolButton(text="▶", toolTip=self.tr("Next week"))
        self.this_week = QToolButton(text=self.tr("Today"))
        self.previous_week.clicked.connect(lambda: self._move_week(-7))
        self.next_week.clicked.connect(lambda: self._move_week(7))
        self.this_week.clicked.connect(lambda: self._move_week(None))
        self.week_label = QLabel()
        self.model = PagedTableModel(COLUMNS, self)
        self.table = DataTable(self.model, "")
        bar = Row()
        bar.setContentsMargins(4, 4, 4, 0)
        for widget in (self.scope, self.previous_week, self.this_week, self.next_week):
            bar.addWidget(widget)
        bar.addWidget(self.week_label, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.setWidget(body)

    def _move_week(self, days: int | None) -> None:
        self.week = week_start(date.today()) if days is None else self.week + timedelta(days=days)
        if self.scope.currentIndex() != WEEK_SCOPE:
            self.scope.setCurrentIndex(WEEK_SCOPE)  # triggers reload
        else:
            self.reload()

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        week_scope = self.scope.currentIndex() == WEEK_SCOPE
        for button in (self.previous_week, self.next_week):
            button.setEnabled(week_scope)
        if workspace is None:
            self.model.set_source(None)
            return
        if week_scope:
            start = datetime.combine(self.week, time(), tzinfo=UTC)
            end = start + timedelta(days=7)
            locale = QLocale()
            self.week_label.setText(
                self.tr("Week of %1").replace(
                    "%1", locale.toString(self.week, QLocale.FormatType.LongFormat)
                )
            )
            self.table.set_empty_text(self.tr("No visits planned this week."))
            self.model.set_source(lambda page: workspace.visits.between(start, end, page))
        elif account_id is None:
            self.week_label.setText("")
            self.table.set_empty_text(self.tr("Select an account to see its visits."))
            self.model.set_source(None)
        else:
            self.week_label.setText("")
            self.table.set_empty_text(self.tr("No visits recorded for this account yet."))
            self.model.set_source(lambda page: workspace.visits.for_account(account_id, page))

    def shown_row_count(self) -> int:
        return self.model.rowCount()
