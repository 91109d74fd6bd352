"""The words for the units things are sold and priced in: one table for the quote builder,
the price check and the command line, so "pack" is never "verp." in one place and "pack"
in the next.

The codes (``pack``, ``L``, ``kg``) are what is stored; the words are marked in the
"messages" context and shown through the GUI's or the command line's translator."""

from __future__ import annotations

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

UNITS = ("pack", "L", "kg")
UNIT_WORDS = {
    "pack": QT_TRANSLATE_NOOP("messages", "pack"),
    "L": QT_TRANSLATE_NOOP("messages", "L"),
    "kg": QT_TRANSLATE_NOOP("messages", "kg"),
}


def unit_source(unit: str) -> str:
    """The marked word for ``unit`` (to translate), or the unit itself when it has none."""
    return UNIT_WORDS.get(unit, unit)
