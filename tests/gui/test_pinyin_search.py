"""Pinyin typed with the input method off finds Chinese accounts: ``gz`` in global search
(Ctrl+K) and in the account tree's search box (Ctrl+F) finds the accounts of 广州, by name
first, then by city."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.search_hits import HIT_ROLE
from acct_desktop.services.record_search import HitKind
from tests.gui.test_global_search import _type


def test_gz_in_ctrl_k_finds_the_accounts_of_guangzhou(qtbot, window: MainWindow) -> None:
    _type(qtbot, window, "gz")
    bar = window.search_bar
    hits = [bar.model.hit(row) for row in bar.model.hit_rows()]
    accounts = [hit for hit in hits if hit.kind is HitKind.ACCOUNT]
    assert accounts, [hit.title for hit in hits]
    first = accounts[0]
    assert "广州" in first.title and first.strength == 0  # by its own name
    assert all("广州" in f"{hit.title} {hit.detail}" for hit in accounts[:2])
    # the first hit is the current row: Enter opens it in the tree
    assert bar.model.hit(bar.view.currentIndex().row()) == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.current.id == first.id


def test_guangzhou_in_the_account_tree_search_finds_them_too(qtbot, window: MainWindow) -> None:
    tree = window.docks["accountTreeDock"]
    tree.focus_search()
    for typed in ("Guangzhou", "gz"):
        tree.search_box.clear()
        qtbot.keyClicks(tree.search_box, typed)
        tree.run_search()  # what the type-ahead timer does
        found = [tree.hits.data(tree.hits.index(r), HIT_ROLE) for r in range(tree.hits.rowCount())]
        assert found and "广州" in found[0].name, typed
        assert any(hit.city == "广州" and "广州" not in hit.name for hit in found), typed
