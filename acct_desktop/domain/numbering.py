"""Document numbers of the form PREFIX-YEAR-SEQUENCE (``IS-2026-00042``, ``CL-2026-0007``),
or PREFIX-YEAR-SERIES-SEQUENCE (``Q-2026-7KX-00042``) for documents several laptops number
offline and later bring together in one team database: each device numbers its own series.

The sequence restarts every year (per series), has no gaps and is never reused: the next
number is one more than the highest of that year (uniqueness is also enforced by the
database).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class DocumentNumberError(ValueError):
    pass


SERIES_PATTERN = re.compile(r"[0-9A-Z]{2,6}")


def format_number(
    prefix: str, year: int, sequence: int, width: int, series: str | None = None
) -> str:
    if not 1900 <= year <= 9999:
        raise DocumentNumberError(f"Year {year} is out of range.")
    if sequence < 1:
        raise DocumentNumberError("Sequence numbers start at 1.")
    if series is not None and not SERIES_PATTERN.fullmatch(series):
        raise DocumentNumberError(f"“{series}” is not a series code (2–6 letters or digits).")
    middle = f"-{series}" if series else ""
    return f"{prefix}-{year:04d}{middle}-{sequence:0{width}d}"


def parse_number(
    prefix: str, number: str, width: int, series: str | None = None
) -> tuple[int, int]:
    """(year, sequence) of ``number``; raises DocumentNumberError if it is not one of ours
    (of this ``series`` when one is given)."""
    middle = f"-{re.escape(series)}" if series else ""
    pattern = rf"{re.escape(prefix)}-(\d{{4}}){middle}-(\d{{{width},}})"
    match = re.fullmatch(pattern, number.strip())
    if not match:
        example = format_number(prefix, 2026, 7, width, series)
        raise DocumentNumberError(f"“{number}” is not a number like {example}.")
    return int(match.group(1)), int(match.group(2))


def next_number(
    prefix: str, year: int, existing: Iterable[str], width: int, series: str | None = None
) -> str:
    """One more than the highest number of ``year`` (and ``series``) among ``existing``
    (others ignored)."""
    highest = 0
    for number in existing:
        try:
            number_year, sequence = parse_number(prefix, number, width, series)
        except DocumentNumberError:
            continue
        if number_year == year:
            highest = max(highest, sequence)
    return format_number(prefix, year, highest + 1, width, series)
