"""Country outlines for the territory map (Natural Earth 1:110m, public domain, shipped)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

OUTLINES = Path(__file__).resolve().parent.parent / "assets" / "maps" / "ne_110m_countries.json"


@lru_cache(maxsize=1)
def country_outlines() -> tuple[tuple[tuple[float, float], ...], ...]:
    """Every ring as ``((latitude, longitude), …)``; empty when the file is missing."""
    try:
        rings = json.loads(OUTLINES.read_text("utf-8"))["rings"]
    except (OSError, ValueError, KeyError):
        return ()
    return tuple(
        tuple((ring[i + 1], ring[i]) for i in range(0, len(ring) - 1, 2)) for ring in rings
    )
