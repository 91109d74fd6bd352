"""A PDF we made, opened for the print preview: how many pages, their sizes, and each page
drawn only when it is asked for.

The pages are drawn with PDFium (pypdfium2) — the same engine Chrome uses. Every call into
PDFium holds ``PDFIUM`` (it is not thread-safe), so a page may be drawn in any thread: the
preview's page thread, the worker that made the document, or the print job's thread.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

from acct_desktop.services.pdfium_lock import PDFIUM

PREVIEW_DPI = 96
READY_PAGES = 2  # drawn with the document, so the preview opens with its first page shown
POINTS_PER_INCH = 72


class PdfPages:
    """The pages of ``pdf``: ``len()``, ``size(i)`` in points (read once, at open), and
    ``image(i, dpi)`` drawn when asked. ``pages[i]`` is page ``i`` at the preview's
    resolution (kept: the preview's first pages). ``drawn`` lists every page drawn, in order
    (which pages the preview asked for)."""

    def __init__(self, pdf: bytes, ready: int = READY_PAGES) -> None:
        import pypdfium2 as pdfium

        self.pdf = pdf
        self.drawn: list[int] = []
        with PDFIUM:
            self._document = pdfium.PdfDocument(pdf)
            self._sizes = [
                QSizeF(*self._document.get_page_size(i)) for i in range(len(self._document))
            ]
        self._ready = {index: self.image(index) for index in range(min(ready, len(self._sizes)))}

    def __len__(self) -> int:
        return len(self._sizes)

    def __getitem__(self, index: int) -> QImage:
        if not 0 <= index < len(self):
            raise IndexError(index)
        ready = self._ready.get(index)
        return ready if ready is not None else self.image(index)

    def __iter__(self) -> Iterator[QImage]:
        return (self[index] for index in range(len(self)))

    def size(self, index: int) -> QSizeF:
        """Page ``index``'s width and height in points (1/72 inch)."""
        return self._sizes[index]

    def ready(self, index: int, dpi: float) -> QImage | None:
        """Page ``index`` as drawn with the document, if it was and at ``dpi``."""
        image = self._ready.get(index)
        if image is None or abs(image.width() - self.pixels(index, dpi).width()) > 1:
            return None
        return image

    def pixels(self, index: int, dpi: float) -> QSize:
        """Page ``index``'s size in pixels at ``dpi`` (as :meth:`image` draws it)."""
        size = self._sizes[index]
        scale = dpi / POINTS_PER_INCH
        return QSize(max(round(size.width() * scale), 1), max(round(size.height() * scale), 1))

    def image(self, index: int, dpi: float = PREVIEW_DPI) -> QImage:
        """Page ``index`` drawn at ``dpi`` on white (a null image once closed).

        PDFium draws straight into the image's pixels, through PDFium's own functions,
        which ctypes calls without Python's interpreter lock: nothing is copied with the
        lock held (pypdfium2's ``render().to_numpy()`` and a ``QImage.copy()`` held it for
        a tenth of a second per page at 300 dpi, and the window stopped answering)."""
        import pypdfium2.raw as pdfium_c

        size = self.pixels(index, dpi)
        image = QImage(size, QImage.Format.Format_RGB32)  # 0xffRRGGBB: PDFium's BGRx
        if image.isNull():
            return image
        pixels = image.bits()
        address = ctypes.addressof(ctypes.c_char.from_buffer(pixels))
        width, height = size.width(), size.height()
        with PDFIUM:
            if self._document is None:
                return QImage()
            page = self._document[index]
            bitmap = pdfium_c.FPDFBitmap_CreateEx(
                width, height, pdfium_c.FPDFBitmap_BGRx, address, image.bytesPerLine()
            )
            try:
                pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xFFFFFFFF)
                pdfium_c.FPDF_RenderPageBitmap(
                    bitmap, page.raw, 0, 0, width, height, 0, pdfium_c.FPDF_ANNOT
                )
            finally:
                pdfium_c.FPDFBitmap_Destroy(bitmap)
                page.close()
            self.drawn.append(index)
        del pixels
        return image

    def copy_of(self, numbers: range) -> bytes:
        """The document with only the pages ``numbers`` (all of them: the PDF itself)."""
        import io

        import pypdfium2 as pdfium

        if numbers == range(len(self)):
            return self.pdf
        with PDFIUM:
            if self._document is None:
                raise ValueError("the preview is closed")
            chosen = pdfium.PdfDocument.new()
            try:
                chosen.import_pages(self._document, list(numbers))
                out = io.BytesIO()
                chosen.save(out)
            finally:
                chosen.close()
        return out.getvalue()

    def close(self) -> None:
        """Let go of the document (the preview is gone); :meth:`image` draws nothing after.
        Also when forgotten (a cancelled print's pages): closed under the lock, never by
        pypdfium2's own finalizer in whichever thread lets go last."""
        with PDFIUM:
            document = getattr(self, "_document", None)
            if document is not None:
                document.close()
                self._document = None

    __del__ = close
