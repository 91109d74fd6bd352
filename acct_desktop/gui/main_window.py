"""The main window: composes the docks, the menus and the status bar; nothing more."""

from __future__ import annotations

import logging
import platform
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QRect, QSize, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QWidget,
)

from acct_desktop import __version__
from acct_desktop.domain.alerts import AlertKind
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.backup_actions import BackupActions
from acct_desktop.gui.connection_watch import ConnectionWatch
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.demo_actions import DemoActions
from acct_desktop.gui.dock_focus import DockFocus, in_sight
from acct_desktop.gui.dock_undo import DockUndo
from acct_desktop.gui.docks import DOCKS, FeatureDock
from acct_desktop.gui.enter_keys import install as install_enter_keys
from acct_desktop.gui.enter_keys import press_focused_button
from acct_desktop.gui.file_drops import FileDrops
from acct_desktop.gui.form_drafts import FormKeeper
from acct_desktop.gui.keys import MENU_NOTE, numbered
from acct_desktop.gui.labels import format_day
from acct_desktop.gui.login_actions import ask_password, login_refused
from acct_desktop.gui.print_actions import PrintActions
from acct_desktop.gui.profile.card import ProfileCard
from acct_desktop.gui.screen_fit import FRAME_ALLOWANCE, ScrollBody, bounded_size, share_of
from acct_desktop.gui.seal_actions import SealActions
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.gui.settings import WINDOW_STATE_VERSION, AppSettings
from acct_desktop.gui.tour import DockTour, dock_tour_steps
from acct_desktop.gui.transfer import Transfers
from acct_desktop.gui.welcome import StartActions, WelcomePage, recent_elsewhere
from acct_desktop.gui.widgets.elided_line import ElidedLine
from acct_desktop.services import pinyin_warm_up
from acct_desktop.services.secrets import settings_safe_target
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.database import DatabaseError, redacted, shown_name
from acct_desktop.store.reachability import (
    is_server,
    is_unreachable,
    login_problem,
    unreachable_sentence,
)

log = logging.getLogger(__name__)
TREE_SHARE, TREE_LEAST, TREE_MOST = 0.35, 440, 640  # the account tree's default width
DATABASE_FILTER = "acct-desktop database (*.acctdb *.sqlite *.db);;All files (*)"
Opener = Callable[[str], Workspace]
LAPTOP = QSize(1366, 768) - FRAME_ALLOWANCE - QSize(0, 40)  # inside, above the taskbar


class Leaving(Enum):
    """What would let go of the quote edits kept while the database could not be reached
    (they live in the window): asked first."""

    CLOSE = "close"  # and View → Language, which closes it for a new one
    OPEN = "open"  # another database: File → Open, Open recent, New database, the demo


class MainWindow(QMainWindow):
    window_replaced = Signal(object)  # the new MainWindow after View → Language

    def __init__(self, settings: AppSettings, opener: Opener, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.opener = opener
        self.workspace: Workspace | None = None
        self.last_dialog: QMessageBox | None = None  # the last message shown (tests read it)
        # a team database's password asked for (said: why; the user): tests put a stand-in
        self.ask_password: Callable[[str, str], str | None] = lambda said, user: ask_password(
            self, said, user
        )
        self.current = CurrentAccount(self)
        self.background = BackgroundRunner(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_enter_keys(app)  # Ctrl+Enter saves in every dialog
        self.setWindowTitle("acct-desktop")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        self.card = ProfileCard(self.current, self.background, self)
        self.card.profile_form.sig_saved.connect(lambda _changed: self._update_status())
        # on a laptop at 150 % the card scrolls rather than make the window taller than
        # the screen (its header is never cut, see ProfileHeader)
        self.setCentralWidget(ScrollBody(self.card, self, small=True))
        # an undoable change (a plan accepted, a visit archived, and their undo) may change
        # the status line's counts: count again once the edits pause
        self._status_due = QTimer(self, singleShot=True, interval=400)
        self._status_due.timeout.connect(self._update_status)
        self.transfers = Transfers(self)
        self.file_drops = FileDrops(self)
        self.setAcceptDrops(True)  # drop a CSV/XLSX on the window to import it
        self.docks: dict[str, FeatureDock] = {}
        for dock_class in DOCKS:
            dock = dock_class(self.current, self)
            dock.background = self.background
            self.docks[dock.NAME] = dock
        # each dock its own undo history, the one in use following the focus (gui/dock_undo)
        self.dock_undo = DockUndo(self, self.tr("&Undo"), self.tr("&Redo"))
        self.dock_undo.moved.connect(self._status_due.start)
        tree = self.docks["accountTreeDock"]  # a save of the card is an account edit (F2)
        self.card.profile_form.undo_stack = tree.undo_stack
        self.card.profile_form.after_undo = self._card_save_undone
        self.docks["accountTreeDock"].sig_accounts_changed.connect(self._accounts_changed)
        self.docks["contactMapDock"].contacts_changed.connect(self._contacts_changed)
        self.card.header.sig_restore.connect(self.docks["accountTreeDock"].commands.restore_by_id)
        self.docks["issuesDock"].issues_changed.connect(self._issues_changed)
        self.docks["policyRegisterDock"].register_changed.connect(self._register_changed)
        calendar = self.docks["visitCalendarDock"]
        self.docks["contactMapDock"].territory.plan_requested.connect(
            lambda ids: (calendar.raise_(), calendar.open_planner(ids))
        )
        calendar.route_requested.connect(self._show_route)
        self.docks["accountTreeDock"].plan_requested.connect(
            lambda ids: (calendar.raise_(), calendar.open_planner(ids))
        )
        alerts = self.docks["alertsDock"]
        alerts.open_requested.connect(self._open_alert)
        self.docks["issuesDock"].issues_changed.connect(lambda _c: alerts.reload())
        self.docks["policyRegisterDock"].register_changed.connect(lambda _c: alerts.reload())
        # a quote sent, accepted, ordered, discarded or its validity changed: the alerts
        # (expiring quotes, orders due) are read again off the UI thread once edits pause
        self._alerts_due = QTimer(self, singleShot=True, interval=300)
        self._alerts_due.timeout.connect(alerts.reload)
        self.docks["quoteBuilderDock"].quotes_changed.connect(self._alerts_due.start)
        from acct_desktop.gui.global_search import GlobalSearchBar

        self.search_bar = GlobalSearchBar(self)  # Ctrl+K, Today, + New
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.search_bar.toolbar)
        self._arrange_default()
        self._default_state = self.saveState(WINDOW_STATE_VERSION)
        self._tree_width_pending = False  # the default layout waits for the window's size
        self.status_label = ElidedLine()  # "…" where a laptop at 150 % has less room
        self.statusBar().addWidget(self.status_label, 1)
        self.connection_watch = ConnectionWatch(
            self.statusBar(), lambda: self.workspace, self.background
        )
        self.background.connection_lost.connect(self.connection_watch.lost)
        self.connection_watch.back.connect(self._database_back)
        quote_commands = self.docks["quoteBuilderDock"].commands  # edits kept while away
        quote_commands.unreachable.connect(self.connection_watch.lost)
        quote_commands.kept.offline = lambda: self.connection_watch.down
        # closing, opening another database or switching the language with quote edits
        # still waiting for the database: asked (tests answer)
        self.losing_kept: Callable[[int, Leaving], bool] = self._ask_losing_kept
        self.card.profile_form.sig_saved.connect(  # a Save went through: it is back
            lambda _changed: self.connection_watch.down and self.connection_watch.retry()
        )
        self.seal_actions = SealActions(
            self, self.current, lambda: self.workspace, self.background, self._checklist_issued
        )
        self.print_actions = PrintActions(
            self, self.current, lambda: self.workspace, self.background
        )
        self.backup_actions = BackupActions(
            self,
            lambda: self.workspace,
            self.background,
            self._reopen_for_restore,
            self.settings.backup_keep,
            self.settings.set_backup_keep,
        )
        self.backup_actions.backed_up.connect(lambda _info: self._update_status())
        from acct_desktop.gui.encryption_actions import EncryptionActions

        self.encryption_actions = EncryptionActions(
            self, lambda: self.workspace, self.background, self._reopen_for_restore
        )
        self.demo_actions = DemoActions(self, self.background, self.open_database)
        self._build_menus()
        from acct_desktop.gui.dock_keys import add_dock_keys

        add_dock_keys(self)
        self.current.changed.connect(self._account_changed)
        self.welcome = WelcomePage(
            StartActions(
                demo=self.demo_actions.open_demo,
                import_accounts=self.import_accounts_action,
                new_database=self.new_database_action,
                open_database=self.open_database_action,
            ),
            self,
        )
        # Ctrl+N on the page: the new database its own button offers (the docks' Ctrl+N
        # lie under it, disabled); only where the page has the focus, so no key is held twice
        new_here = QShortcut(QKeySequence.StandardKey.New, self.welcome)
        new_here.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_here.activated.connect(self.new_database_action.trigger)
        self.welcome.sig_recent_chosen.connect(self.open_database)
        self.welcome.sig_dismissed.connect(self.dismiss_welcome)
        self._welcome_dismissed_for: str | None = None  # an empty database, this session
        # The tour of the docks, once, when the first database shows its docks: only where
        # asked (the app; never tests, the bench or screenshots)
        self.offer_tour = False
        self.tour: DockTour | None = None
        self._had_no_accounts = False
        tree = self.docks["accountTreeDock"]
        no_accounts = (self.import_accounts_action, tree.commands.new_action)
        tree.no_accounts.set_actions(no_accounts)
        self.card.no_accounts.set_actions(no_accounts)
        self.docks["contactMapDock"].no_accounts.set_actions(no_accounts)
        for action in self._database_actions:
            action.setEnabled(False)  # until a database is open
        self._update_status()
        self._update_welcome()

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history Edit → Undo and Redo work on now: the focused dock's (the
        account tree's for the profile card), or the dock's where a step was last made."""
        return self.dock_undo.active()

    def _icon(self, theme: str, fallback: str) -> QIcon:
        """The system's icon (Windows' own glyphs), else Qt's standard one."""
        return QIcon.fromTheme(
            getattr(QIcon.ThemeIcon, theme),
            self.style().standardIcon(getattr(QStyle.StandardPixmap, fallback)),
        )

    # -- layout ---------------------------------------------------------------------------
    def _arrange_default(self) -> None:
        bottom: list[FeatureDock] = []
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
            self.addDockWidget(dock.AREA, dock)
            if Qt.DockWidgetArea.BottomDockWidgetArea == dock.AREA:
                bottom.append(dock)
        for dock in bottom[1:]:
            self.tabifyDockWidget(bottom[0], dock)
        if bottom:
            bottom[0].raise_()
        self.resizeDocks([self.docks["accountTreeDock"]], [440], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["alertsDock"]], [340], Qt.Orientation.Horizontal)
        if bottom:
            self.resizeDocks([bottom[0]], [360], Qt.Orientation.Vertical)

    def share_room(self, size: QSize) -> None:
        """The default layout is made for a 1366 × 768 laptop; in a smaller window (the
        same laptop at 125 % or 150 % display scaling) the docks take shares of ``size``
        instead, so the card keeps its own: the tree a third of the width, the alerts a
        quarter, the docks below 3/5 of the height between the toolbars and the status
        bar."""
        if size.width() < LAPTOP.width():
            self.resizeDocks(
                [self.docks["accountTreeDock"], self.docks["alertsDock"]],
                [min(440, size.width() // 3), min(340, size.width() // 4)],
                Qt.Orientation.Horizontal,
            )
        below = [
            dock
            for dock in self.docks.values()
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
            and not dock.isFloating()
            and not dock.isHidden()
        ]
        if below and size.height() < LAPTOP.height():
            around = 90  # menus, search bar, status bar
            height = min(360, (size.height() - around) * 3 // 5)
            self.resizeDocks([below[0]], [height], Qt.Orientation.Vertical)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab pass over the docks tabbed behind another: their widgets are
        "visible" to Qt, off the window, and the focus went out of sight. Qt walks the
        focus chain; a stop out of sight is walked past."""
        start = QApplication.focusWidget()
        for _ in range(len(self.docks) * 200):  # a guard; the ring is far shorter
            if not super().focusNextPrevChild(next):
                return False
            focus = QApplication.focusWidget()
            if focus is None or focus is start or in_sight(focus):
                return True
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a button outside the docks (the profile card, the welcome page, the
        search bar) presses it."""
        if not press_focused_button(event):
            super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.file_drops.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A spreadsheet to the import dialog, a .vcf to the contacts of the current account
        (asked for when none is chosen), an .ics to the visit calendar."""
        if self.file_drops.drop(event.mimeData()):
            event.acceptProposedAction()

    def reset_layout(self) -> None:
        """View → Reset layout: every dock back where it starts, all visible, and the
        columns of every dock as they start (shown, order, widths, sort)."""
        self.reset_docks()
        self.layout().activate()  # the docks at their widths before their columns fit them
        for dock in self.docks.values():
            dock.reset_view()

    def reset_docks(self) -> None:
        """Every dock back where it starts, all visible (its columns left as they are), and
        the search bar back at the top."""
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self.search_bar.toolbar.show()
        if not self.restoreState(self._default_state, WINDOW_STATE_VERSION):
            self._arrange_default()
        self.share_room(self.size())
        self._tree_width_pending = True
        self._suit_tree_width()

    def _suit_tree_width(self) -> None:
        """The account tree's default width: a share of the window (478 pixels of a
        1366-pixel laptop's, where 440 cut the names of a chain's branches on the tree's
        fourth level), so that its names are read whole on a wider screen too. A window not
        shown yet has no size of its own: its first fit to the screen (``fit_within``)
        suits the tree again."""
        if not self._tree_width_pending:
            return
        width = share_of(self.width(), TREE_SHARE, TREE_LEAST, TREE_MOST)
        if self.width() < LAPTOP.width():  # a laptop at 125 or 150 %: a third (share_room)
            width = min(width, self.width() // 3)
        self.resizeDocks([self.docks["accountTreeDock"]], [width], Qt.Orientation.Horizontal)
        self._tree_width_pending = not self.isVisible()

    def restore_layout(self) -> bool:
        """Restore the saved geometry and docks; fall back to the default layout.

        Returns True when the saved layout was used.
        """
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a first run: the screen's available part (its docks shrink to any screen)
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                self.resize(bounded_size(area.size(), area))
                self.share_room(self.size())
        self.ensure_on_screen()
        for dock in self.docks.values():
            dock.restore_view_state(self.settings.view_state(dock.NAME))
        version, state = self.settings.window_state()
        restored = (
            state is not None
            and version == WINDOW_STATE_VERSION
            and self.restoreState(state, WINDOW_STATE_VERSION)
        )
        if not restored:
            if state is not None:
                log.warning("saved window layout (version %s) not usable; using default", version)
            self.reset_docks()  # the columns just restored stay as the user left them
        return bool(restored)

    def ensure_on_screen(self) -> None:
        """Never leave the window where no screen shows it (a detached monitor)."""
        screens = QGuiApplication.screens()
        if not screens:
            return
        frame = self.frameGeometry()
        visible = any(
            s.availableGeometry().intersected(frame).width() >= 120
            and s.availableGeometry().intersected(frame).height() >= 80
            for s in screens
        )
        if visible:
            return
        area: QRect = QGuiApplication.primaryScreen().availableGeometry()
        width = min(max(self.width(), 800), area.width())
        height = min(max(self.height(), 560), area.height())
        self.setGeometry(
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )

    def fit_within(self, area: QRect) -> None:
        """Shrink the window into ``area`` (a screen's available part) where it came out
        bigger. Before the first show, Qt measures the docks' hidden rows (every quote
        button, a whole Dutch toolbar) and grows a new window past a 1366-pixel screen;
        once shown, the docks need far less, so the window is brought back inside."""
        self.layout().activate()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        least = self.minimumSizeHint()
        width = max(min(inner.width(), area.width() - extra_w), least.width())
        height = max(min(inner.height(), area.height() - extra_h), least.height())
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
            self.share_room(self.size())
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.x() + max(0, area.width() - frame.width()))
        y = min(max(frame.y(), area.y()), area.y() + max(0, area.height() - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)
        self._suit_tree_width()  # a first run's default layout, on this screen

    def fit_to_screen(self) -> None:
        """``fit_within`` the available part of the screen the window is on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.fit_within(screen.availableGeometry())

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(WINDOW_STATE_VERSION))
        for dock in self.docks.values():
            self.settings.save_view_state(dock.NAME, dock.view_state())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_lose_kept(Leaving.CLOSE):
            event.ignore()
            return
        self.save_layout()
        self.keep_drafts()
        self.demo_actions.cancel()
        super().closeEvent(event)

    def may_lose_kept(self, leaving: Leaving) -> bool:
        """Whether the window may close (View → Language too) or open another database
        (``leaving``): no quote edit typed while the database could not be reached waits
        (the database answering by now, they are written first), or the user chose to lose
        those still waiting (they live in this window only)."""
        kept = self.docks["quoteBuilderDock"].commands.kept
        if not kept.waiting():
            return True
        kept.write()  # the database may answer again by now
        waiting = len(kept.waiting())
        return not waiting or self.losing_kept(waiting, leaving)

    def _ask_losing_kept(self, waiting: int, leaving: Leaving) -> bool:
        """Whether to go on with ``leaving`` although ``waiting`` quote edits typed while
        the database could not be reached are not written yet."""
        if leaving is Leaving.OPEN:
            said = self.tr(
                "%n change(s) to a quote, typed while the database could not be reached, are "
                "not saved yet. Opening another database now loses them; staying on this one, "
                "they are saved as soon as the database answers.",
                "",
                waiting,
            )
            stay, go = self.tr("Stay on this database"), self.tr("Open and lose them")
        else:
            said = self.tr(
                "%n change(s) to a quote, typed while the database could not be reached, are "
                "not saved yet. Closing now loses them; kept open, they are saved as soon as "
                "the database answers.",
                "",
                waiting,
            )
            stay, go = self.tr("Keep the window open"), self.tr("Close and lose them")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"), said, parent=self)
        keep = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.last_dialog = box
        box.exec()
        return box.clickedButton() is lose

    def keep_drafts(self) -> None:
        """Keep at once what is typed and not saved, in the profile card and in every form
        still open: as after a crash, it comes back when the form or the account is opened
        again; a form that saves itself as it is typed (the visit report) saves it now.
        Closing never asks to save or discard (nothing typed is lost either way)."""
        self.card.profile_form.keep_draft()
        for keeper in self.findChildren(FormKeeper):
            keeper.flush()

    # -- menus ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        icon = self._icon
        self.new_database_action = QAction(
            icon("DocumentNew", "SP_FileIcon"), self.tr("&New database…"), self
        )
        self.new_database_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_database_action.triggered.connect(self._new_database)
        self.open_database_action = QAction(
            icon("DocumentOpen", "SP_DialogOpenButton"), self.tr("&Open database…"), self
        )
        self.open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(self._open_database_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_actions.open_demo)
        file_menu.addSeparator()
        self.import_accounts_action = QAction(
            icon("InsertText", "SP_FileDialogDetailedView"), self.tr("&Import accounts…"), self
        )
        self.import_accounts_action.triggered.connect(lambda: self.transfers.ask_import("accounts"))
        file_menu.addAction(self.import_accounts_action)
        self._database_actions = [self.import_accounts_action]  # need an open database
        for text, slot in (
            (self.tr("Import &contacts…"), lambda: self.transfers.ask_import("contacts")),
            (self.tr("Import &sales…"), lambda: self.transfers.ask_import("sales")),
            (self.tr("E&xport accounts…"), lambda: self.transfers.ask_export("accounts")),
            (self.tr("Ex&port contacts…"), lambda: self.transfers.ask_export("contacts")),
        ):
            action = file_menu.addAction(text)
            action.triggered.connect(slot)
            self._database_actions.append(action)
        file_menu.addSeparator()
        file_menu.setToolTipsVisible(True)  # why Back up now is greyed out (team database)
        file_menu.addAction(self.backup_actions.backup_now)
        file_menu.addAction(self.backup_actions.restore)
        file_menu.addAction(self.encryption_actions.encrypt)
        file_menu.addAction(self.encryption_actions.decrypt)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.dock_undo.undo_action)
        edit_menu.addAction(self.dock_undo.redo_action)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        tree = self.docks["accountTreeDock"]
        for action in (
            tree.commands.new_action,
            tree.commands.new_child_action,
            tree.commands.edit_action,
            tree.commands.archive_action,
            tree.commands.restore_action,
        ):
            account_menu.addAction(action)

        account_menu.addSeparator()
        account_menu.addAction(self.seal_actions.issue_checklist)
        price_check = QAction(self.tr("What is the &price…"), self)
        price_check.setShortcut(QKeySequence("Ctrl+Shift+P"))
        price_check.triggered.connect(self.open_price_check)
        account_menu.addAction(price_check)
        account_menu.addAction(self.print_actions.price_list)
        account_menu.addAction(self.print_actions.rebate_statement)

        self._fill_new_menu()
        quote_menu = self.menuBar().addMenu(self.tr("&Quote"))
        quotes = self.docks["quoteBuilderDock"]
        quotes.commands.fill_menu(quote_menu)
        self.seal_actions.my_details.triggered.connect(quotes.show_seller)  # after the dialog

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.search_bar.focus_action)
        search_bar = self.search_bar.toolbar.toggleViewAction()
        search_bar.setText(self.tr("Search &bar"))
        view_menu.addAction(search_bar)
        view_menu.addSeparator()
        # each dock shown, brought forward and focused (Alt+1 …), never hidden by its entry
        self.dock_focus = DockFocus(self)
        self.dock_focus.fill_menu(view_menu)
        view_menu.addSeparator()
        reset = QAction(self.tr("&Reset layout"), self)
        reset.triggered.connect(self.reset_layout)
        view_menu.addAction(reset)
        refresh = self.refresh_action = QAction(self.tr("Re&fresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)  # docks hold no F5 of their own
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        view_menu.addSeparator()
        from acct_desktop.gui.language_switch import language_menu

        self.language_menu = language_menu(self, self.settings.language(), self.choose_language)
        view_menu.addMenu(self.language_menu)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        for action in self.seal_actions.actions():
            if action is None:
                tools_menu.addSeparator()
            else:
                tools_menu.addAction(action)
        tools_menu.addAction(self.tr("&Sales targets…"), self.open_targets)
        from acct_desktop.gui.monthly_summary_actions import add_monthly_summary_action

        add_monthly_summary_action(tools_menu, self)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.tour_action = QAction(self.tr("&Tour of the docks"), self)
        self.tour_action.triggered.connect(self.start_tour)
        help_menu.addAction(self.tour_action)
        about = QAction(self.tr("&About acct-desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.view_menu = view_menu

    def _fill_new_menu(self) -> None:
        """+ New on the top bar: the docks' own commands, each after its dock comes forward."""
        docks, bar = self.docks, self.search_bar

        def forward(name: str) -> Callable[[], None]:
            return lambda: (docks[name].show(), docks[name].raise_())

        bar.add_new(docks["accountTreeDock"].commands.new_action, forward("accountTreeDock"))
        bar.add_new(docks["contactMapDock"].commands.actions["add"], forward("contactMapDock"))
        calendar = docks["visitCalendarDock"]
        plan = QAction(calendar.plan_button.text(), self)
        plan.setObjectName("planVisitsForCurrent")
        plan.triggered.connect(
            lambda: calendar.open_planner([self.current.id] if self.current.id else None)
        )
        bar.add_new(plan, forward("visitCalendarDock"))
        bar.add_new(docks["quoteBuilderDock"].commands.actions["new"], forward("quoteBuilderDock"))
        bar.add_new(docks["issuesDock"].commands.new_action, forward("issuesDock"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            note = self.recent_menu.addAction(self.tr("(no recent databases)"))
            note.setEnabled(False)
            note.setProperty(MENU_NOTE, True)
        for number, target in enumerate(files, start=1):
            action = self.recent_menu.addAction(numbered(number, shown_name(target)))
            action.triggered.connect(lambda _checked=False, t=target: self.open_database(t))

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "territory.acctdb"), DATABASE_FILTER
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    self.tr("New database"),
                    self.tr(
                        "%1 already exists. Choose a new file name, or use Open database "
                        "to open it."
                    ).replace("%1", path),
                )
                return
            if self.open_database(path):
                self.encryption_actions.offer_for_new_database()

    def _open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path.home()), DATABASE_FILTER
        )
        if path:
            self.open_database(path)

    def _about(self) -> None:
        import sqlalchemy

        schema = ""
        if self.workspace is not None:
            from acct_desktop.store.schema import HEAD_REVISION

            schema = HEAD_REVISION
        QMessageBox.about(
            self,
            self.tr("About acct-desktop"),
            self.tr(
                "<h3>acct-desktop %1</h3><p>Accounts, contacts, visits, price policies, "
                "rebates, quotes and sealed issue checklists, offline.</p>"
            ).replace("%1", __version__)
            + f"<p>Qt {qVersion()} · PySide6 {_pyside_version()} · "
            f"SQLAlchemy {sqlalchemy.__version__} · Python {platform.python_version()}"
            + (f" · schema {schema}" if schema else "")
            + "</p>",
        )

    # -- database -------------------------------------------------------------------------
    def open_database(self, target: str) -> bool:
        """Open ``target`` in place of the current database; explain any failure. Quote
        edits kept while the database could not be reached, and not written yet, are asked
        about first (staying: nothing is opened)."""
        if not self.may_lose_kept(Leaving.OPEN):
            return False
        return self._open(target)

    def _open(self, target: str) -> bool:
        try:
            workspace = self.opener(target)
        except DatabaseError as exc:
            if self.encryption_actions.is_key_problem(exc):  # offer "Enter recovery key…"
                return self.encryption_actions.offer_recovery(exc) and self._open(target)
            QMessageBox.warning(self, self.tr("Cannot open database"), exception_text(exc))
            return False
        except Exception as exc:  # an unexpected failure must not kill the window
            problem = login_problem(exc)
            if problem is not None:  # the server answered: a password, not the network
                return login_refused(self, target, exc, problem)
            if is_unreachable(exc):  # the server is down, the share is gone: our words
                log.warning("opening %s failed: %s", redacted(target), exc)
                self._say_unreachable(target, exc)
                return False
            log.exception("opening %s failed", redacted(target))
            QMessageBox.warning(
                self,
                self.tr("Cannot open database"),
                filled_in(self.tr("%1 could not be opened: %2"), redacted(target), str(exc)),
            )
            return False
        self.set_workspace(workspace)
        remembered = settings_safe_target(target)  # never a password in settings
        self.settings.add_recent_file(remembered)
        self.settings.set_last_database(remembered)
        return True

    def _say_unreachable(self, target: str, exc: BaseException) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot open database"))
        box.setText(user_text(unreachable_sentence(target)))
        box.setDetailedText(str(getattr(exc, "orig", None) or exc))  # one click away
        self.last_dialog = box  # open, not exec: nothing waits on the user's click
        box.open()

    def _database_back(self) -> None:
        """The database answers again: keep the drafts typed meanwhile, read everything."""
        self.keep_drafts()
        if self.workspace is not None:
            self.workspace.form_drafts.write_pending()  # held in memory while it was away
        self.docks["quoteBuilderDock"].commands.kept.write()  # quote edits typed meanwhile
        self.refresh()
        self.statusBar().showMessage(
            self.tr("The database answers again; Save what you typed meanwhile."), 15_000
        )

    def choose_language(self, code: str) -> QMainWindow:
        """View → Language: this window is replaced by one in ``code`` ("" = the system's)."""
        from acct_desktop.gui.language_switch import switch_language

        return switch_language(self, code)

    def hand_over_workspace(self) -> Workspace | None:
        """Give up the open workspace without closing it (a new window takes it over)."""
        self.keep_drafts()  # the new window's forms put them back
        self.background.wait()
        workspace, self.workspace = self.workspace, None
        return workspace

    def set_workspace(
        self, workspace: Workspace | None, account_id: uuid.UUID | None = None
    ) -> None:
        """Show ``workspace`` (closing the one shown before) at ``account_id``, else at the
        account current when it was last open."""
        old = self.workspace
        self.workspace = workspace
        self.current.set(None)
        self.dock_undo.clear()  # undo steps belong to the database they were made in
        self.docks["quoteBuilderDock"].commands.kept.forget()  # and so do kept quote edits
        self.connection_watch.reset()
        for dock in self.docks.values():
            dock.set_workspace(workspace)
        self.card.set_workspace(workspace)
        if old is not None and old is not workspace:
            if workspace is None:
                self.background.wait()  # the file may be copied, replaced or restored next
                old.close()
            else:
                # Closed once the reads already queued for it have run (one worker, in
                # order); waiting for them here froze the window for ~0.3 s when opening
                # another file.
                self.background.submit(old.close, lambda _closed: None)
        self._update_status()
        for action in self._database_actions:
            action.setEnabled(workspace is not None)
        self.backup_actions.update_state()  # a file's backups; a team database's server's
        if workspace is not None:
            workspace.db.bound_waits()  # a server gone silent: said within seconds, no freeze
            self.setWindowTitle(f"{shown_name(workspace.label, short=True)} — acct-desktop")
            self.current.set(account_id or self._initial_account(workspace))
            if not self.has_no_accounts():  # an empty database has nothing to lose yet
                self.backup_actions.take("daily")  # off the UI thread; only when one is due
            # global search indexes what changed while the file was closed (after an upgrade:
            # everything, a few seconds) before the first Ctrl+K needs it
            self.background.submit(
                workspace.global_search.catch_up, lambda _n: None, replaces="search_catch_up"
            )
            # Chinese names read in pinyin before the first keystroke needs them (queued
            # after the docks' first reads: once the window is shown and filled)
            self.background.submit(
                partial(pinyin_warm_up.warm_up, workspace.db),
                lambda _n: None,
                replaces="pinyin_warm_up",
            )
        else:
            self.setWindowTitle("acct-desktop")
        self._update_welcome()

    def _reopen_for_restore(self, target: str | None) -> None:
        """Close the database (None) or open ``target`` again after a restore."""
        if target is None:
            self.set_workspace(None)
        else:
            self.open_database(target)

    def _initial_account(self, workspace: Workspace) -> uuid.UUID | None:
        """The account current when this database was last open, else a busy one."""
        remembered = self.settings.last_account(workspace.label)
        if remembered:
            try:
                account_id = uuid.UUID(remembered)
            except ValueError:
                account_id = None
            if account_id is not None and workspace.accounts.profile(account_id) is not None:
                return account_id
        return workspace.accounts.busiest_account_id()

    def refresh(self) -> None:
        if self.connection_watch.down:  # F5 while the database was away: try it now too
            self.connection_watch.retry()
        for dock in self.docks.values():
            dock.refresh()  # a dock that cannot be seen reads when it is
        self.card.show_account(self.current.id)
        self._update_status()
        self._update_welcome()  # an import may have brought the first accounts

    def _accounts_changed(self, account_id: uuid.UUID) -> None:
        """An account was created, edited, moved or archived: refresh what shows it."""
        self.card.show_account(self.current.id)
        self._update_status()
        self._update_welcome()

    def _card_save_undone(self, account_id: uuid.UUID) -> None:
        """A save of the profile card undone or redone (Ctrl+Z / Ctrl+Y), perhaps while
        another account is shown: its account becomes current, in the tree and in the card
        on its Profile tab, so what was put back is seen (the status bar says which step)."""
        self.current.set(account_id)
        self.card.open_tab("profile")
        self.docks["accountTreeDock"].after_change(account_id)

    def _contacts_changed(self, _account_id: uuid.UUID | None) -> None:
        """People were added, changed or removed on the contact map: the card's counts and
        its Contacts tab, and the status bar, follow."""
        self.card.show_account(self.current.id)
        self._update_status()

    # -- welcome page and empty states ----------------------------------------------------
    def has_no_accounts(self) -> bool:
        """Whether no database is open, or the open one has no account at all."""
        return self.workspace is None or not self.workspace.accounts.has_accounts()

    def _update_welcome(self) -> None:
        """The welcome page while no database is open or the open one has no accounts
        (unless the user chose to continue with it); the account tree and the profile card
        say "No accounts yet" with what to do. Once accounts arrive, the first becomes
        current."""
        workspace = self.workspace
        empty = self.has_no_accounts()
        no_accounts = workspace is not None and empty
        self.docks["accountTreeDock"].show_no_accounts(no_accounts)
        self.card.show_no_accounts(no_accounts)
        shown = empty and (workspace is None or workspace.label != self._welcome_dismissed_for)
        if shown:
            label = workspace.label if workspace is not None else None
            self.welcome.show_state(label, recent_elsewhere(self.settings.recent_files(), label))
        for dock in self.docks.values():
            dock.setEnabled(not shown)  # nothing under the page takes focus or a shortcut
        self.card.setEnabled(not shown)
        gives_way = self.welcome.isVisible() and not shown
        self.search_bar.set_usable(not shown)  # Ctrl+K then says why, not types unseen
        self.welcome.set_shown(shown)
        if gives_way:  # the docks fill and measure themselves again (their reads run in
            # the background): once they have, the window is brought back onto the screen
            from acct_desktop.gui.stall_watch import when_idle

            when_idle(self.background.busy, self.fit_to_screen, self)
        if not shown:  # the docks it lay over are in sight now: read what they put off
            QTimer.singleShot(0, self._docks_catch_up)
            if workspace is not None and self.offer_tour and not self.settings.tour_seen():
                QTimer.singleShot(0, self._offer_tour)
        arrived = self._had_no_accounts and not empty  # the first import or account
        self._had_no_accounts = no_accounts
        if arrived and workspace is not None and self.current.id is None:
            self.current.set(self._initial_account(workspace))
        if arrived:  # the first accounts: the database's first backup (when one is due)
            self.backup_actions.take("daily")

    def start_tour(self) -> DockTour:
        """Help → Tour of the docks (and once on the first run): each dock lit in turn."""
        self.settings.set_tour_seen()
        if self.tour is None:
            self.tour = DockTour(self, dock_tour_steps(self))
            self.tour.sig_finished.connect(self._update_welcome)  # back, if it was up
        self.tour.steps = dock_tour_steps(self)
        self.welcome.hide()  # (Help → Tour on the welcome page) the docks it lies over
        self.tour.start()
        return self.tour

    def _offer_tour(self) -> None:
        if not self.settings.tour_seen() and not self.welcome.isVisible():
            self.start_tour()

    def _docks_catch_up(self) -> None:
        for dock in self.docks.values():
            dock.catch_up()

    def dismiss_welcome(self) -> None:
        """The welcome page's Continue with the empty database: the docks, with their
        empty states (until another database is opened)."""
        if self.workspace is not None:
            self._welcome_dismissed_for = self.workspace.label
        self._update_welcome()

    def _issues_changed(self, changed: object) -> None:
        """Issues were raised or edited in the Issues dock: refresh the card's counts and
        its Issues tab if they belong to the current account, the tree rows of their
        accounts and of the accounts above (the open and late issues roll up), and the
        status line."""
        account_ids = tuple(getattr(changed, "account_ids", ()))
        if self.current.id in account_ids:
            self.card.show_account(self.current.id)
        self.card.refresh_tab("checklists")  # its items' open and overdue counts (branches too)
        self.docks["accountTreeDock"].refresh_accounts(account_ids)
        self._update_status()

    def open_targets(self) -> QWidget | None:
        """Tools → Sales targets…: the targets grid of the open database."""
        from acct_desktop.gui.targets_actions import open_targets

        return open_targets(self)

    def open_price_check(self) -> QWidget | None:
        """The current account's price for a product and quantity, and why."""
        if self.workspace is None or self.current.id is None:
            return None
        from acct_desktop.gui.dialogs.price_check import PriceCheckDialog

        dialog = PriceCheckDialog(self.workspace, self.current.id, self)
        dialog.open()
        return dialog

    def _show_route(self, stops: list) -> None:
        """A day's visits as numbered stops on the territory map."""
        self.docks["contactMapDock"].show_day_route(stops)

    def _open_alert(
        self,
        kind: AlertKind,
        account_id: uuid.UUID,
        object_id: uuid.UUID,
        arguments: Mapping[str, object] | None = None,
    ) -> None:
        """An alert was opened: its account becomes current and its dock shows the object
        (a sales alert: its month's figures of its measure, ``arguments``)."""
        self.current.set(account_id)
        if kind is AlertKind.QUOTE_EXPIRING and self.workspace is not None:
            self.open_quote(object_id)
        elif kind in (AlertKind.REBATE_LATE, AlertKind.REBATE_NOT_ACTIVE):
            register = self.docks["policyRegisterDock"]
            register.raise_()
            register.show_kind("rebate")
            register.select_record("rebate", object_id)
        elif kind is AlertKind.ISSUE_OVERDUE:
            self.docks["issuesDock"].raise_()
            self.docks["issuesDock"].select_issues((object_id,))
        elif kind is AlertKind.VISIT_OVERDUE:  # when it was last seen; Plan visits… beside
            self.docks["visitCalendarDock"].raise_()
            self.docks["visitCalendarDock"].show_account_visits()
        else:  # sales below target: where, by how much, and the form to explain it
            self.card.open_tab("sales")
            plan = self.docks["planActualDock"]
            plan.raise_()
            said = dict(arguments or {})
            measure, month, currency = said.get("measure"), said.get("month"), said.get("currency")
            plan.show_account(
                account_id,
                Measure(measure) if isinstance(measure, str) else None,
                month if isinstance(month, date) else None,
                currency if isinstance(currency, str) else None,
            )

    def open_quote(self, quote_id: uuid.UUID) -> None:
        """Quote ``quote_id`` in the quote builder, brought forward (its account current)."""
        if self.workspace is None:
            return
        quotes = self.docks["quoteBuilderDock"]
        quotes.show()
        quotes.raise_()
        quotes.show_quote(self.workspace.quote_builder.view(quote_id))

    def _register_changed(self, _changed: object) -> None:
        """A policy or agreement was entered or decided: the card's register tab re-reads."""
        self.card.refresh_tab("policies")

    def _checklist_issued(self, _issued: object) -> None:
        self.card.refresh_tab("checklists")

    def _account_changed(self, account_id: uuid.UUID | None) -> None:
        if self.workspace is not None and account_id is not None:
            self.settings.set_last_account(self.workspace.label, str(account_id))

    def _update_status(self) -> None:
        """Counting a million visits takes a moment on a big database: count off the UI
        thread and fill the status bar when the numbers arrive."""
        workspace = self.workspace
        self.encryption_actions.update_state()
        if workspace is None:
            self.status_label.setText(self.tr("No database open"))
            return
        self.status_label.setText(
            (
                self.tr("db: %1 · counting… · team database")
                if is_server(workspace.db.url)
                else self.tr("db: %1 · counting… · offline")
            ).replace("%1", self.encryption_actions.label(workspace))
        )

        def show(counts: dict[str, int]) -> None:
            if workspace is self.workspace:
                self._show_counts(workspace, counts)

        def unavailable(_said: str) -> None:
            # not "counting…" until the server is back (QA s23): the counts come back with it
            if workspace is self.workspace:
                self.status_label.setText(
                    (
                        self.tr("db: %1 · no counts while the team database is away")
                        if is_server(workspace.db.url)
                        else self.tr("db: %1 · no counts while the database file is away")
                    ).replace("%1", self.encryption_actions.label(workspace))
                )

        self.background.submit(workspace.stats.counts, show, unavailable, replaces="status_counts")

    def _show_counts(self, workspace: Workspace, counts: dict[str, int]) -> None:
        number = QLocale().toString  # 2,000 in English, 2.000 in Vietnamese and Dutch
        text = filled_in(
            self.tr("db: %1 · %2 accounts · %3 contacts · %4 visits · team database")
            if is_server(workspace.db.url)
            else self.tr("db: %1 · %2 accounts · %3 contacts · %4 visits · offline"),
            self.encryption_actions.label(workspace),
            number(counts["accounts"]),
            number(counts["contacts"]),
            number(counts["visits"]),
        )
        newest = self.backup_actions.newest()
        if newest is not None:
            when = newest.taken_at.astimezone()
            today = when.date() == datetime.now().astimezone().date()
            shown = (
                QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
                if today
                else format_day(when.date())
            )
            text += " · " + self.tr("last backup %1").replace("%1", shown)
        elif self.backup_actions.backs_up_here():  # a file database: none of it yet
            text += " · " + self.tr("no backup yet")
        self.status_label.setText(text)

    def default_state(self) -> QByteArray:
        return QByteArray(self._default_state)


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__
