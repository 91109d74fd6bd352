"""The rebate statement's chart: cumulative sell-in month by month against the tier thresholds.

A matplotlib ``Figure`` (no pyplot, no Qt), drawn in the PDF font so Chinese and
Vietnamese labels print. Thresholds are on the cumulative volume of the period (for a
growth rebate the caller offsets them by last year's volume), so the bars are cumulative:
each month's bar is the sell-in from the start of the period to the end of that month,
followed by a lighter bar for the run-rate projection at period end.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

INK = "#1F2328"
BAR = "#1565C0"
PROJECTED = "#90B4E0"
THRESHOLD = "#B3261E"
GRID = "#D0D4DA"


@dataclass(frozen=True, slots=True)
class ChartText:
    """The chart's words in the document language and how it writes months and rates;
    ``language`` chooses how the axis writes large numbers (:func:`compact_number`)."""

    cumulative: str
    projected: str
    threshold: str
    month: Callable[[date], str]
    rate: Callable[[Decimal], str]
    language: str = "en"


# How each language shortens large numbers on an axis: (size, word, space before the word),
# the largest first. Chinese counts in 万 (10⁴) and 亿 (10⁸); Vietnamese writes triệu (tr)
# and tỷ, Dutch miljoen (mln) and miljard (mld) — below a million both write the number
# out (600.000: "nghìn" and "dzd" are not what an axis says there).
_SCALES: dict[str, tuple[tuple[int, str, str], ...]] = {
    "en": ((10**9, "B", ""), (10**6, "M", ""), (10**3, "K", "")),
    "zh_CN": ((10**8, "亿", ""), (10**4, "万", "")),
    "vi": ((10**9, "tỷ", " "), (10**6, "tr", " ")),
    "nl": ((10**9, "mld", " "), (10**6, "mln", " ")),
}
_DECIMAL_COMMA = {"vi", "nl"}


def compact_number(value: float, language: str = "en") -> str:
    """An axis number the way the language shortens it: 250K · 25万 · 1,5 tr · 600.000.

    At most two decimals, trailing zeros dropped (ticks are round numbers)."""
    scales = _SCALES.get(language, _SCALES["en"])
    number, word, space = Decimal(str(float(value))), "", ""  # the tick as written
    for size, unit, gap in scales:
        if abs(number) >= size:
            number, word, space = number / size, unit, gap
            break
    grouping = "" if word else ","  # 1000万, 2500亿: a scaled number is not grouped
    text = f"{number.quantize(Decimal('0.01')):{grouping}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language in _DECIMAL_COMMA:
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return f"{text}{space}{word}"


def spread_labels(levels: Sequence[float], gap: float, ceiling: float) -> list[float]:
    """Positions for labels at ``levels`` (ascending) at least ``gap`` apart: each pushed
    up from the one below, then, past ``ceiling``, down from the one above — so no label
    is dropped and none overlaps, each as near its own level as the others allow."""
    positions: list[float] = []
    for level in levels:
        positions.append(max(level, positions[-1] + gap) if positions else level)
    for index in range(len(positions) - 1, -1, -1):
        limit = ceiling if index == len(positions) - 1 else positions[index + 1] - gap
        positions[index] = min(positions[index], limit)
    return positions


AXIS_ROOM = 48  # points of the figure's width not under the bars: y numbers, rate labels
LABEL_GAP = 4  # points at least between two month names on the axis


def label_step(labels: Sequence[str], font: FontProperties, figure_width: float) -> int:
    """Every how many bars a month is named so that the names never run into each other
    ("10月11月"): each name measured in ``font``, the bars sharing the axes' width
    (``figure_width`` in points, less the room for the numbers and rates)."""
    from matplotlib.textpath import TextPath

    if not labels:
        return 1
    widest = max(TextPath((0, 0), label, prop=font).get_extents().width for label in labels)
    slot = max(figure_width - AXIS_ROOM, 1.0) / (len(labels) * 1.1)  # with the axes' margins
    step = 1
    while step < len(labels) and widest + LABEL_GAP > step * slot:
        step += 1
    return step


def rebate_progress_figure(
    months: Sequence[tuple[date, Decimal]],
    thresholds: Sequence[tuple[Decimal, Decimal]],
    projected_volume: Decimal | None,
    text: ChartText,
    *,
    font_path: str | None = None,
    size_inches: tuple[float, float] = (3.7, 2.5),
) -> Figure:
    """Cumulative sell-in bars, a projected bar, and dashed lines at the thresholds
    (``(cumulative volume, rate %)``) up to the first one above everything drawn."""
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.ticker import FuncFormatter

    font = FontProperties(fname=font_path, size=6.5) if font_path else FontProperties(size=6.5)
    fig = Figure(figsize=size_inches, dpi=100, layout="constrained")
    axes = fig.add_subplot()
    running = Decimal(0)
    heights: list[float] = []
    for _, volume in months:
        running += volume
        heights.append(float(running))  # Decimal → float only for drawing
    x = list(range(len(heights)))
    axes.bar(x, heights, color=BAR, width=0.7, label=text.cumulative, zorder=2)
    labels = [text.month(month) for month, _ in months]
    top = max(heights, default=0.0)
    if projected_volume is not None and projected_volume > running:
        axes.bar(
            [len(x)],
            [float(projected_volume)],
            color=PROJECTED,
            width=0.7,
            zorder=2,
            hatch="////",
            edgecolor="white",
            linewidth=0,
            label=text.projected,
        )
        labels.append("…")
        top = max(top, float(projected_volume))
    levels = [(float(t), rate) for t, rate in sorted(thresholds) if t > 0]
    shown = [(level, rate) for level, rate in levels if level <= top * 1.02]
    shown += [(level, rate) for level, rate in levels if level > top * 1.02][:1]  # next goal
    top = max([top, *(level for level, _ in shown)])
    ceiling = (top or 1.0) * 1.12
    for index, (level, _rate) in enumerate(reversed(shown)):  # the highest rate first
        axes.axhline(
            level,
            color=THRESHOLD,
            linestyle="--",
            linewidth=0.8,
            zorder=3,
            label=text.threshold if index == 0 else None,
        )
    # every tier's rate is labelled, nudged apart where thresholds lie close together: a
    # label is about 1.3 × its type size high, the axes about 70 % of the figure's height
    gap = ceiling * (font.get_size_in_points() * 1.3) / (size_inches[1] * 72 * 0.7)
    positions = spread_labels([level for level, _ in shown], gap, ceiling - gap / 2)
    for (_level, rate), position in zip(shown, positions, strict=True):
        axes.annotate(
            text.rate(rate),
            (1.0, position),
            xycoords=("axes fraction", "data"),
            xytext=(2, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            color=THRESHOLD,
            fontproperties=font,
            annotation_clip=False,
        )
    axes.set_ylim(0, ceiling)
    small = font.copy()
    small.set_size(5.8)
    step = label_step(labels, small, size_inches[0] * 72)
    shown_labels = [
        label if index % step == 0 or index == len(labels) - 1 else ""
        for index, label in enumerate(labels)
    ]
    axes.set_xticks(range(len(labels)), shown_labels, fontproperties=small)
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: compact_number(value, text.language))
    )
    for tick in axes.get_yticklabels():
        tick.set_fontproperties(font)
    axes.tick_params(length=2, pad=1.5, colors=INK)
    axes.grid(axis="y", color=GRID, linewidth=0.5, zorder=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    fig.legend(prop=font, loc="outside lower center", ncols=2, frameon=False, handlelength=1.6)
    return fig


def figure_png(figure: Figure, dpi: int = 220) -> bytes:
    """The figure as PNG bytes, without a creation-software stamp (same input, same bytes)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()
