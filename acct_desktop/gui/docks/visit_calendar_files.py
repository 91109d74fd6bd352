"""The calendar's printing and Outlook actions: print the shown period's visit sheets
(preview, print, save), send it to Outlook as an .ics file, read an .ics file back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from acct_desktop.gui.sentences import exception_text, user_text


class CalendarFiles(QObject):
    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        self.choose_path = self._ask_path
        self.open_path = self._ask_open
        self.last_saved: Path | None = None
        self.last_summary: str | None = None

    def period(self) -> tuple[date, date]:
        first, days = self.dock.shown_period()
        return first, first + timedelta(days=days - 1)

    def print_sheets(self) -> None:
        """Route and visit sheets of the shown period, in a print preview."""
        workspace, background = self.dock.workspace, self.dock.background
        if workspace is None or background is None:
            return
        first, last = self.period()

        def work():  # type: ignore[no-untyped-def]
            from acct_desktop.gui.dialogs.pdf_preview import render_pages
            from acct_desktop.reporting.visit_sheet_pdf import (
                build_visit_sheets_pdf,
                visit_sheets_file_name,
            )
            from acct_desktop.services.manager_profile import load_manager_profile
            from acct_desktop.services.visit_sheets import gather_visit_sheets

            content = gather_visit_sheets(
                workspace.db,
                first,
                last,
                manager=load_manager_profile(),
                today=workspace.issues.today(),
            )
            pdf = build_visit_sheets_pdf(content)
            return visit_sheets_file_name(content), pdf, render_pages(pdf)

        background.submit(work, self._preview, self.dock.complain)

    def _preview(self, outcome) -> None:  # type: ignore[no-untyped-def]
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
        from acct_desktop.services.files import write_atomically

        name, pdf, pages = outcome

        def save() -> None:
            path = self.choose_path(name, "PDF (*.pdf)")
            if path is not None:
                write_atomically(path, pdf)
                self.last_saved = path

        dialog = PdfPreviewDialog(name, pdf, pages, save, self.dock)
        self.dock.last_dialog = dialog
        dialog.open()

    def export_ics(self) -> None:
        """The shown period's visits as an .ics file for Outlook."""
        from acct_desktop.services.files import write_atomically
        from acct_desktop.services.visit_calendar_files import CalendarExportError, export_ics

        workspace = self.dock.workspace
        if workspace is None:
            return
        first, last = self.period()
        try:
            data = export_ics(workspace.db, first, last, render=user_text)
        except CalendarExportError as exc:
            self.dock.complain(exception_text(exc))
            return
        path = self.choose_path(f"visits-{first}-{last}.ics", "iCalendar (*.ics)")
        if path is not None:
            write_atomically(path, data)
            self.last_saved = path

    def import_ics(self) -> None:
        """Read an .ics file back (Outlook's changes to our visits; updates by UID)."""
        from acct_desktop.config import os_user
        from acct_desktop.services.visit_calendar_files import CalendarImportError, import_ics

        workspace = self.dock.workspace
        if workspace is None:
            return
        path = self.open_path()
        if path is None:
            return
        try:
            summary = import_ics(workspace.db, path.read_bytes(), os_user())
        except CalendarImportError as exc:
            self.dock.complain(exception_text(exc))
            return
        except OSError as exc:
            self.dock.complain(str(exc))
            return
        self.last_summary = user_text(summary.describe())
        self.dock.complain(self.last_summary)
        self.dock.reload()

    def _ask_path(self, name: str, kinds: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self.dock, self.tr("Save"), str(Path(folder) / name), kinds
        )
        return Path(chosen) if chosen else None

    def _ask_open(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.dock, self.tr("Read a calendar file"), "", self.tr("iCalendar (*.ics)")
        )
        return Path(chosen) if chosen else None
