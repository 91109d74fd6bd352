"""File → Open the demo database: the demo territory in the user's data folder, created
the first time by the same generator as ``acct-desktop demo`` (size S), off the UI thread
behind a progress dialog that can cancel it, then opened."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QStyle, QWidget

from acct_desktop.config import demo_database_path
from acct_desktop.gui.background import BackgroundRunner

log = logging.getLogger(__name__)
DEMO_SIZE = "S"


class DemoCancelled(Exception):
    """The user cancelled the demo's creation (nothing is left behind)."""


class _Progress(QObject):
    """Carries the generator's progress from the worker to the dialog (queued)."""

    moved = Signal(int, int)


class DemoActions(QObject):
    def __init__(
        self,
        window: QWidget,
        background: BackgroundRunner,
        open_database: Callable[[str], bool],
        where: Callable[[], Path] = demo_database_path,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._background = background
        self._open_database = open_database
        self._where = where
        self.open_demo = QAction(self.tr("Open the de&mo database"), window)
        self.open_demo.setObjectName("openDemoAction")
        self.open_demo.setIcon(
            QIcon.fromTheme(
                QIcon.ThemeIcon.MediaPlaybackStart,  # try it
                window.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            )
        )
        self.open_demo.setStatusTip(
            self.tr("A sample territory to try everything on, made the first time it is opened")
        )
        self.open_demo.triggered.connect(self.open)
        self.progress: QProgressDialog | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop a demo being created (the window closes): nothing is left behind."""
        self._cancelled.set()

    def open(self) -> None:
        """Open the demo database, creating it first when it does not exist yet."""
        path = self._where()
        if path.exists():
            self._open_database(str(path))
        else:
            self._create(path)

    def _create(self, path: Path) -> None:
        self.open_demo.setEnabled(False)  # one demo at a time
        dialog = QProgressDialog(
            self.tr("Creating the demo database (200 sample accounts)…"),
            self.tr("Cancel"),
            0,
            100,
            self._window,
        )
        dialog.setWindowTitle(self.tr("Demo database"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.show()
        self.progress = dialog
        cancelled = self._cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        relay = _Progress(self)
        relay.moved.connect(lambda done, total: dialog.setValue(100 * done // max(total, 1)))

        def report(_stage: str, done: int, total: int) -> None:  # in the worker
            if cancelled.is_set():
                raise DemoCancelled
            try:
                relay.moved.emit(done, total)
            except RuntimeError:  # the window is gone
                raise DemoCancelled from None

        def create() -> Path:
            from acct_desktop.services.demo import generate_demo

            log.info("creating the demo database at %s", path)
            path.parent.mkdir(parents=True, exist_ok=True)
            generate_demo(path, DEMO_SIZE, progress=report)
            return path

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            relay.deleteLater()
            self.progress = None
            self.open_demo.setEnabled(True)

        def done(created: Path) -> None:
            finish()
            self._open_database(str(created))

        def failed(message: str) -> None:
            finish()
            if cancelled.is_set():
                return  # the generator built it in a side file and removed that
            QMessageBox.warning(
                self._window,
                self.tr("Demo database"),
                self.tr("The demo database could not be created: %1").replace("%1", message),
            )

        self._background.submit(create, done, failed)
