"""Visit → Plan visits…: what the dialog says when planning fails, is cancelled or finds
nothing to do, and how a plan's days read in Vietnamese."""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog, QPushButton

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

    def slow(_settings, _ids, today=None, progress=None):  # type: ignore[no-untyped-def]
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
    full = UnplannedAccount(garage, Reason(ReasonKind.NO_CAPACITY))
    dialog.show_plan(Plan((day,), (full,)), {})
    assert dialog.summary.text().startswith(
        "No new visits could be proposed: on 1 day(s) the visits already booked cannot all be kept"
    )
    closed = UnplannedAccount(garage, Reason(ReasonKind.CLOSED_ON_ALL_WORKING_DAYS))
    dialog.show_plan(Plan((), (closed,)), {})
    assert dialog.summary.text().endswith(
        "left out because of: closed on all working days of this period."
    )
    assert not dialog.accept_button.isEnabled()
