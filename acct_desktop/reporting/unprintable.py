"""Characters no PDF font on this computer has, noted while a PDF is drawn.

``font_runs`` prints a □ for such a character and notes it here; a print command (GUI
action or CLI) draws its PDF inside :func:`missing_characters` and, when the set is not
empty, tells the user ``services.unprintable.missing_sentence``. No reportlab here: the
GUI and the CLI import this at start.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

log = logging.getLogger(__name__)

SUBSTITUTE = "\u25a1"  # □: what is printed for a character no font has
FALLBACK_ENV = "ACCT_DESKTOP_PDF_FALLBACK_FONTS"  # reporting/fonts.py reads it
_noted: ContextVar[tuple[set[str], ...]] = ContextVar("missing_characters", default=())
_logged: set[str] = set()


@contextmanager
def missing_characters() -> Iterator[set[str]]:
    """The characters no font had, of the text drawn inside the block (nested blocks each
    get every one)."""
    found: set[str] = set()
    token = _noted.set((*_noted.get(), found))
    try:
        yield found
    finally:
        _noted.reset(token)


def note_missing(char: str) -> None:
    """``char`` was printed as □: every open :func:`missing_characters` block gets it."""
    if char not in _logged:  # once per character and process
        _logged.add(char)
        log.warning(  # the print command tells the user; the log file keeps the code point
            "no PDF font has %s (U+%04X); printed as %s",
            char,
            ord(char),
            SUBSTITUTE,
            extra={"log_file_only": True},
        )
    for found in _noted.get():
        found.add(char)
