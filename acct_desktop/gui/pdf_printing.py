"""Printing a PDF we made, in a thread of its own, with progress and Cancel.

On a printer (``PrintJob``) each page is drawn at 300 dpi by PDFium (which lets go of
Python's interpreter lock) and painted onto the printer. Qt lets a thread other than the
UI thread paint onto a QPrinter ("Painting in Threads", Qt's thread-support notes), one
thread at a time, so the job's thread owns the printer from the first page to the last.
Qt's painting calls keep the interpreter lock, and painting a whole 300 dpi page takes a
third of a second (onto a PDF printer, which a Linux printer is too); so each page is
painted in strips of a quarter megapixel, and the window gets its turn between them. Only
the page being printed is held (the old way drew all of them first: 35 MB each, 9 GB for
a 300-page price list, and froze the window for the whole print).

Printed to a PDF file (``PdfFileJob``), the document's own pages are written instead."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QImage, QPainter

from acct_desktop.gui.pdf_pages import PdfPages

log = logging.getLogger(__name__)

PRINT_DPI = 300
STRIP_PIXELS = 250_000  # painted in one go: under 10 ms onto a PDF printer


class PrintJob(QObject):
    """Prints ``numbers`` (page indexes) of ``pages`` on ``printer`` once :meth:`start` is
    called. ``printed(n)`` after each page; ``finished(outcome)`` once, with ``"done"``,
    ``"cancelled"`` or ``"failed"``."""

    printed = Signal(int)
    finished = Signal(str)

    def __init__(self, pages: PdfPages, printer, numbers: range) -> None:  # type: ignore[no-untyped-def]
        super().__init__()  # no parent: its thread keeps it alive, whatever is closed meanwhile
        self.pages, self.printer, self.numbers = pages, printer, numbers
        self.outcome: str | None = None
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="print-pages", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stops after the strip being painted; the printer's job is aborted."""
        self._cancel.set()

    def wait(self, seconds: float | None = None) -> None:
        self._thread.join(seconds)

    def _run(self) -> None:
        outcome = "failed"
        painter = QPainter()
        try:
            if not painter.begin(self.printer):
                return
            for count, index in enumerate(self.numbers, start=1):
                image = self.pages.image(index, PRINT_DPI)
                if image.isNull() or self._cancel.is_set():
                    break
                if count > 1 and not self.printer.newPage():
                    break
                if not paint_page(painter, image, self._cancel):
                    break
                del image
                self.printed.emit(count)
            else:
                outcome = "done"
            if outcome != "done" and self._cancel.is_set():
                outcome = "cancelled"
                self.printer.abort()
        except Exception:  # said to the user as "not printed"; the details go to the log
            log.exception("printing failed")
        finally:
            if painter.isActive():
                painter.end()
            self.finished.emit(outcome)
            self.outcome = outcome


def paint_page(painter: QPainter, image: QImage, cancel: threading.Event | None = None) -> bool:
    """Paint ``image`` scaled to fit the printable area, centred, in strips of about a
    quarter megapixel, on whole device pixels, each one row taller than its share so the
    next strip covers the join (where a PDF viewer or a printer's driver smooths the edges
    of a picture, two edges meeting would show a faint line); False once ``cancel`` is set."""
    area = painter.viewport()  # the printer's own pixels
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = round(image.width() * scale), round(image.height() * scale)
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height) // 2
    rows = max(STRIP_PIXELS // image.width(), 16)
    for first in range(0, image.height(), rows):
        if cancel is not None and cancel.is_set():
            return False
        last = min(first + rows + 1, image.height())  # one row more, under the next strip
        y, below = top + round(first * scale), top + round(last * scale)
        painter.drawImage(
            QRect(left, y, width, below - y), image, QRect(0, first, image.width(), last - first)
        )
    return True


class PdfFileJob(PrintJob):
    """Print to a PDF file (the print dialog's "Print to File (PDF)"): the document's own
    pages, as they are (their text sharp and searchable, a few hundred kilobytes), written
    to the file named, not pictures of them (a third of a second and 1.5 MB a page)."""

    def _run(self) -> None:
        outcome = "failed"
        try:
            if self._cancel.is_set():
                outcome = "cancelled"
            elif self.printer.outputFileName():
                from acct_desktop.services.files import write_atomically

                chosen = self.pages.copy_of(self.numbers)
                write_atomically(Path(self.printer.outputFileName()), chosen)
                self.printed.emit(len(self.numbers))
                outcome = "done"
        except Exception:  # said to the user as "not printed"; the details go to the log
            log.exception("printing to a PDF file failed")
        finally:
            self.finished.emit(outcome)
            self.outcome = outcome
