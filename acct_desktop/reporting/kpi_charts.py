"""The KPI dashboard's charts as matplotlib Figures (no pyplot, no Qt), one builder each.

Each builder takes plain values (Decimal money, 0–100 percentages, names), draws in the PDF
font when one is found so Chinese and Vietnamese account names show, and can redraw into
an existing ``figure`` (the GUI reuses its canvas). Decimal becomes float only to draw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from acct_desktop.domain.languages import normalise_language
from acct_desktop.domain.number_marks import format_number, language_marks
from acct_desktop.domain.percentages import format_percent
from acct_desktop.reporting.fonts import chart_font
from acct_desktop.reporting.monthly_summary_labels import monthly_summary_labels

if TYPE_CHECKING:
    from matplotlib.figure import Figure

INK = "#1F2328"
GRID = "#D0D4DA"
SERIES = ("#1565C0", "#6A1B9A", "#00838F")  # one per currency
TARGET = "#EF6C00"
GOOD, FAIR, POOR, NEUTRAL = "#2E7D32", "#B26A00", "#C62828", "#9E9E9E"
# Plan vs actual's colours for its words: behind red, on plan green, ahead amber
STANDING_COLOURS = {"behind": POOR, "on_plan": GOOD, "ahead": FAIR}
SIZE = (4.2, 2.6)

WORDS = {
    "sell_in": "Sell-in",
    "target": "Target",
    "percent_of_target": "% of target",
    "no_sales": "No sales imported yet",
    "no_accounts": "No accounts to rank",
    "no_figures": "Nothing to measure in this period",
    "no_answers": "No survey answers",
    "promoters": "Promoters (9–10)",
    "passives": "Passives (7–8)",
    "detractors": "Detractors (0–6)",
    "no_manager": "no manager",
    "accounts": "Accounts",
    "behind": "Behind plan",
    "on_plan": "On plan",
    "ahead": "Ahead of plan",
}


def _start(figure: Figure | None, size: tuple[float, float]) -> tuple[Figure, Any, Any]:
    from matplotlib.figure import Figure

    fig = figure or Figure(figsize=size, dpi=100, layout="constrained")
    fig.clear()
    return fig, fig.add_subplot(), chart_font(7)


def _empty(axes: Any, font: Any, text: str) -> None:
    axes.text(
        0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, fontproperties=font
    )
    axes.set_axis_off()


def _style(axes: Any, font: Any) -> None:
    for label in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        label.set_fontproperties(font)
    axes.tick_params(length=2, pad=1.5, colors=INK)
    axes.spines[["top", "right"]].set_visible(False)


def _number(value: Decimal | None) -> float:
    """A value to draw; ``None`` (nothing to show) becomes a gap."""
    return float("nan") if value is None else float(value)


# How each language shortens big numbers on an axis: 1.2M · 1,2 mln · 1,2 tr · 120万
_SHORTENED = {
    "en": ((1e9, "B"), (1e6, "M"), (1e3, "k")),
    "nl": ((1e9, "\u00a0mld"), (1e6, "\u00a0mln"), (1e3, "k")),
    "vi": ((1e9, "\u00a0tỷ"), (1e6, "\u00a0tr"), (1e3, "k")),
    "zh_CN": ((1e8, "亿"), (1e4, "万")),
}


def compact(value: float, language: str | None = None) -> str:
    """Axis numbers without decimals, shortened as ``language`` writes them: 250k and 1.2M
    (en), 250k and 1,2 mln (nl), 250k and 1,2 tr (vi), 25万 and 1.2亿 (zh)."""
    _group, point = language_marks(language)
    for limit, suffix in _SHORTENED[normalise_language(language)]:
        if abs(value) >= limit:
            scaled = value / limit
            figure = f"{scaled:.0f}" if abs(scaled) >= 10 else f"{scaled:.1f}".removesuffix(".0")
            return figure.replace(".", point) + suffix
    return format_number(language, Decimal(round(value)))


def axis_month(language: str | None, month: date, with_year: bool) -> str:
    """A month under a bar: its short name (Mar · 3月 · T3 · mrt), with the year below it
    where the axis starts and where a year turns (Nov / 2025): the month's full name
    would run into its neighbours' labels."""
    short = monthly_summary_labels(language).short_month(month)
    return f"{short}\n{month.year}" if with_year else short


def percent_text(language: str | None, value: Decimal | float, signed: bool = False) -> str:
    """A percentage as ``language`` writes it: 12.5% · 12,5 %; whole on an axis."""
    number = value if isinstance(value, Decimal) else Decimal(round(value))
    return format_percent(language, number, signed=signed)


def sales_trend_figure(
    months: Sequence[date],
    series: Sequence[tuple[str, Sequence[Decimal | None], Sequence[Decimal | None]]],
    *,
    words: Mapping[str, str] | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> Figure:
    """Sell-in against target month by month, ``series`` = (currency, sell-in, targets).

    One currency: sell-in bars and the target as a line, in money. Several: each
    currency's sell-in in % of its target (money in different currencies is never drawn
    on one axis). A month whose sell-in is ``None`` (in progress, none in yet) is left
    blank, not drawn as 0."""
    from matplotlib.ticker import FuncFormatter

    text = WORDS | dict(words or {})
    fig, axes, font = _start(figure, SIZE)
    drawn = [s for s in series if any(s[1]) or any(t is not None for t in s[2])]
    if not months or not drawn:
        _empty(axes, font, text["no_sales"])
        return fig
    x = list(range(len(months)))
    if len(drawn) == 1:
        currency, sell_in, targets = drawn[0]
        axes.bar(x, [_number(v) for v in sell_in], color=SERIES[0], label=text["sell_in"])
        if any(t is not None for t in targets):
            axes.plot(
                x,
                [_number(t) for t in targets],
                color=TARGET,
                marker="o",
                markersize=3,
                linewidth=1.8,
                label=text["target"],
            )
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: compact(v, language)))
        axes.set_ylabel(currency, fontproperties=font)
    else:
        for index, (currency, sell_in, targets) in enumerate(drawn):
            points = [
                float(v / t * 100) if t and v is not None else float("nan")
                for v, t in zip(sell_in, targets, strict=True)
            ]
            axes.plot(
                x,
                points,
                color=SERIES[index % len(SERIES)],
                marker="o",
                markersize=3,
                label=f"{currency} {text['percent_of_target']}",
            )
        axes.axhline(100, color=TARGET, linestyle="--", linewidth=0.8)
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: percent_text(language, v)))
    axes.set_xlim(-0.5, len(months) - 0.5)  # every month has its place, drawn or not
    step = max(1, len(months) // 6)
    ticks = x[::step]
    axes.set_xticks(
        ticks,
        [axis_month(language, months[i], i == ticks[0] or months[i].month <= step) for i in ticks],
    )
    axes.grid(axis="y", color=GRID, linewidth=0.5)
    _style(axes, font)
    # above the plot: inside it the legend lay over the bars of the first months
    axes.legend(prop=font, frameon=False, loc="lower left", bbox_to_anchor=(0, 1), ncols=2)
    return fig


def ranking_figure(
    names: Sequence[str],
    values: Sequence[Decimal],
    unit: str,
    *,
    standings: Sequence[str | None] | None = None,
    limits: tuple[Decimal, Decimal] | None = None,
    title: str | None = None,
    empty: str | None = None,
    words: Mapping[str, str] | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> Figure:
    """Horizontal bars of accounts, the first on top; ``unit`` labels the axis ("%" of
    target, or the currency). ``standings`` — where each stands against plan by Plan vs
    actual's rule ("behind", "on_plan", "ahead") — colour the bars as Plan vs actual
    colours those words (red, green, amber; a legend names them), never the sign of the
    figure: −4.8 % is on plan, green. ``limits`` (how far below and above target is behind
    and ahead, in %) are drawn as dashed lines. Without standings every bar is one colour.
    ``empty`` is said when there is nothing to draw (else "No accounts to rank")."""
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    text = WORDS | dict(words or {})
    fig, axes, font = _start(figure, SIZE)
    if title:
        axes.set_title(title, fontproperties=chart_font(8), loc="left")
    if not names:
        _empty(axes, font, empty or text["no_accounts"])
        return fig
    y = list(range(len(names)))[::-1]  # the first name on top
    numbers = [float(v) for v in values]
    if standings is not None:
        colours = [STANDING_COLOURS.get(s or "", NEUTRAL) for s in standings]
    else:
        colours = [SERIES[0]] * len(numbers)
    axes.barh(y, numbers, color=colours)
    axes.set_yticks(y, [cut_in_the_middle(n, 24) for n in names])
    axes.axvline(0, color=INK, linewidth=0.6)
    if limits is not None:
        behind, ahead = limits
        for at in (-float(behind), float(ahead)):
            axes.axvline(at, color=NEUTRAL, linewidth=0.8, linestyle="--")
    if standings is not None:
        shown = [key for key in STANDING_COLOURS if key in standings]
        axes.legend(
            handles=[Patch(color=STANDING_COLOURS[key], label=text[key]) for key in shown],
            prop=font,
            frameon=False,
            loc="best",
        )
    axes.xaxis.set_major_formatter(
        FuncFormatter(
            lambda v, _p: (
                percent_text(language, v, signed=True) if unit == "%" else compact(v, language)
            )
        )
    )
    axes.set_xlabel(unit, fontproperties=font)
    axes.grid(axis="x", color=GRID, linewidth=0.5)
    _style(axes, font)
    return fig


def _tone_colour(value: Decimal, good: Decimal, fair: Decimal) -> str:
    return GOOD if value >= good else (FAIR if value >= fair else POOR)


def rates_figure(
    rates: Sequence[tuple[str, Decimal | None, Decimal, Decimal]],
    *,
    words: Mapping[str, str] | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> Figure:
    """0–100 % rates as horizontal bars: (label, rate or None, good from, fair from); a
    rate with nothing to measure is shown as "–", not as 0."""
    text = WORDS | dict(words or {})
    fig, axes, font = _start(figure, SIZE)
    if not rates or all(value is None for _, value, _g, _f in rates):
        _empty(axes, font, text["no_figures"])
        return fig
    y = list(range(len(rates)))[::-1]
    for row, (_label, value, good, fair) in zip(y, rates, strict=True):
        if value is None:
            axes.text(1, row, "–", va="center", fontproperties=font, color=NEUTRAL)
            continue
        axes.barh(row, float(value), color=_tone_colour(value, good, fair))
        axes.text(
            float(value) + 1, row, percent_text(language, value), va="center", fontproperties=font
        )
    axes.set_yticks(y, [label for label, *_ in rates])
    axes.set_xlim(0, 115)
    axes.set_xticks([0, 25, 50, 75, 100], ["0", "25", "50", "75", percent_text(language, 100)])
    axes.grid(axis="x", color=GRID, linewidth=0.5)
    _style(axes, font)
    return fig


def nps_figure(
    promoters: int,
    passives: int,
    detractors: int,
    *,
    words: Mapping[str, str] | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> Figure:
    """How the survey answers split: detractors, passives, promoters as one stacked bar."""
    text = WORDS | dict(words or {})
    fig, axes, font = _start(figure, (SIZE[0], 1.6))
    total = promoters + passives + detractors
    if not total:
        _empty(axes, font, text["no_answers"])
        return fig
    left = 0.0
    for count, colour, key in (
        (detractors, POOR, "detractors"),
        (passives, NEUTRAL, "passives"),
        (promoters, GOOD, "promoters"),
    ):
        share = count / total * 100
        axes.barh(0, share, left=left, color=colour, label=f"{text[key]}: {count}")
        left += share
    axes.set_xlim(0, 100)
    axes.set_yticks([])
    axes.set_xticks([0, 50, 100], ["0", "50", percent_text(language, 100)])
    _style(axes, font)
    axes.legend(prop=font, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=3)
    return fig


def managers_figure(
    rows: Sequence[tuple[str | None, int]],
    *,
    words: Mapping[str, str] | None = None,
    figure: Figure | None = None,
    language: str | None = None,
) -> Figure:
    """Accounts per manager as horizontal bars (``None`` shown as "no manager"), counted in
    whole accounts on the axis (never 2.5)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    text = WORDS | dict(words or {})
    fig, axes, font = _start(figure, SIZE)
    if not rows:
        _empty(axes, font, text["no_figures"])
        return fig
    shown = list(rows[:12])
    y = list(range(len(shown)))[::-1]
    axes.barh(
        y,
        [count for _, count in shown],
        color=[SERIES[0] if name is not None else NEUTRAL for name, _ in shown],
    )
    axes.set_yticks(y, [name if name is not None else text["no_manager"] for name, _ in shown])
    axes.set_xlabel(text["accounts"], fontproperties=font)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: compact(v, language)))
    axes.grid(axis="x", color=GRID, linewidth=0.5)
    _style(axes, font)
    return fig


def cut_in_the_middle(name: str, limit: int) -> str:
    """``name`` in at most ``limit`` characters, its middle replaced by "…": branches of
    one chain share their first words ("Autobedrijf Van den Berg Tilburg" and "… Amsterdam"),
    so the end that tells them apart is kept."""
    if len(name) <= limit:
        return name
    tail = (limit - 1) // 2
    head = limit - 1 - tail
    return name[:head].rstrip() + "…" + name[-tail:].lstrip()
