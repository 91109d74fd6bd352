"""Pure rules: money rounding, the hierarchy's cycle check, org-chart layering."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import AccountKind
from acct_desktop.domain.hierarchy import ancestors, may_sit_under, would_create_cycle
from acct_desktop.domain.money import round_money, round_to_places
from acct_desktop.domain.org_chart import _in_loop, layer


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


def test_org_chart_wraps_trees_side_by_side_into_bands() -> None:
    # a head office and its branches: a boss with three reports, then 30 people alone
    people: dict[str, str | None] = {"boss": None, "a": "boss", "b": "boss", "c": "boss"}
    people |= {f"p{i}": None for i in range(30)}
    strip = layer(people)
    assert max(slot for _l, slot in strip.values()) == 32  # one long strip
    wrapped = layer(people, max_per_row=8)
    assert max(slot for _l, slot in wrapped.values()) < 8
    assert len(set(wrapped.values())) == len(people)  # nobody on top of anybody
    assert wrapped["boss"] == (0, 0) and {wrapped[k] for k in "abc"} == {(1, 0), (1, 1), (1, 2)}
    assert wrapped["p0"] == (0, 3)  # beside the boss's tree, as wide as its widest level
    # band 1: the boss's tree (3 wide, 2 deep) and p0–p4; then p5–p12, p13–p20, p21–p28, p29
    assert wrapped["p4"] == (0, 7) and wrapped["p5"] == (2, 0) and wrapped["p29"] == (5, 0)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.integers(0, 40), st.one_of(st.none(), st.integers(0, 45)), max_size=40),
    st.one_of(st.none(), st.integers(1, 12)),
)
def test_org_chart_places_everyone_once_and_reports_below_their_boss(
    people: dict[int, int | None], max_per_row: int | None
) -> None:
    placed = layer(people, max_per_row)
    assert set(placed) == set(people)
    assert len(set(placed.values())) == len(people)
    for person, boss in people.items():
        if boss is not None and boss in people and not _in_loop(person, people):
            assert placed[person][0] == placed[boss][0] + 1  # right below the boss
    if max_per_row is not None and all(boss not in people for boss in people.values()):
        # nobody reports to anybody here: rows of exactly max_per_row people
        assert all(slot < max_per_row for _level, slot in placed.values())
        assert len({level for level, _slot in placed.values()}) == -(-len(people) // max_per_row)
