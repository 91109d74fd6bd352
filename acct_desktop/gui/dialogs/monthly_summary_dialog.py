"""The monthly summary dialog: pick a month and a territory, write the commentary of each
section (saved after a short pause and when the month, the territory or the dialog
changes, so nothing typed is lost), then Preview… renders the PDF off the UI thread and
shows it with Print… and Save as PDF….

A month that is over without a sales figure in scope is never printed silently: Preview…
asks first (*No sales figures were imported for May 2026; …* — Print anyway / Cancel), and
the PDF made anyway says so on its first page."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.form_drafts import FormAutosave
from acct_desktop.gui.i18n import LANGUAGES, gui_language
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text, file_problem_text
from acct_desktop.gui.unprintable import unprintable_text
from acct_desktop.gui.widgets.date_field import DateField
from acct_desktop.reporting.unprintable import missing_characters
from acct_desktop.services.monthly_commentary import (
    SECTIONS,
    CommentaryRefused,
    MonthlyCommentaryService,
)

SAVE_PAUSE_MS = 800


class MonthlySummaryDialog(ScreenFitDialog):
    def __init__(
        self, workspace, background: BackgroundRunner, parent: QWidget | None = None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("monthlySummaryDialog")
        self.setWindowTitle(self.tr("Monthly summary"))
        self.resize(760, 680)
        self._workspace, self._background = workspace, background
        self._commentary = MonthlyCommentaryService(workspace.db)
        self._pending: set[str] = set()
        self._timer = FormAutosave(self, self.flush, SAVE_PAUSE_MS)
        self.choose_path: Callable[[str], Path | None] = self._ask_path
        self.last_preview: QDialog | None = None
        self.last_saved: Path | None = None
        self.last_pdf: bytes | None = None
        self.last_question: QMessageBox | None = None  # a month without figures: print?

        today = workspace.issues.today()
        this_month = QDate(today.year, today.month, 1)
        self.month = DateField(this_month.addMonths(-1))
        self.month.setObjectName("summaryMonth")
        self.month.setDisplayFormat("yyyy-MM")
        # this month (to date) at the latest: a month not begun has nothing to sum up
        self.month.setMaximumDate(this_month.addMonths(1).addDays(-1))
        self.territory = QComboBox()
        self.territory.setObjectName("summaryTerritory")
        self.territory.addItem(self.tr("All territories"), None)
        for territory_id, name, depth in workspace.tree.territory_choices():
            self.territory.addItem("    " * depth + name, str(territory_id))
        self.language = QComboBox()
        self.language.setObjectName("summaryLanguage")
        for language in LANGUAGES:  # the report's languages are the GUI's
            self.language.addItem(language.own_name, language.code)
        # The boss reads what the manager reads; another language is one click away.
        self.language.setCurrentIndex(max(0, self.language.findData(gui_language())))
        picks = QFormLayout()
        picks.addRow(self.tr("&Month:"), self.month)
        picks.addRow(self.tr("&Territory:"), self.territory)
        picks.addRow(self.tr("&Language of the PDF:"), self.language)

        self.texts: dict[str, QPlainTextEdit] = {}
        comments = QFormLayout()
        for section, label in zip(
            SECTIONS,
            (
                self.tr("Overview:"),
                self.tr("Plan execution:"),
                self.tr("Customer issues:"),
                self.tr("Next month's focus:"),
            ),
            strict=True,
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(f"comment_{section}")
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("Your comment, printed at the top of this section"))
            edit.textChanged.connect(lambda s=section: self._later(s))
            self.texts[section] = edit
            comments.addRow(label, edit)
        self.problem = QLabel()
        self.problem.setObjectName("summaryProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.preview_button = QPushButton(self.tr("&Preview…"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.preview_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addWidget(QLabel(self.tr("Commentary (saved as you type)")))
        layout.addLayout(comments, 1)
        layout.addLayout(row)
        self._load()
        self.month.dateChanged.connect(lambda _d: self._scope_changed())
        self.territory.currentIndexChanged.connect(lambda _i: self._scope_changed())

    # -- scope -----------------------------------------------------------------------------
    def chosen_month(self) -> date:
        picked = self.month.date()
        return date(picked.year(), picked.month(), 1)

    def chosen_territory(self) -> uuid.UUID | None:
        value = self.territory.currentData()
        return uuid.UUID(value) if value else None

    def _scope_changed(self) -> None:
        self.flush()
        self._load()

    def _load(self) -> None:
        self._scope = (self.chosen_month(), self.chosen_territory())
        written = self._commentary.read(*self._scope)
        for section, edit in self.texts.items():
            edit.blockSignals(True)
            edit.setPlainText(written.get(section, ""))
            edit.blockSignals(False)
        self._pending.clear()

    # -- saving ----------------------------------------------------------------------------
    def _later(self, section: str) -> None:
        self._pending.add(section)
        self._timer.later()

    def flush(self) -> None:
        """Save what was typed and not yet saved (into the month and territory it was
        typed for)."""
        self._timer.stop()
        month, territory_id = self._scope
        for section in sorted(self._pending):
            try:
                self._commentary.save_commentary(
                    month, territory_id, section, self.texts[section].toPlainText()
                )
            except CommentaryRefused as exc:
                self._show_problem(exception_text(exc))
                return
        self._pending.clear()
        self._show_problem("")

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # -- preview ---------------------------------------------------------------------------
    def preview(self, allow_empty: bool = False) -> None:
        """Render the summary off the UI thread, then show it in the print preview; a month
        without figures asks first (``allow_empty``: the user said to print it anyway)."""
        self.flush()
        workspace = self._workspace
        month, territory_id = self._scope
        language = self.language.currentData()
        today = workspace.issues.today()
        self.preview_button.setEnabled(False)

        def work():  # type: ignore[no-untyped-def]
            from acct_desktop.gui.dialogs.pdf_preview import preview_pages
            from acct_desktop.reporting.monthly_summary_pdf import (
                build_monthly_summary_pdf,
                monthly_summary_file_name,
            )
            from acct_desktop.services.manager_profile import load_manager_profile
            from acct_desktop.services.monthly_summary import (
                MonthWithoutFigures,
                gather_monthly_summary,
            )

            try:
                summary = gather_monthly_summary(
                    workspace.db,
                    month,
                    territory_id,
                    manager=load_manager_profile().name,
                    today=today,
                    allow_empty=allow_empty,
                )
            except MonthWithoutFigures as refused:
                return refused  # a question for the user, not a failure
            with missing_characters() as missing:
                pdf = build_monthly_summary_pdf(summary, language)
            name = monthly_summary_file_name(summary)
            return name, pdf, preview_pages(pdf), frozenset(missing)

        self._background.submit(work, self._show_preview, self._preview_failed)

    def _ask_print_anyway(self, refused: Exception) -> None:
        """The month has no figures: say so and print only when the user says so."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Monthly summary"),
            exception_text(refused),
            parent=self,
        )
        box.setObjectName("noFiguresQuestion")
        box.setInformativeText(
            self.tr(
                "Import the month's sales figures first (File → Import sales…). Printed "
                "anyway, the summary says on its first page that no figures were imported "
                "for the month."
            )
        )
        anyway = box.addButton(self.tr("Print anyway"), QMessageBox.ButtonRole.AcceptRole)
        anyway.setObjectName("printAnyway")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.last_question = box

        def answered(_result: int) -> None:
            if box.clickedButton() is anyway:
                self.preview(allow_empty=True)

        box.finished.connect(answered)
        box.open()

    def _show_preview(self, outcome) -> None:  # type: ignore[no-untyped-def]
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
        from acct_desktop.services.files import write_atomically

        self.preview_button.setEnabled(True)
        if isinstance(outcome, Exception):
            self._ask_print_anyway(outcome)
            return
        name, pdf, pages, missing = outcome
        self.last_pdf = pdf

        def save() -> None:
            path = self.choose_path(name)
            if path is None:
                return
            try:
                write_atomically(path, pdf)
            except OSError as exc:
                self._show_problem(
                    filled_in(self.tr("Could not save %1: %2"), str(path), file_problem_text(exc))
                )
                return
            self.last_saved = path

        dialog = PdfPreviewDialog(name, pdf, pages, save, self, warning=unprintable_text(missing))
        self.last_preview = dialog
        dialog.open()

    def _preview_failed(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self._show_problem(self.tr("The summary could not be made: %1").replace("%1", message))

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / file_name), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

    def done(self, result: int) -> None:  # closing in any way saves what was typed
        self.flush()
        super().done(result)
