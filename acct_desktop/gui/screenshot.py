"""Render the main window and each dock to PNG files (offscreen) to look at them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from acct_desktop.gui.main_window import MainWindow


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def render_screenshots(
    app: QApplication, window: MainWindow, out_dir: Path, size: tuple[int, int]
) -> list[Path]:
    """Write ``main_window.png``, ``<dockObjectName>.png`` and ``profile_<tab>.png`` (each
    tab of the profile card) into ``out_dir``; over a database without accounts, first
    ``welcome.png`` (the welcome page), then the rest as after "Continue with the empty
    database" (the docks' empty states)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    window.reset_layout()
    window.show()
    window.background.wait()  # let the status bar counts arrive
    settle(app)
    window.resize(*size)  # the first show may have grown it (see MainWindow.fit_within)
    settle(app)
    written: list[Path] = []
    if window.welcome.isVisible():
        path = out_dir / "welcome.png"
        window.grab().save(str(path))
        written.append(path)
        window.dismiss_welcome()
        settle(app)
    for dock in window.docks.values():
        dock.raise_()
        settle(app)  # a dock shown for the first time may read its figures now
        window.background.wait()
        settle(app)
        path = out_dir / f"{dock.objectName()}.png"
        dock.grab().save(str(path))
        written.append(path)
    for key in window.card.pages:
        window.card.open_tab(key)
        window.background.wait()
        settle(app)
        path = out_dir / f"profile_{key}.png"
        window.card.grab().save(str(path))
        written.append(path)
    window.card.open_tab("profile")
    first_bottom = next(iter(d for d in window.docks.values() if d.NAME != "accountTreeDock"))
    first_bottom.raise_()
    settle(app)
    path = out_dir / "main_window.png"
    window.grab().save(str(path))
    written.append(path)
    return written


def isolated_settings(directory: Path) -> QSettings:
    """Settings in a throwaway file, so a screenshot never changes the user's layout."""
    return QSettings(str(directory / "screenshot-settings.ini"), QSettings.Format.IniFormat)
