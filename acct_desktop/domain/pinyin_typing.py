"""How people type a Chinese name in pinyin, for search: each character's syllable whole
or as its initial, in any mix, the last one perhaps half typed (``huarwj``, ``hrunwj``,
``huarunwj`` and ``hrwj`` for 华润万家, *hua run wan jia*), and ``ü`` as ``v``, ``u`` or ``ü``
(``lv``, ``lu``, ``lü``, ``Lǚ`` for 吕, stored as ``lv``: ``domain/pinyin.py``).

What is typed is never spelled into Chinese: a typed word is cut into its possible
*readings*, the ways it splits into pinyin pieces left to right (a whole syllable, an
initial, ``zh``/``ch``/``sh`` counting as one, and at the end any beginning of a syllable),
found by a small search over the word's letters with the table of syllables below, not by
listing every mix of a name's syllables. A reading is matched against the syllables a name
is indexed with, each once more behind :data:`MARK` (``domain/text_search.spelled``: a
private-use character nobody can type, so that a reading finds only the syllables of a
Chinese name and never Latin words: ``bro``, b + ro, must not find "Brabant Rotterdam"),
as an FTS5 phrase of those words (``"·hua" + "·r"* + "·w"* + "·j"*``, · the mark) or a
regular expression over the folded text (``" ·hua ·r[^ ]* ·w[^ ]* ·j"``): the same
readings for every backend and for every list's filter box.

Only readings that plain prefix matching does not already cover are kept: ones mixing an
initial with a piece of two or more letters (all initials is the indexed initials word
``hrwj``; all whole syllables a prefix of the joined word ``huarunwanjia``), or with a ``u``
read as ``ü``. At most ``MAX_READINGS`` of them, fewest pieces first, for a word of at most
``MAX_LETTERS`` letters: a keystroke costs at most that many phrases (a few milliseconds
over 100,000 names), whatever is typed. The price: a word mixing initials over seven or
more characters (``zhongyfchexzhangjianggao``) may, rarely, have more readings than that
and miss the one meant; up to six characters none was missed in 60,000 random mixes.

Words are folded as search folds them (``y`` read as ``ij``: ``yuan`` is ``ijuan``), so the
table is too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

from acct_desktop.domain.pinyin_syllables import SYLLABLES as _TABLE

MARK = "\ue000"  # before each syllable of a name as readings match it (text_search.spelled)
MAX_READINGS = 24
MAX_LETTERS = 24
_KEEP_WHILE_SEARCHING = 256  # partial readings kept per letter while searching
IJ = "ij"  # how search folds y (domain.text_search.IJ)


def _folded(syllable: str) -> str:
    return syllable.replace("y", IJ)


def _u_forms(syllable: str) -> tuple[str, ...]:
    """A syllable as it is stored (``v`` for ü) and as typed with ``u`` for ``v``."""
    if syllable.startswith(("lv", "nv")):
        return (syllable, syllable[0] + "u" + syllable[2:])
    return (syllable,)


# Not the interjections' syllables (嗯 ng, 呣 m, 噷 hm): no name is spelled with them, and
# as pieces they would only multiply the readings of what is typed.
SYLLABLES = frozenset(_folded(s) for s in _TABLE if s not in ("m", "n", "ng", "hm", "hng"))
_TYPED = frozenset(form for s in SYLLABLES for form in _u_forms(s))  # lue, nue typed too
_BEGINNINGS = frozenset(form[:n] for form in _TYPED for n in range(1, len(form) + 1))
_STORED_BEGINNINGS = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
_LONGEST = max(len(s) for s in _TYPED)
# Initials: the consonants, zh/ch/sh, y (read ij), and the first vowel of a syllable
# without a consonant (a for an, e for er, o for ou).
_INITIALS = frozenset({"zh", "ch", "sh", IJ} | {s[0] for s in SYLLABLES if s[0] != "i"})


def _stored(typed: str, known: frozenset[str]) -> tuple[str, ...]:
    """The indexed spellings a typed piece stands for (``lu`` → ``lu``, ``lv``)."""
    found = [typed] if typed in known else []
    if typed[:2] in ("lu", "nu"):
        as_v = typed[0] + "v" + typed[2:]
        if as_v in known:
            found.append(as_v)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Piece:
    """One character's syllable as typed: ``words`` it may be indexed as, and whether it
    is only their beginning (an initial, or the last piece half typed)."""

    words: tuple[str, ...]
    beginning: bool

    @property
    def pattern(self) -> str:
        """A regular expression for the piece in a folded text (words between spaces)."""
        alternatives = "|".join(self.words)
        piece = alternatives if len(self.words) == 1 else f"(?:{alternatives})"
        return MARK + piece + ("[^ ]*" if self.beginning else "")


Reading = tuple[Piece, ...]


@lru_cache(maxsize=1024)
def readings(word: str) -> tuple[Reading, ...]:
    """The readings of a folded typed ``word`` that plain prefix matching does not cover
    (see the module docstring), fewest pieces first; none for a word that is not all
    lower-case ASCII letters or is longer than ``MAX_LETTERS``."""
    if not (word.isascii() and word.isalpha() and word.islower()) or len(word) > MAX_LETTERS:
        return ()
    cut = _cuts(word)
    found: list[Reading] = []
    for pieces in cut(0):
        reading = tuple(_piece(text, kind) for text, kind in pieces)
        if _adds(pieces, reading) and reading not in found:
            found.append(reading)
        if len(found) == MAX_READINGS:
            break
    return tuple(found)


def _cuts(word: str) -> Callable[[int], tuple[tuple[tuple[str, str], ...], ...]]:
    """The ways ``word`` splits from a letter on, as (text, kind) pieces, kind one of
    ``whole``, ``initial``, ``end``: searched left to right, each letter's ways once."""

    @cache
    def cut(start: int) -> tuple[tuple[tuple[str, str], ...], ...]:
        rest = word[start:]
        ways: list[tuple[tuple[str, str], ...]] = []
        if rest in _BEGINNINGS:
            ways.append(((rest, "end"),))
        for length in range(1, min(_LONGEST, len(rest) - 1) + 1):
            text = rest[:length]
            kinds = []
            if text in _INITIALS:
                kinds.append("initial")
            if text in _TYPED and (length > 1 or text not in _INITIALS):
                kinds.append("whole")
            if not kinds:
                continue
            for after in cut(start + length):
                ways.extend(((text, kind), *after) for kind in kinds)
        ways.sort(key=len)
        return tuple(ways[:_KEEP_WHILE_SEARCHING])

    return cut


def _piece(text: str, kind: str) -> Piece:
    if kind == "initial":
        return Piece((text,), True)
    if kind == "whole":
        return Piece(_stored(text, SYLLABLES), False)
    return Piece(_stored(text, _STORED_BEGINNINGS), True)


def _adds(pieces: tuple[tuple[str, str], ...], reading: Reading) -> bool:
    """Whether a reading finds what plain prefix matching would not: an initial mixed with
    a piece of two or more letters, or a u read as ü."""
    if any(
        len(piece.words) > 1 or piece.words[0] != text
        for piece, (text, _k) in zip(reading, pieces, strict=True)
    ):
        return True
    has_initial = any(kind == "initial" for _text, kind in pieces[:-1])
    return has_initial and any(len(text) > 1 for text, _kind in pieces)


def phrases(reading: Reading) -> list[tuple[tuple[str, bool], ...]]:
    """A reading as the word sequences an index may hold (each syllable behind
    :data:`MARK`), each word with whether it is a prefix (one sequence per choice of
    spelling where ``u`` may be ``ü``)."""
    return [
        tuple((MARK + word, piece.beginning) for word, piece in zip(words, reading, strict=True))
        for words in product(*(piece.words for piece in reading))
    ]


def pattern(found: tuple[Reading, ...]) -> str | None:
    """One regular expression (Python ``re`` and PostgreSQL alike) that finds any of the
    readings ``found`` at a word start of a folded text; None when there are none."""
    if not found:
        return None
    # every alternative starts with a space and the mark: said once, before them, so that
    # the regular expression engine skips to where they stand (a filter runs it on every row)
    start = " " + MARK
    alternatives = [" ".join(piece.pattern for piece in reading)[len(MARK) :] for reading in found]
    return start + (alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})")


@lru_cache(maxsize=1024)
def compiled(found: tuple[Reading, ...]) -> re.Pattern[str] | None:
    """:func:`pattern` of the readings ``found``, compiled (None when there are none)."""
    source = pattern(found)
    return None if source is None else re.compile(source)
