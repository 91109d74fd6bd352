"""The QR codes on a scanned checklist: what a stamped copy says it is, before it is kept.

The first page of a PDF is drawn with PDFium (pypdfium2) at 150 and at 300 dpi (a scanner's
own resolutions: a small code redrawn at another one may no longer read); a JPG or PNG is read
as it is. The codes are read by zxing-cpp, whose wheels carry their own decoder on Windows,
macOS and Linux — nothing to install beside the app (the ZBar tools, used before, do not come
with Windows, where every scan would have passed unread). When a scan cannot be drawn or
read, ``read_qr_codes`` says None — nobody can tell what the scan is, and it is not held
against it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
DPIS = (150, 300)


def read_qr_codes(path: Path) -> list[str] | None:
    """The texts of the QR codes on ``path``'s first page (a PDF, JPG or PNG); [] when it
    has none that can be read, None when it cannot be looked at."""
    try:
        import zxingcpp

        images = _first_page(path) if path.suffix.lower() == ".pdf" else [_image(path)]
        texts: list[str] = []
        for image in images:
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            texts.extend(code.text.strip() for code in found if code.text.strip())
    except (ImportError, OSError, ValueError, RuntimeError):
        log.info("could not look for a QR code on a scan", exc_info=True)
        return None
    return list(dict.fromkeys(texts))


def _image(path: Path) -> Any:
    """A scanned image, in grey (a stamp's red over the code reads better without it)."""
    from PIL import Image

    with Image.open(path) as image:
        return image.convert("L")


def _first_page(pdf: Path) -> list[Any]:
    """The PDF's first page as images, one per resolution of ``DPIS``."""
    import pypdfium2 as pdfium

    from acct_desktop.services.pdfium_lock import PDFIUM

    with PDFIUM:  # the print preview may be drawing pages in its own thread
        document = pdfium.PdfDocument(str(pdf))
        try:
            if len(document) == 0:
                raise ValueError("no pages")
            page = document[0]
            return [page.render(scale=dpi / 72, grayscale=True).to_pil() for dpi in DPIS]
        finally:
            document.close()
