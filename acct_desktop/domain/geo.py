"""Offline geometry for visit planning: great-circle distances and driving-time estimates.

Everything here works without a network or a road map. Distances are great-circle
(haversine) kilometres on a spherical Earth; a road is longer than the straight line, so
driving distances are estimated by multiplying by a *road-winding factor*.

``ROAD_WINDING_FACTOR = 1.3``
    The usual ratio of road distance to straight-line distance in European and Asian
    road networks is about 1.2 (motorway corridors) to 1.4 (cities, rivers, mountains);
    1.3 is the commonly used middle value. Callers may pass their own factor.

Floats are fine here: this is geometry, never money.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # the IUGG mean Earth radius
ROAD_WINDING_FACTOR = 1.3

LatLon = tuple[float, float]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in decimal degrees."""
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2.0
    half_dlambda = math.radians(lon2 - lon1) / 2.0
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    # min() guards against a rounding error pushing ``a`` just above 1 for antipodes.
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def distance_matrix_km(points: Sequence[LatLon]) -> list[list[float]]:
    """The symmetric matrix of great-circle kilometres between all pairs of ``points``
    (``(latitude, longitude)`` pairs); the diagonal is zero."""
    size = len(points)
    matrix = [[0.0] * size for _ in range(size)]
    for i in range(size):
        lat_i, lon_i = points[i]
        row = matrix[i]
        for j in range(i + 1, size):
            lat_j, lon_j = points[j]
            km = haversine_km(lat_i, lon_i, lat_j, lon_j)
            row[j] = km
            matrix[j][i] = km
    return matrix


def surface_point(latitude: float, longitude: float) -> tuple[float, float, float]:
    """The point in Earth-centred kilometres. The straight (chord) distance between two such
    points, ``math.dist(a, b)``, is within 0.03 % of the great-circle distance up to 500 km
    and never more than it, with no map distortion anywhere on the globe — a fast distance for
    grouping many points."""
    phi, lam = math.radians(latitude), math.radians(longitude)
    cos_phi = math.cos(phi)
    return (
        EARTH_RADIUS_KM * cos_phi * math.cos(lam),
        EARTH_RADIUS_KM * cos_phi * math.sin(lam),
        EARTH_RADIUS_KM * math.sin(phi),
    )


def road_km(straight_km: float, winding_factor: float = ROAD_WINDING_FACTOR) -> float:
    """Estimated road distance for a straight-line distance (see ``ROAD_WINDING_FACTOR``)."""
    if winding_factor < 1.0:
        raise ValueError("a road is never shorter than the straight line (factor >= 1)")
    return straight_km * winding_factor


def travel_minutes(
    straight_km: float, speed_kmh: float, winding_factor: float = ROAD_WINDING_FACTOR
) -> float:
    """Estimated driving minutes for a straight-line distance at an average road speed."""
    if speed_kmh <= 0:
        raise ValueError("the travel speed must be positive")
    return road_km(straight_km, winding_factor) / speed_kmh * 60.0


def whole_travel_minutes(
    straight_km: float, speed_kmh: float, winding_factor: float = ROAD_WINDING_FACTOR
) -> int:
    """Driving minutes rounded *up* to a whole minute, so that a schedule built from them
    never arrives earlier than the estimate (a tiny tolerance absorbs float noise)."""
    return math.ceil(travel_minutes(straight_km, speed_kmh, winding_factor) - 1e-9)


@dataclass(frozen=True, slots=True)
class Drive:
    """An estimated drive between two places: road kilometres and whole minutes."""

    km: float
    minutes: int


def estimated_drive(
    straight_km: float, speed_kmh: float, winding_factor: float = ROAD_WINDING_FACTOR
) -> Drive:
    """The one rule for a drive's estimate, used by the planner and the route sheet alike:
    the straight line × the road-winding factor, at ``speed_kmh``, minutes rounded up."""
    return Drive(
        road_km(straight_km, winding_factor),
        whole_travel_minutes(straight_km, speed_kmh, winding_factor),
    )


def drive_between(
    start: LatLon | None,
    end: LatLon | None,
    speed_kmh: float,
    winding_factor: float = ROAD_WINDING_FACTOR,
) -> Drive | None:
    """The estimated drive from ``start`` to ``end``; None when either place is unknown."""
    if start is None or end is None:
        return None
    return estimated_drive(haversine_km(*start, *end), speed_kmh, winding_factor)
