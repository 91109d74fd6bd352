"""Docks that only show what they read wait until they can be seen (``READS_WHEN_SEEN``)."""

from __future__ import annotations

from sqlalchemy import select

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.paging import PageRequest
from acct_desktop.store.models import Account


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
