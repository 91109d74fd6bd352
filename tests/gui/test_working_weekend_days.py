"""China's official working weekend days (调休) in *Plan visits…* and the calendar: on
Friday 2 October 2026 a manager in China plans next week, which ends with Saturday
10 October, a working day (6–7 October are National Day holidays)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from acct_desktop.gui.dialogs.plan_dialog import PlanDialog
from acct_desktop.gui.docks.visit_calendar import WEEK, WORK_WEEK
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.planning_preferences import (
    PlanningPreferences,
    load_planning_preferences,
    save_planning_preferences,
)
from acct_desktop.store import models as m

FRIDAY_MORNING = datetime(2026, 10, 2, 9, 0)
MONDAY = date(2026, 10, 5)
SATURDAY = date(2026, 10, 10)  # a working day in China


def planner_at(window: MainWindow, moment: datetime = FRIDAY_MORNING) -> PlanDialog:
    dock = window.docks["visitCalendarDock"]
    dialog = PlanDialog(
        window.workspace, dock.background, lambda _ids: None, None, window, clock=lambda: moment
    )
    dialog.show()
    return dialog


def proposed_days(qtbot, dialog: PlanDialog) -> set[date]:  # type: ignore[no-untyped-def]
    dialog.plan = None
    dialog.propose()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    return {v.day for v in dialog.plan.visits if not v.fixed}


def test_the_working_saturday_is_offered_shown_planned_and_can_be_turned_off(
    qtbot, window: MainWindow
) -> None:
    save_planning_preferences(PlanningPreferences(country="CN"))
    dialog = planner_at(window)
    form = dialog.form
    assert form.period() == (MONDAY, SATURDAY)  # the week offered runs to the Saturday
    assert form.working_weekends_row.isVisibleTo(dialog)
    assert form.working_weekends.isChecked()
    assert form.working_weekend_days.text() == "in this period: Sat 10 Oct"
    assert SATURDAY in proposed_days(qtbot, dialog)
    rows = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert rows["Saturday, 10 October 2026"].text(3) == "official working weekend day"

    form.working_weekends.setChecked(False)
    assert SATURDAY not in proposed_days(qtbot, dialog)
    assert load_planning_preferences().official_working_weekends is False
    dialog.reject()


def test_a_country_without_them_shows_no_tick_box_and_plans_no_saturday(
    qtbot, window: MainWindow
) -> None:
    save_planning_preferences(PlanningPreferences(country="NL"))
    dialog = planner_at(window)
    assert dialog.form.period() == (MONDAY, date(2026, 10, 9))
    assert not dialog.form.working_weekends_row.isVisibleTo(dialog)
    dialog.last.setDate(SATURDAY)
    assert SATURDAY not in proposed_days(qtbot, dialog)
    # Choosing China shows it, with the days of the period.
    dialog.form.country.setCurrentIndex(dialog.form.country.findData("CN"))
    assert dialog.form.working_weekends_row.isVisibleTo(dialog)
    assert dialog.form.working_weekend_days.text() == "in this period: Sat 10 Oct"
    dialog.reject()


def test_the_calendar_takes_the_working_saturday_as_a_working_day(
    qtbot, window: MainWindow
) -> None:
    dock = window.docks["visitCalendarDock"]
    with window.workspace.db.session() as session:
        account_id = session.scalars(select(m.Account.id).limit(1)).one()
    start = datetime.combine(SATURDAY, time(10)).astimezone()
    window.workspace.visit_records.plan(account_id, start, start.replace(hour=11))
    dock.day = date(2026, 10, 8)
    dock.scope.setCurrentIndex(WEEK)

    save_planning_preferences(PlanningPreferences(country="NL"))
    dock.reload()
    saturday = [b for b in dock.week_view.blocks if b.start.date() == SATURDAY]
    assert saturday and "on a day off" in saturday[0].problems
    dock.scope.setCurrentIndex(WORK_WEEK)
    assert dock.shown_period() == (MONDAY, 5)

    save_planning_preferences(PlanningPreferences(country="CN"))
    dock.reload()
    assert dock.shown_period() == (MONDAY, 6)  # the work week runs to the Saturday
    saturday = [b for b in dock.week_view.blocks if b.start.date() == SATURDAY]
    assert saturday and "on a day off" not in saturday[0].problems
