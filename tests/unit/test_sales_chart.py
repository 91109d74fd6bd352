"""The account card's Sales chart: Chinese legends, readable months, the language's numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest

from acct_desktop.reporting.charts import month_ticks, sales_vs_target_figure
from acct_desktop.reporting.fonts import chart_font_file


@dataclass
class Month:
    period: date
    sell_in: Decimal
    sell_out: Decimal
    target: Decimal | None


def _months(count: int = 24) -> list[Month]:
    start = date(2024, 11, 1)
    months = []
    for i in range(count):
        year, month = divmod(start.month - 1 + i, 12)
        months.append(
            Month(
                date(start.year + year, month + 1, 1),
                Decimal(2000 + 100 * i),
                Decimal(30000),
                Decimal(2500),
            )
        )
    return months


LABELS = {"sell_in": "进货", "target": "目标", "sell_out": "终端销售"}


def test_legend_and_ticks_are_drawn_in_the_cjk_font() -> None:
    if chart_font_file() is None:
        pytest.skip("no CJK font installed")
    figure = sales_vs_target_figure(_months(), "EUR", labels=LABELS)
    (legend,) = figure.legends
    assert [t.get_text() for t in legend.get_texts()] == ["进货", "目标", "终端销售"]
    for text in legend.get_texts():
        assert text.get_fontproperties().get_file() == chart_font_file()
    axes = figure.axes[0]
    for tick in axes.get_xticklabels() + axes.get_yticklabels():
        assert tick.get_fontproperties().get_file() == chart_font_file()


def test_month_labels_never_overlap_on_a_narrow_tab() -> None:
    figure = sales_vs_target_figure(
        _months(), "EUR", month_label=lambda m: f"{m.year}年{m.month}月"
    )
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_size_inches(3.3, 2.2)  # the Sales tab beside its table on a laptop
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert 2 <= len(labels) <= 5
    boxes = [t.get_window_extent(renderer) for t in labels]
    for left, right in pairwise(boxes):
        assert not left.overlaps(right), (left, right)


def test_month_ticks_keep_january_and_stay_few() -> None:
    periods = [m.period for m in _months(24)]  # Nov 2024 … Oct 2026
    ticks = month_ticks(periods)
    assert len(ticks) <= 5
    assert periods[ticks[0]] == date(2025, 1, 1)
    assert month_ticks(periods[:2]) == [0]  # no quarter start: the first month
    assert month_ticks([]) == []


def test_value_axis_writes_the_languages_numbers() -> None:
    def dutch(value: Decimal) -> str:
        return f"{value:,f}".replace(",", ".")

    figure = sales_vs_target_figure(_months(), "EUR", number=dutch)
    formatter = figure.axes[0].yaxis.get_major_formatter()
    assert formatter(30000.0, 0) == "30.000"
    default = sales_vs_target_figure(_months(), "EUR")
    assert default.axes[0].yaxis.get_major_formatter()(30000.0, 0) == "30,000"
