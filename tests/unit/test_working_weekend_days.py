"""China's official working weekend days (调休): a Saturday or Sunday that is by law a
working day, in exchange for a weekday off next to a holiday. The planner plans on them
for a manager in China (unless that day is one of the manager's days off); elsewhere
nothing changes.

2025 (the State Council General Office's notice published on 12 November 2024): Sunday
28 September and Saturday 11 October are working days around National Day (1–8 October
off).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from acct_desktop.domain.visit_conflicts import CalendarEntry, ConflictKind, WorkingTime, conflicts
from acct_desktop.domain.visit_plan_days import default_period, end_of_working_week
from acct_desktop.domain.visit_planning import PlanningAccount, ReasonKind, generate_plan
from acct_desktop.services.planning_preferences import (
    DaysOff,
    PlanningPreferences,
    load_planning_preferences,
    save_planning_preferences,
)
from acct_desktop.services.public_holidays import working_weekend_days

MONDAY = date(2025, 9, 22)
SUNDAY = date(2025, 9, 28)  # a working day in China
SATURDAY = date(2025, 10, 11)  # a working day in China
SHANGHAI = (31.23, 121.47)

CHINA_2025 = [
    date(2025, 1, 26),
    date(2025, 2, 8),
    date(2025, 4, 27),
    SUNDAY,
    SATURDAY,
]
# The State Council General Office's notice published on 4 November 2025.
CHINA_2026 = [
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]


def due(count: int) -> list[PlanningAccount]:
    """``count`` accounts around Shanghai, all overdue (visited two months ago)."""
    return [
        PlanningAccount(
            id=f"A{n:02}",
            name=f"Account {n}",
            latitude=SHANGHAI[0] + 0.01 * (n % 5),
            longitude=SHANGHAI[1] + 0.01 * (n // 5),
            last_visit=MONDAY - timedelta(days=60),
        )
        for n in range(count)
    ]


def days_with_new_visits(plan) -> set[date]:  # type: ignore[no-untyped-def]
    return {visit.day for visit in plan.visits if not visit.fixed}


def china(**fields) -> PlanningPreferences:  # type: ignore[no-untyped-def]
    return PlanningPreferences(country="CN", visits_per_day=2, lunch_break=None, **fields)


# -- where the days come from: the holidays package ------------------------------------


def test_chinas_working_weekend_days_come_from_the_holidays_package() -> None:
    year = working_weekend_days("CN", None, date(2025, 1, 1), date(2025, 12, 31))
    assert list(year) == CHINA_2025
    assert list(working_weekend_days("CN", None, date(2026, 1, 1), date(2026, 12, 31))) == (
        CHINA_2026
    )
    assert all(day.weekday() >= 5 for day in (*CHINA_2025, *CHINA_2026))
    assert working_weekend_days("CN", None, MONDAY, SUNDAY) == (SUNDAY,)
    assert working_weekend_days("CN", None, SUNDAY, MONDAY) == ()


def test_vietnam_has_some_and_the_netherlands_none() -> None:
    # Saturday 26 April 2025 was worked for Friday 2 May (Reunification Day bridge).
    assert working_weekend_days("VN", None, date(2025, 1, 1), date(2025, 12, 31)) == (
        date(2025, 4, 26),
    )
    assert working_weekend_days("NL", None, date(2020, 1, 1), date(2026, 12, 31)) == ()


def test_this_years_working_weekend_days_of_china_are_known() -> None:
    """Fails on 1 January when the installed holidays package is older than the State
    Council's notice for the new year (published each November): raise the lower bound of
    ``holidays`` in pyproject.toml to a release that has it, or the planner silently skips
    that year's working weekend days."""
    this_year = date.today().year
    known = working_weekend_days("CN", None, date(this_year, 1, 1), date(this_year, 12, 31))
    assert known, (
        f"The holidays package has no working weekend days of China for {this_year}: "
        "upgrade it (pyproject.toml) to a release with that year's State Council notice."
    )


# -- the planner's settings ----------------------------------------------------------


def test_a_manager_in_china_gets_them_unless_turned_off() -> None:
    assert china().settings(MONDAY, SUNDAY).working_weekend_days == {SUNDAY}
    turned_off = china(official_working_weekends=False).settings(MONDAY, SUNDAY)
    assert turned_off.working_weekend_days == frozenset()
    assert PlanningPreferences(country="NL").settings(MONDAY, SUNDAY).working_weekend_days == (
        frozenset()
    )
    assert PlanningPreferences(country=None).settings(MONDAY, SUNDAY).working_weekend_days == (
        frozenset()
    )


def test_the_tick_box_is_remembered(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert load_planning_preferences(tmp_path).official_working_weekends is True
    save_planning_preferences(china(official_working_weekends=False), tmp_path)
    assert load_planning_preferences(tmp_path) == china(official_working_weekends=False)


# -- planning ------------------------------------------------------------------------


def test_a_week_with_a_working_sunday_gets_visits_on_it() -> None:
    settings = china().settings(MONDAY, SUNDAY)
    plan = generate_plan(due(14), settings, today=MONDAY)
    assert SUNDAY in days_with_new_visits(plan)
    assert date(2025, 9, 27) not in days_with_new_visits(plan)  # Saturday: not worked
    assert all(
        time(8, 30) <= visit.start.time() and visit.end.time() <= time(17, 30)
        for visit in plan.visits
        if visit.day == SUNDAY
    )


def test_the_week_of_national_day_plans_the_working_saturday() -> None:
    monday = date(2025, 10, 6)  # 6–8 October: National Day holidays
    plan = generate_plan(due(14), china().settings(monday, SATURDAY), today=monday)
    assert days_with_new_visits(plan) == {date(2025, 10, 9), date(2025, 10, 10), SATURDAY}
    assert [s.day for s in plan.skipped] == [monday, date(2025, 10, 7), date(2025, 10, 8)]


def test_a_day_off_on_a_working_sunday_wins() -> None:
    leave = china(days_off=(DaysOff(SUNDAY, SUNDAY, "leave"),))
    plan = generate_plan(due(14), leave.settings(MONDAY, SUNDAY), today=MONDAY)
    assert SUNDAY not in days_with_new_visits(plan)
    assert [(s.day, s.reason.kind, s.reason.name) for s in plan.skipped] == [
        (SUNDAY, ReasonKind.DAY_OFF, "leave")
    ]


@pytest.mark.parametrize(
    "prefs",
    [
        PlanningPreferences(country="NL", visits_per_day=2),
        PlanningPreferences(country=None, visits_per_day=2),
        china(official_working_weekends=False),
    ],
    ids=["netherlands", "no country", "china, turned off"],
)
def test_elsewhere_or_turned_off_the_sunday_is_not_worked(prefs: PlanningPreferences) -> None:
    plan = generate_plan(due(14), prefs.settings(MONDAY, SUNDAY), today=MONDAY)
    assert days_with_new_visits(plan) <= {MONDAY + timedelta(days=n) for n in range(5)}
    assert plan.skipped == ()


# -- the week offered, the calendar ----------------------------------------------------


def test_the_week_offered_takes_in_a_working_weekend_day() -> None:
    weekdays = frozenset(range(5))
    days = CHINA_2025
    # Friday before Golden Week: next week, from the working Sunday the day after tomorrow.
    assert default_period(date(2025, 9, 26), weekdays, days) == (SUNDAY, date(2025, 10, 3))
    # Monday 6 October: this week, to the working Saturday.
    assert default_period(date(2025, 10, 6), weekdays, days) == (date(2025, 10, 6), SATURDAY)
    # On the working Sunday itself: from today.
    assert default_period(SUNDAY, weekdays, days) == (SUNDAY, date(2025, 10, 3))
    # Without them (any other country) nothing changes.
    assert default_period(date(2025, 9, 26), weekdays) == (date(2025, 9, 29), date(2025, 10, 3))
    assert end_of_working_week(date(2025, 10, 6), weekdays, days) == SATURDAY
    assert end_of_working_week(MONDAY, weekdays, days) == SUNDAY
    assert end_of_working_week(MONDAY, weekdays) == date(2025, 9, 26)


def test_a_visit_on_a_working_sunday_is_not_on_a_day_off() -> None:
    visit = CalendarEntry(
        "v", datetime.combine(SUNDAY, time(10)), datetime.combine(SUNDAY, time(11))
    )
    assert [c.kind for c in conflicts([visit], WorkingTime())] == [ConflictKind.DAY_OFF]
    working = WorkingTime(working_weekend_days=frozenset({SUNDAY}))
    assert conflicts([visit], working) == []
