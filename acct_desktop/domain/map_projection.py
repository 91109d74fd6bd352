"""Where a latitude/longitude lands on the flat territory map.

The map uses the **spherical Web-Mercator** projection, scaled to a unit square "world":
``x`` runs 0 → 1 from 180° W to 180° E, ``y`` runs 0 → 1 from the north edge (≈ 85.05° N)
to the south edge (≈ 85.05° S), so ``y`` grows downwards like screen coordinates and a
view is a plain scale and offset of world coordinates.

Why Mercator rather than an equirectangular projection stretched by ``cos(lat0)``:

* A territory here spans Asia and Europe at once (the demo: Vietnam at 10° N, China up to
  40° N, the Netherlands at 53° N). An equirectangular map is only true to shape near its
  one reference latitude ``lat0``: with ``lat0`` = 30° the Netherlands is drawn 1.45× too
  wide (cos 30° / cos 53°). Mercator is *conformal* — true to shape everywhere — so a city's
  cluster of accounts and a day's route look right wherever and however far one zooms.
* Its cost, areas growing with ``1 / cos(lat)``, does not matter for a dot map: nothing is
  measured on it (distances come from :mod:`acct_desktop.domain.geo`, great-circle).
* It is what every web map uses, so managers recognise the shapes.

Latitudes beyond :data:`MAX_LATITUDE` are clamped (Mercator reaches infinity at the poles);
no account lives there. Floats are fine here: this is geometry, never money.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MAX_LATITUDE = 85.05112878  # where Web-Mercator's square world ends (y = 0 and y = 1)
EARTH_CIRCUMFERENCE_M = 40_075_016.686  # at the equator, the width of the world in metres

FloatArray = npt.NDArray[np.float64]


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """World coordinates ``(x, y)`` in [0, 1] of one point given in decimal degrees."""
    phi = math.radians(max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude)))
    x = (longitude + 180.0) / 360.0
    y = 0.5 - math.log(math.tan(math.pi / 4.0 + phi / 2.0)) / (2.0 * math.pi)
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """The ``(latitude, longitude)`` in degrees of world coordinates (the inverse of
    :func:`project` within ±:data:`MAX_LATITUDE`)."""
    longitude = x * 360.0 - 180.0
    latitude = math.degrees(2.0 * math.atan(math.exp((0.5 - y) * 2.0 * math.pi)) - math.pi / 2.0)
    return latitude, longitude


def project_many(
    latitudes: Sequence[float] | FloatArray, longitudes: Sequence[float] | FloatArray
) -> tuple[FloatArray, FloatArray]:
    """World coordinates of many points at once (arrays of ``x`` and ``y``, same order)."""
    lat = np.clip(np.asarray(latitudes, dtype=np.float64), -MAX_LATITUDE, MAX_LATITUDE)
    lon = np.asarray(longitudes, dtype=np.float64)
    x = (lon + 180.0) / 360.0
    y = 0.5 - np.log(np.tan(np.pi / 4.0 + np.radians(lat) / 2.0)) / (2.0 * np.pi)
    return x, y


def metres_per_world_unit(latitude: float) -> float:
    """Ground metres that one world unit spans east-west at ``latitude`` (for a scale bar:
    Mercator stretches the map by ``1 / cos(latitude)``)."""
    phi = math.radians(max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude)))
    return EARTH_CIRCUMFERENCE_M * math.cos(phi)


def valid_coordinates(latitude: float | None, longitude: float | None) -> bool:
    """Both coordinates present, finite and in range (−90…90, −180…180)."""
    if latitude is None or longitude is None:
        return False
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return False
    return -90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0


MIN_SCALE = 128.0  # pixels per world unit: the whole world in 128 px is as far out as it goes
MAX_SCALE = EARTH_CIRCUMFERENCE_M / 2.0  # about 2 m per pixel at the equator: street level


@dataclass
class MapView:
    """What part of the world a map widget shows: the world point at the widget's centre
    and the scale in pixels per world unit. Screen ``y`` grows downwards, as world ``y``."""

    width: int = 800
    height: int = 600
    centre_x: float = 0.5
    centre_y: float = 0.5
    scale: float = 1024.0

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        """Widget pixel position of a world point."""
        return (
            (x - self.centre_x) * self.scale + self.width / 2.0,
            (y - self.centre_y) * self.scale + self.height / 2.0,
        )

    def to_screen_many(self, xs: FloatArray, ys: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Widget pixel positions of many world points."""
        return (
            (xs - self.centre_x) * self.scale + self.width / 2.0,
            (ys - self.centre_y) * self.scale + self.height / 2.0,
        )

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        """World point under a widget pixel position."""
        return (
            (px - self.width / 2.0) / self.scale + self.centre_x,
            (py - self.height / 2.0) / self.scale + self.centre_y,
        )

    def world_rect(self, margin_px: float = 0.0) -> tuple[float, float, float, float]:
        """The world rectangle ``(left, top, right, bottom)`` the widget shows, widened by
        ``margin_px`` pixels on every side."""
        left, top = self.to_world(-margin_px, -margin_px)
        right, bottom = self.to_world(self.width + margin_px, self.height + margin_px)
        return left, top, right, bottom

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map content by ``(dx, dy)`` pixels (dragging it)."""
        self.centre_x -= dx / self.scale
        self.centre_y -= dy / self.scale

    def zoom_at(self, factor: float, px: float, py: float) -> None:
        """Zoom by ``factor`` keeping the world point under pixel ``(px, py)`` where it is;
        the scale stays within :data:`MIN_SCALE` … :data:`MAX_SCALE`."""
        wx, wy = self.to_world(px, py)
        self.scale = min(MAX_SCALE, max(MIN_SCALE, self.scale * factor))
        self.centre_x = wx - (px - self.width / 2.0) / self.scale
        self.centre_y = wy - (py - self.height / 2.0) / self.scale

    def fit(
        self,
        bounds: tuple[float, float, float, float],
        margin_px: float = 32.0,
        max_scale: float = MAX_SCALE,
        bottom_px: float = 0.0,
    ) -> None:
        """Show the world rectangle ``(left, top, right, bottom)`` as large as fits with
        ``margin_px`` pixels to spare (and ``bottom_px`` more kept free along the bottom, for a
        legend), at most at ``max_scale`` (a lone point is not shown at street level)."""
        left, top, right, bottom = bounds
        room_x = max(1.0, self.width - 2 * margin_px)
        room_y = max(1.0, self.height - 2 * margin_px - bottom_px)
        span_x, span_y = max(right - left, 1e-12), max(bottom - top, 1e-12)
        scale = min(room_x / span_x, room_y / span_y, max_scale)
        self.scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self.centre_x = (left + right) / 2.0
        self.centre_y = (top + bottom) / 2.0 + bottom_px / 2.0 / self.scale


def wrapped_longitude(longitude: float) -> float:
    """``longitude`` as an atlas writes it, in (-180, 180]: a map panned past the date
    line shows 240° as -120° (120°W)."""
    wrapped = (longitude + 180.0) % 360.0 - 180.0
    return 180.0 if wrapped == -180.0 else wrapped
