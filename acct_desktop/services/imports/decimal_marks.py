"""Which mark a column of numbers uses for its decimals: ``.`` or ``,``.

``1.250`` alone could be 1250 or 1.25. A file's other numbers usually settle it: when
the same column holds ``2.5`` and ``0.75`` its point is the decimal mark, so ``1.250`` is
1.25; when it holds ``12,50`` or ``1.234.567`` its comma is, so ``1.250`` is 1250. With no
such evidence (or evidence both ways) a single mark before three digits groups thousands,
as ``5.000`` and ``5,000`` usually do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from acct_desktop.services.tabular import CellNumber

GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f'’")
NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*|[+-]?[\d.,]*\d")


def decimal_mark(raw: str) -> str | None:
    """The decimal mark ``raw`` shows: "." for ``2.5``, ``0.125``, ``1,234.5`` and
    ``1,234,567``; "," for ``12,50`` and ``1.234.567``; None for a number without a mark,
    one that could be either (``1.250``, ``1,250``), a workbook's number or not a number."""
    if isinstance(raw, CellNumber):
        return None
    value = raw.strip()
    if not value.isascii():  # full width (１２３，４５６．００), 万 and 亿 after the number
        value = unicodedata.normalize("NFKC", value).rstrip("万萬亿億").strip()
    value = value.translate(GROUP_SPACES)
    if not NUMBER.fullmatch(value):
        return None
    commas, dots = value.count(","), value.count(".")
    if commas and dots:
        return "," if value.rfind(",") > value.rfind(".") else "."
    if not commas and not dots:
        return None
    kind = "," if commas else "."
    if commas + dots > 1:  # several of one kind group thousands: the other is the mark
        return "." if kind == "," else ","
    whole, _, fraction = value.lstrip("+-").partition(kind)
    if len(fraction) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
        return None
    return kind


def column_mark(cells: Iterable[str]) -> str | None:
    """The decimal mark of a column whose numbers that show one all show the same one;
    None when none shows one, or when some show each (a list put together from several
    countries' files: each of those numbers is read as it is written)."""
    shown = {mark for cell in cells if (mark := decimal_mark(cell)) is not None}
    return shown.pop() if len(shown) == 1 else None
