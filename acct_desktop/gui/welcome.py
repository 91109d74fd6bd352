"""The welcome page: what the app is and how to start, over the whole window while no
database is open or the open one has no accounts yet.

Each way to start is a button for an existing action of the window (File → Open the demo
database, Import accounts…, New database…, Open database…) — the page has no logic of its
own — and the databases opened before are one click away. With an empty database open,
"Continue with the empty database" leaves the page for the docks, whose account tree and
profile card then say what to do (``widgets.empty_state``).

The page lies over the docks rather than replacing them, so the user's dock layout is
never touched: it is saved and restored as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.store.database import redacted, shown_name

RECENT_SHOWN = 5
COLUMN_WIDTH = 430  # px of each column at 100 %: two fit a 1366-pixel laptop with room
FOLDER_WIDTH = 380  # px a recent database's folder is elided to


@dataclass(frozen=True)
class StartActions:
    """The window's actions the page offers (it triggers them, never copies them)."""

    demo: QAction
    import_accounts: QAction
    new_database: QAction
    open_database: QAction


class WelcomePage(QWidget):
    sig_recent_chosen = Signal(str)  # a database from the recent list, to open
    sig_dismissed = Signal()  # "Continue with the empty database"

    def __init__(self, actions: StartActions, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcomePage")
        self.setAutoFillBackground(True)
        self._main = window
        self.actions = actions
        columns = QHBoxLayout()
        columns.setSpacing(32)
        for part in (self._start_column(actions), self._recent_column()):
            holder = QWidget()
            holder.setLayout(part)
            holder.setMaximumWidth(COLUMN_WIDTH)
            columns.addWidget(holder, 1, Qt.AlignmentFlag.AlignTop)
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setStyleSheet(
            "#welcomeCard { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        card.setMaximumWidth(2 * COLUMN_WIDTH + 96)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(24)
        inner.addLayout(self._heading())
        inner.addLayout(columns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred_and_scrolled(card))
        self.hide()
        window.installEventFilter(self)

    def _heading(self) -> QGridLayout:
        """The app's name and what it does; below, what is open (and a way on)."""
        title = QLabel("acct-desktop")
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        logo = QLabel()
        icon = self._main.windowIcon()
        if not icon.isNull():
            logo.setPixmap(icon.pixmap(48, 48))
        tagline = QLabel(
            self.tr(
                "Your accounts, the people who decide in them, visits, price policies, "
                "rebates and quotes — on your laptop, offline."
            )
        )
        tagline.setObjectName("welcomeTagline")
        tagline.setWordWrap(True)
        self.situation = QLabel()
        self.situation.setObjectName("welcomeSituation")
        self.situation.setWordWrap(True)
        self.situation.setStyleSheet("color: palette(placeholder-text);")
        self.continue_button = QPushButton(self.tr("Continue with the empty database"))
        self.continue_button.setObjectName("welcomeContinue")
        self.continue_button.setFlat(True)
        self.continue_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.continue_button.setStyleSheet(
            "color: palette(link); text-decoration: underline; border: none;"
        )
        self.continue_button.clicked.connect(self.sig_dismissed)
        situation = QHBoxLayout()
        situation.setSpacing(8)
        situation.addWidget(self.situation)
        situation.addWidget(self.continue_button)
        situation.addStretch(1)
        heading = QGridLayout()
        heading.setHorizontalSpacing(16)
        heading.addWidget(logo, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(title, 0, 1)
        heading.addWidget(tagline, 1, 1)
        heading.addLayout(situation, 2, 1)
        heading.setColumnStretch(1, 1)
        return heading

    def _start_column(self, actions: StartActions) -> QVBoxLayout:
        self.demo_button = self._start_button(
            actions.demo,
            self.tr("Open the demo database"),
            self.tr(
                "A sample territory of 200 accounts with their contacts, visits, prices and "
                "quotes, to try everything on. Made in your data folder the first time."
            ),
        )
        self.import_button = self._start_button(
            actions.import_accounts,
            self.tr("Import accounts from a spreadsheet…"),
            self.tr(
                "Your customers from a CSV or Excel file (an ERP or CRM export); you choose "
                "which column is which."
            ),
            self.tr("Open or create a database first, then bring in your customers."),
        )
        self.new_button = self._start_button(
            actions.new_database,
            self.tr("Create a new database…"),
            self.tr("An empty database file for your own territory."),
        )
        self.open_button = self._start_button(
            actions.open_database,
            self.tr("Open an existing database…"),
            self.tr("A database file on this laptop or on a shared drive."),
        )
        tip = QLabel(self.tr("Tip: drop a CSV or Excel file on the window to import it."))
        tip.setWordWrap(True)
        tip.setStyleSheet("color: palette(placeholder-text); padding-left: 6px;")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(_section(self.tr("Start")))
        for button in (self.demo_button, self.import_button, self.new_button, self.open_button):
            column.addWidget(button)
        column.addSpacing(8)
        column.addWidget(tip)
        column.addStretch(1)
        return column

    def _recent_column(self) -> QVBoxLayout:
        self.recent = QVBoxLayout()
        self.recent.setSpacing(2)
        self.recent_buttons: list[QCommandLinkButton] = []
        self.no_recent = QLabel(self.tr("The databases you open are listed here."))
        self.no_recent.setWordWrap(True)
        self.no_recent.setStyleSheet("color: palette(placeholder-text); padding: 6px;")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(_section(self.tr("Recent databases")))
        column.addWidget(self.no_recent)
        column.addLayout(self.recent)
        column.addStretch(1)
        return column

    def _start_button(
        self, action: QAction, title: str, description: str, unavailable: str = ""
    ) -> QCommandLinkButton:
        """A big button that triggers ``action`` and follows its enabled state; when the
        action cannot be used, ``unavailable`` says why in place of the description."""
        button = QCommandLinkButton(title, description)
        button.setIcon(action.icon())
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            usable = action.isEnabled() or not unavailable
            button.setDescription(description if usable else unavailable)

        action.changed.connect(follow)
        follow()
        return button

    # -- what it shows --------------------------------------------------------------------
    def show_state(self, database: str | None, recent: list[str]) -> None:
        """No database open (``None``) or ``database`` open without accounts; ``recent``
        are the databases opened before, newest first."""
        if database is None:
            self.situation.setText(self.tr("No database is open."))
        else:
            self.situation.setText(
                self.tr("%1 is open and has no accounts yet.").replace(
                    "%1", shown_name(database, short=True)
                )
            )
        # A wrapped label beside a stretch is given the width of its longest word ("No
        # database is / open."): one line up to a column's width, wrapped beyond it.
        whole = QFontMetrics(self.situation.font()).horizontalAdvance(self.situation.text())
        self.situation.setMinimumWidth(min(whole + 2, COLUMN_WIDTH))
        self.continue_button.setVisible(database is not None)
        for button in self.recent_buttons:
            self.recent.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        for target in recent[:RECENT_SHOWN]:
            self.recent_buttons.append(self._recent_button(target))
        self.no_recent.setVisible(not self.recent_buttons)

    def _recent_button(self, target: str) -> QCommandLinkButton:
        shown = redacted(target)
        if "://" in target:
            title, where = shown_name(target), self.tr("Team database")
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
        else:
            title, where = Path(target).name, str(Path(target).parent)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        button = QCommandLinkButton(title, "")
        metrics = QFontMetrics(button.font())
        button.setDescription(metrics.elidedText(where, Qt.TextElideMode.ElideMiddle, FOLDER_WIDTH))
        button.setIcon(icon)
        button.setToolTip(shown)
        button.setObjectName("welcomeRecent")
        button.clicked.connect(lambda _checked=False, t=target: self.sig_recent_chosen.emit(t))
        self.recent.addWidget(button)
        return button

    # -- over the window ------------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        """Show the page over the window (the first way to start takes the focus)."""
        if shown:
            self.cover()
            self.show()
            self.raise_()
            if not self.isAncestorOf(self._main.focusWidget()):
                self.demo_button.setFocus()
        else:
            self.hide()

    def cover(self) -> None:
        """Lie over everything between the menu bar and the status bar."""
        window = self._main
        top = window.menuBar().geometry().bottom() + 1 if window.menuBar().isVisible() else 0
        status = window.statusBar()
        bottom = status.geometry().top() if status.isVisible() else window.height()
        self.setGeometry(0, top, window.width(), max(0, bottom - top))
        self.raise_()  # above the tab bars the window makes for tabbed docks, too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        covering = watched is self._main and self.isVisible()
        if covering and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
            QEvent.Type.ChildAdded,
        ):
            self.cover()
        return super().eventFilter(watched, event)


def recent_elsewhere(recent: list[str], open_label: str | None) -> list[str]:
    """The recent databases worth offering: not the one open, and no file that is gone."""
    kept = []
    for target in recent:
        if "://" in target:
            if target != open_label:
                kept.append(target)
            continue
        path = Path(target)
        if path.is_file() and not (open_label and _same_file(path, open_label)):
            kept.append(target)
    return kept


def _same_file(path: Path, label: str) -> bool:
    try:
        return path.resolve() == Path(label).resolve()
    except OSError:
        return False


def _centred_and_scrolled(card: QWidget) -> QScrollArea:
    """``card`` in the middle of the page, a little above centre; scrolled in a window too
    small for it."""
    across = QHBoxLayout()
    across.addStretch(1)
    across.addWidget(card, 100)
    across.addStretch(1)
    centre = QWidget()
    down = QVBoxLayout(centre)
    down.setContentsMargins(24, 24, 24, 24)
    down.addStretch(1)
    down.addLayout(across)
    down.addStretch(2)
    scroll = QScrollArea()
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(centre)
    return scroll


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(6, 0, 0, 4)
    return label
