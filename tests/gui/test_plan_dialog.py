"""Visit → Plan visits…: what the dialog says when planning fails, is cancelled or finds
nothing to do, how a plan's days read in Vietnamese; the working pattern (lunch, working
days, public holidays, days off) set, checked and remembered, today planned after now, and
the accounts left out listed."""

from __future__ import annotations

import logging
import re
import threading
import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTime, QTranslator
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton

from acct_desktop.domain.visit_planning import (
    Plan,
    PlanCancelled,
    PlannedDay,
    ProposedVisit,
    Reason,
    ReasonKind,
    UnplannedAccount,
)
from acct_desktop.gui.dialogs.plan_dialog import PlanDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.sentences import user_text
from acct_desktop.services.planning_preferences import (
    DaysOff,
    PlanningPreferences,
    save_planning_preferences,
)

THURSDAY = date(2026, 11, 26)


def open_planner(window: MainWindow) -> PlanDialog:
    dialog = window.docks["visitCalendarDock"].open_planner()
    assert dialog is not None
    return dialog


def test_a_planner_failure_says_what_went_wrong_not_that_it_was_cancelled(
    qtbot, window: MainWindow, monkeypatch, caplog
) -> None:
    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("a fixed visit ends after it starts, on the same day")

    monkeypatch.setattr(window.workspace.visit_planner, "propose", broken)
    dialog = open_planner(window)
    with caplog.at_level(logging.ERROR):
        dialog.propose()
        qtbot.waitUntil(dialog.propose_button.isEnabled, timeout=10_000)
    said = dialog.summary.text()
    assert "cancelled" not in said.lower()
    assert said.startswith("The plan could not be made")
    assert "a fixed visit ends after it starts" in said
    assert "Traceback" not in said and "ValueError" not in said
    assert any(r.exc_info and "ends after it starts" in str(r.exc_info[1]) for r in caplog.records)
    assert dialog.findChild(QProgressDialog).isHidden()


def test_cancel_while_planning_says_it_was_cancelled(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    started, go_on = threading.Event(), threading.Event()

    def slow(_settings, _ids, today=None, progress=None, now=None):  # type: ignore[no-untyped-def]
        started.set()
        go_on.wait(10)
        if progress is not None and progress(0, 1) is False:
            raise PlanCancelled
        raise AssertionError("the planner should have been told to stop")

    monkeypatch.setattr(window.workspace.visit_planner, "propose", slow)
    dialog = open_planner(window)
    dialog.propose()
    assert started.wait(10)
    progress = dialog.findChild(QProgressDialog)
    progress.findChild(QPushButton).click()  # Cancel
    go_on.set()
    qtbot.waitUntil(dialog.propose_button.isEnabled, timeout=10_000)
    assert dialog.summary.text() == "Planning was cancelled; nothing was changed."


def _visit(account: uuid.UUID, start: time, end: time, fixed: bool) -> ProposedVisit:
    reasons = (Reason(ReasonKind.FIXED_APPOINTMENT),) if fixed else (Reason(ReasonKind.DUE),)
    return ProposedVisit(
        account,
        THURSDAY,
        datetime.combine(THURSDAY, start),
        datetime.combine(THURSDAY, end),
        1,
        3.0,
        5,
        reasons,
        fixed=fixed,
    )


def test_whole_dates_and_warnings_show_in_vietnamese(qtbot, window: MainWindow, vietnamese) -> None:
    garage, shop = uuid.uuid4(), uuid.uuid4()
    clash = Reason(ReasonKind.APPOINTMENTS_CLASH, minutes=135, count=3)
    day = PlannedDay(
        THURSDAY,
        (_visit(garage, time(9), time(10), True), _visit(shop, time(10), time(11), True)),
        0.0,
        0,
        datetime.combine(THURSDAY, time(11)),
        warnings=(clash,),
    )
    dialog = open_planner(window)
    dialog.show_plan(Plan((day,), ()), {garage: "Gara Tâm An", shop: "Cửa hàng Hoàng Gia"})
    tree = dialog.tree
    head = tree.topLevelItem(0)
    assert "Thứ Năm" in head.text(0)
    assert tree.sizeHintForColumn(0) <= tree.columnWidth(0), "the date is cut off"
    warning = user_text(clash.text)
    assert warning != clash.text, "the warning is in Vietnamese"
    assert head.text(3) == warning
    assert all(head.toolTip(column) == warning for column in range(4))
    qtbot.addWidget(dialog)


def test_planning_an_empty_database_says_what_to_do(qtbot, settings, tmp_path: Path) -> None:
    from acct_desktop.app import open_workspace

    empty = MainWindow(settings, open_workspace)
    qtbot.addWidget(empty)
    empty.show()
    assert empty.open_database(str(tmp_path / "empty.acctdb"))
    dialog = open_planner(empty)
    dialog.propose()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    said = dialog.summary.text()
    assert "0 new visits" not in said
    assert said == "There are no accounts to plan yet: add or import accounts first."
    assert not dialog.accept_button.isEnabled()
    empty.set_workspace(None)


def test_a_plan_with_nothing_new_says_why(qtbot, window: MainWindow) -> None:
    garage = uuid.uuid4()
    dialog = open_planner(window)
    not_due = UnplannedAccount(garage, Reason(ReasonKind.NOT_DUE, on=THURSDAY))
    dialog.show_plan(Plan((), (not_due,)), {})
    assert dialog.summary.text().startswith("None of the accounts is due for a visit")
    assert "Visit cycles…" in dialog.summary.text()

    clash = Reason(ReasonKind.APPOINTMENTS_CLASH, minutes=30, count=1)
    day = PlannedDay(THURSDAY, (), 0.0, 0, datetime.combine(THURSDAY, time(17)), (clash,))
    blocked = UnplannedAccount(uuid.uuid4(), Reason(ReasonKind.DAYS_CLASH, count=1))
    dialog.show_plan(Plan((day,), (blocked,)), {})
    assert dialog.summary.text().startswith(
        "No new visits could be proposed: on 1 day(s) the visits already booked cannot all be kept"
    )
    # One clashing day had room for one account; the other 146 did not fit the period: the
    # summary names that, and the clash besides (not the clash for all of them).
    full = [UnplannedAccount(uuid.uuid4(), Reason(ReasonKind.NO_CAPACITY)) for _ in range(146)]
    dialog.show_plan(Plan((day,), (blocked, *full)), {})
    said = dialog.summary.text()
    assert said.startswith("No new visits could be proposed (147 account(s) not planned).")
    assert "left out because of: no capacity left in this period." in said
    assert said.endswith(
        "Besides, on 1 day(s) the visits already booked cannot all be kept: move or cancel "
        "the clashing visits (see Why)."
    )
    closed = UnplannedAccount(garage, Reason(ReasonKind.CLOSED_ON_ALL_WORKING_DAYS))
    dialog.show_plan(Plan((), (closed,)), {})
    assert dialog.summary.text().endswith(
        "left out because of: closed on all working days of this period."
    )
    assert not dialog.accept_button.isEnabled()


# -- the working pattern, days off, today after now, the accounts left out ---------------------

MONDAY_MORNING = datetime(2026, 12, 21, 10, 7)  # Christmas week; the manager plans at 10:07


def planner_at(window: MainWindow, moment: datetime = MONDAY_MORNING) -> PlanDialog:
    dock = window.docks["visitCalendarDock"]
    dialog = PlanDialog(
        window.workspace, dock.background, lambda _ids: None, None, window, clock=lambda: moment
    )
    dialog.show()
    return dialog


def proposed(qtbot, dialog: PlanDialog) -> Plan:
    dialog.plan = None
    dialog.propose()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    return dialog.plan


def test_lunch_and_working_days_are_set_checked_next_to_the_field_and_remembered(
    qtbot, window: MainWindow
) -> None:
    dialog = planner_at(window)
    form = dialog.form
    assert dialog.first.date().toPython() == date(2026, 12, 21)  # a Monday: this week
    form.lunch.setChecked(True)
    form.lunch_from.setTime(QTime(12, 0))
    form.lunch_to.setTime(QTime(11, 30))
    for button in form.weekdays:
        button.setChecked(False)
    dialog.propose()
    lunch_problem = dialog.findChild(QLabel, "error_lunch")
    weekdays_problem = dialog.findChild(QLabel, "error_weekdays")
    assert lunch_problem.isVisibleTo(dialog)
    assert lunch_problem.text() == "The lunch break must end after it starts."
    assert weekdays_problem.text() == "Choose at least one working day."
    assert dialog.plan is None and dialog.propose_button.isEnabled()  # nothing was proposed

    form.lunch_to.setTime(QTime(13, 0))
    for weekday in range(6):  # Monday to Saturday
        form.weekdays[weekday].setChecked(True)
    form.country.setCurrentIndex(form.country.findData(None))
    dialog.last.setDate(QDate(2026, 12, 26))
    plan = proposed(qtbot, dialog)
    assert not lunch_problem.isVisibleTo(dialog) and not weekdays_problem.isVisibleTo(dialog)
    new = [v for v in plan.visits if not v.fixed]
    assert date(2026, 12, 26) in {v.day for v in new}, "Saturday is a working day"
    for visit in new:  # none over lunch
        assert not (visit.start.time() < time(13) and visit.end.time() > time(12))
    dialog.reject()

    again = planner_at(window)
    assert again.form.lunch.isChecked()
    assert again.form.lunch_from.time() == QTime(12, 0)
    assert again.form.lunch_to.time() == QTime(13, 0)
    assert [b.isChecked() for b in again.form.weekdays] == [True] * 6 + [False]
    assert again.last.date().toPython() == date(2026, 12, 26)  # the week up to Saturday
    assert again.form.country.currentData() is None
    again.reject()


def test_holidays_and_days_off_are_skipped_and_said(qtbot, window: MainWindow) -> None:
    save_planning_preferences(
        PlanningPreferences(
            country="NL", days_off=(DaysOff(date(2026, 12, 24), date(2026, 12, 24), "training"),)
        )
    )
    dialog = planner_at(window)
    assert dialog.form.country.currentData() == "NL"
    assert dialog.form.days_off_button.text() == "Days off… (1)"
    plan = proposed(qtbot, dialog)
    new_days = {v.day for v in plan.visits if not v.fixed}
    assert new_days and not new_days & {date(2026, 12, 24), date(2026, 12, 25)}
    assert dialog.skipped.isVisibleTo(dialog)
    assert dialog.skipped.text() == (
        "No new visits on: Thu 24 Dec — day off: training; Fri 25 Dec — Christmas Day"
    )
    rows = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert rows["Friday, 25 December 2026"].text(3) == "Christmas Day: no new visits"
    assert rows["Thursday, 24 December 2026"].childCount() == 0
    # Monday's new visits start after 10:07, at the quarter hour at the earliest.
    monday = [v for v in plan.visits if v.day == date(2026, 12, 21) and not v.fixed]
    assert monday and min(v.start for v in monday) >= datetime(2026, 12, 21, 10, 15)
    dialog.reject()


def test_days_off_are_entered_checked_in_their_row_and_kept(qtbot, window: MainWindow) -> None:
    dialog = planner_at(window)
    dialog.form.edit_days_off()
    days = dialog.form.last_dialog
    row = days.add_row(DaysOff(date(2026, 12, 28), date(2026, 12, 31)))
    row.note.setText("leave")
    row.last.setDate(QDate(2026, 12, 20))
    days.accept()
    assert days.isVisible() and row.problem.isVisibleTo(days)
    assert row.problem.text() == "A day off must end on or after its first day."
    row.last.setDate(QDate(2026, 12, 31))
    days.accept()
    assert not days.isVisible()
    assert dialog.form.days_off == (DaysOff(date(2026, 12, 28), date(2026, 12, 31), "leave"),)
    assert dialog.form.days_off_button.text() == "Days off… (1)"
    dialog.last.setDate(QDate(2026, 12, 31))
    plan = proposed(qtbot, dialog)
    assert [s.day.day for s in plan.skipped if s.reason.kind is ReasonKind.DAY_OFF] == [
        28,
        29,
        30,
        31,
    ]
    assert "Mon 28 Dec – Thu 31 Dec — day off: leave" in dialog.skipped.text()
    dialog.reject()
    assert planner_at(window).form.days_off == dialog.form.days_off  # remembered


def test_the_accounts_left_out_are_listed_by_reason(qtbot, window: MainWindow) -> None:
    garage, shop, depot, far = (uuid.uuid4() for _ in range(4))
    unplanned = (
        UnplannedAccount(garage, Reason(ReasonKind.NOT_DUE, on=date(2027, 1, 4))),
        UnplannedAccount(shop, Reason(ReasonKind.NO_CAPACITY)),
        UnplannedAccount(depot, Reason(ReasonKind.NO_CAPACITY)),
        UnplannedAccount(far, Reason(ReasonKind.DOES_NOT_FIT_A_DAY)),
    )
    names = {garage: "Garage Oost", shop: "Bandenhuis Zuid", depot: "Depot Noord", far: "Verweg"}
    dialog = planner_at(window)
    dialog.show_plan(Plan((), unplanned), names)
    assert dialog.tabs.tabText(1) == "Not planned (4)"
    tree = dialog.not_planned
    heads = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [h.text(0) for h in heads] == [
        "No capacity left in this period (2 account(s))",
        "Cannot be reached and visited within a working day (1 account(s))",
        "Not due in this period (1 account(s))",
    ]
    assert [heads[0].child(i).text(0) for i in range(2)] == ["Bandenhuis Zuid", "Depot Noord"]
    assert heads[0].isExpanded() and not heads[2].isExpanded()
    assert heads[2].child(0).text(1) == "not due in this period (next due Mon 4 Jan)"
    assert heads[0].child(0).text(1) == ""  # the heading says it already
    dialog.tabs.setCurrentIndex(1)
    tree.resize(600, 400)  # a laptop's share of the dialog: the headings are not cut off
    assert tree.isFirstColumnSpanned(0, tree.rootIndex())
    dialog.reject()


class _EnglishPlurals(QTranslator):
    """What an English numerus catalogue does: 1 visit, 2 visits (and records the calls)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, int]] = []

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        if context != "PlanDialog" or "%n" not in source:
            return None
        self.asked.append((source, n))
        return re.sub(r"\((\w+)\)", "" if n == 1 else r"\1", source).replace("%n", str(n))


def test_the_summary_counts_with_plural_forms(qtbot, window: MainWindow, qapp) -> None:
    shop = uuid.uuid4()
    visit = _visit(shop, time(9), time(10), False)
    day = PlannedDay(THURSDAY, (visit,), 0.0, 0, datetime.combine(THURSDAY, time(10)))
    full = UnplannedAccount(uuid.uuid4(), Reason(ReasonKind.NO_CAPACITY))
    plurals = _EnglishPlurals()
    qapp.installTranslator(plurals)
    try:
        dialog = planner_at(window)
        assert dialog.summary_text(Plan((day,), (full,))) == (
            "1 new visit over 1 day, about 3 km; 1 account not planned."
        )
        two = Plan((day, replace(day, day=THURSDAY + timedelta(days=1))), (full, full))
        assert dialog.summary_text(two) == (
            "2 new visits over 2 days, about 6 km; 2 accounts not planned."
        )
        # Days of booked visits only (here far apart: 900 km) are not days of the new plan
        booked = _visit(uuid.uuid4(), time(9), time(10), True)
        far = PlannedDay(
            THURSDAY + timedelta(days=2), (booked,), 900.0, 0, datetime.combine(THURSDAY, time(10))
        )
        assert dialog.summary_text(Plan((day, far), (full,))) == (
            "1 new visit over 1 day, about 3 km; 1 account not planned."
        )
    finally:
        qapp.removeTranslator(plurals)
    assert ("%n new visit(s)", 1) in plurals.asked and ("%n day(s)", 2) in plurals.asked
    dialog.reject()


def test_accounts_left_out_because_booked_days_clash_say_so(qtbot) -> None:
    """Not "no capacity left" when the other days take no new visits because their booked
    visits clash: the group says how many days and what to do."""
    from acct_desktop.gui.dialogs.not_planned_list import NotPlannedList

    tree = NotPlannedList()
    qtbot.addWidget(tree)
    left = uuid.uuid4()
    tree.show_accounts(
        (UnplannedAccount(left, Reason(ReasonKind.DAYS_CLASH, count=3)),), {left: "Gara Tâm An"}
    )
    head = tree.topLevelItem(0)
    assert head.text(0).startswith("No room left: on 3 days the visits already booked clash")
    assert "no capacity" not in head.text(0)
    assert head.child(0).text(0) == "Gara Tâm An"


# -- settings changed, then the dialog closed without proposing -------------------------------


def _change_settings(dialog: PlanDialog) -> None:
    dialog.form.per_day.setValue(4)
    dialog.form.day_start.setTime(QTime(7, 30))
    dialog.form.speed.setValue(35.0)


def test_settings_changed_then_esc_are_there_when_the_dialog_opens_again(
    qtbot, window: MainWindow
) -> None:
    """Nothing typed is lost: Esc (or the window's close button) keeps the settings as
    shown, as Esc keeps a form's draft; Cancel forgets them, as in every form."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = open_planner(window)
    _change_settings(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = open_planner(window)
    assert again.form.per_day.value() == 4
    assert again.form.day_start.time() == QTime(7, 30)
    assert again.form.speed.value() == 35.0

    again.form.per_day.setValue(9)
    again.close()  # the window's close button
    third = open_planner(window)
    assert third.form.per_day.value() == 9

    third.form.per_day.setValue(2)
    third.buttons.button(third.buttons.StandardButton.Cancel).click()
    fourth = open_planner(window)
    assert fourth.form.per_day.value() == 9  # Cancel forgot the 2
    fourth.reject()


def test_a_setting_showing_a_problem_keeps_its_last_good_value_on_esc(
    qtbot, window: MainWindow
) -> None:
    dialog = open_planner(window)
    dialog.form.per_day.setValue(5)
    dialog.form.lunch.setChecked(True)
    dialog.form.lunch_from.setTime(QTime(13, 0))
    dialog.form.lunch_to.setTime(QTime(12, 0))  # ends before it starts
    dialog.form.start_kind.setCurrentIndex(dialog.form.start_kind.findData("place"))
    dialog.form.start_place.setText("not a place")
    dialog.reject()
    again = open_planner(window)
    assert again.form.per_day.value() == 5
    assert again.form.check()  # the lunch and the start as they were: nothing to correct
    again.reject()


def test_a_days_km_is_the_sum_of_the_rows_shown_under_it(qtbot, window: MainWindow) -> None:
    """Five legs of 10.4 km and 0.6 km back: the rows read 10 five times and 1 back to
    where the day started, the day 51 (the sum a reader checks), not 53; the summary adds
    the days as shown."""
    dialog = open_planner(window)
    start = datetime.combine(THURSDAY, time(9))
    visits = tuple(
        ProposedVisit(
            uuid.uuid4(),
            THURSDAY,
            start + timedelta(hours=n),
            start + timedelta(hours=n, minutes=45),
            n + 1,
            10.4,
            13,
            (Reason(ReasonKind.NEVER_VISITED),),
        )
        for n in range(5)
    )
    day = PlannedDay(THURSDAY, visits, 0.6, 1, start + timedelta(hours=5))
    dialog.show_plan(Plan((day,), ()), {})
    head = dialog.tree.topLevelItem(0)
    rows = [head.child(i) for i in range(head.childCount())]
    assert [row.text(2) for row in rows] == ["10"] * 5 + ["1"]
    assert rows[-1].text(1) == "Back to where the day started"
    assert head.text(2) == "51" == str(sum(int(row.text(2)) for row in rows))
    assert "about 51 km" in dialog.summary.text()
    dialog.reject()
