"""Text rules of account search: folding, index terms and query terms (pure Python).

What a user types and what is stored are both *folded*: compatibility-decomposed, case-
folded, stripped of combining marks, with the Latin letters that do not decompose mapped to
their plain ASCII look-alike (``Đặng`` → ``dang``, ``IJssel`` → ``ijssel``, ``café`` →
``cafe``, ``Ørsted`` → ``orsted``, ``Straße`` → ``strasse``). CJK characters are kept.

*IJ and y*: Dutch writes the letter IJ as ``ij``/``IJ`` (or the one code point ``ĳ``/``Ĳ``),
and people type ``y`` for it and the other way round (``Ryswyk`` for Rijswijk, ``Yssel`` for
IJssel, ``Bijenkorf`` for Byenkorf). For matching, every ``y`` (``ý``, ``ÿ``, ``Y``…) is read
as ``ij``, in what is indexed and in what is typed alike, so either spelling finds the other.
It is ``y`` → ``ij`` and not the reverse so that typing stays a prefix all along: ``ri``,
typed on the way to ``rij``, already finds "Ryswyk" (``rijswijk``). The two letters ``ij``
count as one letter where the rules below count letters. Sort keys (:func:`sort_key`, from
:func:`fold`) keep the ``y``: "York" sorts among the Ys.

Words are runs of letters and digits (Unicode categories L* and N*); everything else
separates words. Latin (and any other spaced script) words are matched by prefix, so
``nguy`` finds ``Nguyễn`` while typing. Chinese, Japanese and Korean are written without
spaces between words, so a run of CJK characters is indexed as its overlapping *bigrams*
(``广州市`` → ``广州 州市``) plus its last character on its own (``市``), and a CJK fragment
in a query becomes the phrase of its bigrams: every substring of length ≥ 2 is found, and a
single character is found as a prefix of some bigram or as a run's last character.

*Fragments*: a Latin (non-CJK) term of ``MIN_FRAGMENT`` or more characters is also found
inside a word (``kantoor`` finds ``Hoofdkantoor``, ``64`` finds ``NL000064``), after every
word-start match. A one-letter term is then a word's first or last letter, so that any piece
cut out of a name finds it (``a tru`` finds ``Gia Trụ``: its first term is the end of a
word). A lone letter only finds word starts: ``a`` inside words (or at their ends) would
find almost everything. CJK terms already match anywhere in a run, so for them a fragment
is what they match anyway.

*Pinyin*: Chinese users type names in pinyin with the input method off (``guangzhou``,
``Guangzhou``, ``gz`` for 广州; ``huarun``, ``hrwj`` for 华润万家), as every Chinese contact list
takes them. Where a text is a *name* (an account's name, code, address, contacts and tags; a
contact's name; a quote's account), each CJK run with Han characters is followed, in what is
indexed and matched, by its pinyin (``domain/pinyin.py``: one reading per word): the
syllables joined (``guangzhou``), each syllable (``guang``, ``zhou``) and the initials
(``gz``), folded as any word (a ``y`` read as ``ij``). A query is folded as before and never
spelled: ``gz`` is a word start of ``gz``, ``zhou`` of a syllable, ``uangz`` a fragment of
the joined syllables. Descriptions, job titles and other free text get no pinyin
(``pinyin=False``, the default of the functions below). Every list's filter box reads names
the same way (:class:`TextFilter`: ``huarun`` and ``hrwj`` keep 华润万家 in any dock).

*Pinyin typed in a mix*: a Latin query word also stands for its pinyin readings
(``domain/pinyin_typing.py``, :attr:`Term.readings`): each character's syllable whole or as
its initial (``huarwj``, ``hrunwj``), ``ü`` typed as ``u`` (``lu`` for 吕, indexed ``lv``).
They are matched against each Han run's syllables indexed once more behind a mark nobody
can type (:func:`spelled`, ``marked``, schema 0022), so never against Latin words.

The same functions serve every backend: :func:`index_text` is what SQLite's FTS5 indexes
(word starts in one index, every character trigram in another), :func:`search_text` is what
PostgreSQL matches with ``LIKE`` (and what :meth:`Term.found_in` and
:meth:`Term.found_inside` check in Python).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from acct_desktop.domain import pinyin as _pinyin
from acct_desktop.domain import pinyin_typing

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MIN_FRAGMENT = 2  # a Latin term this long is found inside words too (after word starts)
IJ = "ij"  # what every y is matched as (see the module docstring)

# Latin letters with no Unicode decomposition, as their plain look-alikes (lower case only:
# folding case-folds first). ß → ss is done by case folding itself.
_LATIN_EXTRA = {
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ł": "l",
    "ħ": "h",
    "ŧ": "t",
    "ı": "i",
    "ȷ": "j",
    "þ": "th",
    "ƀ": "b",
    "ƶ": "z",
    "ǥ": "g",
    "ɨ": "i",
    "ʉ": "u",
    "ꝋ": "o",
}
_DROPPED_CATEGORIES = frozenset({"Mn", "Me"})  # combining marks (not spacing ones, Mc)

# Scripts written without spaces between words (plus Hangul, whose words are long). The
# ranges hold letters only (no CJK punctuation), so a run of them is always one word.
_CJK_RANGES = (
    "\u3005-\u3007"  # 々 〆 〇
    "\u3041-\u3096\u309d-\u309f"  # hiragana
    "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"  # katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK unified (+ ext. A) and compatibility
    "\uac00-\ud7a3"  # Hangul syllables
    "\U00020000-\U000323af"  # CJK extensions B-H and compatibility supplement
)
_CJK = re.compile(f"[{_CJK_RANGES}]")
_CJK_RUNS = re.compile(f"([{_CJK_RANGES}]+)")


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds one character at a time, computed on first sight.

    Folding is per character (NFKD and full case folding are context-free, and the marks
    whose order NFC would fix are dropped), so a cached table makes folding a long text one
    C-level ``translate`` call instead of a Python loop over its characters.
    """

    def __missing__(self, codepoint: int) -> str:
        folded = _fold_char(chr(codepoint))
        self[codepoint] = folded
        return folded


def _fold_char(char: str) -> str:
    text = char
    for _ in range(4):  # until stable (one or two rounds in practice)
        step = unicodedata.normalize("NFKD", text).casefold()
        step = unicodedata.normalize("NFKD", step)
        step = "".join(
            _LATIN_EXTRA.get(c, c)
            for c in step
            if unicodedata.category(c) not in _DROPPED_CATEGORIES
        )
        if step == text:
            break
        text = step
    return text


class _WordTable(dict[int, str]):
    """Like ``_FoldTable``, with every character that is not a letter or a digit (L*, N*)
    of the folded text replaced by a space, and (``y_as_ij``) ``y`` read as ``ij``: folding
    for matching and splitting into words in one pass."""

    def __init__(self, *, y_as_ij: bool) -> None:
        super().__init__()
        self.y_as_ij = y_as_ij

    def __missing__(self, codepoint: int) -> str:
        folded = "".join(c if c.isalnum() else " " for c in _TABLE[codepoint])
        if self.y_as_ij:
            folded = folded.replace("y", IJ)
        self[codepoint] = folded
        return folded


_TABLE = _FoldTable()
_WORD_TABLES = {True: _WordTable(y_as_ij=True), False: _WordTable(y_as_ij=False)}


def fold(text: str) -> str:
    """``text`` as search sorts and compares it: no case, no accents, compatibility forms
    unified (a ``y`` stays a ``y`` here: words, index and query terms read it as ``ij``).

    Idempotent (``fold(fold(t)) == fold(t)``) and total: any ``str`` folds, nothing raises.
    """
    if text.isascii():
        return text.lower()
    folded = text.translate(_TABLE)
    # Decomposed Hangul (and any other canonical composition) back to its composed form.
    return unicodedata.normalize("NFC", folded) if not folded.isascii() else folded


def _pieces(text: str, *, y_as_ij: bool = True) -> list[tuple[str, bool]]:
    """The folded words of ``text``, each with whether it is a run of CJK characters
    (``y_as_ij=False``: the rules before the IJ/y reading, for schema 0018's downgrade)."""
    folded = text.translate(_WORD_TABLES[y_as_ij])
    if folded.isascii():
        return [(word, False) for word in folded.split()]
    pieces: list[tuple[str, bool]] = []
    for word in unicodedata.normalize("NFC", folded).split():
        if word.isascii() or not _CJK.search(word):
            pieces.append((word, False))
            continue
        for index, part in enumerate(_CJK_RUNS.split(word)):
            if part:
                pieces.append((part, index % 2 == 1))  # split() puts the runs at odd places
    return pieces


def words(
    text: str, *, y_as_ij: bool = True, pinyin: bool = False, marked: bool = True
) -> list[str]:
    """The folded words of ``text`` as matching reads them: runs of letters and digits,
    with each run of CJK characters a word of its own (``"Số 44, 广州市x"`` → ``["so", "44",
    "广州市", "x"]``) and every ``y`` an ``ij`` (``"Ryswyk"`` → ``["rijswijk"]``); with
    ``pinyin``, each run of Han characters followed by its :func:`spelled` words."""
    found: list[str] = []
    for word, cjk in _pieces(text, y_as_ij=y_as_ij):
        found.append(word)
        if cjk and pinyin:
            found.extend(spelled(word, y_as_ij=y_as_ij, marked=marked))
    return found


def spelled(run: str, *, y_as_ij: bool = True, marked: bool = True) -> list[str]:
    """The pinyin words of a run of CJK characters (see the module docstring): its
    syllables joined, each syllable, and its initials, folded (``"广州"`` → ``["guangzhou",
    "guang", "zhou", "gz"]``; ``"元"`` → ``["ijuan", "ij"]``); none without Han characters.

    With ``marked`` (schema 0022 on), each syllable once more behind
    ``pinyin_typing.MARK`` (``"\ue000guang", "\ue000zhou"``): what a pinyin reading of a
    typed word (``gzh``, ``huarwj``, ``lu`` for 吕) is matched against, so that it finds
    only the syllables of a Chinese name, never Latin words (``bro`` is b + ro, which
    "Brabant Rotterdam" must not match). Nobody can type the mark (a private-use
    character, not a letter: query words never hold one)."""
    syllables = _pinyin.syllables(run)
    if not syllables:
        return []
    found = ["".join(syllables), *syllables, "".join(s[0] for s in syllables)]
    # every marked syllable, in order, repeated ones too (丁丁: a reading is a sequence)
    marks = [pinyin_typing.MARK + s for s in syllables] if marked else []
    if y_as_ij:
        found = [word.replace("y", IJ) for word in found]
        marks = [word.replace("y", IJ) for word in marks]
    return [*dict.fromkeys(found), *marks]


def _cjk_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_terms(
    text: str, *, y_as_ij: bool = True, pinyin: bool = False, marked: bool = True
) -> str:
    """What the full-text index stores for ``text``: its folded words separated by spaces,
    each CJK run replaced by its overlapping bigrams followed by its last character
    (``"广州市 Café"`` → ``"广州 州市 市 cafe"``), and with ``pinyin`` then by its
    :func:`spelled` words (``"广州 州 guangzhou guang zhou gz"``)."""
    tokens: list[str] = []
    for word, cjk in _pieces(text, y_as_ij=y_as_ij):
        if cjk:
            tokens.extend(_cjk_tokens(word))
            if pinyin:
                tokens.extend(spelled(word, y_as_ij=y_as_ij, marked=marked))
        else:
            tokens.append(word)
    return " ".join(tokens)


def index_text(
    text: str, *, y_as_ij: bool = True, pinyin: bool = False, marked: bool = True
) -> str:
    """:func:`index_terms` with a space before and two after: what SQLite's index tables
    store.

    The spaces make every piece of one or two characters (a word start ``" n"``, a word end
    ``"n "``, a fragment ``"64"``, a CJK character) be followed by at least one more, so
    that it begins one of the index's character trigrams (see :attr:`Term.index_patterns`);
    the word index ignores them.
    """
    return f" {index_terms(text, y_as_ij=y_as_ij, pinyin=pinyin, marked=marked)}  "


def search_text(
    text: str, *, y_as_ij: bool = True, pinyin: bool = False, marked: bool = True
) -> str:
    """The folded words of ``text`` between single spaces, with a space at each end, so
    that ``" " + prefix`` finds a word start and a CJK fragment is a plain substring
    (with ``pinyin``, Han runs followed by their pinyin, as :func:`words`)."""
    found = words(text, y_as_ij=y_as_ij, pinyin=pinyin, marked=marked)
    return f" {' '.join(found)} " if found else " "


class TermKind(Enum):
    PREFIX = "prefix"  # a word start: ``nguy`` finds ``nguyen``
    PHRASE = "phrase"  # a CJK fragment of two or more characters: its bigrams, in order
    CHAR = "char"  # a single CJK character: found anywhere in a CJK run


@dataclass(frozen=True, slots=True)
class Term:
    """One part of a query; a text matches a query when it matches every term."""

    kind: TermKind
    text: str  # folded
    # A Latin word's pinyin readings (``domain/pinyin_typing.py``): ``huarwj`` as hua r w j,
    # ``lu`` as lv; it is found where any of them is, as well as where ``text`` is.
    # (derived from ``text``: not compared).
    readings: tuple[pinyin_typing.Reading, ...] = field(default=(), compare=False, repr=False)

    @property
    def pinyin_pattern(self) -> str | None:
        """A regular expression (Python and PostgreSQL) that finds :attr:`readings` in a
        :func:`search_text`; None without readings."""
        return pinyin_typing.pattern(self.readings)

    @property
    def tokens(self) -> tuple[str, ...]:
        """The index tokens this term looks for: the bigrams of a phrase, else the text."""
        if self.kind is TermKind.PHRASE:
            return tuple(self.text[i : i + 2] for i in range(len(self.text) - 1))
        return (self.text,)

    @property
    def inside_words(self) -> bool:
        """Whether this term is also found inside words (a Latin fragment, see the module
        docstring), and not only where :meth:`found_in` finds it."""
        return self.kind is TermKind.PREFIX and letter_count(self.text) >= MIN_FRAGMENT

    @property
    def index_patterns(self) -> tuple[str, ...]:
        """Texts of which one is in an :func:`index_text` exactly when this term is found
        there as a fragment.

        A Latin fragment is itself; a one-letter term is that letter after a space (a word
        start) or before one (a word end); a CJK phrase is its bigrams in a row followed by
        a space (in the index a bigram is always followed by another token); a CJK
        character is itself (wherever it stands in a run, a token starts with it: the next
        bigram or the run's last character).
        """
        if self.kind is TermKind.PREFIX:
            if self.inside_words:
                return (self.text,)
            return (f" {self.text}", f"{self.text} ")
        if self.kind is TermKind.PHRASE:
            return (" ".join(self.tokens) + " ",)
        return (self.text,)

    def found_in(self, folded_text: str) -> bool:
        """Whether this term matches a :func:`search_text` (word starts for Latin, or
        its pinyin readings at a syllable's start)."""
        if self.kind is TermKind.PREFIX:
            return f" {self.text}" in folded_text or self._read_in(folded_text)
        return self.text in folded_text

    def found_inside(self, folded_text: str) -> bool:
        """Whether this term matches a :func:`search_text` as a fragment: anywhere in a
        word when :attr:`inside_words`, at a word's start or end when one Latin letter,
        else as :meth:`found_in`; pinyin readings as in :meth:`found_in`."""
        if self.inside_words:
            found = self.text in folded_text
        elif self.kind is TermKind.PREFIX:
            found = f" {self.text}" in folded_text or f"{self.text} " in folded_text
        else:
            return self.found_in(folded_text)
        return found or self._read_in(folded_text)

    def _read_in(self, folded_text: str) -> bool:
        """Whether one of the :attr:`readings` is in a :func:`search_text`."""
        pattern = pinyin_typing.compiled(self.readings) if self.readings else None
        return pattern is not None and pattern.search(folded_text) is not None


def letter_count(word: str) -> int:
    """How many letters a folded word has, ``ij`` counting as one (a lone ``y`` or ``ij``
    is one letter, found at word starts only, as any other)."""
    return len(word) - word.count(IJ)


def query_terms(query: str) -> list[Term]:
    """Split what the user typed into terms (all must match, in any order).

    Latin and other spaced words become prefix terms, CJK fragments bigram phrases, a lone
    CJK character a character term. Punctuation and symbols only separate terms, so no
    input can produce a term the index could not look up. Duplicates are dropped, and very
    long input is cut (to ``MAX_QUERY_CHARS`` characters and ``MAX_TERMS`` terms).
    """
    terms: list[Term] = []
    for word, cjk in _pieces(query[:MAX_QUERY_CHARS]):
        if not cjk:
            term = Term(TermKind.PREFIX, word, pinyin_typing.readings(word))
        elif len(word) == 1:
            term = Term(TermKind.CHAR, word)
        else:
            term = Term(TermKind.PHRASE, word)
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def matches(terms: list[Term], folded_text: str, *, inside: bool = False) -> bool:
    """Whether a :func:`search_text` matches every term (an empty query matches nothing):
    at word starts, or with ``inside`` as fragments (:meth:`Term.found_inside`)."""
    if inside:
        return bool(terms) and all(term.found_inside(folded_text) for term in terms)
    return bool(terms) and all(term.found_in(folded_text) for term in terms)


def finds_inside(terms: list[Term]) -> bool:
    """Whether ``terms`` are also looked for as fragments (after word starts): when one
    is a Latin fragment (:attr:`Term.inside_words`), or a Latin letter goes with other terms
    (``a tru``); not for a lone letter, nor for CJK terms (already found anywhere)."""
    if any(term.inside_words for term in terms):
        return True
    return len(terms) > 1 and any(term.kind is TermKind.PREFIX for term in terms)


def best_match(
    terms: list[Term],
    candidates: Sequence[str | None],
    prepare: Callable[[str], str] = search_text,
    *,
    inside: bool = False,
) -> int | None:
    """Index of the candidate text that matches the most ``terms`` (the first on a tie),
    or None when none matches any; with ``inside``, terms count as fragments.

    Tells the user *why* an account was found when not by its name: the contact, tag or
    address line that carried the query. ``prepare`` turns a candidate into its
    :func:`search_text` (a caller may pass a cached one).
    """
    best, best_count = None, 0
    for index, candidate in enumerate(candidates):
        if not candidate:
            continue
        text = prepare(candidate)
        count = sum(
            1 for term in terms if (term.found_inside(text) if inside else term.found_in(text))
        )
        if count > best_count:
            best, best_count = index, count
    return best


def sort_key(name: str, code: str) -> str:
    """How search results are ordered: by folded name (``Đà Nẵng`` sorts among the Ds),
    then the exact name, then the (unique) code."""
    return f"{fold(name)}\x1f{name}\x1f{code}"


def is_cjk(char: str) -> bool:
    return bool(_CJK.fullmatch(char))


# What :meth:`TextFilter.keeps` looks in, per text, read once: a filter runs over every row
# at each keystroke, and a name's pinyin (``domain/pinyin.py``) costs ~10-20 µs to read,
# its folding a few. Big enough for the plan's 100k accounts (a list longer than an LRU
# cache would miss on every row at every keystroke); ~300 bytes a Chinese name.
NAMES_KEPT = 1 << 17
FREE_TEXTS_KEPT = 1 << 14


@lru_cache(maxsize=NAMES_KEPT)
def filter_name(text: str) -> str:
    """A name as a list filter reads it: its :func:`search_text` with the pinyin of its Han
    characters (``"华润万家"`` → ``" 华润万家 huarunwanjia hua run wan jia hrwj "``), cached."""
    return search_text(text, pinyin=True)


@lru_cache(maxsize=FREE_TEXTS_KEPT)
def filter_free_text(text: str) -> str:
    """Free text (a description, a job title, an alert's sentence) as a list filter reads
    it: its :func:`search_text`, without pinyin (as global search indexes it), cached."""
    return search_text(text)


@dataclass(frozen=True, slots=True)
class TextFilter:
    """What a list's filter box holds (every dock's Ctrl+F box, the Issues dock's
    responsible box, the targets grid's search, the product choosers, the names offered as
    one types), matched the way account search folds text: accents, case and compatibility
    forms do not matter (``ha noi`` keeps "Hà Nội", ``cafe`` keeps "Café", ``dang`` keeps
    "Đặng", ``ryswyk`` keeps "Rijswijk"), and each word typed may stand anywhere in any of
    the texts, inside a word too (``kantoor`` keeps "Hoofdkantoor", ``州市`` keeps "广州市").

    *Names* are also read in pinyin, as global search reads them (see the module
    docstring): ``huarun``, ``HuaRun``, ``hrwj`` and ``wanjia`` keep "华润万家", ``gz`` and
    ``guangz`` "广州", and ``华润 wj`` "华润万家" too; free text (``free``: descriptions, job
    titles, sentences) is not, so ``gz`` does not keep every description saying 工作. Each
    text is read once (:func:`filter_name`, :func:`filter_free_text`), not at every
    keystroke. Pinyin may be typed as global search reads it: each syllable whole or as its
    initial in any mix (``huarwj``, ``hrunwj``), ``ü`` as ``v``, ``u`` or ``ü`` (``lu``,
    ``lv`` and ``lü`` keep 吕), matched by the same readings (:attr:`Term.readings`).
    Every word must be found; an empty filter keeps everything. Input of punctuation only
    (``%``, ``#``) is looked for as it is (folded), so it is never a wildcard."""

    words: tuple[str, ...] = ()
    symbols: str = ""  # the folded input when it has no words
    # Per word, its pinyin readings as one compiled pattern (None: it has none).
    readings: tuple[re.Pattern[str] | None, ...] = ()

    @classmethod
    def of(cls, typed: str) -> TextFilter:
        """The filter for what the user typed (punctuation only separates words)."""
        typed = typed[:MAX_QUERY_CHARS]
        found = tuple(dict.fromkeys(words(typed)))
        if not found:
            return cls((), fold(typed.strip()))
        read = tuple(pinyin_typing.compiled(pinyin_typing.readings(word)) for word in found)
        return cls(found, "", read)

    def __bool__(self) -> bool:
        return bool(self.words or self.symbols)

    def keeps(self, *names: str | None, free: Iterable[str | None] = ()) -> bool:
        """Whether every word of the filter is found in ``names`` (read in pinyin too) or
        in the ``free`` texts (None and "" are skipped)."""
        if self.words:  # list comprehensions and a loop, not generators: it runs for every
            # row at every keystroke, and a generator costs more than the rest (0.8 µs a row)
            folded = "".join([filter_name(name) for name in names if name])
            if free:
                folded += "".join([filter_free_text(text) for text in free if text])
            if not self.readings:
                for word in self.words:  # noqa: SIM110 (see above)
                    if word not in folded:
                        return False
                return True
            for word, read in zip(self.words, self.readings, strict=True):
                if word not in folded and (read is None or read.search(folded) is None):
                    return False
            return True
        if not self.symbols:
            return True
        present = " ".join(text for text in (*names, *free) if text)
        return self.symbols in fold(present)
