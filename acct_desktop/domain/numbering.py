"""Document numbers of the form PREFIX-YEAR-SEQUENCE (``IS-2026-00042``, ``CL-2026-0007``).

The sequence restarts every year, has no gaps and is never reused: the next number is one
more than the highest of that year (uniqueness is also enforced by the database).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class DocumentNumberError(ValueError):
    pass


def format_number(prefix: str, year: int, sequence: int, width: int) -> str:
    if not 1900 <= year <= 9999:
        raise DocumentNumberError(f"Year {year} is out of range.")
    if sequence < 1:
        raise DocumentNumberError("Sequence numbers start at 1.")
    return f"{prefix}-{year:04d}-{sequence:0{width}d}"


def parse_number(prefix: str, number: str, width: int) -> tuple[int, int]:
    """(year, sequence) of ``number``; raises DocumentNumberError if it is not one of ours."""
    match = re.fullmatch(rf"{re.escape(prefix)}-(\d{{4}})-(\d{{{width},}})", number.strip())
    if not match:
        example = format_number(prefix, 2026, 7, width)
        raise DocumentNumberError(f"“{number}” is not a number like {example}.")
    return int(match.group(1)), int(match.group(2))


def next_number(prefix: str, year: int, existing: Iterable[str], width: int) -> str:
    """One more than the highest number of ``year`` among ``existing`` (others ignored)."""
    highest = 0
    for number in existing:
        try:
            number_year, sequence = parse_number(prefix, number, width)
        except DocumentNumberError:
            continue
        if number_year == year:
            highest = max(highest, sequence)
    return format_number(prefix, year, highest + 1, width)
