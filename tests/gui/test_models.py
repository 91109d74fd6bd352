"""Every item model passes Qt's model tester, also while pages are fetched."""

from __future__ import annotations

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import AccountTreeModel
from acct_desktop.gui.models.paged_table import PagedTableModel


def test_account_tree_model(qtmodeltester, window: MainWindow) -> None:
    model = AccountTreeModel(window.workspace.accounts)
    model.PAGE = 4  # force several fetchMore rounds
    root = model.index(0, 0)
    while model.canFetchMore(root.parent()):
        model.fetchMore(root.parent())
    for row in range(min(3, model.rowCount())):
        index = model.index(row, 0)
        while model.canFetchMore(index):
            model.fetchMore(index)
    qtmodeltester.check(model)


def test_paged_table_models_of_every_dock(qtmodeltester, window: MainWindow) -> None:
    window.current.set(window.workspace.accounts.busiest_account_id())
    models = [m for dock in window.docks.values() for m in dock.findChildren(PagedTableModel)]
    assert len(models) >= 6
    for model in models:
        qtmodeltester.check(model)


def test_paged_table_sorts_through_the_service(window: MainWindow) -> None:
    window.current.set(window.workspace.accounts.busiest_account_id())
    quotes = window.docks["quoteBuilderDock"].quotes
    status_column = 4
    quotes.sort(status_column)
    statuses = [r.status.value for r in quotes.rows()]
    assert statuses == sorted(statuses)
