"""No key is held twice where it is pressed: Qt does nothing at all on an ambiguous key
("Ambiguous shortcut overload: Ctrl+Y"), so Redo and the plan dock's F5 were dead.

Walks every QAction and QShortcut of the main window and its docks and, for every widget
that can hold the focus, works out which shortcuts would be live there (by their context:
window, widget with children, widget) -- the way Qt picks them. A key held twice by one
action, or by two live at the same focus, fails with both names.

And no part of the window (a dock, the profile card) holds a key for the whole window: the
profile form's Ctrl+S did, so Ctrl+S in the quote builder saved the profile instead of the
quote, and a dock giving Ctrl+S its own meaning would have made the key dead there."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QWidget

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.nothing_here import StandIn

Ctx = Qt.ShortcutContext


def _name(thing: QObject) -> str:
    text = thing.text() if isinstance(thing, QAction) else ""
    return f"{type(thing).__name__}({thing.objectName() or text!r})"


def _keys(thing: QAction | QShortcut) -> list[str]:
    keys = thing.shortcuts() if isinstance(thing, QAction) else thing.keys()
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in keys if not k.isEmpty()]


def _anchors(action: QAction) -> list[QWidget]:
    """The widgets an action sits on; a menu's action counts where its menu is reached
    from (the menu bar, so the window)."""
    anchors: list[QWidget] = []
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu | QMenuBar):
            anchors.append(obj.window() if isinstance(obj, QMenuBar) else obj)
        elif isinstance(obj, QWidget):
            anchors.append(obj)
    return anchors


def _live_at(focus: QWidget, anchor: QWidget, context: Ctx, window: QWidget) -> bool:
    if context == Ctx.ApplicationShortcut:
        return True
    if context == Ctx.WindowShortcut:
        if isinstance(anchor, QMenu):  # a menu's actions work in the window it belongs to
            return _menu_in_window(anchor, window)
        return anchor.window() is window or anchor is window
    if context == Ctx.WidgetShortcut:
        return focus is anchor
    return focus is anchor or anchor.isAncestorOf(focus)  # WidgetWithChildrenShortcut


def _menu_in_window(menu: QMenu, window: QWidget) -> bool:
    action = menu.menuAction()
    return any(
        (isinstance(o, QMenuBar) and o.window() is window)
        or (isinstance(o, QMenu) and o is not menu and _menu_in_window(o, window))
        for o in action.associatedObjects()
    )


def clashes(window: QWidget) -> list[str]:
    holders: list[tuple[QObject, list[str], list[QWidget], Ctx]] = []
    problems: set[str] = set()
    for action in window.findChildren(QAction):
        keys = _keys(action)
        if not keys:
            continue
        for key in {k for k in keys if keys.count(k) > 1}:
            problems.add(f"{_name(action)} holds {key} twice")
        holders.append((action, keys, _anchors(action), action.shortcutContext()))
    for shortcut in window.findChildren(QShortcut):
        if isinstance(shortcut, StandIn):
            continue  # holds its action's keys only while the action is off (Qt passes over it)
        keys = _keys(shortcut)
        if keys and isinstance(shortcut.parent(), QWidget):
            holders.append((shortcut, keys, [shortcut.parent()], shortcut.context()))
    focusable = [
        w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    for focus in [window, *focusable]:
        if focus.window() is not window:
            continue  # a dialog or a popup of its own
        live: dict[str, set[str]] = defaultdict(set)
        for holder, keys, anchors, context in holders:
            if any(_live_at(focus, a, context, window) for a in anchors):
                for key in set(keys):
                    live[key].add(_name(holder))
        for key, names in live.items():
            if len(names) > 1:
                problems.add(f"{key} at {_name(focus)}: {', '.join(sorted(names))}")
    return sorted(problems)


# Window-wide on purpose, though a dock holds it: Ctrl+Shift+F opens the account tree's
# filter menu from anywhere (README, Keyboard); no other part gives the key a meaning.
WINDOW_WIDE_ON_PURPOSE = {("accountTreeDock", "Ctrl+Shift+F")}


def _part(widget: QWidget, window: QMainWindow) -> QWidget | None:
    """The dock or the central widget (the profile card) ``widget`` is in, else None."""
    central = window.centralWidget()
    while widget is not None and widget is not window:
        if isinstance(widget, QDockWidget) or widget is central:
            return widget
        widget = widget.parentWidget()
    return None


def window_wide_in_a_part(window: QMainWindow) -> list[str]:
    """Shortcuts that only a part of the window holds (not the window, not its menus)
    with a window-wide context: they fire wherever the focus is."""
    problems: list[str] = []
    wide = (Ctx.WindowShortcut, Ctx.ApplicationShortcut)
    holders: list[tuple[QObject, list[str], list[QWidget], Ctx]] = [
        (a, _keys(a), _anchors(a), a.shortcutContext()) for a in window.findChildren(QAction)
    ]
    holders += [
        (s, _keys(s), [s.parent()], s.context())
        for s in window.findChildren(QShortcut)
        if isinstance(s.parent(), QWidget)
    ]
    for holder, keys, anchors, context in holders:
        if not keys or context not in wide or not anchors:
            continue
        parts = [_part(anchor, window) for anchor in anchors]
        if any(part is None for part in parts):
            continue  # the window's own (a menu, the window itself): meant for everywhere
        for part in {p.objectName() for p in parts}:
            for key in sorted(set(keys)):
                if (part, key) not in WINDOW_WIDE_ON_PURPOSE:
                    problems.append(f"{key} of {_name(holder)} in {part} is window-wide")
    return sorted(problems)


def test_no_part_of_the_window_holds_a_key_for_the_whole_window(window: MainWindow) -> None:
    found = window_wide_in_a_part(window)
    assert found == [], "\n".join(found)


def test_the_guard_sees_a_window_wide_key_in_a_dock(window: MainWindow) -> None:
    """As the profile form's Ctrl+S was: a QShortcut's context is the window unless set."""
    dock = window.docks["quoteBuilderDock"]
    QShortcut(QKeySequence("Ctrl+Shift+S"), dock.editor, lambda: None)
    assert any(
        "Ctrl+Shift+S" in p and "quoteBuilderDock" in p for p in window_wide_in_a_part(window)
    )


def test_the_guard_sees_a_window_key_over_a_docks_ctrl_s(window: MainWindow) -> None:
    """A File → Save on Ctrl+S next to the docks' own Ctrl+S: the key would be dead in them."""
    extra = QAction("Save everything", window)
    extra.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    window.addAction(extra)
    found = clashes(window)
    assert any("Ctrl+S at" in p and "Save everything" in p and "quote_save" in p for p in found)


def test_no_key_is_held_twice_anywhere_in_the_window(window: MainWindow) -> None:
    found = clashes(window)
    assert found == [], "\n".join(found)


def test_redo_holds_ctrl_y_and_ctrl_shift_z_once_each(window: MainWindow) -> None:
    redo = next(a for a in window.findChildren(QAction) if a.text().endswith("&Redo"))
    keys = _keys(redo)
    assert sorted(keys) == sorted(set(keys))
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys


def test_the_guard_sees_a_key_held_twice(window: MainWindow) -> None:
    """The guard itself can fail: a dock action on F5 next to View → Refresh."""
    dock = window.docks["issuesDock"]
    extra = QAction("Extra refresh", dock)
    extra.setShortcut(QKeySequence("F5"))
    extra.setShortcutContext(Ctx.WidgetWithChildrenShortcut)
    dock.addAction(extra)
    assert any("F5" in p and "Extra refresh" in p for p in clashes(window))


def test_f5_in_plan_vs_actual_reads_it_again(window: MainWindow, qtbot) -> None:
    """F5 was held by the dock and by View → Refresh: nothing happened."""
    dock = window.docks["planActualDock"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.out_of_sight())
    dock.tree.setFocus()
    qtbot.waitUntil(dock.tree.hasFocus)
    with qtbot.waitSignal(window.refresh_action.triggered, timeout=2000):
        QTest.keyClick(dock.tree, Qt.Key.Key_F5)


def test_ctrl_y_and_ctrl_shift_z_redo(window: MainWindow, qtbot) -> None:
    tree = window.docks["accountTreeDock"].view
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    stack = window.undo_stack
    for key, modifiers in (
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ):
        stack.push(QUndoCommand("step"))
        stack.undo()
        assert stack.canRedo()
        QTest.keyClick(tree, key, modifiers)
        assert not stack.canRedo()
