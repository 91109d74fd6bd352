"""Tools-menu actions for written checklists and the digital seal: issue a checklist for
the current account, verify a document, my details, export and trust certificates, and make
a new seal key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle, QWidget

from acct_desktop.config import seal_key_folder
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.checklist_issue import IssueChecklistDialog
from acct_desktop.gui.dialogs.manager_details import ManagerDetailsDialog
from acct_desktop.gui.dialogs.verify_document import VerifyDocumentDialog
from acct_desktop.gui.sentences import exception_text, file_problem_text
from acct_desktop.services.workspace import Workspace

CERTIFICATE_FILTER = "Certificates (*.pem *.crt *.cer *.der);;All files (*)"


class SealActions(QObject):
    def __init__(
        self,
        window: QWidget,
        current: CurrentAccount,
        workspace: Callable[[], Workspace | None],
        background: BackgroundRunner,
        on_issued: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._current, self._workspace = window, current, workspace
        self._background, self._on_issued = background, on_issued
        icon = window.style().standardIcon
        pixmap = QStyle.StandardPixmap
        self.issue_checklist = QAction(
            icon(pixmap.SP_FileDialogDetailedView), self.tr("Issue &checklist…"), self
        )
        self.issue_checklist.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.issue_checklist.setStatusTip(
            self.tr("Print and seal a written checklist of the current account's open issues")
        )
        self.issue_checklist.triggered.connect(self.open_issue_dialog)
        self.verify = QAction(icon(pixmap.SP_DialogApplyButton), self.tr("&Verify document…"), self)
        self.verify.triggered.connect(self.open_verify_dialog)
        self.my_details = QAction(icon(pixmap.SP_DirHomeIcon), self.tr("&My details…"), self)
        self.my_details.triggered.connect(lambda: ManagerDetailsDialog(window).exec())
        self.export_certificate = QAction(
            icon(pixmap.SP_DialogSaveButton), self.tr("&Export my seal certificate…"), self
        )
        self.export_certificate.triggered.connect(self.export_own_certificate)
        self.trust_certificate = QAction(
            icon(pixmap.SP_DialogOpenButton), self.tr("&Trust a certificate…"), self
        )
        self.trust_certificate.triggered.connect(self.trust_other_certificate)
        self.new_seal_key = QAction(icon(pixmap.SP_BrowserReload), self.tr("&New seal key…"), self)
        self.new_seal_key.setStatusTip(
            self.tr("Replace your seal key, e.g. when it can no longer be unlocked")
        )
        self.new_seal_key.triggered.connect(self.ask_new_seal_key)
        current.changed.connect(lambda _id: self._update())
        self._update()

    def actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        return [
            self.issue_checklist,
            self.verify,
            None,
            self.my_details,
            self.export_certificate,
            self.trust_certificate,
            self.new_seal_key,
        ]

    def _update(self) -> None:
        self.issue_checklist.setEnabled(self._current.id is not None)

    def open_issue_dialog(self) -> IssueChecklistDialog | None:
        workspace, account_id = self._workspace(), self._current.id
        if workspace is None or account_id is None:
            return None
        dialog = IssueChecklistDialog(workspace, account_id, self._background, self._window)
        if self._on_issued is not None:
            dialog.issued.connect(self._on_issued)
        dialog.open()
        return dialog

    def open_verify_dialog(self) -> VerifyDocumentDialog:
        dialog = VerifyDocumentDialog(self._workspace(), self._background, self._window)
        dialog.open()
        return dialog

    def _keys(self):  # type: ignore[no-untyped-def]
        from acct_desktop.services.seal_keys import SealKeyStore

        return SealKeyStore(seal_key_folder())

    def export_own_certificate(self) -> None:
        keys = self._keys()
        if not keys.exists():
            QMessageBox.information(
                self._window,
                self.tr("No seal yet"),
                self.tr(
                    "Your seal key and certificate are made when you issue your first "
                    "checklist. Issue one, then export the certificate."
                ),
            )
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export my seal certificate"), "my-seal.pem", CERTIFICATE_FILTER
        )
        if not chosen:
            return
        if not Path(chosen).suffix:  # typed without one: the filter's first kind
            chosen += ".pem"
        try:
            keys.export_certificate(Path(chosen))
        except ValueError as exc:  # a kind of file a certificate cannot be written as
            QMessageBox.warning(self._window, self.tr("Not exported"), exception_text(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self._window, self.tr("Not exported"), file_problem_text(exc))
            return
        from acct_desktop.services.seal_keys import grouped_fingerprint

        info = keys.certificate()
        QMessageBox.information(
            self._window,
            self.tr("Certificate exported"),
            filled_in(
                self.tr(
                    "Give %1 to head office. They can check it is yours by its fingerprint:\n%2"
                ),
                Path(chosen).name,
                grouped_fingerprint(info.fingerprint_sha256),
            ),
        )

    def trust_other_certificate(self) -> None:
        from acct_desktop.services.seal_keys import CertificateImportError, grouped_fingerprint

        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Trust a certificate"), "", CERTIFICATE_FILTER
        )
        if not chosen:
            return
        try:
            info = self._keys().import_trusted(Path(chosen))
        except CertificateImportError as exc:
            QMessageBox.warning(self._window, self.tr("Not imported"), exception_text(exc))
            return
        QMessageBox.information(
            self._window,
            self.tr("Certificate trusted"),
            filled_in(
                self.tr("Documents sealed by %1 (%2) now verify as intact.\nFingerprint: %3"),
                info.subject_name,
                info.organisation or "—",
                grouped_fingerprint(info.fingerprint_sha256),
            ),
        )

    def ask_new_seal_key(self) -> None:
        """Tools → New seal key…: after a confirmation that says what happens to documents
        sealed with the old key, make a new key off the UI thread."""
        from acct_desktop.services.manager_profile import (
            ManagerProfileMissing,
            load_manager_profile,
            require_complete,
        )
        from acct_desktop.services.seal_keys import SealIdentity

        try:
            manager = require_complete(load_manager_profile())
        except ManagerProfileMissing as exc:
            QMessageBox.information(self._window, self.tr("New seal key"), exception_text(exc))
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("New seal key"),
            filled_in(
                self.tr(
                    "Make a new seal key for %1 (%2)?\n\n"
                    "Checklists you issue from now on are sealed with the new key, and the old "
                    "key is deleted. Documents sealed with the old key still verify as intact on "
                    "this computer: its certificate stays among the trusted ones, and the "
                    "database keeps every copy it issued.\n\n"
                    "Whoever checks your seals elsewhere (head office) needs the new certificate: "
                    "send it with Tools → Export my seal certificate… afterwards."
                ),
                manager.name,
                manager.organisation,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        identity = SealIdentity(manager.name, manager.organisation, manager.email)
        keys = self._keys()
        self.new_seal_key.setEnabled(False)  # one at a time
        self._background.submit(
            lambda: keys.replace_key(identity), self._new_seal_key_made, self._no_new_seal_key
        )

    def _new_seal_key_made(self, made) -> None:  # type: ignore[no-untyped-def]
        from acct_desktop.services.seal_keys import grouped_fingerprint

        self.new_seal_key.setEnabled(True)
        QMessageBox.information(
            self._window,
            self.tr("New seal key made"),
            self.tr(
                "Your new seal key is ready. Give head office the new certificate (Tools → "
                "Export my seal certificate…); they can check it is yours by its "
                "fingerprint:\n%1"
            ).replace("%1", grouped_fingerprint(made.certificate.fingerprint_sha256)),
        )

    def _no_new_seal_key(self, message: str) -> None:
        self.new_seal_key.setEnabled(True)
        QMessageBox.warning(self._window, self.tr("No new seal key"), message)
