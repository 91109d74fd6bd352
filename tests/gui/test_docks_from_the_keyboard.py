"""Every dock from the keyboard (QA, keyboard-only week): View → a dock shows it, brings its
tab forward and focuses it (the entry used to be the dock's toggle, and closed a dock tabbed
behind another); Alt+1 … Alt+9 do the same; F6 / Shift+F6 go round the panes in sight; Tab
never walks into a dock tabbed behind another, and leaves the tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget
from sqlalchemy import select

from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.keys import without_mnemonic
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.store import models as m

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _dock_of(widget: QWidget | None) -> FeatureDock | None:
    while widget is not None and not isinstance(widget, FeatureDock):
        widget = widget.parentWidget()
    return widget


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _start_in_the_tree(window: MainWindow, qtbot) -> None:
    tree = window.docks["accountTreeDock"].view
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)


def _behind(window: MainWindow) -> tuple[FeatureDock, FeatureDock]:
    """The contact map tabbed behind the calendar, as the window starts."""
    calendar, contacts = window.docks["visitCalendarDock"], window.docks["contactMapDock"]
    calendar.raise_()
    assert contacts in window.tabifiedDockWidgets(calendar)
    return calendar, contacts


def test_view_menu_brings_a_dock_tabbed_behind_forward_and_never_closes_it(
    window: MainWindow, qtbot
) -> None:
    """View → Contact map, chosen with the keyboard (Alt+V, arrows, Enter), closed the map
    tabbed behind the calendar: the entry was the dock's show/hide toggle."""
    _calendar, contacts = _behind(window)
    qtbot.waitUntil(contacts.out_of_sight)
    _start_in_the_tree(window, qtbot)
    entry = next(
        a
        for a in window.view_menu.actions()
        if without_mnemonic(a.text()).endswith(contacts.windowTitle())
    )
    for _ in range(2):  # twice: choosing it again leaves it open
        QTest.keyClick(_focus(), Qt.Key.Key_V, ALT)
        menu = QApplication.activePopupWidget()
        assert menu is window.view_menu
        while menu.activeAction() is not entry:
            QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)
        assert not contacts.isHidden(), "the entry closed the contact map"
        qtbot.waitUntil(lambda: _dock_of(QApplication.focusWidget()) is contacts)
        assert not contacts.out_of_sight()


def test_each_dock_has_alt_and_a_number_shown_in_the_view_menu(window: MainWindow, qtbot) -> None:
    docks = list(window.docks.values())
    assert 1 < len(docks) <= 9
    shown = {a.text(): a.shortcut() for a in window.view_menu.actions()}
    for number, dock in enumerate(docks, start=1):
        text = f"&{number} {dock.windowTitle()}"
        assert shown.get(text) == QKeySequence(f"Alt+{number}"), text
    contacts = window.docks["contactMapDock"]
    contacts.close()  # closed with its title bar's ×: Alt+4 opens it again, focused
    _start_in_the_tree(window, qtbot)
    number = docks.index(contacts) + 1
    QTest.keyClick(_focus(), getattr(Qt.Key, f"Key_{number}"), ALT)
    qtbot.waitUntil(lambda: _dock_of(QApplication.focusWidget()) is contacts)
    assert not contacts.isHidden() and not contacts.out_of_sight()
    _behind(window)  # behind the calendar again: Alt+3 … Alt+9 bring each forward
    for number, dock in enumerate(docks, start=1):
        QTest.keyClick(_focus(), getattr(Qt.Key, f"Key_{number}"), ALT)
        qtbot.waitUntil(lambda d=dock: _dock_of(QApplication.focusWidget()) is d)
        assert not dock.out_of_sight(), dock.NAME


def test_f6_goes_round_the_panes_in_sight(window: MainWindow, qtbot) -> None:
    _behind(window)
    _start_in_the_tree(window, qtbot)
    panes = window.dock_focus.panes()
    assert window.card in panes and window.docks["accountTreeDock"] in panes
    assert window.docks["contactMapDock"] not in panes  # behind the calendar
    visited = []
    for _ in range(len(panes)):
        QTest.keyClick(_focus(), Qt.Key.Key_F6)
        pane = window.dock_focus._focused_pane()
        assert pane is not None and pane not in visited
        assert not (isinstance(pane, FeatureDock) and pane.out_of_sight())
        visited.append(pane)
    assert visited[-1] is window.docks["accountTreeDock"]  # round again
    assert set(visited) == set(panes)
    QTest.keyClick(_focus(), Qt.Key.Key_F6, SHIFT)
    assert window.dock_focus._focused_pane() is visited[-2]


def test_ctrl_f4_closes_the_dock_with_the_focus(window: MainWindow, qtbot) -> None:
    window.card.tabs.setFocus()  # the View menu looked at from the card: Close dock greyed
    window.view_menu.aboutToShow.emit()
    window.view_menu.aboutToHide.emit()
    alerts = window.docks["alertsDock"]
    alerts.view.setFocus()
    qtbot.waitUntil(alerts.view.hasFocus)
    QTest.keyClick(alerts.view, Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier)
    assert alerts.isHidden()
    assert _dock_of(QApplication.focusWidget()) is not alerts


def _quote_with_lines(window: MainWindow) -> QTableView:
    with window.workspace.db.session() as session:
        account_id = session.scalars(select(m.Account.id).order_by(m.Account.code)).first()
        products = list(
            session.scalars(
                select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku)
            )
        )[:3]
    window.current.set(account_id)
    quotes = window.docks["quoteBuilderDock"]
    quotes.commands.new_quote()
    editor = quotes.editor
    for product in products:
        hits = dict(quotes._search_products(product.sku))
        editor.product.set_choice(product.id, hits[product.id])
        editor.quantity.setText("2")
        editor.add_button.click()
    assert editor.model.rowCount() == 3
    return editor.table


def test_tab_stays_in_sight_and_leaves_the_quote_lines(window: MainWindow, qtbot) -> None:
    """Tab walked into the contact map tabbed behind the calendar (at negative coordinates,
    the focus invisible), then ten Tabs went through the quote lines' cells."""
    calendar, contacts = _behind(window)
    lines = _quote_with_lines(window)
    quotes = window.docks["quoteBuilderDock"]
    quotes.raise_()  # the quotes in front; the calendar and the contact map behind them
    qtbot.waitUntil(lambda: not quotes.out_of_sight() and contacts.out_of_sight())
    assert calendar.out_of_sight()
    start = window.card.tabs.tabBar()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _ in range(120):
        focus = _focus()
        dock = _dock_of(focus)
        assert dock is None or not dock.out_of_sight(), (dock.NAME, focus.objectName())
        visited.append(focus)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    assert lines in visited
    stays = visited.count(lines)
    assert stays < len(visited) // 10, f"Tab stayed {stays} presses in the quote lines"
    for _ in range(60):  # and back: Shift+Tab too
        focus = _focus()
        dock = _dock_of(focus)
        assert dock is None or not dock.out_of_sight(), (dock.NAME, focus.objectName())
        QTest.keyClick(focus, Qt.Key.Key_Backtab, SHIFT)


def test_no_table_in_the_window_keeps_tab_to_itself(window: MainWindow) -> None:
    """A table lets Tab out (cells being typed in still go on with Tab)."""
    keeping = [
        f"{type(view).__name__}({view.objectName()})"
        for view in window.findChildren(QAbstractItemView)
        if isinstance(view, QTableView) and view.tabKeyNavigation()
    ]
    assert keeping == []
