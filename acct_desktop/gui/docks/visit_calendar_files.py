"""The calendar's printing and Outlook actions: print the shown period's visit sheets
(preview, print, save), send it to Outlook as an .ics file, read an .ics file back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from acct_desktop.gui.sentences import exception_text, user_text

REASONS_SHOWN = 5  # in the message itself; all of them behind Show Details…


class CalendarFiles(QObject):
    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        self.choose_path = self._ask_path
        self.open_path = self._ask_open
        self.last_saved: Path | None = None
        self.last_summary: str | None = None
        self.last_reasons: list[str] = []

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
        from acct_desktop.services.visit_calendar_export import CalendarExportError, export_ics

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
        """Read an .ics file back (Outlook's changes to our visits; updates by UID), in the
        worker: a big file must not freeze the window."""
        from acct_desktop.config import os_user
        from acct_desktop.services.visit_calendar_import import import_ics

        workspace, background = self.dock.workspace, self.dock.background
        if workspace is None or background is None:
            return
        path = self.open_path()
        if path is None:
            return
        user = os_user()

        def work():  # type: ignore[no-untyped-def]
            return import_ics(workspace.db, path.read_bytes(), user)

        background.submit(work, self._imported, self.dock.complain)

    def _imported(self, summary) -> None:  # type: ignore[no-untyped-def]
        """The counts, and what was left out and why: the first few reasons in the message,
        all of them behind *Show Details…* (the same lines the CLI prints)."""
        self.last_summary = user_text(summary.describe())
        reasons = [user_text(note) for note in summary.notes]
        reasons += [user_text(skipped.describe()) for skipped in summary.skipped]
        self.last_reasons = reasons
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Visit calendar"), self.last_summary
        )
        if reasons:
            box.setIcon(QMessageBox.Icon.Warning)
            shown = "\n".join(f"• {reason}" for reason in reasons[:REASONS_SHOWN])
            if len(reasons) > REASONS_SHOWN:
                more = self.tr("… and %n more; see the details.", "", len(reasons) - REASONS_SHOWN)
                shown = f"{shown}\n{more}"
            box.setInformativeText(shown)
            box.setDetailedText("\n".join(reasons))
        box.setParent(self.dock, box.windowFlags())
        self.dock.last_problem = self.last_summary
        self.dock.last_dialog = box
        box.open()
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
