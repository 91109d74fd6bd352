"""The database cannot be reached: one banner, not a dialog per failed read, and a retry.

When a team database's server goes down (or a file's network share goes away) while the
window is open, every action that reads or writes fails at once: a Save, a dock reading
again, switching accounts. Each of those reports here (the excepthook, the background
runner, ``open_database``) instead of opening its own "unexpected problem" box, and one
non-modal banner in the status bar says the database cannot be reached and that what is
typed is kept. While it shows, a cheap query is tried every few seconds (off the UI thread,
so a server that does not answer never freezes the window); when one succeeds the banner
goes, the forms keep their drafts and the window reads everything again. Forms keep what
is typed in their fields meanwhile: nothing is cleared by a failed Save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar
from sqlalchemy import text

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.reachability import is_server, server_of

log = logging.getLogger(__name__)
BANNER_STYLE = (
    "background: #fff3cd; color: #6b4c00; border: 1px solid #e0b84a; border-radius: 3px;"
    " padding: 2px 8px; font-weight: bold;"
)
PING_EVERY_MS = 5_000


class ConnectionWatch(QObject):
    back = Signal()  # the database answers again

    def __init__(
        self,
        status_bar: QStatusBar,
        workspace: Callable[[], Workspace | None],
        background: BackgroundRunner,
    ) -> None:
        super().__init__(status_bar)
        self._workspace = workspace
        self._background = background
        self.banner = QLabel()
        self.banner.setObjectName("unreachableBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        status_bar.insertWidget(0, self.banner, 2)
        self._timer = QTimer(self, interval=PING_EVERY_MS)
        self._timer.timeout.connect(self.retry)
        self.down = False

    def lost(self, error: BaseException | str | None = None) -> None:
        """The database did not answer: say so once, and try again every few seconds."""
        workspace = self._workspace()
        if workspace is None:
            return
        if not self.down:
            first_line = str(error).splitlines()[0] if error else ""
            log.warning("database unreachable: %s", first_line)
            self.down = True
            url = workspace.db.url
            self.banner.setText(
                self.tr(
                    "Cannot reach the team database — what you type is kept; Save it once the "
                    "database is back."
                )
                if is_server(url)
                else self.tr(
                    "Cannot open the database file — what you type is kept; Save it once the "
                    "file is back."
                )
            )
            self.banner.setToolTip(server_of(url))
            self.banner.show()
        self._timer.start()

    def retry(self) -> None:
        """Try a cheap query off the UI thread; when it answers, the banner goes."""
        workspace = self._workspace()
        if workspace is None:
            self.reset()
            return

        def ping() -> bool:
            # The pooled connections are from before the server went away: a query on one
            # of those can wait for ever. Drop them; the ping and what follows connect anew.
            workspace.db.engine.dispose()
            with workspace.db.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True

        def answered(_ok: bool) -> None:
            if workspace is self._workspace() and self.down:
                log.info("database reachable again")
                self.reset()
                self.back.emit()

        self._background.submit(ping, answered, lambda _said: None, replaces="connection_ping")

    def reset(self) -> None:
        """No database, or one that answers: no banner, no retry."""
        self.down = False
        self._timer.stop()
        self.banner.hide()
