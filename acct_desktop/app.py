"""The composition root: settings, database, services and the window, wired once."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from acct_desktop import APP_NAME, __version__
from acct_desktop.config import default_database_path, demo_database_path

log = logging.getLogger(__name__)


def open_workspace(target: str, *, create: bool = True):  # type: ignore[no-untyped-def]
    """Open ``target`` (path or URL, password from the keyring) as a Workspace. The GUI
    creates a database that does not exist yet; commands that only read one pass
    ``create=False`` and get a DatabaseError instead of a new empty file."""
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.services.workspace import Workspace
    from acct_desktop.store.database import open_database

    workspace = Workspace.over(open_database(with_stored_password(target), create=create))
    try:  # active policies whose validity ended are marked expired (audited) on opening
        expired = workspace.policy_records.expire_due()
        if expired:
            log.info("%d price policies expired since the last start", len(expired))
    except Exception:  # a read-only or busy database must still open
        log.exception("could not mark expired policies")
    try:  # open quotes past their validity date are marked expired (audited)
        count = workspace.quote_lifecycle.expire_due()
        if count:
            log.info("%d quotes expired since the last start", count)
    except Exception:
        log.exception("could not mark expired quotes")
    return workspace


def ensure_demo_database() -> Path:
    """The demo database in the user's data folder, generated (size S) on first use."""
    path = demo_database_path()
    if not path.exists():
        from acct_desktop.services.demo import generate_demo

        log.info("creating the demo database at %s", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        generate_demo(path, "S")
    return path


def make_application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from acct_desktop.gui.style import apply_style

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtCore import QLocale

    if QLocale.system().name() == "C":  # bare Linux boxes: show real dates, not "7 12 2026"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    apply_style(app)
    icon = Path(__file__).resolve().parent / "assets" / "icons" / "acct-desktop.png"
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(settings=None):  # type: ignore[no-untyped-def]
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.gui.settings import AppSettings

    return MainWindow(settings or AppSettings(), open_workspace)


def run_gui(
    target: str | None,
    *,
    demo: bool = False,
    quit_when_ready: bool = False,
    quit_when_idle: bool = False,
    language: str | None = None,
) -> int:
    """The GUI; ``language`` (--lang) overrides the saved choice for this session only.

    ``quit_when_ready`` and ``quit_when_idle`` are the bench's: quit on the first turn of
    the event loop, printing ``ready <seconds since start>``; or once the database is open
    and every background read has reported, printing ``idle <seconds> open <seconds> stall
    <seconds>``: how long the open held the window, and the longest it stopped answering
    afterwards (``gui.stall_watch``)."""
    started = time.perf_counter()
    app = make_application()
    from PySide6.QtCore import QTimer

    from acct_desktop.gui.i18n import apply_language
    from acct_desktop.gui.settings import AppSettings

    settings = AppSettings()
    apply_language(app, language or settings.language())
    window = build_window(settings)
    _follow_window(window)
    window.restore_layout()
    window.show()
    QTimer.singleShot(0, window.fit_to_screen)  # once its docks have measured themselves
    tune_interpreter_for_the_window()
    bench_run = quit_when_ready or quit_when_idle
    window.offer_tour = not bench_run  # the tour of the docks, once, on a first run
    if quit_when_idle:  # the open itself counts: the first turn of the loop comes after it
        _watch_until_idle(window, started).start()
    open_at_start(window, target, demo=demo, offer_encryption=not bench_run)
    if quit_when_ready:

        def report_ready() -> None:
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_ready)
    return int(app.exec())


SWITCH_INTERVAL_S = 0.0002  # Python's default is 0.005


def tune_interpreter_for_the_window() -> None:
    """Keep the window answering while a worker thread computes (``gui.background``).

    * A shorter switch interval. Qt calls back into Python for every cell it paints, and
      PySide lets go of the interpreter lock around every Qt call it makes for us; each time
      a busy worker takes the lock, the UI thread waits up to the switch interval to get it
      back. A 6 ms repaint of a table took 85-150 ms with a worker busy at the default
      5 ms, 12-19 ms at 0.2 ms; the worker's own speed did not measurably change.
    * ``gc.freeze()`` of what start-up built: the ~110,000 objects of the imported libraries
      and the window live as long as the process, yet every full garbage collection walked
      them all, holding the lock for 80-110 ms on a 10,000-account database whichever
      thread it ran in; without them, 15-60 ms.
    """
    import gc

    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.freeze()


def _watch_until_idle(window, started: float):  # type: ignore[no-untyped-def]
    """A ``StallWatch`` whose report and quit come once the window's reads are done."""
    from PySide6.QtWidgets import QApplication

    from acct_desktop.gui.stall_watch import StallWatch, when_idle

    watch = StallWatch(window)

    def report_idle() -> None:
        elapsed = time.perf_counter() - started
        first = watch.first_s or 0.0
        print(f"idle {elapsed:.3f} open {first:.3f} stall {watch.longest_s:.3f}", flush=True)
        window.close()
        QApplication.quit()

    when_idle(window.background.busy, report_idle, window)
    return watch


def open_at_start(  # type: ignore[no-untyped-def]
    window, target: str | None, *, demo: bool = False, offer_encryption: bool = True
) -> None:
    """What ``window`` opens as the app starts: ``target`` (``--db``), the demo (``--demo``),
    else the database open last time. On a first run nothing is opened and nothing is
    created: the welcome page offers the demo, an import, a new or an existing database.

    Only a file ``--db`` names that does not exist yet is created here; like File → New
    database…, it is then offered encryption (``offer_encryption``: not for the bench)."""
    if demo:
        target = str(ensure_demo_database())
    elif target is None:
        target = _remembered_database(window.settings.last_database())
        if target is None:
            return  # the welcome page; the user's choice opens or creates a database
    created = "://" not in target and not Path(target).exists()
    if window.open_database(target) and created and offer_encryption:
        window.encryption_actions.offer_for_new_database()  # on by default, the user's choice


def _remembered_database(last: str | None) -> str | None:
    """The database used last time, unless it was a file that is gone; else
    ``territory.acctdb`` in the data folder where an earlier version made it on its first
    start; else None (a first run). Never an empty file where one was deleted, nor one
    the user did not ask for."""
    if last and ("://" in last or Path(last).exists()):
        return last
    default = default_database_path()
    return str(default) if default.is_file() else None


def _follow_window(window) -> None:  # type: ignore[no-untyped-def]
    """Errors are shown over ``window``, and over the window replacing it after a language
    switch (View → Language)."""
    _install_excepthook(window)
    window.window_replaced.connect(_follow_window)


def _install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error is logged in full and shown as a sentence, never a traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from acct_desktop.store.reachability import is_unreachable

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        watch = getattr(window, "connection_watch", None)
        if watch is not None and is_unreachable(error):  # one banner, not a box per click
            log.warning("database unreachable during an action", exc_info=(kind, error, tb))
            watch.lost(error)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "acct-desktop hit an unexpected problem and stopped that action. Your saved "
                "data is safe. If it happens again, send the log file to support.",
            )
        )
        box.setDetailedText(f"{kind.__name__}: {error}")
        box.exec()

    sys.excepthook = hook
