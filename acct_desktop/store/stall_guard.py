"""A bounded wait for the window's statements on a team database whose server stops
answering.

A server cut off by the network (a black hole: nothing refused, nothing answered) or frozen
leaves a statement waiting for an answer that never comes; libpq has no client-side limit
on that wait, and a server-side ``statement_timeout`` is no help when the server cannot
run it. On the window's thread that wait froze the whole window (QA s23: 40 s, no banner).

The window's thread is guarded (``StallGuard.guard``; the CLI, imports, backups and
migrations never are): while one of its units of work has run for ``STALL_AFTER_S``, a
fresh connection asks the server whether it answers (off that thread, at most
``PROBE_S``). A server that answers — a slow statement — is left alone. One that does not
has every connection of the engine cut (their sockets shut down): the waiting statement
fails at once as a lost connection, which ``reachability`` reads as "cannot be reached",
and the window's "your work is kept" path takes over. The next statement connects anew,
bounded by ``connect_timeout`` (``database.server_connect_args``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

STALL_AFTER_S = 2.0  # a unit of work of the window running this long: is the server there?
PROBE_S = 2.0  # how long the server has to answer a fresh connection
# the server was silent this recently: the window's thread gives a new connection only
# libpq's shortest connect_timeout (the pool reconnects at once after a cut)
SILENT_FOR_S = 60.0
SILENT_CONNECT_TIMEOUT_S = 2
_TICK_S = 0.25


class StallGuard:
    """Cuts the engine's connections when a guarded thread's unit of work waits on a server
    that no longer answers (see the module docstring)."""

    def __init__(
        self,
        engine: Engine,
        *,
        after_s: float = STALL_AFTER_S,
        probe_s: float = PROBE_S,
        probe: Callable[[], None] | None = None,
    ) -> None:
        self._engine = engine
        self._after_s = after_s
        self._probe_s = probe_s
        self._probe = probe or self._connect_anew
        self._connections: weakref.WeakSet[Any] = weakref.WeakSet()
        self._threads: set[int] = set()
        self._since: dict[int, float] = {}  # guarded thread -> its unit of work began
        self._depth: dict[int, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self.cuts = 0  # times the connections were cut (for the log and tests)
        self._cut_at: float | None = None
        event.listen(engine, "connect", self._connected)
        event.listen(engine, "do_connect", self._connecting)

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        with contextlib.suppress(TypeError):  # a driver whose connections cannot be weak
            self._connections.add(dbapi_connection)

    def _connecting(self, _dialect: Any, _record: Any, _args: Any, params: dict) -> None:
        silent = self._cut_at is not None and time.monotonic() - self._cut_at < SILENT_FOR_S
        if silent and threading.get_ident() in self._threads:
            params["connect_timeout"] = SILENT_CONNECT_TIMEOUT_S

    def guard(self, thread_id: int | None = None) -> None:
        """Bound the waits of the units of work run on ``thread_id`` (the calling thread)."""
        with self._lock:
            self._threads.add(thread_id if thread_id is not None else threading.get_ident())
            if self._watcher is None:
                self._watcher = threading.Thread(
                    target=self._watch, name="acct-stall-guard", daemon=True
                )
                self._watcher.start()

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        """One unit of work; its wait is bounded when run on a guarded thread."""
        me = threading.get_ident()
        if me not in self._threads:
            yield
            return
        with self._lock:
            depth = self._depth.get(me, 0)
            self._depth[me] = depth + 1
            if depth == 0:
                self._since[me] = time.monotonic()
        try:
            yield
        finally:
            with self._lock:
                self._depth[me] -= 1
                if self._depth[me] == 0:
                    self._since.pop(me, None)

    def close(self) -> None:
        self._stop.set()
        for name, listener in (("connect", self._connected), ("do_connect", self._connecting)):
            if event.contains(self._engine, name, listener):
                event.remove(self._engine, name, listener)

    # -- the watcher -----------------------------------------------------------------------

    def _watch(self) -> None:
        checked: dict[int, float] = {}  # thread -> the start of the unit last checked
        while not self._stop.wait(_TICK_S):
            now = time.monotonic()
            with self._lock:
                waiting = dict(self._since)
            late = [
                (thread, since)
                for thread, since in waiting.items()
                if now - since >= self._after_s and now - checked.get(thread, 0.0) >= self._after_s
            ]
            if not late:
                continue
            for thread, _since in late:
                checked[thread] = now
            if not self._answers():
                self._cut()

    def _answers(self) -> bool:
        """Whether the server answers a fresh connection within ``probe_s`` (an error it
        sends back is an answer too)."""
        done = threading.Event()
        said: list[BaseException] = []

        def ask() -> None:
            try:
                self._probe()
            except BaseException as exc:  # said back to the watcher
                said.append(exc)
            finally:
                done.set()

        threading.Thread(target=ask, name="acct-stall-probe", daemon=True).start()
        if not done.wait(self._probe_s):
            return False
        if not said:
            return True
        from acct_desktop.store.reachability import is_unreachable

        return not is_unreachable(said[0])

    def _connect_anew(self) -> None:
        dialect = self._engine.dialect
        args, params = dialect.create_connect_args(self._engine.url)
        params = {**params, "connect_timeout": max(2, int(self._probe_s))}
        dialect.connect(*args, **params).close()

    def _cut(self) -> None:
        """Shut the sockets of the engine's connections: what waits on them fails now."""
        self.cuts += 1
        self._cut_at = time.monotonic()
        log.warning("the team database does not answer: its connections are cut")
        for connection in list(self._connections):
            with contextlib.suppress(Exception):
                shut(connection)


def shut(connection: Any) -> None:
    """Shut down (not close: the driver still owns it) the socket of a psycopg connection,
    from any thread; a read waiting on it returns at once."""
    fd = connection.pgconn.socket
    with socket.socket(fileno=fd) as sock:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.detach()  # the descriptor stays the driver's
