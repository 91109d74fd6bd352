"""Ctrl+H in the account tree, the quote builder, the issues list and the visit calendar
shows who changed the record, when and what, newest first, in the register's History
window (QA s23: with two managers on a team database nobody could see who changed an
account, a quote, an issue or a visit; only the price-policy register had a History)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog
from acct_desktop.services.account_edits import ProfileRecords
from acct_desktop.services.issue_records import IssueRecords
from acct_desktop.services.issues import OPEN_STATUSES
from acct_desktop.services.quote_builder import QuoteBuilder
from acct_desktop.services.visit_records import VisitRecords
from acct_desktop.store import models as m

COLLEAGUE = "Anna de Vries"  # the other manager on the team database


def ctrl_h(widget) -> AuditTrailDialog:  # type: ignore[no-untyped-def]
    before = set(QApplication.topLevelWidgets())
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AuditTrailDialog) and w not in before and w.isVisible()
    ]
    assert len(opened) == 1, "Ctrl+H opened no History window"
    return opened[0]


def newest(trail: AuditTrailDialog) -> tuple[str, str, str]:
    model = trail.model
    return tuple(model.index(0, column).data() for column in (1, 2, 3))  # type: ignore[return-value]


def close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AuditTrailDialog):
            widget.close()
            widget.deleteLater()


def test_ctrl_h_in_the_account_tree_shows_a_colleagues_profile_card_change(
    window: MainWindow,
) -> None:
    dock = window.docks["accountTreeDock"]
    db = window.workspace.db
    with db.session() as session:
        account = session.scalars(select(m.Account).order_by(m.Account.code).limit(1)).one()
        account_id, code, name = account.id, account.code, account.name
    records = ProfileRecords(db, COLLEAGUE)
    edit, version = records.draft(account_id)
    records.update(account_id, replace(edit, payment_terms="60 days net"), version)
    dock.reveal_in_hierarchy(account_id)
    assert dock.commands._selected().id == account_id

    trail = ctrl_h(dock.view)
    assert trail.windowTitle() == f"History of {name} ({code})"
    who, what, change = newest(trail)
    assert (who, what) == (COLLEAGUE, "Payment terms")
    assert change.endswith("→ 60 days net")
    assert dock.commands.history_action in dock.actions()
    close_all()


def test_ctrl_h_in_the_issues_list_shows_who_changed_the_issue(window: MainWindow) -> None:
    dock = window.docks["issuesDock"]
    dock.show()
    db = window.workspace.db
    with db.session() as session:
        issue = session.scalars(
            select(m.CustomerIssue)
            .where(m.CustomerIssue.status.in_(OPEN_STATUSES))
            .order_by(m.CustomerIssue.number)
        ).first()
        issue_id, number = issue.id, issue.number
    records = IssueRecords(db, actor=COLLEAGUE)
    draft, version = records.draft(issue_id)
    records.update(issue_id, replace(draft, responsible="Trần Minh"), version)
    dock.reload()
    dock.select_issues((issue_id,))
    assert dock.current_row() is not None and dock.current_row().id == issue_id

    trail = ctrl_h(dock.view)
    assert trail.windowTitle() == f"History of {number}"
    who, what, change = newest(trail)
    assert (who, what) == (COLLEAGUE, "Responsible")
    assert change.endswith("→ Trần Minh")
    assert dock.commands.history_action in dock.commands.row_actions()
    close_all()


def test_ctrl_h_in_the_quote_builder_shows_the_open_quotes_changes(window: MainWindow) -> None:
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.raise_()
    dock.commands.new_quote()
    quote = dock.editor.view
    assert quote is not None
    workspace = window.workspace
    colleague = QuoteBuilder(
        workspace.db, workspace.pricing, lambda: COLLEAGUE, lambda: "T2", lambda: quote.quote_date
    )
    colleague.set_header(quote.id, payment_terms="30 days")

    trail = ctrl_h(dock.editor)
    assert trail.windowTitle() == f"History of {quote.number}"
    who, what, change = newest(trail)
    assert (who, what) == (COLLEAGUE, "Payment terms")
    assert change.endswith("→ 30 days")
    assert trail.model.rowCount() >= 2  # "Entered" by this manager, oldest, at the bottom
    assert trail.model.index(trail.model.rowCount() - 1, 2).data() == "Entered"
    assert dock.commands.actions["history"].shortcut().toString() == "Ctrl+H"
    close_all()


def test_ctrl_h_in_the_visit_calendar_shows_a_colleagues_status_change(
    window: MainWindow,
) -> None:
    from tests.gui.test_visit_calendar import dock_on_a_planned_visit

    dock, visit = dock_on_a_planned_visit(window)
    VisitRecords(window.workspace.db, COLLEAGUE).set_status(visit.id, VisitStatus.DONE)
    dock.reload()
    dock.week_view.select(visit.id)

    trail = ctrl_h(dock.week_view)
    assert trail.windowTitle().startswith("History of ")
    who, what, change = newest(trail)
    assert (who, what, change) == (COLLEAGUE, "Status", "Planned → Done")
    close_all()


def test_a_long_history_is_shown_a_page_at_a_time(qtbot) -> None:
    from datetime import datetime

    from acct_desktop.services.audit import AuditRow

    start = datetime(2026, 11, 1, 8, 0).astimezone()
    rows = [
        AuditRow(start - timedelta(minutes=n), COLLEAGUE, "notes", str(n), str(n + 1))
        for n in range(450)
    ]
    trail = AuditTrailDialog("History of a busy account", rows)
    qtbot.addWidget(trail)
    assert trail.model.rowCount() == 200 and trail.model.total() == 450
    assert trail.model.canFetchMore()
    trail.model.fetchMore()
    trail.model.fetchMore()
    assert trail.model.rowCount() == 450 and not trail.model.canFetchMore()
    assert trail.model.index(0, 3).data() == "0 → 1"  # the newest first, as given
