"""The distance to the next tier: one computation (``still_to_buy``) for every kind, at the
exact boundaries, by the period's end for an accrual, and none once the period is over."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.rebates import (
    RebateBasis,
    RebateTerms,
    Tier,
    accrual,
    rebate_for,
    still_to_buy,
)

D = Decimal
CENT = D("0.01")
TIERS = (Tier(D(0), D(1)), Tier(D(100_000), D(2)), Tier(D(250_000), D(3)))
# the demo's growth agreement R-2026-0012: agreed baseline 400,000, tiers on the growth
GROWTH_TIERS = (Tier(D(200_000), D(1)), Tier(D(500_000), D(2)), Tier(D(1_000_000), D("3.5")))
GROWTH = RebateTerms(RebateKind.GROWTH, GROWTH_TIERS, currency="EUR")
BASELINE = D(400_000)


def terms(kind: RebateKind, basis: RebateBasis = RebateBasis.AMOUNT) -> RebateTerms:
    return RebateTerms(kind, TIERS, basis=basis, currency="EUR")


# -- volume and value terms, at and around every threshold ----------------------------------

VOLUME_CASES = [
    # volume, next threshold, still to buy
    ("0", "100000", "100000"),
    ("99999.99", "100000", "0.01"),
    ("100000", "250000", "150000"),  # exactly on a threshold: that tier is reached
    ("100000.01", "250000", "149999.99"),
    ("249999.99", "250000", "0.01"),
    ("250000", None, None),  # the top tier: nothing further
    ("1000000", None, None),
]


@pytest.mark.parametrize("kind", [RebateKind.WHOLE_VOLUME_TIERS, RebateKind.BANDED_TIERS])
@pytest.mark.parametrize(("volume", "threshold", "needed"), VOLUME_CASES)
def test_value_terms_need_the_threshold_less_the_sales(
    kind: RebateKind, volume: str, threshold: str | None, needed: str | None
) -> None:
    result = rebate_for(terms(kind), D(volume))
    assert (result.next_tier and result.next_tier.threshold) == (threshold and D(threshold))
    assert result.distance_to_next_tier == (needed and D(needed))


@pytest.mark.parametrize(("volume", "threshold", "needed"), VOLUME_CASES)
def test_volume_terms_need_the_quantity_not_money(
    volume: str, threshold: str | None, needed: str | None
) -> None:
    # thresholds in litres; the money (average price 2.50 a litre) does not change them
    litres = terms(RebateKind.WHOLE_VOLUME_TIERS, RebateBasis.QUANTITY)
    result = rebate_for(litres, D(volume), amount=D(volume) * D("2.5"))
    assert result.distance_to_next_tier == (needed and D(needed))


def test_a_first_tier_above_zero_is_the_next_tier_from_nothing() -> None:
    later = RebateTerms(RebateKind.WHOLE_VOLUME_TIERS, (Tier(D(50_000), D(2)),), currency="EUR")
    assert rebate_for(later, D(0)).distance_to_next_tier == D(50_000)
    assert rebate_for(later, D(49_999)).distance_to_next_tier == D(1)
    assert rebate_for(later, D(50_000)).distance_to_next_tier is None


def test_fixed_terms_have_no_tiers_to_reach() -> None:
    fixed = RebateTerms(RebateKind.FIXED_PERCENT, fixed_percent=D(2), currency="EUR")
    assert rebate_for(fixed, D(1000)).distance_to_next_tier is None


# -- growth: baseline + threshold − sales ---------------------------------------------------

GROWTH_CASES = [
    # sales, next growth threshold, still to buy (400,000 + threshold − sales)
    ("0", "200000", "600000"),
    ("100000", "200000", "500000"),  # far below the baseline: the shortfall too
    ("229118.94", "200000", "370881.06"),  # the QA's R-2026-0012 by 31 December
    ("400000", "200000", "200000"),  # at the baseline exactly: no growth yet
    ("599999.99", "200000", "0.01"),
    ("600000", "500000", "300000"),  # growth exactly 200,000: the 1 % tier reached
    ("899999.99", "500000", "0.01"),
    ("900000", "1000000", "500000"),
    ("1400000", None, None),  # growth 1,000,000: the top tier
]


@pytest.mark.parametrize(("sales", "threshold", "needed"), GROWTH_CASES)
def test_growth_needs_the_baseline_and_the_threshold_on_top(
    sales: str, threshold: str | None, needed: str | None
) -> None:
    result = rebate_for(GROWTH, D(sales), BASELINE)
    assert (result.next_tier and result.next_tier.threshold) == (threshold and D(threshold))
    assert result.distance_to_next_tier == (needed and D(needed))
    if needed is not None:
        assert still_to_buy(GROWTH, D(sales), result.next_tier, BASELINE) == D(needed)


def test_growth_with_a_zero_tier_needs_the_shortfall_to_the_next() -> None:
    growth = RebateTerms(RebateKind.GROWTH, (Tier(D(0), D(2)), Tier(D(50_000), D(5))))
    below = rebate_for(growth, D(150_000), D(200_000))  # no growth: the 0 tier, 0 earned
    assert below.tier_reached == Tier(D(0), D(2)) and below.amount == 0
    assert below.distance_to_next_tier == D(100_000)  # 50,000 short + 50,000 growth


def test_still_to_buy_is_zero_once_reached_and_growth_needs_a_baseline() -> None:
    assert still_to_buy(terms(RebateKind.WHOLE_VOLUME_TIERS), D(300_000), TIERS[1]) == 0
    assert still_to_buy(GROWTH, D(700_000), GROWTH_TIERS[0], BASELINE) == 0
    with pytest.raises(ValueError, match="last year"):
        still_to_buy(GROWTH, D(1), GROWTH_TIERS[0])


# -- accruals: by the period's end, and nothing once it is over -----------------------------

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def test_a_growth_accrual_says_what_to_buy_by_the_period_end_against_the_full_baseline() -> None:
    # R-2026-0012 on 25 November, figures to 31 October: the baseline pro rata to date is
    # 333,150.68, yet what counts on 31 December is the whole 400,000
    result = accrual(
        GROWTH,
        D("229118.94"),
        D("333150.68"),
        *YEAR,
        date(2026, 11, 25),
        last_year_full=BASELINE,
        figures_through=date(2026, 10, 31),
    )
    assert result.next_tier == GROWTH_TIERS[0] and not result.period_over
    assert result.distance_to_next_tier == D("370881.06")  # not 200,000 nor 304,031.74
    reached = rebate_for(GROWTH, D("229118.94") + result.distance_to_next_tier, BASELINE)
    assert reached.tier_reached == GROWTH_TIERS[0]


def test_a_volume_accrual_needs_the_threshold_less_the_sales_to_date() -> None:
    result = accrual(terms(RebateKind.BANDED_TIERS), D(100_000), None, *YEAR, date(2026, 6, 30))
    assert result.next_tier == TIERS[2] and result.distance_to_next_tier == D(150_000)


@pytest.mark.parametrize("kind", list(RebateKind))
def test_a_finished_period_has_its_final_tier_and_nothing_still_to_buy(kind: RebateKind) -> None:
    agreed = (
        RebateTerms(kind, fixed_percent=D(2), currency="EUR")
        if kind is RebateKind.FIXED_PERCENT
        else GROWTH
        if kind is RebateKind.GROWTH
        else terms(kind)
    )
    baseline = BASELINE if kind is RebateKind.GROWTH else None
    last_day = accrual(agreed, D(120_000), baseline, *YEAR, YEAR[1], last_year_full=baseline)
    over = accrual(agreed, D(120_000), baseline, *YEAR, date(2027, 1, 1), last_year_full=baseline)
    assert not last_day.period_over  # its last day is still in it
    assert over.period_over and over.next_tier is None and over.distance_to_next_tier is None
    assert over.to_date.tier_reached == last_day.to_date.tier_reached  # final
    if kind is not RebateKind.FIXED_PERCENT:
        assert last_day.distance_to_next_tier is not None


# -- properties: buying exactly the distance reaches the tier, a cent less does not ---------

amounts = st.decimals(min_value=0, max_value=5_000_000, places=2, allow_nan=False)
rates = st.decimals(min_value=0, max_value=20, places=2, allow_nan=False)
kinds = st.sampled_from([RebateKind.WHOLE_VOLUME_TIERS, RebateKind.BANDED_TIERS, RebateKind.GROWTH])


@st.composite
def schedules(draw) -> tuple[Tier, ...]:
    thresholds = sorted(draw(st.sets(amounts, min_size=1, max_size=5)))
    return tuple(Tier(t, draw(rates)) for t in thresholds)


@settings(max_examples=200, deadline=None)
@given(kinds, schedules(), amounts, amounts)
def test_buying_the_distance_reaches_the_next_tier_and_a_cent_less_does_not(
    kind: RebateKind, tiers: tuple[Tier, ...], volume: Decimal, baseline: Decimal
) -> None:
    agreed = RebateTerms(kind, tiers, currency="EUR")
    last_year = baseline if kind is RebateKind.GROWTH else None
    result = rebate_for(agreed, volume, last_year)
    assume(result.next_tier is not None)
    needed = result.distance_to_next_tier
    assert needed is not None and needed > 0
    after = rebate_for(agreed, volume + needed, last_year)
    assert after.tier_reached is not None
    assert after.tier_reached.threshold >= result.next_tier.threshold
    short = rebate_for(agreed, volume + needed - CENT, last_year)
    assert short.tier_reached is None or short.tier_reached.threshold < result.next_tier.threshold


@settings(max_examples=150, deadline=None)
@given(schedules(), amounts, amounts, st.integers(min_value=1, max_value=365))
def test_an_accrual_needs_what_the_full_period_needs(
    tiers: tuple[Tier, ...], volume: Decimal, baseline: Decimal, covered: int
) -> None:
    # whatever the run-rate, what is still to buy by 31 December is what the whole
    # year's sales must reach against the whole baseline
    growth = RebateTerms(RebateKind.GROWTH, tiers, currency="EUR")
    through = date(2026, 1, 1).toordinal() + covered - 1
    result = accrual(
        growth,
        volume,
        (baseline * covered / 365).quantize(CENT),
        *YEAR,
        date(2026, 12, 31),
        last_year_full=baseline,
        figures_through=date.fromordinal(through),
    )
    assume(result.next_tier is not None)
    assert result.distance_to_next_tier == max(D(0), baseline + result.next_tier.threshold - volume)
    year_end = rebate_for(growth, volume + result.distance_to_next_tier, baseline)
    assert year_end.tier_reached is not None
    assert year_end.tier_reached.threshold >= result.next_tier.threshold
