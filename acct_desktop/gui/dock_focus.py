"""The docks from the keyboard. View → each dock (Alt+1 … Alt+9) shows it when it is
closed, brings its tab forward when another dock's tab lies over it, and puts the focus in
it; it never hides a dock (View → Close dock, Ctrl+F4, closes the one holding the focus).
F6 / Shift+F6 go round the panes in sight (the docks and the profile card), and Tab passes
over what cannot be seen: a dock tabbed behind another keeps its widgets "visible" to Qt,
at coordinates off the window, and Tab used to walk into them with the focus out of sight."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsView,
    QMenu,
    QMenuBar,
    QWidget,
)

from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.keys import numbered

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow

Policy = Qt.FocusPolicy


def in_sight(widget: QWidget) -> bool:
    """Not inside a dock that is closed or tabbed behind another."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, FeatureDock) and parent.out_of_sight():
            return False
        parent = parent.parentWidget()
    return True


def usable(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` may take the focus by Tab in ``window`` and is in sight. (Its
    focus proxy is not asked: in PySide 6.11, reading a viewport's proxy left the wrapper a
    dock kept of that viewport dead after the next garbage collection.)"""
    return (
        widget.focusPolicy() & Policy.TabFocus == Policy.TabFocus
        and widget.isEnabled()
        and widget.window() is window
        and widget.isVisibleTo(window)
        and in_sight(widget)
    )


def first_focusable(area: QWidget) -> QWidget | None:
    """Where the focus goes in ``area`` when it is chosen: its first list, table or map in
    sight, else its first widget that takes Tab. (Not the widget that had the focus last:
    Tab, passing over a dock out of sight, leaves that at the dock's last widget.)"""
    window = area.window()
    candidates: list[QWidget] = []
    widget: QWidget = area
    for _ in range(5000):  # the focus chain is a ring; a guard all the same
        widget = widget.nextInFocusChain()
        if widget is area or widget is None:
            break
        if area.isAncestorOf(widget) and usable(widget, window):
            candidates.append(widget)
    views = [w for w in candidates if isinstance(w, QAbstractItemView | QGraphicsView)]
    return (views or candidates or [None])[0]


def focus_into(area: QWidget) -> None:
    """Put the focus in ``area`` (a dock or the profile card) at once and again once the
    menu that chose it has closed: a closing menu gives the focus back to where it was."""

    def place() -> None:
        if isinstance(area, FeatureDock):
            chosen = area.focus_target()
        else:  # the profile card: its tabs
            chosen = getattr(area, "tabs", None)
        target = chosen or first_focusable(area)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    place()
    QTimer.singleShot(0, area, place)


def bring_forward(dock: FeatureDock) -> None:
    """Show ``dock`` (when closed), bring its tab forward, and give it the focus."""
    if dock.isHidden():
        dock.show()
    dock.raise_()
    if dock.isFloating():  # a window of its own: it takes the keyboard
        dock.activateWindow()
    focus_into(dock)


class DockFocus(QObject):
    """View → the docks (Alt+1 … Alt+9), Next dock (F6), Previous dock (Shift+F6) and Close
    dock (Ctrl+F4)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        for number, (name, dock) in enumerate(window.docks.items(), start=1):
            # a number as its Alt-letter: the same in every language, never a clash
            action = QAction(numbered(number, dock.windowTitle()), window)
            action.setObjectName(f"show_{name}")
            action.setCheckable(True)  # ticked while the dock is open
            if number <= 9:
                action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, d=dock: self.show_dock(d))
            self.actions[name] = action
        self.next_dock = QAction(self.tr("&Next dock"), window)
        self.next_dock.setShortcut(QKeySequence("F6"))
        self.next_dock.triggered.connect(lambda: self.cycle(1))
        self.previous_dock = QAction(self.tr("&Previous dock"), window)
        self.previous_dock.setShortcut(QKeySequence("Shift+F6"))
        self.previous_dock.triggered.connect(lambda: self.cycle(-1))
        self.close_dock = QAction(self.tr("Close &dock"), window)
        self.close_dock.setShortcut(QKeySequence("Ctrl+F4"))
        self.close_dock.triggered.connect(self.close_focused)
        for action in (*self.actions.values(), self.next_dock, self.previous_dock):
            window.addAction(action)  # the keys work with the menu bar hidden too
        window.addAction(self.close_dock)
        # the pane that had the focus before the menu bar took it (Alt, F10); only the pane
        # is kept: a widget handed over by focusChanged may be gone by the time it is read
        self._last_pane: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not isinstance(new, QMenuBar | QMenu):
            self._last_pane = self._pane_of(new)

    def _focused_pane(self) -> QWidget | None:
        """The pane holding the focus, or the one that held it when a menu took it."""
        focus = QApplication.focusWidget()
        if focus is None or isinstance(focus, QMenuBar | QMenu):
            return self._last_pane
        return self._pane_of(focus)

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.next_dock)
        menu.addAction(self.previous_dock)
        menu.addAction(self.close_dock)
        menu.aboutToShow.connect(self._tick)
        # greyed in the menu while no dock has the focus; the key stays live (a disabled
        # action's key does nothing)
        menu.aboutToHide.connect(lambda: self.close_dock.setEnabled(True))

    def _tick(self) -> None:
        for name, action in self.actions.items():
            action.setChecked(not self.window.docks[name].isHidden())
        self.close_dock.setEnabled(self.focused_dock() is not None)

    def show_dock(self, dock: FeatureDock) -> None:
        self.actions[dock.NAME].setChecked(True)  # choosing it never unticks it
        bring_forward(dock)

    def panes(self) -> list[QWidget]:
        """The docks in sight and the profile card, in reading order (top to bottom, left
        to right; floating docks last)."""
        window = self.window
        shown: list[QWidget] = [d for d in window.docks.values() if not d.out_of_sight()]
        if window.card.isVisible() and window.card.isEnabled():
            shown.append(window.card)

        def place(pane: QWidget) -> tuple[int, int, int]:
            if pane.isWindow():
                return (1, pane.y(), pane.x())
            corner = pane.mapTo(window, pane.rect().topLeft())
            return (0, corner.y(), corner.x())

        return sorted((p for p in shown if p.isEnabled()), key=place)

    def _pane_of(self, widget: QWidget | None) -> QWidget | None:
        while widget is not None:
            if widget is self.window.card or isinstance(widget, FeatureDock):
                return widget
            widget = widget.parentWidget()
        return None

    def focused_dock(self) -> FeatureDock | None:
        pane = self._focused_pane()
        return pane if isinstance(pane, FeatureDock) else None

    def cycle(self, step: int) -> None:
        """F6: the focus to the next pane in sight; Shift+F6: the previous one."""
        panes = self.panes()
        if not panes:
            return
        current = self._focused_pane()
        if current in panes:
            index = (panes.index(current) + step) % len(panes)
        else:
            index = 0 if step > 0 else len(panes) - 1
        pane = panes[index]
        if isinstance(pane, FeatureDock) and pane.isFloating():
            pane.activateWindow()
        focus_into(pane)

    def close_focused(self) -> None:
        """Close the dock holding the focus; the focus goes to the next pane."""
        dock = self.focused_dock()
        if dock is None:
            return
        dock.close()
        self.cycle(1)
