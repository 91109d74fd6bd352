"""Account-menu actions that print the current account's documents to PDF: its price list
and its rebate statement. The work runs off the UI thread, and the user hears which
characters, if any, no font on this computer could print.

The price list (every product priced at every quantity break: seconds for a big catalogue)
asks where to save first, then prices, makes and writes the file in the worker behind a
progress dialog with Cancel (``gui/progress_jobs.py``); a cancelled list leaves no file,
not even half of one (``services/price_list_file.py``). The rebate statement (an accrual
computed for each agreement) goes the same way (``services/rebate_statement_file.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QStyle, QWidget

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.progress_jobs import Progress, ProgressJobs
from acct_desktop.gui.sentences import file_problem_text, user_text
from acct_desktop.gui.unprintable import noting_unprintable, warned_after
from acct_desktop.services.workspace import Workspace

ChoosePath = Callable[[str], Path | None]


class NotSaved(Exception):
    """The file could not be written; the sentence says why, in the user's words."""


class PrintActions(QObject):
    def __init__(
        self,
        window: QWidget,
        current: CurrentAccount,
        workspace: Callable[[], Workspace | None],
        background: BackgroundRunner,
    ) -> None:
        super().__init__(window)
        self._window, self._current, self._workspace = window, current, workspace
        self._background = background
        self.choose_path: ChoosePath = self._ask_path
        self.last_saved: Path | None = None
        self.last_problem: str | None = None
        self.last_warning: str | None = None
        self.last_cancelled: str | None = None
        self.open_after_save = True
        self.jobs = ProgressJobs(window)
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.price_list = QAction(icon, self.tr("Print price &list…"), self)
        self.price_list.setStatusTip(
            self.tr("The current account's effective prices, quantity breaks and validity")
        )
        self.price_list.triggered.connect(self.print_price_list)
        self.rebate_statement = QAction(icon, self.tr("Print rebate &statement…"), self)
        self.rebate_statement.setStatusTip(
            self.tr("Accrual, tiers and distance to the next tier of the account's agreements")
        )
        self.rebate_statement.triggered.connect(self.print_rebate_statement)
        current.changed.connect(lambda _id: self._update())
        self._update()

    def _update(self) -> None:
        for action in (self.price_list, self.rebate_statement):
            action.setEnabled(self._current.id is not None)

    @property
    def progress(self) -> QProgressDialog | None:
        """The price list's or rebate statement's progress dialog while it is made."""
        return self.jobs.dialog

    def print_price_list(self) -> None:
        """Where to save, then the list priced, made and written in the worker."""
        from acct_desktop.reporting.price_list_pdf import price_list_file_name_for

        workspace, account_id = self._workspace(), self._current.id
        if workspace is None or account_id is None:
            return
        today = workspace.issues.today()
        profile = workspace.accounts.profile(account_id)
        if profile is None:
            return
        path = self.choose_path(price_list_file_name_for(profile.code, today))
        if path is None:
            return
        could_not = self.tr("Could not save %1: %2")

        def work(progress: Progress) -> tuple[Path, list[str]]:
            from acct_desktop.services.price_inversions import inversion_sentence
            from acct_desktop.services.price_list_file import write_price_list

            try:
                content = write_price_list(workspace.db, account_id, today, path, progress)
            except OSError as exc:  # (translate() is thread-safe)
                raise NotSaved(filled_in(could_not, str(path), file_problem_text(exc))) from exc
            dearer = [
                inversion_sentence(content.account_code, sku, content.currency, inversion)
                for sku, inversion in content.inversions
            ]
            return path, dearer

        self.last_cancelled = None
        self.jobs.run(
            self._background,
            self.tr("Price list"),
            self.tr("Pricing the products for %1…").replace("%1", profile.name),
            noting_unprintable(work),
            warned_after(self._price_list_saved, self._window),
            self._failed,
            self._price_list_cancelled,
        )

    def _price_list_saved(self, outcome: tuple[Path, list[str]]) -> None:
        """Open the list; a bigger quantity priced above a smaller one is marked on it, and
        the manager is told which policies do that (the register should be put right)."""
        path, dearer = outcome
        self.last_warning = None
        self._saved(path)
        if dearer:
            self.last_warning = (
                self.tr(
                    "The price list marks %n price(s) higher than for a smaller quantity:",
                    "",
                    len(dearer),
                )
                + "\n"
                + "\n".join(user_text(sentence) for sentence in dearer)
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Bigger quantity, higher price"),
                self.last_warning,
            )
            box.setParent(self._window, box.windowFlags())
            box.open()

    def _price_list_cancelled(self) -> None:
        self._cancelled(self.tr("Price list cancelled; no file was written."))

    def _cancelled(self, sentence: str) -> None:
        self.last_cancelled = sentence
        status = getattr(self._window, "statusBar", None)
        if callable(status):
            status().showMessage(self.last_cancelled, 8000)

    def print_rebate_statement(self) -> None:
        """Where to save, then each agreement computed, the statement made and written in
        the worker, behind the same progress dialog with Cancel as the price list."""
        from acct_desktop.services.rebate_statement_file import rebate_statement_file_name

        workspace, account_id = self._workspace(), self._current.id
        if workspace is None or account_id is None:
            return
        profile = workspace.accounts.profile(account_id)
        if profile is None:
            return
        code, today = profile.code, workspace.issues.today()
        path = self.choose_path(rebate_statement_file_name(code, today))
        if path is None:
            return
        could_not = self.tr("Could not save %1: %2")

        def work(progress: Progress) -> Path:
            from acct_desktop.services.rebate_statement_file import write_rebate_statement

            try:
                write_rebate_statement(workspace.rebate_statements, code, today, path, progress)
            except OSError as exc:  # (translate() is thread-safe)
                raise NotSaved(filled_in(could_not, str(path), file_problem_text(exc))) from exc
            return path

        self.last_cancelled = None
        self.jobs.run(
            self._background,
            self.tr("Rebate statement"),
            self.tr("Computing the rebates of %1…").replace("%1", profile.name),
            noting_unprintable(work),
            warned_after(self._saved, self._window),
            self._failed,
            self._rebate_statement_cancelled,
        )

    def _rebate_statement_cancelled(self) -> None:
        self._cancelled(self.tr("Rebate statement cancelled; no file was written."))

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        if self.open_after_save:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, message: str) -> None:
        self.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not printed"), message)
        box.setParent(self._window, box.windowFlags())
        box.open()

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save as PDF"), str(Path(folder) / file_name), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None
