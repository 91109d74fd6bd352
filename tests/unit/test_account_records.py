"""Creating, editing, moving, archiving accounts: every rule refuses with a sentence."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.account_records import AccountDraft, AccountInvalid, AccountRecords
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m


@pytest.fixture
def ws(demo_db):
    workspace = Workspace.open(demo_db)
    yield workspace
    workspace.close()


def first(ws: Workspace, kind: str):
    with ws.db.session() as session:
        return session.scalars(select(m.Account).where(m.Account.kind == kind)).first()


def new_store(parent_id, **changes) -> AccountDraft:
    draft = AccountDraft(
        code="NL-NEW-1",
        name="Garage IJsselzicht",
        kind=AccountKind.STORE,
        channel=Channel.CHAIN_STORE,
        tier=Tier.B,
        parent_id=parent_id,
        city="Zwolle",
        latitude=52.5,
        longitude=6.1,
        tags=("nieuw", "nieuw", " fleet "),
    )
    return replace(draft, **changes)


def test_a_valid_account_is_created_with_its_tags(ws) -> None:
    warehouse = first(ws, "branch_warehouse")
    records = AccountRecords(ws.db, "tm")
    changed = records.create(new_store(warehouse.id))
    draft, version = records.draft(changed.account_id)
    assert draft.name == "Garage IJsselzicht" and draft.tags == ("fleet", "nieuw")
    assert version == 1
    assert ws.accounts.lineage(changed.account_id)[-2] == warehouse.id


def test_every_problem_is_named_by_its_field(ws) -> None:
    store = first(ws, "store")
    records = AccountRecords(ws.db)
    bad = new_store(
        store.id, code=store.code, name=" ", latitude=91.0, longitude=None, email="not-an-address"
    )
    with pytest.raises(AccountInvalid) as caught:
        records.create(bad)
    problems = caught.value.problems
    assert set(problems) == {"code", "name", "latitude", "longitude", "email", "parent_id"}
    assert "already used" in problems["code"]
    assert "store cannot sit under a store" in problems["parent_id"]
    with pytest.raises(AccountInvalid) as caught:
        records.create(new_store(None))
    assert caught.value.problems["parent_id"] == "A store cannot be at the top level."


def test_moving_an_account_below_itself_is_refused(ws) -> None:
    records = AccountRecords(ws.db)
    dc = first(ws, "distribution_centre")
    warehouse = next(a for a in ws.tree.children(dc.id) if a.kind is AccountKind.BRANCH_WAREHOUSE)
    with pytest.raises(AccountInvalid, match="loop"):
        records.move(dc.id, warehouse.id)
    with pytest.raises(AccountInvalid, match="loop"):
        records.move(dc.id, dc.id)


def test_a_move_is_undone_by_moving_back(ws) -> None:
    records = AccountRecords(ws.db)
    store = first(ws, "store")
    old_parent = store.parent_id
    other = next(
        a.id
        for a in ws.tree.filtered(
            __import__(
                "acct_desktop.services.account_tree", fromlist=["AccountFilter"]
            ).AccountFilter(kinds=frozenset({AccountKind.BRANCH_WAREHOUSE}))
        )
        if a.id != old_parent
    )
    records.move(store.id, other)
    assert ws.accounts.lineage(store.id)[-2] == other
    records.move(store.id, old_parent)
    assert ws.accounts.lineage(store.id)[-2] == old_parent


def test_archive_and_restore_follow_the_parent(ws) -> None:
    records = AccountRecords(ws.db)
    store = first(ws, "store")
    parent_id = store.parent_id
    records.archive(store.id)
    records.archive(parent_id, with_below=True)
    with pytest.raises(EditRejected, match="restore it first"):
        records.restore(store.id)
    records.restore(parent_id)
    assert ws.accounts.profile(store.id).archived  # archived before, on its own
    records.restore(store.id)
    assert not ws.accounts.profile(store.id).archived


def test_a_stale_form_is_refused_but_undo_applies_to_the_latest(ws) -> None:
    records = AccountRecords(ws.db)
    store = first(ws, "store")
    draft, version = records.draft(store.id)
    records.update(store.id, replace(draft, name="Renamed once"), version)
    with pytest.raises(EditRejected, match="Someone changed"):
        records.update(store.id, replace(draft, name="From a stale form"), version)
    changed = records.update(store.id, draft, None)
    assert changed.fields == ("name",)
    assert records.draft(store.id)[0].name == draft.name


def test_saving_an_unchanged_form_changes_nothing(ws) -> None:
    records = AccountRecords(ws.db)
    store = first(ws, "store")
    draft, version = records.draft(store.id)
    changed = records.update(store.id, draft, version)
    assert changed.fields == () and changed.version == version


def test_search_follows_creation_renaming_and_archiving(ws) -> None:
    records = AccountRecords(ws.db)
    warehouse = first(ws, "branch_warehouse")
    created = records.create(new_store(warehouse.id, name="Tiệm Dầu Nhớt Đồng Tâm"))
    assert [h.id for h in ws.search.search("dong tam")] == [created.account_id]
    draft, version = records.draft(created.account_id)
    records.update(created.account_id, replace(draft, name="Garage 广州白云"), version)
    assert ws.search.search("dong tam") == []
    assert [h.id for h in ws.search.search("白云")][:1] == [created.account_id]
    records.archive(created.account_id)
    assert created.account_id not in {h.id for h in ws.search.search("白云")}


def test_territory_lineage_runs_from_the_top_territory_down_to_the_account(ws) -> None:
    """Where an account stands in the tree grouped by territory (the tree opens these
    rows to show it): its territories from the top one, then itself."""
    with ws.db.session() as session:
        account, territory = session.execute(
            select(m.Account, m.Territory)
            .join(m.Territory, m.Account.territory_id == m.Territory.id)
            .where(m.Territory.parent_id.is_not(None))
            .limit(1)
        ).one()
        chain = [territory.id]
        while (parent := session.get(m.Territory, chain[0]).parent_id) is not None:
            chain.insert(0, parent)
    assert len(chain) >= 2
    assert ws.accounts.territory_lineage(account.id) == [*chain, account.id]
    with ws.db.session() as session:
        session.get(m.Account, account.id).territory_id = None
    assert ws.accounts.territory_lineage(account.id) == [account.id]
