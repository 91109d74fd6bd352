"""Long work in the background worker (``gui/background.py``) behind a progress dialog
with Cancel: a month of visit sheets, a calendar file of thousands of events, a price list.

The work gets ``progress(done, total)``: it moves the bar (queued to the UI thread) and,
once the user has pressed Cancel, raises :class:`Cancelled`, so the work stops at its next
step and undoes what it began (a file written through a ``.part`` file is removed, see
``services/files.py``; an import's transaction is rolled back). The dialog shows after half
a second: a quick job flashes nothing. It is window-modal, so the user cannot wander off
to another dock meanwhile and come back to a result opening over it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from acct_desktop.gui.background import BackgroundRunner

STEPS = 1000  # of the progress bar
SHOW_AFTER_MS = 500

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user pressed Cancel in a progress dialog."""


_CANCELLED = "cancelled by the user"  # for the log (a refusal: no traceback), never shown


class _Relay(QObject):
    """Carries progress from the worker to the dialog (queued)."""

    moved = Signal(int, int)


class ProgressJobs(QObject):
    """Runs work behind a progress dialog over ``parent``; ``dialog`` is the one of the job
    under way (None when there is none)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QProgressDialog | None = None

    def run(
        self,
        background: BackgroundRunner,
        title: str,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        on_cancelled: Callable[[], None],
    ) -> QProgressDialog:
        """``work(progress)`` in the worker; then, on the UI thread, ``on_done(result)``,
        ``on_cancelled()`` when the user cancelled, or ``on_failed(sentence)``."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, STEPS, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.dialog = dialog
        cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        relay = _Relay(self)
        relay.moved.connect(lambda done, total: dialog.setValue(STEPS * done // max(total, 1)))

        def progress(done: int, total: int) -> None:  # in the worker
            if cancelled.is_set():
                raise Cancelled(_CANCELLED)
            try:
                relay.moved.emit(done, total)
            except RuntimeError:  # the window is gone
                raise Cancelled(_CANCELLED) from None

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            relay.deleteLater()
            if self.dialog is dialog:
                self.dialog = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(message: str) -> None:
            finish()
            if cancelled.is_set():
                on_cancelled()
            else:
                on_failed(message)

        background.submit(lambda: work(progress), done, failed)
        return dialog
