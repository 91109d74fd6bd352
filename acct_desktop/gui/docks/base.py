"""What every dock is: a declared name, title and default area, fed by the workspace."""

from __future__ import annotations

import uuid
from typing import ClassVar

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QHeaderView, QWidget
from shiboken6 import isValid

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.enter_keys import press_focused_button
from acct_desktop.gui.screen_fit import ScrollBody
from acct_desktop.gui.widgets.saved_headers import SavedHeaders
from acct_desktop.services.workspace import Workspace


class FeatureDock(QDockWidget):
    """Subclasses declare ``NAME`` (stable objectName), ``TITLE`` and ``AREA`` once."""

    NAME: ClassVar[str]
    TITLE: ClassVar[str]  # marked with QT_TRANSLATE_NOOP("docks", ...)
    AREA: ClassVar[Qt.DockWidgetArea]
    # A dock that only shows what it reads can wait until it is seen: closed, or a tab
    # behind another, a new database or current account only marks it stale, and it reads
    # when its tab is chosen. Opening a 10,000-account database read the registers behind
    # the calendar's tab for nobody (~0.2 s of the UI thread), and so did every click on an
    # account. Not for docks that must act on the change at once (the quote builder saves
    # the edit in progress to the account it belongs to).
    READS_WHEN_SEEN: ClassVar[bool] = False
    # The user opened an account from a row (Enter, a double-click): it becomes current and
    # the window brings its profile card forward, with the focus.
    account_opened = Signal(object)

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("docks", self.TITLE), parent)
        self.setObjectName(self.NAME)
        self.current = current
        self.workspace: Workspace | None = None
        self.undo_stack: QUndoStack | None = None  # set by the main window
        self.background: BackgroundRunner | None = None  # set by the main window
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        current.changed.connect(self._account_changed)
        # What was put off until the dock is seen (READS_WHEN_SEEN): nothing, the current
        # account's part ("account"), or everything ("all").
        self._stale: str | None = None
        self.visibilityChanged.connect(self._seen)
        self.saved_headers: SavedHeaders | None = None  # keep_headers
        self.content: QWidget | None = None  # setWidget

    def setWidget(self, widget: QWidget | None) -> None:
        """The dock's content scrolls where the window leaves it less room than its
        controls need (a 1366 × 768 laptop at 150 % has 911 × 472 logical pixels): no
        dock makes the window bigger than the screen. ``content`` is what was given."""
        self.content = widget
        super().setWidget(None if widget is None else ScrollBody(widget, self, small=True))

    def keep_headers(self, **headers: QHeaderView) -> None:
        """Keep these column heads between sessions under these keys; how they are now
        is what View → Reset layout brings back. Called once the heads are set up."""
        self.saved_headers = SavedHeaders(headers)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """A database was opened (or closed): drop everything shown and read anew."""
        self.workspace = workspace
        self.refresh()

    def _account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.workspace is not None and not self._put_off("account"):
            self.account_changed(account_id)

    def refresh(self) -> None:
        """Read again (after a change made elsewhere, an import…), now or when seen. The
        keyboard focus stays where it was: a dock that greys its fields while it reads (the
        quote builder's editor) dropped it, and F5 left nothing with the focus."""
        if not self._put_off("all"):
            focus = QApplication.focusWidget()
            held = focus is not None and self.isAncestorOf(focus)
            self.reload()
            if held and QApplication.focusWidget() is not focus:
                assert focus is not None
                if isValid(focus) and focus.isVisible() and focus.isEnabled():
                    focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _put_off(self, what: str) -> bool:
        """Whether the read of ``what`` ("account" or "all") is left for when the dock is
        seen; "all" covers "account"."""
        if not (self.READS_WHEN_SEEN and self.workspace is not None and self.out_of_sight()):
            self._stale = None
            return False
        if self._stale != "all":
            self._stale = what
        return True

    def out_of_sight(self) -> bool:
        """In a window but closed, or a tab behind another (such a dock is still "visible"
        to Qt, but nothing of it is on the screen)."""
        if self.parent() is None:
            return False  # a dock on its own (tests): read as asked
        return not self.isVisible() or self.visibleRegion().isEmpty()

    def _seen(self, visible: bool) -> None:
        """The dock came into sight: read what was put off (only the current account's
        part when nothing else changed: plan vs actual then just selects the account)."""
        stale, self._stale = self._stale, None
        if not visible or stale is None:
            self._stale = stale
        elif self.workspace is not None:
            if stale == "all":
                self.reload()
            else:
                self.account_changed(self.current.id)

    def catch_up(self) -> None:
        """Read what was put off if the dock is in sight now without having been shown
        anew: a page that lay over it went away (no visibilityChanged is sent then)."""
        if self._stale is not None and not self.out_of_sight():
            self._seen(True)

    def reload(self) -> None:
        if self.workspace is not None:
            self.account_changed(self.current.id)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        """Show what belongs to ``account_id``; docks override."""

    def view_state(self) -> dict[str, QByteArray]:
        """View settings to keep between sessions (column choice, order, widths, sort)."""
        return self.saved_headers.state() if self.saved_headers is not None else {}

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        """Apply what ``view_state`` returned in an earlier session."""
        if self.saved_headers is not None:
            self.saved_headers.restore(state)

    def reset_view(self) -> None:
        """View → Reset layout: the columns as the dock starts (shown, order, widths,
        sort); docks that fit their columns to what they show fit them again."""
        if self.saved_headers is not None:
            self.saved_headers.reset()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a button of the dock presses it (a floating dock too)."""
        if not press_focused_button(event):
            super().keyPressEvent(event)

    def focus_target(self) -> QWidget | None:
        """Where the focus goes when the dock is chosen from View (Alt+1 …) or F6 and had
        none before; None: its first list or table, else its first field."""
        return None

    def shown_row_count(self) -> int:
        """How many data rows the dock shows (for the status line and tests)."""
        return 0
