"""A head office's issues include its branches': the profile card's Issues tab (by default),
the profile's "Open issues" and the account tree's issue column all count the whole chain,
and agree with each other, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import AccountKind, Channel, IssueCategory, IssueStatus
from acct_desktop.services.account_tree import AccountTreeService, TreeSort
from acct_desktop.services.accounts import AccountService
from acct_desktop.services.issues import IssueFilter, IssueService
from acct_desktop.services.paging import PageRequest
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.types import utcnow
from tests.conftest import DEMO_TODAY

TODAY = date(2026, 11, 24)
ALL = PageRequest(0, 500)

# code: (name, kind, parent code, archived)
CHAIN = {
    "VN000900": ("Chuỗi Hoàng Gia Trụ sở chính", AccountKind.HEADQUARTERS, None, False),
    "VN000901": (
        "Chuỗi Hoàng Gia Văn phòng miền Bắc",
        AccountKind.REGIONAL_OFFICE,
        "VN000900",
        False,
    ),
    "VN000902": ("Chuỗi Hoàng Gia Cửa hàng Hà Đông", AccountKind.STORE, "VN000901", False),
    "VN000903": ("Chuỗi Hoàng Gia Cửa hàng Cầu Giấy", AccountKind.STORE, "VN000901", True),
    "VN000904": ("Chuỗi Hoàng Gia Cửa hàng Hải Phòng", AccountKind.STORE, "VN000900", False),
    "VN000950": ("Gara Minh Khai", AccountKind.WORKSHOP, None, False),
}
# number: (account code, status, deadline in days from TODAY)
ISSUES = {
    "IS-2026-00901": ("VN000902", IssueStatus.OPEN, -3),  # late
    "IS-2026-00902": ("VN000902", IssueStatus.IN_PROGRESS, 10),
    "IS-2026-00903": ("VN000903", IssueStatus.OPEN, 5),  # under an archived store
    "IS-2026-00904": ("VN000904", IssueStatus.RESOLVED, -20),
    "IS-2026-00950": ("VN000950", IssueStatus.OPEN, -1),  # another chain
}


def _fill(db: Database) -> dict[str, uuid.UUID]:
    made: dict[str, uuid.UUID] = {}
    with db.session() as session:
        for code, (name, kind, parent, archived) in CHAIN.items():
            account = m.Account(
                code=code,
                name=name,
                kind=kind,
                channel=Channel.CHAIN_STORE,
                parent_id=made[parent] if parent else None,
                archived_at=utcnow() if archived else None,
            )
            session.add(account)
            session.flush()
            made[code] = account.id
        for number, (code, status, days) in ISSUES.items():
            closed = status in (IssueStatus.RESOLVED, IssueStatus.VERIFIED)
            session.add(
                m.CustomerIssue(
                    number=number,
                    account_id=made[code],
                    category=IssueCategory.DELIVERY,
                    description=f"Delivery problem {number}",
                    raised_on=TODAY - timedelta(days=30),
                    responsible="Logistics",
                    deadline=TODAY + timedelta(days=days),
                    status=status,
                    closed_on=TODAY - timedelta(days=25) if closed else None,
                )
            )
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def chain(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """The hand-made chain and its services, on SQLite or PostgreSQL (read-only)."""

    def services(db: Database) -> tuple:
        made = _fill(db)
        return (
            made,
            IssueService(db, today=lambda: TODAY),
            AccountService(db),
            AccountTreeService(db, today=lambda: TODAY),
        )

    if request.param == "sqlite":
        db = open_database(tmp_path_factory.mktemp("chain") / "chain.acctdb")
        yield services(db)
        db.close()
        return
    from tests.pg import with_database

    with with_database(request.getfixturevalue("pg_server"), "t_head_office") as url:
        db = open_database(url)
        yield services(db)
        db.close()


def test_the_head_office_lists_its_chains_issues_each_with_its_account(chain) -> None:
    made, issues, _accounts, _tree = chain
    hq = made["VN000900"]
    assert issues.for_account(hq, ALL) == []  # none of its own
    rows = issues.for_account(hq, ALL, with_sub_accounts=True)
    # Open ones first by deadline, then the closed one.
    assert [r.number for r in rows] == [
        "IS-2026-00901",
        "IS-2026-00903",
        "IS-2026-00902",
        "IS-2026-00904",
    ]
    assert [r.account_code for r in rows] == ["VN000902", "VN000903", "VN000902", "VN000904"]
    assert rows[0].account_name == "Chuỗi Hoàng Gia Cửa hàng Hà Đông"
    assert "IS-2026-00950" not in {r.number for r in rows}


def test_a_store_with_no_children_lists_the_same_either_way(chain) -> None:
    made, issues, _accounts, _tree = chain
    store = made["VN000902"]
    own = issues.for_account(store, ALL)
    assert [r.number for r in own] == ["IS-2026-00901", "IS-2026-00902"]
    assert issues.for_account(store, ALL, with_sub_accounts=True) == own


@pytest.mark.parametrize(
    ("code", "open_issues", "late"),
    [
        ("VN000900", 3, 1),
        ("VN000901", 3, 1),
        ("VN000902", 2, 1),
        ("VN000904", 0, 0),
        ("VN000950", 1, 1),
    ],
)
def test_tab_profile_and_tree_count_the_same_open_issues(chain, code, open_issues, late) -> None:
    made, issues, accounts, tree = chain
    account_id = made[code]
    listed = issues.for_account(account_id, ALL, with_sub_accounts=True)
    assert sum(r.status in (IssueStatus.OPEN, IssueStatus.IN_PROGRESS) for r in listed) == (
        open_issues
    )
    assert issues.open_count(account_id, with_sub_accounts=True) == open_issues
    assert accounts.profile(account_id).open_issue_count == open_issues
    row = tree.details([account_id])[account_id]
    assert (row.open_issues, row.overdue_issues) == (open_issues, late)
    assert issues.overdue_count(subtree_of=account_id) == late  # the Issues dock's banner


def test_the_tree_sorts_by_the_chains_open_issues(chain) -> None:
    made, _issues, _accounts, tree = chain
    roots = tree.children(None, sort=TreeSort("open_issues", descending=True))
    assert [(r.code, r.open_issues) for r in roots] == [("VN000900", 3), ("VN000950", 1)]
    below = tree.children(made["VN000900"], sort=TreeSort("open_issues", descending=True))
    assert [(r.code, r.open_issues, r.overdue_issues) for r in below] == [
        ("VN000901", 3, 1),
        ("VN000904", 0, 0),
    ]


def test_only_open_issues_are_counted_and_archived_ones_never(tmp_path: Path) -> None:
    db = open_database(tmp_path / "chain.acctdb")
    try:
        made = _fill(db)
        with db.session() as session:
            issue = session.scalars(
                select(m.CustomerIssue).where(m.CustomerIssue.number == "IS-2026-00902")
            ).one()
            issue.archived_at = utcnow()
        hq = made["VN000900"]
        issues = IssueService(db, today=lambda: TODAY)
        assert issues.open_count(hq, with_sub_accounts=True) == 2
        assert AccountService(db).profile(hq).open_issue_count == 2
        row = AccountTreeService(db, today=lambda: TODAY).details([hq])[hq]
        assert (row.open_issues, row.overdue_issues) == (2, 1)
        assert len(issues.for_account(hq, ALL, with_sub_accounts=True)) == 3
    finally:
        db.close()


def test_the_demo_head_office_vn000025_shows_its_branches_issues(demo_db: Path) -> None:
    """The tester's case: VN000025 said "No customer issues recorded" and 0 open issues,
    with 13 open or in progress under it."""
    db = open_database(demo_db)
    try:
        with db.session() as session:
            hq = session.scalars(select(m.Account.id).where(m.Account.code == "VN000025")).one()
        issues = IssueService(db, today=lambda: DEMO_TODAY)
        chain_issues = issues.register(
            IssueFilter(statuses=frozenset(), subtree_of=hq), PageRequest(0, 1000)
        )
        open_under = [
            r for r in chain_issues if r.status in (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)
        ]
        assert len(open_under) >= 10 and not issues.for_account(hq, ALL)
        listed = issues.for_account(hq, ALL, with_sub_accounts=True)
        assert {r.id for r in listed} == {r.id for r in chain_issues}
        assert len({r.account_code for r in listed}) > 1
        assert AccountService(db).profile(hq).open_issue_count == len(open_under)
        row = AccountTreeService(db, today=lambda: DEMO_TODAY).details([hq])[hq]
        assert row.open_issues == len(open_under)
        assert row.overdue_issues == issues.overdue_count(subtree_of=hq)
    finally:
        db.close()
