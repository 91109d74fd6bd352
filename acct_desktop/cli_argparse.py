"""argparse's own words — ``usage:``, ``options``, ``show this help message and exit``,
``the following arguments are required: %s``, ``invalid choice`` — in this run's language.

argparse says them through gettext: it calls ``_(text)`` and ``ngettext(one, many, n)``,
names it imports from gettext and looks up among its module's globals at each call (Python
3.11 to 3.13). ``speak(lookup)`` points those two at the app's catalogues (context
"argparse", the texts marked below), ``speak(None)`` back at gettext. A translation whose
``%s`` / ``%r`` / ``%(prog)s`` differ from the English one is not used: argparse formats
the text with them, and would fail. A word argparse says that is not marked here (a newer
Python's) stays English. Only the words a user can meet are marked, not the ones for a
programmer's mistake ("conflicting option string").
"""

from __future__ import annotations

import argparse
import gettext
import re
from collections.abc import Callable

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

CONTEXT = "argparse"
WORDS = (
    # the help
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),  # a section's heading (3.13)
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    # the refusals
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
_FORMAT = re.compile(r"%\([A-Za-z_]+\)[sdr]|%[sdr%]")
_ENGLISH = (gettext.gettext, gettext.ngettext)


def speak(lookup: Callable[[str, str], str] | None) -> None:
    """argparse's words from ``lookup(context, text)`` (the translation, or "" when there is
    none); None: English (gettext's, as argparse has them)."""
    if lookup is None:
        argparse._, argparse.ngettext = _ENGLISH  # type: ignore[attr-defined]
        return

    def one(text: str) -> str:
        return translated(lookup, text)

    def counted(singular: str, plural: str, count: int) -> str:
        return translated(lookup, singular if count == 1 else plural)

    argparse._ = one  # type: ignore[attr-defined]
    argparse.ngettext = counted  # type: ignore[attr-defined]


def translated(lookup: Callable[[str, str], str], text: str) -> str:
    """``text`` in the catalogue's language when it translates it with the same
    %-placeholders, else as it is."""
    found = lookup(CONTEXT, text) if text else ""
    if not found or sorted(_FORMAT.findall(found)) != sorted(_FORMAT.findall(text)):
        return text
    return found
