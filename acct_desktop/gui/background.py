"""Run a service call off the UI thread and deliver its result back on the UI thread.

One worker thread, not one per core. The jobs are Python: two of them busy at once starve
the UI thread of Python's interpreter lock. A thread that wants the lock waits 5 ms and
then asks its holder to let go -- unless the lock changed hands meanwhile, which it always
has when two workers pass it between themselves, so the UI thread's turn depends on the
order the operating system wakes threads in. Measured on opening a 10,000-account database
(alerts, plan vs actual and their month-by-month figures read at once): the window froze
for 430-460 ms with two workers and for at most ~170 ms with one. With one worker the
UI thread asks, the worker lets go and waits until the UI thread has taken the lock.
SQLite and PostgreSQL release the lock while they work, so little overlap is lost.

Jobs wait in a queue, so a dock that reads again while its previous read is still waiting
names the purpose (``replaces``): the waiting job is dropped, not run for nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.store.reachability import is_unreachable

log = logging.getLogger(__name__)


def _refusal(exc: Exception) -> bool:
    """Whether ``exc`` is one of the app's own refusals (``VisitSheetsRefused``,
    ``EditRejected``…: a sentence for the user, logged without a traceback) rather than
    a fault (any built-in or library exception, logged with its traceback)."""
    return type(exc).__module__.startswith("acct_desktop.")


UNREACHABLE = QT_TRANSLATE_NOOP(
    "messages", "The database cannot be reached just now; what you type is kept."
)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)
    dropped = Signal()
    lost = Signal(str)  # the database cannot be reached (the driver's words, for the log)


class _Ticket:
    """A job's mark, kept in Python: the pool deletes the job itself once it has run."""

    superseded = False  # set on the UI thread; read once, when the job starts


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, ticket: _Ticket) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._ticket = ticket

    def run(self) -> None:
        if self._ticket.superseded:
            self._relay.dropped.emit()
            return
        try:
            result = self._work()
        except Exception as exc:  # reported to the UI thread, never raised in a worker
            if is_unreachable(exc):  # not a fault: the window says so once (ConnectionWatch)
                self._relay.lost.emit(str(exc))
                self._relay.failed.emit(user_text(UNREACHABLE))
                return
            # The refusal's sentence in the GUI's language (translate() is thread-safe).
            said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else None
            if said is not None and _refusal(exc):  # written for the user, not a fault
                log.info("background job refused: %s", said)
            else:
                log.exception("background job failed")
            self._relay.failed.emit(exception_text(exc) if said is not None else str(exc))
        else:
            self._relay.done.emit(result)


class BackgroundRunner(QObject):
    """Owns the relays of running jobs so none is collected before it reports."""

    connection_lost = Signal(str)  # a job found the database unreachable

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[_Relay] = set()
        self._latest: dict[str, _Ticket] = {}  # the last job submitted for each purpose
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # see the module docstring

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        replaces: str | None = None,
    ) -> None:
        """Run ``work`` in the worker, then ``on_done(result)`` (or ``on_failed(sentence)``)
        on the UI thread. With ``replaces``, an earlier job of that purpose that has not
        started yet is dropped: it neither runs nor reports."""
        relay = _Relay(self)
        self._running.add(relay)
        ticket = _Ticket()
        if replaces is not None:
            earlier = self._latest.get(replaces)
            if earlier is not None:
                earlier.superseded = True  # too late if it has started: it reports as usual
            self._latest[replaces] = ticket

        def finish() -> None:
            self._running.discard(relay)
            if replaces is not None and self._latest.get(replaces) is ticket:
                del self._latest[replaces]
            relay.deleteLater()

        relay.done.connect(on_done)
        relay.lost.connect(self.connection_lost)
        if on_failed is not None:
            relay.failed.connect(on_failed)
        for signal in (relay.done, relay.failed, relay.dropped):
            signal.connect(finish)
        self.pool.start(_Job(work, relay, ticket))

    def busy(self) -> bool:
        """Whether a job has yet to report (or to be dropped)."""
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
