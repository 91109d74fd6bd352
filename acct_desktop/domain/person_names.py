"""A person's name split into the parts an address book sorts and shows by.

We store a contact's name as one text, written the way the person writes it. A vCard's
``N`` property wants it in parts (family; given; additional; prefix; suffix — RFC 6350
§6.2.2, RFC 2426 §3.1.2), and phones and Outlook sort and file contacts by the family
part. :func:`split_name` finds the parts for the cultures our managers meet;
:func:`joined_name` puts parts back together in the culture's order (an imported card
that has ``N`` but no ``FN``).

The rules, in the order they are tried:

* **Japanese** — kanji alone cannot tell a Japanese name from a Chinese one (山田太郎 read
  as Chinese would be 山 | 田太郎), so a name of kanji and kana is read as Japanese only
  when the data says so: it has kana (hiragana or katakana), or a character only Japanese
  writes (々, 辺, 沢, 斎, 桜, 辻 … — ``JAPANESE_ONLY``: in neither the Chinese GB2312 nor the
  Big5 character set), or the contact's account is in Japan (``country="JP"``, or
  ``language="ja"``). Then, family first: a space (or the ideographic space U+3000) says
  where the family name ends (山田　太郎, 山田 はなこ); else a run of kanji followed by kana
  is family | given (山田はなこ → 山田 | はなこ, 木ノ下さくら → 木ノ下 | さくら); else a name in
  kanji alone is cut after a common Japanese family name (``JAPANESE_FAMILY_NAMES``: 佐藤,
  山田, 佐々木, 長谷川 …; a one-character one such as 林 only in a name of two or three
  characters), and is not split when it starts with none. Not split either: katakana alone
  (ヤマダ ハナコ could be a reading, ジョン スミス a foreign name given first), a name with a
  middle dot (ジョン・スミス). An honorific where the given name would be (田中さん,
  田中 様) is no given name: it is the name's suffix (田中 | suffix さん). Joined without
  a space.
* **Chinese** — a name of 2–4 Han characters is family first: the first character, or a
  compound surname of two (欧阳, 司马, 诸葛 …, see ``COMPOUND_SURNAMES``) when the name has
  3 or 4: 李伟 → 李 | 伟, 欧阳娜娜 → 欧阳 | 娜娜; a name of four without a compound surname
  is not split (a Chinese given name has one or two characters: it is more likely a double
  surname or a Japanese name, 山田太郎). One space between two Han words says where the
  family name ends (欧阳 娜娜). A courtesy word or job title after the family name
  (``CHINESE_TITLES``: 先生, 女士, 小姐, 总, 经理, 老师 …) is no given name: 王先生 → family
  王, suffix 先生 (no given name), 张总 → 张 | 总, 欧阳女士 → 欧阳 | 女士, 李伟经理 → 李 |
  伟 | 经理; the longest title is taken (张总经理 → 张 | 总经理). Joined without a space,
  so the name reads back as written and phones sort it under the family name.
* **Vietnamese** — a Latin-script name is family first (Nguyễn Văn An → family Nguyễn,
  given An, additional/middle Văn) when *all* of these hold:
  its first word is a common Vietnamese family name (``VIETNAMESE_FAMILY_NAMES``, also
  matched without diacritics: Nguyen); every word is a possible Vietnamese syllable (so
  "Kim Jansen" or "Mai Peters" are not); and one of: the contact's documents are in
  Vietnamese (``language="vi"``: their account is in Vietnam or set to Vietnamese), the
  name carries Vietnamese diacritics (Cao Thu Hà, Bùi Minh Châu), or the family name is
  one that is only Vietnamese even without them (Nguyen, Tran, Pham …). A Vietnamese
  name written given-first ("An Nguyen") is read the Western way, which is what it is.
* **Family name in capitals, first** — the business convention for romanised Japanese,
  Chinese, Korean and Vietnamese names (and French or Belgian lists): a first word in
  capitals followed by a capitalised word is the family name, the rest the given name:
  YAMADA Taro → YAMADA | Taro, WANG Wei, KIM Min Jun → KIM | Min Jun, VAN DEN BERG Pieter
  (a run of words in capitals). A Vietnamese name so written keeps its middle names as
  additional (NGUYEN Van An, HO Chi Minh → HO | Minh | Chi). Initials are not a family
  name: a word with a dot (P. VAN DEN BERG) or two capitals that are no syllable (JP, AJ).
  Joined family first with spaces. A family name in capitals *last* is the Western rule's
  (Pieter VAN DEN BERG → VAN DEN BERG | Pieter).
* **Western** (Latin, Greek or Cyrillic letters) — given first, family last, and a
  surname particle starts the family name: Jeroen de Boer → de Boer | Jeroen, Sanne van
  der Berg-Jansen → van der Berg-Jansen | Sanne, Esther van 't Hek → van 't Hek | Esther.
  Words between the first given name and the family name are additional names (Jan
  Willem Bakker → Bakker | Jan | Willem, as Google Contacts and Outlook split it).
  "Family, Given" (Ganguly, Anik) is read as written. Only clear titles (Dr., Prof.,
  Ir., Dhr., Mevr. …) and suffixes (Jr., III, PhD, MBA …) are taken apart.
* **Anything else** — one word, a single Han character or five and more, Korean, Thai or
  Arabic script, digits or brackets ("Receptie (Noord)"): not split.
  The whole name goes into the *given* name component: FN is always written too, and with
  a given name alone Android, iOS and Outlook show the name as it is and sort it by that
  word (iOS and Android fall back to the given name when there is no family name;
  Outlook's "File As" is the given name), while Apple's short name and Outlook's first
  name — what mail merges put after "Dear" — are the name rather than empty.

Pure functions, no I/O; never raise for any text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class NameOrder(StrEnum):
    """How the parts of a name are put back together."""

    HAN = "han"  # family given, no space (Chinese and Japanese)
    VIETNAMESE = "vietnamese"  # family additional given
    FAMILY_FIRST = "family_first"  # prefix family given suffix (YAMADA Taro)
    WESTERN = "western"  # prefix given additional family suffix
    WHOLE = "whole"  # not split: the whole name is the given name


@dataclass(frozen=True, slots=True)
class NameParts:
    """The five components of vCard ``N`` (each one text, words joined by spaces)."""

    family: str = ""
    given: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""
    order: NameOrder = NameOrder.WHOLE


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMPOUND_SURNAMES = _words(
    "欧阳 司马 诸葛 上官 东方 夏侯 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 独孤 南宫 西门 "
    "万俟 闻人 轩辕 端木 申屠 澹台 公冶 太史 呼延 钟离 司空 濮阳 淳于 单于 赫连 拓跋 百里 "
    "东郭 第五 歐陽 司馬 諸葛 尉遲 長孫 獨孤 南宮 萬俟 聞人 軒轅 鍾離 鐘離 單于 赫連 東方 "
    "東郭 公孫 宇文 令狐"
)
VIETNAMESE_FAMILY_NAMES = _words(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý cao đinh "
    "trịnh lâm mai lương lưu tô hà tạ trương đoàn châu quách thái triệu tăng vương la kiều "
    "mạc âu khúc từ tôn phùng diệp giang doãn lại hứa chu quan nghiêm kim ông thân chung "
    "đàm khổng khương lã lò ninh phí phó tiêu trình ung vi"
)
# Without diacritics these are still Vietnamese and nothing else (unlike Le, Ho, Mai, Kim).
UNMISTAKABLE_VIETNAMESE = _words(
    "nguyen tran pham hoang huynh phan dang bui duong truong trinh dinh luong vuong ngo "
    "doan quach nghiem khuc"
)
# Words that start a family name (Dutch, Flemish, German, French, Romance): lower-case,
# apostrophes as ' .
PARTICLES = _words(
    "van de der den het 't te ter ten von vom zum zur zu du des la le da di do dos das del "
    "della dei"
)
# Only a particle when another particle follows: in 't Veld, op den Akker, uit de Bos.
LEADING_PARTICLES = _words("in op uit aan bij onder over voor")
PREFIXES = _words(
    "dr dr. prof prof. ir ir. ing ing. drs drs. mr mr. mrs mrs. ms ms. dhr dhr. mevr mevr. "
    "mw mw. ds ds."
)
SUFFIXES = _words("jr jr. sr sr. ii iii iv phd ph.d. mba msc bsc md")

# Characters Japanese writes and Chinese does not (kokuji such as 辻 畑 込, and the forms
# Japan simplified its own way: 沢 not 泽/澤, 辺 not 边/邊, 斎 not 斋/齋): none is in GB2312
# (simplified Chinese) or Big5 (traditional). One in a name says it is Japanese.
JAPANESE_ONLY = frozenset(
    "沢桜広辺黒関恵栄実亜斎斉徳瀬絵辻畑畠込峠栃榊笹凪穂聡郷勲姫塩鉄剣滝渋緑様竜薫歳戸嶋﨑髙"
    "冨雫鴎楽円団縁乗浄県"
)
ITERATION_MARK = "\u3005"  # 々: 佐々木, 野々村 — Japanese names only
JAPANESE_COUNTRIES = frozenset({"JP"})
# Common Japanese family names (and their old or variant forms), longest matched first.
JAPANESE_FAMILY_NAMES = _words(
    "佐藤 鈴木 高橋 髙橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 山田 佐々木 山口 "
    "松本 井上 木村 林 斎藤 斉藤 齋藤 齊藤 清水 山崎 山﨑 森 池田 橋本 阿部 石川 山下 中島 "
    "石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 "
    "岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 "
    "工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 "
    "上野 杉山 増田 小山 平野 大塚 千葉 久保 松井 小島 岩崎 桜井 野口 松尾 野村 木下 菊地 "
    "菊池 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 渡部 吉川 山内 西田 北村 平田 服部 "
    "荒木 飯田 高野 大橋 古川 中田 今村 荒井 久保田 大久保 五十嵐 小池 堀 辻 関 星野 永井 "
    "松下 川口 佐久間 野田 本田 岩田 望月 浅野 横田 片山 矢野 小田 河合 北川 宮田 石原 秋山 "
    "川村 松岡 須藤 大石 中西 吉村 松浦 大谷 小西 西川 山中 岩本 森本 田辺 内藤 安田 土屋 "
    "熊谷 高山 竹田 川上 早川 黒田 小泉 根本 石黒 吉岡 武藤 野々村 一ノ瀬 木ノ下"
)
# Said after a Japanese name, never a given name: 田中さん stays whole.
JAPANESE_HONORIFICS = _words("さん さま 様 くん 君 ちゃん 殿 氏 先生")
# Said after a Chinese family name (or full name), never a given name: 王先生 is Mr Wang,
# 张总 Director Zhang, 陈经理 Manager Chen (simplified and traditional forms).
CHINESE_TITLES = _words(
    "先生 女士 小姐 太太 夫人 老师 老師 师傅 師傅 总 總 副总 副總 总经理 總經理 经理 經理 "
    "副经理 副經理 总监 總監 主任 主管 老板 老闆 董事长 董事長 厂长 廠長 院长 院長 校长 校長 "
    "局长 局長 处长 處長 科长 科長 部长 部長 教授 博士 医生 醫生 大夫 律师 律師 会计 會計 工"
)
_LONGEST_TITLE_FIRST = sorted(CHINESE_TITLES, key=len, reverse=True)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_WORD = re.compile(f"[{_HAN}]+")
_KANA = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_KANA_CHAR = re.compile(f"[{_KANA}]")
_KATAKANA_WORD = re.compile("[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]+")
_JAPANESE_WORD = re.compile(f"[{_HAN}{_KANA}\u3005]+")  # kanji, kana and 々 (・ is kana too)
# Kana written inside a family name between two kanji: 木ノ下, 一ノ瀬, 八ヶ岳, 三ッ矢, 木の下.
_FAMILY_JOINERS = frozenset("ノのヶケヵッツ\u3005")
_FOREIGN_NAME_MARKS = frozenset("・･＝=")  # ジョン・スミス: a foreign name, given first
# Han, kana and Hangul: names in these scripts are written family first without a space.
_EAST_ASIAN_WORD = re.compile(f"[{_HAN}{_KANA}\u3005\uac00-\ud7af]+")
# Latin (with Vietnamese), Greek and Cyrillic letters, combining marks, apostrophes,
# hyphen and the dot of an initial or title.
_ALPHABETIC_WORD = re.compile(
    r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0370-\u03ff\u1f00-\u1fff"
    r"\u0400-\u052f\u0300-\u036f'\u2018\u2019`\-.]+"
)
_LETTER = re.compile(r"[^\W\d_]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# Vietnamese syllables: an initial consonant, 1–3 vowels, a final consonant (on the
# letters without their marks; đ as d).
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
# Marks Vietnamese writes: grave, acute, circumflex, tilde, breve, hook above, horn, dot below.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")


def split_name(name: str, language: str | None = None, country: str | None = None) -> NameParts:
    """``name`` (as the contact has it) in vCard ``N`` parts; ``language`` is the contact's
    document language ("vi", "zh_CN", "nl", "en") and ``country`` its account's country
    (ISO code, "JP") when known. See the module docstring for the rules; a name that cannot
    be split with confidence is whole in ``given``. Words are split at any white space, the
    ideographic space U+3000 too."""
    words = unicodedata.normalize("NFC", name).split()
    if not words:
        return NameParts()
    text = " ".join(words)
    japanese = _japanese_parts(words, language, country)
    if japanese is not None:
        return japanese
    han = _han_parts(words)
    if han is not None:
        return han
    if len(words) == 1 or not all(_ALPHABETIC_WORD.fullmatch(w.rstrip(",")) for w in words):
        return NameParts(given=text)
    if _is_vietnamese(words, language):
        return NameParts(
            family=words[0],
            given=words[-1],
            additional=" ".join(words[1:-1]),
            order=NameOrder.VIETNAMESE,
        )
    return _western_parts(words, text)


def joined_name(parts: NameParts) -> str:
    """The parts written as one name in their culture's order (see :class:`NameOrder`)."""
    if parts.order is NameOrder.HAN:
        return parts.family + parts.given + parts.suffix
    if parts.order in (NameOrder.VIETNAMESE, NameOrder.FAMILY_FIRST):
        pieces = (parts.prefix, parts.family, parts.additional, parts.given, parts.suffix)
    else:
        pieces = (parts.prefix, parts.given, parts.additional, parts.family, parts.suffix)
    return " ".join(p for p in pieces if p)


def name_from_card_parts(
    family: str | None,
    given: str | None,
    additional: str | None = None,
    prefix: str | None = None,
    suffix: str | None = None,
) -> str:
    """A card's ``N`` parts as one name, for a card without ``FN``: Chinese (Japanese,
    Korean) family and given names (and a title after them) joined without a space, a
    Vietnamese family name first (with its middle names), a family name in capitals first
    (YAMADA Taro), anything else given name first."""
    family, given = family or "", given or ""
    additional, prefix, suffix = additional or "", prefix or "", suffix or ""
    if family and (given or suffix) and _EAST_ASIAN_WORD.fullmatch(family + given + suffix):
        order = NameOrder.HAN  # 李伟, 王先生 (N: 王;;;;先生)
    elif family and given and _is_vietnamese(f"{family} {additional} {given}".split(), None):
        order = NameOrder.VIETNAMESE
    elif family and given and _family_in_capitals(family.split() + given.split()):
        order = NameOrder.FAMILY_FIRST  # YAMADA;Taro
    else:
        order = NameOrder.WESTERN
    parts = NameParts(family, given, additional, prefix, suffix, order)
    return " ".join(joined_name(parts).split())


# -- Chinese ------------------------------------------------------------------------------
def _all_han(text: str) -> bool:
    return _HAN_WORD.fullmatch(text) is not None


def _han_parts(words: list[str]) -> NameParts | None:
    """Family and given name of a Han name (and a title after them), or None when it is
    not one we can split."""
    if not all(_all_han(w) for w in words):
        return None
    if len(words) == 1 and words[0] in CHINESE_TITLES:
        return NameParts(given=words[0])  # 先生 alone: no name to split
    titled = _without_title(words)
    if titled is not None and "".join(titled[0]) not in CHINESE_TITLES:  # not 经理先生
        rest, title = titled
        if len(rest) == 1 and (len(rest[0]) == 1 or rest[0] in COMPOUND_SURNAMES):
            return NameParts(family=rest[0], suffix=title, order=NameOrder.HAN)
        named = _han_name(rest)
        if named.order is NameOrder.HAN:
            return NameParts(named.family, named.given, suffix=title, order=NameOrder.HAN)
        return NameParts(given=" ".join(words))
    return _han_name(words)


def _without_title(words: list[str]) -> tuple[list[str], str] | None:
    """``words`` without the Chinese title they end with, and the title (the longest one:
    总经理, not 经理); None when they end with none or are only a title."""
    last = words[-1]
    if last in CHINESE_TITLES:
        return (words[:-1], last) if len(words) > 1 else None
    for title in _LONGEST_TITLE_FIRST:
        if last.endswith(title) and len(last) > len(title):
            return [*words[:-1], last[: -len(title)]], title
    return None


def _han_name(words: list[str]) -> NameParts:
    """Family and given name of Han ``words`` (no title), whole when not sure."""
    if len(words) == 2 and len(words[0]) <= 2 and len(words[1]) <= 3:
        return NameParts(family=words[0], given=words[1], order=NameOrder.HAN)
    text = words[0]
    if len(words) > 1 or not 2 <= len(text) <= 4:
        return NameParts(given=" ".join(words))
    cut = 2 if len(text) >= 3 and text[:2] in COMPOUND_SURNAMES else 1
    if len(text) - cut > 2:  # 山田太郎: no Chinese given name has three characters
        return NameParts(given=text)
    return NameParts(family=text[:cut], given=text[cut:], order=NameOrder.HAN)


# -- Japanese -----------------------------------------------------------------------------
def _japanese_parts(
    words: list[str], language: str | None, country: str | None
) -> NameParts | None:
    """Family and given name of a name the data says is Japanese (kana, a character only
    Japanese writes, the account in Japan); ``None`` when nothing says so."""
    text = "".join(words)
    if not _JAPANESE_WORD.fullmatch(text):
        return None
    said = (country or "").strip().upper() in JAPANESE_COUNTRIES or (
        (language or "").strip().lower().replace("-", "_").split("_")[0] == "ja"
    )
    if not (
        said
        or _KANA_CHAR.search(text)
        or ITERATION_MARK in text
        or any(c in JAPANESE_ONLY for c in text)
    ):
        return None
    whole = NameParts(given=" ".join(words))
    if any(c in _FOREIGN_NAME_MARKS for c in text) or _KATAKANA_WORD.fullmatch(text):
        return whole  # a foreign name in katakana (given first), or a reading
    if len(words) == 2:
        family, given = words
        if len(family) > 5 or len(given) > 6:
            return whole
        return _japanese(family, given) or whole
    if len(words) > 2:
        return whole
    if _KANA_CHAR.search(text):
        cut = _kanji_run(text)
        if 1 <= cut <= 4 and _KANA_CHAR.match(text[cut:]):
            return _japanese(text[:cut], text[cut:]) or whole
        return whole
    for cut in (3, 2, 1):  # kanji alone: after a common family name, or not at all
        given_length = len(text) - cut
        if cut == 1 and len(text) > 3:
            continue  # 東山紀之 is not 東 | 山紀之
        if 1 <= given_length <= 3 and text[:cut] in JAPANESE_FAMILY_NAMES:
            return _japanese(text[:cut], text[cut:]) or whole
    return whole


def _japanese(family: str, given: str) -> NameParts | None:
    if given in JAPANESE_HONORIFICS:  # 田中さん: Mr or Ms Tanaka, no given name
        return NameParts(family=family, suffix=given, order=NameOrder.HAN)
    return NameParts(family=family, given=given, order=NameOrder.HAN)


def _kanji_run(text: str) -> int:
    """Where the leading kanji of ``text`` end (kana between two kanji, as in 木ノ下, and
    々 count as kanji)."""
    end = 0
    while end < len(text):
        char = text[end]
        joins = char in _FAMILY_JOINERS and _HAN_WORD.match(text[end + 1 : end + 2])
        if not (_HAN_WORD.match(char) or (char == ITERATION_MARK and end) or joins):
            break
        end += 1
    return end


# -- Vietnamese ---------------------------------------------------------------------------
def _bare(word: str) -> str:
    """``word`` lower-case without its marks, đ as d."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_vietnamese(words: list[str], language: str | None) -> bool:
    """Whether ``words`` (two or more) are a Vietnamese name written family first."""
    if len(words) < 2:
        return False
    first = words[0].casefold()
    if first not in VIETNAMESE_FAMILY_NAMES and _bare(first) not in _BARE_FAMILY_NAMES:
        return False
    if not all(_VIETNAMESE_SYLLABLE.fullmatch(_bare(w)) for w in words):
        return False
    if language == "vi" or _bare(first) in UNMISTAKABLE_VIETNAMESE:
        return True
    if _family_in_capitals(words) == 1:  # HO Chi Minh: written family first, so it is
        return True
    marks = {c for w in words for c in unicodedata.normalize("NFD", w) if unicodedata.combining(c)}
    has_d = any("đ" in w.casefold() for w in words)
    return (bool(marks) or has_d) and marks <= _VIETNAMESE_MARKS


_BARE_FAMILY_NAMES = frozenset(_bare(f) for f in VIETNAMESE_FAMILY_NAMES)


# -- Western ------------------------------------------------------------------------------
def _key(word: str) -> str:
    return word.translate(_APOSTROPHES).casefold()


def _western_parts(words: list[str], text: str) -> NameParts:
    if "," not in text:
        return _given_first(words, text)
    head, _, tail = text.partition(",")
    before, after = head.split(), tail.split()
    if "," in tail or not before or not after:
        return NameParts(given=text)
    if all(_key(w) in SUFFIXES for w in after):  # Jan Jansen, Jr.
        return _given_first(before, text, suffix=after)
    # "Family, Given" as phone books and Outlook file names; "Boer, Jeroen de" too.
    family = before
    while len(after) > 1 and _key(after[-1]) in PARTICLES:
        family.insert(0, after.pop())
    return NameParts(
        family=" ".join(family),
        given=after[0],
        additional=" ".join(after[1:]),
        order=NameOrder.WESTERN,
    )


def _given_first(words: list[str], text: str, suffix: list[str] | None = None) -> NameParts:
    words = list(words)
    suffixes = list(suffix or [])
    while len(words) > 2 and _key(words[-1]) in SUFFIXES and not suffix:
        suffixes.insert(0, words.pop())
    prefixes: list[str] = []
    while len(words) > 1 and _key(words[0]) in PREFIXES:
        prefixes.append(words.pop(0))
    if not words or not any(_LETTER.search(w) for w in words):
        return NameParts(given=text)
    if len(words) == 1:
        return NameParts(
            family=words[0],
            prefix=" ".join(prefixes),
            suffix=" ".join(suffixes),
            order=NameOrder.WESTERN,
        )
    if capitals := _family_in_capitals(words):  # YAMADA Taro, VAN DEN BERG Pieter
        return NameParts(
            family=" ".join(words[:capitals]),
            given=" ".join(words[capitals:]),
            prefix=" ".join(prefixes),
            suffix=" ".join(suffixes),
            order=NameOrder.FAMILY_FIRST,
        )
    start = _family_start(words)
    return NameParts(
        family=" ".join(words[start:]),
        given=words[0],
        additional=" ".join(words[1:start]),
        prefix=" ".join(prefixes),
        suffix=" ".join(suffixes),
        order=NameOrder.WESTERN,
    )


def _family_start(words: list[str]) -> int:
    """Where the family name begins: at the first particle after the given name that has
    a name after it, else at the last word."""
    keys = [_key(w) for w in words]
    for index in range(1, len(words) - 1):
        if keys[index] in PARTICLES:
            return index
        if keys[index] in LEADING_PARTICLES and keys[index + 1] in PARTICLES:
            return index
    return len(words) - 1


# -- family name in capitals, first ---------------------------------------------------------
_SYLLABLE_VOWELS = frozenset("aeiouy")


def _in_capitals(word: str) -> bool:
    """A word of capitals (no lower-case letter), not an initial (no dot)."""
    return word.isupper() and "." not in word and _LETTER.match(word) is not None


def _capitalised(word: str) -> bool:
    """A word with a capital first and lower-case letters after (Taro, Văn, IJsbrand)."""
    return word[:1].isupper() and not word.isupper() and _LETTER.match(word) is not None


def _no_initials(word: str) -> bool:
    """Whether ``word`` (in capitals) can be a family name rather than initials: two
    letters or more, and two only when they are a syllable (LI, HO, OH, AN, NG; not JP,
    AJ)."""
    bare = _bare(word)
    letters = [c for c in bare if c.isalpha()]
    if len(letters) < 2:
        return False
    if len(bare) > 2:
        return True
    first, second = bare
    return (
        bare == "ng"
        or second in _SYLLABLE_VOWELS
        or (first in _SYLLABLE_VOWELS and second in "nmh")
    )


def _family_in_capitals(words: list[str]) -> int:
    """How many leading words are a family name written in capitals before a capitalised
    given name (YAMADA Taro: 1, VAN DEN BERG Pieter: 3); 0 when the name is not so
    written."""
    count = 0
    while count < len(words) and _in_capitals(words[count]):
        count += 1
    if count == 0 or count == len(words) or not _no_initials(words[0]):
        return 0
    return count if _capitalised(words[count]) else 0
