"""The window fits a 1366 × 768 laptop screen in every language: no dock needs more, and
a window that the first show grew past the screen is brought back inside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from acct_desktop.app import open_workspace
from acct_desktop.domain.alerts import AlertKind
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

LAPTOP = QRect(0, 0, 1366, 768)


def shown_window(qtbot, settings: AppSettings, demo_db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(1366, 700)
    win.reset_layout()
    win.show()
    assert win.open_database(str(demo_db))
    win.background.wait()
    qtbot.wait(50)
    return win


@pytest.mark.parametrize("language", ["nl", "vi", "zh_CN"])
def test_no_dock_needs_more_than_a_laptop_screen(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """Dutch made the window 1565 pixels wide: the contact map's buttons, the calendar's
    row and the checklists tab's buttons each wanted more than the screen."""
    speak(language)
    win = shown_window(qtbot, settings, demo_db)
    for dock in win.docks.values():
        dock.raise_()
        qtbot.wait(10)
        assert dock.minimumSizeHint().width() < 1300, (language, dock.objectName())
    assert win.minimumSizeHint().width() <= LAPTOP.width(), language
    win.fit_within(LAPTOP)
    assert win.frameGeometry().width() <= LAPTOP.width()
    win.set_workspace(None)


def test_a_window_grown_past_the_screen_is_brought_back_inside(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    win = shown_window(qtbot, settings, demo_db)
    win.setGeometry(300, 200, 1600, 900)  # as the first show made it, and off to the right
    win.fit_within(LAPTOP)
    frame = win.frameGeometry()
    assert LAPTOP.contains(frame), frame
    assert frame.width() >= 1300  # shrunk to the screen, not to its minimum
    win.set_workspace(None)


@pytest.mark.parametrize("language", ["nl", "vi", "zh_CN"])
def test_the_welcome_page_with_no_database_fits_a_laptop(
    qtbot, settings: AppSettings, speak: Callable[[str], None], language: str
) -> None:
    """With no database open the quote builder showed every workflow button of a quote it
    did not have: 1565 pixels in Dutch, under the welcome page of a first run."""
    speak(language)
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(1366, 700)
    win.show()
    assert win.welcome.isVisible()
    assert win.minimumSizeHint().width() <= LAPTOP.width(), language
    win.fit_within(LAPTOP)
    assert win.frameGeometry().width() <= LAPTOP.width()
    assert win.welcome.width() == win.width()


TASKBAR = 40  # a laptop's taskbar: the window has 768 − 40 pixels


@pytest.mark.parametrize("language", ["nl", "zh_CN"])
def test_every_card_tab_and_an_opened_sales_alert_leave_the_window_a_laptops_height(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """Opening a below-target alert (the card's Sales tab, Plan vs actual brought up) made
    the window 1366 × 800 on a 768-pixel screen: the sales chart asked for 220 pixels, and
    the card's tabs are as tall as the tallest of them (QStackedWidget), so every tab did."""
    speak(language)
    win = shown_window(qtbot, settings, demo_db)
    win.resize(1366, 768 - TASKBAR)
    for key in win.card.pages:
        win.card.open_tab(key)
        win.background.wait()
        qtbot.wait(10)
        assert win.minimumSizeHint().height() <= 768 - TASKBAR, (language, key)
    alerts = win.docks["alertsDock"]
    alerts.raise_()
    qtbot.waitUntil(lambda: alerts.shown_row_count() > 0, timeout=15_000)
    row = next(
        row
        for row, alert in enumerate(alerts.model.alerts())
        if alert.kind is AlertKind.SALES_BELOW_TARGET
    )
    alerts.view.setCurrentIndex(alerts.model.index(row, 0))
    alerts.open_selected()
    win.background.wait()
    qtbot.wait(10)
    assert win.card.current_key() == "sales" and win.card.sales.rows  # the chart is drawn
    assert win.minimumSizeHint().height() <= 768 - TASKBAR, language
    assert win.height() <= 768 - TASKBAR, language
    win.set_workspace(None)
