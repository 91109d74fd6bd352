"""The window's top bar: global search (Ctrl+K) with its list of hits, Today, and + New.

Typing searches accounts, contacts, quotes, issues and checklists
(``services/global_search.py``) once the keys pause; the hits drop down under the field,
grouped by kind, a few of each; a kind with more ends in "Show all N", which lists every
hit of that kind (read a page at a time as the list scrolls), under a row back to all
kinds. The field keeps the keyboard: Up and Down walk the rows, Enter opens the one chosen
(a click too), Esc goes back from one kind's list, then closes it; Esc with the list
closed gives the focus back to where it was before the field (the dock the user came
from). Opening a hit uses the docks' own ways in: the account tree reveals an account, the
contact map selects a person, the quote builder opens a quote, the Issues dock selects an
issue, the profile card's Checklists tab a checklist.

The search runs on the UI thread: it takes a few milliseconds on a 10,000-account database
(``bench/run.py --only global_search``), less than handing it to the background worker,
where it would queue behind the docks' reads. So do the pages of one kind (each a few
milliseconds, however far down). Counting a kind's hits reads all of them, which grows with
the data: that runs in the background worker, and the number joins "Show all" when it
comes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from acct_desktop.gui.keys import without_mnemonic
from acct_desktop.gui.models.global_hits import GlobalHitsModel
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.global_search import PAGE, PER_KIND, GlobalHit, HitPage, KindHits
from acct_desktop.services.record_search import HitKind
from acct_desktop.services.search_pages import PageMark

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 150  # typing pauses this long before a search
SHORTCUT = "Ctrl+K"

# Per kind: the system's icon, else Qt's own (as the docks' actions choose theirs).
KIND_ICONS = {
    HitKind.ACCOUNT: ("GoHome", "SP_DirHomeIcon"),
    HitKind.CONTACT: ("UserAvailable", "SP_DialogYesButton"),
    HitKind.QUOTE: ("DocumentSend", "SP_FileDialogDetailedView"),
    HitKind.ISSUE: ("DialogWarning", "SP_MessageBoxWarning"),
    HitKind.CHECKLIST: ("DocumentProperties", "SP_FileDialogInfoView"),
}


def themed_icon(widget: QWidget, theme: str, fallback: str) -> QIcon:
    return QIcon.fromTheme(
        getattr(QIcon.ThemeIcon, theme),
        widget.style().standardIcon(getattr(QStyle.StandardPixmap, fallback)),
    )


class GlobalSearchBar(QObject):
    """The top toolbar and its hits list; ``window`` is the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = QToolBar(self.tr("Search"), window)
        self.toolbar.setObjectName("globalSearchToolbar")  # in the saved window state
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.field = QLineEdit()
        self.field.setObjectName("globalSearchField")
        self.field.setPlaceholderText(
            self.tr("Search accounts, contacts, quotes… (%1)").replace(
                "%1", QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.field.setToolTip(
            self.tr(
                "Accounts, contacts, quotes, issues and checklists, by any part of a name or "
                "number; accents and case do not matter"
            )
        )
        self.field.setClearButtonEnabled(True)
        self.field.addAction(
            themed_icon(window, "EditFind", "SP_FileDialogContentsView"),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.field.setMinimumWidth(240)
        self.field.setMaximumWidth(520)
        self.field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.field.installEventFilter(self)
        self.toolbar.addWidget(self.field)
        self.toolbar.addSeparator()
        self.today_button = QToolButton()
        self.today_button.setObjectName("todayButton")
        self.today_button.setText(self.tr("Today"))
        self.today_button.setIcon(themed_icon(window, "AppointmentSoon", "SP_ArrowRight"))
        self.today_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.today_button.setToolTip(self.tr("Today in the calendar, and today's alerts"))
        self.today_button.clicked.connect(self.go_to_today)
        self.toolbar.addWidget(self.today_button)
        self.new_menu = QMenu(window)
        self.new_menu.setObjectName("newMenu")
        self.new_button = QToolButton()
        self.new_button.setObjectName("newButton")
        self.new_button.setText(self.tr("New"))
        self.new_button.setIcon(themed_icon(window, "ListAdd", "SP_FileIcon"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setMenu(self.new_menu)
        self.toolbar.addWidget(self.new_button)

        self.popup = QFrame(window)
        self.popup.setObjectName("globalSearchPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAutoFillBackground(True)
        self.model = GlobalHitsModel(self.icon_for, self)
        self.view = QListView()
        self.view.setObjectName("globalSearchHits")
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(lambda index: self.open_row(index.row()))
        self.empty = QLabel()
        self.empty.setObjectName("globalSearchEmpty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(8, 6, 8, 6)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self.popup.hide()
        self.failed: str | None = None  # the last search's failure, in the user's words
        self.query = ""  # what the hits shown were found for
        self._overview: list[KindHits] = []  # its first hits of each kind (for going back)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._typed)
        # One action, in the window and in every dock: Ctrl+K works wherever the focus is,
        # a floating dock included (one action, so no ambiguous shortcut).
        self.focus_action = QAction(self.tr("&Search everything"), window)
        self.focus_action.setObjectName("globalSearchAction")
        self.focus_action.setShortcut(QKeySequence(SHORTCUT))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus)
        window.addAction(self.focus_action)
        self._came_from: QWidget | None = None  # where the focus was before the field
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        for dock in window.docks.values():
            dock.addAction(self.focus_action)

    # -- + New ------------------------------------------------------------------------------
    def add_new(self, action: QAction, before: Callable[[], object]) -> QAction:
        """A + New entry for ``action`` (a dock's own command): ``before`` brings the dock
        forward, then the command runs; when it cannot (an issue needs a current account),
        the status bar says why, in the dock's own words. Always enabled: a dock out of
        sight has not yet updated its commands for the current account."""
        # the dock's own Alt-letter means nothing in this menu ("新建报价单(&N)")
        entry = QAction(action.icon(), without_mnemonic(action.text()), self.new_menu)
        entry.setObjectName(f"new_{action.objectName() or len(self.new_menu.actions())}")
        action.changed.connect(lambda: entry.setText(without_mnemonic(action.text())))

        def run() -> None:
            before()
            if action.isEnabled():
                action.trigger()
            else:
                self.window.statusBar().showMessage(action.toolTip(), 8000)

        entry.triggered.connect(lambda _checked=False: run())
        self.new_menu.addAction(entry)
        return entry

    # -- searching ---------------------------------------------------------------------------
    def icon_for(self, kind: HitKind) -> QIcon:
        return themed_icon(self.window, *KIND_ICONS[kind])

    def set_usable(self, usable: bool) -> None:
        """Off while the welcome page lies over the bar: the field would take the keys
        unseen (Ctrl+K then says in the status bar that search needs a database)."""
        self.toolbar.setEnabled(usable)
        if not usable:
            self.close_popup()

    def focus(self) -> None:
        """Ctrl+K: the field, its text selected (and its hits again, if any); while the
        welcome page shows, a word in the status bar instead."""
        if not self.toolbar.isEnabled():
            self.window.statusBar().showMessage(
                self.tr("Search needs a database with accounts: open one, or start below."),
                8000,
            )
            return
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self.run_search()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.close_popup()

    def run_search(self) -> None:
        """Search for what is typed now and show the hits (or say there are none)."""
        self._timer.stop()
        query = self.field.text().strip()
        workspace = self.window.workspace
        if not query or workspace is None:
            self.close_popup()
            return
        self.failed = None
        try:
            groups = workspace.global_search.overview(query, PER_KIND)
        except Exception as exc:  # a database error must not reach the user as a trace
            log.exception("global search failed")
            groups, self.failed = [], exception_text(exc)
        self.query, self._overview = query, groups
        self.model.set_overview(groups)
        self._count([group.kind for group in groups if group.more])
        self._show(self.tr("No matches for “%1”.").replace("%1", query))

    def _show(self, nothing: str, current: int | None = None) -> None:
        """The list (``current`` chosen, else its first hit), or ``nothing`` said."""
        rows = self.model.hit_rows()
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(rows[0] if current is None else current, 0))
            self.view.scrollTo(self.view.currentIndex())
        else:
            self.empty.setText(self.failed or nothing)
        self._place()
        self.popup.show()
        self.popup.raise_()

    def _count(self, kinds: list[HitKind]) -> None:
        """How many hits ``kinds`` have, counted in the worker; each joins its "Show all"
        row (or its heading) if the same search is still shown."""
        workspace = self.window.workspace
        if not kinds or workspace is None:
            return
        search, query = workspace.global_search, self.query

        def work() -> dict[HitKind, int]:
            return {kind: search.count(query, kind) for kind in kinds}

        def done(counts: dict[HitKind, int]) -> None:
            if self.query == query and self.window.workspace is workspace:
                for kind, count in counts.items():
                    self.model.set_count(kind, count)

        # a count not yet started is dropped when the next search asks for its own; a
        # failed count leaves "Show all…" without a number (the list itself still works)
        self.window.background.submit(work, done, lambda _said: None, replaces="search_count")

    def show_kind(self, kind: HitKind) -> None:
        """Every hit of ``kind`` for the search shown, a page now and more as the list
        scrolls, under a row back to the first hits of every kind."""
        workspace = self.window.workspace
        if workspace is None:
            return
        known = self.model.count(kind)
        self.model.show_kind(kind, self._page(kind, None), lambda mark: self._page(kind, mark))
        if known is None:
            self._count([kind])
        self._show(self.tr("No matches for “%1”.").replace("%1", self.query))

    def _page(self, kind: HitKind, after: PageMark | None) -> HitPage:
        workspace = self.window.workspace
        if workspace is None:
            return HitPage([], None)
        try:
            return workspace.global_search.page(self.query, kind, after, PAGE)
        except Exception as exc:  # the list ends there, and the status bar says why
            log.exception("global search page failed")
            self.failed = exception_text(exc)
            self.window.statusBar().showMessage(self.failed, 8000)
            return HitPage([], None)

    def show_overview(self) -> None:
        """Back from one kind's list to the first hits of every kind (no new search), its
        "Show all" row chosen."""
        came_from = self.model.kind_shown
        self.model.set_overview(self._overview, self.model.counts())
        more = self.model.more_row(came_from) if came_from is not None else None
        self._show(self.tr("No matches for “%1”.").replace("%1", self.query), more)

    def _place(self) -> None:
        """Under the field, as wide as the hits need (within the window)."""
        window = self.window
        top_left = self.field.mapTo(window, QPoint(0, self.field.height() + 2))
        width = max(self.field.width(), 460)
        width = max(200, min(width, window.width() - top_left.x() - 8))
        if self.view.isVisible() or self.model.rowCount():
            rows_height = sum(self.view.sizeHintForRow(row) for row in range(self.model.rowCount()))
            height = rows_height + 2 * self.view.frameWidth() + 4
        else:
            height = self.empty.sizeHint().height()
        if not self.model.hit_rows():
            self.empty.setFixedWidth(width - 2)
            height = self.empty.heightForWidth(width - 2) + 4
        # at most ~60 % of the window (about fifteen hits), the rest behind the scroll bar
        room = window.height() - top_left.y() - 40
        height = min(height, max(120, min(room, window.height() * 3 // 5)))
        self.popup.setGeometry(top_left.x(), top_left.y(), width, height + 2)

    def close_popup(self) -> None:
        self.popup.hide()

    def _step(self, delta: int) -> None:
        rows = self.model.stops()
        if not rows:
            return
        current = self.view.currentIndex().row()
        place = rows.index(current) if current in rows else -1
        target = max(0, min(len(rows) - 1, place + delta)) if place >= 0 else 0
        if target == len(rows) - 1 and place + delta > target and self.model.canFetchMore():
            self.model.fetchMore()  # past the last row read: the next page
            rows = self.model.stops()
            target = min(len(rows) - 1, place + delta)
        index = self.model.index(rows[target], 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if not self.popup.isVisible():
                    self.run_search()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5}
                self._step(step.get(key, -5))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or not self.popup.isVisible():
                    self.run_search()  # Enter before the pause: search now, open the first
                self.open_row(self.view.currentIndex().row())
                return True
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self._timer.stop()
                if self.model.kind_shown is not None:
                    self.show_overview()
                else:
                    self.close_popup()
                return True
            if key == Qt.Key.Key_Escape:
                self._timer.stop()
                self.leave()
                return True
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            self._timer.stop()
            QTimer.singleShot(0, self._close_unless_focused)  # after a click on a hit
        return super().eventFilter(watched, event)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self.field and old is not None and old.window() is self.window:
            self._came_from = old

    def leave(self) -> None:
        """Esc with the list closed: the focus goes back to where it was before the field
        (else to the account tree); the text stays, selected by the next Ctrl+K."""
        back = self._came_from
        if back is None or not isValid(back) or not back.isVisible() or not back.isEnabled():
            back = self.window.docks["accountTreeDock"].view
        back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.close_popup()

    # -- opening -----------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        """Open the hit in ``row``; or show all of its kind, or go back to every kind."""
        kind = self.model.more_kind(row)
        if kind is not None:
            self.show_kind(kind)
            return
        if self.model.is_back(row):
            self.show_overview()
            return
        hit = self.model.hit(row)
        if hit is None:
            return
        self.close_popup()
        open_hit(self.window, hit)

    def go_to_today(self) -> None:
        """Today: the calendar at today, and the alerts (what needs doing today)."""
        window = self.window
        calendar = window.docks["visitCalendarDock"]
        calendar.show()
        calendar.raise_()
        calendar.go_to_today()
        alerts = window.docks["alertsDock"]
        alerts.show()
        alerts.raise_()


def open_hit(window: MainWindow, hit: GlobalHit) -> None:
    """Go to ``hit``: its account becomes current and the dock that shows it brings it up."""
    docks = window.docks
    tree = docks["accountTreeDock"]
    if hit.kind is HitKind.ACCOUNT:
        tree.show()
        tree.reveal_in_hierarchy(hit.id)
        tree.view.setFocus()
        return
    if hit.kind is HitKind.CONTACT:
        contacts = docks["contactMapDock"]
        contacts.show()
        contacts.raise_()
        tree.reveal_in_hierarchy(hit.account_id)
        contacts.select_contact(hit.id)
        return
    window.current.set(hit.account_id)
    if hit.kind is HitKind.QUOTE:
        window.open_quote(hit.id)
    elif hit.kind is HitKind.ISSUE:
        issues = docks["issuesDock"]
        issues.show()
        issues.raise_()
        issues.show_issue(hit.id, hit.title)
    else:
        tab = window.card.open_tab("checklists")
        tab.select_checklist(hit.id)
