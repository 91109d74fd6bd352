"""File → Encrypt database… / Decrypt database…, the recovery key shown once, and
"Enter recovery key…" when an encrypted database's key is not in this computer's keyring.

Encrypting copies the whole file (verified table by table), so it runs off the UI thread
behind a progress dialog, with the database closed (the copy needs the file to itself) and
opened again afterwards, encrypted or -- when refused -- exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.database import shown_name


class EncryptionActions(QObject):
    """The two File-menu actions (one shown, according to the open database)."""

    def __init__(
        self,
        window: QWidget,
        workspace: Callable[[], Workspace | None],
        background: BackgroundRunner,
        reopen: Callable[[str | None], None],
    ) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self._background, self._reopen = background, reopen
        self.last_problem: str | None = None
        self.last_dialog: QDialog | None = None
        self.progress: QProgressDialog | None = None
        self.encrypt = QAction(self.tr("&Encrypt database…"), self)
        self.encrypt.setObjectName("encryptDatabase")
        self.encrypt.triggered.connect(self.ask_encrypt)
        self.decrypt = QAction(self.tr("&Decrypt database…"), self)
        self.decrypt.setObjectName("decryptDatabase")
        self.decrypt.triggered.connect(self.ask_decrypt)
        self.update_state()

    def update_state(self) -> None:
        """Show Encrypt for a plain database file, Decrypt for an encrypted one."""
        workspace = self._workspace()
        local = workspace is not None and workspace.db.is_sqlite
        encrypted = local and workspace is not None and workspace.db.encrypted
        self.encrypt.setVisible(local and not encrypted)
        self.decrypt.setVisible(bool(encrypted))

    def label(self, workspace: Workspace) -> str:
        """The database's name for the status bar, with "encrypted" when it is."""
        if workspace.db.encrypted:
            return self.tr("%1 (encrypted)").replace("%1", shown_name(workspace.label))
        return shown_name(workspace.label)

    # -- encrypt / decrypt ----------------------------------------------------------------
    def ask_encrypt(self) -> None:
        path = self._path()
        if path is None:
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Encrypt database"),
            self.tr(
                "Encrypt %1? Its key is kept in this computer's keyring, and you get a "
                "recovery key to store safely. The database is closed while it is copied "
                "and opened again afterwards."
            ).replace("%1", str(path)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_encrypt(path)

    def offer_for_new_database(self) -> None:
        """A database was just created: encrypt it too? (Yes is the default: a laptop's
        database is what a thief takes.) Cheap while it is empty."""
        path = self._path()
        if path is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Protect the new database"),
            self.tr(
                "Encrypt %1? Recommended on a laptop: nobody can read the file without this "
                "Windows account's keyring or the recovery key you will be shown next."
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setObjectName("offerEncryption")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.last_dialog = box  # type: ignore[assignment]
        box.finished.connect(
            lambda result: (
                self.run_encrypt(path) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()

    def run_encrypt(self, path: Path) -> None:
        """Close the database, encrypt it off the UI thread, open it again, show the key."""
        from acct_desktop.services.database_keys import encrypt_database

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self._finish(path)
            self.last_dialog = RecoveryKeyDialog(result.recovery_key, self._window)
            self.last_dialog.open()

        self._convert(path, lambda: encrypt_database(path), done, self.tr("Encrypting…"))

    def ask_decrypt(self) -> None:
        path = self._path()
        if path is None:
            return
        answer = QMessageBox.warning(
            self._window,
            self.tr("Decrypt database"),
            self.tr(
                "Decrypt %1? Afterwards anyone who can read the file, or a copy of it, can "
                "read its data."
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_decrypt(path)

    def run_decrypt(self, path: Path) -> None:
        from acct_desktop.services.database_keys import decrypt_database

        self._convert(
            path,
            lambda: decrypt_database(path),
            lambda _r: self._finish(path),
            self.tr("Decrypting…"),
        )

    def _convert(self, path: Path, work, done, label: str) -> None:  # type: ignore[no-untyped-def]
        self._reopen(None)  # the copy needs the file to itself
        # Not cancellable: the copy is verified and swapped in one go; stopping halfway
        # would only waste it. The original stays in place until the copy is proven.
        self.progress = QProgressDialog(label, "", 0, 0, self._window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()

        def failed(message: str) -> None:
            self._finish(path)
            self._tell(message)

        self._background.submit(work, done, failed)

    def _finish(self, path: Path) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self._reopen(str(path))
        self.update_state()

    def _path(self) -> Path | None:
        workspace = self._workspace()
        if workspace is None or not workspace.db.is_sqlite:
            return None
        return Path(str(workspace.db.url.database))

    def _tell(self, message: str) -> None:
        self.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Encryption"), message)
        box.setParent(self._window, box.windowFlags())
        box.open()

    # -- a missing key -------------------------------------------------------------------
    @staticmethod
    def is_key_problem(error: Exception) -> bool:
        """Whether opening failed because this computer lacks the file's key."""
        from acct_desktop.store.encryption import EncryptedDatabaseError

        return isinstance(error, EncryptedDatabaseError)

    def offer_recovery(self, error: Exception) -> bool:
        """Show why an encrypted file did not open (``error``, a key problem) and ask for
        its recovery key; True when one that opens it was entered and kept."""
        if not self.is_key_problem(error):
            return False
        dialog = RecoveryKeyEntryDialog(error.path, exception_text(error), self._window)  # type: ignore[attr-defined]
        self.last_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted


class RecoveryKeyDialog(ScreenFitDialog):
    """The recovery key, shown once: copy, print or save it; closing needs the checkbox."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self.recovery_key = recovery_key
        intro = QLabel(
            self.tr(
                "The database is encrypted. Store this recovery key somewhere safe, away from "
                "this computer: it is the only way to open the database if this computer's "
                "keyring is lost. Anyone who has it and the file can read the data."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.key_label.setFont(mono)
        self.stored = QCheckBox(self.tr("I have stored the recovery key"))
        self.stored.setObjectName("storedCheck")
        buttons = QDialogButtonBox()
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_key)
        save = buttons.addButton(
            self.tr("Save as text file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        save.clicked.connect(self.ask_save)
        self.close_button: QPushButton = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setEnabled(False)
        self.stored.toggled.connect(self.close_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.stored)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)

    def text_file_contents(self) -> str:
        return (
            "acct-desktop database recovery key\n\n"
            f"{self.recovery_key}\n\n"
            "Anyone who has this key and the database file can read the data. Keep it away "
            "from the computer and its backups.\n"
        )

    def ask_save(self) -> None:
        warned = QMessageBox.warning(
            self,
            self.tr("Save the recovery key"),
            self.tr(
                "A file with the recovery key is as good as the key itself: save it on a USB "
                "stick or a password manager's vault, not next to the database."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if warned != QMessageBox.StandardButton.Ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "acct-desktop recovery key.txt", "*.txt"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        path.write_text(self.text_file_contents(), encoding="utf-8")

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            QTextDocument(self.text_file_contents()).print_(printer)

    def reject(self) -> None:  # Esc / the title bar's close: only once the key is stored
        if self.stored.isChecked():
            super().reject()


class RecoveryKeyEntryDialog(ScreenFitDialog):
    """Why the database did not open, and a field for its recovery key."""

    def __init__(self, path: Path, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyEntryDialog")
        self.setWindowTitle(self.tr("Enter recovery key"))
        self.path = path
        sentence = QLabel(message)
        sentence.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("recoveryKeyField")
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.problem = QLabel()
        self.problem.setObjectName("recoveryKeyProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_key)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sentence)
        layout.addWidget(QLabel(self.tr("Recovery key:")))
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def try_key(self) -> None:
        """Check the key against the file; keep it in the keyring only if it opens it."""
        from acct_desktop.services.database_keys import RecoveryKeyError, recover_key
        from acct_desktop.store.database import DatabaseError

        try:
            recover_key(self.path, self.field.text())
        except (RecoveryKeyError, DatabaseError) as exc:
            self.problem.setText(exception_text(exc))
            return
        self.accept()
