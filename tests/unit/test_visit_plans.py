"""Plan generation over the demo database: what the planner is given, and accepting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.visit_planning import PlanSettings
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, CustomerIssue, Visit, VisitCycle
from tests.conftest import DEMO_TODAY

MONDAY = DEMO_TODAY + timedelta(days=(7 - DEMO_TODAY.weekday()) % 7 or 7)


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def dutch(db: Database) -> set:
    with db.session() as session:
        return set(session.scalars(select(Account.id).where(Account.country_code == "NL")))


def settings(days: int = 5) -> PlanSettings:
    return PlanSettings(first_day=MONDAY, last_day=MONDAY + timedelta(days=days - 1))


def test_inputs_carry_cycles_last_visits_issues_and_fixed_appointments(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    given = planner.inputs(settings(), chosen)
    assert {a.id for a in given.accounts} == chosen
    with db.session() as session:
        tiers = dict(
            session.execute(
                select(VisitCycle.tier, VisitCycle.interval_days).where(
                    VisitCycle.tier.is_not(None)
                )
            ).all()
        )
        own = dict(
            session.execute(
                select(VisitCycle.account_id, VisitCycle.interval_days).where(
                    VisitCycle.account_id.is_not(None)
                )
            ).all()
        )
    for account in given.accounts:
        assert account.interval_days == own.get(account.id, tiers[account.tier])
    assert any(a.last_visit is not None for a in given.accounts)
    with db.session() as session:
        open_with_deadline = session.scalar(
            select(func.count())
            .select_from(CustomerIssue)
            .where(
                CustomerIssue.account_id.in_(chosen),
                CustomerIssue.status.in_(("open", "in_progress")),
            )
        )
    assert sum(len(a.overdue_issues) for a in given.accounts) == open_with_deadline
    assert all(f.account_id in chosen for f in given.fixed)


def test_accepting_writes_the_proposed_visits_only(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    plan, names = planner.propose(settings(10), chosen, today=DEMO_TODAY)
    assert plan.proposed_count > 0
    assert all(v.account_id in names for v in plan.visits)
    with db.session() as session:
        before = session.scalar(select(func.count()).select_from(Visit))
    created = planner.accept(plan)
    assert len(created) == plan.proposed_count
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == before + len(created)
        statuses = set(session.scalars(select(Visit.status).where(Visit.id.in_(created))))
    assert statuses == {VisitStatus.PLANNED}


def test_the_same_inputs_give_the_same_plan(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    chosen = dutch(db)
    first, _ = planner.propose(settings(), chosen, today=DEMO_TODAY)
    second, _ = planner.propose(settings(), chosen, today=DEMO_TODAY)
    assert first == second
    assert isinstance(MONDAY, date)
