"""A person's name split into the parts an address book sorts and shows by.

We store a contact's name as one text, written the way the person writes it. A vCard's
``N`` property wants it in parts (family; given; additional; prefix; suffix — RFC 6350
§6.2.2, RFC 2426 §3.1.2), and phones and Outlook sort and file contacts by the family
part. :func:`split_name` finds the parts for the three cultures our managers meet;
:func:`joined_name` puts parts back together in the culture's order (an imported card
that has ``N`` but no ``FN``).

The rules, in the order they are tried:

* **Chinese** — a name of 2–4 Han characters is family first: the first character, or a
  compound surname of two (欧阳, 司马, 诸葛 …, see ``COMPOUND_SURNAMES``) when the name has
  3 or 4: 李伟 → 李 | 伟, 欧阳娜娜 → 欧阳 | 娜娜. One space between two Han words says
  where the family name ends (欧阳 娜娜). Joined without a space.
* **Vietnamese** — a Latin-script name is family first (Nguyễn Văn An → family Nguyễn,
  given An, additional/middle Văn) when *all* of these hold:
  its first word is a common Vietnamese family name (``VIETNAMESE_FAMILY_NAMES``, also
  matched without diacritics: Nguyen); every word is a possible Vietnamese syllable (so
  "Kim Jansen" or "Mai Peters" are not); and one of: the contact's documents are in
  Vietnamese (``language="vi"``: their account is in Vietnam or set to Vietnamese), the
  name carries Vietnamese diacritics (Cao Thu Hà, Bùi Minh Châu), or the family name is
  one that is only Vietnamese even without them (Nguyen, Tran, Pham …). A Vietnamese
  name written given-first ("An Nguyen") is read the Western way, which is what it is.
* **Western** (Latin, Greek or Cyrillic letters) — given first, family last, and a
  surname particle starts the family name: Jeroen de Boer → de Boer | Jeroen, Sanne van
  der Berg-Jansen → van der Berg-Jansen | Sanne, Esther van 't Hek → van 't Hek | Esther.
  Words between the first given name and the family name are additional names (Jan
  Willem Bakker → Bakker | Jan | Willem, as Google Contacts and Outlook split it).
  "Family, Given" (Ganguly, Anik) is read as written. Only clear titles (Dr., Prof.,
  Ir., Dhr., Mevr. …) and suffixes (Jr., III, PhD, MBA …) are taken apart.
* **Anything else** — one word, a single Han character or five and more, Han mixed with
  kana, Korean, Thai or Arabic script, digits or brackets ("Receptie (Noord)"): not split.
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

    HAN = "han"  # family given, no space
    VIETNAMESE = "vietnamese"  # family additional given
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

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_WORD = re.compile(f"[{_HAN}]+")
# Han, kana and Hangul: names in these scripts are written family first without a space.
_EAST_ASIAN_WORD = re.compile(f"[{_HAN}\u3040-\u30ff\uac00-\ud7af]+")
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


def split_name(name: str, language: str | None = None) -> NameParts:
    """``name`` (as the contact has it) in vCard ``N`` parts; ``language`` is the contact's
    document language ("vi", "zh_CN", "nl", "en") when known. See the module docstring for
    the rules; a name that cannot be split with confidence is whole in ``given``."""
    words = unicodedata.normalize("NFC", name).split()
    if not words:
        return NameParts()
    text = " ".join(words)
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
        return parts.family + parts.given
    if parts.order is NameOrder.VIETNAMESE:
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
    Korean) family and given names joined without a space, a Vietnamese family name first
    (with its middle names), anything else given name first."""
    family, given = family or "", given or ""
    additional, prefix, suffix = additional or "", prefix or "", suffix or ""
    if family and given and _EAST_ASIAN_WORD.fullmatch(family + given):
        order = NameOrder.HAN
    elif family and given and _is_vietnamese(f"{family} {additional} {given}".split(), None):
        order = NameOrder.VIETNAMESE
    else:
        order = NameOrder.WESTERN
    parts = NameParts(family, given, additional, prefix, suffix, order)
    return " ".join(joined_name(parts).split())


# -- Chinese ------------------------------------------------------------------------------
def _all_han(text: str) -> bool:
    return _HAN_WORD.fullmatch(text) is not None


def _han_parts(words: list[str]) -> NameParts | None:
    """Family and given name of a Han name, or None when it is not one we can split."""
    if not all(_all_han(w) for w in words):
        return None
    if len(words) == 2 and len(words[0]) <= 2 and len(words[1]) <= 3:
        return NameParts(family=words[0], given=words[1], order=NameOrder.HAN)
    text = words[0]
    if len(words) > 1 or not 2 <= len(text) <= 4:
        return NameParts(given=" ".join(words))
    cut = 2 if len(text) >= 3 and text[:2] in COMPOUND_SURNAMES else 1
    return NameParts(family=text[:cut], given=text[cut:], order=NameOrder.HAN)


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
