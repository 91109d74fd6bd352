"""Visit → Plan visits…: propose a plan for a period, read why each visit is proposed,
accept it (all visits written at once, one undo step) or discard it.

The proposal runs off the UI thread with a progress dialog that can be cancelled; nothing
is written until Accept. The period offered is this week on a Monday, else next week
(:func:`~acct_desktop.domain.visit_plan_days.default_period`), over the working days last
used. The working pattern (hours, lunch, working days, visits per day, speed, whose public
holidays, days off) is remembered per user (``services.planning_preferences``) when a plan
is proposed, and when the dialog is closed with Esc or its close button (Cancel forgets
the changes, as in every form). Days that take no new visits (holidays, days off, the rest
of today when too little is left) are listed with their reason; the accounts left out are
on a second tab.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.config import log_dir
from acct_desktop.domain.sentences import filled_in
from acct_desktop.domain.visit_plan_days import default_period
from acct_desktop.domain.visit_plan_model import short_date, whole_km
from acct_desktop.domain.visit_planning import (
    Plan,
    PlanCancelled,
    PlannedDay,
    PlanSettings,
    ReasonKind,
    SkippedDay,
)
from acct_desktop.gui.dialogs.not_planned_list import NotPlannedList
from acct_desktop.gui.dialogs.plan_settings_form import (
    PlanSettingsForm,
    StartAccounts,
    saved_preferences,
)
from acct_desktop.gui.i18n import gui_language
from acct_desktop.gui.labels import format_day
from acct_desktop.gui.screen_fit import ScreenFitDialog, stack_where_narrow
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.planning_preferences import START_ACCOUNT, save_planning_preferences
from acct_desktop.services.visit_plans import StartRefused

log = logging.getLogger(__name__)

NOT_DUE = ReasonKind.NOT_DUE
WHEN_WIDTH = 190  # the When column at least; wider when a day's date needs it

Accepted = Callable[[list[uuid.UUID]], None]
Previewed = Callable[[Plan | None, dict[uuid.UUID, str]], None]


class PlanDialog(ScreenFitDialog):
    def __init__(  # type: ignore[no-untyped-def]
        self,
        workspace,
        background,
        accepted: Accepted,
        account_ids: Iterable[uuid.UUID] | None = None,
        parent: QWidget | None = None,
        previewed: Previewed | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        """``clock`` gives the local time now (tests pass their own): today's new visits
        start after it."""
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Plan visits"))
        self.resize(900, 640)
        self._workspace, self._background, self._accepted = workspace, background, accepted
        self._previewed = previewed
        self.clock = clock
        self.finished.connect(lambda _r: previewed(None, {}) if previewed else None)
        self.account_ids = list(account_ids) if account_ids is not None else None
        self.plan: Plan | None = None
        self.working_weekend_days: frozenset[date] = frozenset()  # of the plan shown
        self.names: dict[uuid.UUID, str] = {}
        self.created: list[uuid.UUID] = []
        prefs = saved_preferences()
        today = clock().date()
        soon = prefs.working_weekend_days(today, today + timedelta(days=13))
        self.form = PlanSettingsForm(
            prefs,
            default_period(today, prefs.working_weekdays, soon),
            self,
            _start_accounts(workspace),
        )
        self.first, self.last = self.form.first, self.form.last  # the period's fields
        scope = (
            self.tr("For the %n chosen account(s).", "", len(self.account_ids))
            if self.account_ids is not None
            else self.tr("For every account (choose some on the map or in the tree to narrow).")
        )
        self.scope = QLabel(scope)
        self.scope.setWordWrap(True)
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setObjectName("proposePlan")
        self.propose_button.clicked.connect(self.propose)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("skippedDays")
        self.skipped.setWordWrap(True)
        self.skipped.hide()
        # A proposal is a few hundred rows at most and is thrown away: an item tree fits.
        self.tree = QTreeWidget()
        self.tree.setObjectName("planTree")
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Account"), self.tr("km"), self.tr("Why")]
        )
        self.tree.setColumnWidth(0, WHEN_WIDTH)
        self.tree.setColumnWidth(1, 250)
        self.tree.setColumnWidth(2, 60)
        self.not_planned = NotPlannedList()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self.tree, self.tr("Plan"))
        self.tabs.addTab(self.not_planned, self.tr("Not planned"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(
            self.tr("Accept plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptPlan")
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept_plan)
        self.buttons.rejected.connect(self.discard)
        self._discarding = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.scope)
        layout.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def arrange_for(self, room: QSize) -> None:
        """The settings' two columns one above the other on a narrow screen (1026 pixels
        side by side in Vietnamese; a laptop at 150 % has 911)."""
        stack_where_narrow(self.form.columns, room)

    def settings(self) -> PlanSettings:
        """The planner's settings from the form; ValueError (a sentence) when they cannot be
        planned with (``propose`` shows those next to their fields first)."""
        first, last = self.form.period()
        prefs = self.form.preferences()
        place = None
        if prefs.start.kind == START_ACCOUNT and prefs.start.account_code:
            place = self._workspace.visit_planner.account_place(prefs.start.account_code)
        return prefs.settings(first, last, gui_language(), place)

    def propose(self) -> None:
        if not self.form.check():
            self.summary.setText(self.tr("Correct the settings marked in red, then propose again."))
            return
        try:
            settings = self.settings()
        except StartRefused as exc:  # the account chosen to start from: said under it
            self.form.show_problem("start", exception_text(exc))
            self.summary.setText(self.tr("Correct the settings marked in red, then propose again."))
            return
        except ValueError as exc:
            self.summary.setText(exception_text(exc))
            return
        self.working_weekend_days = settings.working_weekend_days
        try:
            save_planning_preferences(self.form.preferences())
        except OSError as exc:  # not remembered; the plan is still made
            log.warning("the planning settings could not be saved: %s", exc)
        now = self.clock()
        cancel = threading.Event()
        progress = QProgressDialog(self.tr("Planning…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(cancel.set)
        progress.show()
        self.propose_button.setEnabled(False)
        planner, ids = self._workspace.visit_planner, self.account_ids

        def work():  # type: ignore[no-untyped-def]
            try:
                return planner.propose(
                    settings,
                    ids,
                    today=now.date(),
                    now=now,
                    progress=lambda _d, _t: not cancel.is_set(),
                )
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
                filled_in(
                    self.tr(
                        "The plan could not be made: %1. Nothing was changed; the details are "
                        "in %2."
                    ),
                    message.strip().rstrip("."),
                    str(log_dir() / "acct-desktop.log"),
                )
            )

        self._background.submit(work, done, failed)
        self._cancel = cancel  # for tests

    def show_plan(self, plan: Plan, names: dict[uuid.UUID, str]) -> None:
        self.plan, self.names = plan, names
        self.tree.clear()
        locale = QLocale()
        skipped = {s.day: s for s in plan.skipped}
        planned = {d.day: d for d in plan.days}
        for when in sorted({*skipped, *planned}):
            day = planned.get(when)
            head = self._day_head(locale, when, day, skipped.get(when))
            self.tree.addTopLevelItem(head)
            for visit in day.visits if day is not None else ():
                clock = f"{_clock(visit.start, when)}–{_clock(visit.end, when)}"
                item = QTreeWidgetItem(
                    [
                        f"{visit.order_in_day}. {clock}",
                        names.get(visit.account_id, "?"),
                        locale.toString(whole_km(visit.travel_km_from_previous)),
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
            if day is not None and day.return_km > 0:  # its km is part of the day's total
                head.addChild(self._way_back(day, locale))
            head.setExpanded(True)
        # Long dates ("Thứ Năm, 26 tháng 11, 2026") are never cut off; short ones keep the
        # column as it was, so it does not jump from plan to plan.
        self.tree.setColumnWidth(0, max(WHEN_WIDTH, self.tree.sizeHintForColumn(0)))
        self.not_planned.show_accounts(plan.unplanned, names)  # type: ignore[arg-type]
        self.tabs.setTabText(
            1,
            self.tr("Not planned (%n)", "", len(plan.unplanned))
            if plan.unplanned
            else self.tr("Not planned"),
        )
        self.summary.setText(self.summary_text(plan))
        self.skipped.setText(self.skipped_text(plan.skipped))
        self.skipped.setVisible(bool(plan.skipped))
        self.accept_button.setEnabled(plan.proposed_count > 0)
        if self._previewed is not None:  # the calendar shows the proposal, dashed
            self._previewed(plan, names)

    def _way_back(self, day: PlannedDay, locale: QLocale) -> QTreeWidgetItem:
        """The drive back to where the day started, after the last visit: a row of its own,
        so the day's km is the sum of the rows shown under it."""
        item = QTreeWidgetItem(
            [
                "",
                self.tr("Back to where the day started"),
                locale.toString(whole_km(day.return_km)),
                "",
            ]
        )
        for column in range(4):
            item.setForeground(column, self.palette().placeholderText())
        return item

    def _day_head(
        self, locale: QLocale, when: date, day: PlannedDay | None, skipped: SkippedDay | None
    ) -> QTreeWidgetItem:
        """A day's first row: its date, visits, km and what to know about it (why it takes
        no new visits, which booked visits clash)."""
        notes = []
        if when in self.working_weekend_days:
            notes.append(self.tr("official working weekend day"))
        if skipped is not None:
            notes.append(self.tr("%1: no new visits").replace("%1", user_text(skipped.reason.text)))
        notes += [user_text(w.text) for w in day.warnings] if day is not None else []
        said = " · ".join(notes)
        visits = day.visits if day is not None else ()
        proposed = [v for v in visits if not v.fixed]
        head = QTreeWidgetItem(
            [
                format_day(when, locale, long=True),
                (
                    self.tr("%n visit(s)", "", len(visits))
                    + (" · " + self.tr("%n new", "", len(proposed)) if proposed else "")
                    if visits
                    else ""
                ),
                locale.toString(day.shown_km) if day is not None else "",
                said,
            ]
        )
        if said:  # the Why column is narrow: the whole note on hover
            for column in range(4):
                head.setToolTip(column, said)
        if day is None:  # a day off without bookings: greyed, nothing under it
            for column in range(4):
                head.setForeground(column, self.palette().placeholderText())
        return head

    def skipped_text(self, skipped: tuple[SkippedDay, ...]) -> str:
        """``No new visits on: Thu 24 Dec — day off: training; Fri 25 Dec — Christmas Day``
        (days in a row for the same reason as one run: "Mon 28 Dec – Thu 31 Dec")."""
        runs: list[tuple[date, date, str]] = []
        for day in skipped:
            why = user_text(day.reason.text)
            if runs and runs[-1][2] == why and (day.day - runs[-1][1]).days == 1:
                runs[-1] = (runs[-1][0], day.day, why)
            else:
                runs.append((day.day, day.day, why))
        parts = []
        for first, last, why in runs:
            when = user_text(short_date(first))
            if last != first:
                when = f"{when} – {user_text(short_date(last))}"
            parts.append(filled_in(self.tr("%1 — %2"), when, why))
        return self.tr("No new visits on: %1").replace("%1", "; ".join(parts))

    def summary_text(self, plan: Plan) -> str:
        """What the plan comes to, or — when it proposes nothing — why, and what to do."""
        locale = QLocale()
        if plan.proposed_count:
            # Each count its own %n phrase, so every language gets its plural forms right;
            # the sentence around them only orders the phrases.
            new_visits = self.tr("%n new visit(s)", "", plan.proposed_count)
            # only the days that got new visits, and only their drives: days of booked
            # visits alone (or whose booked visits clash) are not part of the new plan
            days = self.tr("%n day(s)", "", len(plan.new_visit_days))
            unplanned = self.tr("%n account(s) not planned", "", len(plan.unplanned))
            return filled_in(
                self.tr("%1 over %2, about %3 km; %4."),
                new_visits,
                days,
                locale.toString(plan.new_km_shown),
                unplanned,
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
        # The reason most of the due accounts share (Counter keeps the first one met on a
        # tie): a clashing day is blamed only for the accounts it had room for.
        common = reasons.most_common(1)[0][0]
        if clashing and common is ReasonKind.DAYS_CLASH:
            return self.tr(
                "No new visits could be proposed: on %n day(s) the visits already booked "
                "cannot all be kept, and such days take no new ones. Move or cancel the "
                "clashing visits (see Why), or choose another period.",
                "",
                clashing,
            )
        example = next(u.reason for u in plan.unplanned if u.reason.kind is common)
        said = self.tr(
            "No new visits could be proposed (%n account(s) not planned). Most of those due "
            "were left out because of: %1.",
            "",
            len(plan.unplanned),
        ).replace("%1", user_text(example.text))
        if clashing:
            said += " " + self.tr(
                "Besides, on %n day(s) the visits already booked cannot all be kept: move or "
                "cancel the clashing visits (see Why).",
                "",
                clashing,
            )
        return said

    def discard(self) -> None:
        """Cancel: the settings changed since they were last remembered are forgotten, as
        Cancel forgets what was typed in every form."""
        self._discarding = True
        self.reject()

    def reject(self) -> None:
        """Esc or the window's close button: the settings as shown are remembered (a field
        showing a problem keeps its last good value), as Esc keeps what was typed in every
        form — nothing typed is lost by closing the dialog to look something up."""
        if not self._discarding:
            self.remember_settings()
        super().reject()

    def remember_settings(self) -> None:
        """Save the settings as shown, each field the planner cannot work with (a start
        place that cannot be read) at its last remembered value."""
        saved = saved_preferences()
        prefs = self.form.preferences().valid_else(saved)
        try:
            self.form.start_point()
        except ValueError:
            prefs = replace(prefs, start=saved.start)
        if prefs == saved:
            return
        try:
            save_planning_preferences(prefs)
        except OSError as exc:
            log.warning("the planning settings could not be saved: %s", exc)

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


def _start_accounts(workspace) -> StartAccounts:  # type: ignore[no-untyped-def]
    """The accounts the day may start from, found as the register forms find them."""

    def search(text: str) -> list[tuple[str, str]]:
        return [(hit.code, f"{hit.name} ({hit.code})") for hit in workspace.search.search(text, 20)]

    def label(code: str) -> str:
        return next((shown for found, shown in search(code) if found == code), "")

    return StartAccounts(search, label)
