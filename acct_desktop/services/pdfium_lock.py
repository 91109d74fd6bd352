"""One lock for every call into PDFium (pypdfium2).

PDFium is not thread-safe: two threads may not call it at the same time, not even on two
different documents (pypdfium2's documentation, "Incompatibility with Threading"). The
print preview draws pages in its own thread while the background worker may read a scanned
checklist's QR code, so each of them holds this lock while it opens, draws or closes.
PDFium lets go of Python's interpreter lock while it draws, so the window keeps answering.
"""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()
