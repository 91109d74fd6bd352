"""Visit → Plan visits…: propose a plan for a period, read why each visit is proposed,
accept it (all visits written at once, one undo step) or discard it.

The proposal runs off the UI thread with a progress dialog that can be cancelled; nothing
is written until Accept. The period offered is this week on a Monday, else next week
(:func:`~acct_desktop.domain.visit_plan_days.default_period`).
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.config import log_dir
from acct_desktop.domain.visit_plan_days import default_period
from acct_desktop.domain.visit_planning import Plan, PlanCancelled, PlanSettings, ReasonKind
from acct_desktop.gui.sentences import exception_text, user_text

NOT_DUE = ReasonKind.NOT_DUE
WHEN_WIDTH = 190  # the When column at least; wider when a day's date needs it

Accepted = Callable[[list[uuid.UUID]], None]
Previewed = Callable[[Plan | None, dict[uuid.UUID, str]], None]


class PlanDialog(QDialog):
    def __init__(  # type: ignore[no-untyped-def]
        self,
        workspace,
        background,
        accepted: Accepted,
        account_ids: Iterable[uuid.UUID] | None = None,
        parent: QWidget | None = None,
        previewed: Previewed | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Plan visits"))
        self.resize(760, 560)
        self._workspace, self._background, self._accepted = workspace, background, accepted
        self._previewed = previewed
        self.finished.connect(lambda _r: previewed(None, {}) if previewed else None)
        self.account_ids = list(account_ids) if account_ids is not None else None
        self.plan: Plan | None = None
        self.names: dict[uuid.UUID, str] = {}
        self.created: list[uuid.UUID] = []
        first, last = default_period(date.today())
        self.first = QDateEdit(QDate(first))
        self.last = QDateEdit(QDate(last))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 20)
        self.per_day.setValue(6)
        self.day_start, self.day_end = QTimeEdit(QTime(8, 30)), QTimeEdit(QTime(17, 30))
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5, 130)
        self.speed.setValue(50)
        self.speed.setSuffix(" km/h")
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last)
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.day_end)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Visits per day, at most:"), self.per_day)
        form.addRow(self.tr("Average travel speed:"), self.speed)
        scope = (
            self.tr("For the %n chosen account(s).", "", len(self.account_ids))
            if self.account_ids is not None
            else self.tr("For every account (choose some on the map or in the tree to narrow).")
        )
        self.scope = QLabel(scope)
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setObjectName("proposePlan")
        self.propose_button.clicked.connect(self.propose)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        # A proposal is a few hundred rows at most and is thrown away: an item tree fits.
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Account"), self.tr("km"), self.tr("Why")]
        )
        self.tree.setColumnWidth(0, WHEN_WIDTH)
        self.tree.setColumnWidth(1, 250)
        self.tree.setColumnWidth(2, 60)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("Accept plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptPlan")
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_plan)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope)
        layout.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def settings(self) -> PlanSettings:
        def clock(edit: QTimeEdit) -> time:
            value = edit.time()
            return time(value.hour(), value.minute())

        return PlanSettings(
            first_day=self.first.date().toPython(),
            last_day=self.last.date().toPython(),
            day_start=clock(self.day_start),
            day_end=clock(self.day_end),
            max_visits_per_day=self.per_day.value(),
            speed_kmh=self.speed.value(),
            lunch_break=(time(12, 30), time(13, 15)),
        )

    def propose(self) -> None:
        try:
            settings = self.settings()
        except ValueError as exc:
            self.summary.setText(exception_text(exc))
            return
        cancel = threading.Event()
        progress = QProgressDialog(self.tr("Planning…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(cancel.set)
        progress.show()
        self.propose_button.setEnabled(False)
        planner, ids = self._workspace.visit_planner, self.account_ids

        def work():  # type: ignore[no-untyped-def]
            try:
                return planner.propose(settings, ids, progress=lambda _d, _t: not cancel.is_set())
            except PlanCancelled:  # the user's Cancel, not a failure: nothing to log
                return None

        def finish() -> None:
            # Closing a progress dialog emits canceled(): cut it off first, or every
            # outcome would look cancelled.
            progress.canceled.disconnect()
            progress.close()
            self.propose_button.setEnabled(True)

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            finish()
            if outcome is None:
                self.summary.setText(self.tr("Planning was cancelled; nothing was changed."))
                return
            self.show_plan(*outcome)

        def failed(message: str) -> None:  # the background runner has logged the traceback
            finish()
            self.summary.setText(
                self.tr(
                    "The plan could not be made: %1. Nothing was changed; the details are in %2."
                )
                .replace("%1", message.strip().rstrip("."))
                .replace("%2", str(log_dir() / "acct-desktop.log"))
            )

        self._background.submit(work, done, failed)
        self._cancel = cancel  # for tests

    def show_plan(self, plan: Plan, names: dict[uuid.UUID, str]) -> None:
        self.plan, self.names = plan, names
        self.tree.clear()
        locale = QLocale()
        for day in plan.days:
            proposed = [v for v in day.visits if not v.fixed]
            warnings = " · ".join(user_text(w.text) for w in day.warnings)
            head = QTreeWidgetItem(
                [
                    locale.toString(day.day, QLocale.FormatType.LongFormat),
                    self.tr("%n visit(s)", "", len(day.visits))
                    + (" · " + self.tr("%n new", "", len(proposed)) if proposed else ""),
                    locale.toString(round(day.travel_km)),
                    warnings,
                ]
            )
            if warnings:  # the Why column is narrow: the whole warning on hover
                for column in range(4):
                    head.setToolTip(column, warnings)
            self.tree.addTopLevelItem(head)
            for visit in day.visits:
                when = f"{_clock(visit.start, day.day)}–{_clock(visit.end, day.day)}"
                item = QTreeWidgetItem(
                    [
                        f"{visit.order_in_day}. {when}",
                        names.get(visit.account_id, "?"),
                        locale.toString(round(visit.travel_km_from_previous)),
                        "; ".join(user_text(reason.text) for reason in visit.reasons),
                    ]
                )
                item.setToolTip(3, item.text(3))
                item.setToolTip(1, item.text(1))
                if visit.fixed:  # already in the calendar: shown for the route, greyed
                    for column in range(4):
                        item.setForeground(column, self.palette().placeholderText())
                else:
                    font = item.font(1)
                    font.setBold(True)
                    item.setFont(1, font)
                head.addChild(item)
            head.setExpanded(True)
        # Long dates ("Thứ Năm, 26 tháng 11, 2026") are never cut off; short ones keep the
        # column as it was, so it does not jump from plan to plan.
        self.tree.setColumnWidth(0, max(WHEN_WIDTH, self.tree.sizeHintForColumn(0)))
        self.summary.setText(self.summary_text(plan))
        self.accept_button.setEnabled(plan.proposed_count > 0)
        if self._previewed is not None:  # the calendar shows the proposal, dashed
            self._previewed(plan, names)

    def summary_text(self, plan: Plan) -> str:
        """What the plan comes to, or — when it proposes nothing — why, and what to do."""
        locale = QLocale()
        if plan.proposed_count:
            return (
                self.tr("%1 new visits over %2 days, about %3 km; %4 accounts not planned.")
                .replace("%1", locale.toString(plan.proposed_count))
                .replace("%2", locale.toString(len(plan.days)))
                .replace("%3", locale.toString(round(plan.total_km)))
                .replace("%4", locale.toString(len(plan.unplanned)))
            )
        if self.account_ids is not None and not self.account_ids:
            return self.tr(
                "No accounts are chosen: choose some on the map or in the tree, or plan for "
                "every account."
            )
        if not plan.unplanned:
            if not plan.days:
                return self.tr("There are no accounts to plan yet: add or import accounts first.")
            return self.tr("Nothing new to plan: every account already has a visit in this period.")
        reasons = Counter(u.reason.kind for u in plan.unplanned if u.reason.kind is not NOT_DUE)
        if not reasons:
            return self.tr(
                "None of the accounts is due for a visit in this period (%n account(s) "
                "checked). Choose a later period, or have them visited more often (Print & "
                "Outlook → Visit cycles…).",
                "",
                len(plan.unplanned),
            )
        clashing = sum(1 for day in plan.days if day.warnings)
        if clashing and reasons.most_common(1)[0][0] is ReasonKind.NO_CAPACITY:
            return self.tr(
                "No new visits could be proposed: on %n day(s) the visits already booked "
                "cannot all be kept, and such days take no new ones. Move or cancel the "
                "clashing visits (see Why), or choose another period.",
                "",
                clashing,
            )
        # The reason most of the due accounts share (Counter keeps the first one met on a tie).
        common = reasons.most_common(1)[0][0]
        example = next(u.reason for u in plan.unplanned if u.reason.kind is common)
        return self.tr(
            "No new visits could be proposed (%n account(s) not planned). Most of those due "
            "were left out because of: %1.",
            "",
            len(plan.unplanned),
        ).replace("%1", user_text(example.text))

    def accept_plan(self) -> None:
        if self.plan is None:
            return
        self.created = self._workspace.visit_planner.accept(self.plan)
        self._accepted(self.created)
        self.accept()


def _clock(moment: datetime, day: date) -> str:
    """``09:30``, or ``Tue 00:15`` for a time on another day than ``day`` (a visit that
    runs past midnight or over several days)."""
    if moment.date() == day:
        return f"{moment:%H:%M}"
    weekday = QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {moment:%H:%M}"
