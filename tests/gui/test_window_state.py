"""Window layout: saved with a version, restored, and the default when that fails."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import WINDOW_STATE_VERSION


def make(qtbot, settings) -> MainWindow:
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    return win


def test_a_saved_layout_comes_back(qtbot, settings) -> None:
    first = make(qtbot, settings)
    first.resize(1200, 700)
    first.show()
    first.docks["contactMapDock"].hide()
    first.docks["quoteBuilderDock"].setFloating(True)
    first.close()  # saves
    second = make(qtbot, settings)
    assert second.restore_layout()
    second.show()
    assert second.docks["contactMapDock"].isHidden()
    assert second.docks["quoteBuilderDock"].isFloating()
    assert not second.docks["accountTreeDock"].isHidden()


def test_a_damaged_layout_falls_back_to_the_default(qtbot, settings) -> None:
    settings.save_window(QByteArray(b"garbage"), QByteArray(b"\x00\x01not a state"))
    win = make(qtbot, settings)
    assert not win.restore_layout()
    win.show()
    assert all(not d.isHidden() and not d.isFloating() for d in win.docks.values())


def test_a_layout_from_another_version_is_ignored(qtbot, settings) -> None:
    old = make(qtbot, settings)
    old.show()
    old.docks["visitCalendarDock"].hide()
    settings.save_window(old.saveGeometry(), old.saveState(WINDOW_STATE_VERSION))
    settings._s.setValue("window/state_version", WINDOW_STATE_VERSION - 1)
    win = make(qtbot, settings)
    assert not win.restore_layout()
    win.show()
    assert not win.docks["visitCalendarDock"].isHidden()


def test_reset_layout_brings_closed_docks_back(qtbot, settings) -> None:
    win = make(qtbot, settings)
    win.show()
    for dock in win.docks.values():
        dock.close()
    win.reset_layout()
    assert all(not d.isHidden() for d in win.docks.values())


def test_a_window_saved_on_a_detached_monitor_comes_back_on_screen(qtbot, settings) -> None:
    win = make(qtbot, settings)
    win.setGeometry(QRect(9000, 9000, 900, 600))
    win.ensure_on_screen()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.intersects(win.frameGeometry())


def test_chosen_tree_columns_come_back(qtbot, settings) -> None:
    first = make(qtbot, settings)
    view = first.docks["accountTreeDock"].view
    view.setColumnHidden(1, False)
    view.setColumnWidth(0, 333)
    first.close()
    second = make(qtbot, settings)
    second.restore_layout()
    view = second.docks["accountTreeDock"].view
    assert not view.isColumnHidden(1)
    assert view.columnWidth(0) == 333
