"""File → Import / Export of accounts and contacts, and files dropped on the window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.import_dialog import ImportDialog, entity_word
from acct_desktop.gui.sentences import exception_text, file_problem_text, user_text
from acct_desktop.services import exports
from acct_desktop.services.imports import (
    ImportLayout,
    ImportPreview,
    ImportSummary,
    SalesImportSummary,
    TabularError,
    import_accounts,
    import_contacts,
    import_sales,
    kept_header_row,
    layout_key,
    preview,
)

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)
PREVIEW_IN_BACKGROUND_FROM_BYTES = 1_000_000  # ~16,000 rows: read in ~50 ms, at once
IMPORTERS = {"accounts": import_accounts, "contacts": import_contacts, "sales": import_sales}


@dataclass(frozen=True)
class _Asked:
    """What a file was opened with: its kind of import (None: guessed), the line of its
    column names (None: found) and whether that line is the one a kept layout brought
    back (``recalled``)."""

    entity: str | None = None
    header_row: int | None = None
    recalled: bool = False


class Transfers(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reopened: ImportDialog | None = None  # the dialog a header row's choice opened

    def ask_import(self, entity: str) -> ImportDialog | None:
        """File → Import …: a spreadsheet opens the import dialog as ``entity``; a vCard
        (.vcf) or an Outlook calendar (.ics) goes where a dropped one goes (the contacts
        of the current account, the visit calendar), never read as a spreadsheet."""
        spreadsheets = "*.csv *.txt *.xlsx"
        filters = [self.tr("Spreadsheets") + f" ({spreadsheets})"]
        if entity == "contacts":
            filters.insert(0, self.tr("Spreadsheets and vCards") + f" ({spreadsheets} *.vcf)")
        filters += [
            self.tr("vCards") + " (*.vcf *.vcard)",
            self.tr("Calendars (visits)") + " (*.ics)",
            self.tr("All files") + " (*)",
        ]
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import %1").replace("%1", entity_word(entity)),
            str(Path.home()),
            ";;".join(filters),
        )
        return self.open_chosen(path, entity) if path else None

    def open_chosen(self, path: str, entity: str) -> ImportDialog | None:
        """A file chosen in File → Import …: a vCard or calendar as if dropped, else the
        import dialog as ``entity``."""
        if Path(path).suffix.lower() in (".vcf", ".vcard", ".ics"):
            self.window.file_drops.open_file(path)
            return None
        return self.open_import(path, entity)

    def open_import(
        self,
        path: str,
        entity: str | None = None,
        header_row: int | None = None,
        *,
        recalled: bool = False,
    ) -> ImportDialog | None:
        """Show the mapping and preview for ``path`` (accounts, contacts or sales figures,
        guessed from the columns when not said), its column names read from line
        ``header_row`` (else the row found to hold them — or, when another of the file's
        first rows has the headers of the choices kept from an earlier import, that row:
        ``recalled``, see ``layouts.kept_header_row``). A big file is read off the UI
        thread behind a "Reading…" dialog that can be cancelled; the import dialog then
        opens when the file has been read (and ``None`` is returned here)."""
        if self.window.workspace is None:
            return None
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0  # the preview says what is wrong with it
        asked = _Asked(entity, header_row, recalled)
        if size >= PREVIEW_IN_BACKGROUND_FROM_BYTES:
            self._preview_in_background(path, asked)
            return None
        try:
            shown = preview(path, entity, header_row=header_row)
        except TabularError as exc:
            self._cannot_import(exception_text(exc))
            return None
        return self._show_import(path, shown, asked)

    def _preview_in_background(self, path: str, asked: _Asked) -> None:
        waiting = QProgressDialog(
            self.tr("Reading %1…").replace("%1", Path(path).name),
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(300)

        def done(shown: ImportPreview) -> None:
            if not waiting.wasCanceled():
                waiting.reset()
                self._show_import(path, shown, asked)
            waiting.deleteLater()

        def failed(message: str) -> None:
            if not waiting.wasCanceled():
                waiting.reset()
                self._cannot_import(message)
            waiting.deleteLater()

        self.window.background.submit(
            lambda: preview(path, asked.entity, header_row=asked.header_row), done, failed
        )

    def _show_import(
        self, path: str, shown: ImportPreview, asked: _Asked | None = None
    ) -> ImportDialog | None:
        workspace = self.window.workspace
        if workspace is None:  # the database was closed meanwhile
            return None
        asked = asked or _Asked()
        settings = self.window.settings

        def kept(key: str) -> ImportLayout | None:
            return ImportLayout.from_text(settings.import_layout(key))

        if asked.header_row is None:  # the row found; an earlier import may know better
            entities = [shown.entity]
            if asked.entity is None:  # guessed from the row found: any kind of import
                entities += [e for e in IMPORTERS if e != shown.entity]
            where = kept_header_row(entities, shown.header_line, shown.leading, kept)
            if where is not None:
                return self.open_import(path, where[0], where[1], recalled=True)
        key = layout_key(shown.entity, shown.headers)
        remembered = kept(key)
        dialog = ImportDialog(
            path, shown, workspace.db, IMPORTERS[shown.entity], self.window, remembered,
            header_recalled=asked.recalled,
        )  # fmt: skip

        def imported(summary: ImportSummary) -> None:
            # the next file with these headers (next month's export) opens chosen the same way
            chosen = dialog.chosen_layout(workspace.issues.today())
            settings.set_import_layout(key, chosen.to_text())
            self._imported(summary)

        def header_row_chosen(line: int) -> None:  # the file read again with that header
            dialog.reject()
            self.reopened = self.open_import(path, shown.entity, line)

        dialog.sig_imported.connect(imported)
        dialog.sig_header_row.connect(header_row_chosen)
        dialog.open()
        return dialog

    def _cannot_import(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot import"), message)

    def _imported(self, summary: ImportSummary) -> None:
        sales = isinstance(summary, SalesImportSummary) and summary.last_day is not None
        plan = self.window.docks["planActualDock"]
        if sales:
            plan.show_month(summary.last_day, summary.currencies, summary.measures)
        self.window.refresh()  # a dock out of sight reads when it comes forward:
        if sales:  # the figures just brought in, against plan: who is behind, at once
            plan.show()
            plan.raise_()
        self.window.statusBar().showMessage(user_text(summary.describe()), 15_000)

    def ask_export(self, entity: str) -> Path | None:
        workspace = self.window.workspace
        if workspace is None:
            return None
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export %1").replace("%1", entity_word(entity)),
            str(Path.home() / f"{entity}.csv"),
            "CSV (*.csv);;Excel (*.xlsx)",
        )
        if not path:
            return None
        return self.export(entity, Path(path))

    def export(self, entity: str, path: Path) -> Path | None:
        workspace = self.window.workspace
        if workspace is None:
            return None
        fmt = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        writer = exports.export_accounts if entity == "accounts" else exports.export_contacts
        try:
            writer(workspace.db, path, fmt)
        except exports.ExportError as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), exception_text(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Export failed"), file_problem_text(exc))
            return None
        self.window.statusBar().showMessage(
            filled_in(self.tr("%1 exported to %2"), entity_word(entity), str(path)),
            15_000,
        )
        return path
