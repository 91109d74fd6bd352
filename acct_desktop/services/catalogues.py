"""The app's compiled translation catalogues, read without Qt.

The GUI and the command line load ``acct_desktop/assets/i18n/acct_desktop_<lang>.qm`` with
Qt's QTranslator, one language at a time. An import must understand a value written in any
of the app's languages whatever the user's own ("Filiaalmagazijn" in a Dutch ERP's export
opened on an English laptop), and services do not import Qt: so the same compiled files
are read here, every language at once.

A ``.qm`` file (Qt's ``translator.cpp`` reads it) is a 16-byte magic number and tagged
blocks: a tag byte, a 32-bit big-endian length, the data. The messages block holds each
message as tagged fields up to an end tag: translations in UTF-16 BE (a plural message has
one per plural form), source text, context and comment in UTF-8, each after its 32-bit
length. ``lrelease`` writes every message's source and context, which is what a lookup by
text needs; a file without them (or any other surprise) reads as an empty catalogue, and
the import accepts English alone. The numerus rules block says which form a count takes
(Qt's ``numerusHelper``, in ``plural_form`` here).

English, the source language, has a catalogue of its plural forms only
(``acct_desktop_en.qm``: "%n visit(s)" → "%n visit", "%n visits"); ``plural`` reads a
count's sentence from it, or from any other language's, without Qt.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("zh_CN", "vi", "nl")  # the app's translations (acct_desktop.gui.i18n)
ENGLISH = "en"  # the source language: its catalogue holds the plural forms only
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_BLOCK = 0x69
NUMERUS_RULES_BLOCK = 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NO_TEXT = 0xFFFFFFFF
# Qt's numerus rules (qtranslator.cpp): an operator byte (compare, maybe negated, of the
# count or of its last one or two digits) and its operands, joined by AND / OR; each
# NEWRULE starts the test for the next plural form.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF

Catalogue = Mapping[tuple[str, str], str]  # (context, English source) → translation


class CatalogueError(ValueError):
    """A file that is not a catalogue this reader understands."""


@dataclass(frozen=True)
class Compiled:
    """A compiled catalogue: every form of every finished message, and which plural form a
    count takes in its language."""

    forms: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    rules: bytes = b""

    def plural(self, context: str, source: str, count: int) -> str | None:
        """The form of message (context, source) for ``count`` ("%n visits"), its
        placeholder left in; None when the catalogue has no such message, or not that form
        (a message compiled without plural forms has one: Qt too answers nothing then)."""
        forms = self.forms.get((context, source), ())
        form = plural_form(self.rules, count)
        return forms[form] if 0 <= form < len(forms) else None


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The finished messages of a compiled catalogue: (context, source) → translation (a
    plural message's first form)."""
    return {key: forms[0] for key, forms in read_compiled(data).forms.items()}


def read_compiled(data: bytes) -> Compiled:
    """A compiled catalogue's messages with all their forms, and its numerus rules."""
    if data[:16] != MAGIC:
        raise CatalogueError("not a Qt translation file")
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    rules = b""
    at = 16
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        if tag == MESSAGES_BLOCK:
            _read_messages(memoryview(data)[at + 5 : at + 5 + length], found)
        elif tag == NUMERUS_RULES_BLOCK:
            rules = bytes(data[at + 5 : at + 5 + length])
        at += 5 + length
    return Compiled(found, rules)


def plural_form(rules: bytes, count: int) -> int:
    """Which plural form ``count`` takes under a catalogue's numerus ``rules``: 0 for the
    first; the number of rules when none matches (the last form); -1 for rules this reader
    does not understand (as Qt's ``numerusHelper``)."""
    if not rules:
        return 0
    form, i = 0, 0
    try:
        while True:
            any_true = False
            while True:
                all_true = True
                while True:
                    opcode, right = rules[i], rules[i + 1]
                    i += 2
                    left = count
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    operator = opcode & _OP_MASK
                    if operator == _EQ:
                        truth = left == right
                    elif operator == _LT:
                        truth = left < right
                    elif operator == _LEQ:
                        truth = left <= right
                    elif operator == _BETWEEN:
                        truth = right <= left <= rules[i]
                        i += 1
                    else:
                        return -1
                    if opcode & _NOT:
                        truth = not truth
                    all_true = all_true and truth
                    if i == len(rules) or rules[i] != _AND:
                        break
                    i += 1
                any_true = any_true or all_true
                if i == len(rules) or rules[i] != _OR:
                    break
                i += 1
            if any_true:
                return form
            form += 1
            if i == len(rules):
                return form
            if rules[i] != _NEWRULE:
                return -1
            i += 1
    except IndexError:
        return -1


def _read_messages(block: memoryview, found: dict[tuple[str, str], tuple[str, ...]]) -> None:
    at = 0
    translations: list[str] = []
    source = context = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translations and source:
                found.setdefault((context, source), tuple(translations))
            translations, source, context = [], "", ""
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
        if tag == _TRANSLATION:  # a plural message has one per form, in order
            translations.append(raw.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")


@cache
def compiled(language: str) -> Compiled:
    """``language``'s compiled catalogue (``en``: the English plural forms); empty when it
    is missing or unreadable, as before ``python installer/translations.py build``."""
    return _read(language)


@cache
def catalogue(language: str) -> Catalogue:
    """``language``'s compiled catalogue: (context, source) → translation (a plural
    message's first form); empty when it is missing or unreadable (imports read English)."""
    return MappingProxyType({key: forms[0] for key, forms in _read(language).forms.items()})


def _read(language: str) -> Compiled:
    path = QM_DIR / f"acct_desktop_{language}.qm"
    try:
        read = read_compiled(path.read_bytes())
    except (OSError, CatalogueError, UnicodeDecodeError, struct.error) as exc:
        log.info("the %s catalogue cannot be read (%s): English source texts", language, exc)
        return Compiled()
    return Compiled(MappingProxyType(dict(read.forms)), read.rules)


def plural(language: str, context: str, source: str, count: int) -> str:
    """A sentence with a count in it, marked as a plural message ("%n visit(s)"), in
    ``language`` (``en`` too) with the form the count takes and the count in place of
    ``%n`` / ``%Ln`` (digits, ungrouped): "1 visit", "2 visits". The source, with the
    count in place, when the catalogue lacks the message."""
    text = compiled(language).plural(context, source, count)
    return (source if text is None else text).replace("%Ln", str(count)).replace("%n", str(count))


def translations(context: str, source: str) -> dict[str, str]:
    """``source`` (marked in ``context``) in every language that translates it."""
    found = {}
    for language in LANGUAGES:
        text = catalogue(language).get((context, source))
        if text:
            found[language] = text
    return found
