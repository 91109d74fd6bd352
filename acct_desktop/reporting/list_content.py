"""What a list on the screen shows, handed from the GUI to ``list_pdf`` (which alone needs
reportlab: this is read at start-up)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScreenList:
    """What a list on the screen shows, in the user's words."""

    title: str  # "Customer issues"
    about: str  # what it holds: the filters, the account, the date
    heads: Sequence[str]
    rows: Sequence[Sequence[str]]
    right_aligned: Sequence[bool]  # per column: figures, dates
    page_label: Callable[[int, int], str]  # "Page 1 of 3"
    language: str = "en"
