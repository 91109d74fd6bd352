"""How long the window stops answering: the longest gap between turns of the event loop.

A timer asks for a turn every few milliseconds, as painting and every click do; when the
UI thread is busy (or waits for Python's interpreter lock), the next turn comes late. The
longest gap is how long a user would have seen the window freeze. The bench reports it for
opening a big database (``acct-desktop --quit-when-idle``); the UX budget is ~100 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TICK_MS = 5
SETTLE_MS = 500  # idle this long, with nothing left to report, before calling it done


class StallWatch(QObject):
    """Records the gaps between event-loop turns from ``start()`` on: the first one (what
    ran before the loop's first turn, such as opening the database) and the longest of the
    others."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_s: float | None = None
        self.longest_s = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = max(now - self._last - TICK_MS / 1000, 0.0)
        if self.first_s is None:
            self.first_s = gap
        else:
            self.longest_s = max(self.longest_s, gap)
        self._last = now


def when_idle(busy: Callable[[], bool], then: Callable[[], None], parent: QObject) -> None:
    """Call ``then`` once ``busy()`` has stayed false for ``SETTLE_MS`` (a finished job
    often starts a follow-up: plan vs actual reads its months after its tree)."""
    quiet_since: list[float | None] = [None]
    poll = QTimer(parent)
    poll.setInterval(20)

    def check() -> None:
        now = time.perf_counter()
        if busy():
            quiet_since[0] = None
        elif quiet_since[0] is None:
            quiet_since[0] = now
        elif now - quiet_since[0] >= SETTLE_MS / 1000:
            poll.stop()
            then()

    poll.timeout.connect(check)
    poll.start()
