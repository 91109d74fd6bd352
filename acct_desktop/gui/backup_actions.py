"""File → Back up now / Restore…, the daily backup when a database is opened, and the
"last backup" time in the status bar.

Backups run off the UI thread (an L database is hundreds of megabytes). Restoring closes
the database, puts the backup in place (the current state is backed up first, by the
service) and opens it again. Server databases are the server's job: on one both actions
are greyed out, their tip saying who backs it up (``update_state``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_moment
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.workspace import Workspace

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "weekly": QT_TRANSLATE_NOOP("RestoreDialog", "weekly"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "taken by you"),
    "pre-migration": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "pre-import": QT_TRANSLATE_NOOP("RestoreDialog", "before a sales import"),
}


class BackupActions(QObject):
    backed_up = Signal(object)  # BackupInfo

    def __init__(
        self,
        window: QWidget,
        workspace: Callable[[], Workspace | None],
        background: BackgroundRunner,
        reopen: Callable[[str | None], None],
        keep: Callable[[], tuple[int, int]],
        set_keep: Callable[[int, int], None],
    ) -> None:
        super().__init__(window)
        self._window, self._workspace, self._background = window, workspace, background
        self._reopen, self._keep, self._set_keep = reopen, keep, set_keep
        self.last_problem: str | None = None
        self.last_dialog: QWidget | None = None
        self.backup_now = QAction(self.tr("&Back up now"), self)
        self.backup_now.setObjectName("backupNow")
        self.backup_now.triggered.connect(lambda: self.take())
        self.restore = QAction(self.tr("Res&tore from a backup…"), self)
        self.restore.setObjectName("restoreBackup")
        self.restore.triggered.connect(self.open_restore)
        self.update_state()

    def update_state(self) -> None:
        """Both actions only for a database file open here; on a team database greyed out,
        their tip (hovered, and in the status bar) saying why."""
        workspace = self._workspace()
        self.backup_now.setEnabled(self.backs_up_here())
        self.restore.setEnabled(self.backs_up_here())
        server = workspace is not None and not workspace.db.is_sqlite
        tip = (
            self.tr(
                "A team database is backed up by its server, not by acct-desktop: ask whoever "
                "runs the server about its backups."
            )
            if server
            else ""
        )
        for action in (self.backup_now, self.restore):
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def _local_file(self) -> Path | None:
        workspace = self._workspace()
        if workspace is None:
            return None
        if workspace.db.engine.url.get_backend_name() != "sqlite":
            self._tell(
                self.tr(
                    "This is a server database: the server's administrator backs it up "
                    "(pg_dump), not acct-desktop."
                )
            )
            return None
        return Path(workspace.db.engine.url.database or "")

    def _tell(self, message: str, refused: BaseException | None = None) -> None:
        """Say ``message``; a ``refused`` restore with the Warning icon, and what SQLite
        said of a damaged file one click away (Show Details), never in the sentence."""
        self.last_problem = message
        icon = QMessageBox.Icon.Warning if refused is not None else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Backups"), message)
        details = str(getattr(refused, "details", "") or "")
        if details:
            box.setDetailedText(details)
        box.setParent(self._window, box.windowFlags())
        box.open()

    def take(self, kind: str = "manual") -> None:
        """A verified copy into the backup folder (``daily``: only when one is due)."""
        path = self._local_file() if kind == "manual" else self._quiet_local_file()
        if path is None:
            return
        daily, weekly = self._keep()

        def work():  # type: ignore[no-untyped-def]
            from acct_desktop.services.backup import BackupStore

            store = BackupStore.for_database(path)
            if kind == "daily":
                return store.backup_if_due(path, keep_daily=daily, keep_weekly=weekly)
            info = store.take(path, "manual")
            store.rotate(keep_daily=daily, keep_weekly=weekly)
            return info

        def done(info) -> None:  # type: ignore[no-untyped-def]
            if info is not None:
                self.backed_up.emit(info)

        self._background.submit(work, done, self._tell)

    def _quiet_local_file(self) -> Path | None:
        workspace = self._workspace()
        if workspace is None or workspace.db.engine.url.get_backend_name() != "sqlite":
            return None
        return Path(workspace.db.engine.url.database or "")

    def backs_up_here(self) -> bool:
        """Whether the open database is a file this app backs up (not a server's)."""
        return self._quiet_local_file() is not None

    def newest(self):  # type: ignore[no-untyped-def]
        path = self._quiet_local_file()
        if path is None:
            return None
        from acct_desktop.services.backup import BackupStore

        return BackupStore.for_database(path).newest()

    def open_restore(self) -> None:
        path = self._local_file()
        if path is None:
            return
        from acct_desktop.services.backup import BackupStore

        dialog = RestoreDialog(
            BackupStore.for_database(path).list(), self._keep(), self._set_keep, self._window
        )
        dialog.chosen.connect(lambda backup: self.restore_from(backup, path))
        self.last_dialog = dialog
        dialog.open()

    def restore_from(self, backup: Path, target: Path) -> bool:
        """Close the database, restore ``backup`` over it, open the result; on refusal the
        current database is opened again unchanged."""
        from acct_desktop.services.backup import BackupError, check_backup, restore

        try:
            check_backup(backup)
        except BackupError as exc:
            self._tell(exception_text(exc), exc)
            return False
        self._reopen(None)  # close it: the restore needs the file to itself
        try:
            restored = restore(backup, target)
        except BackupError as exc:
            self._reopen(str(target))
            self._tell(exception_text(exc), exc)
            return False
        restored.db.close()
        self._reopen(str(target))
        return True


class RestoreDialog(ScreenFitDialog):
    """The database's backups, newest first; or a backup file from elsewhere."""

    chosen = Signal(object)  # Path

    def __init__(  # type: ignore[no-untyped-def]
        self,
        backups,
        keep: tuple[int, int],
        set_keep: Callable[[int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        self.backups = list(backups)
        intro = QLabel(
            self.tr(
                "Choose the state to go back to. What is in the database now is backed up "
                "first, so a restore can itself be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        # A handful of files, never growing large: an item widget is the right tool here.
        self.table = QTableWidget(len(self.backups), 4)
        self.table.setObjectName("backupList")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Schema")]
        )
        locale = QLocale()
        for row, backup in enumerate(self.backups):
            cells = [
                format_moment(backup.taken_at),
                self.tr(KIND_LABELS.get(backup.kind, backup.kind)),
                locale.formattedDataSize(backup.size),
                backup.schema_revision or "?",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._restore_selected())
        empty = QLabel(self.tr("No backups yet — File → Back up now makes one."))
        empty.setVisible(not self.backups)
        self.keep_daily, self.keep_weekly = QSpinBox(), QSpinBox()
        for box, value in ((self.keep_daily, keep[0]), (self.keep_weekly, keep[1])):
            box.setRange(1, 366)
            box.setValue(value)
            box.valueChanged.connect(
                lambda _v: set_keep(self.keep_daily.value(), self.keep_weekly.value())
            )
        keep_row = QHBoxLayout()
        keep_row.addWidget(
            QLabel(self.tr("A backup is taken daily when you open the database; keep"))
        )
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(QLabel(self.tr("daily and")))
        keep_row.addWidget(self.keep_weekly)
        keep_row.addWidget(QLabel(self.tr("weekly.")))
        keep_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(self.backups))
        other = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._other_file)
        buttons.accepted.connect(self._restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.accept()
            self.chosen.emit(self.backups[rows[0].row()].path)

    def _other_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("acct-desktop databases (*.acctdb *.db)")
        )
        if chosen:
            self.accept()
            self.chosen.emit(Path(chosen))
