"""The fonts a contact map card writes in: the font the app's PDFs embed (WenQuanYi Micro
Hei, ``reporting/fonts.py``: Latin, Vietnamese and Chinese), then the application's own,
sized in *pixels of the scene*.

A point size grows with the device's resolution while the map is scaled onto it: on a
1200-dpi printer the words came out twelve times too big and elided to "…". A pixel size
is a length in the scene, scaled with the cards; and the same font on the screen, in the
PNG and on paper means a name that fits on the screen fits on paper, and a PDF reads back
as text in every language (the font is embedded, not drawn as outlines).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

NAME_PX = 13  # the person's name, bold
LINE_PX = 11  # role · attitude, influence and title, account


@cache
def _pdf_families() -> tuple[str, ...]:
    """The PDF font's family, registered with Qt once; () when the computer has none."""
    from acct_desktop.reporting.fonts import FontNotFoundError, find_font_file

    try:
        path = find_font_file()
    except FontNotFoundError:
        return ()
    found = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
    return tuple(families[:1])


def card_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setFamilies([*_pdf_families(), QApplication.font().family()])
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def elided(text: str, font: QFont, width: float) -> str:
    """``text`` cut with … to ``width`` scene pixels, measured the same on every device
    (the screen's metrics of a pixel-sized font), so print and screen cut alike."""
    from PySide6.QtCore import Qt

    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
