"""The app's compiled translation catalogues, read without Qt.

The GUI and the command line load ``acct_desktop/assets/i18n/acct_desktop_<lang>.qm`` with
Qt's QTranslator, one language at a time. An import must understand a value written in any
of the app's languages whatever the user's own ("Filiaalmagazijn" in a Dutch ERP's export
opened on an English laptop), and services do not import Qt: so the same compiled files
are read here, every language at once.

A ``.qm`` file (Qt's ``translator.cpp`` reads it) is a 16-byte magic number and tagged
blocks: a tag byte, a 32-bit big-endian length, the data. The messages block holds each
message as tagged fields up to an end tag: translations in UTF-16 BE, source text, context
and comment in UTF-8, each after its 32-bit length. ``lrelease`` writes every message's
source and context, which is what a lookup by text needs; a file without them (or any
other surprise) reads as an empty catalogue, and the import accepts English alone.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("zh_CN", "vi", "nl")  # the app's translations (acct_desktop.gui.i18n)
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NO_TEXT = 0xFFFFFFFF

Catalogue = Mapping[tuple[str, str], str]  # (context, English source) → translation


class CatalogueError(ValueError):
    """A file that is not a catalogue this reader understands."""


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The finished messages of a compiled catalogue: (context, source) → translation (a
    plural message's first form)."""
    if data[:16] != MAGIC:
        raise CatalogueError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    at = 16
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        if tag == MESSAGES_BLOCK:
            _read_messages(memoryview(data)[at + 5 : at + 5 + length], found)
        at += 5 + length
    return found


def _read_messages(block: memoryview, found: dict[tuple[str, str], str]) -> None:
    at = 0
    translation: str | None = None
    source = context = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translation is not None and source:
                found.setdefault((context, source), translation)
            translation, source, context = None, "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT) or at + 4 > len(block):
            raise CatalogueError(f"unknown field {tag} in a message")
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if length == _NO_TEXT:
            continue
        raw = bytes(block[at : at + length])
        at += length
        if tag == _TRANSLATION:
            if translation is None:  # a plural message: its first form
                translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")


@cache
def catalogue(language: str) -> Catalogue:
    """``language``'s compiled catalogue; empty (and logged once) when it is missing or
    unreadable, as before ``python installer/translations.py build``."""
    path = QM_DIR / f"acct_desktop_{language}.qm"
    try:
        messages = read_qm(path.read_bytes())
    except (OSError, CatalogueError, UnicodeDecodeError, struct.error) as exc:
        log.info("the %s catalogue cannot be read (%s): imports read English", language, exc)
        messages = {}
    return MappingProxyType(messages)


def translations(context: str, source: str) -> dict[str, str]:
    """``source`` (marked in ``context``) in every language that translates it."""
    found = {}
    for language in LANGUAGES:
        text = catalogue(language).get((context, source))
        if text:
            found[language] = text
    return found
