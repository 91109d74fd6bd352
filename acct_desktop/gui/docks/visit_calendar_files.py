"""The calendar's printing and Outlook actions: print the shown period's visit sheets
(preview, print, save), send it to Outlook as an .ics file, read an .ics file back.

Writing and reading a calendar file run in the worker behind a progress dialog that can
cancel them: a team's month can be thousands of visits, a file sent back 100,000 events.
A cancelled export leaves no file, a cancelled import changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from acct_desktop.gui.progress_jobs import ProgressJobs
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.gui.unprintable import unprintable_text
from acct_desktop.reporting.unprintable import missing_characters

REASONS_SHOWN = 5  # in the message itself; all of them behind Show Details…


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def route_sheet_language() -> str | None:
    """The route sheet is the manager's own page: in the app's language (the one the GUI
    speaks: View → Language, --lang, else the system's). Each visit's sheet stays in its
    customer's language. None (the pseudo language) leaves it to the customers'."""
    from acct_desktop.domain.languages import DOCUMENT_LANGUAGES
    from acct_desktop.gui.i18n import gui_language

    language = gui_language()
    return language if language in DOCUMENT_LANGUAGES else None


class CalendarFiles(QObject):
    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        self.choose_path = self._ask_path
        self.open_path = self._ask_open
        self.open_folder = _open_folder
        self.last_saved: Path | None = None
        self.last_summary: str | None = None
        self.last_reasons: list[str] = []
        self.jobs = ProgressJobs(dock)

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog of the job under way, if any."""
        return self.jobs.dialog

    def period(self) -> tuple[date, date]:
        first, days = self.dock.shown_period()
        return first, first + timedelta(days=days - 1)

    def print_sheets(self) -> None:
        """Route and visit sheets of the shown period, in a print preview."""
        workspace, background = self.dock.workspace, self.dock.background
        if workspace is None or background is None:
            return
        first, last = self.period()
        route_language = route_sheet_language()
        # a team's calendar showing My visits prints my routes; everyone's: a route each
        owner = self.dock.me if self.dock.shows_mine() else None

        def work(progress: Callable[[int, int], None]):  # type: ignore[no-untyped-def]
            from acct_desktop.gui.dialogs.pdf_preview import preview_pages
            from acct_desktop.reporting.visit_sheet_pdf import (
                build_visit_sheets_pdf,
                visit_sheets_file_name,
            )
            from acct_desktop.services.manager_profile import load_manager_profile
            from acct_desktop.services.visit_sheets import gather_visit_sheets

            progress(0, 3)
            content = gather_visit_sheets(
                workspace.db,
                first,
                last,
                manager=load_manager_profile(),
                today=workspace.issues.today(),
                route_language=route_language,
                owner=owner,
            )
            progress(1, 3)
            with missing_characters() as missing:
                pdf = build_visit_sheets_pdf(content)
            progress(2, 3)
            pages = preview_pages(pdf)
            progress(3, 3)
            return visit_sheets_file_name(content), pdf, pages, frozenset(missing)

        # a month of sheets takes seconds: a progress window (after half a second) with
        # Cancel, and the calendar kept in front, so the preview opens over it and nowhere
        # else (the user cannot wander to another dock meanwhile)
        self._in_background(
            self.tr("Preparing visit sheets…"),
            work,
            self._preview,
            self.tr("Printing cancelled. Nothing was printed."),
        )

    def _preview(self, outcome) -> None:  # type: ignore[no-untyped-def]
        from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
        from acct_desktop.services.files import write_atomically

        name, pdf, pages, missing = outcome

        def save() -> None:
            path = self.choose_path(name, "PDF (*.pdf)")
            if path is not None:
                write_atomically(path, pdf)
                self.last_saved = path

        self.dock.show()
        self.dock.raise_()  # the preview over the calendar, never over another dock's tab
        dialog = PdfPreviewDialog(
            name, pdf, pages, save, self.dock, warning=unprintable_text(missing)
        )
        self.dock.last_dialog = dialog
        dialog.open()

    def export_ics(self) -> None:
        """The shown period's visits as an .ics file for Outlook, written in the worker."""
        from acct_desktop.services.visit_calendar_export import (
            CalendarExportError,
            export_ics_file,
            visits_to_export,
        )

        workspace = self.dock.workspace
        if workspace is None or self.dock.background is None:
            return
        first, last = self.period()
        # a team's calendar showing My visits sends my visits; everyone's: all of them
        owner = self.dock.me if self.dock.shows_mine() else None
        try:  # nothing to write: said before asking where
            visits_to_export(workspace.db, first, last, owner=owner)
        except CalendarExportError as exc:
            self.dock.complain(exception_text(exc))
            return
        path = self.choose_path(f"visits-{first}-{last}.ics", "iCalendar (*.ics)")
        if path is None:
            return

        def work(progress):  # type: ignore[no-untyped-def]
            count = export_ics_file(
                workspace.db, path, first, last, render=user_text, progress=progress, owner=owner
            )
            return path, count

        def done(outcome: tuple[Path, int]) -> None:
            self.last_saved, count = outcome
            self._exported(self.last_saved, count)

        self._in_background(
            self.tr("Writing %1…").replace("%1", path.name),
            work,
            done,
            self.tr("Export cancelled; no file was written."),
        )

    def _exported(self, path: Path, count: int) -> None:
        """The sentence the command line prints ("28 visits written to week.ics"), in the
        status bar and in a message whose *Open folder* shows the file where it is."""
        self.last_summary = self.tr("%n visit(s) written to %1", "", count).replace("%1", path.name)
        window = self.dock.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.last_summary, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Visit calendar"), self.last_summary
        )
        box.setInformativeText(str(path.parent))
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        folder.clicked.connect(lambda: self.open_folder(path.parent))
        box.setParent(self.dock, box.windowFlags())
        self.dock.last_dialog = box
        box.open()

    def import_ics(self, path: Path | None = None, skip_unmatched: bool = False) -> None:
        """Read an .ics file back (Outlook's changes to our visits; updates by UID), in the
        worker, a line at a time: a big file must neither freeze the window nor fill the
        memory. Events whose account is not found refuse the file, each listed, with the
        choice to skip them and import the rest (``ask_skip``)."""
        from acct_desktop.services.manager_profile import actor_name
        from acct_desktop.services.visit_calendar_import import UnmatchedEvents, import_ics

        workspace, background = self.dock.workspace, self.dock.background
        if workspace is None or background is None:
            return
        if path is None:
            path = self.open_path()
        if path is None:
            return
        user = actor_name()

        def work(progress):  # type: ignore[no-untyped-def]
            try:
                return import_ics(
                    workspace.db, path, user, progress=progress, skip_unmatched=skip_unmatched
                )
            except UnmatchedEvents as refused:  # the user's to decide, in the window
                return refused

        def done(outcome) -> None:  # type: ignore[no-untyped-def]
            if not isinstance(outcome, UnmatchedEvents):
                self._imported(outcome)
            elif self.ask_skip(outcome):
                self.import_ics(path, skip_unmatched=True)
            else:
                self.dock.last_problem = exception_text(outcome)

        self._in_background(
            self.tr("Reading %1…").replace("%1", path.name),
            work,
            done,
            self.tr("Import cancelled. Nothing was written."),
        )

    def ask_skip(self, refused) -> bool:  # type: ignore[no-untyped-def]
        """Whether to import the rest of a file whose listed events name no account found
        here (tests answer by replacing this)."""
        events = [user_text(event.describe()) for event in refused.events]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Visit calendar"),
            exception_text(refused),
            parent=self.dock,
        )
        self._list_in(box, events)
        skip = box.addButton(
            self.tr("Skip them and import the rest"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.dock.last_dialog = box
        box.exec()
        return box.clickedButton() is skip

    def _list_in(self, box: QMessageBox, lines: list[str]) -> None:
        """The first few ``lines`` as bullets in ``box`` (with how many more), all of them
        behind *Show Details…*."""
        shown = "\n".join(f"• {line}" for line in lines[:REASONS_SHOWN])
        if len(lines) > REASONS_SHOWN:
            more = self.tr("… and %n more; see the details.", "", len(lines) - REASONS_SHOWN)
            shown = f"{shown}\n{more}"
        box.setInformativeText(shown)
        box.setDetailedText("\n".join(lines))

    def _in_background(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        cancelled_text: str,
    ) -> None:
        """Run ``work(progress)`` in the worker behind a progress dialog whose Cancel makes
        ``progress`` raise; then ``on_done(result)``, or the refusal (or ``cancelled_text``)
        in a message."""
        self.jobs.run(
            self.dock.background,
            self.tr("Visit calendar"),
            label,
            work,
            on_done,
            self.dock.complain,
            lambda: self.dock.complain(cancelled_text),
        )

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
            self._list_in(box, reasons)
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
