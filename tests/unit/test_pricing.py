"""The pricing engine: precedence, validity, quantity breaks, units, formulas, guards, checks."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.pricing import (
    BaseKind,
    FlagKind,
    Guards,
    Outcome,
    PriceRequest,
    PriceRule,
    ProblemKind,
    RuleKind,
    RuleLoopError,
    check_price,
    check_rules,
    find_rule_loops,
    guards_for,
    resolve_price,
)
from acct_desktop.domain.pricing_rules import convert_unit_price, unit_factor

D = Decimal
TODAY = date(2026, 2, 15)


def request(**changes: object) -> PriceRequest:
    """A request for 40 kg of P-1 (category OIL) by store A-3 (parent A-2, grandparent A-1)."""
    values: dict[str, object] = {
        "account_id": "A-3",
        "account_ancestry": ("A-3", "A-2", "A-1"),
        "channel": "chain_store",
        "territory_ancestry": ("T-city", "T-region", "T-country"),
        "product_id": "P-1",
        "category": "OIL",
        "quantity": D(40),
        "unit": "kg",
        "on": TODAY,
        "currency": "EUR",
        "list_price": D("10.00"),
        "cost": D("6.00"),
    }
    values.update(changes)
    return PriceRequest(**values)  # type: ignore[arg-type]


def fixed(rule_id: str, price: str, **changes: object) -> PriceRule:
    return PriceRule(id=rule_id, kind=RuleKind.FIXED, price=D(price), **changes)  # type: ignore[arg-type]


def formula(rule_id: str, **changes: object) -> PriceRule:
    return PriceRule(id=rule_id, kind=RuleKind.FORMULA, **changes)  # type: ignore[arg-type]


def reason_of(result, rule_id: str) -> str:
    return next(c.reason for c in result.breakdown if c.rule == rule_id)


# --- Odoo's documented cases ---------------------------------------------------------------


def test_odoo_discount_then_surcharge() -> None:
    rule = formula("R-1", discount_percent=D(6), surcharge=D(5))
    result = resolve_price(request(list_price=D("1.98")), [rule])
    assert result.price == D("6.86")
    assert result.rule == "R-1"


def test_odoo_min_margin_raises_price_and_max_margin_caps() -> None:
    rule = formula("R-1", min_margin=D(10), max_margin=D(100))
    assert resolve_price(request(list_price=D("1.98")), [rule]).price == D("11.98")
    capped = formula("R-2", surcharge=D(500), max_margin=D(100))
    assert resolve_price(request(list_price=D("1.98")), [capped]).price == D("101.98")


# --- precedence ------------------------------------------------------------------------------


ACCOUNT = {"scope": PolicyScope.ACCOUNT, "scope_ref": "A-3"}
PARENT = {"scope": PolicyScope.ACCOUNT, "scope_ref": "A-2"}
GRANDPARENT = {"scope": PolicyScope.ACCOUNT, "scope_ref": "A-1"}
CHANNEL = {"scope": PolicyScope.CHANNEL, "scope_ref": "chain_store"}
CITY = {"scope": PolicyScope.TERRITORY, "scope_ref": "T-city"}
REGION = {"scope": PolicyScope.TERRITORY, "scope_ref": "T-region"}
EVERYONE = {"scope": PolicyScope.GLOBAL}
CUSTOMER_ORDER = [ACCOUNT, PARENT, GRANDPARENT, CHANNEL, CITY, REGION, EVERYONE]


@pytest.mark.parametrize("winner", range(len(CUSTOMER_ORDER)))
def test_customer_precedence(winner: int) -> None:
    rules = [fixed(f"R-{i}", f"{i + 1}", **scope) for i, scope in enumerate(CUSTOMER_ORDER)]
    result = resolve_price(request(), rules[winner:])
    assert result.rule == f"R-{winner}"
    for loser in range(winner + 1, len(CUSTOMER_ORDER)):
        assert reason_of(result, f"R-{loser}") == f"less specific than R-{winner}"


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        ({"product": {"product_id": "P-1"}, "cat": {"category": "OIL"}, "all": {}}, "product"),
        ({"cat": {"category": "OIL"}, "all": {}}, "cat"),
        ({"all": {}}, "all"),
    ],
)
def test_product_precedence(sides: dict[str, dict[str, str]], expected: str) -> None:
    rules = [fixed(name, "5", **side) for name, side in sides.items()]
    assert resolve_price(request(), rules).rule == expected


def test_customer_side_outranks_product_side() -> None:
    rules = [fixed("everyone-product", "5", product_id="P-1"), fixed("account-all", "7", **ACCOUNT)]
    assert resolve_price(request(), rules).rule == "account-all"


def test_rules_for_other_accounts_products_and_channels_are_skipped() -> None:
    rules = [
        fixed("other-account", "1", scope=PolicyScope.ACCOUNT, scope_ref="A-9"),
        fixed("other-product", "2", product_id="P-2"),
        fixed("other-category", "3", category="GREASE"),
        fixed("other-channel", "4", scope=PolicyScope.CHANNEL, scope_ref="fleet"),
        fixed("other-territory", "5", scope=PolicyScope.TERRITORY, scope_ref="T-elsewhere"),
    ]
    result = resolve_price(request(), rules)
    assert result.rule is None
    assert result.price == D("10.00")
    assert all(c.outcome is Outcome.SKIPPED for c in result.breakdown)


def test_account_id_counts_even_when_ancestry_omits_it() -> None:
    rules = [fixed("own", "3", **ACCOUNT), fixed("parent", "4", **PARENT)]
    assert resolve_price(request(account_ancestry=("A-2", "A-1")), rules).rule == "own"


# --- validity --------------------------------------------------------------------------------


def test_rule_outside_validity_falls_through_to_next() -> None:
    q1 = {"valid_from": date(2026, 1, 1), "valid_to": date(2026, 3, 31)}
    rules = [fixed("R-7", "3", **ACCOUNT, **q1), fixed("R-8", "8")]
    result = resolve_price(request(on=date(2026, 4, 1)), rules)
    assert result.rule == "R-8"
    assert result.price == D("8.00")
    assert reason_of(result, "R-7") == "outside validity 2026-01-01..2026-03-31"
    assert resolve_price(request(on=date(2026, 3, 31)), rules).rule == "R-7"


def test_expired_only_rule_yields_list_price_not_zero() -> None:
    rule = fixed("R-1", "0", valid_to=date(2025, 12, 31))
    result = resolve_price(request(), [rule])
    assert result.price == D("10.00")
    assert result.rule is None
    assert reason_of(result, "R-1") == "outside validity ..2025-12-31"


def test_inactive_and_other_currency_rules_are_skipped() -> None:
    rules = [fixed("off", "1", active=False), fixed("usd", "2", currency="USD")]
    result = resolve_price(request(), rules)
    assert result.rule is None
    assert reason_of(result, "off") == "inactive"
    assert reason_of(result, "usd") == "currency USD is not EUR"


# --- minimum-quantity breaks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("quantity", "expected"), [(9, "q0"), (10, "q10"), (49, "q10"), (50, "q50"), (500, "q50")]
)
def test_min_quantity_breaks(quantity: int, expected: str) -> None:
    rules = [
        fixed("q0", "10"),
        fixed("q10", "9", min_quantity=D(10)),
        fixed("q50", "8", min_quantity=D(50)),
    ]
    assert resolve_price(request(quantity=D(quantity)), rules).rule == expected


def test_min_quantity_reason_names_break_and_quantity() -> None:
    result = resolve_price(request(), [fixed("q50", "8", min_quantity=D(50)), fixed("q0", "9")])
    assert reason_of(result, "q50") == "min qty 50 > 40"
    assert result.rule == "q0"


def test_more_specific_rule_beats_higher_quantity_break() -> None:
    rules = [fixed("account", "9", **ACCOUNT), fixed("bulk", "5", min_quantity=D(10))]
    result = resolve_price(request(), rules)
    assert result.rule == "account"
    assert reason_of(result, "bulk") == "less specific than account"


def test_lower_break_is_reported_as_outranked() -> None:
    rules = [fixed("q0", "10"), fixed("q10", "9", min_quantity=D(10))]
    result = resolve_price(request(), rules)
    assert reason_of(result, "q0") == "lower min qty break than q10"


# --- units -----------------------------------------------------------------------------------


def test_price_per_tonne_applies_to_kg() -> None:
    result = resolve_price(request(), [fixed("R-t", "1500", unit="t")])
    assert result.price == D("1.50")


def test_quantity_break_in_tonnes_against_kg_request() -> None:
    rule = fixed("R-t", "1500", unit="t", min_quantity=D(1))
    assert resolve_price(request(quantity=D(999)), [rule]).rule is None
    assert resolve_price(request(quantity=D(1000)), [rule]).rule == "R-t"


def test_impossible_unit_conversion_skips_rule() -> None:
    result = resolve_price(request(), [fixed("R-L", "2", unit="L")])
    assert result.rule is None
    assert reason_of(result, "R-L") == "cannot convert unit L to kg"


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [("kg", "g", "1000"), ("t", "kg", "1000"), ("L", "mL", "1000"), ("pack", "pack", "1")],
)
def test_unit_factors(source: str, target: str, factor: str) -> None:
    assert unit_factor(source, target) == D(factor)
    assert unit_factor(target, source) * D(factor) == 1
    assert unit_factor("pack", "kg") is None


def test_formula_amounts_are_in_rule_unit() -> None:
    # list 2.00 per kg is 2000 per t; 10 % off = 1800, rounded to 50 -> 1800, + 25 = 1825 per t.
    rule = formula("R-t", unit="t", discount_percent=D(10), round_to=D(50), surcharge=D(25))
    assert resolve_price(request(list_price=D("2.00")), [rule]).price == D("1.83")
    assert convert_unit_price(D(1825), "t", "kg") == D("1.825")


# --- formula pieces --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("list_price", "round_to", "expected"),
    [("10.00", "0.5", "9.00"), ("10.30", "0.5", "9.50"), ("10.28", "1", "9.00")],
)
def test_round_to_multiple_half_up(list_price: str, round_to: str, expected: str) -> None:
    rule = formula("R-1", discount_percent=D(10), round_to=D(round_to))
    # 10.30 × 0.9 = 9.27 -> 9.5 ; 10.28 × 0.9 = 9.252 -> 9
    assert resolve_price(request(list_price=D(list_price)), [rule]).price == D(expected)


def test_round_to_exact_half_rounds_up() -> None:
    rule = formula("R-1", round_to=D(5))
    assert resolve_price(request(list_price=D("12.50")), [rule]).price == D("15.00")


def test_percent_discount_on_cost_base() -> None:
    rule = PriceRule(
        id="R-1", kind=RuleKind.PERCENT_DISCOUNT, discount_percent=D(-25), base=BaseKind.COST
    )
    assert resolve_price(request(), [rule]).price == D("7.50")


def test_min_margin_over_cost_base() -> None:
    rule = formula("R-1", base=BaseKind.COST, discount_percent=D(50), min_margin=D("1.50"))
    assert resolve_price(request(), [rule]).price == D("7.50")


# --- OTHER_RULE chains and loops -------------------------------------------------------------


def test_chain_through_other_rule() -> None:
    rules = [
        formula("base", discount_percent=D(10), category="NONE"),
        formula("mid", base=BaseKind.OTHER_RULE, base_rule_id="base", discount_percent=D(10)),
        formula("top", base=BaseKind.OTHER_RULE, base_rule_id="mid", surcharge=D(1), **ACCOUNT),
    ]
    result = resolve_price(request(), rules)
    assert result.rule == "top"
    assert result.price == D("9.10")  # 10 × 0.9 × 0.9 + 1, rounded only at the end


def test_chain_base_outside_validity_falls_through() -> None:
    rules = [
        fixed("old", "1", valid_to=date(2025, 1, 1), category="NONE"),
        formula("top", base=BaseKind.OTHER_RULE, base_rule_id="old", **ACCOUNT),
        fixed("fallback", "8"),
    ]
    result = resolve_price(request(), rules)
    assert result.rule == "fallback"
    assert reason_of(result, "top").startswith("base rule old does not apply: outside validity")


def test_missing_base_rule_falls_through() -> None:
    rules = [formula("top", base=BaseKind.OTHER_RULE, base_rule_id="ghost")]
    result = resolve_price(request(), rules)
    assert result.rule is None
    assert reason_of(result, "top") == "base rule ghost not found"


def test_loop_is_refused_with_the_rules_named() -> None:
    rules = [
        formula("R-1", base=BaseKind.OTHER_RULE, base_rule_id="R-2"),
        formula("R-2", base=BaseKind.OTHER_RULE, base_rule_id="R-3", category="NONE"),
        formula("R-3", base=BaseKind.OTHER_RULE, base_rule_id="R-1", category="NONE"),
    ]
    with pytest.raises(RuleLoopError, match="R-1 -> R-2 -> R-3 -> R-1") as caught:
        resolve_price(request(), rules)
    assert caught.value.cycle == ("R-1", "R-2", "R-3")
    assert find_rule_loops(rules) == [("R-1", "R-2", "R-3")]


def test_find_rule_loops_self_loop_and_none() -> None:
    selfish = formula("R-9", base=BaseKind.OTHER_RULE, base_rule_id="R-9")
    assert find_rule_loops([selfish, fixed("R-1", "1")]) == [("R-9",)]
    assert find_rule_loops([fixed("R-1", "1")]) == []


# --- guard rails -----------------------------------------------------------------------------


GUARDS = Guards(
    floor_price=D("7.00"),
    min_margin_percent=D(20),
    max_discount_percent=D(25),
    approval_threshold_percent=D(15),
)


def kinds(price: str) -> set[FlagKind]:
    return {f.kind for f in check_price(D(price), D("10.00"), D("6.00"), GUARDS)}


def test_flags_exactly_at_boundaries_do_not_fire() -> None:
    assert FlagKind.BELOW_FLOOR not in kinds("7.00")  # exactly the floor
    assert FlagKind.BELOW_MARGIN not in kinds("7.20")  # margin exactly 20 %
    assert FlagKind.DISCOUNT_OVER_BAND not in kinds("7.50")  # discount exactly 25 %
    assert kinds("8.50") == set()  # discount exactly 15 %


def test_flags_just_past_boundaries_fire() -> None:
    assert FlagKind.BELOW_FLOOR in kinds("6.99")
    assert FlagKind.BELOW_MARGIN in kinds("7.19")
    assert FlagKind.DISCOUNT_OVER_BAND in kinds("7.49")
    assert kinds("8.49") == {FlagKind.NEEDS_APPROVAL}


def test_discount_rails_judge_only_prices_below_the_approved_price() -> None:
    def with_approved(price: str) -> set[FlagKind]:
        flags = check_price(D(price), D("10.00"), D("6.00"), GUARDS, approved_price=D("7.40"))
        return {f.kind for f in flags}

    assert with_approved("7.40") == set()  # 26 % off list, but it is the policy's price
    assert with_approved("7.39") == {FlagKind.DISCOUNT_OVER_BAND, FlagKind.NEEDS_APPROVAL}
    assert FlagKind.BELOW_FLOOR in {
        f.kind for f in check_price(D(6), D(10), D(6), GUARDS, approved_price=D(6))
    }  # floor and margin judge every price


def test_the_engine_price_needs_no_approval_of_its_own() -> None:
    rule = fixed("R-1", "8.00", guards=Guards(approval_threshold_percent=D(5)))
    assert resolve_price(request(), [rule]).flags == []


def test_typed_price_is_never_clamped_and_no_guards_no_flags() -> None:
    price = D("1.00")
    flags = check_price(price, D("10.00"), D("6.00"), GUARDS)
    assert len(flags) == 4
    assert price == D("1.00")
    assert check_price(price, D("10.00"), D("6.00"), None) == []


def test_margin_guard_skipped_when_cost_is_zero() -> None:
    assert check_price(D(1), D(10), D(0), Guards(min_margin_percent=D(50))) == []


def test_guards_come_from_most_specific_rule_having_them() -> None:
    near, far = Guards(floor_price=D(9)), Guards(floor_price=D(1))
    rules = [
        fixed("account", "5", **ACCOUNT),  # no guards: skipped for guards
        fixed("channel", "6", guards=near, **CHANNEL),
        fixed("everyone", "7", guards=far),
    ]
    assert guards_for(request(), rules) == near
    result = resolve_price(request(), rules)
    assert result.rule == "account"
    assert [f.kind for f in result.flags] == [FlagKind.BELOW_FLOOR]


# --- rule checker ----------------------------------------------------------------------------


def problems(rules: list[PriceRule]) -> dict[ProblemKind, list[tuple[str, ...]]]:
    found: dict[ProblemKind, list[tuple[str, ...]]] = {}
    for problem in check_rules(rules, TODAY):
        found.setdefault(problem.kind, []).append(problem.rules)
    return found


def test_overlapping_periods_for_same_slot_are_reported() -> None:
    rules = [
        fixed("R-1", "1", valid_from=date(2026, 1, 1), valid_to=date(2026, 3, 31)),
        fixed("R-2", "2", valid_from=date(2026, 3, 1), valid_to=date(2026, 6, 30)),
        fixed("R-3", "3", valid_from=date(2026, 7, 1)),  # adjacent, no overlap
        fixed("R-4", "4", min_quantity=D(10)),  # different break
    ]
    assert problems(rules) == {ProblemKind.OVERLAP: [("R-1", "R-2")]}


def test_expired_or_inactive_rules_do_not_overlap() -> None:
    rules = [fixed("R-1", "1", valid_to=date(2026, 1, 31)), fixed("R-2", "2", active=False)]
    assert problems([*rules, fixed("R-3", "3")]) == {}


def test_shadowed_rule_never_fires() -> None:
    rules = [fixed("R-1", "1"), fixed("R-2", "2", valid_from=date(2026, 3, 1))]
    found = problems(rules)
    assert found[ProblemKind.OVERLAP] == [("R-1", "R-2")]
    assert found[ProblemKind.NEVER_FIRES] == [("R-2", "R-1")]


def test_a_rule_without_currency_overlaps_rules_of_any_currency() -> None:
    # A percentage-only rule has no currency (it applies in all), so it competes with a
    # fixed EUR price for every EUR request: an overlap, and the EUR one never fires.
    percent = PriceRule(id="R-1", kind=RuleKind.PERCENT_DISCOUNT, discount_percent=D(10))
    rules = [percent, fixed("R-2", "30", currency="EUR")]
    found = problems(rules)
    assert found[ProblemKind.OVERLAP] == [("R-1", "R-2")]
    assert found[ProblemKind.NEVER_FIRES] == [("R-2", "R-1")]


def test_a_currency_rule_does_not_shadow_one_that_applies_in_every_currency() -> None:
    # R-1 wins the EUR requests, but R-2 (no currency) still prices CNY: it does fire.
    percent = PriceRule(id="R-2", kind=RuleKind.PERCENT_DISCOUNT, discount_percent=D(10))
    assert problems([fixed("R-1", "30", currency="EUR"), percent]) == {
        ProblemKind.OVERLAP: [("R-1", "R-2")]
    }


def test_rules_in_different_currencies_do_not_overlap() -> None:
    rules = [fixed("R-1", "30", currency="EUR"), fixed("R-2", "200", currency="CNY")]
    assert problems(rules) == {}


def test_inverted_window_never_fires() -> None:
    rule = fixed("R-1", "1", valid_from=date(2026, 5, 1), valid_to=date(2026, 4, 1))
    assert problems([rule]) == {ProblemKind.NEVER_FIRES: [("R-1",)]}


def test_loops_and_expired_or_missing_references_are_reported() -> None:
    rules = [
        formula("L-1", base=BaseKind.OTHER_RULE, base_rule_id="L-2", product_id="X"),
        formula("L-2", base=BaseKind.OTHER_RULE, base_rule_id="L-1", product_id="Y"),
        fixed("old", "1", valid_to=date(2026, 1, 31), product_id="Z"),
        formula("uses-old", base=BaseKind.OTHER_RULE, base_rule_id="old", **ACCOUNT),
        formula("uses-ghost", base=BaseKind.OTHER_RULE, base_rule_id="ghost", **PARENT),
    ]
    found = problems(rules)
    assert found[ProblemKind.LOOP] == [("L-1", "L-2")]
    assert found[ProblemKind.EXPIRED_REFERENCE] == [("uses-old", "old")]
    assert found[ProblemKind.MISSING_REFERENCE] == [("uses-ghost", "ghost")]


# --- validation ------------------------------------------------------------------------------


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        PriceRule(id="R-1", kind=RuleKind.FIXED, price=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Decimal"):
        request(list_price=9.99)
    with pytest.raises(TypeError, match="Decimal"):
        Guards(floor_price=1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Decimal"):
        check_price(1.0, D(1), D(1), None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": RuleKind.FIXED},
        {"product_id": "P", "category": "C"},
        {"scope": PolicyScope.ACCOUNT},
        {"base": BaseKind.OTHER_RULE},
        {"round_to": D(0)},
    ],
)
def test_malformed_rules_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="R-1"):
        PriceRule(**{"id": "R-1", "kind": RuleKind.FORMULA, **changes})  # type: ignore[arg-type]


def test_duplicate_rule_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        resolve_price(request(), [fixed("R-1", "1"), fixed("R-1", "2")])


# --- properties ------------------------------------------------------------------------------


prices = st.decimals(min_value=D("0.01"), max_value=D(10_000), places=4, allow_nan=False)
scopes = st.sampled_from(CUSTOMER_ORDER)
sides = st.sampled_from([{}, {"product_id": "P-1"}, {"category": "OIL"}])
breaks = st.sampled_from([D(0), D(10), D(50)])


@st.composite
def rule_sets(draw: st.DrawFn) -> list[PriceRule]:
    count = draw(st.integers(min_value=1, max_value=8))
    return [
        fixed(f"R-{i}", str(draw(prices)), **draw(scopes), **draw(sides), min_quantity=draw(breaks))
        for i in range(count)
    ]


@settings(max_examples=60, deadline=None)
@given(rule_sets(), st.integers(min_value=0, max_value=100), st.randoms())
def test_price_does_not_depend_on_rule_order(rules, quantity, rnd: random.Random) -> None:
    req = request(quantity=D(quantity))
    shuffled = list(rules)
    rnd.shuffle(shuffled)
    first, second = resolve_price(req, rules), resolve_price(req, shuffled)
    assert (first.price, first.rule, first.breakdown) == (
        second.price,
        second.rule,
        second.breakdown,
    )


@settings(max_examples=80, deadline=None)
@given(prices, prices)
def test_below_floor_flag_exactly_when_price_below_floor(price: Decimal, floor: Decimal) -> None:
    flags = check_price(price, D(100), D(50), Guards(floor_price=floor))
    assert (FlagKind.BELOW_FLOOR in {f.kind for f in flags}) == (price < floor)


@settings(max_examples=60, deadline=None)
@given(prices, st.sampled_from(["EUR", "USD", "CNY", "VND", "JPY"]), st.decimals(0, 90, places=3))
def test_prices_are_decimal_with_currency_exponent(list_price, currency, discount) -> None:
    rule = formula("R-1", discount_percent=discount)
    result = resolve_price(request(list_price=list_price, currency=currency), [rule])
    assert isinstance(result.price, Decimal)
    places = 0 if currency in {"VND", "JPY"} else 2
    assert result.price.as_tuple().exponent == -places


def test_vnd_has_zero_decimals() -> None:
    rule = formula("R-1", discount_percent=D(6))
    result = resolve_price(request(currency="VND", list_price=D(25_550)), [rule])
    assert result.price == D(24017)  # 24017.0 exactly; 25 550 × 0.94
    assert str(result.price) == "24017"


def test_result_breakdown_marks_the_fired_rule() -> None:
    result = resolve_price(request(), [fixed("R-1", "4"), fixed("R-2", "5", **ACCOUNT)])
    assert [(c.rule, c.outcome) for c in result.breakdown] == [
        ("R-2", Outcome.FIRED),
        ("R-1", Outcome.OUTRANKED),
    ]
    assert reason_of(result, "R-2") == "fired"


def test_replace_keeps_validation() -> None:
    with pytest.raises(TypeError):
        replace(fixed("R-1", "1"), surcharge=0.5)


def test_a_discount_flag_says_it_is_measured_off_the_list_price() -> None:
    """QA zh: "折扣 17.20% > 范围上限 8%" did not say off what, while the rails beside it
    say "discount band 0–8% off list"; the flag is worded as the rails are."""
    flags = {f.kind: str(f.message) for f in check_price(D("7.39"), D("10.00"), D(6), GUARDS)}
    assert flags[FlagKind.DISCOUNT_OVER_BAND] == "discount 26.10% off list > band 25%"
    assert flags[FlagKind.NEEDS_APPROVAL] == "discount 26.10% off list > approval threshold 15%"
