"""An annual target broken down into months and quarters, to the last cent or dong."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.money import minor_unit
from acct_desktop.domain.target_breakdown import (
    BreakdownError,
    BreakdownMethod,
    break_down,
    by_seasonality,
    by_weights,
    evenly,
    from_quarters,
    quarters_of,
    seasonality_weights,
    split_exact,
    with_month,
    with_quarter,
    year_of,
)

D = Decimal


def amounts(places: int, high: int = 10**16) -> st.SearchStrategy[Decimal]:
    """Amounts a Money column holds, written with the currency's decimals."""
    return st.integers(0, high).map(lambda units: D(units).scaleb(-places))


weights12 = st.lists(
    st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False), min_size=12, max_size=12
)


def test_an_even_year_gives_the_odd_cents_to_the_first_months() -> None:
    months = evenly(D("100.00"), 2)
    assert months[:4] == (D("8.34"),) * 4
    assert months[4:] == (D("8.33"),) * 8
    assert year_of(months) == D("100.00")
    assert quarters_of(months) == (D("25.02"), D("25.00"), D("24.99"), D("24.99"))


def test_vnd_has_no_decimals_so_months_are_whole_dong() -> None:
    months = evenly(D("1000000"), minor_unit("VND"))
    assert all(m == m.to_integral_value() for m in months)
    assert year_of(months) == D("1000000")


def test_a_vnd_target_with_decimals_is_refused_in_a_sentence() -> None:
    with pytest.raises(BreakdownError, match="more decimals"):
        evenly(D("1000.5"), minor_unit("VND"))


def test_a_zero_target_is_twelve_zero_months() -> None:
    assert evenly(D("0.00"), 2) == (D("0.00"),) * 12
    assert by_seasonality(D("0"), 0, [D(5)] * 12) == (D("0"),) * 12


def test_seasonality_follows_last_years_months() -> None:
    history = [D(100)] * 6 + [D(300)] * 6  # a strong second half
    months = by_seasonality(D("1200.00"), 2, history)
    assert months == (D("50.00"),) * 6 + (D("150.00"),) * 6


def test_a_month_without_history_counts_as_an_average_month() -> None:
    history: list[Decimal | None] = [None, *([D(100)] * 11)]
    assert seasonality_weights(history)[0] == D(100)
    months = by_seasonality(D("1200"), 0, history)
    assert months == (D(100),) * 12


def test_no_history_or_only_zeros_means_even() -> None:
    assert by_seasonality(D("120"), 0, [None] * 12) == evenly(D("120"), 0)
    assert by_seasonality(D("120"), 0, [D(0)] * 12) == evenly(D("120"), 0)


def test_a_month_of_returns_counts_as_zero_not_as_negative() -> None:
    history = [D(-50), *([D(100)] * 11)]
    assert by_seasonality(D("1100"), 0, history)[0] == D(0)


def test_seasonality_needs_twelve_months() -> None:
    with pytest.raises(BreakdownError, match="12 months"):
        seasonality_weights([D(1)] * 11)


def test_quarter_weights_split_the_year_then_each_quarter_evenly() -> None:
    months = by_weights(D("1000"), 0, [D(1), D(2), D(3), D(4)])
    assert quarters_of(months) == (D(100), D(200), D(300), D(400))
    assert months[:3] == (D(34), D(33), D(33))


def test_twelve_month_weights_are_used_as_given() -> None:
    months = by_weights(D("66.00"), 2, [D(0)] * 11 + [D(1)])
    assert months == (D("0.00"),) * 11 + (D("66.00"),)


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([D(1)] * 5, "12 month weights or 4 quarter weights"),
        ([D(1), D(-1), D(1), D(1)], "negative"),
        ([D(0)] * 4, "above zero"),
    ],
)
def test_impossible_weights_are_refused(weights: list[Decimal], message: str) -> None:
    with pytest.raises(BreakdownError, match=message):
        by_weights(D("100"), 2, weights)


def test_break_down_chooses_the_method() -> None:
    total = D("1200")
    assert break_down(total, 0, BreakdownMethod.EVEN) == evenly(total, 0)
    history = [D(1)] * 11 + [D(12)]
    assert break_down(total, 0, BreakdownMethod.SEASONALITY, history=history)[-1] > D(100)
    with pytest.raises(BreakdownError, match="needs the weights"):
        break_down(total, 0, BreakdownMethod.WEIGHTS)


def test_editing_a_month_moves_only_that_month_its_quarter_and_the_year() -> None:
    months = evenly(D("1200"), 0)
    edited = with_month(months, 2, D(400), 0)
    assert edited[1] == D(400)
    assert [m for i, m in enumerate(edited) if i != 1] == [D(100)] * 11
    assert quarters_of(edited)[0] == D(600)
    assert year_of(edited) == D(1500)


def test_editing_a_quarter_scales_its_months_in_proportion() -> None:
    months = (D(10), D(20), D(30), *([D(100)] * 9))
    edited = with_quarter(months, 1, D(120), 0)
    assert edited[:3] == (D(20), D(40), D(60))
    assert edited[3:] == months[3:]


def test_editing_a_quarter_of_zeros_spreads_it_evenly() -> None:
    edited = with_quarter((D(0),) * 12, 4, D("10.00"), 2)
    assert edited[9:] == (D("3.34"), D("3.33"), D("3.33"))


def test_editing_a_month_or_quarter_that_does_not_exist_is_refused() -> None:
    months = evenly(D("12"), 0)
    with pytest.raises(BreakdownError, match="no month 13"):
        with_month(months, 13, D(1), 0)
    with pytest.raises(BreakdownError, match="no quarter 0"):
        with_quarter(months, 0, D(1), 0)


def test_quarters_keep_their_figures_when_broken_into_months() -> None:
    quarters = (D("100.01"), D("0.00"), D("33.33"), D("7.00"))
    months = from_quarters(quarters, 2)
    assert quarters_of(months) == quarters


def test_huge_targets_stay_exact() -> None:
    total = D("9999999999999999.99")  # the largest a Money column holds
    months = evenly(total, 2)
    assert year_of(months) == total


@pytest.mark.parametrize("currency", ["EUR", "CNY", "VND"])
@given(data=st.data())
def test_months_always_add_up_to_the_year_exactly(currency: str, data: st.DataObject) -> None:
    places = minor_unit(currency)
    total = data.draw(amounts(places))
    weights = [D(w) for w in data.draw(weights12)]
    months = split_exact(total, weights, places)
    assert year_of(months) == total
    assert sum(quarters_of(months)) == total
    assert all(m >= 0 for m in months)
    assert all(places_ok(m, places) for m in months)
    # No month is a whole unit or more off its exact share.
    whole = sum(weights) or D(12)
    unit = D(1).scaleb(-places)
    for month, weight in zip(months, weights, strict=True):
        share = total * (weight if any(weights) else D(1)) / whole
        assert abs(month - share) < unit


def places_ok(amount: Decimal, places: int) -> bool:
    return amount == amount.quantize(D(1).scaleb(-places))


@given(
    total=amounts(2),
    quarter=st.integers(1, 4),
    new=amounts(2),
    weights=weights12,
)
def test_a_quarter_edit_keeps_every_other_quarter_and_sets_this_one_exactly(
    total: Decimal, quarter: int, new: Decimal, weights: list[Decimal]
) -> None:
    months = split_exact(total, weights, 2)
    edited = with_quarter(months, quarter, new, 2)
    before, after = quarters_of(months), quarters_of(edited)
    assert after[quarter - 1] == new
    assert [a for i, a in enumerate(after) if i != quarter - 1] == [
        b for i, b in enumerate(before) if i != quarter - 1
    ]


@given(
    weights=st.lists(st.decimals(max_value=D("-0.001"), places=3, allow_nan=False), min_size=1),
)
def test_a_negative_weight_is_always_refused(weights: list[Decimal]) -> None:
    with pytest.raises(BreakdownError):
        split_exact(D("100.00"), [D(1), *weights], 2)
