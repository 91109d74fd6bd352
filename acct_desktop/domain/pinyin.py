"""Han characters as pinyin, for search: ``广州`` → ``guang zhou``, ``华润万家`` → ``hua run
wan jia`` (``pypinyin``, MIT licence).

Each character gets the library's one default reading, chosen per word from its phrase
dictionary (``重庆`` → ``chong qing``, ``银行`` → ``yin hang``, ``长沙`` → ``chang sha``), so a
name has one spelling, not every combination of its characters' readings. Readings are
written without tones, ``ü`` as ``v`` as typed on a keyboard (``绿`` → ``lv``, ``女`` →
``nv``). Characters the library has no reading for (kana, rare extensions) are left out.

The library's dictionaries take about 0.2 s and 50 MB to load; they are loaded on the
first text with a Han character, so a database without any never loads them. The window
loads them in its worker thread (:func:`load`, ``services/pinyin_warm_up.py``) as soon as
it opens a database with Chinese names, so that no keystroke waits for them. A newer
library may read a rare word otherwise; texts already indexed keep the reading they were
indexed with until they change (the query is never spelled, only what is indexed).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Han ideographs (unified, extension A, compatibility, extensions B-H), and 〇.
_HAN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]")


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character (one that may have a pinyin reading)."""
    return _HAN.search(text) is not None


@lru_cache(maxsize=16_384)
def syllables(text: str) -> tuple[str, ...]:
    """The pinyin syllables of the Han characters of ``text``, in order, lower case,
    without tones (``"广州市"`` → ``("guang", "zhou", "shi")``); other characters are
    skipped. Names repeat (cities, chains), hence the cache."""
    if not has_han(text):
        return ()
    from pypinyin import Style, lazy_pinyin  # loaded on first use (see the module docstring)

    read = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
    return tuple(s for s in (syllable.strip().lower() for syllable in read) if s.isascii() and s)


def load() -> None:
    """Load the library and its dictionaries now, if not yet loaded: from any thread (a
    thread that reads pinyin meanwhile waits for the one import, Python's import lock)."""
    from pypinyin import lazy_pinyin

    lazy_pinyin("重庆")  # the phrase dictionary and its segmenter too
