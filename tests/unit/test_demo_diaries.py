"""The demo's visits are each made by their territory's manager, and one person can keep
them: one town a day, in the customer's working hours, with time to drive between them; only
one manager has visits booked ahead, so the demo's week can be planned."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

from acct_desktop.domain.geo import estimated_drive, haversine_km
from acct_desktop.domain.visit_planning import PlanSettings
from acct_desktop.services.demo.diary import Diary
from acct_desktop.services.visit_plans import VisitPlanner
from acct_desktop.store.database import open_database
from tests.conftest import DEMO_TODAY

ZONES = {"CN": "Asia/Shanghai", "VN": "Asia/Ho_Chi_Minh", "NL": "Europe/Amsterdam"}
DEFAULTS = PlanSettings(DEMO_TODAY, DEMO_TODAY)


def _visits(path: Path) -> list[tuple]:  # type: ignore[type-arg]
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "select t.code, v.planned_start, v.planned_end, v.status, a.country_code, a.city,"
            " a.latitude, a.longitude from visit v join account a on a.id = v.account_id"
            " join territory t on t.id = a.territory_id"
        ).fetchall()


def _local(stored: str, country: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone(ZoneInfo(ZONES[country]))


def test_each_managers_days_can_be_kept(demo_s_file: Path) -> None:
    days: dict[tuple[str, date], list[tuple]] = defaultdict(list)  # type: ignore[type-arg]
    for territory, start, end, _status, country, city, lat, lon in _visits(demo_s_file):
        begins, ends = _local(start, country), _local(end, country)
        days[(territory, begins.date())].append((begins, ends, (country, city), (lat, lon)))
    assert len(days) > 300
    for (territory, day), visits in days.items():
        visits.sort()
        where = f"{territory} on {day}"
        assert len({town for _, _, town, _ in visits}) == 1, f"{where}: one town a day"
        assert len(visits) <= DEFAULTS.max_visits_per_day, where
        assert day.weekday() < 5, where
        for begins, ends, _, _ in visits:
            assert DEFAULTS.day_start <= begins.time() and ends.time() <= DEFAULTS.day_end, where
            assert begins.minute % 15 == 0, where
            noon, one = begins.replace(hour=12, minute=0), begins.replace(hour=13, minute=0)
            assert ends <= noon or begins >= one, f"{where}: over lunch"
        for (_, left, _, here), (arrive, _, _, there) in pairwise(visits):
            drive = estimated_drive(haversine_km(*here, *there), DEFAULTS.speed_kmh)
            assert left + timedelta(minutes=drive.minutes) <= arrive, f"{where}: {left}→{arrive}"


def test_only_the_region_with_the_most_accounts_has_visits_booked_ahead(
    demo_s_file: Path,
) -> None:
    with sqlite3.connect(demo_s_file) as conn:
        (biggest,) = conn.execute(
            "select t.code from account a join territory t on t.id = a.territory_id"
            " group by t.code order by count(*) desc limit 1"
        ).fetchone()
    ahead = [v for v in _visits(demo_s_file) if v[3] == "planned"]
    assert ahead and {v[0] for v in ahead} == {biggest}
    assert all(_local(v[1], v[4]).date() > DEMO_TODAY for v in ahead)
    assert all(
        _local(v[1], v[4]).date() < DEMO_TODAY for v in _visits(demo_s_file) if v[3] != "planned"
    )


def test_the_demo_week_can_be_planned(demo_db: Path) -> None:
    monday = DEMO_TODAY + timedelta(days=7 - DEMO_TODAY.weekday())
    db = open_database(demo_db)
    try:
        plan, _ = VisitPlanner(db, "tm").propose(
            PlanSettings(monday, monday + timedelta(days=4)), today=DEMO_TODAY
        )
    finally:
        db.close()
    assert [d.warnings for d in plan.days if d.warnings] == []
    assert plan.proposed_count >= 5
    assert any(v.fixed for v in plan.visits), "the booked visits are planned around"


MONDAY = date(2026, 11, 9)
ARNHEM, VELP, EINDHOVEN = (51.9851, 5.8987), (51.9952, 5.9728), (51.4416, 5.4697)


def test_a_visit_that_does_not_fit_its_day_moves_to_the_nearest_that_takes_it() -> None:
    diary = Diary()
    far = date.min, date.max
    assert diary.book("NL-03", "Arnhem", ARNHEM, MONDAY, 10 * 60, 60, *far) == (MONDAY, 600)
    # 10:30 is taken: the nearest quarter hour that leaves time for the drive from Arnhem.
    assert diary.book("NL-03", "Arnhem", VELP, MONDAY, 10 * 60 + 30, 30, *far) == (MONDAY, 675)
    # Another town is another day (Friday before a free Tuesday: the nearer of the two).
    assert diary.book("NL-03", "Eindhoven", EINDHOVEN, MONDAY, 600, 60, *far) == (
        MONDAY - timedelta(days=3),
        600,
    )
    # Another manager's diary is their own.
    assert diary.book("NL-04", "Eindhoven", EINDHOVEN, MONDAY, 600, 60, *far) == (MONDAY, 600)
    # Never across the bounds given (today): the next free weekday after them.
    assert diary.book("NL-03", "Eindhoven", EINDHOVEN, MONDAY, 600, 60, MONDAY, date.max) == (
        MONDAY + timedelta(days=1),
        600,
    )
    # No visit over lunch, nor before 08:30 or past 17:30.
    assert diary.book("NL-05", "Arnhem", ARNHEM, MONDAY, 11 * 60 + 30, 60, *far) == (
        MONDAY,
        11 * 60,
    )
    assert diary.book("NL-06", "Arnhem", ARNHEM, MONDAY, 8 * 60, 90, *far) == (MONDAY, 8 * 60 + 30)
    assert diary.book("NL-07", "Arnhem", ARNHEM, MONDAY, 17 * 60, 90, *far) == (MONDAY, 16 * 60)
