"""Where the manager's day starts (home, an account, or the first visit) and customers on
another clock: a manager in Ho Chi Minh City does not visit a Dutch customer at 02:30 in
Amsterdam."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.domain.geo import haversine_km, road_km
from acct_desktop.domain.visit_planning import (
    Plan,
    PlanningAccount,
    PlanSettings,
    ReasonKind,
    generate_plan,
)
from acct_desktop.services.account_zones import customer_zone
from acct_desktop.services.planning_preferences import (
    PlanningPreferences,
    StartPoint,
    load_planning_preferences,
    parse_start_place,
    save_planning_preferences,
)
from acct_desktop.services.visit_plans import StartRefused, VisitPlanner
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account
from tests.zones import local_zone

MONDAY = date(2026, 11, 23)
SAIGON_ZONE, AMSTERDAM_ZONE = "Asia/Ho_Chi_Minh", "Europe/Amsterdam"
HOME = (10.7769, 106.7009)  # District 1, Ho Chi Minh City
NEAR_HOME = (10.79, 106.72)
THU_DUC = (10.85, 106.77)
BIEN_HOA = (10.95, 106.82)
MAASTRICHT = (50.8514, 5.6910)


def shop(ident: str, where: tuple[float, float], **fields) -> PlanningAccount:  # type: ignore[no-untyped-def]
    values = {
        "id": ident,
        "name": ident,
        "latitude": where[0],
        "longitude": where[1],
        "tier": Tier.B,
        "interval_days": 28,
        "last_visit": MONDAY - timedelta(days=40),
        "duration_minutes": 45,
    }
    values.update(fields)
    return PlanningAccount(**values)


def one_day(**fields) -> PlanSettings:  # type: ignore[no-untyped-def]
    return PlanSettings(first_day=MONDAY, last_day=MONDAY, lunch_break=None, **fields)


def plan_of(accounts, period: PlanSettings) -> Plan:  # type: ignore[no-untyped-def]
    return generate_plan(accounts, period, today=MONDAY - timedelta(days=3))


# -- the start point ------------------------------------------------------------------------


def test_the_start_point_is_remembered_and_given_to_the_planner(tmp_path: Path) -> None:
    home = PlanningPreferences(start=StartPoint(*HOME), return_to_start=False)
    save_planning_preferences(home, tmp_path)
    again = load_planning_preferences(tmp_path)
    assert again.start == StartPoint(*HOME) and again.return_to_start is False
    period = again.settings(MONDAY, MONDAY)
    assert (period.start_latitude, period.start_longitude) == HOME
    assert period.return_to_start is False

    save_planning_preferences(PlanningPreferences(start=StartPoint(account_code="VN-1")), tmp_path)
    account = load_planning_preferences(tmp_path)
    assert account.start == StartPoint(account_code="VN-1") and account.return_to_start
    period = account.settings(MONDAY, MONDAY, "en", (10.5, 106.5))  # the account's place
    assert (period.start_latitude, period.start_longitude) == (10.5, 106.5)
    first_visit = PlanningPreferences().settings(MONDAY, MONDAY)
    assert first_visit.start_latitude is None and first_visit.start_longitude is None


@pytest.mark.parametrize(
    "saved",
    [
        '{"start": {"latitude": 95, "longitude": 10}}',
        '{"start": {"latitude": "10.7", "longitude": 106}}',
        '{"start": {"latitude": 10.7}}',
        '{"start": [10.7, 106.7], "return_to_start": "yes"}',
        '{"start": null}',
    ],
)
def test_a_damaged_start_is_the_first_visit(tmp_path: Path, saved: str) -> None:
    (tmp_path / "planning.json").write_text(saved, encoding="utf-8")
    prefs = load_planning_preferences(tmp_path)
    assert prefs.start == StartPoint() and prefs.return_to_start is True
    assert not prefs.problems()


@pytest.mark.parametrize(
    "typed",
    ["10.7769, 106.7009", "10,7769, 106,7009", "10,7769; 106,7009", "10.7769 106.7009"],
)
def test_a_place_is_read_with_either_decimal_mark(typed: str) -> None:
    assert parse_start_place(typed) == HOME


@pytest.mark.parametrize("typed", ["10.7769", "home", "", "95, 106", "10, 190"])
def test_a_place_that_cannot_be_read_is_said(typed: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_start_place(typed)
    assert "latitude" in str(refused.value.args[0])


def test_the_first_leg_counts_from_home_and_the_day_begins_near_it() -> None:
    accounts = [shop("near", NEAR_HOME), shop("thu-duc", THU_DUC), shop("bien-hoa", BIEN_HOA)]
    without = plan_of(accounts, one_day())
    assert without.visits[0].travel_km_from_previous == 0.0  # the old "0 km"
    home = PlanningPreferences(start=StartPoint(*HOME), return_to_start=False, lunch_break=None)
    period = home.settings(MONDAY, MONDAY)
    planned = plan_of(accounts, period)
    first = planned.visits[0]
    assert first.account_id == "near"  # the day begins at the account nearest home
    assert first.travel_km_from_previous == pytest.approx(road_km(haversine_km(*HOME, *NEAR_HOME)))
    assert first.travel_minutes > 0
    assert planned.days[0].return_km == 0.0  # not going back
    back = plan_of(accounts, replace(period, return_to_start=True))
    assert back.days[0].return_km > 0
    assert back.total_km > planned.total_km > without.total_km


def test_starting_at_far_end_reverses_the_day() -> None:
    accounts = [shop("near", NEAR_HOME), shop("thu-duc", THU_DUC), shop("bien-hoa", BIEN_HOA)]
    start = PlanningPreferences(
        start=StartPoint(BIEN_HOA[0] + 0.05, BIEN_HOA[1] + 0.05), return_to_start=False
    )
    planned = plan_of(accounts, start.settings(MONDAY, MONDAY))
    assert [v.account_id for v in planned.visits] == ["bien-hoa", "thu-duc", "near"]


def test_accounts_out_of_reach_from_home_do_not_crowd_out_those_near_it() -> None:
    # A Vietnamese manager whose tree holds 120 long-overdue Dutch accounts: none can be
    # reached from District 1 within a day, and the garage nearby is still visited.
    far = [
        shop(f"nl-{i:03d}", (MAASTRICHT[0] + i / 1000, MAASTRICHT[1]), last_visit=date(2026, 1, 5))
        for i in range(120)
    ]
    near = shop("thu-duc", THU_DUC)
    period = PlanningPreferences(start=StartPoint(*HOME)).settings(MONDAY, MONDAY)
    planned = plan_of([*far, near], period)
    assert [v.account_id for v in planned.visits] == ["thu-duc"]
    assert {u.reason.kind for u in planned.unplanned} == {ReasonKind.DOES_NOT_FIT_A_DAY}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "start.acctdb")
    with database.session() as session:
        for code, where in (("VN-HOME", NEAR_HOME), ("VN-NOWHERE", None)):
            session.add(
                Account(
                    code=code,
                    name=f"Gara {code}",
                    kind=AccountKind.WORKSHOP,
                    channel=Channel.WORKSHOP,
                    tier=Tier.B,
                    country_code="VN",
                    latitude=None if where is None else where[0],
                    longitude=None if where is None else where[1],
                    currency="VND",
                )
            )
    yield database
    database.close()


def test_an_account_to_start_from_is_found_by_its_code(db: Database) -> None:
    planner = VisitPlanner(db, "tm")
    assert planner.account_place("VN-HOME") == pytest.approx(NEAR_HOME)
    with pytest.raises(StartRefused) as nowhere:
        planner.account_place("VN-NOWHERE")
    assert "has no coordinates" in str(nowhere.value.args[0])
    with pytest.raises(StartRefused) as unknown:
        planner.account_place("NL-404")
    assert "no account with code" in str(unknown.value.args[0])


# -- customers on another clock -------------------------------------------------------------


def their_clock(moment: datetime, zone: str) -> datetime:
    """A naive time on the manager's (Ho Chi Minh City) clock, on the customer's."""
    return moment.replace(tzinfo=ZoneInfo(SAIGON_ZONE)).astimezone(ZoneInfo(zone))


def test_a_dutch_customer_is_visited_in_dutch_working_hours() -> None:
    dutch = shop("maastricht", MAASTRICHT, time_zone=AMSTERDAM_ZONE)
    planned = plan_of([dutch], one_day(time_zone=SAIGON_ZONE))
    (visit,) = planned.visits
    # 08:30 in Ho Chi Minh City is 02:30 in Amsterdam: the visit waits for 08:30 there.
    assert visit.start == datetime(2026, 11, 23, 14, 30)
    there = their_clock(visit.start, AMSTERDAM_ZONE)
    assert there.time() == time(8, 30) and there.date() == MONDAY
    assert visit.end <= datetime(2026, 11, 23, 17, 30)  # and within the manager's day


def test_visiting_hours_are_on_the_customers_clock() -> None:
    dutch = shop(
        "maastricht", MAASTRICHT, time_zone=AMSTERDAM_ZONE, visiting_hours=(time(10), time(11))
    )
    (visit,) = plan_of([dutch], one_day(time_zone=SAIGON_ZONE)).visits
    assert visit.start == datetime(2026, 11, 23, 16, 0)  # 10:00 in Amsterdam


def test_no_common_hours_leave_the_customer_out_saying_why() -> None:
    dutch = shop(
        "maastricht", MAASTRICHT, time_zone=AMSTERDAM_ZONE, visiting_hours=(time(13), time(17))
    )
    planned = plan_of([dutch], one_day(time_zone=SAIGON_ZONE))
    assert not planned.visits
    (left_out,) = planned.unplanned
    assert left_out.reason.kind is ReasonKind.HOURS_DO_NOT_OVERLAP
    assert str(left_out.reason.text) == (
        "its working hours and yours do not overlap: your 08:30 is 02:30 in Amsterdam"
    )
    american = shop("ny", (40.71, -74.0), time_zone="America/New_York")
    (left_out,) = plan_of([american], one_day(time_zone=SAIGON_ZONE)).unplanned
    assert str(left_out.reason.text).endswith("your 08:30 is 20:30 in New York")


def test_the_clock_change_is_taken_day_by_day() -> None:
    # Amsterdam leaves summer time on Sunday 25 October 2026: five hours behind Ho Chi Minh
    # City on the Friday, six on the Monday. 11:00–12:00 there is 16:00 and then 17:00 here.
    dutch = shop(
        "maastricht",
        MAASTRICHT,
        time_zone=AMSTERDAM_ZONE,
        visiting_hours=(time(11), time(12)),
        last_visit=date(2026, 9, 1),
    )
    friday, monday = date(2026, 10, 23), date(2026, 10, 26)
    period = PlanSettings(first_day=friday, last_day=friday, time_zone=SAIGON_ZONE)
    (visit,) = generate_plan([dutch], period, today=friday).visits
    assert visit.start == datetime(2026, 10, 23, 16, 0)
    period = PlanSettings(first_day=monday, last_day=monday, time_zone=SAIGON_ZONE)
    after = generate_plan([dutch], period, today=monday)
    assert not after.visits  # 17:00–17:30 here: no room for 45 minutes
    assert after.unplanned[0].reason.kind is ReasonKind.HOURS_DO_NOT_OVERLAP


def test_a_customer_closed_on_its_own_sunday_is_visited_on_its_monday() -> None:
    # A long working day (00:00–23:00) twelve hours from New York: Monday here takes in
    # Sunday afternoon and Monday morning there. Closed on Sundays, the shop is visited in
    # its Monday morning; open, in the (first) Sunday window.
    american = shop(
        "ny", (40.71, -74.0), time_zone="America/New_York", closed_weekdays=frozenset({6})
    )
    period = one_day(time_zone=SAIGON_ZONE, day_start=time(0), day_end=time(23))
    (visit,) = plan_of([american], period).visits
    there = their_clock(visit.start, "America/New_York")
    assert there.weekday() == 0 and visit.start >= datetime(2026, 11, 23, 12, 0)
    (visit,) = plan_of([replace(american, closed_weekdays=frozenset())], period).visits
    assert their_clock(visit.start, "America/New_York").weekday() == 6


ZONES = [
    SAIGON_ZONE,
    AMSTERDAM_ZONE,
    "Asia/Shanghai",
    "America/New_York",
    "Asia/Kathmandu",
    "Australia/Adelaide",
    "Pacific/Chatham",
]


@st.composite
def customers(draw):  # type: ignore[no-untyped-def]
    accounts = []
    for i in range(draw(st.integers(1, 8))):
        opens = draw(st.integers(0, 20 * 60))
        hours = None
        if draw(st.booleans()):
            hours = (
                time(opens // 60, opens % 60),
                time(min(23, opens // 60 + draw(st.integers(1, 10))), 0),
            )
            if hours[1] <= hours[0]:
                hours = None
        accounts.append(
            shop(
                f"c{i}",
                (10.7 + i / 100, 106.7),
                time_zone=draw(st.sampled_from(ZONES)),
                visiting_hours=hours,
                closed_weekdays=frozenset(draw(st.sets(st.integers(0, 6), max_size=2))),
                duration_minutes=draw(st.integers(15, 90)),
            )
        )
    first = date(2026, 3, 23) + timedelta(days=draw(st.integers(0, 240)))
    accounts = [replace(a, last_visit=first - timedelta(days=60)) for a in accounts]
    period = PlanSettings(
        first_day=first,
        last_day=first + timedelta(days=draw(st.integers(0, 9))),
        day_start=time(draw(st.integers(6, 10)), draw(st.sampled_from([0, 15, 30]))),
        day_end=time(draw(st.integers(15, 20)), draw(st.sampled_from([0, 30]))),
        time_zone=draw(st.sampled_from(ZONES)),
    )
    return accounts, period


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(customers())
def test_every_visit_falls_within_both_clocks(case) -> None:  # type: ignore[no-untyped-def]
    accounts, period = case
    plan = generate_plan(accounts, period, today=period.first_day)
    by_id = {a.id: a for a in accounts}
    assert {v.account_id for v in plan.visits} | {u.account_id for u in plan.unplanned} == set(
        by_id
    )
    for visit in plan.visits:
        customer = by_id[visit.account_id]
        assert datetime.combine(visit.day, period.day_start) <= visit.start
        assert visit.end <= datetime.combine(visit.day, period.day_end)
        start = their_clock_of(visit.start, period.time_zone, customer.time_zone)
        end = their_clock_of(visit.end, period.time_zone, customer.time_zone)
        assert start.date() == end.date()
        assert start.weekday() not in customer.closed_weekdays
        assert period.day_start <= start.time() and end.time() <= period.day_end
        if customer.visiting_hours:
            assert customer.visiting_hours[0] <= start.time()
            assert end.time() <= customer.visiting_hours[1]


def their_clock_of(moment: datetime, mine: str | None, theirs: str | None) -> datetime:
    return moment.replace(tzinfo=ZoneInfo(mine or "UTC")).astimezone(ZoneInfo(theirs or "UTC"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(customers())
def test_on_one_clock_nothing_changes(case) -> None:  # type: ignore[no-untyped-def]
    accounts, period = case
    plain = generate_plan(
        [replace(a, time_zone=None) for a in accounts],
        replace(period, time_zone=None),
        today=period.first_day,
    )
    same = generate_plan(
        [replace(a, time_zone=period.time_zone) for a in accounts],
        period,
        today=period.first_day,
    )
    assert same == plain


# -- the customer's zone from the database -------------------------------------------------


@pytest.mark.parametrize(
    ("country", "where", "zone"),
    [
        ("NL", MAASTRICHT, AMSTERDAM_ZONE),
        ("vn", HOME, SAIGON_ZONE),
        ("CN", (43.8, 87.6), "Asia/Shanghai"),  # Ürümqi keeps Beijing time
        ("US", (34.05, -118.24), "America/Los_Angeles"),
        ("US", None, "America/New_York"),
        ("DE", None, "Europe/Berlin"),
        ("", None, None),
        ("XX", None, None),
    ],
)
def test_a_customers_zone_from_its_country_and_place(country, where, zone) -> None:  # type: ignore[no-untyped-def]
    assert customer_zone(country, *(where or (None, None))) == zone


def test_the_planner_books_a_dutch_account_in_dutch_hours(tmp_path: Path) -> None:
    database = open_database(tmp_path / "zones.acctdb")
    with database.session() as session:
        session.add(
            Account(
                code="NL-1",
                name="Autopunt Maastricht",
                kind=AccountKind.WORKSHOP,
                channel=Channel.WORKSHOP,
                tier=Tier.B,
                country_code="NL",
                latitude=MAASTRICHT[0],
                longitude=MAASTRICHT[1],
            )
        )
    try:
        with local_zone(SAIGON_ZONE):
            plan, _ = VisitPlanner(database, "tm").propose(
                PlanSettings(first_day=MONDAY, last_day=MONDAY),
                today=MONDAY,
                now=datetime(2026, 11, 23, 8, 0),
            )
    finally:
        database.close()
    (visit,) = plan.visits
    assert their_clock(visit.start, AMSTERDAM_ZONE).time() >= time(8, 30)
    assert visit.start == datetime(2026, 11, 23, 14, 30)
