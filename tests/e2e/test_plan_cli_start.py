"""``acct-desktop plan --start LAT,LON | --start-account CODE [--no-return]`` and customers
in other time zones, in a subprocess on the S demo (Dutch, Vietnamese and Chinese
accounts), planned by a manager in Ho Chi Minh City."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.domain.geo import haversine_km, road_km
from acct_desktop.domain.visit_plan_model import whole_km
from acct_desktop.services.planning_preferences import load_planning_preferences
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account

WEEK = ("--from", "2026-12-21", "--to", "2026-12-26", "--now", "2026-12-21T07:00")
KM = re.compile(r"about ([\d,]+) km")
HOME = (10.7769, 106.7009)  # District 1
THU_DUC, BIEN_HOA, DEPOT = (10.85, 106.77), (10.95, 106.82), (11.05, 106.87)
ZONES = {"NL": "Europe/Amsterdam", "VN": "Asia/Ho_Chi_Minh", "CN": "Asia/Shanghai"}


def plan(db: Path, *args: str, zone: str = "Asia/Ho_Chi_Minh") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": zone}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "plan", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def km(out: str) -> int:
    return int(KM.search(out).group(1).replace(",", ""))


@pytest.fixture
def two_garages(tmp_path: Path) -> Path:
    """Two garages in Thu Duc and Bien Hoa, never visited (so due), and a depot."""
    target = tmp_path / "garages.acctdb"
    database = open_database(target)
    with database.session() as session:
        for code, where in (("VN-TD", THU_DUC), ("VN-BH", BIEN_HOA), ("VN-DEPOT", DEPOT)):
            session.add(
                Account(
                    code=code,
                    name=f"Gara {code}",
                    kind=AccountKind.WORKSHOP,
                    channel=Channel.WORKSHOP,
                    tier=Tier.B,
                    country_code="VN",
                    latitude=where[0],
                    longitude=where[1],
                    currency="VND",
                )
            )
    database.close()
    return target


def test_the_start_flags_change_the_kilometres_for_one_run(two_garages: Path) -> None:
    day = ("--from", "2026-12-22", "--to", "2026-12-22", "--now", "2026-12-21T07:00")
    first_visit = plan(two_garages, *day, "--country", "none")
    home = plan(two_garages, *day, "--country", "none", "--start", "10.7769,106.7009")
    no_return = plan(
        two_garages, *day, "--country", "none", "--start", "10,7769; 106,7009", "--no-return"
    )
    depot = plan(two_garages, *day, "--country", "none", "--start-account", "VN-DEPOT")
    for result in (first_visit, home, no_return, depot):
        assert result.returncode == 0, result.stderr
        assert "3 new" in result.stdout  # the same three visits each time
    # Each leg in whole km as the dialog's rows show it, added up (halves up).
    out = whole_km(road_km(haversine_km(*THU_DUC, *BIEN_HOA)))
    on = whole_km(road_km(haversine_km(*BIEN_HOA, *DEPOT)))
    assert km(first_visit.stdout) == out + on  # from the first visit: no leg to it
    there = whole_km(road_km(haversine_km(*HOME, *THU_DUC)))  # from District 1: Thu Duc first
    assert km(no_return.stdout) == there + out + on
    back = whole_km(road_km(haversine_km(*DEPOT, *HOME)))
    assert km(home.stdout) == there + out + on + back
    # From the depot, visited first, out along the line and back to it.
    assert km(depot.stdout) == 2 * (out + on)
    # For one run: what Plan visits… remembers is unchanged.
    assert load_planning_preferences().start.kind == "first_visit"


def test_a_bad_start_is_refused_in_one_sentence(demo_db: Path) -> None:
    for args, said in (
        (("--start", "10.7769"), "--start: Enter the start as a latitude and a longitude"),
        (("--start", "95,10"), "--start: A latitude is from -90 to 90"),
        (("--start-account", "NOPE"), "There is no account with code “NOPE” to start from."),
    ):
        result = plan(demo_db, *WEEK, *args)
        assert result.returncode == 2, (args, result.stdout)
        assert said in result.stderr and "Traceback" not in result.stderr
    both = plan(demo_db, *WEEK, "--start", "10,106", "--start-account", "NL000001")
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_customers_are_booked_within_their_own_working_hours(demo_db: Path) -> None:
    # The QA's Monday: a manager in Ho Chi Minh City plans the whole territory at 08:00.
    with sqlite3.connect(demo_db) as conn:
        before = {row[0] for row in conn.execute("SELECT id FROM visit")}
    result = plan(
        demo_db, "--now", "2026-11-23T08:00", "--country", "VN", "--accept", "--to", "2026-11-27"
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\d+ new visits? written\.$", result.stdout, re.M), result.stdout
    with sqlite3.connect(demo_db) as conn:
        rows = [
            row[1:]
            for row in conn.execute(
                "SELECT v.id, a.country_code, v.planned_start, v.planned_end FROM visit v"
                " JOIN account a ON a.id = v.account_id"
            )
            if row[0] not in before
        ]
    assert rows
    countries = set()
    for country, start, end in rows:
        begins, ends = (_utc(text).astimezone(ZoneInfo(ZONES[country])) for text in (start, end))
        assert time(8, 30) <= begins.time() and ends.time() <= time(17, 30), (country, begins)
        saigon = _utc(start).astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
        assert time(8, 30) <= saigon.time()  # and within the manager's own day
        countries.add(country)
    assert "NL" in countries  # the Dutch are planned: in their morning, our afternoon


def _utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
