"""The window's global search (Ctrl+K): the field wherever the focus is, hits as you type,
the keyboard, and each kind of hit opening where it lives; with Today and + New beside."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar
from sqlalchemy import select

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.global_hits import GlobalHitsModel
from acct_desktop.services.global_search import GlobalHit
from acct_desktop.services.record_search import HitKind
from acct_desktop.store import models as m
from acct_desktop.store.types import utcnow


def _type(qtbot, window: MainWindow, text: str) -> None:
    """Ctrl+K, then ``text`` key by key; wait for the hits list."""
    qtbot.keyClick(
        window.docks["accountTreeDock"].view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    field = window.search_bar.field
    assert field.hasFocus()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: window.search_bar.popup.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: not window.search_bar._timer.isActive(), timeout=5_000)


def _one(window: MainWindow, model, *where):  # type: ignore[no-untyped-def]
    with window.workspace.db.session() as session:
        return session.scalars(select(model).where(*where).limit(1)).one()


def test_ctrl_k_focuses_the_field_from_a_dock_and_selects_its_text(qtbot, window) -> None:
    bar = window.search_bar
    bar.field.setText("old words")
    bar.close_popup()
    issues = window.docks["issuesDock"]
    issues.raise_()
    issues.view.setFocus()
    qtbot.waitUntil(issues.view.hasFocus, timeout=2_000)
    qtbot.keyClick(issues.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert bar.field.hasFocus()
    assert bar.field.selectedText() == "old words"


def test_ctrl_k_from_a_floating_dock(qtbot, window) -> None:
    dock = window.docks["quoteBuilderDock"]
    dock.setFloating(True)
    dock.show()
    dock.activateWindow()
    dock.setFocus()
    qtbot.keyClick(dock, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.field.hasFocus()


def test_typing_a_quote_number_and_enter_opens_that_quote(qtbot, window) -> None:
    quote = _one(window, m.Quote, m.Quote.archived_at.is_(None), m.Quote.revision == 1)
    _type(qtbot, window, quote.number)
    bar = window.search_bar
    first = bar.model.hit(bar.view.currentIndex().row())
    assert (first.kind, first.id) == (HitKind.QUOTE, quote.id)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert not bar.popup.isVisible()
    builder = window.docks["quoteBuilderDock"]
    assert builder._shown_id == quote.id
    assert window.current.id == quote.account_id
    assert not builder.visibleRegion().isEmpty()  # brought forward


def test_a_piece_of_a_number_typed_finds_it(qtbot, window) -> None:
    quote = _one(window, m.Quote, m.Quote.archived_at.is_(None))
    piece = quote.number.split("-")[-1][1:]  # "Q-2026-00017" → "0017"
    _type(qtbot, window, piece)
    hits = [window.search_bar.model.hit(row) for row in window.search_bar.model.hit_rows()]
    assert any(hit.kind is HitKind.QUOTE and piece in hit.title for hit in hits)


def test_a_contact_hit_makes_its_account_current_and_selects_them(qtbot, window) -> None:
    contact = _one(window, m.Contact, m.Contact.archived_at.is_(None), m.Contact.name.like("% %"))
    with window.workspace.db.session() as session:
        account = session.get(m.Account, contact.account_id)
        assert account is not None and account.archived_at is None
    window.current.set(None)
    _type(qtbot, window, contact.name)
    bar = window.search_bar
    rows = [r for r in bar.model.hit_rows() if bar.model.hit(r).id == contact.id]
    assert rows, [bar.model.hit(r).title for r in bar.model.hit_rows()]
    bar.view.setCurrentIndex(bar.model.index(rows[0], 0))
    qtbot.keyClick(bar.field, Qt.Key.Key_Enter)
    assert window.current.id == contact.account_id
    contacts = window.docks["contactMapDock"]
    card = contacts.chart.cards[contact.id]
    assert card.isSelected()
    tree = window.docks["accountTreeDock"]
    assert tree.model.account_id(tree.view.currentIndex()) == contact.account_id


def test_an_account_hit_is_revealed_in_the_tree(qtbot, window) -> None:
    account = _one(
        window, m.Account, m.Account.archived_at.is_(None), m.Account.parent_id.is_not(None)
    )
    _type(qtbot, window, account.code)
    bar = window.search_bar
    hit = bar.model.hit(bar.view.currentIndex().row())
    assert (hit.kind, hit.id) == (HitKind.ACCOUNT, account.id)
    rect = bar.view.visualRect(bar.view.currentIndex())
    qtbot.mouseClick(bar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current.id == account.id
    tree = window.docks["accountTreeDock"]
    assert tree.model.account_id(tree.view.currentIndex()) == account.id


def test_an_issue_hit_shows_in_the_issues_dock_even_when_closed(qtbot, window) -> None:
    issue = _one(window, m.CustomerIssue, m.CustomerIssue.archived_at.is_(None))
    with window.workspace.db.session() as session:  # closed: the dock's filter hides it
        session.get(m.CustomerIssue, issue.id).status = "verified"
    _type(qtbot, window, issue.number)
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    dock = window.docks["issuesDock"]
    assert [row.id for row in dock.selected_rows()] == [issue.id]
    assert window.current.id == issue.account_id


def test_a_checklist_hit_opens_the_cards_checklists_tab(qtbot, window) -> None:
    issue = _one(window, m.CustomerIssue, m.CustomerIssue.archived_at.is_(None))
    with window.workspace.db.session() as session:
        checklist = m.IssueChecklist(
            number="CL-2026-00042", account_id=issue.account_id, issued_at=utcnow()
        )
        session.add(checklist)
        session.flush()
        checklist_id = checklist.id
    _type(qtbot, window, "CL-2026-00042")
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.current.id == issue.account_id
    assert window.card.current_key() == "checklists"
    assert window.card.pages["checklists"].selected().id == checklist_id


def test_up_down_walk_the_hits_and_skip_the_headings(qtbot, window) -> None:
    _type(qtbot, window, "a")
    bar = window.search_bar
    rows = bar.model.hit_rows()
    assert len(rows) > 2 and bar.model.hit(0) is None  # a heading first
    assert bar.view.currentIndex().row() == rows[0]
    qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    assert bar.view.currentIndex().row() == rows[1]
    qtbot.keyClick(bar.field, Qt.Key.Key_Up)
    qtbot.keyClick(bar.field, Qt.Key.Key_Up)
    assert bar.view.currentIndex().row() == rows[0]


def test_esc_closes_the_list_and_keeps_the_text(qtbot, window) -> None:
    _type(qtbot, window, "garage")
    bar = window.search_bar
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible()
    assert bar.field.text() == "garage" and bar.field.hasFocus()


def test_esc_again_gives_the_focus_back_to_the_dock_it_came_from(qtbot, window) -> None:
    """Ctrl+K from the Issues dock, a word, Esc (the list closes), Esc: the focus is back
    in the Issues dock, not stuck in the field."""
    bar = window.search_bar
    issues = window.docks["issuesDock"]
    issues.raise_()
    issues.view.setFocus()
    qtbot.waitUntil(issues.view.hasFocus, timeout=2_000)
    qtbot.keyClick(issues.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.field, "garage")
    qtbot.waitUntil(bar.popup.isVisible, timeout=5_000)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible() and bar.field.hasFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is issues.view


def test_nothing_found_says_so(qtbot, window) -> None:
    _type(qtbot, window, "zzqqxx")
    bar = window.search_bar
    assert bar.empty.isVisible() and not bar.view.isVisible()
    assert bar.empty.text() == "No matches for “zzqqxx”."
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # nothing to open: nothing happens


def test_the_bar_is_in_the_saved_layout_and_reset_brings_it_back(window) -> None:
    bar = window.findChild(QToolBar, "globalSearchToolbar")
    assert bar is window.search_bar.toolbar
    assert window.findChild(QLineEdit, "globalSearchField") is window.search_bar.field
    bar.hide()
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
    window.reset_layout()
    assert bar.isVisible()
    assert window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea


def test_today_shows_today_in_the_calendar_and_the_alerts(qtbot, window) -> None:
    calendar = window.docks["visitCalendarDock"]
    calendar.day = date(2020, 1, 1)
    window.docks["alertsDock"].hide()
    window.search_bar.today_button.click()
    assert calendar.day == date.today()
    assert window.docks["alertsDock"].isVisible()
    assert not calendar.visibleRegion().isEmpty()


def test_new_offers_the_docks_own_commands(window) -> None:
    entries = [a.text().replace("&", "") for a in window.search_bar.new_menu.actions()]
    assert entries == [
        window.docks["accountTreeDock"].commands.new_action.text().replace("&", ""),
        "Add contact",
        "Plan visits…",
        "New quote",
        "New issue…",
    ]
    issues = window.docks["issuesDock"]
    window.docks["quoteBuilderDock"].raise_()
    new_issue = window.search_bar.new_menu.actions()[-1]
    opened: list[bool] = []
    issues.commands.new_action.triggered.connect(lambda: opened.append(True))
    new_issue.trigger()
    assert opened and not issues.visibleRegion().isEmpty()
    for widget in QApplication.topLevelWidgets():  # the form it opened
        if widget is not window and widget.isWindow() and widget.isVisible():
            widget.close()


def test_the_hits_model_passes_the_model_tester(qtmodeltester, window) -> None:
    model = GlobalHitsModel(window.search_bar.icon_for)
    model.set_hits(window.workspace.global_search.search("a"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)

    paged = GlobalHitsModel(window.search_bar.icon_for)  # all of one kind, a page at a time
    search = window.workspace.global_search
    paged.show_kind(
        HitKind.CONTACT,
        search.page("an", HitKind.CONTACT, None, 10),
        lambda mark: search.page("an", HitKind.CONTACT, mark, 10),
    )
    assert paged.canFetchMore()
    qtmodeltester.check(paged)  # (it asks for the next page itself)
    paged.set_count(HitKind.CONTACT, 283)
    paged.fetchMore()
    ids = [paged.hit(row).id for row in paged.hit_rows()]
    assert len(ids) > 10 and len(set(ids)) == len(ids)
    assert ids == [hit.id for hit in search.page("an", HitKind.CONTACT, None, len(ids)).hits]


def test_headings_come_before_each_kind(window) -> None:
    model = GlobalHitsModel(window.search_bar.icon_for)
    account = window.current.id
    hits = [
        GlobalHit(HitKind.CONTACT, account, "A", account, "X"),
        GlobalHit(HitKind.CONTACT, account, "B", account, "X"),
        GlobalHit(HitKind.QUOTE, account, "Q-1", account, "X"),
    ]
    model.set_hits(hits)
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == ["Contacts", "A\nX", "B\nX", "Quotes", "Q-1\nX"]
    assert model.hit_rows() == [1, 2, 4]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_the_list_sits_under_the_field(qtbot, window) -> None:
    _type(qtbot, window, "a")
    bar = window.search_bar
    below = bar.field.mapTo(window, QPoint(0, bar.field.height()))
    assert abs(bar.popup.y() - below.y()) <= 4 and bar.popup.x() == below.x()
    assert bar.popup.geometry().right() <= window.width()


# -- all of one kind ---------------------------------------------------------------------


def _walk_to(qtbot, bar, wanted) -> int:  # type: ignore[no-untyped-def]
    """Down, key by key, until ``wanted(row)``; the row."""
    for _ in range(bar.model.rowCount()):
        row = bar.view.currentIndex().row()
        if wanted(row):
            return row
        qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    raise AssertionError("not reached with the arrow keys")


def test_show_all_is_there_only_for_a_kind_with_more(qtbot, window) -> None:
    from acct_desktop.services.global_search import PER_KIND

    search = window.workspace.global_search
    bar = window.search_bar
    for query in ("wegwijs", "nguyen", "an"):
        _type(qtbot, window, query)
        model = bar.model
        kinds = {model.hit(row).kind for row in model.hit_rows()}
        for kind in kinds:
            more = model.more_row(kind)
            assert (more is not None) == (search.count(query, kind) > PER_KIND), (query, kind)
        bar.field.clear()
    # nguyen: exactly five contacts, all shown, no "Show all"
    assert search.count("nguyen", HitKind.CONTACT) == PER_KIND


def test_show_all_counts_the_hits_in_the_worker(qtbot, window) -> None:
    _type(qtbot, window, "wegwijs")
    model = window.search_bar.model
    more = model.more_row(HitKind.ACCOUNT)
    qtbot.waitUntil(lambda: model.count(HitKind.ACCOUNT) is not None, timeout=10_000)
    assert model.index(more, 0).data() == "Show all 30"
    assert model.more_row(HitKind.QUOTE) is None  # three quotes: all shown


def test_enter_on_show_all_lists_every_hit_a_page_at_a_time(qtbot, window) -> None:
    from acct_desktop.services.global_search import PAGE

    search = window.workspace.global_search
    total = search.count("an", HitKind.CONTACT)
    assert total > 2 * PAGE  # (the S demo: 283)
    _type(qtbot, window, "an")
    bar = window.search_bar
    model = bar.model
    _walk_to(qtbot, bar, lambda row: model.more_kind(row) is HitKind.CONTACT)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.popup.isVisible() and model.kind_shown is HitKind.CONTACT
    assert model.is_back(0) and model.index(1, 0).data().startswith("Contacts")
    assert len(model.hit_rows()) == PAGE and model.canFetchMore()  # one page, not 283
    assert bar.view.currentIndex().row() == model.hit_rows()[0]
    qtbot.waitUntil(lambda: model.count(HitKind.CONTACT) == total, timeout=10_000)
    assert model.index(1, 0).data() == f"Contacts — {total} found"
    # down past the last row read: the next page, then one more row chosen
    for _ in range(PAGE + 9):
        qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    assert len(model.hit_rows()) == 2 * PAGE
    shown = [model.hit(row) for row in model.hit_rows()]
    expected = search.page("an", HitKind.CONTACT, None, 2 * PAGE).hits
    assert [hit.id for hit in shown] == [hit.id for hit in expected]
    chosen = model.hit(bar.view.currentIndex().row())
    assert chosen == shown[PAGE + 9]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # the 60th contact opens as any hit does
    assert not bar.popup.isVisible()
    assert window.current.id == chosen.account_id
    assert window.docks["contactMapDock"].chart.cards[chosen.id].isSelected()


def test_the_list_of_one_kind_reads_the_rest_as_it_scrolls(qtbot, window) -> None:
    _type(qtbot, window, "an")
    bar = window.search_bar
    bar.show_kind(HitKind.CONTACT)
    total = window.workspace.global_search.count("an", HitKind.CONTACT)
    scroll = bar.view.verticalScrollBar()
    for _ in range(20):  # to the bottom, again and again: the view asks for the next page
        scroll.setValue(scroll.maximum())
        QApplication.processEvents()
        if not bar.model.canFetchMore():
            break
    ids = [bar.model.hit(row).id for row in bar.model.hit_rows()]
    assert len(ids) == total == len(set(ids))


def test_back_from_one_kind_with_esc_or_its_row(qtbot, window) -> None:
    _type(qtbot, window, "wegwijs")
    bar = window.search_bar
    model = bar.model
    bar.open_row(model.more_row(HitKind.ACCOUNT))
    assert model.kind_shown is HitKind.ACCOUNT and len(model.hit_rows()) == 30
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)  # back, not closed
    assert bar.popup.isVisible() and model.kind_shown is None
    assert bar.view.currentIndex().row() == model.more_row(HitKind.ACCOUNT)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert model.kind_shown is HitKind.ACCOUNT
    for _ in range(3):
        qtbot.keyClick(bar.field, Qt.Key.Key_Up)  # to the row back, at the top
    assert model.is_back(bar.view.currentIndex().row())
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert model.kind_shown is None and model.more_row(HitKind.ACCOUNT) is not None
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible()


def test_pages_come_in_order_even_when_more_is_asked_for_meanwhile(window) -> None:
    search = window.workspace.global_search
    model = GlobalHitsModel(window.search_bar.icon_for)
    model.show_kind(
        HitKind.CONTACT,
        search.page("an", HitKind.CONTACT, None, 10),
        lambda mark: search.page("an", HitKind.CONTACT, mark, 10),
    )
    # a view (or Qt's model tester, on a reset) may ask for more while rows go in
    model.rowsAboutToBeInserted.connect(lambda *_: model.fetchMore())
    model.fetchMore()
    model.fetchMore()
    ids = [model.hit(row).id for row in model.hit_rows()]
    assert ids == [hit.id for hit in search.page("an", HitKind.CONTACT, None, 30).hits]
