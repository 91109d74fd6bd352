"""The dashboard's charts: each draws from plain values, says so when there is nothing to
draw, and keeps Chinese and Vietnamese names."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.kpis import trend_months
from acct_desktop.reporting.kpi_charts import (
    cut_in_the_middle,
    managers_figure,
    nps_figure,
    ranking_figure,
    rates_figure,
    sales_trend_figure,
)
from acct_desktop.reporting.rebate_chart import figure_png

D = Decimal
MONTHS = trend_months(date(2026, 10, 31))


def texts(figure) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for axes in figure.axes:
        found += [t.get_text() for t in axes.texts]
        found += [t.get_text() for t in axes.get_yticklabels()]
        legend = axes.get_legend()
        if legend is not None:
            found += [t.get_text() for t in legend.get_texts()]
    return found


def test_one_currency_draws_money_bars_and_the_target_line() -> None:
    sell_in = [D(100 + i) for i in range(12)]
    targets = [None] * 6 + [D(110)] * 6
    fig = sales_trend_figure(MONTHS, [("EUR", sell_in, targets)])
    axes = fig.axes[0]
    assert len(axes.patches) == 12 and len(axes.lines) == 1
    assert axes.get_ylabel() == "EUR"
    assert figure_png(fig, dpi=50).startswith(b"\x89PNG")


def test_several_currencies_are_compared_in_percent_of_target_never_added() -> None:
    fig = sales_trend_figure(
        MONTHS, [("EUR", [D(90)] * 12, [D(100)] * 12), ("CNY", [D(1200)] * 12, [D(1000)] * 12)]
    )
    axes = fig.axes[0]
    assert not axes.patches  # no money bars
    lines = [line for line in axes.lines if len(line.get_xdata()) == 12]
    assert [float(line.get_ydata()[0]) for line in lines] == [90.0, 120.0]


def test_a_month_awaiting_its_sell_in_is_left_blank_not_drawn_as_zero() -> None:
    awaited = [D(100)] * 11 + [None]
    money = sales_trend_figure(MONTHS, [("EUR", awaited, [D(100)] * 12)]).axes[0]
    assert math.isnan(money.patches[-1].get_height())  # no bar, not a bar of 0
    assert money.get_xlim() == (-0.5, 11.5)  # the month keeps its place
    percent = sales_trend_figure(
        MONTHS, [("EUR", awaited, [D(100)] * 12), ("CNY", [D(90)] * 12, [D(100)] * 12)]
    ).axes[0]
    eur = next(line for line in percent.lines if len(line.get_xdata()) == 12)
    assert float(eur.get_ydata()[0]) == 100.0 and math.isnan(eur.get_ydata()[-1])


def test_empty_charts_say_what_is_missing() -> None:
    assert "No sales imported yet" in texts(sales_trend_figure(MONTHS, []))
    assert "No survey answers" in texts(nps_figure(0, 0, 0))
    assert "No accounts to rank" in texts(ranking_figure([], [], "%"))
    assert "Nothing to measure in this period" in texts(
        rates_figure([("Visits", None, D(90), D(75))])
    )


def test_names_in_every_language_reach_the_chart() -> None:
    fig = ranking_figure(
        ["华润万家 总部", "Vinmart Hà Nội", "IJsselstein café"], [D(5), D(0), D(-3)], "%"
    )
    assert texts(fig) == ["华润万家 总部", "Vinmart Hà Nội", "IJsselstein café"]
    assert figure_png(fig, dpi=50).startswith(b"\x89PNG")


def test_a_rate_with_nothing_to_measure_shows_a_dash_not_zero() -> None:
    fig = rates_figure(
        [("Visits done", D("60.0"), D(90), D(75)), ("Issues on time", None, D(90), D(75))]
    )
    assert "–" in texts(fig) and "60.0%" in texts(fig)


def test_nps_split_and_managers_without_a_name() -> None:
    assert "Promoters (9–10): 2" in texts(nps_figure(2, 0, 1))
    assert texts(
        managers_figure([("Lê Thị Thu", 3), (None, 2)], words={"no_manager": "无经理"})
    ) == [
        "Lê Thị Thu",
        "无经理",
    ]


@given(
    st.text(st.characters(blacklist_characters="…"), max_size=80),
    st.integers(min_value=5, max_value=40),
)
def test_a_long_name_is_cut_in_the_middle_to_its_limit(name: str, limit: int) -> None:
    shown = cut_in_the_middle(name, limit)
    assert len(shown) <= limit
    if len(name) <= limit:
        assert shown == name
        return
    head, tail = shown.split("…")
    assert name.startswith(head) and name.endswith(tail)
    assert head.strip() or tail.strip() or not name.strip()


def test_two_branches_of_a_chain_stay_apart() -> None:
    tilburg = cut_in_the_middle("Autobedrijf Van den Berg Tilburg", 24)
    amsterdam = cut_in_the_middle("Autobedrijf Van den Berg Amsterdam", 24)
    assert tilburg != amsterdam
    assert tilburg.endswith("Tilburg") and amsterdam.endswith("Amsterdam")
    assert tilburg.startswith("Autobedrijf")


def _axis_texts(labels) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.get_text() for label in labels if label.get_text()]


def test_the_charts_write_numbers_and_months_as_the_managers_language_does() -> None:
    """A Dutch dashboard read "2025-11", "100k", "0.0 %" and counted managers' accounts
    in 2.5s: machine formats, not the manager's."""
    sell_in = [D(1_250_000 + 10_000 * i) for i in range(12)]
    fig = sales_trend_figure(MONTHS, [("EUR", sell_in, [D(1_300_000)] * 12)], language="nl")
    fig.canvas.draw()  # tick labels are filled in when drawn
    axes = fig.axes[0]
    months = _axis_texts(axes.get_xticklabels())
    assert months[0] == "nov\n2025" and "jan" not in months and "jan\n2026" in months
    assert all("-" not in m for m in months)
    assert any(text.endswith("mln") and "," in text for text in _axis_texts(axes.get_yticklabels()))

    rates = rates_figure([("Terugkerend", D("0.0"), D(90), D(75))], language="nl")
    assert "0,0\u00a0%" in texts(rates)

    managers = managers_figure([("Jan", 3), ("Piet", 17)], language="nl")
    managers.canvas.draw()
    counts = _axis_texts(managers.axes[0].get_xticklabels())
    assert counts and all(text.isdigit() for text in counts)

    zh = sales_trend_figure(MONTHS, [("CNY", [D(2_500_000)] * 12, [None] * 12)], language="zh_CN")
    zh.canvas.draw()
    assert any(t.endswith("万") for t in _axis_texts(zh.axes[0].get_yticklabels()))
    assert _axis_texts(zh.axes[0].get_xticklabels())[0] == "11月\n2025"
