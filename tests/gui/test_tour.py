"""The tour of the docks: once after the first database opens (where the window asks for it:
the app, never tests, the bench or screenshots) and from Help → Tour of the docks; each
step lights one dock with a callout wholly inside the window; Next, Back, Skip, Esc."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.gui.tour import DockTour


@pytest.fixture
def bare(qtbot, settings: AppSettings) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.set_workspace(None)


def _tour(window: MainWindow) -> DockTour | None:
    tour = window.findChild(DockTour)
    return tour if tour is not None and tour.isVisible() else None


def _check_step(window: MainWindow, tour: DockTour) -> None:
    """The lit dock is on the screen, the callout lies wholly inside the window, beside the
    dock where there is room, and every line of it shows in full."""
    lit = tour.target_rect()
    assert not lit.isEmpty(), tour.current_step().name
    callout = tour.callout.geometry()
    assert QRect(0, 0, window.width(), window.height()).contains(callout), callout
    area = tour.rect()
    room = area.width() - lit.width() >= callout.width() + 12 or (
        area.height() - lit.height() >= callout.height() + 12
    )
    if room:
        assert not callout.intersects(lit), (tour.current_step().name, callout, lit)
    for label in tour.callout.findChildren(QLabel):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert tour.title.text() and tour.text.text()


def test_help_tour_lights_each_dock_in_turn_and_esc_ends_it(
    window: MainWindow, settings: AppSettings, qtbot
) -> None:
    assert not settings.tour_seen()
    window.tour_action.trigger()  # Help → Tour of the docks
    tour = _tour(window)
    assert tour is not None and settings.tour_seen()
    names = [step.name for step in tour.steps]
    assert 6 <= len(names) <= 8
    assert {"accounts", "profile", "alerts", "calendar", "contacts", "quotes", "search"} <= set(
        names
    )
    shortcuts = []
    for index in range(len(names)):
        qtbot.wait(10)
        assert tour.index == index
        assert tour.counter.text() == f"{index + 1} of {len(names)}"
        _check_step(window, tour)
        shortcuts.append(tour.shortcut.text())
        if index == len(names) - 1:
            assert tour.next_button.text() == "Done" and tour.skip_button.isHidden()
        else:
            tour.next_button.click()
    assert "Shortcut: Ctrl+K (Search everything)" in shortcuts
    assert "Shortcut: Ctrl+N (New quote)" in shortcuts
    # the lit bottom dock is the one in front of its tabs
    tour.back_button.click()
    assert tour.current_step().name == "register"
    assert not window.docks["policyRegisterDock"].visibleRegion().isEmpty()
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert _tour(window) is None


def test_skip_ends_the_tour_at_the_first_step(window: MainWindow) -> None:
    tour = window.start_tour()
    assert not tour.back_button.isEnabled()
    tour.skip_button.click()
    assert _tour(window) is None


def test_the_tour_comes_once_after_the_first_database_opens_where_asked(
    bare: MainWindow, demo_db: Path, settings: AppSettings, qtbot
) -> None:
    assert bare.open_database(str(demo_db))  # a test's window does not ask for the tour
    qtbot.wait(20)
    assert _tour(bare) is None and not settings.tour_seen()
    bare.set_workspace(None)

    bare.offer_tour = True  # as the app does (app.run_gui)
    qtbot.wait(20)
    assert _tour(bare) is None  # not over the welcome page
    assert bare.open_database(str(demo_db))
    qtbot.waitUntil(lambda: _tour(bare) is not None)
    assert settings.tour_seen()
    qtbot.keyClick(_tour(bare), Qt.Key.Key_Escape)
    bare.set_workspace(None)
    assert bare.open_database(str(demo_db))
    qtbot.wait(20)
    assert _tour(bare) is None  # seen: not again


def test_an_empty_database_tours_once_the_welcome_page_gives_way(
    bare: MainWindow, tmp_path: Path, qtbot
) -> None:
    bare.offer_tour = True
    assert bare.open_database(str(tmp_path / "territory.acctdb"))
    qtbot.wait(20)
    assert bare.welcome.isVisible() and _tour(bare) is None
    bare.welcome.continue_button.click()
    qtbot.waitUntil(lambda: _tour(bare) is not None)


@pytest.mark.parametrize("language", ["nl", "vi", "zh_CN"])
def test_no_step_is_cut_off_in_other_languages(
    qtbot, settings: AppSettings, speak, language: str, demo_db: Path
) -> None:
    speak(language)
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(demo_db))
    tour = window.start_tour()
    for _index in range(len(tour.steps)):
        qtbot.wait(10)
        _check_step(window, tour)
        tour.next()
    assert _tour(window) is None
    window.set_workspace(None)


def test_the_tour_from_the_welcome_page_shows_the_docks_then_the_page_again(
    bare: MainWindow,
) -> None:
    assert bare.welcome.isVisible()
    tour = bare.start_tour()
    assert bare.welcome.isHidden()
    assert tour.target_rect().isValid()
    tour.finish()
    assert bare.welcome.isVisible()


def test_the_keyboard_stays_in_the_tour_of_an_empty_database(
    bare: MainWindow, tmp_path: Path, qtbot
) -> None:
    """Tab and the arrows on the tour's buttons never carry the focus to the window behind
    it: → and ← step, Tab goes round the buttons, Enter presses the focused one and Esc
    ends the tour from any of them."""
    bare.offer_tour = True
    bare.activateWindow()
    assert bare.open_database(str(tmp_path / "territory.acctdb"))
    bare.welcome.continue_button.click()
    qtbot.waitUntil(lambda: _tour(bare) is not None)
    tour = _tour(bare)
    assert tour is not None

    def focus():
        widget = QApplication.focusWidget()
        assert widget is not None and tour.isAncestorOf(widget), widget
        return widget

    qtbot.waitUntil(lambda: QApplication.focusWidget() is tour.next_button)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is tour.skip_button and tour.index == 0
    qtbot.keyClick(focus(), Qt.Key.Key_Backtab)
    assert focus() is tour.next_button
    qtbot.keyClick(focus(), Qt.Key.Key_Right)
    qtbot.keyClick(focus(), Qt.Key.Key_Right)
    assert tour.index == 2 and tour.counter.text().startswith("3 ")
    qtbot.keyClick(focus(), Qt.Key.Key_Left)
    assert tour.index == 1
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # the focused Next
    assert tour.index == 2
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is tour.back_button
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # the focused Back
    assert tour.index == 1
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is tour.skip_button
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    assert _tour(bare) is None
    left = QApplication.focusWidget()  # not a hidden button of the tour
    assert left is not None and left.isVisible() and not tour.isAncestorOf(left)
