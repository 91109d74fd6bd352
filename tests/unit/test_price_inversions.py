"""A bigger quantity priced above a smaller one: found at every break, with both rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.pricing import (
    PriceInversion,
    PriceStep,
    price_inversions,
    price_steps,
    resolve_price,
)
from tests.unit.test_pricing import fixed, request

D = Decimal
BAND = fixed("CH-10", "9.00", scope=PolicyScope.CHANNEL, scope_ref="chain_store")


def account_deal(rule_id: str, price: str, from_qty: int) -> object:
    return fixed(
        rule_id, price, scope=PolicyScope.ACCOUNT, scope_ref="A-3", min_quantity=D(from_qty)
    )


def test_an_account_from_50_deal_above_the_channel_price_is_an_inversion() -> None:
    # the QA's case: 49 → 8.82 (channel), 50 → 9.02 (the account's "from 50")
    rules = [fixed("CH", "8.82", scope=PolicyScope.CHANNEL, scope_ref="chain_store"),
             account_deal("ACC-50", "9.02", 50)]  # fmt: skip
    steps = price_steps(request(), rules)
    assert steps == [PriceStep(D(0), D("8.82"), "CH"), PriceStep(D(50), D("9.02"), "ACC-50")]
    assert price_inversions(steps) == [PriceInversion(steps[0], steps[1])]


@pytest.mark.parametrize(
    ("deal_price", "inverted"),
    [("9.01", True), ("9.00", False), ("8.99", False)],  # a tie is no inversion
)
def test_only_a_strictly_higher_price_is_an_inversion(deal_price: str, inverted: bool) -> None:
    steps = price_steps(request(), [BAND, account_deal("ACC", deal_price, 10)])
    assert bool(price_inversions(steps)) is inverted


def test_every_break_is_priced_and_each_step_up_reported() -> None:
    rules = [BAND, account_deal("A10", "8.50", 10), account_deal("A50", "8.80", 50),
             account_deal("A100", "8.00", 100)]  # fmt: skip
    steps = price_steps(request(), rules)
    assert [(s.quantity, s.price, s.rule) for s in steps] == [
        (D(0), D("9.00"), "CH-10"),
        (D(10), D("8.50"), "A10"),
        (D(50), D("8.80"), "A50"),
        (D(100), D("8.00"), "A100"),
    ]
    [inversion] = price_inversions(steps)
    assert (inversion.lower.rule, inversion.higher.rule) == ("A10", "A50")


def test_below_the_first_break_the_list_price_may_stand() -> None:
    steps = price_steps(request(), [account_deal("A50", "10.50", 50)])
    assert steps[0] == PriceStep(D(0), D("10.00"), None)  # the list price
    assert price_inversions(steps)[0].higher.rule == "A50"


def test_no_break_no_steps_and_rules_that_cannot_apply_add_none() -> None:
    assert price_steps(request(), [BAND]) == []
    other_account = fixed("X", "99", scope=PolicyScope.ACCOUNT, scope_ref="B-1", min_quantity=D(5))
    other_currency = fixed("USD", "99", scope=PolicyScope.ACCOUNT, scope_ref="A-3",
                           min_quantity=D(5), currency="USD")  # fmt: skip
    assert price_steps(request(), [BAND, other_account, other_currency]) == []


prices = st.decimals(min_value=D("0.01"), max_value=D(1000), places=2)
breaks = st.integers(min_value=1, max_value=500)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(breaks, prices), min_size=1, max_size=5, unique_by=lambda p: p[0]),
       prices, st.integers(min_value=1, max_value=600))  # fmt: skip
def test_the_steps_are_the_price_at_every_quantity(pairs, band: Decimal, quantity: int) -> None:
    """Whatever the breaks, the price of any quantity is the step it falls in, and an
    inversion is reported exactly where a step is dearer than the one before it."""
    rules = [fixed("CH", str(band), scope=PolicyScope.CHANNEL, scope_ref="chain_store")]
    rules += [account_deal(f"A{q}", str(p), q) for q, p in pairs]
    steps = price_steps(request(), rules)
    step = [s for s in steps if s.quantity <= quantity][-1]
    assert resolve_price(request(quantity=D(quantity)), rules).price == step.price

    def price(q: Decimal) -> Decimal:
        return resolve_price(request(quantity=q), rules).price

    # a step up where the price at a break beats the price half a unit below it
    ups = {q for q, _ in pairs if price(D(q)) > price(D(q) - D("0.5"))}
    assert {i.higher.quantity for i in price_inversions(steps)} == ups
