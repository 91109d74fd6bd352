"""The overlap rule (domain/rebate_overlaps.py): two live agreements count the same sales
when one's account is the other's or above it, their products meet and their days meet."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import RebateStatus
from acct_desktop.domain.rebate_overlaps import RebateScope, lineage, overlap, overlaps

HEAD, BRANCH, SHOP, OTHER = (uuid.uuid4() for _ in range(4))
PARENTS = {HEAD: None, BRANCH: HEAD, SHOP: BRANCH, OTHER: None}
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def scope(number, account, category=None, period=YEAR, status=RebateStatus.ACTIVE):
    return RebateScope(uuid.uuid4(), number, status, account, category, *period)


def test_a_branch_agreement_under_a_head_office_one_counts_the_branch_sales_twice() -> None:
    """QA zh: R-2026-0015 on CN000051 under CN000048, whose R-2026-0004 counts its subtree."""
    new = scope("R-2026-0015", BRANCH, period=(date(2026, 3, 1), date(2027, 2, 28)))
    parent = scope("R-2026-0004", HEAD)
    shared = overlap(new, parent, PARENTS)
    assert shared is not None and shared.other is parent
    assert shared.account_id == BRANCH and shared.category is None
    assert (shared.start, shared.end) == (date(2026, 3, 1), date(2026, 12, 31))
    assert overlap(parent, new, PARENTS).account_id == BRANCH  # the same, seen from above


def test_no_overlap_across_trees_categories_or_days() -> None:
    assert overlap(scope("A", BRANCH), scope("B", OTHER), PARENTS) is None
    assert overlap(scope("A", BRANCH, "Grease"), scope("B", HEAD, "Engine oil"), PARENTS) is None
    later = (date(2027, 1, 1), date(2027, 12, 31))
    assert overlap(scope("A", BRANCH), scope("B", HEAD, period=later), PARENTS) is None
    shared = overlap(scope("A", SHOP, "Grease"), scope("B", HEAD), PARENTS)
    assert shared is not None and shared.category == "Grease" and shared.account_id == SHOP


def test_only_live_agreements_and_never_itself() -> None:
    mine = scope("A", BRANCH)
    others = [
        mine,
        scope("C", HEAD, status=RebateStatus.TERMINATED),
        scope("D", HEAD, status=RebateStatus.CLOSED),
        scope("E", HEAD, status=RebateStatus.DRAFT),
        scope("B", SHOP, status=RebateStatus.PENDING_APPROVAL),
    ]
    assert [o.other.number for o in overlaps(mine, others, PARENTS)] == ["B", "E"]


def test_a_loop_in_the_tree_does_not_hang() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    assert lineage(a, {a: b, b: a}) == [a, b]


ACCOUNTS = [HEAD, BRANCH, SHOP, OTHER]
days = st.integers(min_value=0, max_value=60).map(lambda n: date(2026, 1, 1) + timedelta(n))


@given(
    st.sampled_from(ACCOUNTS),
    st.sampled_from(ACCOUNTS),
    st.sampled_from([None, "Grease", "Engine oil"]),
    st.sampled_from([None, "Grease", "Engine oil"]),
    days,
    st.integers(0, 40),
    days,
    st.integers(0, 40),
)
def test_overlap_is_symmetric_and_agrees_with_counting_sales_one_by_one(
    a, b, cat_a, cat_b, start_a, len_a, start_b, len_b
) -> None:
    one = scope("A", a, cat_a, (start_a, start_a + timedelta(len_a)))
    two = scope("B", b, cat_b, (start_b, start_b + timedelta(len_b)))

    def counts(s, account, category, day):  # one sale, counted by the agreement?
        return (
            s.account_id in lineage(account, PARENTS)
            and (s.category is None or s.category == category)
            and s.period_start <= day <= s.period_end
        )

    sales = [
        (account, category, date(2026, 1, 1) + timedelta(n))
        for account in ACCOUNTS
        for category in ("Grease", "Engine oil")
        for n in range(0, 101)
    ]
    both = [sale for sale in sales if counts(one, *sale) and counts(two, *sale)]
    shared, back = overlap(one, two, PARENTS), overlap(two, one, PARENTS)
    assert (shared is None) == (back is None) == (not both)
    if shared is not None:
        assert (shared.account_id, shared.category, shared.start, shared.end) == (
            back.account_id,
            back.category,
            back.start,
            back.end,
        )
        assert all(
            shared.account_id in lineage(account, PARENTS)
            and (shared.category in (None, category))
            and shared.start <= day <= shared.end
            for account, category, day in both
        )
