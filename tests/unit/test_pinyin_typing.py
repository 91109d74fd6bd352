"""Pinyin typed as people type it (``domain/pinyin_typing.py``): each character's syllable
whole or as its initial in any mix, the last one perhaps half typed (``huarwj``, ``hrunwj``
for 华润万家), and ``ü`` as ``v``, ``u`` or ``ü`` (吕 by ``lv``, ``lu``, ``lü``, ``Lǚ``): found
by global search's matching (:func:`matches` over a name's :func:`search_text`) and by every
list's filter box (:class:`TextFilter`) alike, and never in Latin words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.pinyin import syllables
from acct_desktop.domain.pinyin_typing import MAX_READINGS, phrases, readings
from acct_desktop.domain.text_search import TextFilter, matches, query_terms, search_text

# Family and place names, shops, and the characters read with ü (吕 绿 女 略 虐 律 旅).
CHARACTERS = (
    "华润万家广州白云汽车服务中心重庆长安修厂驰骏养护连锁总部深圳张伟李王刘陈杨黄赵周吴徐"
    "孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴莫孔汤"
    "吕绿女略虐律旅"
)
U_UMLAUT = ("v", "u", "ü")  # how ü is typed: on the keyboard, as u, or pasted


def found_by_search(typed: str, name: str) -> bool:
    """At word starts, or as fragments (search's later groups), in the name's text."""
    terms, text = query_terms(typed), search_text(name, pinyin=True)
    return matches(terms, text) or matches(terms, text, inside=True)


def found_by_filter(typed: str, name: str) -> bool:
    return TextFilter.of(typed).keeps(name)


def found(typed: str, name: str) -> bool:
    by_search, by_filter = found_by_search(typed, name), found_by_filter(typed, name)
    assert by_search == by_filter, (typed, name)
    return by_search


def test_whole_syllables_mixed_with_initials() -> None:
    for typed in ("huarwj", "hrunwj", "huarunwj", "hrwanj", "HuaRWJ", "huarwanjia", "hrwji"):
        assert found(typed, "华润万家"), typed
    assert found("gzhbaiyun", "广州白云汽车服务中心")  # zh, the initial of zhou
    assert found("gzbyqc", "广州白云汽车服务中心")
    assert found("chongqcaq", "重庆长安汽修厂")  # 重 read chong, 长 chang in these words


def test_a_piece_that_is_neither_the_syllable_nor_its_initial_does_not_find_it() -> None:
    assert not found("hurwj", "华润万家")  # hu is neither hua nor h
    assert not found("huarwx", "华润万家")
    assert not found("gzx", "广州")
    assert not found("zhouguang", "广州")


def test_u_umlaut_typed_as_v_u_or_u_umlaut() -> None:
    for typed in ("lv", "lu", "lü", "Lǚ", "LÜ", "lǘ"):
        assert found(typed, "吕"), typed
    for typed in ("nv", "nu", "nü", "nǚ"):
        assert found(typed, "女装"), typed
    for typed in ("lvdi", "ludi", "lüdi", "ld", "lud", "lüd"):
        assert found(typed, "绿地"), typed
    for typed in ("lve", "lue", "lüe", "lüelue"):
        assert found(typed, "略略"), typed
    assert found("lu liang", "吕梁") and found("luliang", "吕梁") and found("lul", "吕梁")
    assert not found("le", "吕")


def test_readings_never_match_latin_words() -> None:
    # b + ro, k + an + t + o + o + r: pinyin readings, but only of a Chinese name's syllables
    assert not found("bro", "APK Brabant Rotterdam")
    assert not found("kantoor", "Kan Tong Ou Ou Rijn")
    assert found("kantoor", "Hoofdkantoor")  # as before: a piece of a word


@st.composite
def typed_names(draw: st.DrawFn) -> tuple[str, str]:
    """A Chinese name and a way to type it: per character its syllable whole or its
    initial (``zh``/``ch``/``sh`` or their first letter), ü as v, u or ü, the last piece
    perhaps only begun, in any letter case; from any character of the name on."""
    name = draw(st.text(st.sampled_from(CHARACTERS), min_size=1, max_size=6))
    read = syllables(name)
    start = draw(st.integers(0, len(read) - 1))
    end = draw(st.integers(start + 1, len(read)))
    pieces = []
    for index, syllable in enumerate(read[start:end], start=start):
        spelling = syllable.replace("v", draw(st.sampled_from(U_UMLAUT)))
        initial = syllable[:2] if syllable[:2] in ("zh", "ch", "sh") else syllable[0]
        ways = [spelling, syllable[0], initial]
        if index == end - 1:
            ways.extend(spelling[:n] for n in range(1, len(spelling)))
        piece = draw(st.sampled_from(ways))
        pieces.append(piece.upper() if draw(st.booleans()) else piece)
    return name, "".join(pieces)


@settings(max_examples=400, deadline=None)
@given(typed_names())
def test_any_mix_of_whole_syllables_and_initials_finds_the_name(typed: tuple[str, str]) -> None:
    name, word = typed
    assert found(word, name), (word, name, syllables(name))


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(CHARACTERS), min_size=1, max_size=5))
def test_v_u_and_u_umlaut_each_find_the_name(name: str) -> None:
    joined = "".join(syllables(name))
    for u in (*U_UMLAUT, "ǚ", "Ü"):
        typed = joined.replace("v", u)
        assert found(typed, name), (typed, name)
        assert found(" ".join(s.replace("v", u) for s in syllables(name)), name)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=1, max_size=40))
def test_a_keystroke_costs_a_few_phrases_whatever_is_typed(word: str) -> None:
    found_readings = readings(word)
    assert len(found_readings) <= MAX_READINGS
    assert sum(len(phrases(reading)) for reading in found_readings) <= 4 * MAX_READINGS
