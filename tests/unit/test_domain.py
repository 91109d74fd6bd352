"""Pure rules: money rounding, the hierarchy's cycle check, org-chart layering."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import AccountKind
from acct_desktop.domain.hierarchy import ancestors, may_sit_under, would_create_cycle
from acct_desktop.domain.money import round_money, round_to_places
from acct_desktop.domain.org_chart import layer


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.345", "EUR", "2.35"),
        ("2.344", "EUR", "2.34"),
        ("-2.345", "EUR", "-2.35"),
        ("12345.5", "VND", "12346"),
        ("0.005", "CNY", "0.01"),
        ("1.98", "XXX", "1.98"),
    ],
)
def test_money_rounds_half_up_to_the_currency_minor_unit(amount, currency, expected) -> None:
    assert round_money(Decimal(amount), currency) == Decimal(expected)
    assert str(round_money(Decimal(amount), currency)) == expected


def test_money_refuses_float() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        round_money(0.1, "EUR")  # type: ignore[arg-type]


@given(st.decimals(min_value=-(10**12), max_value=10**12, allow_nan=False, places=6))
def test_rounding_moves_at_most_half_a_unit(amount: Decimal) -> None:
    rounded = round_money(amount, "EUR")
    assert rounded.as_tuple().exponent == -2
    assert abs(rounded - amount) <= Decimal("0.005")
    assert round_to_places(amount, 4).as_tuple().exponent == -4


def test_store_under_a_warehouse_is_allowed_but_not_under_another_store() -> None:
    assert may_sit_under(AccountKind.STORE, AccountKind.BRANCH_WAREHOUSE)
    assert not may_sit_under(AccountKind.STORE, AccountKind.STORE)
    assert may_sit_under(AccountKind.HEADQUARTERS, None)
    assert not may_sit_under(AccountKind.STORE, None)


def test_moving_an_account_under_its_own_descendant_is_a_cycle() -> None:
    parents = {"hq": None, "ro": "hq", "dc": "ro", "store": "dc"}
    assert would_create_cycle("hq", "store", parents.get)
    assert would_create_cycle("dc", "dc", parents.get)
    assert not would_create_cycle("store", "ro", parents.get)
    assert not would_create_cycle("dc", None, parents.get)
    assert ancestors("store", parents.get) == ["dc", "ro", "hq"]


def test_a_corrupt_tree_is_reported_instead_of_looping() -> None:
    parents = {"a": "b", "b": "a", "c": None}
    assert would_create_cycle("c", "a", parents.get)
    with pytest.raises(ValueError, match="cycle"):
        ancestors("a", parents.get)


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=30))
def test_a_node_can_never_be_put_under_any_of_its_descendants(raw: list[int]) -> None:
    # Build a random forest: node i's parent is some node < i (or none).
    parents = {i: (raw[i] % i if i and raw[i] % 3 else None) for i in range(len(raw))}
    for node in parents:
        descendants = [d for d in parents if node in ancestors(d, parents.get)]
        for descendant in descendants:
            assert would_create_cycle(node, descendant, parents.get)
        for other in parents:
            if other != node and other not in descendants:
                assert not would_create_cycle(node, other, parents.get)


def test_org_chart_puts_bosses_above_their_reports() -> None:
    placed = layer({"ceo": None, "buyer": "ceo", "tech": "ceo", "user": "buyer"})
    assert placed["ceo"] == (0, 0)
    assert placed["buyer"][0] == placed["tech"][0] == 1
    assert placed["user"] == (2, 0)


def test_org_chart_survives_loops_and_unknown_bosses() -> None:
    placed = layer({"a": "b", "b": "a", "c": "nobody-we-know", "d": "c"})
    assert set(placed) == {"a", "b", "c", "d"}
    assert placed["c"][0] == 0 and placed["d"][0] == 1
    slots = [placed[k] for k in placed]
    assert len(slots) == len(set(slots))
