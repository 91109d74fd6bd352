"""Keyboard habits a manager brings (UX.md): each key does what it does elsewhere, in the
dock that has the focus, with the dock's own commands."""

from __future__ import annotations

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


# -- the welcome page -------------------------------------------------------------------------


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


# -- account tree -------------------------------------------------------------------------------


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


def test_ctrl_p_in_the_account_tree_prints_the_price_list(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dock, _index = _tree_row(window, qtbot)
    QTest.keyClick(dock.view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert asked[0].endswith(".pdf")


# -- plan vs actual -----------------------------------------------------------------------------


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
