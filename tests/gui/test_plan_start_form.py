"""Plan visits… → Start from: the first visit, home or office (typed as latitude,
longitude, with either decimal mark), or an account picked by name or code; Return at the
end of the day — checked next to the field, given to the planner and remembered."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from acct_desktop.domain.geo import haversine_km, road_km
from acct_desktop.domain.visit_planning import Plan
from acct_desktop.gui.dialogs.plan_dialog import PlanDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.planning_preferences import StartPoint, load_planning_preferences

MONDAY_MORNING = datetime(2026, 12, 21, 8, 0)
UTRECHT = (52.0907, 5.1214)


def planner_at(window: MainWindow) -> PlanDialog:
    dock = window.docks["visitCalendarDock"]
    dialog = PlanDialog(
        window.workspace,
        dock.background,
        lambda _ids: None,
        None,
        window,
        clock=lambda: MONDAY_MORNING,
    )
    dialog.show()
    return dialog


def proposed(qtbot, dialog: PlanDialog) -> Plan:  # type: ignore[no-untyped-def]
    dialog.plan = None
    dialog.propose()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    return dialog.plan


def choose(dialog: PlanDialog, kind: str) -> None:
    dialog.form.start_kind.setCurrentIndex(dialog.form.start_kind.findData(kind))


def test_home_is_typed_checked_next_to_the_field_and_remembered(qtbot, window: MainWindow) -> None:
    dialog = planner_at(window)
    form = dialog.form
    assert form.start_kind.currentData() == "first_visit"  # as before: no start point
    assert not form.start_place.isVisibleTo(dialog) and not form.start_account.isVisibleTo(dialog)
    assert not form.return_to_start.isEnabled()
    choose(dialog, "place")
    assert form.start_place.isVisibleTo(dialog) and form.return_to_start.isEnabled()
    assert form.start_place.placeholderText() == "10.7769, 106.7009"
    problem = dialog.findChild(QLabel, "error_start")
    for typed, said in (
        ("52.0907", "Enter the start as a latitude and a longitude, e.g. 10.7769, 106.7009."),
        ("152, 5", "A latitude is from -90 to 90 and a longitude from -180 to 180."),
    ):
        form.start_place.setText(typed)
        dialog.propose()
        assert problem.isVisibleTo(dialog) and problem.text() == said
        assert dialog.plan is None
    form.start_place.setText("52,0907; 5,1214")  # a decimal comma, as in Dutch or Vietnamese
    form.return_to_start.setChecked(False)
    plan = proposed(qtbot, dialog)
    assert not problem.isVisibleTo(dialog)
    assert all(day.return_km == 0 for day in plan.days)
    firsts = [d.visits[0] for d in plan.days if not d.visits[0].fixed and not d.warnings]
    names = {a.id: a for a in window.workspace.visit_planner.inputs(dialog.settings()).accounts}
    assert firsts
    for first in firsts:  # the first leg counts from Utrecht, not "0 km"
        shop = names[first.account_id]
        assert first.travel_km_from_previous == pytest.approx(
            road_km(haversine_km(*UTRECHT, shop.latitude, shop.longitude))
        )
    dialog.reject()
    saved = load_planning_preferences()
    assert saved.start == StartPoint(*UTRECHT) and saved.return_to_start is False

    again = planner_at(window)
    assert again.form.start_kind.currentData() == "place"
    assert again.form.start_place.text() == "52.0907, 5.1214"
    assert not again.form.return_to_start.isChecked()
    again.reject()


def test_an_account_is_picked_and_one_without_a_place_is_refused(
    qtbot, window: MainWindow, demo_db: Path
) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE account SET latitude = NULL, longitude = NULL WHERE code = 'NL000002'")
        located = conn.execute(
            "SELECT name, latitude, longitude FROM account WHERE code = 'NL000001'"
        ).fetchone()
    dialog = planner_at(window)
    form = dialog.form
    choose(dialog, "account")
    assert form.start_account.isVisibleTo(dialog) and not form.start_place.isVisibleTo(dialog)
    dialog.propose()
    problem = dialog.findChild(QLabel, "error_start")
    assert problem.text() == "Choose the account the day starts from."
    form.start_account.setText("NL000002")
    hits = form.start_account.run_search()
    code, label = next(hit for hit in hits if hit[0] == "NL000002")
    form.start_account.set_choice(code, label)
    dialog.propose()
    assert problem.isVisibleTo(dialog)
    assert problem.text().endswith("has no coordinates: the day cannot start there.")
    assert dialog.plan is None

    form.start_account.setText("NL000001")
    code, label = next(hit for hit in form.start_account.run_search() if hit[0] == "NL000001")
    form.start_account.set_choice(code, label)
    plan = proposed(qtbot, dialog)
    assert not problem.isVisibleTo(dialog)
    settings = dialog.settings()
    assert (settings.start_latitude, settings.start_longitude) == pytest.approx(located[1:])
    assert settings.return_to_start and any(day.return_km > 0 for day in plan.days)
    dialog.reject()

    again = planner_at(window)
    assert again.form.start_kind.currentData() == "account"
    assert again.form.start_account.value() == "NL000001"
    assert again.form.start_account.text() == f"{located[0]} (NL000001)"
    again.reject()
