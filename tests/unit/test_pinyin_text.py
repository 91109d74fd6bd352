"""Pinyin in search's folding (``domain/text_search.py``, ``domain/pinyin.py``): a Chinese
name is indexed with its pinyin (syllables joined and apart, and initials), one reading per
word, so what a manager types with the input method off finds it; a query is folded as any
other and never spelled; free text and texts without Han characters are left as they were."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from acct_desktop.domain.pinyin import has_han, syllables
from acct_desktop.domain.pinyin_typing import MARK
from acct_desktop.domain.text_search import (
    TextFilter,
    index_terms,
    matches,
    query_terms,
    search_text,
    spelled,
)


def found(query: str, name: str) -> bool:
    """Whether ``query`` finds ``name`` at word starts, as search matches a name."""
    return matches(query_terms(query), search_text(name, pinyin=True))


def test_a_city_is_found_by_its_pinyin_in_every_case_and_by_its_initials() -> None:
    typed = ("guangzhou", "Guangzhou", "GUANGZHOU", "guang zhou", "zhou", "gz", "GZ", "guangz")
    for query in typed:
        assert found(query, "广州"), query
    assert found("gzh", "广州")  # g + zh, the initial of zhou (a mix: pinyin_typing)
    assert not found("gzx", "广州")
    assert not found("zhouguang", "广州")


def test_a_chain_by_its_pinyin_and_initials_also_after_its_city() -> None:
    assert found("huarun", "华润万家")
    assert found("hrwj", "华润万家")
    assert found("hua run", "华润万家")
    # after a city prefix, as Chinese company names go: word starts of the syllables, and the
    # joined syllables and initials as fragments (found after the word starts)
    name = "广州华润万家超市"
    assert found("hua run wan", name)
    terms = query_terms("hrwj")
    assert not matches(terms, search_text(name, pinyin=True))
    assert matches(terms, search_text(name, pinyin=True), inside=True)
    assert matches(query_terms("huarun"), search_text(name, pinyin=True), inside=True)


def test_the_index_holds_the_syllables_joined_apart_and_the_initials() -> None:
    m = MARK  # each syllable once more behind the mark, for typed mixes (pinyin_typing)
    assert index_terms("广州 Café", pinyin=True) == (
        f"广州 州 guangzhou guang zhou gz {m}guang {m}zhou cafe"
    )
    assert spelled("华润万家") == [
        *("huarunwanjia", "hua", "run", "wan", "jia", "hrwj"),
        *(f"{m}hua", f"{m}run", f"{m}wan", f"{m}jia"),
    ]
    assert spelled("州") == ["zhou", "z", f"{m}zhou"]
    assert spelled("州", marked=False) == ["zhou", "z"]  # as schema 0019 indexed


def test_one_reading_per_word_not_every_combination() -> None:
    # 重 is zhong or chong, 行 xing or hang, 长 chang or zhang: the word decides
    assert syllables("重庆") == ("chong", "qing")
    assert syllables("银行") == ("yin", "hang")
    assert syllables("长沙") == ("chang", "sha")
    assert syllables("重要") == ("zhong", "yao")
    assert found("chongqing", "重庆") and not found("zhongqing", "重庆")
    assert found("cq", "重庆") and not found("zq", "重庆")


def test_pinyin_follows_the_y_as_ij_rule_and_v_for_u_umlaut() -> None:
    # every y is read as ij, in the index and in the query alike (domain/text_search.py)
    assert spelled("银行", marked=False) == ["ijinhang", "ijin", "hang", "ijh"]
    assert found("yinhang", "银行") and found("yh", "银行") and found("YH", "银行")
    assert found("lv", "绿地") and found("lvdi", "绿地")  # ü typed as v


def test_traditional_characters_and_a_mixed_name() -> None:
    assert found("gz", "廣州")
    assert found("guangzhou", "Auto 廣州 Service")
    assert found("hz service", "Auto 杭州 Service")


def test_no_pinyin_for_free_text_and_none_for_other_scripts() -> None:
    assert search_text("广州") == " 广州 "  # pinyin=False: descriptions, titles, filters
    assert index_terms("广州") == "广州 州"
    assert search_text("Nguyễn Văn Cừ", pinyin=True) == search_text("Nguyễn Văn Cừ")
    assert spelled("ソウル") == [] and spelled("서울") == []
    assert not has_han("Rijswijk ソウル 서울") and has_han("x广")
    # a list filter reads free text without pinyin too (names: tests/unit/test_pinyin_filter.py)
    assert not TextFilter.of("gz").keeps(free=("广州",))


def test_a_query_is_never_spelled() -> None:
    assert [term.text for term in query_terms("广州 gz")] == ["广州", "gz"]


def test_texts_without_han_characters_never_load_the_library() -> None:
    script = (
        "import sys\n"
        "from acct_desktop.domain.text_search import index_text, search_text\n"
        "index_text('Garage Ryswyk Nguyễn ソウル', pinyin=True)\n"
        "search_text('Bouwmarkt', pinyin=True)\n"
        "assert 'pypinyin' not in sys.modules, 'loaded'\n"
        "index_text('广州', pinyin=True)\n"
        "assert 'pypinyin' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


# -- any name ------------------------------------------------------------------------------
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@settings(max_examples=200, deadline=None)
@given(name=st.text(HAN, min_size=1, max_size=8), before=st.sampled_from(["", "Auto ", "A1 "]))
def test_a_random_han_name_is_found_by_its_initials_and_its_full_pinyin(
    name: str, before: str
) -> None:
    read = lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
    full = "".join(read)
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore"))
    text = search_text(f"{before}{name} X9", pinyin=True)
    for query in (full, full.upper(), initials, initials.upper(), " ".join(read), read[-1]):
        assert matches(query_terms(query), text), query
    # and the word index holds them as words (prefix terms of FTS5)
    tokens = index_terms(f"{before}{name} X9", pinyin=True).split()
    for query in (full, initials):
        assert all(any(t.startswith(term.text) for t in tokens) for term in query_terms(query))
