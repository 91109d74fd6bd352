"""The rebate register's rows carry what each agreement has accrued, the tier reached and
what is still to buy for the next tier by when: the same figures as the accrual service
(QA s19: the register and the card's Policies & rebates tab showed none of them)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acct_desktop.services.paging import PageRequest
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


def test_each_row_has_the_accrual_of_its_agreement(workspace) -> None:
    rows = workspace.policies.rebate_agreements(None, PageRequest(0, 1000), DEMO_TODAY)
    accruals = {
        a.facts.agreement_id: a
        for a in RebateAccrualService(workspace.db).accruals_for_all(DEMO_TODAY)
    }
    assert accruals and {row.id for row in rows} >= set(accruals)
    with_next = 0
    for row in rows:
        accrual = accruals.get(row.id)
        if accrual is None:
            assert row.accrued is None and row.still_to_buy is None
            continue
        assert isinstance(row.accrued, Decimal) and row.accrued == accrual.accrued_to_date
        tier = accrual.tier_reached
        assert row.tier_reached_percent == (tier.rate_percent if tier else None)
        if accrual.next_tier is not None:
            with_next += 1
            assert row.still_to_buy == accrual.distance_to_next_tier > 0
            assert row.next_tier_by == row.period_end
        else:
            assert row.still_to_buy is None and row.next_tier_by is None
    assert with_next  # the demo has agreements still on their way to a tier
