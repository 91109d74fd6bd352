"""Account-menu actions that print the current account's documents: its price list and
its rebate statement, in the app's print preview (Print… or Save as PDF…), as quotes and
visit sheets are. The work runs off the UI thread, and the user hears which characters, if
any, no font on this computer could print.

The price list (every product priced at every quantity break: seconds for a big catalogue)
is priced, made and its pages drawn in the worker behind a progress dialog with Cancel
(``gui/progress_jobs.py``, ``services/price_list_file.py``); the PDF is held in memory
until the user saves it, so a cancelled list leaves nothing anywhere. The rebate statement
(an accrual computed for each agreement) goes the same way
(``services/rebate_statement_file.py``). Nothing to print (no active product, no active
rebate agreement) is said at once, before any work or file dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QStyle, QWidget

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.nothing_here import say_why
from acct_desktop.gui.progress_jobs import Progress, ProgressJobs
from acct_desktop.gui.sentences import file_problem_text, user_text
from acct_desktop.gui.unprintable import noting_unprintable, unprintable_text
from acct_desktop.reporting.list_content import ScreenList
from acct_desktop.services.workspace import Workspace

ChoosePath = Callable[[str], Path | None]
REFUSAL_BOX = "nothingToPrint"


def drawn(pdf: bytes, last: Callable[[], None]) -> tuple[bytes, list[Any]]:
    """The document's last step in the worker: opened for the preview, its first pages
    drawn (the others as the preview scrolls to them)."""
    from acct_desktop.gui.dialogs.pdf_preview import preview_pages

    pages = preview_pages(pdf)
    last()
    return pdf, pages


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
        self.last_refusal: str | None = None
        self.last_preview: QWidget | None = None
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
        """The list priced, made and its pages drawn in the worker, then the preview."""
        from acct_desktop.reporting.price_list_pdf import price_list_file_name_for
        from acct_desktop.services.price_list import PriceListService

        workspace, account_id = self._workspace(), self._current.id
        if workspace is None or account_id is None:
            return
        today = workspace.issues.today()
        profile = workspace.accounts.profile(account_id)
        if profile is None:
            return
        if not PriceListService(workspace.db).has_products():
            self._refuse(
                self.tr("Price list"),
                self.tr(
                    "There is no active product, so %1 has no price list to print. Import "
                    "the catalogue first (acct-desktop import products FILE)."
                ).replace("%1", profile.name),
            )
            return
        name = price_list_file_name_for(profile.code, today)

        def work(progress: Progress) -> tuple[bytes, list[Any], list[str]]:
            from acct_desktop.services.price_inversions import inversion_sentence
            from acct_desktop.services.price_list_file import make_price_list

            content, (pdf, pages) = make_price_list(
                workspace.db, account_id, today, drawn, progress
            )
            dearer = [
                inversion_sentence(content.account_code, sku, content.currency, inversion)
                for sku, inversion in content.inversions
            ]
            return pdf, pages, dearer

        self._start(
            self.tr("Price list"),
            self.tr("Pricing the products for %1…").replace("%1", profile.name),
            work,
            lambda made: self._price_list_made(name, made),
            self.tr("Price list cancelled; nothing was printed or saved."),
        )

    def _price_list_made(self, name: str, outcome: tuple[Any, frozenset[str]]) -> None:
        """The preview; a bigger quantity priced above a smaller one is marked on the list,
        and the manager is told, over the preview, which policies do that (the register
        should be put right)."""
        (pdf, pages, dearer), missing = outcome
        preview = self._preview(name, pdf, pages, missing)
        self.last_warning = None
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
            box.setObjectName("dearerPrices")
            box.setParent(preview, box.windowFlags())
            box.open()

    def print_rebate_statement(self) -> None:
        """Each agreement computed, the statement made and its pages drawn in the worker,
        behind the same progress dialog with Cancel as the price list, then the preview.
        An account without an active agreement is told so at once."""
        from acct_desktop.services.rebate_statement_file import rebate_statement_file_name

        workspace, account_id = self._workspace(), self._current.id
        if workspace is None or account_id is None:
            return
        profile = workspace.accounts.profile(account_id)
        if profile is None:
            return
        if not workspace.rebate_statements.has_active_agreement(account_id):
            self._refuse(
                self.tr("Rebate statement"),
                self.tr(
                    "%1 has no active rebate agreement, so there is no rebate statement to print."
                ).replace("%1", profile.name),
            )
            return
        code, today = profile.code, workspace.issues.today()
        name = rebate_statement_file_name(code, today)

        def work(progress: Progress) -> tuple[bytes, list[Any]]:
            from acct_desktop.services.rebate_statement_file import make_rebate_statement

            statements = workspace.rebate_statements
            _content, made = make_rebate_statement(statements, code, today, drawn, progress)
            return made

        self._start(
            self.tr("Rebate statement"),
            self.tr("Computing the rebates of %1…").replace("%1", profile.name),
            work,
            lambda made: self._preview(name, *made[0], made[1]),
            self.tr("Rebate statement cancelled; nothing was printed or saved."),
        )

    def print_list(self, content: ScreenList, file_name: str, over: QWidget) -> None:
        """A list as the screen shows it (``gui/list_print.py``), made and drawn in the
        worker, in the print preview; an empty list says so in the status bar instead."""
        if not content.rows:
            say_why(over, self.tr("The list is empty: there is nothing to print."))
            return

        def work(_progress: Progress) -> tuple[bytes, list[Any]]:
            from acct_desktop.reporting.list_pdf import build_list_pdf

            return drawn(build_list_pdf(content), lambda: None)

        self._start(
            content.title,
            self.tr("Preparing %1…").replace("%1", content.title),
            work,
            lambda made: self._preview(file_name, *made[0], made[1]),
            self.tr("Printing cancelled. Nothing was printed."),
        )

    def _start(
        self,
        title: str,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[tuple[Any, frozenset[str]]], None],
        cancelled: str,
    ) -> None:
        """``work`` in the worker behind the progress dialog with Cancel; then ``on_done``
        with its result and the characters printed as □, or the failure or the cancel
        said."""
        self.last_cancelled = None
        self.jobs.run(
            self._background,
            title,
            label,
            noting_unprintable(work),
            on_done,
            self._failed,
            lambda: self._cancelled(cancelled),
        )

    def _cancelled(self, sentence: str) -> None:
        self.last_cancelled = sentence
        status = getattr(self._window, "statusBar", None)
        if callable(status):
            status().showMessage(self.last_cancelled, 8000)

    def _refuse(self, title: str, sentence: str) -> None:
        """Nothing to print: said at once, and nothing is asked or made."""
        self.last_refusal = sentence
        box = QMessageBox(QMessageBox.Icon.Information, title, sentence)
        box.setObjectName(REFUSAL_BOX)
        box.setParent(self._window, box.windowFlags())
        box.open()

    def _preview(self, name: str, pdf: bytes, pages: list[Any], missing: frozenset[str]) -> QWidget:
        """The pages in the app's print preview: Print…, or Save as PDF… (asks where)."""
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog

        if self.last_preview is not None:  # its pages let go: a big list's are many
            self.last_preview.deleteLater()
        dialog = PdfPreviewDialog(
            name,
            pdf,
            pages,
            lambda: self._save(name, pdf, dialog),
            self._window,
            warning=unprintable_text(missing),
        )
        self.last_preview = dialog
        dialog.open()
        return dialog

    def _save(self, name: str, pdf: bytes, preview: QWidget) -> None:
        """Save as PDF…: asks where, then writes the file through a ``.part`` file."""
        from acct_desktop.services.files import write_atomically

        path = self.choose_path(name)
        if path is None:
            return
        try:
            write_atomically(path, pdf)
        except OSError as exc:
            self._failed(
                filled_in(self.tr("Could not save %1: %2"), str(path), file_problem_text(exc)),
                preview,
                self.tr("Not saved"),
            )
            return
        self.last_saved = path

    def _failed(self, message: str, over: QWidget | None = None, title: str = "") -> None:
        self.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Warning, title or self.tr("Not printed"), message)
        box.setParent(over or self._window, box.windowFlags())
        box.open()

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        preview = self.last_preview
        parent = preview if preview is not None and preview.isVisible() else self._window
        chosen, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as PDF"), str(Path(folder) / file_name), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None
