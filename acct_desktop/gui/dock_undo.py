"""Edit → Undo and Redo, one history per dock.

Each dock keeps its own undo steps, and Ctrl+Z / Ctrl+Y (Edit → Undo / Redo) undo and
redo in the dock that has the focus; the profile card shares the account tree's history
(both edit accounts). A step just made makes its dock's history the one in use (a plan
accepted in the planner opened from the map is what Ctrl+Z takes back next). The Edit
menu names the step ("Undo withdraw IS-2026-00012"), and each undo or redo says in the
status bar what it did ("Undone: withdraw IS-2026-00012"), bringing its dock forward if
it was out of sight.

Why not one history for the window: Ctrl+Y in the policy register redid a withdrawal of
an issue in the Issues dock, tabbed behind it, and nothing on the screen said so. A
manager thinks of each dock as a document of its own (the register, the issue list, a
quote), as in an office suite each document has its own Undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from acct_desktop.gui.dock_focus import bring_forward
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.keys import redo_keys

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow

SAID_FOR_MS = 8000


class DockHistory(QUndoStack):
    """One dock's undo steps; ``pushed`` says a step was just made in it."""

    pushed = Signal()

    def push(self, cmd: QUndoCommand) -> None:
        super().push(cmd)
        self.pushed.emit()


class DockUndo(QObject):
    """The histories of the window's docks, the one in use, and Edit → Undo / Redo
    (``undo_action``, ``redo_action``: ``undo_label`` / ``redo_label`` and the step).
    ``moved`` says a step was made, undone or redone in any of them."""

    moved = Signal()

    def __init__(self, window: MainWindow, undo_label: str, redo_label: str) -> None:
        super().__init__(window)
        self.window = window
        self.group = QUndoGroup(self)
        # (the histories are this object's: they go with it, after the docks and the
        # window's timers, and say nothing while they go)
        self._stacks: list[tuple[DockHistory, FeatureDock]] = []
        for dock in window.docks.values():
            stack = DockHistory(self)
            dock.undo_stack = stack
            self._stacks.append((stack, dock))
            self.group.addStack(stack)
            stack.pushed.connect(lambda s=stack: self.group.setActiveStack(s))
            stack.indexChanged.connect(self._index_moved)
        self.accounts = window.docks["accountTreeDock"].undo_stack  # the card's too
        self.group.setActiveStack(self.accounts)
        self._labels = (undo_label, redo_label)
        self.undo_action = QAction(undo_label, window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(redo_label, window)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.triggered.connect(self.redo)
        group = self.group
        for signal in (
            group.activeStackChanged,
            group.canUndoChanged,
            group.canRedoChanged,
            group.undoTextChanged,
            group.redoTextChanged,
        ):
            signal.connect(self._show_state)
        self._show_state()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _index_moved(self, _index: int) -> None:
        self.moved.emit()

    def active(self) -> QUndoStack:
        """The history Ctrl+Z and Ctrl+Y work on now."""
        return self.group.activeStack() or self.accounts

    def clear(self) -> None:
        """Every history emptied (another database: steps belong to the one made in)."""
        for stack, _dock in self._stacks:
            stack.clear()
        self.group.setActiveStack(self.accounts)

    def _show_state(self, *_changed: object) -> None:
        """Edit → Undo and Redo: usable or not, and naming the step ("Undo archive Acme")."""
        group, (undo_label, redo_label) = self.group, self._labels
        for action, label, can, step in (
            (self.undo_action, undo_label, group.canUndo(), group.undoText()),
            (self.redo_action, redo_label, group.canRedo(), group.redoText()),
        ):
            action.setEnabled(can)
            action.setText(f"{label} {step}" if step else label)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The history in use follows the focus into a dock or the profile card; the menu
        bar, a menu, the search bar or a dialog of the window leave it as it is."""
        if new is None or isinstance(new, QMenuBar | QMenu):
            return
        widget: QWidget | None = new
        while widget is not None:
            if widget is self.window.card:
                self.group.setActiveStack(self.accounts)
                return
            if isinstance(widget, FeatureDock) and isinstance(widget.undo_stack, DockHistory):
                self.group.setActiveStack(widget.undo_stack)
                return
            widget = widget.parentWidget()

    # -- Edit → Undo, Redo ----------------------------------------------------------------
    def undo(self) -> None:
        stack = self.active()
        if stack.canUndo():
            self._step(stack, stack.undoText(), stack.undo, self.tr("Undone: %1"))

    def redo(self) -> None:
        stack = self.active()
        if stack.canRedo():
            self._step(stack, stack.redoText(), stack.redo, self.tr("Redone: %1"))

    def _step(self, stack: QUndoStack, text: str, run: Callable[[], None], said: str) -> None:
        dock = next((d for s, d in self._stacks if s is stack), None)
        if dock is not None and dock.out_of_sight():
            bring_forward(dock)  # what changes is seen changing
        steps = stack.count()
        run()
        if stack.count() == steps:  # a refused step is said by itself and leaves the history
            self.window.statusBar().showMessage(said.replace("%1", text), SAID_FOR_MS)
