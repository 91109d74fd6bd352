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

INK = "#1F2328"
BAR = "#1565C0"
PROJECTED = "#90B4E0"
THRESHOLD = "#B3261E"
GRID = "#D0D4DA"


@dataclass(frozen=True, slots=True)
class ChartText:
    """The chart's words in the document language and how it writes months and rates."""

    cumulative: str
    projected: str
    threshold: str
    month: Callable[[date], str]
    rate: Callable[[Decimal], str]


def _compact(value: float) -> str:
    """Axis numbers without a decimal separator question: 250k, 1.2M, 3B."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            scaled = value / limit
            return (
                f"{scaled:.0f}{suffix}"
                if scaled >= 10 or scaled.is_integer()
                else (f"{scaled:.1f}{suffix}")
            )
    return f"{value:.0f}"


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
    labelled = None
    for index, (level, rate) in enumerate(reversed(shown)):  # the highest rate labelled first
        axes.axhline(
            level,
            color=THRESHOLD,
            linestyle="--",
            linewidth=0.8,
            zorder=3,
            label=text.threshold if index == 0 else None,
        )
        if labelled is not None and labelled - level < top * 0.06:
            continue  # too close to the last label to read
        axes.annotate(
            text.rate(rate),
            (1.0, level),
            xycoords=("axes fraction", "data"),
            xytext=(2, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            color=THRESHOLD,
            fontproperties=font,
        )
        labelled = level
    axes.set_ylim(0, (top or 1.0) * 1.12)
    small = font.copy()
    small.set_size(5.8)
    axes.set_xticks(range(len(labels)), labels, fontproperties=small)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: _compact(value)))
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
