"""Search text rules (domain, no database): folding, index terms, query terms, matching.

``fts_matches`` below is a small model of what SQLite's FTS5 does with ``index_terms`` and
the terms of a query (prefix tokens, consecutive-bigram phrases); the service tests check
the real index against the same expectations.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.text_search import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    Term,
    TermKind,
    TextFilter,
    best_match,
    finds_inside,
    fold,
    index_terms,
    index_text,
    is_cjk,
    letter_count,
    matches,
    query_terms,
    search_text,
    sort_key,
    words,
)

CJK_SAMPLE = "广州市白云区机场路深圳上海华驰汽车服务连锁总部号店"
LATIN_SAMPLE = "aAbBcdeéếĐđnguyễnIJijøßæ "
MIXED = st.text(
    alphabet=st.sampled_from(list(CJK_SAMPLE + LATIN_SAMPLE + "0123456789 ,.-·()/'")), max_size=40
)
CJK_RUN = st.text(alphabet=st.sampled_from(list(CJK_SAMPLE)), min_size=2, max_size=14)


def fts_matches(terms: list[Term], indexed: str) -> bool:
    """What FTS5 does: a prefix term matches a token start, a phrase its tokens in a row."""
    tokens = indexed.split()

    def found(term: Term) -> bool:
        if term.kind is TermKind.PHRASE:
            wanted = list(term.tokens)
            return any(
                tokens[i : i + len(wanted)] == wanted for i in range(len(tokens) - len(wanted) + 1)
            )
        return any(token.startswith(term.text) for token in tokens)

    return bool(terms) and all(found(term) for term in terms)


# -- fold ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn", "nguyen"),
        ("NGUYỄN", "nguyen"),
        ("Đặng", "dang"),
        ("Đà Nẵng", "da nang"),
        ("đường", "duong"),
        ("IJsselstein", "ijsselstein"),
        ("\u0132ssel", "ijssel"),  # the IJ ligature
        ("café", "cafe"),
        ("Cafe\u0301", "cafe"),  # decomposed input
        ("Ørsted", "orsted"),
        ("Straße", "strasse"),
        ("Æble", "aeble"),
        ("Œuvre", "oeuvre"),
        ("Łódź", "lodz"),
        ("İstanbul", "istanbul"),
        ("ﬁne", "fine"),
        ("ＡＢＣ１２３", "abc123"),  # full-width forms
        ("广州市白云区", "广州市白云区"),
        ("がぎ", "かき"),  # kana voicing marks are diacritics too
        ("한국어", "한국어"),
        ("\u1112\u1161\u11ab", "한"),  # decomposed Hangul composes again
        ("APK-Centrum 's-Hertogenbosch", "apk-centrum 's-hertogenbosch"),  # punctuation kept
        ("", ""),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_fold_never_raises_and_leaves_no_combining_marks(text: str) -> None:
    folded = fold(text)
    assert isinstance(folded, str)
    assert not any(unicodedata.category(c) in ("Mn", "Me") for c in folded)


def test_fold_takes_lone_surrogates() -> None:
    assert fold("\ud800x\udfff") == "\ud800x\udfff"
    assert index_terms("\ud800x") == "x"


def test_fold_is_idempotent_for_every_basic_plane_character() -> None:
    for codepoint in range(0x10000):
        char = chr(codepoint)
        assert fold(fold(char)) == fold(char), hex(codepoint)


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)))
def test_fold_keeps_chinese(text: str) -> None:
    assert fold(text) == text


@given(st.text())
def test_folded_text_is_case_free(text: str) -> None:
    folded = fold(text)
    assert folded.casefold() == folded


# -- words, index terms, search text ---------------------------------------------------------
def test_words_split_on_punctuation_and_around_cjk_runs() -> None:
    assert words("Số 44, 广州市x 96号") == ["so", "44", "广州市", "x", "96", "号"]
    assert words("a_b-c.d/e") == ["a", "b", "c", "d", "e"]
    assert words("  ") == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Nguyễn Văn Cừ", "nguijen van cu"),  # y is read as ij (the Dutch IJ, below)
        ("Rijswijk Ryswyk \u0132ssel", "rijswijk rijswijk ijssel"),
        ("广州", "广州 州"),
        ("广州市白云区", "广州 州市 市白 白云 云区 区"),
        ("州", "州"),
        ("天河区黄埔大道西96号", "天河 河区 区黄 黄埔 埔大 大道 道西 西 96 号"),
        ("华驰汽车 总部", "华驰 驰汽 汽车 车 总部 部"),
        ("'s-Hertogenbosch", "s hertogenbosch"),
        ("", ""),
        ('()*"', ""),
    ],
)
def test_index_terms_examples(text: str, terms: str) -> None:
    assert index_terms(text) == terms


@given(MIXED)
def test_index_terms_are_words_and_cjk_bigrams(text: str) -> None:
    for token in index_terms(text).split():
        assert token.isalnum()
        if any(is_cjk(c) for c in token):
            assert all(is_cjk(c) for c in token) and len(token) <= 2


def test_search_text_has_a_space_at_each_end() -> None:
    assert search_text("Café De Kroon") == " cafe de kroon "
    assert search_text("") == " "


# -- query terms -----------------------------------------------------------------------------
def test_query_terms_kinds() -> None:
    assert query_terms("nguy") == [Term(TermKind.PREFIX, "nguij")]
    assert query_terms("广州") == [Term(TermKind.PHRASE, "广州")]
    assert query_terms("州") == [Term(TermKind.CHAR, "州")]
    assert query_terms("Bắc Ninh gara") == [
        Term(TermKind.PREFIX, "bac"),
        Term(TermKind.PREFIX, "ninh"),
        Term(TermKind.PREFIX, "gara"),
    ]
    assert query_terms("广州abc") == [Term(TermKind.PHRASE, "广州"), Term(TermKind.PREFIX, "abc")]
    assert Term(TermKind.PHRASE, "广州市").tokens == ("广州", "州市")


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "()", "-", "\u0301", "🙂", "\t\n"])
def test_queries_without_letters_or_digits_have_no_terms(query: str) -> None:
    assert query_terms(query) == []


def test_fts_syntax_in_a_query_is_only_words() -> None:
    terms = query_terms('AND OR ( "x" NEAR(a b) col:y * -z ^w')
    assert [t.text for t in terms] == ["and", "or", "x", "near", "a", "b", "col", "ij", "z", "w"]


def test_duplicate_terms_are_dropped_and_long_queries_cut() -> None:
    assert query_terms("van Van VAN") == [Term(TermKind.PREFIX, "van")]
    many = " ".join(f"w{i}" for i in range(50))
    assert len(query_terms(many)) == MAX_TERMS
    assert sum(len(t.text) for t in query_terms("x" * 10_000)) <= MAX_QUERY_CHARS


@given(st.text())
def test_query_terms_never_raise_and_hold_only_letters_and_digits(query: str) -> None:
    for term in query_terms(query):
        assert term.text and term.text.isalnum()
        assert all(token and token.isalnum() for token in term.tokens)


# -- matching: the FTS model and the LIKE (search_text) rules agree ---------------------------
@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("nguyen", "Đường Nguyễn Trãi", True),
        ("nguy", "Nguyễn Văn Cừ", True),
        ("guyen", "Nguyễn Văn Cừ", False),  # words match by their start
        ("dang", "Đặng Thị Mai", True),
        ("da nang", "Đà Nẵng", True),
        ("ijssel", "IJsselstein", True),
        ("cafe", "Café de Paris", True),
        ("café", "CAFE DE PARIS", True),
        ("广州", "广州市白云区机场路", True),
        ("州", "广州市白云区机场路", True),
        ("州", "广州", True),  # the last character of a run
        ("白云区", "广州市白云区机场路", True),
        ("州广", "广州市白云区", False),
        ("广州市", "广州 市", False),  # not across a separator
        ("广州 机场", "广州市白云区机场路", True),
        ("bac ninh gara", "Gara ô tô Minh Khai, Bắc Ninh", True),
        ("gara bac ninh", "Gara ô tô Minh Khai, Bắc Ninh", True),
        ("gara hanoi", "Gara ô tô Minh Khai, Bắc Ninh", False),
        ("96号", "天河区黄埔大道西96号", True),
    ],
)
def test_matching_examples(query: str, text: str, found: bool) -> None:
    terms = query_terms(query)
    assert fts_matches(terms, index_terms(text)) is found
    assert matches(terms, search_text(text)) is found


@settings(max_examples=300)
@given(CJK_RUN, st.data())
def test_every_substring_of_a_cjk_run_is_found_by_its_own_terms(run: str, data) -> None:
    before = data.draw(st.sampled_from(["", "Số 44 ", "abc", "x-", "12"]))
    after = data.draw(st.sampled_from(["", " 路", "号", " Nguyễn", "99"]))
    indexed = index_terms(before + run + after)
    shown = search_text(before + run + after)
    for start in range(len(run)):
        for end in range(start + 1, len(run) + 1):
            terms = query_terms(run[start:end])
            assert fts_matches(terms, indexed), run[start:end]
            assert matches(terms, shown), run[start:end]


@settings(max_examples=300)
@given(
    st.lists(CJK_RUN, min_size=1, max_size=4), st.text(alphabet="广州市白", min_size=1, max_size=4)
)
def test_a_cjk_fragment_is_found_exactly_when_one_run_contains_it(runs, fragment) -> None:
    text = " / ".join(runs)
    terms = query_terms(fragment)
    expected = any(fragment in run for run in runs)
    assert fts_matches(terms, index_terms(text)) is expected
    assert matches(terms, search_text(text)) is expected


@settings(max_examples=300)
@given(MIXED, MIXED)
def test_fts_model_and_search_text_agree(text: str, query: str) -> None:
    terms = query_terms(query)
    assert fts_matches(terms, index_terms(text)) == matches(terms, search_text(text))


@given(MIXED, st.data())
def test_any_word_start_of_a_text_finds_it(text: str, data) -> None:
    found = words(text)
    if not found:
        return
    word = data.draw(st.sampled_from(found))
    prefix = word[: data.draw(st.integers(1, len(word)))]
    assert fts_matches(query_terms(prefix), index_terms(text))


# -- fragments: inside words, and how the trigram index finds them ---------------------------
@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("kantoor", "Autopunt Hoofdkantoor", True),
        ("stations", "Wegwijs Tankstations", True),
        ("0064", "NL000064", True),
        ("64", "NL000064", True),  # two characters are a fragment
        ("l000064", "NL-000064", False),  # not across a separator
        ("guyen", "Nguyễn Văn Cừ", True),
        ("uyen van", "Nguyễn Văn Cừ", True),
        ("a tru", "Hoàng Gia Trụ sở", True),  # one letter: a word's last letter
        ("n tru", "Hoàng Gia Trụ sở", False),  # ... or its first, not one inside
        ("养护", "驰骏汽车养护连锁", True),
        ("车养护连", "驰骏汽车养护连锁", True),
        ("ijs", "Café 't IJsselhoekje", True),
        ("hoekj", "Café 't IJsselhoekje", True),
    ],
)
def test_fragment_examples(query: str, text: str, found: bool) -> None:
    terms = query_terms(query)
    assert matches(terms, search_text(text), inside=True) is found
    indexed = index_text(text)
    assert all(any(p in indexed for p in t.index_patterns) for t in terms) is found


def test_one_letter_queries_stay_word_starts() -> None:
    assert not finds_inside(query_terms("a"))
    assert not finds_inside(query_terms("州 广州"))  # CJK: found anywhere already
    assert finds_inside(query_terms("a ka"))
    assert finds_inside(query_terms("a t"))  # "Gi-a T-rụ"
    assert not query_terms("a")[0].inside_words
    assert query_terms("ka")[0].inside_words


def test_index_text_pads_for_trigrams() -> None:
    assert index_text("NL000064 广州") == " nl000064 广州 州  "
    assert index_text("") == "   "


@settings(max_examples=400)
@given(MIXED, MIXED)
def test_index_patterns_find_exactly_the_fragments(text: str, query: str) -> None:
    """What SQLite's trigram index looks for (a pattern in ``index_text``) is what the
    rules promise (``found_inside`` on ``search_text``), term by term; and every short
    pattern found begins a trigram (two characters follow it at least)."""
    indexed, shown = index_text(text), search_text(text)
    for term in query_terms(query):
        in_index = [p for p in term.index_patterns if p in indexed]
        assert bool(in_index) == term.found_inside(shown), (term, indexed)
        for pattern in in_index:
            start = indexed.find(pattern)
            while start != -1:
                assert start + 3 <= len(indexed)
                start = indexed.find(pattern, start + 1)


@given(MIXED, st.data())
def test_any_piece_of_three_or_more_characters_finds_its_text(text: str, data) -> None:
    if len(text) < 3:
        return
    start = data.draw(st.integers(0, len(text) - 3))
    end = data.draw(st.integers(start + 3, len(text)))
    terms = query_terms(text[start:end])
    lone_letter = (
        len(terms) == 1 and terms[0].kind is TermKind.PREFIX and letter_count(terms[0].text) == 1
    )
    if terms and not lone_letter:  # a lone letter finds word starts only
        assert matches(terms, search_text(text), inside=finds_inside(terms)), text[start:end]


def test_an_empty_query_matches_nothing() -> None:
    assert not matches([], search_text("anything"))


# -- what matched, and order -----------------------------------------------------------------
def test_best_match_picks_the_candidate_with_most_terms() -> None:
    terms = query_terms("bac ninh")
    assert best_match(terms, ["Hà Nội", "Bắc Giang", "Bắc Ninh", None]) == 2
    assert best_match(terms, ["Hà Nội", None, ""]) is None
    assert best_match(query_terms("nguyen"), ["Nguyễn An", "Đường Nguyễn Trãi"]) == 0


def test_sort_key_orders_by_folded_name() -> None:
    names = ["Zeeland", "Đà Nẵng", "café", "Cafe", "Dam", "Ábc"]
    ordered = sorted(names, key=lambda n: sort_key(n, "X"))
    assert ordered == ["Ábc", "Cafe", "café", "Đà Nẵng", "Dam", "Zeeland"]


# -- the Dutch IJ and y ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ryswyk", "Bouwmarkt Rijswijk"),
        ("rijswijk", "Garage Ryswyk"),
        ("RYSWYK", "RIJSWIJK"),
        ("yssel", "IJsselstein"),
        ("ijssel", "Yssel Autoservice"),
        ("IJssel", "Ysselmonde"),
        ("\u0133ssel", "Yssel"),  # the ij ligature typed
        ("yssel", "\u0132sselhoeve"),  # the IJ ligature stored
        ("byenkorf", "De Bijenkorf"),
        ("bijenkorf", "De Byenkorf"),
        ("ri", "Garage Ryswyk"),  # on the way to "rij": still a word start
        ("wyk", "Garage Rijswijk"),  # a piece inside the word
        ("y", "Yssel"),
        ("ij", "Yssel"),
        ("van dyk", "Marijke van Dijk"),
    ],
)
def test_ij_and_y_spellings_find_each_other(query: str, text: str) -> None:
    terms = query_terms(query)
    inside = finds_inside(terms)
    assert matches(terms, search_text(text), inside=inside)
    assert fts_matches(terms, index_terms(text)) or inside
    indexed = index_text(text)
    assert all(any(p in indexed for p in t.index_patterns) for t in terms)


def test_y_and_ij_make_one_letter_which_alone_finds_word_starts_only() -> None:
    assert letter_count("ij") == letter_count("ijk") - 1 == 1
    for query in ("y", "ij", "Y", "IJ", "\u0133"):
        terms = query_terms(query)
        assert terms == [Term(TermKind.PREFIX, "ij")] and not finds_inside(terms)
        assert not matches(terms, search_text("Rijswijk"), inside=True)  # not inside a word
        assert matches(terms, search_text("Yssel"))
    assert finds_inside(query_terms("yk"))  # two letters: a fragment, as "ijk" always was


def test_vietnamese_y_words_are_still_found_as_typed() -> None:
    for query in ("nguyen", "nguy", "Nguyễn", "thuy", "thủy", "huy", "yen bai"):
        base = query_terms(query)
        assert matches(base, search_text("Nguyễn Thị Thủy, Huy Hoàng, Yên Bái"))
    assert not matches(query_terms("nguyn"), search_text("Nguyễn"))


def test_sort_keys_keep_the_y() -> None:
    names = ["York", "IJmuiden", "Ypenburg", "Iris", "Ysselmonde", "Zwolle"]
    ordered = sorted(names, key=lambda n: sort_key(n, "X"))
    assert ordered == ["IJmuiden", "Iris", "York", "Ypenburg", "Ysselmonde", "Zwolle"]


# The letter IJ, and the ways it is written or typed.
IJ_SPELLINGS = ("ij", "IJ", "Ij", "\u0133", "\u0132", "y", "Y")
IJ_LETTER = "\x00"  # stands for one IJ in a drawn text, spelled when the text is written
IJ_TEXT = st.lists(
    st.sampled_from([*"abdeiklnorswjI", "á", "ü", "ễ", " ", "-", "广", "州", IJ_LETTER]),
    max_size=16,
)


def spelled(letters: list[str], data) -> str:
    """The drawn text, each IJ written one of the ways people write it."""
    return "".join(
        data.draw(st.sampled_from(IJ_SPELLINGS)) if c == IJ_LETTER else c for c in letters
    )


@settings(max_examples=400)
@given(IJ_TEXT, IJ_TEXT, st.data())
def test_matching_does_not_depend_on_how_the_ij_is_spelled(text, query, data) -> None:
    """However each IJ is written, in the stored text and in what is typed (ij, IJ, the
    ligature, y), search finds the same: the answer for one spelling of both is the
    answer for any other."""
    results = []
    for _ in range(2):
        written, typed = spelled(text, data), spelled(query, data)
        terms = query_terms(typed)
        shown, indexed = search_text(written), index_text(written)
        results.append(
            (
                [t.text for t in terms],
                matches(terms, shown),
                matches(terms, shown, inside=True),
                fts_matches(terms, index_terms(written)),
                [any(p in indexed for p in t.index_patterns) for t in terms],
            )
        )
    assert results[0] == results[1]


@given(IJ_TEXT, st.data())
def test_a_text_is_found_by_its_name_whichever_way_either_side_spells_the_ij(text, data) -> None:
    written, typed = spelled(text, data), spelled(text, data)
    terms = query_terms(typed)
    if terms:
        assert matches(terms, search_text(written))
        assert fts_matches(terms, index_terms(written))


# -- list filters ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "texts", "kept"),
    [
        ("Ha Noi", ("Cửa hàng Hà Nội",), True),
        ("HÀ NỘI", ("ha noi",), True),
        ("cafe", ("Café de Paris",), True),
        ("dang", ("Đặng Văn Lâm",), True),
        ("ijssel", ("IJsselmonde",), True),
        ("yssel", ("IJsselmonde",), True),
        ("rijswijk", ("Ryswyk",), True),
        ("strasse", ("Hauptstraße 4",), True),
        ("kantoor", ("Hoofdkantoor",), True),  # inside a word
        ("州市", ("广州市天河区",), True),
        ("noi ha", ("Hà Nội",), True),  # any order
        ("ha noi", ("Hà", "Nội"), True),  # across the texts
        ("hanoi", ("Hà Nội",), False),
        ("ha noi x", ("Hà Nội",), False),  # every word
        ("cafe", (None, ""), False),
        ("%", ("100% done",), True),  # punctuation only: looked for as it is
        ("%", ("done",), False),
        ("", ("anything",), True),
        ("   ", (), True),
    ],
)
def test_a_text_filter_folds_like_search_and_needs_every_word(typed, texts, kept) -> None:
    assert TextFilter.of(typed).keeps(*texts) is kept


def test_an_empty_text_filter_is_false() -> None:
    assert not TextFilter.of("  ") and TextFilter.of("%") and TextFilter.of("a")
