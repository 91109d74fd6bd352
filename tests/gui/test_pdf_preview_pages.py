"""The print preview of a long document: only the pages in view are drawn, the others when
scrolled to; Print… prints every page in its own thread, behind a progress dialog whose
Cancel stops it."""

from __future__ import annotations

import io
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pages
from acct_desktop.gui.page_column import PageColumn

BAR_STEP = 70  # points between the bars that tell the pages apart
BARS = 10


def numbered_pdf(count: int) -> bytes:
    """``count`` A4 pages, each with "Page n" and a black bar at a height of its own (page
    n's bar is the (n mod 10)th from the top), so a printed page can be told apart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    width, height = A4
    for number in range(1, count + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(40, height - 40, f"Page {number}")
        canvas.rect(40, bar_top(number) * -1 + height - 20, width - 80, 20, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def bar_top(number: int) -> float:
    return 80 + BAR_STEP * (number % BARS)


def opened(qtbot, pdf: bytes) -> PdfPreviewDialog:  # type: ignore[no-untyped-def]
    preview = PdfPreviewDialog("Price list", pdf, preview_pages(pdf), lambda: None)
    qtbot.addWidget(preview)
    preview.resize(860, 700)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def settled(qtbot, column: PageColumn, pages: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``pages`` are shown and the page thread has nothing left to draw."""
    qtbot.waitUntil(lambda: set(pages) <= set(column.shown()), timeout=30_000)
    qtbot.waitUntil(lambda: not column.drawing(), timeout=30_000)
    qtbot.wait(50)  # a page drawn just now reaches the column


def test_a_long_document_opens_with_only_its_first_pages_drawn(qtbot) -> None:
    preview = opened(qtbot, numbered_pdf(120))
    column = preview.findChild(PageColumn, "previewPages")
    assert len(preview.pages) == 120
    settled(qtbot, column, [0])
    drawn = preview.pages.drawn
    # the page in view and the next, not 120 (drawn again when the preview opened fitted to
    # the width of a screen narrower than an A4 page, as the tests' is)
    assert drawn and set(drawn) <= {0, 1, 2, 3} and len(drawn) <= 8
    picture = column.grab(column.page_rect(0)).toImage()
    assert picture.width() < picture.height()  # an A4 page, standing
    assert any(  # the page's own bar, drawn from the PDF
        picture.pixelColor(picture.width() // 2, y).value() < 60 for y in range(picture.height())
    )
    preview.close()


def test_pages_further_down_are_drawn_when_scrolled_to(qtbot) -> None:
    preview = opened(qtbot, numbered_pdf(120))
    column = preview.findChild(PageColumn, "previewPages")
    settled(qtbot, column, [0])
    preview.scroll.verticalScrollBar().setValue(column.page_rect(80).top())
    settled(qtbot, column, [80])
    drawn = set(preview.pages.drawn)
    assert 80 in drawn and 79 in drawn and 81 in drawn  # in view, and one each side
    assert not drawn & set(range(10, 70))  # the pages scrolled past are not drawn
    assert 80 in column.shown()
    preview.set_zoom(1.0)  # (a page wider than this small test screen opens fitted)
    preview.findChild(QPushButton, "zoomIn").click()  # bigger: the page in view drawn again
    assert column.zoom == 1.25
    settled(qtbot, column, [80])
    assert preview.pages.drawn.count(80) == 2
    preview.close()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the page on the whole sheet: its bar where the PDF has it
    return printer


def printed_bars(path: Path) -> list[int]:
    """For each page of the printed PDF, which bar (0-9 from the top) it shows."""
    import pypdfium2 as pdfium

    bars = []
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            image = page.render(scale=1, grayscale=True).to_pil()
            dark = [y for y in range(image.height) if image.getpixel((image.width // 2, y)) < 60]
            middle = (dark[0] + dark[-1]) / 2 if dark else -1
            bars.append(round((middle - 80 - 10) / BAR_STEP))
    finally:
        document.close()
    return bars


@pytest.mark.parametrize("pages", ["all", "3-5"])
@pytest.mark.parametrize("sent", ["pictures", "file"])
def test_printing_prints_every_page_in_order(qtbot, tmp_path, pages: str, sent: str) -> None:
    """What a printer gets (each page a 300 dpi picture, in strips) and Print to File (PDF)
    (the document's own pages): every page the print dialog chose, in order."""
    from pypdf import PdfReader

    preview = opened(qtbot, numbered_pdf(12))
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    if pages == "3-5":  # Pages 3 to 5 in the print dialog
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(3, 5)
    job = preview.print_to(printer, pictures=sent == "pictures")
    assert preview.progress is not None and preview.progress.maximum() == len(job.numbers)
    assert not preview.print_button.isEnabled()  # one print at a time
    qtbot.waitUntil(lambda: job.outcome is not None and preview.progress is None, timeout=120_000)
    assert job.outcome == "done" and preview.last_problem is None
    assert preview.print_button.isEnabled()
    numbers = range(1, 13) if pages == "all" else range(3, 6)
    assert len(PdfReader(out).pages) == len(numbers)
    assert printed_bars(out) == [number % BARS for number in numbers]  # each page, in order
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    if sent == "file":  # the text itself, not a picture of it
        assert text.decode().split() == [w for n in numbers for w in ("Page", str(n))]
    else:
        assert not text.strip()
    preview.close()


def test_cancel_stops_the_printing_and_leaves_no_half_file(qtbot, tmp_path) -> None:
    preview = opened(qtbot, numbered_pdf(40))
    out = tmp_path / "printed.pdf"
    printed: list[int] = []
    first = threading.Event()
    gate = threading.Event()

    def hold(count: int) -> None:  # in the job's thread: wait there until Cancel is clicked
        printed.append(count)
        first.set()
        gate.wait(60)

    job = preview.print_to(pdf_printer(out), pictures=True)  # what a printer gets
    job.printed.connect(hold, Qt.ConnectionType.DirectConnection)
    try:
        qtbot.waitUntil(first.is_set, timeout=60_000)
        progress = preview.progress
        qtbot.waitUntil(progress.isVisible, timeout=10_000)  # after a third of a second
        progress.findChild(QPushButton).click()  # Cancel
    finally:
        gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None and preview.progress is None, timeout=60_000)
    assert job.outcome == "cancelled" and preview.last_problem is None
    assert printed == [printed[0]] and printed[0] < 40  # no page after the cancel
    assert not out.exists()  # no half document where the whole one was asked for
    assert preview.print_button.isEnabled()
    preview.close()


def test_a_landscape_page_wider_than_the_view_is_shown_whole_without_sideways_scrolling(
    qtbot,
) -> None:
    """A printed list is an A4 landscape page, wider than the preview on a laptop: it opens
    at the zoom that fits its width; zooming in is still the user's choice."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4))
    canvas.drawString(40, 40, "Customer issues")
    canvas.showPage()
    canvas.save()
    wide = opened(qtbot, out.getvalue())
    assert wide.column.zoom < 1.0
    qtbot.waitUntil(lambda: wide.scroll.horizontalScrollBar().maximum() == 0)
    assert wide.zoom_in.isEnabled()
