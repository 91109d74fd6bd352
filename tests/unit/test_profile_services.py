"""Profile-card services on the S demo: sales vs target, whitespace, issues, profile edits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acct_desktop.services.account_edits import EditRejected, ProfileEdit, update_profile
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


def head_with_children(ws: Workspace):
    return next(n for n in ws.tree.children(None, 0, 500) if n.child_count)


def test_monthly_sales_add_up_the_whole_subtree_exactly(workspace) -> None:
    head = head_with_children(workspace)
    currency, months = workspace.sales.monthly(head.id)
    assert len(months) == 24 and currency
    with workspace.db.session() as session:
        everything = session.scalar(
            select(func.sum(m.SalesFact.amount)).where(m.SalesFact.measure == "sell_in")
        )
    total = sum((mo.sell_in for mo in months), Decimal(0))
    assert 0 < total <= everything
    assert all(isinstance(mo.sell_in, Decimal) for mo in months)
    assert any(mo.target for mo in months), "group heads have monthly targets"
    hit = [mo.versus_target for mo in months if mo.target]
    assert min(hit) < 100 < max(hit), "actuals land on both sides of the plan"


def test_whitespace_lists_every_product_once_and_finds_gaps(workspace) -> None:
    head = head_with_children(workspace)
    products = workspace.whitespace.products(head.id)
    with workspace.db.session() as session:
        assert len(products) == session.scalar(select(func.count()).select_from(m.Product))
    assert any(p.bought for p in products) and any(not p.bought for p in products)
    categories = workspace.whitespace.categories(head.id)
    assert sum(c.products_total for c in categories) == len(products)
    assert sum(c.revenue for c in categories) == sum(p.revenue for p in products)


def test_issues_come_open_first(workspace) -> None:
    with workspace.db.session() as session:
        account_id = session.scalar(
            select(m.CustomerIssue.account_id)
            .group_by(m.CustomerIssue.account_id)
            .order_by(func.count().desc())
        )
    issues = workspace.issues.for_account(account_id, PageRequest())
    closed_seen = False
    for issue in issues:
        closed_seen = closed_seen or issue.closed_on is not None
        assert not (closed_seen and issue.closed_on is None)


def test_profile_edit_is_saved_audited_and_versioned(workspace) -> None:
    account_id = workspace.accounts.first_account_id()
    before = workspace.accounts.profile(account_id)
    edit = ProfileEdit(" Win the fleet ", None, "60 days net", Decimal("5000"), None)
    changed = update_profile(workspace.db, account_id, before.version, edit, "tm")
    assert set(changed.fields) >= {"strategy", "credit_limit"}
    after = workspace.accounts.profile(account_id)
    assert after.strategy == "Win the fleet" and after.version == before.version + 1
    with workspace.db.session() as session:
        fields = set(session.scalars(select(m.AuditEvent.field)))
    assert "strategy" in fields
    again = update_profile(workspace.db, account_id, after.version, edit, "tm")
    assert again.fields == () and again.version == after.version


def test_profile_edit_refuses_bad_values_and_stale_versions(workspace) -> None:
    account_id = workspace.accounts.first_account_id()
    version = workspace.accounts.profile(account_id).version
    with pytest.raises(EditRejected) as negative:
        update_profile(
            workspace.db,
            account_id,
            version,
            ProfileEdit(None, None, None, Decimal("-1"), None),
            "tm",
        )
    assert negative.value.field == "credit_limit"
    with pytest.raises(EditRejected, match="Someone changed"):
        update_profile(
            workspace.db, account_id, version - 1, ProfileEdit("x", None, None, None, None), "tm"
        )


def test_a_credit_limit_finer_than_its_currency_is_refused_not_rounded(workspace) -> None:
    """QA nl: 1.234,567 was saved as 1.234,57 without a word."""
    account_id = workspace.accounts.first_account_id()
    profile = workspace.accounts.profile(account_id)
    places = 0 if profile.currency == "VND" else 2
    too_fine = Decimal("1234.5") if places == 0 else Decimal("1234.567")
    with pytest.raises(EditRejected) as caught:
        update_profile(
            workspace.db,
            account_id,
            profile.version,
            ProfileEdit(None, None, None, too_fine, None),
            "tm",
        )
    assert caught.value.field == "credit_limit"
    assert profile.currency in str(caught.value)
    assert workspace.accounts.profile(account_id).credit_limit == profile.credit_limit
    exact = Decimal("1234.50") if places else Decimal("1234")
    update_profile(
        workspace.db, account_id, profile.version, ProfileEdit(None, None, None, exact, None), "tm"
    )
    assert workspace.accounts.profile(account_id).credit_limit == exact


def test_competitor_observations_come_newest_first_with_exact_prices(workspace) -> None:
    with workspace.db.session() as session:
        account_id = session.scalar(
            select(m.CompetitorObservation.account_id)
            .group_by(m.CompetitorObservation.account_id)
            .order_by(func.count().desc())
        )
    rows = workspace.competitors.for_account(account_id, PageRequest())
    assert rows
    assert [r.observed_at for r in rows] == sorted((r.observed_at for r in rows), reverse=True)
    assert all(isinstance(r.price, Decimal) for r in rows)


def test_a_us_account_shows_its_address_the_american_way(workspace) -> None:
    """The profile card's header read "317 Fairchild Dr, 94535 Fairfield" (Odoo's demo
    Gemini Furniture)."""
    head = head_with_children(workspace)
    with workspace.db.session() as session:
        account = session.get(m.Account, head.id)
        account.street, account.district, account.postcode = "317 Fairchild Dr", "CA", "94535"
        account.city, account.country_code, account.document_language = "Fairfield", "US", "en"
    assert workspace.accounts.profile(head.id).address == "317 Fairchild Dr, Fairfield, CA 94535"
