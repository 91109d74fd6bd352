"""The read services behind the docks, on the S demo database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m


@pytest.fixture(scope="module")
def workspace(demo_s_file):
    ws = Workspace.open(demo_s_file)
    yield ws
    ws.close()


def test_tree_pages_cover_every_root_once_in_name_order(workspace) -> None:
    total = workspace.tree.child_count(None)
    pages = [workspace.tree.children(None, offset, 3) for offset in range(0, total, 3)]
    roots = [node for page in pages for node in page]
    assert len(roots) == total == len({r.id for r in roots})
    assert [r.name for r in roots] == sorted(r.name for r in roots)
    assert all(r.parent_id is None for r in roots)


def test_child_counts_match_the_children_listed(workspace) -> None:
    for root in workspace.tree.children(None):
        children = workspace.tree.children(root.id, 0, 10_000)
        assert len(children) == root.child_count


def test_lineage_runs_from_the_root_to_the_account(workspace) -> None:
    with workspace.db.session() as session:
        store = session.scalars(select(m.Account).where(m.Account.kind == "store")).first()
    lineage = workspace.accounts.lineage(store.id)
    assert lineage[-1] == store.id
    profile = workspace.accounts.profile(store.id)
    root = workspace.accounts.profile(lineage[0])
    assert profile.path[0] == (root.id, root.name) and len(profile.path) == len(lineage) - 1


def test_policies_for_an_account_include_its_territory_and_global_rules_only(workspace) -> None:
    account_id = workspace.accounts.busiest_account_id()
    every = workspace.policies.price_policies(None, PageRequest(limit=10_000))
    mine = workspace.policies.price_policies(account_id, PageRequest(limit=10_000))
    assert 0 < len(mine) < len(every)
    assert {p.scope for p in mine} <= set(PolicyScope)
    assert any(p.scope is PolicyScope.TERRITORY for p in mine)


def test_quote_totals_are_the_exact_sum_of_their_lines(workspace) -> None:
    quotes = workspace.quotes.quotes(None, PageRequest(limit=10_000))
    assert quotes
    for quote in quotes[:20]:
        lines = workspace.quotes.lines(quote.id)
        assert quote.line_count == len(lines)
        assert quote.net_total == sum((line.line_total for line in lines), Decimal(0))


def test_sorting_is_done_by_whitelisted_keys_only(workspace) -> None:
    by_status = workspace.quotes.quotes(None, PageRequest(limit=500, sort_key="status"))
    assert [q.status.value for q in by_status] == sorted(q.status.value for q in by_status)
    unknown = workspace.quotes.quotes(None, PageRequest(limit=500, sort_key="1; DROP TABLE"))
    assert len(unknown) == len(by_status)


def test_visits_of_a_week_come_in_time_order(workspace) -> None:
    start = datetime(2026, 10, 26, tzinfo=UTC)
    visits = workspace.visits.between(start, start + timedelta(days=7), PageRequest(limit=1000))
    assert visits
    assert all(start <= v.start < start + timedelta(days=7) for v in visits)
    assert [v.start for v in visits] == sorted(v.start for v in visits)


def test_counts_for_the_status_bar(workspace) -> None:
    counts = workspace.stats.counts()
    assert counts["accounts"] == 200 and counts["visits"] == 2000
