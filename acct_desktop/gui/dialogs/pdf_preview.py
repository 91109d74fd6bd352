"""Print preview of a PDF we made: its pages, then Print… or Save as PDF….

The pages are drawn only as they come into view (``gui/page_column.py``), so a 300-page
price list opens as fast as a one-page quote; Print… prints them in a thread of its own
behind a progress dialog with Cancel (``gui/pdf_printing.py``), so the window keeps
answering while a long document goes to the printer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from math import floor
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.page_column import GAP, PageColumn
from acct_desktop.gui.pdf_pages import PdfPages
from acct_desktop.gui.pdf_printing import PdfFileJob, PrintJob
from acct_desktop.gui.screen_fit import ScreenFitDialog, available_area, bounded_size

PREFERRED_SIZE = QSize(860, 900)  # an A4 page's width at 96 dpi, with room around it
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SHOW_PROGRESS_AFTER_MS = 300
CLOSE_WAIT_S = 2.0


def preview_pages(pdf: bytes) -> PdfPages:
    """``pdf`` opened for the preview with its first pages drawn: call it in the worker
    that made the PDF, and the preview opens with its first page in sight."""
    return PdfPages(pdf)


def _zoom_button(text: str, name: str, keys: QKeySequence.StandardKey) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
    return button


class PdfPreviewDialog(ScreenFitDialog):
    """Shows the pages; Print… sends them to a printer, Save as PDF… keeps the file.
    ``warning`` (characters printed as □, ``gui/unprintable.py``) is shown above them."""

    def __init__(
        self,
        title: str,
        pdf: bytes,
        pages: PdfPages,
        save: Callable[[], None],
        parent: QWidget | None = None,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.pages = pages
        self.print_job: PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self._printer = None
        self.last_problem: str | None = None
        self._fitted = False  # fit_width at the first showing
        self.column = PageColumn(pages)
        self.column.setObjectName("previewPages")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.column)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.verticalScrollBar().setSingleStep(40)
        count = QLabel(self.tr("%n page(s)", "", len(pages)))
        self.zoom_out = _zoom_button(
            self.tr("Zoom out"), "zoomOut", QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_out.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in = _zoom_button(self.tr("Zoom in"), "zoomIn", QKeySequence.StandardKey.ZoomIn)
        self.zoom_in.clicked.connect(lambda: self.zoom_by(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.zoom_by(-1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.zoom_by(1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.zoom_by(1))  # + without Shift
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.set_zoom(1.0))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_pages)
        save_button = QPushButton(self.tr("&Save as PDF…"))
        save_button.setObjectName("saveButton")
        save_button.clicked.connect(save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.zoom_out, self.zoom_in, save_button, close):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(count)
        row.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.print_button, save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        if warning:
            said = QLabel(warning)
            said.setObjectName("previewWarning")
            said.setWordWrap(True)
            said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            said.setStyleSheet("color: #c62828;")
            layout.addWidget(said)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self.print_button.setDefault(True)
        self.scroll.setFocus()  # Page Up, Page Down and the arrows go through the pages
        area = available_area(self)  # a 1366 × 768 laptop: the buttons stay on the screen
        self.resize(
            PREFERRED_SIZE
            if area is None
            else bounded_size(PREFERRED_SIZE, area, self.minimumSizeHint())
        )

    # -- zoom -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.layout().activate()  # the view gets its width now
            self.fit_width()

    def fit_width(self) -> None:
        """Pages wider than the view (a landscape list on a laptop) are shown at the zoom
        that fits their width, so nothing needs scrolling sideways; narrower ones stay at
        their actual size."""
        room = self.scroll.viewport().width()
        needed = self.column.sizeHint().width()  # the widest page and the gap each side
        if needed > room > 2 * GAP:
            fits = self.column.zoom * (room - 2 * GAP) / (needed - 2 * GAP)
            self.set_zoom(max(ZOOMS[0], floor(fits * 100) / 100))

    def zoom_by(self, step: int) -> None:
        now = self.column.zoom
        if step > 0:
            bigger = [zoom for zoom in ZOOMS if zoom > now]
            self.set_zoom(bigger[0] if bigger else now)
        else:
            smaller = [zoom for zoom in ZOOMS if zoom < now]
            self.set_zoom(smaller[-1] if smaller else now)

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom``, the page in view kept in view."""
        bar = self.scroll.verticalScrollBar()
        page = self.column.page_at(bar.value())
        within = bar.value() - self.column.top_of(page)
        ratio = zoom / self.column.zoom
        self.column.set_zoom(zoom)
        self.scroll.widget().adjustSize()
        bar.setValue(self.column.top_of(page) + round(within * ratio))
        self.zoom_in.setEnabled(zoom < ZOOMS[-1])
        self.zoom_out.setEnabled(zoom > ZOOMS[0])

    # -- printing -------------------------------------------------------------------------
    def print_pages(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer, pictures: bool = False) -> PrintJob:  # type: ignore[no-untyped-def]
        """Print the pages (those the print dialog chose) on ``printer`` in the job's
        thread, behind a progress dialog with Cancel. To a PDF file the document's own
        pages are written, unless ``pictures`` (what a printer is sent, painted into it)."""
        from PySide6.QtPrintSupport import QPrinter

        numbers = range(len(self.pages))
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            numbers = range(printer.fromPage() - 1, min(printer.toPage(), len(self.pages)))
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        job = (PdfFileJob if to_file and not pictures else PrintJob)(self.pages, printer, numbers)
        progress = QProgressDialog(
            self._printing_label(0, len(numbers)), self.tr("Cancel"), 0, len(numbers), self
        )
        progress.setObjectName("printProgress")
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        job.printed.connect(self._printed_page)  # methods: let go of when the dialog is gone
        job.finished.connect(self._printed)
        self.print_job, self.progress, self._printer = job, progress, printer
        self.print_button.setEnabled(False)
        job.start()
        return job

    def _printing_label(self, done: int, total: int) -> str:
        shown = str(min(done + 1, total))
        return filled_in(self.tr("Printing page %1 of %2…"), shown, str(total))

    def _printed_page(self, done: int) -> None:
        progress = self.progress
        if progress is None or progress.wasCanceled():
            return
        progress.setLabelText(self._printing_label(done, progress.maximum()))
        progress.setValue(done)

    def _printed(self, outcome: str) -> None:
        from PySide6.QtPrintSupport import QPrinter

        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.print_button.setEnabled(True)
        printer = self._printer
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        if outcome == "cancelled" and to_file and printer.outputFileName():
            with contextlib.suppress(OSError):  # no half document where one was asked for
                Path(printer.outputFileName()).unlink()
        if outcome == "failed":
            self.last_problem = self.tr(
                "The pages could not be sent to the printer. Check that it is on and ready "
                "(or that the file can be written), then try again."
            )
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not printed"), self.last_problem)
            box.setObjectName("notPrinted")
            box.setParent(self, box.windowFlags())
            box.open()

    def done(self, result: int) -> None:
        """Closed: a print under way is cancelled, and no more pages are drawn."""
        if self.print_job is not None and self.print_job.outcome is None:
            self.print_job.cancel()  # it stops within a strip or a page's drawing
            self.print_job.wait(CLOSE_WAIT_S)  # not left painting while the app quits
        self.column.stop()
        self.pages.close()  # PDFium's copy of the document let go of (a long one is big)
        super().done(result)
