"""Plan against actual: the derived metrics' formulas and the hierarchy roll-up rules."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.sales_metrics import (
    PlanFigures,
    Standing,
    Thresholds,
    effective_targets,
    findings,
    group_roots,
    prorated,
    roots_target,
    standing,
    subtree_totals,
    turnover_days,
    variance_percent,
    velocity_per_week,
    weeks_of_cover,
)

D = Decimal


def test_variance_is_actual_minus_target_and_percent_of_target():
    figures = PlanFigures(actual=D("82000.00"), target=D("100000.00"))
    assert figures.variance == D("-18000.00")
    assert figures.variance_percent == D("-18.0")


def test_no_target_means_no_variance_rather_than_a_made_up_zero():
    assert PlanFigures(actual=D(5), target=None).variance is None
    assert variance_percent(D(5), None) is None
    assert variance_percent(D(5), D(0)) is None


def test_variance_percent_rounds_half_up_to_one_decimal():
    assert variance_percent(D("100.05"), D("100")) == D("0.1")  # 0.05 % → 0.1
    assert variance_percent(D("99.95"), D("100")) == D("-0.1")


def test_sell_through_velocity_is_units_per_week():
    assert velocity_per_week(D(300), 30) == D("70.0")
    assert velocity_per_week(D(31), 31) == D("7.0")
    assert velocity_per_week(None, 30) is None


def test_turnover_days_is_stock_over_average_daily_outbound():
    # 900 units shipped in 30 days = 30 a day; 450 in stock last 15 days.
    assert turnover_days(D(450), D(900), 30) == D("15.0")
    assert turnover_days(D(450), D(0), 30) is None  # nothing shipped: cannot say
    assert turnover_days(None, D(900), 30) is None


def test_weeks_of_cover_uses_sell_out_when_reported_else_outbound():
    # 70 a week sold out; 140 in stock → 2 weeks.
    assert weeks_of_cover(D(140), D(300), D(3000), 30) == D("2.0")
    # A warehouse reporting shipments only: 700 a week shipped.
    assert weeks_of_cover(D(1400), None, D(3000), 30) == D("2.0")
    assert weeks_of_cover(D(1400), None, None, 30) is None


def test_standing_by_thresholds():
    limits = Thresholds(behind_percent=D(10), ahead_percent=D(15))
    assert standing(PlanFigures(D(89), D(100)), limits) == Standing.BEHIND
    assert standing(PlanFigures(D(90), D(100)), limits) == Standing.ON_PLAN
    assert standing(PlanFigures(D(115), D(100)), limits) == Standing.ON_PLAN
    assert standing(PlanFigures(D(116), D(100)), limits) == Standing.AHEAD
    assert standing(PlanFigures(D(116), None), limits) == Standing.NO_TARGET


def test_figures_awaited_have_no_variance_and_raise_nothing():
    awaited = PlanFigures(D(0), D(100), awaiting=True)
    assert awaited.variance is None and awaited.variance_percent is None
    assert standing(awaited, Thresholds()) == Standing.NO_FIGURES
    assert standing(PlanFigures(D(0), None, awaiting=True), Thresholds()) == Standing.NO_FIGURES
    assert not [f for f in findings(awaited, Thresholds()) if f.kind in ("behind", "ahead")]


def test_findings_name_each_threshold_crossed():
    figures = PlanFigures(
        actual=D(82),
        target=D(100),
        sold_out_units=D(700),
        outbound_units=D(30),
        closing_stock_units=D(100),
        shipping_stock_units=D(100),
        days=7,
    )
    # 700 sold out a week, 100 in stock: 0.1 weeks of cover; 100 ÷ (30 ÷ 7) = 23.3 days
    # of shipments, under the 60-day limit.
    found = findings(figures, Thresholds())
    assert [(f.kind, f.value) for f in found] == [("behind", D("18.0")), ("low_cover", D("0.1"))]


def test_slow_stock_is_raised_past_the_turnover_limit():
    figures = PlanFigures(
        D(100),
        D(100),
        outbound_units=D(10),
        closing_stock_units=D(100),
        shipping_stock_units=D(100),
        days=7,
    )
    assert [(f.kind, f.value) for f in findings(figures, Thresholds())] == [
        ("slow_stock", D("70.0"))
    ]


# -- roll-up ------------------------------------------------------------------------------
#   HQ ── DC1 ── S1, S2
#      └─ DC2 ── S3
PARENTS = {"HQ": None, "DC1": "HQ", "DC2": "HQ", "S1": "DC1", "S2": "DC1", "S3": "DC2"}


def test_actual_of_an_account_covers_everything_below_it():
    own = {"S1": D(10), "S2": D(5), "S3": D(7), "DC1": D(1)}
    totals = subtree_totals(PARENTS, own)
    assert totals == {"HQ": D(23), "DC1": D(16), "DC2": D(7), "S1": D(10), "S2": D(5), "S3": D(7)}


def test_own_target_wins_over_the_childrens_which_are_never_added_twice():
    own = {"HQ": D(100), "S1": D(30), "S2": D(40), "S3": D(20)}
    targets = effective_targets(PARENTS, own)
    assert targets["HQ"] == D(100)  # not 100 + 90
    assert targets["DC1"] == D(70)  # its stores'
    assert targets["DC2"] == D(20)
    assert targets["S1"] == D(30)


def test_without_any_target_below_an_account_has_none():
    targets = effective_targets(PARENTS, {"S1": D(30)})
    assert targets["DC2"] is None and targets["S3"] is None
    assert targets["HQ"] == D(30)


def test_zero_targets_are_targets():
    targets = effective_targets(PARENTS, {"S1": D(0), "S2": D(0)})
    assert targets["DC1"] == D(0)


def test_a_loop_in_the_hierarchy_is_refused_not_looped_forever():
    with pytest.raises(ValueError, match="loop"):
        subtree_totals({"A": "B", "B": "A"}, {"A": D(1)})


def test_group_roots_count_each_member_once():
    assert sorted(group_roots(["DC1", "S1", "S3"], PARENTS)) == ["DC1", "S3"]


amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


@given(st.dictionaries(st.sampled_from(sorted(PARENTS)), amounts))
def test_the_top_total_is_the_sum_of_every_account(own):
    assert subtree_totals(PARENTS, own)["HQ"] == sum(own.values(), D(0))


@given(st.dictionaries(st.sampled_from(["S1", "S2", "S3"]), amounts, min_size=1))
def test_store_targets_alone_add_up_to_the_top(own):
    assert effective_targets(PARENTS, own)["HQ"] == sum(own.values(), D(0))


@given(amounts, st.decimals(min_value=D("0.01"), max_value=10**9, places=2))
def test_variance_percent_sign_follows_the_variance(actual, target):
    percent = variance_percent(actual, target)
    assert percent is not None
    if actual > target * D("1.0005"):
        assert percent > 0
    if actual < target * D("0.9995"):
        assert percent < 0


@st.composite
def forests_with_targets(draw):
    """A random forest of accounts (each parent made before its child), targets on some of
    them (zeros included) and some chosen roots — nested ones too."""
    size = draw(st.integers(min_value=1, max_value=40))
    parents: dict[int, int | None] = {}
    for node in range(size):
        parents[node] = draw(st.none() | st.integers(0, node - 1)) if node else None
    own = draw(st.dictionaries(st.sampled_from(range(size)), amounts, max_size=size))
    roots = draw(st.lists(st.sampled_from(range(size)), unique=True, max_size=6))
    return parents, own, roots


@given(forests_with_targets())
def test_the_roots_plan_is_the_sum_of_their_effective_targets_without_the_whole_walk(forest):
    parents, own, roots = forest
    effective = effective_targets(parents, own)
    known = [effective[root] for root in roots if effective[root] is not None]

    assert roots_target(parents, own, roots) == (sum(known, D(0)) if known else None)


def test_the_plan_of_a_chain_top_is_its_own_target_else_its_stores():
    assert roots_target(PARENTS, {"HQ": D(100), "S1": D(30)}, ["HQ"]) == D(100)
    assert roots_target(PARENTS, {"S1": D(30), "S3": D(20)}, ["HQ"]) == D(50)
    assert roots_target(PARENTS, {"S1": D(30)}, ["DC2"]) is None
    assert roots_target(PARENTS, {"S1": D(0)}, ["DC1"]) == D(0)  # a zero plan is a plan


def test_a_loop_under_a_target_is_refused_by_the_roots_plan_too():
    with pytest.raises(ValueError, match="loop"):
        roots_target({"A": "B", "B": "A", "C": "A"}, {"C": D(1)}, ["X"])


# -- prorating a month's target -----------------------------------------------------------
def test_a_month_prorates_by_its_own_days():
    november, february = date(2026, 11, 1), date(2028, 2, 1)  # 30 days; 29 (leap year)
    assert prorated(D("30000.00"), november, november, date(2026, 11, 24), "CNY") == D("24000.00")
    assert prorated(D("1000"), february, february, date(2028, 2, 10), "EUR") == D("344.83")
    assert prorated(D("1000000"), november, november, date(2026, 11, 7), "VND") == D("233333")
    assert prorated(D("99.99"), november, date(2026, 10, 1), date(2026, 12, 31), "EUR") == D(
        "99.99"
    )  # covered whole: exactly the target, not re-rounded
    assert prorated(D("500.00"), november, date(2026, 12, 1), date(2026, 12, 31), "EUR") == 0


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 1)),
    st.integers(min_value=0, max_value=30),
)
def test_the_two_parts_of_a_month_add_up_to_its_target_within_a_cent(amount, day, split):
    month = day.replace(day=1)
    last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    cut = min(month + timedelta(days=split), last)
    before = prorated(amount, month, month, cut, "EUR")
    after = prorated(amount, month, cut + timedelta(days=1), last, "EUR")
    assert abs(before + after - amount) <= D("0.01")
    assert D(0) <= before <= amount
