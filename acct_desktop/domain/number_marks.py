"""Writing a number with the marks its reader uses: 1,234.50 (en, zh_CN) · 1.234,50 (nl, vi).

``marks`` are a locale's (group separator, decimal point), as the GUI's QLocale gives them;
a language's own are ``language_marks``. Numbers are written from Decimal, never float.
"""

from __future__ import annotations

from decimal import Decimal

from acct_desktop.domain.languages import normalise_language

ENGLISH_MARKS = (",", ".")


def language_marks(language: str | None) -> tuple[str, str]:
    """The thousands separator and the decimal point customers of ``language`` write:
    ``,`` and ``.`` (en, zh_CN) · ``.`` and ``,`` (nl, vi)."""
    return (".", ",") if normalise_language(language) in ("nl", "vi") else ENGLISH_MARKS


def remarked(text: str, marks: tuple[str, str] | None) -> str:
    """A number written the English way (``1,234.50``) with ``marks`` = (group separator,
    decimal point) of a locale instead (``1.234,50``)."""
    if marks is None or marks == ENGLISH_MARKS:
        return text
    group, point = marks
    return text.translate({ord(","): group, ord("."): point})


def format_number(language: str | None, amount: Decimal) -> str:
    """``amount`` with its decimals as given, grouped as customers write it:
    1,234.50 (en, zh_CN) · 1.234,50 (nl, vi)."""
    return remarked(f"{amount:,f}", language_marks(language))
