"""KPI formulas on hand-made values: rates, NPS, response days, returning customers,
top/bottom rankings, cycle adherence, periods and tile colours."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.kpis import (
    KpiTable,
    Nps,
    PeriodChoice,
    add_months,
    day_spans,
    nps,
    nps_from_counts,
    percent,
    period_bounds,
    previous_period,
    rate,
    returning_customers,
    score_group,
    tone_of,
    top_and_bottom,
    totals_by,
    trend_months,
    variance_percent,
    win_rate,
    within_cycle,
)

D = Decimal


# -- rates ----------------------------------------------------------------------------------
def test_a_rate_is_a_percentage_to_one_place_rounded_half_up() -> None:
    assert rate(1, 3) == D("33.3")
    assert rate(2, 3) == D("66.7")
    assert rate(1, 8) == D("12.5")
    assert rate(1, 16) == D("6.3")  # 6.25 rounds up, not to even
    assert rate(5, 5) == D("100.0")
    assert rate(0, 7) == D("0.0")


def test_nothing_to_measure_gives_no_rate_rather_than_zero() -> None:
    assert rate(0, 0) is None
    assert percent(D(5), D(0)) is None
    assert win_rate(0, 0) is None
    assert variance_percent(D(10), D(0)) is None


def test_a_part_larger_than_its_whole_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0"):
        rate(4, 3)
    with pytest.raises(ValueError):
        rate(-1, 3)


def test_win_rate_counts_won_against_lost() -> None:
    assert win_rate(3, 1) == D("75.0")
    assert win_rate(0, 4) == D("0.0")


def test_variance_says_how_far_above_or_below_target() -> None:
    assert variance_percent(D("110"), D("100")) == D("10.0")
    assert variance_percent(D("90.05"), D("100")) == D("-10.0")  # −9.95 rounds away from 0
    assert variance_percent(D("0"), D("250")) == D("-100.0")


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_rates_always_lie_between_0_and_100(a: int, b: int) -> None:
    part, whole = min(a, b), max(a, b)
    value = rate(part, whole)
    if whole == 0:
        assert value is None
    else:
        assert value is not None and D(0) <= value <= D(100)


# -- NPS ------------------------------------------------------------------------------------
def test_nps_is_promoters_minus_detractors_in_percent() -> None:
    # 9, 10 promoters; 7, 8 passives; 0..6 detractors
    result = nps([10, 9, 9, 8, 7, 6, 0, 10])
    assert (result.promoters, result.passives, result.detractors) == (4, 2, 2)
    assert result.answers == 8
    assert result.score == D("25.0")


def test_nps_boundaries_of_the_groups() -> None:
    assert [score_group(s) for s in (0, 6, 7, 8, 9, 10)] == [
        "detractor",
        "detractor",
        "passive",
        "passive",
        "promoter",
        "promoter",
    ]
    with pytest.raises(ValueError, match="0 to 10"):
        score_group(11)
    with pytest.raises(ValueError):
        nps([-1])


def test_no_survey_answers_gives_no_score_not_zero() -> None:
    assert nps([]).score is None
    assert nps([]).answers == 0
    assert nps([7, 8]).score == D("0.0")  # all passives: a real 0


def test_nps_from_counts_matches_nps_of_answers() -> None:
    assert nps_from_counts({10: 3, 5: 1, 8: 2}) == nps([10, 10, 10, 5, 8, 8])
    with pytest.raises(ValueError, match="negative"):
        nps_from_counts({9: -1})


@given(st.lists(st.integers(0, 10), max_size=300))
def test_nps_always_lies_between_minus_100_and_100(scores: list[int]) -> None:
    result = nps(scores)
    assert result.answers == len(scores)
    if scores:
        assert result.score is not None and D(-100) <= result.score <= D(100)
    else:
        assert result.score is None


def test_all_promoters_is_100_and_all_detractors_minus_100() -> None:
    assert Nps(5, 0, 0).score == D("100.0")
    assert Nps(0, 0, 3).score == D("-100.0")


# -- response days --------------------------------------------------------------------------
def test_average_days_counts_waiting_ones_apart_never_as_zero() -> None:
    monday = date(2026, 3, 2)
    spans = day_spans(
        [
            (monday, monday + timedelta(days=2)),
            (monday, monday + timedelta(days=5)),
            (monday, None),
            (monday, monday),
        ]
    )
    assert (spans.answered, spans.total_days, spans.waiting) == (3, 7, 1)
    assert spans.average_days == D("2.3")


def test_no_response_yet_gives_no_average() -> None:
    spans = day_spans([(date(2026, 1, 1), None)])
    assert spans.average_days is None and spans.waiting == 1


def test_a_response_before_the_request_is_refused() -> None:
    with pytest.raises(ValueError, match="before its start"):
        day_spans([(date(2026, 1, 5), date(2026, 1, 4))])


# -- returning customers --------------------------------------------------------------------
def test_returning_rate_is_the_share_of_last_periods_buyers_who_bought_again() -> None:
    result = returning_customers({"a", "b", "c", "d"}, {"b", "d", "new"})
    assert (result.returning, result.previous) == (2, 4)
    assert result.rate == D("50.0")


def test_nobody_bought_before_gives_no_returning_rate() -> None:
    assert returning_customers(set(), {"x"}).rate is None


@given(st.sets(st.integers(0, 50)), st.sets(st.integers(0, 50)))
def test_returning_rate_lies_between_0_and_100(before: set[int], now: set[int]) -> None:
    value = returning_customers(before, now).rate
    assert value is None if not before else D(0) <= value <= D(100)


# -- ranking --------------------------------------------------------------------------------
def test_top_and_bottom_break_ties_by_name_and_never_overlap() -> None:
    items = [("Delta", D(5)), ("alpha", D(9)), ("Bravo", D(9)), ("Echo", D(-2)), ("Cafe", D(5))]
    top, bottom = top_and_bottom(items, 2, key=lambda i: i[1], name=lambda i: i[0])
    assert [n for n, _ in top] == ["Bravo", "alpha"]  # equal 9s by name (code point order)
    assert [n for n, _ in bottom] == ["Echo", "Cafe"]  # lowest first, equal 5s by name


def test_few_items_fill_the_top_first() -> None:
    items = [("a", D(1)), ("b", D(2)), ("c", D(3))]
    top, bottom = top_and_bottom(items, 5, key=lambda i: i[1], name=lambda i: i[0])
    assert [n for n, _ in top] == ["c", "b", "a"]
    assert bottom == []


@given(
    st.lists(st.tuples(st.text(max_size=3), st.integers(-50, 50)), max_size=30),
    st.integers(0, 8),
)
def test_ranking_keeps_every_item_at_most_once(items: list, count: int) -> None:
    top, bottom = top_and_bottom(items, count, key=lambda i: D(i[1]), name=lambda i: i[0])
    assert len(top) == min(count, len(items))
    assert len(top) + len(bottom) <= len(items)
    if top and bottom:
        assert min(D(i[1]) for i in top) >= max(D(i[1]) for i in bottom)


# -- visit cycles ---------------------------------------------------------------------------
def test_within_cycle_counts_the_last_day_of_the_cycle() -> None:
    end = date(2026, 10, 31)
    assert within_cycle(end - timedelta(days=28), 28, end)
    assert not within_cycle(end - timedelta(days=29), 28, end)
    assert not within_cycle(None, 28, end)
    assert not within_cycle(end + timedelta(days=1), 28, end)  # after the period: not yet
    with pytest.raises(ValueError):
        within_cycle(end, 0, end)


# -- periods --------------------------------------------------------------------------------
TODAY = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("choice", "bounds"),
    [
        (PeriodChoice.THIS_MONTH, (date(2026, 11, 1), TODAY)),
        (PeriodChoice.LAST_MONTH, (date(2026, 10, 1), date(2026, 10, 31))),
        (PeriodChoice.THIS_QUARTER, (date(2026, 10, 1), TODAY)),
        (PeriodChoice.YEAR_TO_DATE, (date(2026, 1, 1), TODAY)),
        (PeriodChoice.LAST_12_MONTHS, (date(2025, 11, 1), date(2026, 10, 31))),
    ],
)
def test_period_choices(choice: PeriodChoice, bounds: tuple[date, date]) -> None:
    assert period_bounds(choice, TODAY) == bounds


def test_last_month_in_january_is_last_december() -> None:
    assert period_bounds(PeriodChoice.LAST_MONTH, date(2027, 1, 15)) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )


def test_previous_period_of_whole_months_is_whole_months() -> None:
    assert previous_period(date(2026, 10, 1), date(2026, 10, 31)) == (
        date(2026, 9, 1),
        date(2026, 9, 30),
    )
    assert previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    assert previous_period(date(2026, 11, 1), date(2026, 11, 2)) == (
        date(2026, 10, 1),
        date(2026, 10, 2),
    )
    assert previous_period(date(2025, 11, 1), date(2026, 10, 31)) == (
        date(2024, 11, 1),
        date(2025, 10, 31),
    )


def test_previous_period_of_days_is_as_many_days_before() -> None:
    assert previous_period(date(2026, 5, 10), date(2026, 5, 16)) == (
        date(2026, 5, 3),
        date(2026, 5, 9),
    )
    with pytest.raises(ValueError):
        previous_period(date(2026, 5, 10), date(2026, 5, 9))


def test_add_months_keeps_the_day_within_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


def test_trend_is_twelve_months_ending_with_the_periods_month() -> None:
    months = trend_months(date(2026, 10, 31))
    assert months[0] == date(2025, 11, 1) and months[-1] == date(2026, 10, 1)
    assert len(months) == 12


# -- tiles ----------------------------------------------------------------------------------
def test_tile_colours_follow_thresholds_and_none_has_no_colour() -> None:
    assert tone_of("visits", D("90.0")) == "done"
    assert tone_of("visits", D("80")) == "due_soon"
    assert tone_of("visits", D("74.9")) == "overdue"
    # sales against target have no tone of their own: Plan vs actual's standing decides
    # (95 % of target is "on plan" there, so it is never "watch" here)
    assert tone_of("sales", D("95")) is None
    assert tone_of("nps", D("-5")) == "overdue"
    assert tone_of("nps", None) is None
    assert tone_of("managers", D(3)) is None


def test_totals_by_currency_are_exact_and_never_mixed() -> None:
    sums = totals_by([("EUR", D("0.10")), ("CNY", D("5")), ("EUR", D("0.20"))])
    assert sums == {"EUR": D("0.30"), "CNY": D("5")}


def test_a_table_reads_a_column_by_key() -> None:
    table = KpiTable(("account", "score"), (("华润万家", 9), ("Vinmart", 3)))
    assert table.column("score") == [9, 3]
    assert len(table) == 2
