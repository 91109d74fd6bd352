from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from acct_desktop.app import open_workspace
from acct_desktop.gui import i18n
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from tests.gui.languages_helpers import translations_command


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


# -- languages installed for a test, removed after it --------------------------------------


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the locale it had."""
    before = QLocale()
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled to .qm (as `translations.py build` does) in a scratch folder."""
    out = tmp_path_factory.mktemp("qm")
    translations_command().build(out=out)
    return out


@pytest.fixture
def speak(
    qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch, restore_language: None
) -> Callable[[str], None]:
    """Switch the GUI to a language (zh_CN, vi, nl) for one test; English again afterwards."""

    def switch(language: str) -> None:
        monkeypatch.setattr(i18n, "QM_DIR", compiled)
        i18n.apply_language(qapp, language)

    return switch


@pytest.fixture
def chinese(speak: Callable[[str], None]) -> None:
    speak("zh_CN")


@pytest.fixture
def vietnamese(speak: Callable[[str], None]) -> None:
    speak("vi")


@pytest.fixture
def dutch(speak: Callable[[str], None]) -> None:
    speak("nl")
