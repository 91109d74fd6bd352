"""The monthly summary's charts: matplotlib Figures (never pyplot) turned into reportlab
vector drawings.

A Figure is saved as SVG with its text as glyph outlines (matplotlib's default
``svg.fonttype = "path"``), then read by svglib into a reportlab ``Drawing``: the PDF gets
lines, bars and letters as vector paths — sharp at any zoom and when printed, no raster
image, and Chinese or Vietnamese labels need no font inside the PDF (the outlines come from
the same WenQuanYi font the rest of the document embeds, given to matplotlib by file).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from acct_desktop.reporting.fonts import find_font_file, register_unicode_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.graphics.shapes import Drawing

ACTUAL_COLOUR = "#1565c0"
TARGET_COLOUR = "#ef6c00"
INK = "#1F2328"


class TrendPoint(Protocol):
    month: date
    actual: Decimal
    target: Decimal | None
    awaiting: bool  # no figures imported for the month: no bar (not a bar of 0)


NOT_IMPORTED_INK = "#8A9099"


@cache
def _font() -> Any:
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=str(find_font_file()))


def trend_figure(
    points: Sequence[TrendPoint],
    *,
    currency: str,
    month_label: Any,
    actual_label: str,
    target_label: str,
    thousands: Any,
    size: tuple[float, float] = (7.0, 2.4),
) -> Figure:
    """Monthly actuals as bars and the target as a line with markers.

    ``month_label(date, first)`` names a month on the axis; ``thousands(float)`` formats
    the value axis in the report's language (1,200,000 or 1.200.000). Every month is on the
    axis, with or without a bar or a target (matplotlib would otherwise fit the axis to the
    months that have one); a month without imported figures has no bar and a grey label.
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    font = _font()
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    axes = figure.add_subplot()
    x = list(range(len(points)))
    # Decimal → float only here, for drawing; every number printed stays Decimal.
    actuals = [float("nan") if p.awaiting else float(p.actual) for p in points]  # not in: none
    axes.bar(x, actuals, color=ACTUAL_COLOUR, label=actual_label)
    if any(p.target is not None for p in points):
        axes.plot(
            x,
            [float(p.target) if p.target is not None else float("nan") for p in points],
            color=TARGET_COLOUR,
            linewidth=1.8,
            marker="o",
            markersize=3.2,
            label=target_label,
        )
    axes.set_xticks(x, [month_label(p.month, i == 0) for i, p in enumerate(points)])
    for tick in axes.get_xticklabels() + axes.get_yticklabels():
        tick.set_fontproperties(font)
        tick.set_fontsize(7)
        tick.set_color(INK)
    for tick, point in zip(axes.get_xticklabels(), points, strict=True):
        if point.awaiting:
            tick.set_color(NOT_IMPORTED_INK)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: thousands(v)))
    axes.set_ylabel(currency, fontproperties=font, fontsize=7, color=INK)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", linewidth=0.4, color="#D0D4DA")
    axes.set_axisbelow(True)
    # Above the plot, never over a bar or the target line (a tall month reaches the top).
    legend = figure.legend(prop=font, frameon=False, loc="outside upper left", ncols=2)
    for text in legend.get_texts():
        text.set_fontsize(7)
        text.set_color(INK)
    axes.set_xlim(-0.6, len(points) - 0.4)  # all twelve months, bars or not
    return figure


def vector_drawing(figure: Figure, width: float) -> Drawing:
    """``figure`` as a reportlab Drawing (vector paths) scaled to ``width`` points."""
    from matplotlib import rc_context
    from svglib.svglib import svg2rlg

    buffer = io.BytesIO()
    with rc_context({"svg.hashsalt": "acct-desktop"}):  # same chart, same ids, same bytes
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    if drawing is None:  # pragma: no cover - svglib returns None only for unreadable SVG
        raise ValueError("The chart could not be converted into a drawing.")
    # The letters are paths, yet a drawing starts by choosing a font: let it be the one
    # the document embeds, not reportlab's default Helvetica, which no PDF of ours embeds.
    drawing.initialFontName = register_unicode_font()
    scale = width / drawing.width
    drawing.width, drawing.height = width, drawing.height * scale
    drawing.scale(scale, scale)
    return drawing
