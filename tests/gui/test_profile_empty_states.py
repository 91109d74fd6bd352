"""An account with nothing recorded yet: each tab says what to do next, once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.profile.tabs import TableTab
from acct_desktop.services.account_records import AccountDraft


def new_empty_account(window: MainWindow):  # type: ignore[no-untyped-def]
    draft = AccountDraft("ZZ-EMPTY", "Garage Leeg", AccountKind.HEADQUARTERS, Channel.WORKSHOP)
    return window.workspace.records.create(draft).account_id


def test_each_empty_tab_says_what_to_do_next(window: MainWindow) -> None:
    window.current.set(new_empty_account(window))
    card = window.card
    wanted = {
        "contacts": "contact map (Ctrl+N",
        "visits": "visit calendar",
        "quotes": "quote builder (New quote, Ctrl+N)",
        "competitors": "visit report",
    }
    for key, hint in wanted.items():
        tab = card.open_tab(key)
        assert isinstance(tab, TableTab)
        assert tab.shown_row_count() == 0
        empty = tab.tables[0].empty
        assert empty.isVisibleTo(card), key
        assert hint in empty.text(), (key, empty.text())
    policies = card.open_tab("policies")
    assert all("Ctrl+N" in table.empty.text() for table in policies.tables)


def test_the_sales_tab_says_it_has_nothing_once(window: MainWindow, qtbot) -> None:
    window.current.set(new_empty_account(window))
    sales = window.card.open_tab("sales")
    qtbot.waitUntil(lambda: not sales.status.isVisibleTo(sales), timeout=10_000)
    assert not sales.chart_box.isVisibleTo(sales)  # no empty chart saying it again
    assert sales.table.empty.isVisibleTo(sales)
    assert "Import sales" in sales.table.empty.text()
    # an account with sales shows its chart again
    window.current.set(window.workspace.accounts.busiest_account_id())
    qtbot.waitUntil(lambda: sales.shown_row_count() == 24, timeout=10_000)
    assert sales.chart_box.isVisibleTo(sales)


def test_the_visits_tab_does_not_repeat_the_accounts_own_name(window: MainWindow) -> None:
    card = window.card
    card.current.set(window.workspace.accounts.busiest_account_id())
    tab = card.open_tab("visits")
    model = tab.models[0]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Account" not in titles and "When" in titles
