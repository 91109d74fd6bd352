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
