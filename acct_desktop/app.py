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


def open_workspace(target: str):  # type: ignore[no-untyped-def]
    """Open ``target`` (path or URL, password from the keyring) as a Workspace."""
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.services.workspace import Workspace
    from acct_desktop.store.database import open_database

    workspace = Workspace.over(open_database(with_stored_password(target)))
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
    language: str | None = None,
) -> int:
    """The GUI; ``language`` (--lang) overrides the saved choice for this session only."""
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
    if demo:
        target = str(ensure_demo_database())
    elif target is None:
        target = _remembered_database(window.settings.last_database())
    first_run = "://" not in target and not Path(target).exists()
    if window.open_database(target) and first_run and not quit_when_ready:
        window.encryption_actions.offer_for_new_database()  # on by default, the user's choice
    if quit_when_ready:

        def report_ready() -> None:
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_ready)
    return int(app.exec())


def _remembered_database(last: str | None) -> str:
    """The database used last time, unless it was a file that is gone: then the default
    file in the data folder (never silently create an empty file where one was deleted)."""
    if last and ("://" in last or Path(last).exists()):
        return last
    return str(default_database_path())


def _follow_window(window) -> None:  # type: ignore[no-untyped-def]
    """Errors are shown over ``window``, and over the window replacing it after a language
    switch (View → Language)."""
    _install_excepthook(window)
    window.window_replaced.connect(_follow_window)


def _install_excepthook(window) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error is logged in full and shown as a sentence, never a traceback."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
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
