"""Run a service call off the UI thread and deliver its result back on the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from acct_desktop.gui.sentences import exception_text

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the UI thread, never raised in a worker
            log.exception("background job failed")
            # The refusal's sentence in the GUI's language (translate() is thread-safe).
            said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else None
            self._relay.failed.emit(exception_text(exc) if said is not None else str(exc))
        else:
            self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """Owns the relays of running jobs so none is collected before it reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[_Relay] = set()
        self.pool = QThreadPool(self)

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        relay = _Relay(self)
        self._running.add(relay)

        def finish() -> None:
            self._running.discard(relay)
            relay.deleteLater()

        relay.done.connect(on_done)
        if on_failed is not None:
            relay.failed.connect(on_failed)
        relay.done.connect(finish)
        relay.failed.connect(finish)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
