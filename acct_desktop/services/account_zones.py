"""A customer's time zone, from the account's country (and, in a country with several
zones, its coordinates): the planner books a visit within the customer's working hours on
their own clock.

The countries the route sheet knows (``visit_sheets.COUNTRY_ZONES``: China on Beijing time
throughout) come first; any other country's zones are those of the time-zone database's
``zone.tab``, the one nearest the account when there are several (the country's first
without coordinates). None when the country is unknown: the customer is taken to be on the
manager's clock.
"""

from __future__ import annotations

import importlib.resources
import math
import re
import zoneinfo
from functools import cache
from pathlib import Path

from acct_desktop.domain.geo import haversine_km
from acct_desktop.services.visit_sheets import COUNTRY_ZONES

_COORDINATES = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?([+-])(\d{3})(\d{2})(\d{2})?$")
Place = tuple[str, float, float]  # zone name, latitude, longitude


def customer_zone(
    country_code: str | None, latitude: float | None = None, longitude: float | None = None
) -> str | None:
    """The IANA zone of a customer in ``country_code`` at (``latitude``, ``longitude``)."""
    code = (country_code or "").strip().upper()
    if not code:
        return None
    if code in COUNTRY_ZONES:
        return COUNTRY_ZONES[code]
    places = _zones_by_country().get(code, ())
    if not places:
        return None
    if len(places) == 1 or latitude is None or longitude is None:
        return places[0][0]
    return min(places, key=lambda p: haversine_km(latitude, longitude, p[1], p[2]))[0]


def _known(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _degrees(sign: str, whole: str, minutes: str, seconds: str | None) -> float:
    value = int(whole) + int(minutes) / 60 + int(seconds or 0) / 3600
    return -value if sign == "-" else value


@cache
def _zones_by_country() -> dict[str, tuple[Place, ...]]:
    """``zone.tab``: each country's zones with their main place, in the file's order."""
    text = _zone_tab()
    found: dict[str, list[Place]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        match = _COORDINATES.match(parts[1])
        if match is None:
            continue
        g = match.groups()
        latitude, longitude = _degrees(*g[0:4]), _degrees(*g[4:8])
        # A zone.tab newer than the zone files may name a zone they lack: left out.
        if math.isfinite(latitude) and math.isfinite(longitude) and _known(parts[2]):
            found.setdefault(parts[0].upper(), []).append((parts[2], latitude, longitude))
    return {code: tuple(places) for code, places in found.items()}


def _zone_tab() -> str:
    """The text of ``zone.tab``: the system's time-zone database, else the ``tzdata``
    package's (Windows); empty when neither has one."""
    for folder in zoneinfo.TZPATH:
        try:
            return (Path(folder) / "zone.tab").read_text(encoding="utf-8")
        except OSError:
            continue
    try:
        return (
            importlib.resources.files("tzdata")
            .joinpath("zoneinfo/zone.tab")
            .read_text(encoding="utf-8")
        )
    except (ModuleNotFoundError, OSError):
        return ""
