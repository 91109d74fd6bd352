"""The Issues dock: the register across accounts, its filters, and undoable changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.text_search import fold
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.issue_form import IssueFormDialog
from acct_desktop.gui.docks.issues import IssuesDock
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.issue_columns import issue_label
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.issue_records import IssueRecords
from acct_desktop.services.issues import IssueFilter, IssueService
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

STATUS, RESPONSIBLE = 1, 6  # columns of the register


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    # The demo's "today", so which issues are overdue does not depend on the test date.
    ws.issues = IssueService(ws.db, today=lambda: DEMO_TODAY)
    ws.issue_records = IssueRecords(ws.db, actor="tester", today=lambda: DEMO_TODAY)
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace: Workspace) -> IssuesDock:
    issues = IssuesDock(CurrentAccount())
    issues.undo_stack = QUndoStack(issues)
    qtbot.addWidget(issues)
    issues.resize(1200, 500)
    issues.show()
    issues.set_workspace(workspace)
    yield issues
    issues.set_workspace(None)


def select_rows(dock: IssuesDock, *rows: int) -> None:
    selection = dock.view.selectionModel()
    selection.clear()
    for row in rows:
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        selection.select(dock.model.index(row, 0), flags)
    selection.setCurrentIndex(dock.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)


def shown_ids(dock: IssuesDock) -> set:
    return {row.id for row in dock.model.rows()}


def click(qtbot, dialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_open_issues_are_listed_with_overdue_ones_said_in_words(dock, workspace, qtmodeltester):
    qtmodeltester.check(dock.model)
    assert dock.shown_row_count() == workspace.issues.register_count(IssueFilter()) > 0
    overdue = [r for r, row in enumerate(dock.model.rows()) if row.overdue_on(DEMO_TODAY)]
    assert overdue, "the demo has issues past their deadline"
    for r in overdue:
        index = dock.model.index(r, STATUS)
        assert dock.model.data(index).endswith("· overdue")
        colour = dock.model.data(index, Qt.ItemDataRole.ForegroundRole)
        assert colour == QColor(TONE_COLOURS["overdue"])
    count = workspace.issues.overdue_count()
    assert f"● {count} past deadline" in dock.banner.text()
    assert {row.status for row in dock.model.rows()} <= {IssueStatus.OPEN, IssueStatus.IN_PROGRESS}


def test_closed_issues_are_green_and_named(dock, workspace):
    dock.status.setCurrentIndex(dock.status.findText(issue_label(IssueStatus.RESOLVED)))
    assert dock.shown_row_count() > 0
    index = dock.model.index(0, STATUS)
    assert dock.model.data(index) == "Resolved"
    assert dock.model.data(index, Qt.ItemDataRole.ForegroundRole) == QColor(TONE_COLOURS["done"])


def test_each_filter_narrows_the_list_as_the_service_counts(dock, workspace, qtbot):
    issues = workspace.issues
    everything = IssueFilter(statuses=frozenset())
    dock.status.setCurrentIndex(dock.status.findText("All statuses"))
    assert dock.shown_row_count() == issues.register_count(everything)
    assert dock.shown_row_count() > issues.register_count(IssueFilter())

    dock.overdue_only.setChecked(True)
    assert dock.shown_row_count() == issues.overdue_count() < issues.register_count(everything)
    dock.overdue_only.setChecked(False)

    dock.category.setCurrentIndex(dock.category.findData(IssueCategory.ACCOUNTING))
    accounting = IssueFilter(statuses=frozenset(), categories=frozenset({IssueCategory.ACCOUNTING}))
    assert 0 < dock.shown_row_count() == issues.register_count(accounting)
    dock.category.setCurrentIndex(0)

    qtbot.keyClicks(dock.responsible, "logis")  # typing waits for a pause before reading
    assert dock.shown_row_count() == issues.register_count(everything)
    wanted = IssueFilter(statuses=frozenset(), responsible="logis")
    qtbot.waitUntil(lambda: dock.shown_row_count() == issues.register_count(wanted))
    assert {row.responsible for row in dock.model.rows()} == {"Logistiek"}  # Dutch accounts
    dock.responsible.clear()

    chosen = dock.model.rows()[0]
    dock.current.set(chosen.account_id)
    dock.subtree_only.setChecked(True)
    below = IssueFilter(statuses=frozenset(), subtree_of=chosen.account_id)
    assert 0 < dock.shown_row_count() == issues.register_count(below)
    assert dock.shown_row_count() < issues.register_count(everything)
    dock.subtree_only.setChecked(False)

    cjk = next(row for row in dock.model.rows() if any(ord(c) > 0x3000 for c in row.description))
    fragment = cjk.description[:4]
    dock.search.insert(fragment)  # keyClicks cannot type CJK here
    found = IssueFilter(statuses=frozenset(), text=fragment)
    qtbot.waitUntil(lambda: dock.shown_row_count() == issues.register_count(found))
    assert cjk.id in shown_ids(dock)


def test_no_match_explains_what_to_do(dock, qtbot):
    dock.search.setText("no issue says this")
    qtbot.waitUntil(lambda: dock.shown_row_count() == 0)
    assert dock.table.empty.isVisible()
    assert "No issues match these filters" in dock.table.empty.text()


def test_ctrl_f_puts_the_cursor_in_the_search_box(dock, qtbot):
    dock.view.setFocus()
    dock.commands.find_action.trigger()
    assert dock.search.hasFocus() or dock.focusWidget() is dock.search


def test_new_issue_needs_a_current_account_and_says_so(dock):
    assert dock.current.id is None
    assert not dock.commands.new_action.isEnabled()
    assert "Choose an account first" in dock.commands.new_action.toolTip()
    dock.current.set(dock.model.rows()[0].account_id)
    assert dock.commands.new_action.isEnabled()


def test_a_new_issue_from_the_form_is_listed_and_undo_withdraws_it(dock, workspace, qtbot):
    account_id = dock.model.rows()[0].account_id
    dock.current.set(account_id)
    before = workspace.issues.register_count(IssueFilter())
    dialog = dock.commands.new_issue()
    assert dialog.raised_on.date() == QDate(DEMO_TODAY)
    assert dialog.deadline.date() == QDate(DEMO_TODAY + timedelta(days=14))
    dialog.category.setCurrentIndex(dialog.category.findData(IssueCategory.DELIVERY))
    dialog.description.setPlainText("Giao thiếu 3 thùng dầu 4 L; khách yêu cầu bù hàng.")
    dialog.responsible.insert("Logistics")
    with qtbot.waitSignal(dock.issues_changed) as signal:
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible()
    created = signal.args[0].issue_ids[0]
    assert created in shown_ids(dock)
    assert dock.selected_rows()[0].id == created
    assert workspace.issues.register_count(IssueFilter()) == before + 1
    dock.undo_stack.undo()
    assert created not in shown_ids(dock)
    assert workspace.issues.register_count(IssueFilter()) == before
    dock.undo_stack.redo()
    assert created in shown_ids(dock)


def test_a_bad_form_stays_open_and_says_what_is_wrong_next_to_the_field(dock, workspace, qtbot):
    dock.current.set(dock.model.rows()[0].account_id)
    dialog = dock.commands.new_issue()
    dialog.responsible.insert("客服部 王经理")
    dialog.raised_on.setDate(QDate(DEMO_TODAY - timedelta(days=3)))
    dialog.deadline.setDate(QDate(DEMO_TODAY - timedelta(days=10)))
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible() and dialog.result_change is None
    assert not dialog.errors["description"].isHidden()
    assert "Describe the problem" in dialog.errors["description"].text()
    assert "deadline cannot be before" in dialog.errors["deadline"].text()
    assert dialog.errors["responsible"].isHidden()
    assert dialog.responsible.text() == "客服部 王经理"  # nothing typed is lost
    assert dialog.deadline.date() == QDate(DEMO_TODAY - timedelta(days=10))
    dialog.description.setPlainText("客户反映新包装与旧包装颜色不同。")
    dialog.deadline.setDate(QDate(DEMO_TODAY + timedelta(days=7)))
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible() and dialog.result_change is not None


def test_resolution_is_asked_for_only_when_the_issue_closes(dock, qtbot):
    select_rows(dock, 0)
    dialog = dock.commands.edit_issue()
    assert not dialog.resolution.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData(IssueStatus.RESOLVED))
    assert dialog.resolution.isEnabled()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible()
    assert "Say how it was resolved" in dialog.errors["resolution"].text()
    dialog.reject()


def test_an_edit_is_undone(dock, workspace, qtbot):
    select_rows(dock, 1)
    row = dock.current_row()
    dialog = dock.commands.edit_issue()
    dialog.description.setPlainText(row.description + " Klant belde opnieuw.")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    records = workspace.issue_records
    assert records.draft(row.id)[0].description.endswith("belde opnieuw.")
    dock.undo_stack.undo()
    assert records.draft(row.id)[0].description == row.description


def test_an_undo_refused_after_someone_elses_change_is_said_and_the_list_reads_again(
    dock, workspace, qtbot, monkeypatch
):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    select_rows(dock, 1)
    row = dock.current_row()
    dialog = dock.commands.edit_issue()
    dialog.description.setPlainText(row.description + " Klant belde opnieuw.")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    steps = dock.undo_stack.count()
    # meanwhile a colleague hands the issue to someone else and archives its account
    colleague = IssueRecords(workspace.db, actor="colleague", today=lambda: DEMO_TODAY)
    draft = colleague.draft(row.id)[0]
    colleague.update(row.id, replace(draft, responsible="Pieter de Groot"), None)
    AccountRecords(workspace.db, "colleague").archive(row.account_id, with_below=True)
    dock.undo_stack.undo()  # the old description cannot go back on an archived account
    assert said and "archived" in said[0]
    assert dock.undo_stack.count() == steps - 1 and not dock.undo_stack.canRedo()
    shown = next(r for r in dock.model.rows() if r.id == row.id)
    assert shown.responsible == "Pieter de Groot"  # read again: the colleague's change shows


def test_bulk_edit_sets_the_responsible_on_three_issues_and_undo_restores_each(
    dock, workspace, qtbot
):
    records = workspace.issue_records
    select_rows(dock, 0)
    assert not dock.commands.bulk_action.isEnabled()
    select_rows(dock, 0, 2, 4)
    assert dock.commands.bulk_action.isEnabled()
    ids = [row.id for row in dock.selected_rows()]
    before = {issue_id: records.draft(issue_id)[0] for issue_id in ids}
    assert len({d.responsible for d in before.values()}) > 1
    dialog = dock.commands.bulk_edit()
    assert not dialog.responsible.isEnabled()
    dialog.set_responsible.setChecked(True)
    dialog.responsible.setText("Nguyễn Thị Lan")
    dialog.side.setCurrentIndex(dialog.side.findData(ResponsibleSide.CUSTOMER))
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert not dialog.isVisible()
    for issue_id in ids:
        draft = records.draft(issue_id)[0]
        assert (draft.responsible, draft.responsible_side) == (
            "Nguyễn Thị Lan",
            ResponsibleSide.CUSTOMER,
        )
        assert draft.deadline == before[issue_id].deadline  # unticked: left as it was
    assert {row.id for row in dock.selected_rows()} == set(ids)
    rows = {index.row() for index in dock.view.selectedIndexes()}
    shown = {dock.model.data(dock.model.index(row, RESPONSIBLE)) for row in rows}
    assert shown == {"Nguyễn Thị Lan (customer)"}
    dock.undo_stack.undo()
    assert {issue_id: records.draft(issue_id)[0] for issue_id in ids} == before
    dock.undo_stack.redo()
    assert {records.draft(issue_id)[0].responsible for issue_id in ids} == {"Nguyễn Thị Lan"}


def test_a_bulk_edit_problem_is_shown_in_the_dialog_and_nothing_changes(dock, workspace, qtbot):
    select_rows(dock, 0, 1)
    ids = [row.id for row in dock.selected_rows()]
    dialog = dock.commands.bulk_edit()
    dialog.set_status.setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData(IssueStatus.RESOLVED))
    assert dialog.resolution.isEnabled()
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible()
    assert "Say how it was resolved" in dialog.errors["resolution"].text()
    statuses = {workspace.issue_records.draft(i)[0].status for i in ids}
    assert IssueStatus.RESOLVED not in statuses
    dialog.reject()


def test_withdraw_removes_the_issue_and_undo_brings_it_back(dock, workspace, qtbot):
    select_rows(dock, 2)
    row = dock.current_row()
    before = workspace.issues.register_count(IssueFilter())
    dock.view.setFocus()
    with qtbot.waitSignal(dock.issues_changed):
        dock.commands.withdraw_action.trigger()
    assert row.id not in shown_ids(dock)
    assert workspace.issues.register_count(IssueFilter()) == before - 1
    dock.undo_stack.undo()
    assert row.id in shown_ids(dock)
    assert workspace.issues.register_count(IssueFilter()) == before


def test_go_to_account_makes_it_the_current_account(dock):
    select_rows(dock, 3)
    row = dock.current_row()
    seen = []
    dock.current.changed.connect(seen.append)
    dock.commands.goto_action.trigger()
    assert dock.current.id == row.account_id and seen == [row.account_id]


def test_the_context_menu_offers_the_row_commands(dock):
    texts = [action.text() for action in dock.commands.row_actions()]
    assert texts == ["New issue…", "Edit…", "Bulk edit…", "Withdraw", "Go to account", "History"]
    assert all(not action.icon().isNull() for action in dock.commands.row_actions())


def test_keys_work_where_users_expect_them(dock, qtbot):
    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    select_rows(dock, 0)
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dock.search.hasFocus()
    qtbot.keyClick(dock.search, Qt.Key.Key_Delete)  # deletes text, never an issue
    assert dock.shown_row_count() > 0 and dock.undo_stack.count() == 0
    dock.view.setFocus()
    row = dock.current_row()
    qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert row.id not in shown_ids(dock) and dock.undo_stack.count() == 1
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    edit = dock.findChild(IssueFormDialog)
    assert edit is not None and edit.isVisible() and "Edit issue" in edit.windowTitle()
    edit.reject()


def test_an_issue_can_say_at_which_visit_it_was_raised(dock, workspace, qtbot):
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with workspace.db.session() as session:
        account_id, visit_id = session.execute(
            select(m.Visit.account_id, m.Visit.id)
            .where(m.Visit.status == "done")
            .order_by(m.Visit.planned_start.desc())
            .limit(1)
        ).one()
    dock.current.set(account_id)
    dialog = dock.commands.new_issue()
    assert dialog.visit.count() > 1 and dialog.visit.currentData() is None
    # findData cannot compare Python objects such as UUIDs; look for it by hand.
    index = next(i for i in range(dialog.visit.count()) if dialog.visit.itemData(i) == visit_id)
    dialog.visit.setCurrentIndex(index)
    dialog.description.setPlainText("Oude en nieuwe verpakking door elkaar in het schap.")
    dialog.responsible.insert("Territory manager")
    with qtbot.waitSignal(dock.issues_changed) as signal:
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    with workspace.db.session() as session:
        issue = session.get(m.CustomerIssue, signal.args[0].issue_ids[0])
        assert issue.visit_id == visit_id


def test_an_issue_typed_but_not_saved_is_offered_back_after_a_crash(qtbot, dock) -> None:
    dock.current.set(dock.workspace.accounts.busiest_account_id())
    form = dock.commands.new_issue()
    assert form is not None and not form.restored
    form.description.setPlainText("Verpakking oud/nieuw door elkaar — 新旧包装混放")
    form.responsible.setText("Trần Thị Bình")
    qtbot.waitUntil(
        lambda: dock.workspace.form_drafts.get("issue", form.draft_keeper.key) is not None,
        timeout=5_000,
    )
    form.deleteLater()  # gone without Save or Cancel: the app crashed
    again = dock.commands.new_issue()
    assert again.restored
    assert again.description.toPlainText() == "Verpakking oud/nieuw door elkaar — 新旧包装混放"
    assert again.responsible.text() == "Trần Thị Bình"
    again.discard()
    assert dock.workspace.form_drafts.get("issue", again.draft_keeper.key) is None


def test_the_search_and_responsible_boxes_ignore_accents_and_case(dock, workspace, qtbot):
    """Typed without accents (as on a Dutch keyboard), "Ha Noi" finds Hà Nội, "cafe" finds
    café and "bo phan kho van" the Vietnamese warehouse team; "HÀ NỘI" finds them too."""
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with workspace.db.session() as session:
        hanoi = session.scalars(select(m.Account).where(m.Account.code == "VN000027")).one()
        assert "Hà Nội" in hanoi.name
        made = {}
        for number, account_id, description, responsible in (
            ("IS-2026-09001", hanoi.id, "Giao hàng trễ hai ngày", "Bộ phận kho vận"),
            ("IS-2026-09002", None, "De café-automaat is niet geleverd", "Logistiek"),
        ):
            issue = m.CustomerIssue(
                number=number,
                account_id=account_id
                or session.scalars(select(m.Account.id).where(m.Account.code == "NL000001")).one(),
                category=IssueCategory.DELIVERY,
                description=description,
                raised_on=DEMO_TODAY - timedelta(days=3),
                responsible=responsible,
                deadline=DEMO_TODAY + timedelta(days=10),
                status=IssueStatus.OPEN,
            )
            session.add(issue)
            session.flush()
            made[number] = issue.id
    dock.reload()
    issues = workspace.issues

    def shows(text: str = "", responsible: str = "") -> set:
        qtbot.waitUntil(lambda: not dock._search_timer.isActive())  # read after the pause
        assert dock.wanted() == IssueFilter(text=text, responsible=responsible)
        assert dock.shown_row_count() == issues.register_count(dock.wanted())
        return shown_ids(dock)

    qtbot.keyClicks(dock.search, "Ha Noi")
    found = shows("Ha Noi")
    assert made["IS-2026-09001"] in found and made["IS-2026-09002"] not in found
    assert all("ha noi" in fold(f"{r.account_name} {r.description}") for r in dock.model.rows())
    dock.search.clear()
    qtbot.keyClicks(dock.search, "cafe")
    assert shows("cafe") == {made["IS-2026-09002"]}
    dock.search.clear()
    dock.search.insert("HÀ NỘI")
    assert made["IS-2026-09001"] in shows("HÀ NỘI")
    dock.search.clear()
    qtbot.keyClicks(dock.responsible, "bo phan kho van")
    kept = shows(responsible="bo phan kho van")
    assert made["IS-2026-09001"] in kept
    assert {r.responsible for r in dock.model.rows()} == {"Bộ phận kho vận"}
