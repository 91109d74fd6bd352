"""Docks that only show what they read wait until they can be seen (``READS_WHEN_SEEN``)."""

from __future__ import annotations

from sqlalchemy import select

from acct_desktop.domain.alerts import AlertKind
from acct_desktop.gui.docks.visit_calendar import ACCOUNT_LIST
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.plan_tree import NODE_ROLE
from acct_desktop.services.alerts import AlertService
from acct_desktop.services.issues import IssueFilter
from acct_desktop.services.paging import PageRequest
from acct_desktop.store.models import Account, RebateAgreement
from tests.conftest import DEMO_TODAY


def _behind_a_tab(qtbot, window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    dock = window.docks[name]
    window.docks["visitCalendarDock"].raise_()  # the default layout's front tab
    qtbot.waitUntil(dock.out_of_sight)
    return dock


def test_the_registers_behind_the_calendar_read_when_their_tab_is_chosen(
    qtbot, settings, demo_db
) -> None:
    from acct_desktop.app import open_workspace

    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    issues = _behind_a_tab(qtbot, window, "issuesDock")
    register = _behind_a_tab(qtbot, window, "policyRegisterDock")
    try:
        assert window.open_database(str(demo_db))
        assert issues.shown_row_count() == register.shown_row_count() == 0  # not read yet
        issues.raise_()  # the user clicks its tab
        qtbot.waitUntil(lambda: issues.shown_row_count() > 0)
        assert register.shown_row_count() == 0
        register.raise_()
        qtbot.waitUntil(lambda: register.shown_row_count() > 0)
    finally:
        window.set_workspace(None)


def _policy_count(window: MainWindow, account_id) -> int:  # type: ignore[no-untyped-def]
    return len(window.workspace.policies.price_policies(account_id, PageRequest(0, 500)))


def test_an_account_chosen_while_the_register_was_hidden_is_shown_when_it_is_seen(
    qtbot, window: MainWindow
) -> None:
    register = window.docks["policyRegisterDock"]
    assert register.only_current.isChecked()  # what applies to the current account
    first = window.current.id
    with window.workspace.db.session() as session:
        ids = session.scalars(select(Account.id).order_by(Account.name).limit(200)).all()
    other = next(i for i in ids if _policy_count(window, i) != _policy_count(window, first))
    register = _behind_a_tab(qtbot, window, "policyRegisterDock")
    window.current.set(other)  # a click in the account tree
    assert register._stale
    register.raise_()
    qtbot.waitUntil(lambda: register.policies.rowCount() == _policy_count(window, other))
    assert not register._stale
    window.current.set(first)  # seen now: read at once
    assert register.policies.rowCount() == _policy_count(window, first)


def test_an_alert_opens_its_record_in_a_dock_that_was_behind_another_tab(
    qtbot, window: MainWindow
) -> None:
    workspace = window.workspace
    with workspace.db.session() as session:
        rebate_id, account_id = session.execute(
            select(RebateAgreement.id, RebateAgreement.account_id).limit(1)
        ).one()
    register = _behind_a_tab(qtbot, window, "policyRegisterDock")
    window._open_alert(AlertKind.REBATE_LATE, account_id, rebate_id)
    assert register.current_row("rebate").id == rebate_id  # read and selected at once

    issue = workspace.issues.register(IssueFilter(), PageRequest(0, 1))[0]
    issues = _behind_a_tab(qtbot, window, "issuesDock")
    window._open_alert(AlertKind.ISSUE_OVERDUE, issue.account_id, issue.id)
    assert issues.model.rows()[issues.view.currentIndex().row()].id == issue.id

    # an overdue visit: the account's own visits, not a week without them
    overdue = AlertService(workspace.db, "test").alerts(DEMO_TODAY)
    visit_alert = next(a for a in overdue if a.kind is AlertKind.VISIT_OVERDUE)
    calendar = window.docks["visitCalendarDock"]
    window.docks["quoteBuilderDock"].raise_()  # the calendar behind another tab
    window._open_alert(AlertKind.VISIT_OVERDUE, visit_alert.account_id, visit_alert.object_id)
    assert calendar.scope.currentIndex() == ACCOUNT_LIST
    qtbot.waitUntil(lambda: calendar.shown_row_count() > 0)
    assert {row.account_id for row in calendar.model.rows()} == {visit_alert.account_id}


def test_plan_vs_actual_seen_again_after_an_account_click_only_selects_the_account(
    qtbot, window: MainWindow
) -> None:
    plan = window.docks["planActualDock"]
    with qtbot.waitSignal(plan.loaded, timeout=15_000):
        plan.raise_()  # its first look reads the figures
    shown = [plan.model.index(r, 0).data() for r in range(plan.model.rowCount())]
    reads: list[bool] = []
    plan.reload_all = lambda: reads.append(True)  # type: ignore[method-assign]
    plan = _behind_a_tab(qtbot, window, "planActualDock")
    top = plan.model.index(1, 0).data(NODE_ROLE).account_id
    window.current.set(top)
    plan.raise_()
    qtbot.waitUntil(lambda: plan.selected_node() is not None)
    assert plan.selected_node().account_id == top
    assert not reads  # the figures were not read again for a click
    assert [plan.model.index(r, 0).data() for r in range(plan.model.rowCount())] == shown
