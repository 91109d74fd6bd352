"""Where the dashboard's new figures come from: the visit report's recommendation score,
the day an issue was first acted on, and a demo that fills both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import IssueCategory, IssueStatus, VisitStatus
from acct_desktop.services.issue_records import IssueDraft, IssueRecords
from acct_desktop.services.kpis import KpiService
from acct_desktop.services.visit_reports import ReportRejected, VisitReports
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, CustomerIssue, Visit
from tests.conftest import DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def a_visit(db: Database) -> Visit:
    with db.session() as session:
        return session.scalars(select(Visit).order_by(Visit.planned_start).limit(1)).one()


def test_the_recommendation_score_is_saved_and_read_back(db: Database) -> None:
    reports = VisitReports(db, "tm")
    visit = a_visit(db)
    reports.save(visit.id, survey_score=9)
    assert reports.report(visit.id).survey_score == 9
    reports.save(visit.id, survey_score=None)  # not asked after all
    assert reports.report(visit.id).survey_score is None


@pytest.mark.parametrize("wrong", [11, -1, True, "7", 7.5])
def test_a_score_outside_0_to_10_is_refused_in_a_sentence(db: Database, wrong: object) -> None:
    reports = VisitReports(db, "tm")
    visit = a_visit(db)
    reports.save(visit.id, survey_score=4)
    with pytest.raises(ReportRejected, match="0 to 10"):
        reports.save(visit.id, survey_score=wrong, summary="kept?")
    report = reports.report(visit.id)
    assert report.survey_score == 4 and report.texts["summary"] != "kept?"  # nothing written


def test_first_action_is_the_day_an_issue_first_leaves_open(db: Database) -> None:
    days = iter([date(2026, 10, 1), date(2026, 10, 4), date(2026, 10, 9), date(2026, 10, 12)])
    today = {"day": next(days)}
    records = IssueRecords(db, "tm", today=lambda: today["day"])
    with db.session() as session:
        account_id = session.scalars(select(Account.id).limit(1)).one()
    draft = IssueDraft(
        account_id=account_id,
        category=IssueCategory.DELIVERY,
        description="Giao hàng trễ 3 ngày",
        responsible="Logistics",
        deadline=date(2026, 10, 20),
    )
    issue_id = records.create(draft).issue_ids[0]

    def first_action() -> date | None:
        with db.session() as session:
            return session.get(CustomerIssue, issue_id).first_action_on

    assert first_action() is None  # raised, nothing done yet
    today["day"] = next(days)
    records.update(issue_id, IssueDraft(**{**draft.__dict__, "responsible": "Finance"}))
    assert first_action() is None  # an edit that keeps it open is not an action
    today["day"] = next(days)
    records.update(issue_id, IssueDraft(**{**draft.__dict__, "status": IssueStatus.IN_PROGRESS}))
    assert first_action() == date(2026, 10, 9)
    today["day"] = next(days)
    records.update(issue_id, IssueDraft(**{**draft.__dict__, "status": IssueStatus.OPEN}))
    records.update(
        issue_id,
        IssueDraft(**{**draft.__dict__, "status": IssueStatus.RESOLVED, "resolution": "Done"}),
    )
    assert first_action() == date(2026, 10, 9)  # the first time only


def test_an_issue_raised_already_in_progress_was_acted_on_that_day(db: Database) -> None:
    records = IssueRecords(db, "tm", today=lambda: date(2026, 10, 3))
    with db.session() as session:
        account_id = session.scalars(select(Account.id).limit(1)).one()
    issue_id = records.create(
        IssueDraft(
            account_id=account_id,
            category=IssueCategory.PRICING,
            description="价格不一致",
            responsible="Finance",
            deadline=date(2026, 10, 20),
            status=IssueStatus.IN_PROGRESS,
        )
    ).issue_ids[0]
    with db.session() as session:
        assert session.get(CustomerIssue, issue_id).first_action_on == date(2026, 10, 3)


def test_the_demo_fills_survey_scores_and_first_actions(db: Database) -> None:
    with db.session() as session:
        scores = session.execute(
            select(Visit.status, func.count(), func.min(Visit.survey_score))
            .where(Visit.survey_score.is_not(None))
            .group_by(Visit.status)
        ).all()
        issues = session.execute(
            select(CustomerIssue.status, CustomerIssue.raised_on, CustomerIssue.first_action_on)
        ).all()
    assert [status for status, _count, _min in scores] == [VisitStatus.DONE]
    assert scores[0][1] > 50 and scores[0][2] >= 0
    for status, raised, first in issues:
        assert (first is None) == (status is IssueStatus.OPEN)
        assert first is None or raised <= first <= DEMO_TODAY
    board = KpiService(db, today=lambda: DEMO_TODAY).dashboard(
        DEMO_TODAY - timedelta(days=364), DEMO_TODAY
    )
    assert board.nps.result.answers > 50 and board.nps.result.score is not None
    assert board.issues.response.answered > 0
