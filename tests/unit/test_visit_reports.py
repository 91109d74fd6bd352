"""Recording a visit: saved as typed, completed with its consequences, refusals in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.services.visit_reports import ReportRejected, VisitReports
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Contact, Visit


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def planned(db: Database) -> Visit:
    with db.session() as session:
        return session.scalars(
            select(Visit)
            .where(Visit.status == VisitStatus.PLANNED)
            .order_by(Visit.planned_start)
            .limit(1)
        ).one()


def test_completing_marks_done_records_contacts_and_plans_the_next(db: Database) -> None:
    reports = VisitReports(db, "tm")
    visit = planned(db)
    report = reports.report(visit.id)
    contact_id = report.people[0][0]
    reports.set_met(visit.id, contact_id, True)
    with pytest.raises(ReportRejected, match="summary"):
        reports.complete(visit.id)
    reports.save(visit.id, summary="  Stock check, new shelf  ", price_compliant=True)
    with pytest.raises(ReportRejected, match="after this one"):
        reports.complete(visit.id, visit.planned_start.date())
    following = reports.complete(visit.id, visit.planned_start.date() + timedelta(days=14))
    done = reports.report(visit.id)
    assert done.done and done.texts["summary"] == "Stock check, new shelf"
    with db.session() as session:
        assert session.get(Contact, contact_id).last_contacted_on is not None
        nxt = session.get(Visit, following)
        assert nxt.status is VisitStatus.PLANNED
        assert nxt.planned_end - nxt.planned_start == visit.planned_end - visit.planned_start


def test_future_visits_cannot_be_completed_and_competitors_need_a_name(db: Database) -> None:
    from datetime import UTC, datetime

    from acct_desktop.services.visit_records import VisitRecords

    reports = VisitReports(db, "tm")
    start = datetime.now(UTC) + timedelta(days=3)
    future_id = VisitRecords(db, "tm").plan(
        planned(db).account_id, start, start + timedelta(hours=1)
    )
    with db.session() as session:
        future = session.get(Visit, future_id)
    reports.save(future.id, summary="prepared")
    with pytest.raises(ReportRejected, match="future"):
        reports.complete(future.id)
    with pytest.raises(ReportRejected, match="competitor"):
        reports.observe(future.id, "  ")
    with pytest.raises(ReportRejected, match="0 or more"):
        reports.observe(future.id, "Shell", price=Decimal(-1))
    with pytest.raises(ReportRejected, match="0 to 100") as share:
        reports.observe(future.id, "Shell", shelf_share_percent=101)
    assert share.value.field == "share"
    reports.observe(
        future.id, "Shell", "Helix 5W-30", Decimal("9.95"), "2+1", shelf_share_percent=25
    )
    assert [o.competitor for o in reports.report(future.id).observations] == ["Shell"]
    assert reports.report(future.id).observations[0].shelf_share_percent == 25


def test_a_text_a_colleague_saved_since_it_was_seen_is_not_replaced(db: Database) -> None:
    from acct_desktop.services.visit_reports import ReportChanged

    anna, bram = VisitReports(db, "Anna"), VisitReports(db, "Bram")
    visit = planned(db)
    seen = anna.report(visit.id).texts
    anna.save(visit.id, seen={"summary": seen["summary"]}, summary="Anna's summary")
    bram.save(visit.id, seen={"follow_ups": seen["follow_ups"]}, follow_ups="Bram's follow-up")
    with pytest.raises(ReportChanged, match="Anna saved a change to the visit to") as refused:
        bram.save(visit.id, seen={"summary": seen["summary"]}, summary="Bram's summary")
    assert refused.value.field == "summary" and refused.value.theirs == "Anna's summary"
    assert refused.value.who == "Anna"
    texts = anna.report(visit.id).texts
    assert texts["summary"] == "Anna's summary" and texts["follow_ups"] == "Bram's follow-up"
    bram.save(visit.id, seen={"summary": "Anna's summary"}, summary="Bram's summary")
    assert anna.report(visit.id).texts["summary"] == "Bram's summary"
