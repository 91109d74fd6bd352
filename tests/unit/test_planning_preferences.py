"""What the planner remembers (planning.json) and the public holidays it reads."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from acct_desktop.domain.visit_planning import DayOff, DayOffKind
from acct_desktop.services.planning_preferences import (
    DaysOff,
    PlanningPreferences,
    country_of_locale,
    load_planning_preferences,
    parse_days_off,
    preferences_path,
    save_planning_preferences,
)
from acct_desktop.services.public_holidays import UnknownCountry, holiday_names

MONDAY = date(2026, 12, 21)
FRIDAY = date(2026, 12, 25)


def test_what_was_set_comes_back(tmp_path: Path) -> None:
    prefs = PlanningPreferences(
        country="DE",
        region="BY",
        days_off=(DaysOff(date(2026, 12, 28), date(2026, 12, 31), "Urlaub"),),
        working_weekdays=frozenset(range(6)),
        day_start=time(7, 45),
        day_end=time(16, 0),
        lunch_break=None,
        visits_per_day=8,
        speed_kmh=42.5,
    )
    save_planning_preferences(prefs, tmp_path)
    assert load_planning_preferences(tmp_path) == prefs
    assert json.loads(preferences_path(tmp_path).read_text(encoding="utf-8"))["lunch_break"] is None


def test_no_file_or_a_damaged_one_gives_the_defaults(tmp_path: Path) -> None:
    assert load_planning_preferences(tmp_path) == PlanningPreferences()
    preferences_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_planning_preferences(tmp_path) == PlanningPreferences()
    preferences_path(tmp_path).write_text(
        json.dumps(
            {
                "day_start": "18:00",
                "day_end": "08:00",
                "working_weekdays": [9],
                "visits_per_day": "many",
                "days_off": [{"first": "2026-12-31", "last": "2026-12-24"}, "x"],
                "country": "ZZ",
            }
        ),
        encoding="utf-8",
    )
    assert load_planning_preferences(tmp_path) == PlanningPreferences()


def test_a_country_never_chosen_follows_the_system_but_none_chosen_stays_none(
    tmp_path: Path,
) -> None:
    assert load_planning_preferences(tmp_path, default_country="NL").country == "NL"
    assert load_planning_preferences(tmp_path, default_country="ZZ").country is None
    save_planning_preferences(PlanningPreferences(country=None), tmp_path)
    assert load_planning_preferences(tmp_path, default_country="NL").country is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("nl_NL.UTF-8", "NL"),
        ("vi_VN", "VN"),
        ("zh_Hans_CN", "CN"),
        ("en-GB", "GB"),
        ("nl", None),
        ("C", None),
        ("", None),
        ("de_DE@euro", "DE"),
    ],
)
def test_the_country_of_a_locale(name: str, country: str | None) -> None:
    assert country_of_locale(name) == country


def test_christmas_in_the_netherlands_is_named_in_dutch_and_the_days_off_added() -> None:
    prefs = PlanningPreferences(
        country="NL", days_off=(DaysOff(date(2026, 12, 24), date(2026, 12, 24), "training"),)
    )
    settings = prefs.settings(MONDAY, FRIDAY + timedelta(days=1), "nl")
    assert settings.days_off == (
        DayOff(date(2026, 12, 24), DayOffKind.DAY_OFF, "training"),
        DayOff(FRIDAY, DayOffKind.PUBLIC_HOLIDAY, "Eerste kerstdag"),
        DayOff(date(2026, 12, 26), DayOffKind.PUBLIC_HOLIDAY, "Tweede kerstdag"),
    )
    english = prefs.settings(MONDAY, FRIDAY, "en")
    assert english.day_off(FRIDAY) == DayOff(FRIDAY, DayOffKind.PUBLIC_HOLIDAY, "Christmas Day")
    assert PlanningPreferences(country=None).settings(MONDAY, FRIDAY).days_off == ()


def test_names_in_the_users_language_else_english() -> None:
    tet = holiday_names("VN", None, date(2026, 2, 17), date(2026, 2, 17), "vi")
    assert tet == {date(2026, 2, 17): "Tết Nguyên Đán"}
    # The package has no Dutch for Vietnam: English rather than Vietnamese for a Dutch user.
    assert holiday_names("VN", None, date(2026, 2, 17), date(2026, 2, 17), "nl") == {
        date(2026, 2, 17): "Lunar New Year"
    }
    national_day = holiday_names("CN", None, date(2026, 10, 1), date(2026, 10, 1), "zh_CN")
    assert national_day == {date(2026, 10, 1): "国庆节"}


def test_a_region_adds_its_own_holidays() -> None:
    epiphany = date(2026, 1, 6)
    assert epiphany not in holiday_names("DE", None, epiphany, epiphany)
    assert holiday_names("DE", "by", epiphany, epiphany) == {epiphany: "Epiphany"}


def test_an_unknown_country_or_region_is_said() -> None:
    with pytest.raises(UnknownCountry, match="No public holidays are known for the country XX"):
        holiday_names("XX", None, MONDAY, FRIDAY)
    with pytest.raises(UnknownCountry, match="NL has no region Bayern"):
        holiday_names("NL", "Bayern", MONDAY, FRIDAY)
    assert PlanningPreferences(country="XX").problems() == {
        "country": "No public holidays are known for the country XX: give its two-letter "
        "code (NL, VN, CN…)."
    }


def test_problems_are_named_by_field() -> None:
    wrong = PlanningPreferences(
        day_start=time(17),
        day_end=time(9),
        lunch_break=(time(13), time(12)),
        working_weekdays=frozenset(),
        visits_per_day=0,
        speed_kmh=200,
        days_off=(DaysOff(date(2026, 12, 31), date(2026, 12, 24)),),
    )
    assert set(wrong.problems()) == {"hours", "lunch", "weekdays", "per_day", "speed", "days_off"}
    assert wrong.problems()["weekdays"] == "Choose at least one working day."
    with pytest.raises(ValueError, match="The working day must end after it starts"):
        wrong.settings(MONDAY, FRIDAY)
    assert PlanningPreferences().problems() == {}


def test_days_off_typed_on_the_command_line() -> None:
    assert parse_days_off("2026-12-24, 2026-12-28..2026-12-31,2027-01-04/2027-01-05,") == (
        DaysOff(date(2026, 12, 24), date(2026, 12, 24)),
        DaysOff(date(2026, 12, 28), date(2026, 12, 31)),
        DaysOff(date(2027, 1, 4), date(2027, 1, 5)),
    )
    with pytest.raises(ValueError, match="“24/12” is not a day off"):
        parse_days_off("24/12")
    with pytest.raises(ValueError, match="must end on or after its first day"):
        parse_days_off("2026-12-31..2026-12-24")


def test_the_calendar_warns_about_what_the_planner_avoids() -> None:
    """Public holidays and the manager's days off are days off in the calendar too, with
    the planner's hours (QA vi: a visit on Vietnam's holiday showed no ⚠, and the calendar
    kept 08:00–18:00 whatever the planner was told)."""
    from acct_desktop.domain.visit_conflicts import CalendarEntry, ConflictKind, conflicts

    prefs = PlanningPreferences(
        country="VN",
        days_off=(DaysOff(date(2026, 12, 1), date(2026, 12, 2), "phép"),),
        day_start=time(9, 0),
        day_end=time(17, 0),
    )
    working = prefs.working_time(date(2026, 11, 23), date(2026, 12, 6))
    assert date(2026, 11, 24) in working.days_off  # Ngày Văn hóa Việt Nam
    assert {date(2026, 12, 1), date(2026, 12, 2)} <= working.days_off
    assert not working.is_working_day(date(2026, 11, 24))
    assert working.is_working_day(date(2026, 11, 25))
    assert (working.day_start, working.day_end) == (time(9, 0), time(17, 0))

    def kinds(start: datetime) -> set[ConflictKind]:
        entry = CalendarEntry("v", start, start + timedelta(hours=1))
        return {conflict.kind for conflict in conflicts([entry], working)}

    assert kinds(datetime(2026, 11, 24, 10, 0)) == {ConflictKind.DAY_OFF}
    assert kinds(datetime(2026, 12, 2, 10, 0)) == {ConflictKind.DAY_OFF}
    assert kinds(datetime(2026, 11, 25, 8, 30)) == {ConflictKind.OUTSIDE_HOURS}
    assert kinds(datetime(2026, 11, 25, 10, 0)) == set()
    # A pattern the planner refuses is as unset: the calendar's own defaults.
    broken = PlanningPreferences(day_start=time(18, 0), day_end=time(9, 0))
    assert broken.working_time(date(2026, 11, 23), date(2026, 11, 29)).day_start == time(8, 0)
