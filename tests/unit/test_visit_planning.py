"""The visit plan generator, told as a territory manager's Monday morning."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.geo import haversine_km, whole_travel_minutes
from acct_desktop.domain.visit_planning import (
    FixedVisit,
    IssueSignal,
    Plan,
    PlanCancelled,
    PlanningAccount,
    PlanSettings,
    QuoteSignal,
    Reason,
    ReasonKind,
    RebateSignal,
    generate_plan,
)
from acct_desktop.domain.visit_priority import assess_urgency

FRIDAY = date(2026, 11, 6)  # today: the manager plans next week
MONDAY = date(2026, 11, 9)
AMSTERDAM = (52.3676, 4.9041)
MAASTRICHT = (50.8514, 5.6910)
ROTTERDAM = (51.9244, 4.4777)
HOME = (52.09, 5.12)  # Utrecht


def account(ident: str, where=AMSTERDAM, **fields) -> PlanningAccount:
    """An account due this week unless told otherwise (visited 30 days ago, 28-day cycle)."""
    values = {
        "id": ident,
        "name": f"Account {ident}",
        "latitude": None if where is None else where[0],
        "longitude": None if where is None else where[1],
        "tier": Tier.B,
        "interval_days": 28,
        "last_visit": FRIDAY - timedelta(days=30),
        "duration_minutes": 45,
    }
    values.update(fields)
    return PlanningAccount(**values)


def near(where: tuple[float, float], index: int, spread: float = 0.03) -> tuple[float, float]:
    """Deterministic points scattered within a few km of ``where``."""
    rng = random.Random(index)
    return (where[0] + rng.uniform(-spread, spread), where[1] + rng.uniform(-spread, spread))


def week(**fields) -> PlanSettings:
    values = {
        "first_day": MONDAY,
        "last_day": MONDAY + timedelta(days=4),
        "day_start": time(8, 30),
        "day_end": time(17, 30),
        "max_visits_per_day": 6,
        "speed_kmh": 60.0,
        "start_latitude": HOME[0],
        "start_longitude": HOME[1],
        "return_to_start": True,
    }
    values.update(fields)
    return PlanSettings(**values)


def plan_for(accounts, period=None, fixed=(), **kwargs) -> Plan:
    return generate_plan(accounts, period or week(), fixed, today=FRIDAY, **kwargs)


def day_of(plan: Plan, account_id) -> date | None:
    return next((v.day for v in plan.visits if v.account_id == account_id), None)


def reason_of(plan: Plan, account_id) -> Reason:
    return next(u.reason for u in plan.unplanned if u.account_id == account_id)


def kinds(visit) -> list[ReasonKind]:
    return [r.kind for r in visit.reasons]


# -- who comes first ----------------------------------------------------------------------


def test_overdue_a_account_is_planned_before_a_c_account_due_later() -> None:
    overdue_a = account("A", tier=Tier.A, last_visit=FRIDAY - timedelta(days=40))
    later_c = account(
        "C", where=near(AMSTERDAM, 1), tier=Tier.C, last_visit=FRIDAY - timedelta(days=25)
    )  # due on Monday; A has been due for 12 days
    plan = plan_for([later_c, overdue_a], week(max_visits_per_day=1))
    assert day_of(plan, "A") == MONDAY
    assert day_of(plan, "C") == MONDAY + timedelta(days=1)

    one_slot = plan_for([later_c, overdue_a], week(max_visits_per_day=1, last_day=MONDAY))
    assert day_of(one_slot, "A") == MONDAY
    assert reason_of(one_slot, "C").kind is ReasonKind.NO_CAPACITY


def test_priority_counts_overdue_days_relative_to_the_cycle_and_the_tier() -> None:
    last_day = MONDAY + timedelta(days=4)
    weekly_late = account("w", interval_days=7, last_visit=FRIDAY - timedelta(days=12))
    quarterly_late = account("q", interval_days=90, last_visit=FRIDAY - timedelta(days=95))
    assert (
        assess_urgency(weekly_late, FRIDAY, last_day).score
        > assess_urgency(quarterly_late, FRIDAY, last_day).score
    )
    as_a = assess_urgency(account("a", tier=Tier.A), FRIDAY, last_day)
    as_c = assess_urgency(account("c", tier=Tier.C), FRIDAY, last_day)
    assert as_a.score > as_c.score > 0
    due_today = assess_urgency(
        account("t", last_visit=FRIDAY - timedelta(days=28)), FRIDAY, last_day
    )
    assert due_today.score == pytest.approx(100.0)
    assert due_today.reasons == (Reason(ReasonKind.DUE, on=FRIDAY),)


def test_never_visited_accounts_are_due_now() -> None:
    plan = plan_for([account("new", last_visit=None)])
    visit = plan.visits[0]
    assert kinds(visit) == [ReasonKind.NEVER_VISITED]
    assert visit.reasons[0].text == "never visited"


def test_an_account_not_due_in_the_period_stays_out_and_says_when_it_is_due() -> None:
    fresh = account("fresh", last_visit=FRIDAY - timedelta(days=2))
    plan = plan_for([fresh])
    assert plan.visits == ()
    reason = reason_of(plan, "fresh")
    assert reason == Reason(ReasonKind.NOT_DUE, on=FRIDAY + timedelta(days=26))
    assert reason.text == "not due in this period (next due Wed 2 Dec)"


# -- signals ------------------------------------------------------------------------------


def test_issue_past_deadline_pulls_an_account_into_the_plan_with_its_reason() -> None:
    issue = IssueSignal("IS-2026-00012", deadline=date(2026, 10, 30))
    quiet = account("quiet", last_visit=FRIDAY - timedelta(days=3))
    troubled = account("troubled", last_visit=FRIDAY - timedelta(days=3), overdue_issues=(issue,))
    plan = plan_for([quiet, troubled])
    assert reason_of(plan, "quiet").kind is ReasonKind.NOT_DUE
    (visit,) = plan.visits
    assert visit.account_id == "troubled"
    assert visit.reasons == (
        Reason(ReasonKind.ISSUE_PAST_DEADLINE, days=7, on=date(2026, 10, 30), number=issue.number),
    )
    assert (
        visit.reasons[0].text == "issue IS-2026-00012 was due Fri 30 Oct (7 days past its deadline)"
    )


def test_issue_quote_and_rebate_signals_explain_themselves() -> None:
    signals = account(
        "busy",
        last_visit=FRIDAY - timedelta(days=2),
        overdue_issues=(IssueSignal("IS-2026-00012", date(2026, 11, 13)),),
        expiring_quotes=(
            QuoteSignal("Q-2026-0042", date(2026, 11, 12)),
            QuoteSignal("Q-2026-0001", date(2026, 11, 1)),  # already expired: ignored
        ),
        rebate_opportunities=(
            RebateSignal("RB-7", "Gold", Decimal("12500.00"), date(2026, 11, 30)),
        ),
    )
    plan = plan_for([signals])
    texts = [r.text for r in plan.visits[0].reasons]
    assert texts == [
        "issue IS-2026-00012 due Fri 13 Nov",
        "quote Q-2026-0042 expires Thu 12 Nov",
        "rebate RB-7: 12,500.00 to tier Gold by Mon 30 Nov",
    ]


def test_overdue_text_reads_like_the_manager_would_say_it() -> None:
    plan = plan_for([account("late", last_visit=FRIDAY - timedelta(days=40))])
    assert plan.visits[0].reasons[0].text == "overdue 12 days"
    assert Reason(ReasonKind.OVERDUE, days=1).text == "overdue 1 day"


# -- days, hours and capacity -------------------------------------------------------------


def test_closed_weekday_is_never_used() -> None:
    shop = account("shop", closed_weekdays=frozenset({0, 1, 2, 3}))
    plan = plan_for([shop])
    assert day_of(plan, "shop") == MONDAY + timedelta(days=4)
    closed_all_week = account("closed", closed_weekdays=frozenset(range(5)))
    assert reason_of(plan_for([closed_all_week]), "closed").kind is (
        ReasonKind.CLOSED_ON_ALL_WORKING_DAYS
    )


def test_capacity_per_day_is_never_exceeded() -> None:
    accounts = [account(f"a{i:02d}", where=near(AMSTERDAM, i)) for i in range(30)]
    plan = plan_for(accounts, week(max_visits_per_day=4))
    assert [len(day.visits) for day in plan.days] == [4, 4, 4, 4, 4]
    assert len(plan.unplanned) == 10
    assert {u.reason.kind for u in plan.unplanned} == {ReasonKind.NO_CAPACITY}


def test_each_day_fits_between_start_and_end_including_travel() -> None:
    # 90-minute visits near Zwolle, 104 road minutes from home: three fit with both drives,
    # a fourth would only fit if the drive home were forgotten.
    zwolle = (52.51, 6.09)
    accounts = [
        account(f"z{i}", where=near(zwolle, i, spread=0.01), duration_minutes=90) for i in range(12)
    ]
    plan = plan_for(accounts, week(max_visits_per_day=6))
    assert plan.days
    for day in plan.days:
        first, last = day.visits[0], day.visits[-1]
        assert first.start - timedelta(minutes=first.travel_minutes) >= datetime.combine(
            day.day, time(8, 30)
        )
        where = next(a for a in accounts if a.id == last.account_id)
        home_km = haversine_km(where.latitude, where.longitude, *HOME)
        back_home = last.end + timedelta(minutes=whole_travel_minutes(home_km, 60.0))
        assert back_home == day.finishes_at <= datetime.combine(day.day, time(17, 30))
        assert len(day.visits) == 3


def test_visit_starts_within_the_accounts_visiting_hours() -> None:
    afternoon = account("pm", visiting_hours=(time(14, 0), time(16, 0)), duration_minutes=60)
    morning = account("am", where=near(AMSTERDAM, 2), visiting_hours=(time(9), time(10, 30)))
    plan = plan_for([afternoon, morning], week(max_visits_per_day=2, last_day=MONDAY))
    visits = {v.account_id: v for v in plan.visits}
    assert time(14) <= visits["pm"].start.time() and visits["pm"].end.time() <= time(16)
    assert time(9) <= visits["am"].start.time() and visits["am"].end.time() <= time(10, 30)
    assert [v.account_id for v in plan.visits] == ["am", "pm"]


def test_visiting_hours_outside_the_working_day_are_explained() -> None:
    evening = account("evening", visiting_hours=(time(18), time(21)))
    assert reason_of(plan_for([evening]), "evening").kind is ReasonKind.HOURS_OUTSIDE_WORKING_DAY


def test_no_visit_during_the_lunch_break() -> None:
    accounts = [account(f"a{i}", where=near(AMSTERDAM, i)) for i in range(6)]
    plan = plan_for(accounts, week(lunch_break=(time(12), time(13)), last_day=MONDAY))
    assert len(plan.visits) >= 4
    for visit in plan.visits:
        assert visit.end.time() <= time(12) or visit.start.time() >= time(13)


def test_preferred_weekday_is_used_when_there_is_room() -> None:
    wednesday = account("wed", preferred_weekdays=frozenset({2}))
    plan = plan_for([wednesday, account("other", where=near(AMSTERDAM, 3))])
    assert day_of(plan, "wed") == MONDAY + timedelta(days=2)
    visit = next(v for v in plan.visits if v.account_id == "wed")
    assert visit.reasons[-1] == Reason(ReasonKind.PREFERRED_DAY, weekday=2)
    assert visit.reasons[-1].text == "preferred day: Wednesday"


def test_days_before_today_and_weekends_are_not_planned() -> None:
    plan = generate_plan(
        [account(f"a{i}", where=near(AMSTERDAM, i)) for i in range(20)],
        week(first_day=FRIDAY - timedelta(days=4), last_day=MONDAY + timedelta(days=1)),
        today=FRIDAY,
    )
    assert sorted({v.day for v in plan.visits}) == [FRIDAY, MONDAY, MONDAY + timedelta(days=1)]
    weekend = week(first_day=date(2026, 11, 7), last_day=date(2026, 11, 8))
    assert reason_of(plan_for([account("x")], weekend), "x").kind is ReasonKind.NO_WORKING_DAYS


def test_an_account_too_far_for_one_day_is_explained() -> None:
    remote = account("remote", where=(43.30, 5.37))  # Marseille, a day's drive each way
    assert reason_of(plan_for([remote]), "remote").kind is ReasonKind.DOES_NOT_FIT_A_DAY


# -- fixed appointments -------------------------------------------------------------------


def test_fixed_appointment_keeps_its_slot_and_counts_towards_capacity() -> None:
    booked = account("booked", last_visit=FRIDAY - timedelta(days=3))
    others = [account(f"a{i}", where=near(AMSTERDAM, i)) for i in range(10)]
    slot = FixedVisit("booked", datetime(2026, 11, 9, 10, 0), datetime(2026, 11, 9, 11, 30))
    plan = plan_for([booked, *others], week(max_visits_per_day=3), fixed=[slot])
    monday = plan.visits_by_day[MONDAY]
    assert len(monday) == 3
    fixed = [v for v in monday if v.fixed]
    assert [(v.account_id, v.start, v.end) for v in fixed] == [("booked", slot.start, slot.end)]
    assert kinds(fixed[0]) == [ReasonKind.FIXED_APPOINTMENT]
    for visit in monday:
        if not visit.fixed:
            assert visit.end <= slot.start or visit.start >= slot.end
    assert [v.order_in_day for v in monday] == [1, 2, 3]
    assert "booked" not in {u.account_id for u in plan.unplanned}
    assert sum(v.account_id == "booked" for v in plan.visits) == 1


def test_a_fixed_appointment_draws_nearby_accounts_to_its_day() -> None:
    maastricht = [account(f"m{i}", where=near(MAASTRICHT, i), tier=Tier.C) for i in range(3)]
    amsterdam = [account(f"a{i}", where=near(AMSTERDAM, i), tier=Tier.A) for i in range(3)]
    slot = FixedVisit("m0", datetime(2026, 11, 11, 11), datetime(2026, 11, 11, 12))
    plan = plan_for([*maastricht, *amsterdam], week(speed_kmh=90), fixed=[slot])
    assert {day_of(plan, a.id) for a in maastricht} == {MONDAY + timedelta(days=2)}


def test_fixed_appointments_that_clash_are_kept_and_reported() -> None:
    first = FixedVisit("x", datetime(2026, 11, 9, 10), datetime(2026, 11, 9, 11))
    second = FixedVisit("y", datetime(2026, 11, 9, 10, 30), datetime(2026, 11, 9, 11, 30))
    accounts = [
        account("x"),
        account("y", where=MAASTRICHT),
        account("z", where=near(AMSTERDAM, 1)),
    ]
    plan = plan_for(accounts, fixed=[first, second])
    monday = next(d for d in plan.days if d.day == MONDAY)
    assert [(v.account_id, v.start) for v in monday.visits] == [
        ("x", first.start),
        ("y", second.start),
    ]
    assert [w.kind for w in monday.warnings] == [ReasonKind.APPOINTMENTS_CLASH]
    assert monday.warnings[0].minutes > 0
    assert day_of(plan, "z") == MONDAY + timedelta(days=1)


def test_fixed_visit_without_coordinates_blocks_its_time() -> None:
    slot = FixedVisit("unknown", datetime(2026, 11, 9, 9), datetime(2026, 11, 9, 16))
    plan = plan_for([account("a")], fixed=[slot])
    monday = plan.visits_by_day[MONDAY]
    assert [v.account_id for v in monday] == ["unknown"]
    assert kinds(monday[0]) == [ReasonKind.FIXED_APPOINTMENT, ReasonKind.NO_COORDINATES]
    assert day_of(plan, "a") == MONDAY + timedelta(days=1)


# -- geography ----------------------------------------------------------------------------


def test_day_groups_are_geographically_compact() -> None:
    # Amsterdam and Rotterdam are an hour apart: time would allow mixing them on one day,
    # but with days to spare each city gets its own days.
    amsterdam = [
        account(f"ams{i}", where=near(AMSTERDAM, i), duration_minutes=30) for i in range(5)
    ]
    rotterdam = [
        account(f"rot{i}", where=near(ROTTERDAM, 100 + i), duration_minutes=30) for i in range(5)
    ]
    mixed = [a for pair in zip(amsterdam, rotterdam, strict=True) for a in pair]
    plan = plan_for(mixed, week(max_visits_per_day=8, day_end=time(19)))
    assert plan.proposed_count == 10
    for day in plan.days:
        cities = {str(v.account_id)[:3] for v in day.visits}
        assert len(cities) == 1, f"{day.day} mixes {cities}"


def test_far_apart_accounts_share_a_day_only_when_capacity_forces_it() -> None:
    amsterdam = [
        account(f"ams{i}", where=near(AMSTERDAM, i), duration_minutes=30) for i in range(5)
    ]
    rotterdam = [
        account(f"rot{i}", where=near(ROTTERDAM, 100 + i), duration_minutes=30) for i in range(3)
    ]
    plan = plan_for(
        [*amsterdam, *rotterdam], week(max_visits_per_day=8, day_end=time(19), last_day=MONDAY)
    )
    assert plan.proposed_count == 8
    assert len(plan.days) == 1


def test_each_day_is_driven_in_a_short_order() -> None:
    # Five shops on a line east of home: the route goes out along the line and back.
    line = [account(f"s{i}", where=(52.09, 5.20 + 0.05 * i)) for i in (3, 0, 4, 1, 2)]
    plan = plan_for(line, week(last_day=MONDAY, return_to_start=False))
    assert [v.account_id for v in plan.visits] == ["s0", "s1", "s2", "s3", "s4"]
    assert plan.visits[1].travel_km_from_previous == pytest.approx(
        haversine_km(52.09, 5.20, 52.09, 5.25) * 1.3
    )
    assert plan.total_km == pytest.approx(plan.days[0].travel_km)


def test_account_without_coordinates_is_planned_and_says_so() -> None:
    plan = plan_for([account("nowhere", where=None), account("a", where=near(AMSTERDAM, 1))])
    visit = next(v for v in plan.visits if v.account_id == "nowhere")
    assert visit.reasons[-1] == Reason(ReasonKind.NO_COORDINATES)
    assert visit.travel_km_from_previous == 0.0
    assert visit.reasons[-1].text == "no coordinates: travel not estimated"


# -- every account accounted for ----------------------------------------------------------


def test_unplanned_accounts_say_why() -> None:
    accounts = [
        account("fresh", last_visit=FRIDAY - timedelta(days=1)),
        account("closed", closed_weekdays=frozenset({0, 1, 2, 3, 4})),
        account("evening", visiting_hours=(time(19), time(22))),
        account("remote", where=(43.30, 5.37)),
        *(account(f"busy{i}", where=near(AMSTERDAM, i)) for i in range(8)),
    ]
    plan = plan_for(accounts, week(max_visits_per_day=3, last_day=MONDAY + timedelta(days=1)))
    why = {u.account_id: u.reason.kind for u in plan.unplanned}
    assert why["fresh"] is ReasonKind.NOT_DUE
    assert why["closed"] is ReasonKind.CLOSED_ON_ALL_WORKING_DAYS
    assert why["evening"] is ReasonKind.HOURS_OUTSIDE_WORKING_DAY
    assert why["remote"] is ReasonKind.DOES_NOT_FIT_A_DAY
    assert sum(kind is ReasonKind.NO_CAPACITY for kind in why.values()) == 2
    assert plan.proposed_count == 6
    assert len(plan.unplanned) + len({v.account_id for v in plan.visits}) == len(accounts)
    assert all(u.reason.text for u in plan.unplanned)


def test_the_same_account_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        plan_for([account("a"), account("a")])


# -- determinism and long runs ------------------------------------------------------------


def _territory(count: int, seed: int) -> list[PlanningAccount]:
    rng = random.Random(seed)
    hubs = [AMSTERDAM, MAASTRICHT, (51.44, 5.47), (52.22, 6.89)]
    result = []
    for i in range(count):
        hub = hubs[i % len(hubs)]
        result.append(
            account(
                f"acct-{i:04d}",
                where=(hub[0] + rng.uniform(-0.2, 0.2), hub[1] + rng.uniform(-0.2, 0.2)),
                tier=rng.choice([Tier.A, Tier.B, Tier.C]),
                interval_days=rng.choice([14, 28, 56]),
                last_visit=FRIDAY - timedelta(days=rng.randrange(0, 70)),
                preferred_weekdays=frozenset(rng.sample(range(5), rng.randrange(0, 2))),
                closed_weekdays=frozenset(rng.sample(range(5), rng.randrange(0, 2))),
                duration_minutes=rng.choice([30, 45, 60]),
            )
        )
    return result


def test_same_input_same_plan() -> None:
    accounts = _territory(300, seed=5)
    plan = plan_for(accounts, week(lunch_break=(time(12), time(12, 30))))
    assert plan.proposed_count > 20
    assert plan_for(list(accounts), week(lunch_break=(time(12), time(12, 30)))) == plan
    shuffled = accounts.copy()
    random.Random(1).shuffle(shuffled)
    assert plan_for(shuffled, week(lunch_break=(time(12), time(12, 30)))) == plan


_SUBPROCESS = """
import sys
sys.path.insert(0, {tests!r})
from unit.test_visit_planning import _territory, plan_for, week
plan = plan_for(_territory(200, seed=9), week())
print(repr(plan))
"""


def test_same_plan_in_processes_with_different_hash_seeds() -> None:
    tests = str(Path(__file__).resolve().parents[1])
    root = str(Path(tests).parent)
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        done = subprocess.run(
            [sys.executable, "-c", _SUBPROCESS.format(tests=tests)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert "ProposedVisit" in outputs.pop()


def test_progress_is_reported_and_false_cancels() -> None:
    calls: list[tuple[int, int]] = []
    plan_for(
        _territory(100, seed=2), progress=lambda done, total: calls.append((done, total)) or True
    )
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len({total for _, total in calls}) == 1

    seen: list[int] = []

    def cancel_after_three(done: int, total: int) -> bool:
        seen.append(done)
        return len(seen) < 3

    with pytest.raises(PlanCancelled):
        plan_for(_territory(100, seed=2), progress=cancel_after_three)
    assert len(seen) == 3


# -- invariants over random territories ---------------------------------------------------


@st.composite
def territories(draw):
    """Random accounts, settings and fixed appointments (which may clash)."""
    first_day = MONDAY + timedelta(days=draw(st.integers(0, 3)))
    last_day = first_day + timedelta(days=draw(st.integers(0, 11)))
    day_start = draw(st.integers(7 * 60, 9 * 60))
    day_end = day_start + draw(st.integers(5 * 60, 10 * 60))
    lunch = None
    if draw(st.booleans()):
        lunch_start = draw(st.integers(11 * 60, 13 * 60))
        lunch = (_clock(lunch_start), _clock(lunch_start + draw(st.integers(15, 60))))
    start = draw(st.one_of(st.none(), st.just(HOME), st.just(MAASTRICHT)))
    period = PlanSettings(
        first_day=first_day,
        last_day=last_day,
        working_weekdays=frozenset(draw(st.sets(st.integers(0, 6), min_size=1))),
        day_start=_clock(day_start),
        day_end=_clock(day_end),
        max_visits_per_day=draw(st.integers(1, 8)),
        speed_kmh=draw(st.sampled_from([30.0, 60.0, 90.0])),
        start_latitude=None if start is None else start[0],
        start_longitude=None if start is None else start[1],
        return_to_start=draw(st.booleans()),
        lunch_break=lunch,
    )
    accounts = []
    for i in range(draw(st.integers(0, 25))):
        hub = draw(st.sampled_from([AMSTERDAM, MAASTRICHT, None]))
        where = None if hub is None else near(hub, draw(st.integers(0, 10**6)), spread=0.2)
        hours = None
        if draw(st.integers(0, 3)) == 0:
            opens = draw(st.integers(6 * 60, 15 * 60))
            hours = (_clock(opens), _clock(opens + draw(st.integers(30, 6 * 60))))
        issues = ()
        if draw(st.integers(0, 4)) == 0:
            issues = (IssueSignal(f"IS-{i}", FRIDAY + timedelta(days=draw(st.integers(-20, 20)))),)
        accounts.append(
            account(
                f"p{i:02d}",
                where=where,
                tier=draw(st.sampled_from(list(Tier))),
                interval_days=draw(st.sampled_from([7, 14, 28, 56, 91])),
                last_visit=draw(
                    st.one_of(
                        st.none(), st.integers(0, 120).map(lambda d: FRIDAY - timedelta(days=d))
                    )
                ),
                preferred_weekdays=frozenset(draw(st.sets(st.integers(0, 6), max_size=2))),
                closed_weekdays=frozenset(draw(st.sets(st.integers(0, 6), max_size=3))),
                duration_minutes=draw(st.integers(15, 120)),
                visiting_hours=hours,
                overdue_issues=issues,
            )
        )
    fixed = []
    ids = [a.id for a in accounts] + ["stranger"]
    for _ in range(draw(st.integers(0, 3))):
        day = first_day + timedelta(days=draw(st.integers(0, (last_day - first_day).days)))
        begins = datetime.combine(day, time(0)) + timedelta(
            minutes=draw(st.integers(8 * 60, 16 * 60))
        )
        length = timedelta(minutes=draw(st.integers(15, 90)))
        fixed.append(FixedVisit(draw(st.sampled_from(ids)), begins, begins + length))
    today = draw(st.sampled_from([FRIDAY, MONDAY + timedelta(days=1)]))
    return accounts, period, fixed, today


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _on(day: date, t: time) -> datetime:
    return datetime.combine(day, t)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(territories())
def test_every_plan_keeps_the_rules(case) -> None:
    accounts, period, fixed, today = case
    plan = generate_plan(accounts, period, fixed, today=today)
    by_id = {a.id: a for a in accounts}
    booked = [f for f in fixed if period.first_day <= f.start.date() <= period.last_day]

    planned_ids = [v.account_id for v in plan.visits if not v.fixed]
    fixed_ids = {v.account_id for v in plan.visits if v.fixed}
    unplanned_ids = [u.account_id for u in plan.unplanned]
    assert len(planned_ids) == len(set(planned_ids)), "an account is proposed twice"
    assert len(unplanned_ids) == len(set(unplanned_ids))
    assert not set(planned_ids) & fixed_ids
    assert set(planned_ids) | fixed_ids | set(unplanned_ids) >= set(by_id)
    assert not (set(planned_ids) | fixed_ids) & set(unplanned_ids)
    assert all(u.reason.text for u in plan.unplanned)
    assert sorted((f.account_id, f.start, f.end) for f in booked) == sorted(
        (v.account_id, v.start, v.end) for v in plan.visits if v.fixed
    )

    for day in plan.days:
        proposals = [v for v in day.visits if not v.fixed]
        fixed_today = [v for v in day.visits if v.fixed]
        assert [v.order_in_day for v in day.visits] == list(range(1, len(day.visits) + 1))
        assert [v.start for v in day.visits] == sorted(v.start for v in day.visits)
        if proposals:
            assert len(day.visits) <= period.max_visits_per_day
            assert not day.warnings
            assert day.day.weekday() in period.working_weekdays
            assert period.first_day <= day.day <= period.last_day and day.day >= today
        if not day.warnings:
            driven_from = None  # the last visit the manager drove away from
            for earlier, later in zip(day.visits, day.visits[1:], strict=False):
                assert later.start >= earlier.end
                if earlier.travel_minutes or ReasonKind.NO_COORDINATES not in kinds(earlier):
                    driven_from = earlier
                if driven_from is not None:
                    travel = timedelta(minutes=later.travel_minutes)
                    assert later.start >= driven_from.end + travel
        for visit in proposals:
            shop = by_id[visit.account_id]
            assert visit.day.weekday() not in shop.closed_weekdays
            assert visit.end - visit.start == timedelta(minutes=shop.duration_minutes)
            assert _on(day.day, period.day_start) <= visit.start
            assert visit.end <= _on(day.day, period.day_end)
            if shop.visiting_hours:
                assert _on(day.day, shop.visiting_hours[0]) <= visit.start
                assert visit.end <= _on(day.day, shop.visiting_hours[1])
            lunch = period.lunch_break
            if lunch and not any(
                f.start.time() < lunch[1] and f.end.time() > lunch[0] for f in fixed_today
            ):
                assert visit.end <= _on(day.day, lunch[0]) or visit.start >= _on(day.day, lunch[1])
        if proposals and not fixed_today:
            first = day.visits[0]
            assert first.start - timedelta(minutes=first.travel_minutes) >= _on(
                day.day, period.day_start
            )
            assert day.finishes_at <= _on(day.day, period.day_end)
            if period.return_to_start and period.start_latitude is not None:
                assert day.visits[-1].end + timedelta(minutes=day.return_minutes) <= day.finishes_at
    assert generate_plan(accounts, period, fixed, today=today) == plan
