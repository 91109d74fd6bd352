"""Which week *Plan visits…* offers: on Monday morning the manager plans this week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from acct_desktop.domain.visit_plan_days import default_period

MONDAY = date(2026, 11, 23)
NEXT_MONDAY = date(2026, 11, 30)


def test_on_monday_the_plan_is_for_this_week() -> None:
    assert default_period(MONDAY) == (MONDAY, MONDAY + timedelta(days=4))


@pytest.mark.parametrize("days_after_monday", range(1, 7))
def test_from_tuesday_to_sunday_the_plan_is_for_next_week(days_after_monday: int) -> None:
    today = MONDAY + timedelta(days=days_after_monday)
    assert default_period(today) == (NEXT_MONDAY, NEXT_MONDAY + timedelta(days=4))


def test_the_period_covers_the_working_weekdays() -> None:
    six_days = frozenset(range(6))
    assert default_period(MONDAY, six_days) == (MONDAY, MONDAY + timedelta(days=5))
    tuesday_to_thursday = frozenset({1, 2, 3})
    assert default_period(MONDAY, tuesday_to_thursday) == (
        MONDAY + timedelta(days=1),
        MONDAY + timedelta(days=3),
    )
    assert default_period(MONDAY, frozenset()) == (MONDAY, MONDAY + timedelta(days=4))
