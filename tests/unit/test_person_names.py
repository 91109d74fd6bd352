"""A contact's name in the parts phones and Outlook sort by (vCard N): Dutch, Vietnamese,
Chinese, Japanese and anything else."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.person_names import (
    CHINESE_TITLES,
    COMPOUND_SURNAMES,
    JAPANESE_FAMILY_NAMES,
    JAPANESE_ONLY,
    NameOrder,
    NameParts,
    joined_name,
    name_from_card_parts,
    split_name,
)


def parts(name: str, language: str | None = None) -> tuple[str, str, str, str, str]:
    found = split_name(name, language)
    return found.family, found.given, found.additional, found.prefix, found.suffix


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anik Ganguly", ("Ganguly", "Anik", "", "", "")),
        ("Jeroen de Boer", ("de Boer", "Jeroen", "", "", "")),
        ("Jeroen De Boer", ("De Boer", "Jeroen", "", "", "")),  # Flemish capital particle
        ("Sanne van der Berg-Jansen", ("van der Berg-Jansen", "Sanne", "", "", "")),
        ("Chloë van den Berg", ("van den Berg", "Chloë", "", "", "")),
        ("Esther van ’t Hek", ("van ’t Hek", "Esther", "", "", "")),
        ("Esther van 't Hek", ("van 't Hek", "Esther", "", "", "")),
        ("Joost in 't Veld", ("in 't Veld", "Joost", "", "", "")),
        ("Gert ter Horst", ("ter Horst", "Gert", "", "", "")),
        ("Wim ten Cate", ("ten Cate", "Wim", "", "", "")),
        ("Piet den Uyl", ("den Uyl", "Piet", "", "", "")),
        ("Jan Willem Bakker", ("Bakker", "Jan", "Willem", "", "")),
        ("Anna Maria van Dijk", ("van Dijk", "Anna", "Maria", "", "")),
        ("Fleur IJzerman", ("IJzerman", "Fleur", "", "", "")),
        ("Ludwig van Beethoven", ("van Beethoven", "Ludwig", "", "", "")),
        ("Dr. Jan Jansen", ("Jansen", "Jan", "", "Dr.", "")),
        ("dhr. ir. P. de Vries", ("de Vries", "P.", "", "dhr. ir.", "")),
        ("Jan Jansen Jr.", ("Jansen", "Jan", "", "", "Jr.")),
        ("Jan Jansen, MBA", ("Jansen", "Jan", "", "", "MBA")),
        ("Ganguly, Anik", ("Ganguly", "Anik", "", "", "")),
        ("Boer, Jeroen de", ("de Boer", "Jeroen", "", "", "")),
        ("An Nguyen", ("Nguyen", "An", "", "", "")),  # written given first: read so
    ],
)
def test_western_names_are_given_first_with_surname_particles_in_the_family_name(
    name: str, expected: tuple[str, ...]
) -> None:
    assert parts(name) == expected
    assert split_name(name).order is NameOrder.WESTERN


def test_a_particle_is_not_a_family_name_on_its_own() -> None:
    assert parts("Emma de") == ("de", "Emma", "", "", "")  # last word: the family name
    assert parts("Van Morrison") == ("Morrison", "Van", "", "", "")  # first word: given


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Nguyễn Văn An", None, ("Nguyễn", "An", "Văn", "", "")),
        ("Nguyễn Thị Minh Khai", None, ("Nguyễn", "Khai", "Thị Minh", "", "")),
        ("Trần Minh Đức", "nl", ("Trần", "Đức", "Minh", "", "")),  # marks say it
        ("NGUYỄN Văn An", None, ("NGUYỄN", "An", "Văn", "", "")),
        ("Lê Lợi", None, ("Lê", "Lợi", "", "", "")),
        ("Cao Thu Hà", None, ("Cao", "Hà", "Thu", "", "")),
        ("Đặng Quốc Bảo", None, ("Đặng", "Bảo", "Quốc", "", "")),
        ("Nguyen Van An", None, ("Nguyen", "An", "Van", "", "")),  # Nguyen: only Vietnamese
        ("Cao Minh Tuan", "vi", ("Cao", "Tuan", "Minh", "", "")),  # the account says it
        ("Huynh Ngoc Anh", "en", ("Huynh", "Anh", "Ngoc", "", "")),
    ],
)
def test_vietnamese_names_are_family_first_with_middle_names_as_additional(
    name: str, language: str | None, expected: tuple[str, ...]
) -> None:
    assert parts(name, language) == expected
    assert split_name(name, language).order is NameOrder.VIETNAMESE


@pytest.mark.parametrize(
    ("name", "language", "family"),
    [
        ("Cao Minh", None, "Minh"),  # no marks, no context: Cao could be anyone's given name
        ("Kim Jansen", "vi", "Jansen"),  # Jansen is no Vietnamese syllable
        ("Mai Peters", "vi", "Peters"),
        ("Le Duc", None, "Duc"),
        ("Chloë Hà", None, "Hà"),  # ë is not a Vietnamese letter
    ],
)
def test_names_that_only_look_vietnamese_stay_western(
    name: str, language: str | None, family: str
) -> None:
    assert split_name(name, language).family == family
    assert split_name(name, language).order is NameOrder.WESTERN


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("李伟", "李", "伟"),
        ("王浩然", "王", "浩然"),
        ("欧阳娜娜", "欧阳", "娜娜"),
        ("司马光", "司马", "光"),
        ("诸葛亮", "诸葛", "亮"),
        ("上官婉儿", "上官", "婉儿"),
        ("歐陽娜娜", "歐陽", "娜娜"),  # traditional characters
        ("欧阳 娜娜", "欧阳", "娜娜"),  # a space says where the family name ends
        ("张 子涵", "张", "子涵"),
    ],
)
def test_chinese_names_are_family_first_with_compound_surnames(
    name: str, family: str, given: str
) -> None:
    assert parts(name) == (family, given, "", "", "")
    assert joined_name(split_name(name)) == "".join(name.split())


@pytest.mark.parametrize(
    ("name", "country", "family", "given", "title"),
    [
        ("王先生", None, "王", "", "先生"),
        ("李女士", None, "李", "", "女士"),
        ("张总", None, "张", "", "总"),
        ("陈经理", None, "陈", "", "经理"),
        ("刘老师", None, "刘", "", "老师"),
        ("王 先生", None, "王", "", "先生"),  # with a space too
        ("欧阳女士", None, "欧阳", "", "女士"),  # a compound surname
        ("张总经理", None, "张", "", "总经理"),  # the longest title, not 张总 | 经理
        ("陳經理", None, "陳", "", "經理"),  # traditional characters
        ("李伟经理", None, "李", "伟", "经理"),  # a full name and a title
        ("欧阳娜娜女士", None, "欧阳", "娜娜", "女士"),
        ("田中さん", None, "田中", "", "さん"),  # Japanese: the honorific is no given name
        ("田中 様", None, "田中", "", "様"),
        ("田中先生", "JP", "田中", "", "先生"),
    ],
)
def test_a_title_after_a_family_name_is_no_given_name(
    name: str, country: str | None, family: str, given: str, title: str
) -> None:
    """王先生 is Mr Wang: phones sort it under 王, a greeting says 王先生, and the name reads
    back as written; 先生 was taken for the given name (王 | 先生)."""
    found = split_name(name, None, country)
    assert (found.family, found.given, found.suffix) == (family, given, title)
    assert (found.additional, found.prefix, found.order) == ("", "", NameOrder.HAN)
    assert joined_name(found) == "".join(name.split())
    assert name_from_card_parts(family, given, "", "", title) == "".join(name.split())


@pytest.mark.parametrize(
    "name",
    [
        "先生",  # a title alone names no one
        "客服部 王经理",  # a department before the name: not sure
        "经理先生",
    ],
)
def test_a_title_without_a_name_we_can_split_stays_whole(name: str) -> None:
    assert split_name(name) == NameParts(given=name, order=NameOrder.WHOLE)


@pytest.mark.parametrize(
    ("name", "family", "given", "additional", "order"),
    [
        ("YAMADA Taro", "YAMADA", "Taro", "", NameOrder.FAMILY_FIRST),
        ("SATO Hanako", "SATO", "Hanako", "", NameOrder.FAMILY_FIRST),
        ("WANG Wei", "WANG", "Wei", "", NameOrder.FAMILY_FIRST),
        ("LI Wei", "LI", "Wei", "", NameOrder.FAMILY_FIRST),
        ("NG Ka Ho", "NG", "Ka Ho", "", NameOrder.FAMILY_FIRST),  # Cantonese Ng
        ("KIM Min Jun", "KIM", "Min Jun", "", NameOrder.FAMILY_FIRST),  # Jun: not Vietnamese
        ("DUPONT Jean", "DUPONT", "Jean", "", NameOrder.FAMILY_FIRST),
        ("VAN DEN BERG Pieter", "VAN DEN BERG", "Pieter", "", NameOrder.FAMILY_FIRST),
        ("NGUYEN Van An", "NGUYEN", "An", "Van", NameOrder.VIETNAMESE),
        ("TRAN Thi Binh", "TRAN", "Binh", "Thi", NameOrder.VIETNAMESE),
        ("HO Chi Minh", "HO", "Minh", "Chi", NameOrder.VIETNAMESE),  # Ho: capitals say it
        ("LÊ Văn Tám", "LÊ", "Tám", "Văn", NameOrder.VIETNAMESE),
        # Given first, as before: the family name is last (in capitals or not).
        ("Taro Yamada", "Yamada", "Taro", "", NameOrder.WESTERN),
        ("Jan de Vries", "de Vries", "Jan", "", NameOrder.WESTERN),
        ("Pieter VAN DEN BERG", "VAN DEN BERG", "Pieter", "", NameOrder.WESTERN),
        ("Wei WANG", "WANG", "Wei", "", NameOrder.WESTERN),
        ("JAN DE VRIES", "DE VRIES", "JAN", "", NameOrder.WESTERN),  # all in capitals
        ("P. VAN DEN BERG", "VAN DEN BERG", "P.", "", NameOrder.WESTERN),  # an initial
        ("JP Smith", "Smith", "JP", "", NameOrder.WESTERN),  # initials, not a family name
        ("AJ Jansen", "Jansen", "AJ", "", NameOrder.WESTERN),
        ("JAN de Vries", "de Vries", "JAN", "", NameOrder.WESTERN),  # a particle follows
    ],
)
def test_a_family_name_in_capitals_first_is_read_family_first(
    name: str, family: str, given: str, additional: str, order: NameOrder
) -> None:
    found = split_name(name)
    assert (found.family, found.given, found.additional, found.order) == (
        family,
        given,
        additional,
        order,
    )
    assert joined_name(found) == name


def test_titles_and_suffixes_stay_around_a_family_name_in_capitals() -> None:
    found = split_name("Dr. YAMADA Taro PhD")
    assert (found.prefix, found.family, found.given, found.suffix) == (
        "Dr.",
        "YAMADA",
        "Taro",
        "PhD",
    )
    assert joined_name(found) == "Dr. YAMADA Taro PhD"


@pytest.mark.parametrize(
    ("name", "country", "family", "given"),
    [
        ("山田はなこ", None, "山田", "はなこ"),  # kana: Japanese, the kanji are the family name
        ("山田まり子", None, "山田", "まり子"),
        ("山田ノリコ", None, "山田", "ノリコ"),  # ノ starts the given name, not a family ノ
        ("木ノ下さくら", None, "木ノ下", "さくら"),  # … but joins kanji in 木ノ下
        ("やまだ はなこ", None, "やまだ", "はなこ"),
        ("山田\u3000太郎", None, "山田", "太郎"),  # an ideographic space says where it ends
        ("山田 太郎", None, "山田", "太郎"),
        ("長谷川\u3000京子", "JP", "長谷川", "京子"),
        ("山田太郎", "JP", "山田", "太郎"),  # the account is in Japan
        ("長谷川京子", "jp", "長谷川", "京子"),
        ("佐藤健", "JP", "佐藤", "健"),
        ("林修", "JP", "林", "修"),
        ("佐々木希", None, "佐々木", "希"),  # 々 is written in Japanese names only
        ("渡辺健", None, "渡辺", "健"),  # 辺: the Japanese form (Chinese 边, 邊)
        ("斎藤美咲", None, "斎藤", "美咲"),
    ],
)
def test_japanese_names_are_family_first_where_the_data_says_they_are_japanese(
    name: str, country: str | None, family: str, given: str
) -> None:
    found = split_name(name, "en", country)  # a Japanese account's documents are in English
    assert (found.family, found.given, found.order) == (family, given, NameOrder.HAN)
    assert joined_name(found) == "".join(name.split())


@pytest.mark.parametrize(
    ("name", "country", "family", "given"),
    [
        ("山田太郎", None, "", "山田太郎"),  # was 山 | 田太郎: no Chinese given name has three
        ("山田太郎", "CN", "", "山田太郎"),
        ("佐藤健", None, "佐", "藤健"),  # kanji alone read as Chinese: it cannot tell
        ("长谷川 京子", None, "", "长谷川 京子"),  # three before the space: not Chinese
        ("東山紀之", "JP", "", "東山紀之"),  # no common family name it starts with
        ("林美智子", "JP", "", "林美智子"),  # 林 | 美智子 or 林美 | 智子: not sure
        ("ヤマダ ハナコ", None, "", "ヤマダ ハナコ"),  # katakana: a reading, or a foreign name
        ("ジョン・スミス", None, "", "ジョン・スミス"),  # a foreign name, given first
        ("ｽｽﾞｷ ｲﾁﾛｳ", "JP", "", "ｽｽﾞｷ ｲﾁﾛｳ"),
        ("Taro Yamada", "JP", "Yamada", "Taro"),  # in Latin letters: given first
    ],
)
def test_a_japanese_looking_name_is_not_guessed_at(
    name: str, country: str | None, family: str, given: str
) -> None:
    found = split_name(name, None, country)
    assert (found.family, found.given) == (family, " ".join(given.split()))


def test_the_characters_only_japanese_writes_are_in_no_chinese_character_set() -> None:
    for char in JAPANESE_ONLY:
        for chinese in ("gb2312", "big5"):
            with pytest.raises(UnicodeEncodeError):
                char.encode(chinese)


@pytest.mark.parametrize(
    "name",
    [
        "Minh",
        "李",
        "爱新觉罗溥仪",  # five and more: not sure where the family name ends
        "阿沛·阿旺晋美",
        "김민준",
        "Receptie (Noord)",
        "Inkoop 2",
        "Jansen, Jan, Piet",
        "-- .",
    ],
)
def test_what_cannot_be_split_with_confidence_is_whole_in_the_given_name(name: str) -> None:
    assert split_name(name) == NameParts(given=" ".join(name.split()), order=NameOrder.WHOLE)


def test_spacing_and_composition_are_normalised_and_empty_names_have_no_parts() -> None:
    decomposed = "Nguye\u0302\u0303n Va\u0306n An"
    assert parts(decomposed) == ("Nguyễn", "An", "Văn", "", "")
    assert parts("  Jeroen   de  Boer ") == ("de Boer", "Jeroen", "", "", "")
    assert split_name("") == split_name(" \t\n") == NameParts()


@pytest.mark.parametrize(
    ("card", "name"),
    [
        (("Nguyễn", "An", "Văn", "", ""), "Nguyễn Văn An"),
        (("李", "伟", "", "", ""), "李伟"),
        (("欧阳", "娜娜", "", "", ""), "欧阳娜娜"),
        (("de Boer", "Jeroen", "", "", ""), "Jeroen de Boer"),
        (("Ganguly", "Anik", "", "Dr.", "PhD"), "Dr. Anik Ganguly PhD"),
        (("Ganguly", "", "", "", ""), "Ganguly"),
        (("", "Minh", "", "", ""), "Minh"),
        (("Lee", "Anna", "", "", ""), "Anna Lee"),
        (("佐々木", "希", "", "", ""), "佐々木希"),  # Japanese: family first, no space
        (("山田", "はなこ", "", "", ""), "山田はなこ"),
        (("Yamada", "Taro", "", "", ""), "Taro Yamada"),  # in Latin letters: given first
        (("YAMADA", "Taro", "", "", ""), "YAMADA Taro"),  # … unless in capitals
        (("王", "", "", "", "先生"), "王先生"),  # a title after the family name
        (("欧阳", "娜娜", "", "", "女士"), "欧阳娜娜女士"),
    ],
)
def test_a_card_without_fn_gets_its_name_from_n_in_the_cultures_order(
    card: tuple[str, ...], name: str
) -> None:
    assert name_from_card_parts(*card) == name


# -- properties ---------------------------------------------------------------------------
GIVEN = st.sampled_from(["Anik", "Jeroen", "Sanne", "Chloë", "Bram", "Fleur", "Ingrid", "Pieter"])
FAMILY = st.sampled_from(["Ganguly", "Boer", "Berg-Jansen", "IJzerman", "Dijkstra", "Smit"])
PARTICLE = st.sampled_from(["", "de", "van", "van der", "van den", "ter", "ten", "van 't", "den"])
VN_FAMILY = st.sampled_from(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ"])
VN_WORD = st.sampled_from(["Văn", "Thị", "Minh", "An", "Hương", "Đức", "Bảo", "Lan", "Quốc"])
HAN = st.sampled_from(list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"))
HAN_FAMILY = st.sampled_from([*"李王张刘陈杨赵黄周吴", *sorted(COMPOUND_SURNAMES)])


@given(GIVEN, st.lists(GIVEN, max_size=2), PARTICLE, FAMILY)
def test_western_shapes_join_back_to_the_name(
    first: str, middle: list[str], particle: str, family: str
) -> None:
    surname = f"{particle} {family}".strip()
    name = " ".join([first, *middle, surname])
    found = split_name(name)
    assert (found.family, found.given, found.additional) == (surname, first, " ".join(middle))
    assert joined_name(found) == name


@given(VN_FAMILY, st.lists(VN_WORD, max_size=3), VN_WORD, st.sampled_from([None, "vi", "nl"]))
def test_vietnamese_shapes_join_back_to_the_name(
    family: str, middle: list[str], first: str, language: str | None
) -> None:
    name = " ".join([family, *middle, first])
    found = split_name(name, language)
    assert (found.family, found.given, found.additional) == (family, first, " ".join(middle))
    assert joined_name(found) == name


@given(HAN_FAMILY, st.lists(HAN, min_size=1, max_size=2))
def test_chinese_shapes_join_back_to_the_name(family: str, given_name: list[str]) -> None:
    name = family + "".join(given_name)
    found = split_name(name)
    assert (found.family, found.given) == (family, "".join(given_name))
    assert joined_name(found) == name


TITLE = st.sampled_from(sorted(CHINESE_TITLES))


@given(HAN_FAMILY, st.lists(HAN, max_size=2), TITLE, st.sampled_from(["", " "]))
def test_chinese_shapes_with_a_title_keep_it_out_of_the_given_name(
    family: str, given_name: list[str], title: str, space: str
) -> None:
    name = family + "".join(given_name) + space + title
    found = split_name(name)
    assert (found.family, found.given, found.suffix) == (family, "".join(given_name), title)
    assert joined_name(found) == "".join(name.split())


ROMANISED_FAMILY = st.sampled_from(
    ["Yamada", "Sato", "Suzuki", "Wang", "Zhang", "Li", "Chen", "Kim", "Park", "Dupont"]
)
ROMANISED_GIVEN = st.sampled_from(["Taro", "Hanako", "Wei", "Xiaoming", "Jun", "Hao", "Jean"])


@given(ROMANISED_FAMILY, st.lists(ROMANISED_GIVEN, min_size=1, max_size=2))
def test_a_family_name_in_capitals_first_is_the_family_name(
    family: str, given_names: list[str]
) -> None:
    name = " ".join([family.upper(), *given_names])
    found = split_name(name)
    assert found.family == family.upper()
    # KIM and LI are Vietnamese family names too: read the Vietnamese way, the names after
    # the family name are middle and given names ("KIM Hao Hao": Hao, then Hao)
    assert found.order in (NameOrder.FAMILY_FIRST, NameOrder.VIETNAMESE)
    assert " ".join(p for p in (found.additional, found.given) if p) == " ".join(given_names)
    assert joined_name(found) == name


@given(GIVEN, st.lists(GIVEN, max_size=1), PARTICLE, FAMILY, st.booleans())
def test_a_family_name_last_is_the_family_name_in_capitals_or_not(
    first: str, middle: list[str], particle: str, family: str, capitals: bool
) -> None:
    surname = f"{particle} {family}".strip()
    surname = surname.upper() if capitals else surname
    name = " ".join([first, *middle, surname])
    found = split_name(name)
    assert (found.family, found.given, found.additional) == (surname, first, " ".join(middle))
    assert found.order is NameOrder.WESTERN


JP_FAMILY = st.sampled_from(sorted(JAPANESE_FAMILY_NAMES))
KANA_GIVEN = st.sampled_from(["はなこ", "さくら", "ゆうこ", "まり子", "ノリコ", "ゆい", "あおい"])
KANJI_GIVEN = st.sampled_from(["太郎", "健", "京子", "美智子", "翔", "陽菜", "大輔"])


@given(JP_FAMILY, KANA_GIVEN, st.sampled_from(["", " ", "\u3000"]), st.sampled_from([None, "JP"]))
def test_japanese_shapes_with_kana_split_at_the_kana(
    family: str, given_name: str, space: str, country: str | None
) -> None:
    found = split_name(f"{family}{space}{given_name}", None, country)
    assert (found.family, found.given) == (family, given_name)
    assert joined_name(found) == family + given_name


@given(JP_FAMILY, KANJI_GIVEN, st.sampled_from([" ", "\u3000"]))
def test_japanese_shapes_in_kanji_split_at_the_space_at_an_account_in_japan(
    family: str, given_name: str, space: str
) -> None:
    found = split_name(f"{family}{space}{given_name}", "en", "JP")
    assert (found.family, found.given) == (family, given_name)


@given(HAN_FAMILY, st.lists(HAN, min_size=1, max_size=2), st.sampled_from([None, "CN", "VN"]))
def test_kanji_alone_never_read_as_japanese_without_a_sign(
    family: str, given_name: list[str], country: str | None
) -> None:
    found = split_name(family + "".join(given_name), "zh_CN", country)
    assert (found.family, found.given) == (family, "".join(given_name))


@given(
    st.text(),
    st.sampled_from([None, "vi", "zh_CN", "nl", "en", "ja"]),
    st.sampled_from([None, "JP", "CN"]),
)
def test_any_text_is_split_without_losing_or_inventing_a_character(
    text: str, language: str | None, country: str | None
) -> None:
    found = split_name(text, language, country)
    written = "".join(unicodedata.normalize("NFC", text).split())
    joined = "".join(joined_name(found).split())
    if "," in written:  # "Family, Given" comes back given first, without its comma
        assert Counter(joined.replace(",", "")) == Counter(written.replace(",", ""))
    else:  # every other name comes back as written
        assert joined == written
    for part in (found.family, found.given, found.additional, found.prefix, found.suffix):
        assert part == " ".join(part.split())


@given(st.text(), st.text(), st.text(), st.text(), st.text())
def test_any_card_parts_make_a_name_without_raising(
    family: str, given_name: str, additional: str, prefix: str, suffix: str
) -> None:
    name = name_from_card_parts(family, given_name, additional, prefix, suffix)
    assert name == " ".join(name.split())
