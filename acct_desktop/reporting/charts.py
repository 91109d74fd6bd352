"""Charts as matplotlib Figures (no pyplot globals, no Qt): the GUI embeds them, PDFs print them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from acct_desktop.reporting.fonts import chart_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class MonthPoint(Protocol):
    period: date
    sell_in: Decimal
    sell_out: Decimal
    target: Decimal | None


def sales_vs_target_figure(
    months: Sequence[MonthPoint],
    currency: str,
    *,
    labels: dict[str, str] | None = None,
    month_label: Callable[[date], str] | None = None,
    number: Callable[[Decimal], str] | None = None,
    figure: Figure | None = None,
) -> Figure:
    """Monthly sell-in as bars, the target as a line, sell-out as a dashed line.

    ``labels`` translates the legend ("sell_in", "target", "sell_out", "empty");
    ``month_label(date)`` names a month on the axis the language's way (default 2026-10) and
    ``number(Decimal)`` writes the value axis with the language's marks (default 30,000; the
    GUI passes its locale's, so Dutch reads 30.000). The words are drawn in the PDF font, so
    Chinese and Vietnamese show. Pass an existing ``figure`` to redraw in place (the GUI
    reuses its canvas).
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    name_month = month_label or (lambda month: f"{month:%Y-%m}")
    write = number or (lambda value: f"{value:,f}")
    font = chart_font(8)

    text = {
        "sell_in": "Sell-in",
        "target": "Target",
        "sell_out": "Sell-out",
        "empty": "No sales recorded",
    } | (labels or {})
    fig = figure or Figure(figsize=(7, 3.2), dpi=100, layout="constrained")
    fig.clear()
    axes = fig.add_subplot()
    if not months:
        axes.text(
            0.5,
            0.5,
            text["empty"],
            ha="center",
            va="center",
            transform=axes.transAxes,
            fontproperties=font,
        )
        axes.set_axis_off()
        return fig
    x = list(range(len(months)))
    # Decimal → float only here, for drawing; every figure shown as a number stays Decimal.
    axes.bar(x, [float(m.sell_in) for m in months], color="#1565c0", label=text["sell_in"])
    if any(m.target is not None for m in months):
        axes.plot(
            x,
            [float(m.target) if m.target is not None else float("nan") for m in months],
            color="#ef6c00",
            linewidth=2,
            marker="o",
            markersize=3,
            label=text["target"],
        )
    if any(m.sell_out for m in months):
        axes.plot(
            x,
            [float(m.sell_out) for m in months],
            color="#2e7d32",
            linestyle="--",
            linewidth=1.5,
            label=text["sell_out"],
        )
    ticks = month_ticks([m.period for m in months])
    axes.set_xticks(ticks, [name_month(months[i].period) for i in ticks])
    axes.set_xlim(-0.6, len(months) - 0.4)
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: write(Decimal(round(v))))  # whole money on an axis
    )
    for tick in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        tick.set_fontproperties(font)
    # Slanted, so a month and its year never run into the next one on a narrow tab.
    axes.tick_params(axis="x", labelrotation=30)
    for tick in axes.get_xticklabels():
        tick.set_horizontalalignment("right")
        tick.set_rotation_mode("anchor")
    axes.set_ylabel(currency, fontproperties=font)
    axes.spines[["top", "right"]].set_visible(False)
    # Above the plot, never over a bar or the target line.
    handles, names = axes.get_legend_handles_labels()
    order = sorted(range(len(names)), key=lambda i: list(text.values()).index(names[i]))
    fig.legend(
        [handles[i] for i in order],
        [names[i] for i in order],
        prop=font,
        frameon=False,
        loc="outside upper left",
        ncols=3,
    )
    return fig


MAX_MONTH_TICKS = 5


def month_ticks(periods: Sequence[date], most: int = MAX_MONTH_TICKS) -> list[int]:
    """Which months get a label on the axis: quarter starts (January, April, July,
    October), every second or fourth of them when there are more than ``most``, so the
    labels never run into each other; the first month when no quarter starts."""
    starts = [i for i, day in enumerate(periods) if day.month in (1, 4, 7, 10)]
    if not starts:
        return [0] if periods else []
    step = 1
    while len(starts[::step]) > most:
        step *= 2
    # Keep January (the year's start) among the labels when it is on the grid.
    offset = next((k for k in range(step) if periods[starts[k]].month == 1), 0) if step > 1 else 0
    return starts[offset::step]
