"""Keyboard habits a manager brings (UX.md): each key does what it does elsewhere, in the
dock that has the focus, with the dock's own commands."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bare(qtbot, settings: AppSettings) -> MainWindow:
    """A window with no database open: the welcome page."""
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.welcome.isVisible)
    yield window
    window.set_workspace(None)


def _double_click(view, index) -> None:  # type: ignore[no-untyped-def]
    """As a mouse does it: a view opens only the row the first press was on."""
    at = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)


def _focused(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


# -- the welcome page --


def test_ctrl_k_on_the_welcome_page_types_nowhere_unseen(bare: MainWindow, qtbot) -> None:
    focus = QApplication.focusWidget() or bare
    QTest.keyClick(focus, Qt.Key.Key_K, CTRL)
    field = bare.search_bar.field
    assert not field.hasFocus()
    QTest.keyClicks(QApplication.focusWidget() or bare, "wegwijs")
    assert field.text() == ""
    assert "needs a database" in bare.statusBar().currentMessage()


def test_ctrl_n_on_the_welcome_page_creates_a_database(
    bare: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new territory.acctdb"
    answer = staticmethod(lambda *_args, **_kwargs: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(bare.encryption_actions, "offer_for_new_database", lambda: None)
    _focused(qtbot, bare.welcome.demo_button)
    QTest.keyClick(bare.welcome.demo_button, Qt.Key.Key_N, CTRL)
    assert bare.workspace is not None
    assert Path(bare.workspace.label) == target


# -- account tree --


def _tree_row(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """The account tree with a top-level account chosen, the focus on it."""
    dock = window.docks["accountTreeDock"]
    view = dock.view
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    index = dock.model.index(0, 0)
    view.setCurrentIndex(index)
    _focused(qtbot, view)
    return dock, index


def test_enter_in_the_account_tree_opens_the_account(window: MainWindow, qtbot) -> None:
    dock, index = _tree_row(window, qtbot)
    account_id = dock.model.account_id(index)
    QTest.keyClick(dock.view, Qt.Key.Key_Return)
    assert window.current.id == account_id
    qtbot.waitUntil(lambda: window.card.isAncestorOf(QApplication.focusWidget()))


def test_double_click_in_the_account_tree_opens_the_account(window: MainWindow, qtbot) -> None:
    dock, index = _tree_row(window, qtbot)
    _double_click(dock.view, index)
    assert window.current.id == dock.model.account_id(index)
    qtbot.waitUntil(lambda: window.card.isAncestorOf(QApplication.focusWidget()))


def test_ctrl_p_in_the_account_tree_previews_the_price_list(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print with preview (UX.md): the price list's pages in the app's print preview; no
    file dialog until Save as PDF…."""
    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    asked: list[str] = []

    def ask(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dock, _index = _tree_row(window, qtbot)
    actions = window.print_actions
    QTest.keyClick(dock.view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=60_000)
    preview = actions.last_preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible() and preview.pages
    assert asked == []
    preview.close()


def _open_account_forms(window: MainWindow) -> list:  # type: ignore[type-arg]
    from acct_desktop.gui.dialogs.account_form import AccountFormDialog

    return [d for d in window.findChildren(AccountFormDialog) if d.isVisible()]


def test_the_tree_keys_work_from_its_search_box_but_leave_it_its_text(
    window: MainWindow, qtbot
) -> None:
    """Ctrl+N anywhere in the dock; F2 and Delete in the search box are the box's (Delete
    deletes text, never archives the row behind it); F2 from the dock's other widgets
    edits the current row."""
    dock, index = _tree_row(window, qtbot)
    account_id = dock.model.account_id(index)
    box = dock.search_box
    _focused(qtbot, box)
    QTest.keyClicks(box, "abc")
    QTest.keyClick(box, Qt.Key.Key_Home)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_F2)
    assert box.text() == "bc" and _open_account_forms(window) == []
    assert not window.workspace.accounts.profile(account_id).archived
    QTest.keyClick(box, Qt.Key.Key_N, CTRL)
    forms = _open_account_forms(window)
    assert [f.windowTitle() for f in forms] == ["New account"]
    forms[0].reject()
    box.clear()
    dock.view.setCurrentIndex(dock.model.index(0, 0))
    _focused(qtbot, dock.filter_button)
    QTest.keyClick(dock.filter_button, Qt.Key.Key_F2)
    forms = _open_account_forms(window)
    assert [f.windowTitle() for f in forms] == ["Edit account"]
    forms[0].reject()


def test_delete_in_the_search_hits_never_archives_the_row_behind_them(
    window: MainWindow, qtbot
) -> None:
    """The hit highlighted in the search's list is not the tree's current row: Delete and
    F2 there do nothing to the row behind (Enter shows the hit in the tree first)."""
    dock, index = _tree_row(window, qtbot)
    behind = dock.model.account_id(index)
    name = window.workspace.accounts.profile(behind).name
    dock.search_box.setText(name.split()[-1][:3])
    dock.run_search()
    qtbot.waitUntil(dock.hit_view.isVisible)
    _focused(qtbot, dock.hit_view)
    QTest.keyClick(dock.hit_view, Qt.Key.Key_Delete)
    QTest.keyClick(dock.hit_view, Qt.Key.Key_F2)
    assert not window.workspace.accounts.profile(behind).archived
    assert _open_account_forms(window) == []


def test_ctrl_n_in_an_empty_database_opens_the_new_account_form(
    qtbot, settings: AppSettings, tmp_path: Path
) -> None:
    """No rows yet ("No accounts yet" and its buttons instead): Ctrl+N, as the button says."""
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(tmp_path / "territory.acctdb"))
    window.dismiss_welcome()
    dock = window.docks["accountTreeDock"]
    qtbot.waitUntil(dock.no_accounts.isVisible)
    button = dock.no_accounts.buttons[-1]
    assert button.text() == "New account… (Ctrl+N)"
    _focused(qtbot, button)
    QTest.keyClick(button, Qt.Key.Key_N, CTRL)
    forms = _open_account_forms(window)
    assert [f.windowTitle() for f in forms] == ["New account"]
    forms[0].reject()
    window.set_workspace(None)


# -- plan vs actual --


def _plan_row(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """Plan vs actual in sight, an account row chosen, the focus on it."""
    dock = window.docks["planActualDock"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0, timeout=20000)
    view = dock.tree
    index = dock.model.index(0, 0)
    while dock.selected_node() is None or dock.selected_node().kind != "account":
        view.setCurrentIndex(index)
        if dock.selected_node().kind == "account":
            break
        view.expand(index)
        index = dock.model.index(0, 0, index)
    _focused(qtbot, view)
    return dock


def test_enter_in_plan_vs_actual_opens_the_account(window: MainWindow, qtbot) -> None:
    dock = _plan_row(window, qtbot)
    wanted = dock.selected_node().account_id
    window.current.set(None)
    QTest.keyClick(dock.tree, Qt.Key.Key_Return)
    assert window.current.id == wanted
    qtbot.waitUntil(lambda: window.card.isAncestorOf(QApplication.focusWidget()))


def test_ctrl_p_in_plan_vs_actual_opens_the_monthly_summary(window: MainWindow, qtbot) -> None:
    dock = _plan_row(window, qtbot)
    QTest.keyClick(dock.tree, Qt.Key.Key_P, CTRL)
    dialog = getattr(window, "monthly_summary_dialog", None)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# -- contact map --


def _map_with_people(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    from tests.gui.test_contact_map import account_with_people, dock_of

    window.current.set(account_with_people(window))
    dock = dock_of(window)
    qtbot.waitUntil(lambda: len(dock.chart.cards) >= 3)
    return dock


def _choose_card(dock, qtbot):  # type: ignore[no-untyped-def]
    card = next(iter(dock.chart.cards.values()))
    dock.chart.scene().clearSelection()
    card.setSelected(True)
    _focused(qtbot, dock.chart)
    return card.person


def test_enter_on_a_map_card_edits_the_person(window: MainWindow, qtbot) -> None:
    dock = _map_with_people(window, qtbot)
    person = _choose_card(dock, qtbot)
    QTest.keyClick(dock.chart, Qt.Key.Key_Return)
    form = dock.last_dialog
    assert form is not None and form.isVisible()
    assert form.name.text() == person.name
    form.reject()


def test_delete_on_a_map_card_archives_with_undo(window: MainWindow, qtbot) -> None:
    dock = _map_with_people(window, qtbot)
    person = _choose_card(dock, qtbot)
    QTest.keyClick(dock.chart, Qt.Key.Key_Delete)
    assert person.id not in dock.chart.cards
    window.undo_stack.undo()
    assert person.id in dock.chart.cards


def test_ctrl_f_on_the_map_finds_a_person_folded(window: MainWindow, qtbot) -> None:
    dock = _map_with_people(window, qtbot)
    person = _choose_card(dock, qtbot)
    QTest.keyClick(dock.chart, Qt.Key.Key_F, CTRL)
    assert dock.find_box.hasFocus()
    word = max(person.name.split(), key=len)
    QTest.keyClicks(dock.find_box, word.upper())
    chosen = [c.person.id for c in dock.chart.cards.values() if c.isSelected()]
    assert len(chosen) == 1
    assert word.casefold() in dock.chart.cards[chosen[0]].person.name.casefold()
    for card in dock.chart.cards.values():  # the others dim
        found = word.casefold() in f"{card.person.name} {card.person.title}".casefold()
        assert card.dimmed is not found


def test_people_rows_edit_archive_and_offer_the_maps_menu(window: MainWindow, qtbot) -> None:
    dock = _map_with_people(window, qtbot)
    dock.tabs.setCurrentWidget(dock.table)
    view = dock.table.view
    qtbot.waitUntil(lambda: dock.model.rowCount() >= 3)
    index = dock.model.index(0, 0)
    view.setCurrentIndex(index)
    person = dock.model.row_object(0)
    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert dock.last_dialog.name.text() == person.name
    dock.last_dialog.reject()
    _double_click(view, index)
    assert dock.last_dialog.name.text() == person.name
    dock.last_dialog.reject()
    view.customContextMenuRequested.emit(view.visualRect(index).center())
    menu = dock.last_dialog
    texts = [a.text() for a in menu.actions()]
    assert "Edit…" in texts and "Remove from the map (archive)" in texts and "Copy" in texts
    menu.close()
    _focused(qtbot, view)
    view.setCurrentIndex(dock.model.index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert all(row.id != person.id for row in dock.model.rows())
    window.undo_stack.undo()
    assert any(row.id == person.id for row in dock.model.rows())


def test_ctrl_p_on_the_map_shows_a_print_preview(window: MainWindow, qtbot) -> None:
    """The app's print preview, as every other Print…: the map as a one-page PDF."""
    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    dock = _map_with_people(window, qtbot)
    _choose_card(dock, qtbot)
    QTest.keyClick(dock.chart, Qt.Key.Key_P, CTRL)
    preview = dock.last_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert len(preview.pages) == 1
    preview.reject()


# -- visit calendar --


def _calendar_on_a_visit(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    from tests.gui.test_visit_calendar import dock_on_a_planned_visit

    dock, visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    window.activateWindow()
    _focused(qtbot, view)
    view.select(visit.id)
    return dock, visit


def test_delete_on_a_visit_cancels_it_with_undo(window: MainWindow, qtbot) -> None:
    from acct_desktop.domain.enums import VisitStatus

    dock, visit = _calendar_on_a_visit(window, qtbot)
    QTest.keyClick(dock.week_view, Qt.Key.Key_Delete)
    status = {b.id: b.status for b in dock.blocks}
    assert status[visit.id] is VisitStatus.CANCELLED
    window.undo_stack.undo()
    status = {b.id: b.status for b in dock.blocks}
    assert status[visit.id] is VisitStatus.PLANNED


def test_ctrl_n_in_the_calendar_plans_a_visit_after_the_chosen_one(
    window: MainWindow, qtbot
) -> None:
    dock, visit = _calendar_on_a_visit(window, qtbot)
    chosen = next(b for b in dock.blocks if b.id == visit.id)
    window.current.set(visit.account_id)
    before = {b.id for b in dock.blocks}
    QTest.keyClick(dock.week_view, Qt.Key.Key_N, CTRL)
    new = [b for b in dock.blocks if b.id not in before]
    assert len(new) == 1
    assert new[0].start >= chosen.end
    others = [b for b in dock.blocks if b.id != new[0].id and b.status.value != "cancelled"]
    assert all(not (b.start < new[0].end and new[0].start < b.end) for b in others)
    window.undo_stack.undo()
    assert {b.id for b in dock.blocks} == before


def test_ctrl_f_in_the_calendar_goes_to_the_account_search(window: MainWindow, qtbot) -> None:
    dock, _visit = _calendar_on_a_visit(window, qtbot)
    QTest.keyClick(dock.week_view, Qt.Key.Key_F, CTRL)
    tree = window.docks["accountTreeDock"]
    qtbot.waitUntil(lambda: tree.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget().objectName() == "accountSearch"


def test_ctrl_p_in_the_calendar_prepares_behind_a_progress_with_cancel(
    window: MainWindow, qtbot
) -> None:
    from PySide6.QtWidgets import QPushButton

    dock, _visit = _calendar_on_a_visit(window, qtbot)
    dock.complain = lambda message: setattr(dock, "last_problem", message)
    dock.last_problem = None
    gate = threading.Event()  # the one worker is busy until the Cancel below
    window.background.submit(gate.wait, lambda _result: None)
    QTest.keyClick(dock.week_view, Qt.Key.Key_P, CTRL)
    progress = dock.files.progress
    assert progress is not None and progress.labelText() == "Preparing visit sheets…"
    progress.findChild(QPushButton).click()  # before the worker has gathered anything
    gate.set()
    qtbot.waitUntil(lambda: dock.last_problem is not None, timeout=60_000)
    assert dock.last_problem == "Printing cancelled. Nothing was printed."
    assert dock.files.progress is None


def test_the_visit_sheets_preview_opens_over_the_calendar(window: MainWindow, qtbot) -> None:
    dock, _visit = _calendar_on_a_visit(window, qtbot)
    dock.last_dialog = None
    QTest.keyClick(dock.week_view, Qt.Key.Key_P, CTRL)
    issues = window.docks["issuesDock"]  # the user looks elsewhere meanwhile
    window.tabifyDockWidget(dock, issues)
    issues.raise_()
    qtbot.waitUntil(
        lambda: dock.last_dialog is not None and dock.last_dialog.isVisible(), timeout=60_000
    )
    assert not dock.out_of_sight()
    dock.last_dialog.close()


# -- the top bar --


def test_the_new_menu_shows_no_alt_letters(window: MainWindow) -> None:
    from acct_desktop.gui.keys import without_mnemonic

    texts = [a.text() for a in window.search_bar.new_menu.actions()]
    assert "New quote" in texts
    assert not [t for t in texts if "&" in t]
    assert without_mnemonic("新建报价单(&N)") == "新建报价单"
    assert without_mnemonic("Print && Outlook") == "Print & Outlook"


# -- quote builder's list --


def _quote_list_on_a_new_draft(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    from tests.gui.test_quote_builder_dock import add, dock_of, vn_account_and_products

    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[1], "5")
    draft = dock.editor.view
    view = dock.quote_table.view
    row = next(r for r in range(dock.quotes.rowCount()) if dock.quotes.row_object(r).id == draft.id)
    view.selectRow(row)
    _focused(qtbot, view)
    return dock, draft


def test_f5_in_the_quote_builder_keeps_the_focus_where_it_was(window: MainWindow, qtbot) -> None:
    """The window's Refresh reads the quote again (its editor greyed meanwhile): the focus
    stays on the list row, and on the lines table, as in every other dock."""
    dock, draft = _quote_list_on_a_new_draft(window, qtbot)
    for widget in (dock.quote_table.view, dock.editor.table):
        _focused(qtbot, widget)
        QTest.keyClick(widget, Qt.Key.Key_F5)
        assert QApplication.focusWidget() is widget
        assert dock.editor.view.id == draft.id


def test_enter_in_the_quote_list_opens_the_quote(window: MainWindow, qtbot) -> None:
    dock, draft = _quote_list_on_a_new_draft(window, qtbot)
    QTest.keyClick(dock.quote_table.view, Qt.Key.Key_Return)
    assert dock.editor.view.id == draft.id
    assert dock.editor.isAncestorOf(QApplication.focusWidget())


def test_delete_in_the_quote_list_discards_the_draft_with_undo(window: MainWindow, qtbot) -> None:
    dock, draft = _quote_list_on_a_new_draft(window, qtbot)
    lines = len(draft.lines)
    QTest.keyClick(dock.quote_table.view, Qt.Key.Key_Delete)
    listed = {dock.quotes.row_object(r).id for r in range(dock.quotes.rowCount())}
    assert draft.id not in listed
    window.undo_stack.undo()
    listed = {dock.quotes.row_object(r).id for r in range(dock.quotes.rowCount())}
    assert draft.id in listed
    assert len(window.workspace.quote_builder.view(draft.id).lines) == lines  # not a line lost


def test_the_quote_list_has_a_right_click_menu(window: MainWindow, qtbot) -> None:
    dock, _draft = _quote_list_on_a_new_draft(window, qtbot)
    view = dock.quote_table.view
    view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
    texts = [a.text() for a in dock.last_dialog.actions()]
    dock.last_dialog.close()
    assert "Open" in texts and "Print pre&view…" in texts and "Dis&card draft" in texts


# -- price policies and rebates --


def test_ctrl_f_in_the_register_searches_folded(window: MainWindow, qtbot) -> None:
    dock = window.docks["policyRegisterDock"]
    dock.show()
    dock.raise_()
    dock.only_current.setChecked(False)
    dock.show_kind("policy")
    qtbot.waitUntil(lambda: dock.policies.rowCount() > 1)
    rows = dock.policies.rows()
    wanted = rows[-1]
    view = dock.view("policy")
    _focused(qtbot, view)
    QTest.keyClick(view, Qt.Key.Key_F, CTRL)
    box = dock.policy_filters.search
    assert box.hasFocus()
    QTest.keyClicks(box, wanted.code.lower())
    qtbot.waitUntil(lambda: 0 < dock.policies.rowCount() < len(rows))
    assert all(wanted.code.lower() in f"{r.code} {r.name}".lower() for r in dock.policies.rows())


def test_global_search_says_when_a_kind_has_more_than_it_shows(window: MainWindow) -> None:
    from collections import Counter

    from acct_desktop.services.global_search import PER_KIND
    from acct_desktop.services.record_search import HitKind

    bar = window.search_bar
    bar.field.setText("wegwijs")
    bar.run_search()
    model = bar.model
    kinds = Counter(model.hit(r).kind for r in model.hit_rows())
    assert kinds and max(kinds.values()) <= PER_KIND
    more = model.more_row(HitKind.ACCOUNT)  # 30 accounts: a "Show all" row under the 5
    assert more is not None and model.index(more, 0).data().startswith("Show all")


# -- issues --


def test_ctrl_p_in_the_issues_dock_previews_the_list_not_the_sealed_checklist(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    """Ctrl+P prints the issues as listed (a working copy, in the print preview); the
    sealed checklist is its own command (Ctrl+Shift+L)."""
    import subprocess

    from acct_desktop.gui.dialogs.checklist_issue import IssueChecklistDialog
    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

    dock = window.docks["issuesDock"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)
    number = dock.model.index(0, 0).data()
    _focused(qtbot, dock.view)
    QTest.keyClick(dock.view, Qt.Key.Key_P, CTRL)
    actions = window.print_actions
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=60_000)
    preview = actions.last_preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible() and preview.pages
    assert not [d for d in window.findChildren(IssueChecklistDialog) if d.isVisible()]
    pdf = tmp_path / "issues.pdf"
    pdf.write_bytes(preview.pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Customer issues" in text and "Open & in progress" in text
    assert number in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "yes" in fonts.splitlines()[-1].split()[-5:-3]  # embedded (and subset)
    preview.close()

    window.activateWindow()
    _focused(qtbot, dock.view)
    QTest.keyClick(dock.view, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialogs = [d for d in window.findChildren(IssueChecklistDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_ctrl_p_in_the_register_prints_what_its_tab_holds(window: MainWindow, qtbot) -> None:
    """The price list on the policies' tab, the rebate statement on the agreements' (the
    Account menu's commands: each shows its print preview)."""
    actions = window.print_actions
    done: list[str] = []
    actions.price_list.triggered.disconnect(actions.print_price_list)  # what each command
    actions.rebate_statement.triggered.disconnect(actions.print_rebate_statement)  # does:
    # tests/gui/test_print_actions.py
    actions.price_list.triggered.connect(lambda: done.append("policy"))
    actions.rebate_statement.triggered.connect(lambda: done.append("rebate"))
    dock = window.docks["policyRegisterDock"]
    dock.show()
    dock.raise_()
    for kind in ("policy", "rebate"):
        dock.show_kind(kind)
        _focused(qtbot, dock.view(kind))
        QTest.keyClick(dock.view(kind), Qt.Key.Key_P, CTRL)
        assert done.pop() == kind
    window.background.wait()


def test_ctrl_f_in_plan_vs_actual_keeps_the_accounts_found(window: MainWindow, qtbot) -> None:
    from acct_desktop.gui.docks.plan_actual import BY_ACCOUNT

    dock = _plan_row(window, qtbot)
    assert dock.model.mode == BY_ACCOUNT
    wanted = dock.selected_node().label
    before = dock.model.rowCount()
    QTest.keyClick(dock.tree, Qt.Key.Key_F, CTRL)
    assert dock.find_box.hasFocus()
    QTest.keyClicks(dock.find_box, max(wanted.split(), key=len).upper())
    qtbot.waitUntil(lambda: 0 < dock.model.rowCount() < before)
