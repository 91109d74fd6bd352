"""A printed text that counts something, in the form that agrees with its number.

English and Dutch write "1 visit" / "1 bezoek" but "2 visits" / "2 bezoeken" (and "0
visits"); Chinese and Vietnamese have one form. A label catalogue gives such a text as a
``Counted``: ``counted("{count} visit", "{count} visits")``, or ``counted("共 {count}
个拜访点")`` for a language with one form. ``format`` takes the same values a plain label's
``str.format`` takes and picks the form by the value named ``by`` (``count`` unless the
text counts another value: "{done} of {planned} planned visits" agrees with ``planned``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Counted:
    """A format string in a singular and a plural form, chosen by the value ``by``."""

    one: str
    many: str
    by: str = "count"

    def format(self, **values: object) -> str:
        """The form that agrees with ``values[by]`` (one only for exactly 1), filled in."""
        return (self.one if values[self.by] == 1 else self.many).format(**values)

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.one, self.many)


def counted(one: str, many: str | None = None, by: str = "count") -> Counted:
    """``one`` for exactly one thing and ``many`` for any other number; a language with
    one form gives ``one`` alone."""
    return Counted(one, one if many is None else many, by)


def printed_texts(values: Iterable[object]) -> list[str]:
    """The texts among label values: plain strings and both forms of each ``Counted``."""
    texts: list[str] = []
    for value in values:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, Counted):
            texts.extend(value.texts)
    return texts
