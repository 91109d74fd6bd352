"""The very first start: the welcome page, and nothing made behind it. No database file is
created and no encryption is offered until the user chooses what to open; a database the
user creates is offered encryption then, the demo never; the next start reopens the choice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from acct_desktop.app import open_at_start, open_workspace
from acct_desktop.config import data_dir, default_database_path
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings


def _start(qtbot, settings: AppSettings, target: str | None = None) -> MainWindow:
    """A window started as ``acct-desktop`` (``--db target``) starts it, at 1366×768."""
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.restore_layout()
    window.show()
    open_at_start(window, target)
    qtbot.wait(50)  # a dialog opened with open() would show by now
    return window


def _dialogs() -> list[QDialog]:
    """Every dialog or message box on the screen."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _databases() -> list[Path]:
    folder = data_dir()
    return sorted(folder.rglob("*.acctdb*")) if folder.exists() else []


@pytest.fixture
def first(qtbot, settings: AppSettings) -> MainWindow:
    assert settings.last_database() is None and settings.recent_files() == []
    window = _start(qtbot, settings)
    yield window
    window.set_workspace(None)


def test_the_first_start_creates_nothing_and_asks_nothing(first: MainWindow) -> None:
    assert first.workspace is None
    assert first.welcome.isVisible()
    situation = first.welcome.situation
    assert situation.text() == "No database is open."
    whole = QFontMetrics(situation.font()).horizontalAdvance(situation.text())
    assert situation.width() >= whole  # on one line, not "No database is / open."
    assert not default_database_path().exists() and _databases() == []
    assert _dialogs() == []  # no "Protect the new database" over the welcome page
    assert first.encryption_actions.last_dialog is None
    assert first.settings.last_database() is None


def test_a_new_database_is_made_when_chosen_offered_encryption_then_reopened(
    first: MainWindow, qtbot, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    chosen = tmp_path / "mijn gebied.acctdb"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(chosen), ""))
    )
    first.welcome.new_button.click()
    assert chosen.is_file() and Path(first.workspace.label) == chosen
    assert not default_database_path().exists()
    offer = first.encryption_actions.last_dialog
    assert isinstance(offer, QMessageBox) and offer.objectName() == "offerEncryption"
    assert offer.isVisible() and str(chosen) in offer.text()
    offer.done(QMessageBox.StandardButton.No)
    first.close()

    second = _start(qtbot, settings)
    assert second.workspace is not None and Path(second.workspace.label) == chosen
    assert _dialogs() == []  # an existing database: nothing to offer
    assert second.welcome.isVisible()  # still without accounts
    assert "mijn gebied.acctdb is open" in second.welcome.situation.text()
    second.set_workspace(None)


def test_the_demo_is_not_offered_encryption_and_comes_back_next_time(
    first: MainWindow, qtbot, settings: AppSettings, demo_s_file: Path
) -> None:
    demo = data_dir() / "demo.acctdb"
    demo.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_s_file, demo)  # made before: opened at once
    first.welcome.demo_button.click()
    qtbot.wait(50)
    assert first.workspace is not None and Path(first.workspace.label) == demo
    assert _dialogs() == [] and first.encryption_actions.last_dialog is None
    assert not default_database_path().exists()
    first.close()

    second = _start(qtbot, settings)
    assert second.workspace is not None and Path(second.workspace.label) == demo
    assert second.welcome.isHidden()
    second.set_workspace(None)


def test_db_naming_a_new_file_creates_it_and_offers_encryption(
    qtbot, settings: AppSettings, tmp_path: Path
) -> None:
    target = tmp_path / "nieuw.acctdb"
    window = _start(qtbot, settings, str(target))
    assert target.is_file() and Path(window.workspace.label) == target
    offer = window.encryption_actions.last_dialog
    assert offer is not None and offer.objectName() == "offerEncryption" and offer.isVisible()
    offer.done(QMessageBox.StandardButton.No)
    assert not default_database_path().exists()
    window.set_workspace(None)


def test_db_naming_an_existing_file_opens_it_without_asking(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _start(qtbot, settings, str(demo_db))
    assert Path(window.workspace.label) == demo_db
    assert _dialogs() == [] and window.encryption_actions.last_dialog is None
    window.set_workspace(None)
