"""Whose visit it is: every way of planning a visit gives it the planner's name (My
details), and the calendar, the planner and the KPIs read it, else the territory's manager.

Two territories: North (Anne de Vries) with store N1, South (Bram Jansen) with store S1,
and a store O1 in no territory.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import AccountKind, Channel, Tier, VisitStatus
from acct_desktop.domain.visit_plan_model import Plan, PlannedDay, ProposedVisit
from acct_desktop.domain.visit_planning import PlanSettings
from acct_desktop.reporting.monthly_summary_pdf import build_monthly_summary_pdf
from acct_desktop.reporting.visit_sheet_pdf import build_visit_sheets_pdf
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.services.monthly_summary import gather_monthly_summary
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.visit_calendar_export import export_ics, visits_to_export
from acct_desktop.services.visit_calendar_import import import_ics
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.services.visit_records import VisitRecords
from acct_desktop.services.visit_reports import VisitReports
from acct_desktop.services.visit_sheets import gather_visit_sheets
from acct_desktop.services.visits import VisitService
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, Territory, Visit
from tests.unit.test_visit_sheets import pages_text

MONDAY = date(2026, 12, 7)
NINE = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
ALL = PageRequest(0, 100)


@dataclass
class Shop:
    db: Database
    ids: dict[str, uuid.UUID]

    def owner(self, visit_id: uuid.UUID) -> str | None:
        with self.db.session() as session:
            return session.scalar(select(Visit.owner).where(Visit.id == visit_id))

    def territory(self, code: str) -> uuid.UUID:
        with self.db.session() as session:
            found = session.scalar(select(Territory.id).where(Territory.code == code))
            assert found is not None
            return found

    def visit(self, code: str, start: datetime, owner: str | None) -> uuid.UUID:
        with self.db.session() as session:
            visit = Visit(
                account_id=self.ids[code],
                planned_start=start,
                planned_end=start + timedelta(hours=1),
                status=VisitStatus.PLANNED,
                owner=owner,
                summary="Voorraad geteld",
            )
            session.add(visit)
            session.flush()
            return visit.id


def _territories(db: Database) -> dict[str, uuid.UUID]:
    ids: dict[str, uuid.UUID] = {}
    with db.session() as session:
        north = Territory(code="N", name="North", manager_name="Anne de Vries")
        south = Territory(code="S", name="South", manager_name=" Bram Jansen ")
        session.add_all([north, south])
        session.flush()
        for code, territory, latitude in (
            ("N1", north, 52.1),
            ("S1", south, 51.6),
            ("O1", None, 52.0),
        ):
            account = Account(
                code=code,
                name=f"Winkel {code}",
                kind=AccountKind.STORE,
                channel=Channel.CHAIN_STORE,
                tier=Tier.B,
                territory_id=territory.id if territory else None,
                currency="EUR",
                latitude=latitude,
                longitude=5.1,
            )
            session.add(account)
            session.flush()
            ids[code] = account.id
    return ids


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "team.acctdb")
    yield Shop(db, _territories(db))
    db.close()


def test_a_visit_planned_in_the_calendar_is_the_planners(shop: Shop) -> None:
    save_manager_profile(ManagerProfile(name=" Bram Jansen ", organisation="Acme"))
    covering = VisitRecords(shop.db, "bram").plan(shop.ids["N1"], NINE, NINE + timedelta(hours=1))
    assert shop.owner(covering) == "Bram Jansen"  # covering Anne's store: still Bram's visit
    row = VisitService(shop.db).between(NINE, NINE + timedelta(days=1), ALL)[0]
    assert row.manager == "Bram Jansen"


def test_without_a_name_in_my_details_the_territory_manager_stands_in(shop: Shop) -> None:
    visit = VisitRecords(shop.db, "os-login").plan(shop.ids["N1"], NINE, NINE + timedelta(hours=1))
    assert shop.owner(visit) is None  # not the operating-system login
    row = VisitService(shop.db).between(NINE, NINE + timedelta(days=1), ALL)[0]
    assert row.manager == "Anne de Vries"


def test_accepting_a_plan_gives_its_visits_the_planners_name(shop: Shop) -> None:
    start = datetime(2026, 12, 7, 10, 0)
    proposed = ProposedVisit(
        shop.ids["S1"], MONDAY, start, start + timedelta(hours=1), 0, 0.0, 0, ()
    )
    fixed = ProposedVisit(shop.ids["N1"], MONDAY, start, start, 1, 0.0, 0, (), fixed=True)
    plan = Plan((PlannedDay(MONDAY, (proposed, fixed), 0.0, 0, start),), ())
    created = VisitPlanner(shop.db, "tm", owner="Bram Jansen").accept(plan)
    assert [shop.owner(visit) for visit in created] == ["Bram Jansen"]


def test_an_imported_outlook_appointment_and_a_reports_next_visit_are_the_planners(
    shop: Shop,
) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\nBEGIN:VEVENT\r\n"
        "UID:outlook-1\r\nSUMMARY:Bezoek\r\nLOCATION:S1\r\nDTSTART:20261208T090000Z\r\n"
        "DTEND:20261208T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    summary = import_ics(shop.db, ics.encode(), "anne", owner="Anne de Vries")
    assert summary.created == 1
    with shop.db.session() as session:
        assert session.scalars(select(Visit.owner)).all() == ["Anne de Vries"]

    done = shop.visit("O1", datetime(2026, 11, 2, 9, tzinfo=UTC), owner="Anne de Vries")
    following = VisitReports(shop.db, "bram", owner="Bram Jansen").complete(
        done, next_visit=date(2026, 12, 1)
    )
    assert following is not None and shop.owner(following) == "Bram Jansen"
    nameless = VisitReports(shop.db, "x", owner=None).complete(
        shop.visit("O1", datetime(2026, 11, 3, 9, tzinfo=UTC), owner="Anne de Vries"),
        next_visit=date(2026, 12, 2),
    )
    assert nameless is not None and shop.owner(nameless) == "Anne de Vries"  # the visit's


def test_my_visits_are_mine_and_nobodys_and_the_owners_are_listed(shop: Shop) -> None:
    shop.visit("N1", NINE, owner=None)  # Anne's by her territory
    shop.visit("N1", NINE + timedelta(hours=2), owner="Bram Jansen")  # Bram covers it
    shop.visit("S1", NINE + timedelta(hours=4), owner=None)  # Bram's by his territory
    shop.visit("O1", NINE + timedelta(hours=6), owner=None)  # nobody's
    visits = VisitService(shop.db)
    assert visits.owners() == ["Anne de Vries", "Bram Jansen"]
    assert len(visits.owners(limit=1)) == 1
    day = (NINE, NINE + timedelta(days=1))

    def codes(owner: str | None) -> list[tuple[str, str | None]]:
        return [(r.account_name[-2:], r.manager) for r in visits.between(*day, ALL, owner=owner)]

    assert codes(None) == [
        ("N1", "Anne de Vries"),
        ("N1", "Bram Jansen"),
        ("S1", "Bram Jansen"),
        ("O1", None),
    ]
    assert codes("Bram Jansen") == [("N1", "Bram Jansen"), ("S1", "Bram Jansen"), ("O1", None)]
    assert codes("Anne de Vries") == [("N1", "Anne de Vries"), ("O1", None)]


def test_planning_south_keeps_bram_s_covering_visit_and_leaves_anne_s_out(shop: Shop) -> None:
    shop.visit("N1", NINE, owner=None)  # Anne's own
    shop.visit("N1", NINE + timedelta(hours=3), owner="Bram Jansen")  # Bram covering her store
    period = PlanSettings(first_day=MONDAY, last_day=MONDAY)
    given = VisitPlanner(shop.db, "tm", owner=None).inputs(period, [shop.ids["S1"]])
    assert [f.start.astimezone(UTC) for f in given.fixed] == [NINE + timedelta(hours=3)]


def test_visit_sheets_give_each_manager_their_own_route_and_name(
    shop: Shop, tmp_path: Path
) -> None:
    shop.visit("N1", NINE, owner=None)  # Anne's by her territory
    shop.visit("S1", NINE + timedelta(hours=2), owner=None)  # Bram's by his
    shop.visit("N1", NINE + timedelta(hours=4), owner="Bram Jansen")  # Bram covers N1
    printer = ManagerProfile(name="Bram Jansen", organisation="Acme")
    content = gather_visit_sheets(shop.db, MONDAY, manager=printer, tz_name="UTC")
    routes = [(r.manager, [s.account_code for s in r.stops]) for r in content.days]
    assert routes == [("Anne de Vries", ["N1"]), ("Bram Jansen", ["S1", "N1"])]
    assert [s.manager for r in content.days for s in r.sheets] == [
        "Anne de Vries",
        "Bram Jansen",
        "Bram Jansen",
    ]
    pages = [" ".join(p.split()) for p in pages_text(build_visit_sheets_pdf(content), tmp_path)]
    assert "Account manager: Anne de Vries" in pages[0]  # her route says so, not the printer
    bram = next(p for p in pages[1:] if "Visit route" in p)
    assert "Account manager: Bram Jansen" in bram and "Winkel S1" in bram

    mine = gather_visit_sheets(shop.db, MONDAY, manager=printer, tz_name="UTC", owner="Bram Jansen")
    assert [(r.manager, [s.account_code for s in r.stops]) for r in mine.days] == [
        ("Bram Jansen", ["S1", "N1"])
    ]


def test_a_territorys_monthly_summary_names_a_colleagues_visits_next_month(
    shop: Shop, tmp_path: Path
) -> None:
    shop.visit("N1", NINE, owner=None)  # Anne's, in her territory: as before
    shop.visit("N1", NINE + timedelta(days=1), owner="Bram Jansen")  # Bram covers N1
    summary = gather_monthly_summary(
        shop.db,
        date(2026, 11, 1),
        shop.territory("N"),
        today=date(2026, 11, 25),
        allow_empty=True,
    )
    assert summary.manager == "Anne de Vries"
    assert [(v.account_name, v.manager) for v in summary.focus.visits] == [
        ("Winkel N1", "Anne de Vries"),
        ("Winkel N1", "Bram Jansen"),
    ]
    pages = pages_text(build_monthly_summary_pdf(summary), tmp_path)
    text = " ".join(" ".join(page.split()) for page in pages)
    assert "Winkel N1 · Bram Jansen" in text
    assert "Winkel N1 · Anne" not in text


@pytest.mark.postgres
def test_whose_visits_read_the_same_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        shop = Shop(db, _territories(db))
        shop.visit("N1", NINE, owner=None)
        shop.visit("N1", NINE + timedelta(hours=2), owner="Bram Jansen")
        shop.visit("O1", NINE + timedelta(hours=6), owner=None)
        visits = VisitService(db)
        assert visits.owners() == ["Anne de Vries", "Bram Jansen"]
        assert len(visits.owners(limit=1)) == 1
        day = (NINE, NINE + timedelta(days=1))
        mine = visits.between(*day, ALL, owner="Bram Jansen")
        assert [(r.account_name, r.manager) for r in mine] == [
            ("Winkel N1", "Bram Jansen"),
            ("Winkel O1", None),
        ]
        content = gather_visit_sheets(db, MONDAY, tz_name="UTC", owner="Anne de Vries")
        routes = [(r.manager, len(r.stops)) for r in content.days]
        assert routes == [(None, 1), ("Anne de Vries", 1)]  # nobody's ("") sorts first
    finally:
        db.close()


def test_sending_my_visits_to_outlook_writes_mine_and_nobodys(shop: Shop) -> None:
    shop.visit("N1", NINE, owner=None)  # Anne's
    shop.visit("N1", NINE + timedelta(hours=2), owner="Bram Jansen")
    shop.visit("O1", NINE + timedelta(hours=4), owner=None)  # nobody's
    assert visits_to_export(shop.db, MONDAY, MONDAY, "UTC") == 3
    assert visits_to_export(shop.db, MONDAY, MONDAY, "UTC", owner="Anne de Vries") == 2
    data = export_ics(shop.db, MONDAY, MONDAY, "UTC", owner="Anne de Vries")
    assert data.count(b"BEGIN:VEVENT") == 2
