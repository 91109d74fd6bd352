"""Every item model passes Qt's model tester, also while pages are fetched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from acct_desktop.domain.enums import Tier
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import AccountTreeModel
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.models.tree_sources import FilterSource, HierarchySource, TerritorySource
from acct_desktop.services.account_tree import AccountFilter


@pytest.mark.parametrize("grouping", ["hierarchy", "territory", "filter"])
def test_account_tree_model(qtmodeltester, window: MainWindow, grouping: str) -> None:
    tree = window.workspace.tree
    source = {
        "hierarchy": lambda: HierarchySource(tree),
        "territory": lambda: TerritorySource(tree),
        "filter": lambda: FilterSource(tree, AccountFilter(tiers=frozenset({Tier.B}))),
    }[grouping]()
    model = AccountTreeModel(source)
    model.PAGE = 4  # force several fetchMore rounds
    root = QModelIndex()
    for _ in range(3):
        model.fetchMore(root)
    for row in range(min(3, model.rowCount())):
        index = model.index(row, 0)
        for _ in range(3):
            model.fetchMore(index)
        if model.rowCount(index):
            model.fetchMore(model.index(0, 0, index))
    assert model.rowCount() > 0
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
