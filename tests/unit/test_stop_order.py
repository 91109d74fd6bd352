"""A stop moved one place earlier or later trades places with its neighbour: lengths kept,
the pair's span and gap kept, no clash made."""

from __future__ import annotations

from datetime import datetime

from acct_desktop.domain.stop_order import Stop, neighbour, swapped


def at(hour: int, minute: int = 0, day: int = 24) -> datetime:
    return datetime(2026, 11, day, hour, minute)


A = Stop("a", at(8, 30), at(9, 30))  # an hour
B = Stop("b", at(10, 15), at(11, 0))  # 45 minutes
C = Stop("c", at(16, 15), at(17, 45))
TOMORROW = Stop("t", at(8, 0, day=25), at(9, 0, day=25))


def test_the_later_stop_takes_the_earlier_start_and_each_keeps_its_length() -> None:
    up, down = swapped(B, A)
    assert up == Stop("b", at(8, 30), at(9, 15))
    assert down == Stop("a", at(10, 0), at(11, 0))
    assert up.end <= down.start  # no clash: the 45-minute gap is kept
    assert down.start - up.end == B.start - A.end
    assert swapped(A, B) == (up, down)  # the order given does not matter


def test_swapping_back_gives_the_times_before() -> None:
    up, down = swapped(A, B)
    again_up, again_down = swapped(up, down)
    assert {again_up, again_down} == {A, B}


def test_the_neighbour_is_the_next_or_previous_stop_of_the_same_day() -> None:
    day = [C, A, TOMORROW, B]
    assert neighbour(day, "b", -1) == A
    assert neighbour(day, "b", 1) == C
    assert neighbour(day, "a", -1) is None
    assert neighbour(day, "c", 1) is None  # tomorrow's first stop is another day's
    assert neighbour(day, "x", 1) is None
    assert neighbour([A], "a", 1) is None
