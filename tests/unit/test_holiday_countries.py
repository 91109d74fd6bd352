"""The countries *Plan visits…* offers under *Public holidays of*: those whose public
holidays the ``holidays`` package knows — not the uninhabited places it lists as having
none (Bouvet Island, Heard Island and McDonald Islands, the British Indian Ocean
Territory)."""

from __future__ import annotations

import holidays

from acct_desktop.services.public_holidays import countries, countries_with_holidays

YEARS = (2010, 2020, 2026)


def test_every_country_offered_has_public_holidays_and_every_one_left_out_has_none() -> None:
    offered = countries_with_holidays()
    assert offered == tuple(sorted(offered))
    for code in countries():
        some = bool(holidays.country_holidays(code, years=YEARS))
        assert (code in offered) == some, code


def test_the_places_without_holidays_are_not_offered_the_usual_countries_are() -> None:
    offered = set(countries_with_holidays())
    assert not offered & {"BV", "HM", "IO"}
    assert {"NL", "VN", "CN", "DE", "US", "AQ", "TF", "UA"} <= offered
