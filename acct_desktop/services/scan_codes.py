"""The QR codes on a scanned checklist: what a stamped copy says it is, before it is kept.

The first page of a PDF is drawn with PDFium (pypdfium2) at 150 and at 300 dpi (a scanner's
own resolutions: a small code redrawn at another one may no longer read); a JPG or PNG is read
as it is; ``zbarimg`` (the ZBar tools, apt package zbar-tools) reads the codes. Without
``zbarimg``, or when a scan cannot be drawn or read, ``read_qr_codes`` says None — nobody
can tell what the scan is, and it is not held against it."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
DPIS = (150, 300)
READ_SECONDS = 30


def read_qr_codes(path: Path) -> list[str] | None:
    """The texts of the QR codes on ``path``'s first page (a PDF, JPG or PNG); [] when it
    has none that can be read, None when it cannot be looked at."""
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        return None
    try:
        with tempfile.TemporaryDirectory(prefix="acct-scan-") as folder:
            images = [path]
            if path.suffix.lower() == ".pdf":
                images = _first_page(path, Path(folder))
            done = subprocess.run(
                [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", *map(str, images)],
                capture_output=True,
                timeout=READ_SECONDS,
                check=False,
            )
    except (OSError, ValueError, RuntimeError, subprocess.SubprocessError):
        log.info("could not look for a QR code on a scan", exc_info=True)
        return None
    if done.returncode not in (0, 4):  # 4: read, no code found
        return None
    text = done.stdout.decode("utf-8", "replace")
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def _first_page(pdf: Path, folder: Path) -> list[Path]:
    """The PDF's first page as PNG images in ``folder``, one per resolution of ``DPIS``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        if len(document) == 0:
            raise ValueError("no pages")
        page = document[0]
        images = []
        for dpi in DPIS:
            image = folder / f"page-{dpi}.png"
            page.render(scale=dpi / 72, grayscale=True).to_pil().save(str(image))
            images.append(image)
        return images
    finally:
        document.close()
