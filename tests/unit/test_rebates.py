"""Rebate engine: hand-computed cases per kind, accrual, roll-up, parser, and properties."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.rebates import (
    RebateBasis,
    RebateTerms,
    Tier,
    accrual,
    format_tiers,
    parse_tiers,
    rebate_for,
    rolled_up_volume,
)

D = Decimal
STANDARD = (Tier(D(0), D(1)), Tier(D(100_000), D(2)), Tier(D(250_000), D(3)))


def whole(*tiers: Tier, currency: str = "USD") -> RebateTerms:
    return RebateTerms(RebateKind.WHOLE_VOLUME_TIERS, tiers or STANDARD, currency=currency)


def banded(*tiers: Tier, currency: str = "USD") -> RebateTerms:
    return RebateTerms(RebateKind.BANDED_TIERS, tiers or STANDARD, currency=currency)


def fixed(percent: str, currency: str = "USD") -> RebateTerms:
    return RebateTerms(RebateKind.FIXED_PERCENT, fixed_percent=D(percent), currency=currency)


GROWTH = RebateTerms(RebateKind.GROWTH, (Tier(D(0), D(2)), Tier(D(50_000), D(5))))


# --- whole-volume tiers -------------------------------------------------------------------


def test_whole_volume_applies_top_rate_to_everything() -> None:
    result = rebate_for(whole(), D(300_000))
    assert result.amount == D("9000.00")
    assert result.rate_applied == D(3)
    assert result.tier_reached == STANDARD[2]
    assert result.next_tier is None
    assert result.distance_to_next_tier is None


@pytest.mark.parametrize(
    ("volume", "expected", "rate"),
    [
        ("99999.99", "1000.00", "1"),  # 999.9999 rounds half-up
        ("100000", "2000.00", "2"),  # exactly at the threshold the tier is reached
        ("249999", "4999.98", "2"),
        ("250000", "7500.00", "3"),
        ("0", "0.00", "1"),
    ],
)
def test_whole_volume_boundaries(volume: str, expected: str, rate: str) -> None:
    result = rebate_for(whole(), D(volume))
    assert result.amount == D(expected)
    assert result.rate_applied == D(rate)


def test_distance_to_next_tier() -> None:
    result = rebate_for(whole(), D(180_000))
    assert result.tier_reached == STANDARD[1]
    assert result.next_tier == STANDARD[2]
    assert result.distance_to_next_tier == D(70_000)


def test_distance_exactly_at_threshold_points_to_the_following_tier() -> None:
    result = rebate_for(whole(), D(100_000))
    assert result.next_tier == STANDARD[2]
    assert result.distance_to_next_tier == D(150_000)


def test_first_tier_above_zero_earns_nothing_below_it() -> None:
    terms = whole(Tier(D(50_000), D(2)), Tier(D(100_000), D(4)))
    below = rebate_for(terms, D(40_000))
    assert below.amount == D("0.00")
    assert below.tier_reached is None
    assert below.rate_applied == D(0)
    assert below.next_tier == Tier(D(50_000), D(2))
    assert below.distance_to_next_tier == D(10_000)
    assert rebate_for(terms, D(50_000)).amount == D("1000.00")


def test_unsorted_tiers_are_sorted() -> None:
    terms = whole(STANDARD[2], STANDARD[0], STANDARD[1])
    assert terms.tiers == STANDARD
    assert rebate_for(terms, D(300_000)).amount == D("9000.00")


# --- banded tiers -------------------------------------------------------------------------


def test_banded_taxes_each_band_at_its_own_rate() -> None:
    result = rebate_for(banded(), D(300_000))
    assert result.amount == D("5500.00")
    assert [(line.base, line.rate_percent, line.amount) for line in result.breakdown] == [
        (D(100_000), D(1), D(1000)),
        (D(150_000), D(2), D(3000)),
        (D(50_000), D(3), D(1500)),
    ]
    assert result.rate_applied == D(3)  # marginal rate
    assert result.effective_rate_percent.quantize(D("0.0001")) == D("1.8333")


def test_banded_exactly_at_threshold() -> None:
    result = rebate_for(banded(), D(250_000))
    assert result.amount == D("4000.00")
    assert result.tier_reached == STANDARD[2]
    assert result.distance_to_next_tier is None


def test_banded_first_band_above_zero() -> None:
    terms = banded(Tier(D(100), D(10)), Tier(D(200), D(20)))
    assert rebate_for(terms, D(150)).amount == D("5.00")
    assert rebate_for(terms, D(250)).amount == D("20.00")  # 100×10% + 50×20%
    assert rebate_for(terms, D(50)).amount == D("0.00")


# --- growth -------------------------------------------------------------------------------


def test_growth_rebate_on_growth_over_last_year() -> None:
    result = rebate_for(GROWTH, D(300_000), last_year=D(200_000))
    assert result.base == D(100_000)
    assert result.rate_applied == D(5)
    assert result.amount == D("5000.00")


def test_growth_below_growth_threshold_and_distance() -> None:
    result = rebate_for(GROWTH, D(230_000), last_year=D(200_000))
    assert result.amount == D("600.00")  # 30,000 × 2%
    assert result.distance_to_next_tier == D(20_000)


def test_decline_earns_nothing() -> None:
    result = rebate_for(GROWTH, D(150_000), last_year=D(200_000))
    assert result.base == D(0)
    assert result.amount == D("0.00")


def test_growth_needs_last_year() -> None:
    with pytest.raises(ValueError, match="last year"):
        rebate_for(GROWTH, D(1))


# --- fixed % and rounding -----------------------------------------------------------------


def test_fixed_percent() -> None:
    result = rebate_for(fixed("2.5"), D("12345.67"))
    assert result.amount == D("308.64")  # 308.64175
    assert result.rate_applied == D("2.5")
    assert result.tier_reached is None
    assert result.distance_to_next_tier is None


def test_vnd_rounds_to_whole_dong_half_up() -> None:
    assert rebate_for(fixed("1", "VND"), D(150)).amount == D(2)  # 1.5 → 2
    assert rebate_for(fixed("1", "VND"), D(149)).amount == D(1)
    assert rebate_for(whole(currency="VND"), D(300_050)).amount == D(9002)  # 9001.5 → 9002


def test_rounding_happens_once_at_the_end() -> None:
    # Three bands each worth x.005 would round up three times if rounded per band.
    terms = banded(Tier(D(0), D(1)), Tier(D("0.5"), D(1)), Tier(D(1), D(1)))
    result = rebate_for(terms, D("1.5"))
    assert sum(line.amount for line in result.breakdown) == D("0.015")
    assert result.amount == D("0.02")


def test_quantity_basis_prices_the_rebate_at_average_price() -> None:
    terms = RebateTerms(
        RebateKind.WHOLE_VOLUME_TIERS,
        (Tier(D(0), D(1)), Tier(D(1000), D(2))),
        basis=RebateBasis.QUANTITY,
    )
    result = rebate_for(terms, D(1200), amount=D(6000))  # 1,200 L reaches 2%, on 6,000 sales
    assert result.amount == D("120.00")
    assert result.distance_to_next_tier is None
    with pytest.raises(ValueError, match="amount"):
        rebate_for(terms, D(1200))


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: rebate_for(whole(), 100.0),
        lambda: Tier(0.0, D(1)),
        lambda: Tier(D(0), 1.5),
        lambda: fixed_float(),
        lambda: accrual(
            fixed("1"), D(1), None, date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 1), 0.5
        ),
    ],
)
def test_floats_are_refused(call) -> None:
    with pytest.raises(TypeError, match="Decimal"):
        call()


def fixed_float() -> RebateTerms:
    return RebateTerms(RebateKind.FIXED_PERCENT, fixed_percent=2.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": RebateKind.WHOLE_VOLUME_TIERS, "tiers": ()}, "at least one tier"),
        (
            {"kind": RebateKind.WHOLE_VOLUME_TIERS, "tiers": (Tier(D(0), D(1)), Tier(D(0), D(2)))},
            "duplicate",
        ),
        ({"kind": RebateKind.FIXED_PERCENT}, "need a fixed_percent"),
        (
            {"kind": RebateKind.FIXED_PERCENT, "fixed_percent": D(1), "tiers": STANDARD},
            "no tiers",
        ),
        (
            {"kind": RebateKind.BANDED_TIERS, "fixed_percent": D(1), "tiers": STANDARD},
            "not a fixed_percent",
        ),
    ],
)
def test_terms_validation(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RebateTerms(**kwargs)


def test_negative_values_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        Tier(D(-1), D(1))
    with pytest.raises(ValueError, match="negative"):
        rebate_for(whole(), D(-5))
    with pytest.raises(ValueError, match="finite"):
        rebate_for(whole(), D("NaN"))


# --- accrual ------------------------------------------------------------------------------


START, END = date(2024, 1, 1), date(2024, 1, 30)


def test_accrual_projects_linearly_halfway_through() -> None:
    result = accrual(whole(), D(150_000), None, START, END, date(2024, 1, 15))
    assert (result.elapsed_days, result.total_days) == (15, 30)
    assert result.earned_to_date == D("3000.00")  # 150k × 2%
    assert result.projected_volume == D(300_000)
    assert result.projected_rebate == D("9000.00")  # 300k × 3%
    assert result.distance_to_next_tier == D(100_000)
    assert result.still_to_settle == D("3000.00")


def test_accrual_deducts_partial_settlements() -> None:
    result = accrual(banded(), D(300_000), None, START, END, END, settled=D("2000.00"))
    assert result.earned_to_date == D("5500.00")
    assert result.projected_volume == D(300_000)  # period over: no extrapolation
    assert result.settled == D("2000.00")
    assert result.still_to_settle == D("3500.00")


def test_accrual_before_period_start_does_not_extrapolate() -> None:
    result = accrual(fixed("1"), D(0), None, START, END, date(2023, 12, 1))
    assert result.elapsed_days == 0
    assert result.projected_volume == D(0)
    assert result.projected_rebate == D("0.00")


def test_accrual_growth_projects_last_year_too() -> None:
    result = accrual(GROWTH, D(150_000), D(100_000), START, END, date(2024, 1, 15))
    assert result.earned_to_date == D("2500.00")  # growth 50k reaches 5%
    assert result.projected.base == D(100_000)  # 300k − 200k
    assert result.projected_rebate == D("5000.00")
    full = accrual(
        GROWTH, D(150_000), D(100_000), START, END, date(2024, 1, 15), last_year_full=D(280_000)
    )
    assert full.projected_rebate == D("400.00")  # 20k growth × 2%


def test_accrual_refuses_inverted_period() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        accrual(fixed("1"), D(1), None, END, START, END)


# --- roll-up ------------------------------------------------------------------------------

PARENT_OF = {"hq": None, "ro": "hq", "dc": "ro", "s1": "dc", "s2": "dc", "w1": "hq", "x": None}
VOLUMES = {"hq": D(1), "ro": D(10), "dc": D(100), "s1": D(1000), "s2": D(10_000), "w1": D(5)}


@pytest.mark.parametrize(
    ("account", "expected"),
    [("hq", "11116"), ("ro", "11110"), ("dc", "11100"), ("s1", "1000"), ("x", "0")],
)
def test_rolled_up_volume_counts_each_account_once(account: str, expected: str) -> None:
    assert rolled_up_volume(account, PARENT_OF, VOLUMES) == D(expected)


def test_rolled_up_volume_refuses_cycles() -> None:
    cyclic = {"a": "c", "b": "a", "c": "b"}
    with pytest.raises(ValueError, match="cycle"):
        rolled_up_volume("a", cyclic, {"a": D(1)})
    with pytest.raises(ValueError, match="cycle"):
        rolled_up_volume("a", {"a": "a"}, {"a": D(1)})


def test_rolled_up_volume_refuses_float_volumes() -> None:
    with pytest.raises(TypeError):
        rolled_up_volume("hq", {"hq": None}, {"hq": 1.0})


# --- parser -------------------------------------------------------------------------------


def test_parse_tiers() -> None:
    assert parse_tiers("0:10, 100:20,300:30%") == [
        Tier(D(0), D(10)),
        Tier(D(100), D(20)),
        Tier(D(300), D(30)),
    ]
    assert parse_tiers("100_000:2.5") == [Tier(D(100_000), D("2.5"))]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0:10,100-20", "tier 2 '100-20': expected THRESHOLD:RATE"),
        ("", "no tiers given"),
        ("0:10,,5:1", "tier 2 '': expected THRESHOLD:RATE"),
        ("abc:1", "tier 1 'abc:1': threshold 'abc' is not a number"),
        ("0:x", "tier 1 '0:x': rate 'x' is not a number"),
        ("-5:1", "threshold '-5' is not a number"),
        ("0:1,0:2", "tier 2 '0:2': duplicate threshold 0"),
        ("0:1:2", "expected THRESHOLD:RATE"),
    ],
)
def test_parse_tiers_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_tiers(text)
    assert message in str(excinfo.value)


# --- properties ---------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)
rates = st.decimals(min_value=0, max_value=50, places=2, allow_nan=False)


@st.composite
def increasing_tiers(draw) -> tuple[Tier, ...]:
    thresholds = sorted(draw(st.sets(amounts, min_size=1, max_size=5)))
    rate_list = sorted(draw(st.lists(rates, min_size=len(thresholds), max_size=len(thresholds))))
    return tuple(Tier(t, r) for t, r in zip(thresholds, rate_list, strict=True))


FAST = settings(max_examples=60, deadline=None)


@FAST
@given(increasing_tiers(), amounts)
def test_banded_never_exceeds_whole_volume(tiers: tuple[Tier, ...], volume: Decimal) -> None:
    assert rebate_for(banded(*tiers), volume).amount <= rebate_for(whole(*tiers), volume).amount


@FAST
@given(
    st.lists(st.tuples(amounts, rates), min_size=1, max_size=5, unique_by=lambda p: p[0]),
    amounts,
    amounts,
)
def test_banded_is_monotonic(pairs, a: Decimal, b: Decimal) -> None:
    terms = banded(*(Tier(t, r) for t, r in pairs))
    low, high = sorted((a, b))
    assert rebate_for(terms, low).amount <= rebate_for(terms, high).amount


@FAST
@given(rates, amounts, amounts)
def test_fixed_is_monotonic(rate: Decimal, a: Decimal, b: Decimal) -> None:
    terms = RebateTerms(RebateKind.FIXED_PERCENT, fixed_percent=rate)
    low, high = sorted((a, b))
    assert rebate_for(terms, low).amount <= rebate_for(terms, high).amount


@FAST
@given(
    st.lists(st.tuples(amounts, rates), min_size=1, max_size=5, unique_by=lambda p: p[0]),
    amounts,
    amounts,
)
def test_whole_volume_rate_changes_only_at_thresholds(pairs, a: Decimal, b: Decimal) -> None:
    terms = whole(*(Tier(t, r) for t, r in pairs))
    low, high = sorted((a, b))
    first, second = rebate_for(terms, low), rebate_for(terms, high)
    crossed = any(low < tier.threshold <= high for tier in terms.tiers)
    if not crossed:
        assert first.rate_applied == second.rate_applied
    for volume, result in ((low, first), (high, second)):
        assert result.amount == (volume * result.rate_applied / 100).quantize(
            D("0.01"), ROUND_HALF_UP
        )


@FAST
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10**9, allow_nan=False, allow_infinity=False),
            st.decimals(min_value=0, max_value=100, allow_nan=False, allow_infinity=False),
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda p: p[0],
    )
)
def test_parse_format_round_trip(pairs) -> None:
    tiers = [Tier(t, r) for t, r in pairs]
    assert parse_tiers(format_tiers(tiers)) == tiers
