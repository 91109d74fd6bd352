"""Charts as matplotlib Figures (no pyplot globals, no Qt): the GUI embeds them, PDFs print them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

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
    figure: Figure | None = None,
) -> Figure:
    """Monthly sell-in as bars, the target as a line, sell-out as a dashed line.

    ``labels`` translates the legend ("sell_in", "target", "sell_out", "empty"); pass an
    existing ``figure`` to redraw in place (the GUI reuses its canvas).
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

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
        axes.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=axes.transAxes)
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
    ticks = [i for i, m in enumerate(months) if m.period.month in (1, 4, 7, 10)]
    axes.set_xticks(ticks, [f"{months[i].period:%Y-%m}" for i in ticks], fontsize=8)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    axes.tick_params(axis="y", labelsize=8)
    axes.set_ylabel(currency, fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(fontsize=8, frameon=False, loc="upper left")
    return fig
