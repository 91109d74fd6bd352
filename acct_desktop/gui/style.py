"""The application's look: Fusion with a restrained palette and one accent colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from acct_desktop.gui.widgets.ink import is_dark

ACCENT = QColor("#1565c0")
# Links (breadcrumbs, "open the plan" in a dock): the accent on a light palette; on a dark
# one (Windows' dark mode) the accent is 2.9:1 on #1e1e1e, so a lighter blue (7:1)
LIGHT_LINK = QColor("#64b5f6")


def link_colour(palette: QPalette) -> QColor:
    """A link colour readable (≥ 4.5:1) on the palette's window and base colours."""
    return LIGHT_LINK if is_dark(palette.color(QPalette.ColorRole.Window)) else ACCENT


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, link_colour(palette))
    palette.setColor(QPalette.ColorRole.LinkVisited, link_colour(palette))
    app.setPalette(palette)
