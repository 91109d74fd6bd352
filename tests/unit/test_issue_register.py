"""The customer-issue register: raising, editing, bulk edits, filters and audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.issues import closed_on_after, days_overdue, is_overdue
from acct_desktop.domain.numbering import DocumentNumberError, next_number, parse_number
from acct_desktop.domain.sentences import Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.issue_records import (
    BulkIssueEdit,
    IssueDraft,
    IssueInvalid,
    IssueRecords,
)
from acct_desktop.services.issues import IssueFilter, IssueService
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def records(workspace) -> IssueRecords:
    return IssueRecords(workspace.db, actor="li.wei", today=lambda: TODAY)


@pytest.fixture
def register(workspace) -> IssueService:
    return IssueService(workspace.db, today=lambda: TODAY)


def some_account(ws: Workspace):
    return ws.tree.children(None, 0, 1)[0]


def draft_for(account_id, **changes) -> IssueDraft:
    values = dict(
        account_id=account_id,
        category=IssueCategory.DEFECTIVE_REPLACEMENT,
        description="  Ten cartons of 5W-30 leaked in transit  ",
        responsible="Logistics",
        deadline=TODAY + timedelta(days=14),
    )
    return IssueDraft(**(values | changes))


# -- domain -------------------------------------------------------------------------------
@given(
    status=st.sampled_from(list(IssueStatus)),
    deadline=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    today=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
)
def test_an_issue_is_overdue_exactly_when_still_open_after_its_deadline(
    status, deadline, today
) -> None:
    open_ = status in (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)
    assert is_overdue(status, deadline, today) == (open_ and deadline < today)
    assert days_overdue(status, deadline, today) == (
        (today - deadline).days if open_ and deadline < today else 0
    )


def test_closing_sets_the_day_reopening_clears_it_and_reclosing_keeps_the_first() -> None:
    first = date(2026, 3, 1)
    assert closed_on_after(IssueStatus.OPEN, IssueStatus.RESOLVED, None, first) == first
    later = date(2026, 3, 9)
    assert closed_on_after(IssueStatus.RESOLVED, IssueStatus.VERIFIED, first, later) == first
    assert closed_on_after(IssueStatus.VERIFIED, IssueStatus.OPEN, first, later) is None


@given(st.lists(st.integers(1, 99_999), max_size=30), st.integers(2000, 2100))
def test_the_next_number_is_one_past_the_highest_of_the_year(sequences, year) -> None:
    existing = [f"IS-{year}-{n:05d}" for n in sequences] + [f"IS-{year - 1}-99999", "junk"]
    number = next_number("IS", year, existing, 5)
    assert parse_number("IS", number, 5) == (year, max(sequences, default=0) + 1)
    assert number not in existing


def test_malformed_numbers_are_refused_with_an_example() -> None:
    with pytest.raises(DocumentNumberError, match="IS-2026-00007"):
        parse_number("IS", "IS-26-7", 5)


# -- records ------------------------------------------------------------------------------
def test_raising_an_issue_numbers_it_in_its_year_and_audits_it(workspace, records) -> None:
    account = some_account(workspace)
    changed = records.create(draft_for(account.id))
    assert changed.created and changed.account_ids == (account.id,)
    with workspace.db.session() as session:
        issue = session.get(m.CustomerIssue, changed.issue_ids[0])
        assert issue.number.startswith(f"IS-{TODAY.year}-")
        assert issue.description == "Ten cartons of 5W-30 leaked in transit"
        assert issue.raised_on == TODAY and issue.status == IssueStatus.OPEN
        assert issue.responsible_side == ResponsibleSide.OURS
        numbers = session.scalars(select(m.CustomerIssue.number)).all()
        assert len(numbers) == len(set(numbers))
        events = session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.entity_id == issue.id)
        ).all()
        assert [(e.actor, e.field) for e in events] == [("li.wei", "created")]
    second = records.create(draft_for(account.id))
    with workspace.db.session() as session:
        a, b = (
            session.get(m.CustomerIssue, i).number for i in changed.issue_ids + second.issue_ids
        )
    assert parse_number("IS", b, 5)[1] == parse_number("IS", a, 5)[1] + 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": "   "}, "description"),
        ({"responsible": ""}, "responsible"),
        ({"deadline": TODAY - timedelta(days=1)}, "deadline"),
        (
            {"raised_on": TODAY + timedelta(days=1), "deadline": TODAY + timedelta(days=5)},
            "raised_on",
        ),
        ({"status": IssueStatus.RESOLVED}, "resolution"),
    ],
)
def test_a_bad_issue_is_refused_next_to_the_field_and_nothing_is_saved(
    workspace, records, changes, field
) -> None:
    account = some_account(workspace)
    with workspace.db.session() as session:
        before = session.query(m.CustomerIssue).count()
    with pytest.raises(IssueInvalid) as refused:
        records.create(draft_for(account.id, **changes))
    assert field in refused.value.problems
    with workspace.db.session() as session:
        assert session.query(m.CustomerIssue).count() == before


def test_editing_records_each_changed_field_old_to_new_and_resolving_closes_it(
    workspace, records
) -> None:
    account = some_account(workspace)
    issue_id = records.create(draft_for(account.id)).issue_ids[0]
    draft, version = records.draft(issue_id)
    resolved = IssueDraft(
        **{**draft.__dict__, "status": IssueStatus.RESOLVED, "resolution": "Replaced 10 ctn"}
    )
    changed = records.update(issue_id, resolved, version)
    assert set(changed.fields) == {"status", "resolution", "closed_on"}
    with workspace.db.session() as session:
        issue = session.get(m.CustomerIssue, issue_id)
        assert issue.closed_on == TODAY
        trail = {
            e.field: (e.old_value, e.new_value)
            for e in session.scalars(select(m.AuditEvent).where(m.AuditEvent.entity_id == issue_id))
        }
    assert trail["status"] == ("open", "resolved")
    assert trail["resolution"] == (None, "Replaced 10 ctn")
    with pytest.raises(EditRejected, match="changed"):
        records.update(issue_id, resolved, version)


def test_an_old_issue_can_be_edited_although_its_deadline_has_passed(workspace, records) -> None:
    with workspace.db.session() as session:
        old = session.scalars(
            select(m.CustomerIssue).where(m.CustomerIssue.deadline < TODAY - timedelta(days=30))
        ).first()
        old_id = old.id
    draft, version = records.draft(old_id)
    records.update(old_id, IssueDraft(**{**draft.__dict__, "responsible": "Finance"}), version)


def test_bulk_edit_is_all_or_nothing(workspace, records, register) -> None:
    account = some_account(workspace)
    ids = [records.create(draft_for(account.id)).issue_ids[0] for _ in range(3)]
    changed = records.bulk_update(
        ids, BulkIssueEdit(responsible="Finance", deadline=TODAY + timedelta(days=30))
    )
    assert set(changed.issue_ids) == set(ids) and "responsible" in changed.fields
    with pytest.raises(IssueInvalid, match="IS-"):
        records.bulk_update(ids, BulkIssueEdit(status=IssueStatus.VERIFIED))
    rows = {r.id: r for r in register.for_account(account.id, PageRequest(limit=500))}
    assert {rows[i].status for i in ids} == {IssueStatus.OPEN}
    assert {rows[i].responsible for i in ids} == {"Finance"}


def test_withdrawn_issues_leave_the_register_and_come_back_on_restore(
    workspace, records, register
) -> None:
    account = some_account(workspace)
    issue_id = records.create(draft_for(account.id)).issue_ids[0]
    records.archive(issue_id)
    assert issue_id not in {r.id for r in register.for_account(account.id, PageRequest())}
    records.restore(issue_id)
    assert issue_id in {r.id for r in register.for_account(account.id, PageRequest())}


# -- register reads -----------------------------------------------------------------------
def test_the_register_filters_by_status_overdue_category_responsible_and_subtree(
    workspace, register
) -> None:
    everything = IssueFilter(statuses=frozenset())
    total = register.register_count(everything)
    rows = register.register(everything, PageRequest(limit=100_000))
    assert len(rows) == total > 0
    overdue = register.register(IssueFilter(overdue_only=True), PageRequest(limit=100_000))
    assert overdue and all(r.overdue_on(TODAY) for r in overdue)
    assert len(overdue) == sum(r.overdue_on(TODAY) for r in rows)
    assert register.overdue_count() == len(overdue)
    delivery = IssueFilter(statuses=frozenset(), categories=frozenset({IssueCategory.DELIVERY}))
    assert all(
        r.category == IssueCategory.DELIVERY
        for r in register.register(delivery, PageRequest(limit=100_000))
    )
    finance = register.register(
        IssueFilter(statuses=frozenset(), responsible="finan"), PageRequest(limit=100_000)
    )
    # the demo's responsibles are in each account's language: only the Dutch one matches
    assert finance and {r.responsible for r in finance} == {"Financiële administratie"}
    head = next(n for n in workspace.tree.children(None, 0, 500) if n.child_count)
    below = register.register(
        IssueFilter(statuses=frozenset(), subtree_of=head.id), PageRequest(limit=100_000)
    )
    with workspace.db.session() as session:
        from acct_desktop.services.subtree import subtree_ids

        ids = set(session.scalars(subtree_ids(head.id)))
    assert {r.account_id for r in below} <= ids
    assert len(below) == sum(r.account_id in ids for r in rows)


def test_register_pages_never_repeat_or_skip(register) -> None:
    wanted = IssueFilter(statuses=frozenset())
    total = register.register_count(wanted)
    seen = []
    for offset in range(0, total, 7):
        seen += [r.id for r in register.register(wanted, PageRequest(offset, 7, "deadline"))]
    assert len(seen) == len(set(seen)) == total


def test_text_search_matches_number_description_or_account_and_escapes_wildcards(
    register,
) -> None:
    some = register.register(IssueFilter(statuses=frozenset()), PageRequest(limit=1))[0]
    hits = register.register(
        IssueFilter(statuses=frozenset(), text=some.number.lower()), PageRequest()
    )
    assert [h.id for h in hits] == [some.id]
    assert register.register_count(IssueFilter(statuses=frozenset(), text="%")) == 0


def test_an_issue_raised_at_a_visit_cannot_be_dated_before_that_visit(workspace, records) -> None:
    """Raised 2026/11/10 from the report of a visit on 2026-11-25: it was accepted."""
    with workspace.db.session() as session:
        visit = session.scalars(
            select(m.Visit)
            .where(m.Visit.planned_start < datetime.combine(TODAY, time(), tzinfo=UTC))
            .order_by(m.Visit.planned_start.desc())
            .limit(1)
        ).one()
        account_id, visit_day = visit.account_id, visit.planned_start.astimezone().date()
    early = draft_for(
        account_id,
        visit_id=visit.id,
        raised_on=visit_day - timedelta(days=15),
        deadline=visit_day + timedelta(days=14),
    )
    with pytest.raises(IssueInvalid) as refused:
        records.create(early)
    assert refused.value.problems == {
        "raised_on": f"An issue raised at a visit cannot be dated before the visit ({visit_day})."
    }
    assert records.create(draft_for(account_id, visit_id=visit.id, raised_on=visit_day)).created


def test_an_issue_on_an_archived_account_is_refused_in_a_sentence_the_gui_translates(
    workspace, records
) -> None:
    """The refusal said which account, but as a plain f-string no catalogue could hold."""
    account = some_account(workspace)
    with workspace.db.session() as session:
        session.get(m.Account, account.id).archived_at = datetime(2026, 11, 1, tzinfo=UTC)
        session.commit()
    with pytest.raises(IssueInvalid) as refused:
        records.create(draft_for(account.id))
    said = refused.value.problems["account_id"]
    assert isinstance(said, Sentence)
    assert said.template == "%1 is archived; restore it first."
    assert said == f"{account.name} is archived; restore it first."
