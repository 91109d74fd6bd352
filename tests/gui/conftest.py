from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings: AppSettings, demo_db: Path) -> MainWindow:
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_database(str(demo_db))
    yield win
    win.set_workspace(None)
