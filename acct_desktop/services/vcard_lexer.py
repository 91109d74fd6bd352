"""A card's lines into properties, in time linear in the file's size.

Unfolding (a line starting with a space or tab continues the previous one; after a
quoted-printable value ending in ``=`` the next line continues it, as 2.1 writers do) and
splitting a content line into group, name, parameters and value are done here. vobject's
own functions for both are not used on imported files: its ``getLogicalLines`` re-reads the
whole growing line for every physical line (quadratic: a 20 MB photo takes hours), and its
content-line expression backtracks exponentially on a line with many ``=`` and no colon
(a damaged quoted-printable line hangs it). vobject's ``ContentLine`` then builds the
parameter table (2.1's bare ``TEL;WORK;VOICE`` included) and decodes quoted-printable
values with their ``CHARSET``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import vobject

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.vcard_values import CardError, Property

_NAME = re.compile(r"(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)")
_PARAM_NAME = re.compile(r"[A-Za-z0-9_-]+")
_PARAM_VALUE = re.compile(r'[^";:,]*')


def logical_lines(lines: list[str]) -> Iterator[tuple[str, int]]:
    """(unfolded line, number of its first physical line) for each property; blank lines
    are skipped."""
    parts: list[str] = []
    start = 0
    quoted_printable = continues = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if parts:
                yield "".join(parts), start
            parts, continues = [], False
            continue
        if parts and continues:
            parts.append("\n" + line)  # the value keeps its soft line break ("=\n")
        elif parts and line[0] in " \t":
            parts.append(line[1:])
        else:
            if parts:
                yield "".join(parts), start
            parts, start = [line], number
            quoted_printable = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
        continues = quoted_printable and line.rstrip().endswith("=")
    if parts:
        yield "".join(parts), start


def content_line(text: str, number: int) -> Property:
    """One unfolded line as a property; ``CardError`` when it is none."""
    group, name, params, value = _split(text, number)
    try:
        line = vobject.base.ContentLine(name, params, value, group, encoded=True, lineNumber=number)
    except UnicodeDecodeError as exc:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "the quoted-printable text is not valid %1"),
            exc.encoding,
        )
        raise CardError(message, number) from None
    except (LookupError, TypeError, ValueError) as exc:
        raise CardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "the value cannot be decoded (%1)"),
                type(exc).__name__,
            ),
            number,
        ) from None
    return Property(
        name.upper(),
        group.lower() if group else None,
        {str(k).upper(): [str(v) for v in vs] for k, vs in line.params.items()},
        [str(v) for v in line.singletonparams],
        line.value if isinstance(line.value, str) else "",
        number,
    )


def _split(text: str, number: int) -> tuple[str | None, str, list[list[str]], str]:
    """(group, name, parameters as [name, value, …] lists, value) of a content line."""
    found = _NAME.match(text)
    if found is None:
        raise _not_a_line(text, number)
    group, name = found.group(1), found.group(2).replace("_", "-")  # Lotus Notes writes _
    at = found.end()
    params: list[list[str]] = []
    while text.startswith(";", at):
        param = _PARAM_NAME.match(text, at + 1)
        if param is None:
            raise _not_a_line(text, number)
        entry, at = [param.group()], param.end()
        if text.startswith("=", at):
            at += 1
            while True:
                if text.startswith('"', at):
                    end = text.find('"', at + 1)
                    if end < 0:
                        raise _not_a_line(text, number)
                    entry.append(text[at + 1 : end])
                    at = end + 1
                else:
                    piece = _PARAM_VALUE.match(text, at)
                    entry.append(piece.group() if piece else "")
                    at = piece.end() if piece else at
                if not text.startswith(",", at):
                    break
                at += 1
        params.append(entry)
    if not text.startswith(":", at):
        raise _not_a_line(text, number)
    return group, name, params, text[at + 1 :]


def _not_a_line(text: str, number: int) -> CardError:
    shown = " ".join(text.split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return CardError(
        Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not a vCard line'), shown), number
    )
