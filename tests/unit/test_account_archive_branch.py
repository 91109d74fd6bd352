"""Archiving an account with active accounts below it: never leaves them hanging."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from acct_desktop.services.account_records import AccountRecords, ActiveBelow
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m


@pytest.fixture
def ws(demo_db):
    workspace = Workspace.open(demo_db)
    yield workspace
    workspace.close()


def busiest_parent(ws: Workspace) -> m.Account:
    with ws.db.session() as session:
        parent_id = session.scalars(
            select(m.Account.parent_id)
            .where(m.Account.parent_id.is_not(None), m.Account.archived_at.is_(None))
            .group_by(m.Account.parent_id)
            .order_by(func.count().desc(), m.Account.parent_id)
        ).first()
        return session.get(m.Account, parent_id)


def archived(ws: Workspace, ids) -> dict:
    with ws.db.session() as session:
        return {
            a.id: a.archived_at is not None
            for a in session.scalars(select(m.Account).where(m.Account.id.in_(list(ids))))
        }


def below(ws: Workspace, account_id) -> list:
    from acct_desktop.services.subtree import subtree_ids

    with ws.db.session() as session:
        return [i for i in session.scalars(subtree_ids(account_id)) if i != account_id]


def test_archiving_a_parent_alone_is_refused_with_the_count(ws) -> None:
    records = AccountRecords(ws.db)
    parent = busiest_parent(ws)
    children = below(ws, parent.id)
    assert records.active_below(parent.id) == len(children) > 0
    with pytest.raises(ActiveBelow) as refused:
        records.archive(parent.id)
    assert refused.value.count == len(children)
    assert str(len(children)) in str(refused.value)
    assert not any(archived(ws, [parent.id, *children]).values())


def test_archive_with_below_takes_the_branch_and_restore_brings_it_back(ws) -> None:
    records = AccountRecords(ws.db)
    parent = busiest_parent(ws)
    children = below(ws, parent.id)
    early = children[0]
    records.archive(early)  # archived on its own before: stays archived after the restore
    records.archive(parent.id, with_below=True)
    assert all(archived(ws, [parent.id, *children]).values())
    assert records.active_below(parent.id) == 0
    assert sorted(records.archived_with(parent.id)) == sorted(c for c in children if c != early)
    records.restore(parent.id)
    state = archived(ws, [parent.id, *children])
    assert state.pop(early) is True
    assert not any(state.values())


def test_the_profile_marks_an_archived_account_and_its_archived_parents(ws) -> None:
    records = AccountRecords(ws.db)
    parent = busiest_parent(ws)
    child = below(ws, parent.id)[0]
    records.archive(parent.id, with_below=True)
    profile = ws.accounts.profile(child)
    assert profile.archived
    assert parent.id in profile.archived_in_path
    records.restore(parent.id)
    profile = ws.accounts.profile(child)
    assert not profile.archived and not profile.archived_in_path
