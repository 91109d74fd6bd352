"""How long the print preview freezes the window: opening a long PDF, scrolling through it,
printing it to a file and printing it as a printer gets it (pictures), each watched by the
app's ``StallWatch`` (the longest gap between turns of the event loop; budget ~100 ms).

    QT_QPA_PLATFORM=offscreen python bench/preview_stall.py [FILE.pdf] [--pages N]

Without a file, an N-page (300) table is made with reportlab. A price list that long comes
from a demo database with about 10,000 products (`acct-desktop print price-list`).
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
import threading
import time
from pathlib import Path


def long_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 9)
        for row in range(60):
            canvas.drawString(
                40, 800 - row * 12, f"Page {number} · row {row + 1} · A-019-1L-{row:02d}"
            )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, preview_pages
    from acct_desktop.gui.stall_watch import StallWatch

    app = QApplication([])
    pdf = args.pdf.read_bytes() if args.pdf else long_pdf(args.pages)
    window = QWidget()
    window.resize(1366, 768)
    window.show()
    watch = StallWatch()
    watch.start()

    def turn(seconds: float, done=lambda: False) -> None:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    def measured(what: str, started: float) -> None:
        took = time.perf_counter() - started
        print(f"{what}: longest stall {watch.longest_s * 1000:.0f} ms ({took:.1f} s)", flush=True)
        watch.longest_s = 0.0

    turn(0.5)
    watch.longest_s = 0.0
    started = time.perf_counter()
    made: list = []
    worker = threading.Thread(target=lambda: made.append(preview_pages(pdf)))
    worker.start()  # as the background worker does, after it made the PDF
    turn(600, lambda: not worker.is_alive())
    preview = PdfPreviewDialog("preview", pdf, made[0], lambda: None, window)
    preview.open()
    turn(1.0)
    measured(f"open ({len(made[0])} pages, {len(made[0].drawn)} drawn)", started)

    started = time.perf_counter()
    bar = preview.scroll.verticalScrollBar()
    for step in range(41):
        bar.setValue(bar.maximum() * step // 40)
        turn(0.05)
    turn(0.5)
    measured(f"scroll to the end ({len(made[0].drawn)} drawn)", started)

    folder = Path(tempfile.mkdtemp())
    for what, pictures in (("print to a PDF file", False), ("print as a printer gets it", True)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"{pictures}.pdf"))
        started = time.perf_counter()
        job = preview.print_to(printer, pictures=pictures)
        turn(3600, lambda job=job: job.outcome is not None)
        job.wait()
        measured(f"{what} ({job.outcome}, load {os.getloadavg()[0]:.1f})", started)
    preview.close()


if __name__ == "__main__":
    main()
