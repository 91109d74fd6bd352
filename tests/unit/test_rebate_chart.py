"""The rebate statement's chart: axis numbers in the document's language, and every tier's
rate labelled, none on top of another."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg

from acct_desktop.reporting.fonts import find_font_file
from acct_desktop.reporting.rebate_chart import (
    ChartText,
    compact_number,
    rebate_progress_figure,
    spread_labels,
)

D = Decimal


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["500", "600K", "1.5M", "10M", "200B"]),
        ("zh_CN", ["500", "60万", "150万", "1000万", "2000亿"]),
        ("vi", ["500", "600.000", "1,5 tr", "10 tr", "200 tỷ"]),
        ("nl", ["500", "600.000", "1,5 mln", "10 mln", "200 mld"]),
    ],
)
def test_axis_numbers_are_shortened_the_languages_own_way(
    language: str, expected: list[str]
) -> None:
    values = [500.0, 600_000.0, 1_500_000.0, 10_000_000.0, 200_000_000_000.0]
    assert [compact_number(v, language) for v in values] == expected


def vietnamese_text(language: str = "vi") -> ChartText:
    def rate(value: Decimal) -> str:
        return f"{value.normalize():f}".replace(".", ",") + "%"

    return ChartText("Doanh số lũy kế", "Dự kiến cuối kỳ", "Ngưỡng bậc",
                     lambda m: f"T{m.month}", rate, language)  # fmt: skip


def draw_r_2026_0002(language: str = "vi"):  # type: ignore[no-untyped-def]
    """R-2026-0002's figures: thresholds 5.4, 13.5 and 27 bn VND under a 212 bn bar."""
    months = [(date(2026, m, 1), D("17635749057")) for m in range(1, 11)]
    thresholds = [(D(5_400_000_000), D(1)), (D(13_500_000_000), D(2)),
                  (D(27_000_000_000), D("3.5"))]  # fmt: skip
    figure = rebate_progress_figure(
        months, thresholds, D("211745013349"), vietnamese_text(language),
        font_path=str(find_font_file()), size_inches=(2.83, 2.04),
    )  # fmt: skip
    FigureCanvasAgg(figure).draw()
    return figure


def test_the_axis_of_a_vietnamese_chart_says_ty_not_b() -> None:
    axes = draw_r_2026_0002().axes[0]
    ticks = [t.get_text() for t in axes.get_yticklabels() if t.get_text()]
    assert any(t.endswith(" tỷ") for t in ticks), ticks
    assert not any(t.endswith(("B", "M", "K")) for t in ticks), ticks


def test_close_thresholds_keep_every_rate_label_apart() -> None:
    figure = draw_r_2026_0002()
    renderer = figure.canvas.get_renderer()
    labels = [t for t in figure.axes[0].texts if t.get_text().endswith("%")]
    assert sorted(t.get_text() for t in labels) == ["1%", "2%", "3,5%"]  # none dropped
    boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.y0)
    for lower, upper in itertools.pairwise(boxes):
        assert lower.y1 <= upper.y0 + 0.5, (lower, upper)  # none on top of another


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 1000), min_size=1, max_size=8),  # whole numbers: exact sums
    st.integers(1, 60),
)
def test_spread_labels_keeps_them_apart_near_their_levels(levels, gap) -> None:  # type: ignore[no-untyped-def]
    levels = sorted(levels)
    ceiling = 1000 + gap * len(levels)  # room for all of them
    positions = spread_labels(levels, gap, ceiling)
    assert len(positions) == len(levels)
    for lower, upper in itertools.pairwise(positions):
        assert upper - lower >= gap - 1e-9
    assert positions[-1] <= ceiling + 1e-9
    for level, position in zip(levels, positions, strict=True):
        assert position >= level  # with room enough, a label is only ever pushed up
    if all(b - a >= gap for a, b in itertools.pairwise(levels)):
        assert positions == levels  # nothing close: every label at its own line


@pytest.mark.parametrize("size", [(2.83, 2.04), (4.2, 3.0)])
def test_month_names_on_the_axis_never_run_into_each_other(size) -> None:  # type: ignore[no-untyped-def]
    """A year of Chinese months printed "9月10月11月" with no gap between them (QA zh)."""
    text = ChartText("累计进货额", "预计期末", "阶梯门槛", lambda m: f"{m.month}月",
                     lambda r: f"{r.normalize():f}%", "zh_CN")  # fmt: skip
    months = [(date(2026, m, 1), D(40_000)) for m in range(1, 12)]
    figure = rebate_progress_figure(
        months, [(D(500_000), D(2))], D(600_000), text,
        font_path=str(find_font_file()), size_inches=size,
    )  # fmt: skip
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()
    shown = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert shown[0].get_text() == "1月" and shown[-1].get_text() == "…"
    assert len(shown) >= 4  # thinned, not emptied
    boxes = [t.get_window_extent(renderer) for t in shown]
    for left, right in itertools.pairwise(boxes):  # a clear gap: 3 points at the least
        assert (right.x0 - left.x1) * 72 / figure.dpi >= 3, (left, right)
