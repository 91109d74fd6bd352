"""The reporting module's matplotlib figures shown in a dock follow the window's palette: in
a dark palette (Windows' dark mode) the figure and its axes take the window's base colour
and the dark ink becomes the palette's text, instead of a white panel in a dark window.
The PDFs draw their own figures and keep the printed look."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette

from acct_desktop.gui.widgets.ink import is_dark, luminance


def follow_palette(figure: Any, palette: QPalette) -> None:
    """Recolour ``figure`` for ``palette`` when that palette is dark; a light one keeps the
    figure as the report draws it."""
    from matplotlib.colors import to_rgba
    from matplotlib.text import Text

    base = palette.color(QPalette.ColorRole.Base)
    if not is_dark(base):
        return
    face, ink = base.name(), palette.color(QPalette.ColorRole.Text).name()
    quiet = palette.color(QPalette.ColorRole.PlaceholderText).name()
    rule = palette.color(QPalette.ColorRole.Light).name()

    def dark_ink(colour: Any) -> bool:
        r, g, b, _a = to_rgba(colour)
        return luminance(QColor.fromRgbF(r, g, b)) < 0.2

    def light_rule(colour: Any) -> bool:
        r, g, b, _a = to_rgba(colour)
        return luminance(QColor.fromRgbF(r, g, b)) > 0.6

    figure.patch.set_facecolor(face)
    for text in figure.findobj(Text):  # titles (left, centre, right), labels, annotations
        if dark_ink(text.get_color()):
            text.set_color(ink)
    for axes in figure.axes:
        axes.set_facecolor(face)
        for spine in axes.spines.values():
            spine.set_edgecolor(quiet)
        axes.tick_params(colors=ink, which="both")
        for line in (*axes.get_xgridlines(), *axes.get_ygridlines(), *axes.lines):
            if light_rule(line.get_color()):
                line.set_color(rule)
            elif dark_ink(line.get_color()):
                line.set_color(ink)
        legend = axes.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(face)
            legend.get_frame().set_edgecolor(quiet)
            for text in legend.get_texts():
                text.set_color(ink)
