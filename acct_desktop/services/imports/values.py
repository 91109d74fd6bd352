"""Turning the text of a cell into a typed value, or a sentence saying why it cannot be.

Every parser takes the cell's text and returns the value, ``None`` for an empty cell, or
raises ``ValueError`` whose message is shown to the user next to the line and column.
Numbers become ``Decimal`` (never float on the way); only coordinates, which the model
stores as floats, are converted at the very end.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from acct_desktop.domain.enum_labels import ENUM_LABELS, LABELS_CONTEXT
from acct_desktop.domain.enum_words import AMBIGUOUS, REFUSALS, TRANSLATED_WORDS, WORDS
from acct_desktop.domain.kind_words import one_of
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, listed
from acct_desktop.services.catalogues import translations
from acct_desktop.services.imports.decimal_marks import (
    GROUP_SPACES,
    NUMBER,
    column_mark,
)
from acct_desktop.services.tabular import CellNumber

E = TypeVar("E", bound=StrEnum)
Parser = Callable[[str], Any]

# A leading quote that an export put before = + - @ to stop spreadsheets running formulas.
_FORMULA_START = "=+-@"
_HARMLESS_SIGNED = re.compile(r"[+-][\d\s().\-/]*")
_PLAIN = re.compile(r"-?\d+(?:\.(?:\d{1,2}|\d{4,}))?")  # no separator to guess about
_PLAIN_ANY = re.compile(r"-?\d+(?:\.\d+)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ENUM_SEPARATORS = re.compile(r"[\s_\-]+")

COUNTRY_NAMES = {
    "china": "CN", "中国": "CN", "prc": "CN", "trung quốc": "CN", "vietnam": "VN",
    "viet nam": "VN", "việt nam": "VN", "越南": "VN", "netherlands": "NL",
    "the netherlands": "NL", "nederland": "NL", "holland": "NL", "荷兰": "NL",
    "hà lan": "NL", "belgium": "BE", "belgië": "BE", "germany": "DE", "duitsland": "DE",
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US",
    "america": "US", "美国": "US", "mỹ": "US", "hoa kỳ": "US", "verenigde staten": "US",
    "uk": "GB", "great britain": "GB", "england": "GB", "英国": "GB", "anh": "GB",
    "verenigd koninkrijk": "GB", "德国": "DE", "đức": "DE", "比利时": "BE", "bỉ": "BE",
    "日本": "JP", "nhật bản": "JP", "japan": "JP", "韩国": "KR", "hàn quốc": "KR",
    "korea": "KR", "泰国": "TH", "thái lan": "TH", "新加坡": "SG", "香港": "HK",
    "台湾": "TW", "中国台湾": "TW", "中国香港": "HK", "法国": "FR", "pháp": "FR",
    "frankrijk": "FR", "柬埔寨": "KH", "campuchia": "KH", "老挝": "LA", "lào": "LA",
    "马来西亚": "MY", "印度尼西亚": "ID", "菲律宾": "PH", "印度": "IN", "澳大利亚": "AU",
}  # fmt: skip
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _country_names() -> dict[str, str]:
    """English names and three-letter codes of every country, from the ``holidays`` package's
    registry (already a dependency, kept up to date: ``united_states`` / ``UnitedStates`` /
    USA → US), under the names above; read the first time a name is not among those."""
    from holidays.registry import COUNTRIES

    names: dict[str, str] = {}
    for module, (class_name, alpha_2, alpha_3, *_rest) in COUNTRIES.items():
        for name in (module.replace("_", " "), _CAMEL.sub(" ", class_name), alpha_3):
            names.setdefault(name.casefold(), alpha_2)
    return names | COUNTRY_NAMES


CURRENCY_ALIASES = {"RMB": "CNY", "人民币": "CNY", "€": "EUR", "EURO": "EUR", "₫": "VND"}


def text(raw: str) -> str | None:
    """Trimmed text in Unicode NFC (Vietnamese typed on a Mac arrives decomposed), or None."""
    value = raw.strip()
    if not value:
        return None
    if value[0] == "'" and guard_formula(value[1:]) == value:
        value = value[1:]  # the quote an export put before a formula-like value
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def text_of(limit: int | None) -> Parser:
    """``text`` refusing values longer than ``limit`` characters (the column's size)."""
    if limit is None:
        return text

    def parse(raw: str) -> str | None:
        value = raw.strip()
        if not value:
            return None
        if value[0] == "'" and guard_formula(value[1:]) == value:
            value = value[1:]
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
        if len(value) > limit:
            raise ValueError(_too_long(len(value), limit))
        return value

    return parse


def code_of(limit: int | None) -> Parser:
    """A code or number that names a record (an account code, a SKU): ``text_of(limit)``
    on one line, with no tab or invisible character, which nobody could type to find it.

    A code typed in full width by a Chinese input method (``ＧＤ０１０６``) is its
    half-width form (``GD0106``, NFKC), as a code in another case is the same code: the
    one an account already has, never a second account."""
    read = text_of(None)

    def parse(raw: str) -> str | None:
        value = read(raw)
        if value is None or (value.isascii() and value.isprintable()):
            return _short(value, limit)
        if not value.isprintable():  # "\n", "\t", U+00A0, U+200B, U+3000…
            shown = "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in value)
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '"%1" cannot be a code: it holds a line break, a tab or another '
                        "character nobody could type to find it",
                    ),
                    shown,
                )
            )
        return _short(half_width(value), limit)

    return parse


def half_width(code: str) -> str:
    """``code`` with its full-width letters and digits as ASCII (``ＧＤ０１０６`` → GD0106)."""
    return code if code.isascii() else unicodedata.normalize("NFKC", code).strip()


def _short(value: str | None, limit: int | None) -> str | None:
    if value is not None and limit is not None and len(value) > limit:
        raise ValueError(_too_long(len(value), limit))
    return value


def limited(parser: Parser, limit: int | None) -> Parser:
    """``parser``, refusing text longer than ``limit`` characters (the column's size)."""
    if limit is None:
        return parser

    def parse(raw: str) -> Any:
        value = parser(raw)
        if isinstance(value, str) and len(value) > limit:
            raise ValueError(_too_long(len(value), limit))
        return value

    return parse


def guard_formula(value: str) -> str:
    """For CSV export: a quote before text a spreadsheet would run as a formula
    (``=HYPERLINK(…)``, ``@SUM(…)``, ``+cmd|…``); phone numbers like ``+31 6 …`` stay as
    they are. ``text`` removes exactly that quote again on import, so values round-trip."""
    if not value:
        return value
    if value[0] in "+-" and _HARMLESS_SIGNED.fullmatch(value):
        return value
    if value[0] in _FORMULA_START or (value[0] == "'" and guard_formula(value[1:]) == value):
        return "'" + value
    return value


def parse_decimal(
    raw: str, *, grouping: bool = True, mark: str | None = None, myriads: bool = False
) -> Decimal | None:
    """A number written as ``1234.56``, ``1,234.56``, ``1.234,56``, ``1 234,56`` or ``-5``.

    With both separators the last one is the decimal mark. With one kind only, several of
    them are thousands separators (``1.234.567``); a single one followed by exactly three
    digits is the decimal mark when it is the column's ``mark`` (``1.250`` among ``2.5``
    and ``0.75``), else a thousands separator (``5.000`` and ``5,000`` are five thousand)
    unless ``grouping`` is off (coordinates never have thousands); any other single one is
    the decimal mark. A number showing the other mark than the column's is refused.
    Numbers stored as numbers in a workbook are taken as they are.

    Full-width digits and marks, as a Chinese input method types them (``１２３，４５６．００``),
    are read as their ASCII forms (NFKC). With ``myriads`` (amounts of money), ``12.5万``
    is 125000 and ``3亿`` 300000000, exactly; elsewhere such a number is refused with the
    number to write instead.
    """
    value = raw.strip()
    if not value:
        return None
    if isinstance(raw, CellNumber):
        return _finite(Decimal(value), raw)
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value).strip()
    if value[-1] in MYRIADS:
        return _myriads(value, raw, grouping, mark, myriads)
    return _number(value, raw, grouping, mark)


# 万 (ten thousand) and 亿 (a hundred million), simplified and traditional: how Chinese
# amounts are written ("12.5万" is 125,000)
MYRIADS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def _myriads(value: str, raw: str, grouping: bool, mark: str | None, allowed: bool) -> Decimal:
    """``value`` (``12.5万``) as the whole number it stands for; refused, with that number
    to write instead, where ``allowed`` is off (a quantity, a price, a percentage)."""
    try:
        number = _number(value[:-1].rstrip(), raw, grouping, mark)
    except ValueError:
        raise ValueError(_not_a_number(raw)) from None
    whole = number * MYRIADS[value[-1]]  # exact: Decimal times a power of ten
    if allowed:
        return whole
    raise ValueError(
        Sentence.of(
            QT_TRANSLATE_NOOP("messages", '"%1" is not a number this column takes; write it as %2'),
            raw.strip(),
            format(whole.normalize(), "f"),
        )
    )


def _number(value: str, raw: str, grouping: bool, mark: str | None) -> Decimal:
    """``value`` (``raw`` folded to ASCII) as a number; see ``parse_decimal``."""
    if (_PLAIN if grouping else _PLAIN_ANY).fullmatch(value):
        return _finite(Decimal(value), raw)
    if grouping:
        value = value.translate(GROUP_SPACES)
    value = _sign_in_front(value)
    if not NUMBER.fullmatch(value):
        bare = _sign_in_front(_CURRENCY_SIGN.sub("", value).strip())
        if bare != value and (NUMBER.fullmatch(bare) or _is_myriads(bare)):
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '"%1" carries a currency sign; write the number alone (the currency '
                        "comes from the currency column, else the account's)",
                    ),
                    raw.strip(),
                )
            )
        raise ValueError(_not_a_number(raw))
    sign = ""
    if value[0] in "+-":
        sign, value = value[0], value[1:]
    commas, dots = value.count(","), value.count(".")
    if commas and dots:
        last = "," if value.rfind(",") > value.rfind(".") else "."
        group = "." if last == "," else ","
        whole, _, fraction = value.rpartition(last)
        if not grouping or last in whole or not _grouped(whole, group):
            raise _unclear(raw)
        value = whole.replace(group, "") + "." + fraction
    elif commas or dots:
        kind = "," if commas else "."
        whole, _, fraction = value.partition(kind)
        if value.count(kind) > 1:
            if not grouping or not _grouped(value, kind):
                raise _unclear(raw)
            value = value.replace(kind, "")
        elif (
            grouping
            and mark != kind
            and len(fraction) == 3
            and 1 <= len(whole) <= 3
            and whole[0] != "0"
        ):
            value = whole + fraction
        else:
            value = (whole or "0") + "." + fraction
    return _finite(Decimal(sign + value), raw)


def _is_myriads(value: str) -> bool:
    """Whether ``value`` is a number followed by 万 or 亿 (``12.5万``)."""
    return len(value) > 1 and value[-1] in MYRIADS and bool(NUMBER.fullmatch(value[:-1].strip()))


_CURRENCY_SIGN = re.compile(
    r"^(?:EUR|USD|CNY|RMB|VND|GBP|人民币)\s*|\s*(?:EUR|USD|CNY|RMB|VND|GBP|元|人民币|đ)$|[€$¥£₫]",
    re.IGNORECASE,
)


def _sign_in_front(value: str) -> str:
    """``45,00-`` (SAP and other ERPs put the minus after) and ``(45,00)`` (accounting) as
    ``-45,00``; anything else as it is."""
    if len(value) > 1 and value[-1] == "-" and value[0] not in "+-":
        return "-" + value[:-1].rstrip()
    if len(value) > 2 and value[0] == "(" and value[-1] == ")":
        return "-" + value[1:-1].strip()
    return value


def _grouped(number: str, group: str) -> bool:
    first, *rest = number.split(group)
    return 1 <= len(first) <= 3 and all(len(part) == 3 for part in rest)


def _unclear(raw: str) -> ValueError:
    return ValueError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", '"%1" is not a number this import understands; write it as 1234.56'
            ),
            raw.strip(),
        )
    )


def _finite(number: Decimal, raw: str) -> Decimal:
    if not number.is_finite():
        raise ValueError(_not_a_number(raw))
    return number


class Money:
    """An amount with at most ``places`` decimals that fits ``digits`` significant digits;
    with ``myriads``, written the Chinese way too (``12.5万``: see ``parse_decimal``).

    ``for_column`` gives the parser for one file's column, reading ``1.250`` with the
    decimal mark the column's other numbers show (see ``decimal_marks``)."""

    __slots__ = ("digits", "mark", "myriads", "places")

    def __init__(
        self, places: int, digits: int, mark: str | None = None, myriads: bool = False
    ) -> None:
        self.places, self.digits, self.mark, self.myriads = places, digits, mark, myriads

    def for_column(self, cells: Iterable[str]) -> Money:
        return Money(self.places, self.digits, column_mark(cells), self.myriads)

    def __call__(self, raw: str) -> Decimal | None:
        amount = parse_decimal(raw, mark=self.mark, myriads=self.myriads)
        if amount is None:
            return None
        if abs(amount) >= Decimal(10) ** (self.digits - self.places):  # before quantize
            raise ValueError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is too large'), raw.strip())
            )
        if amount != amount.quantize(Decimal(1).scaleb(-self.places), rounding="ROUND_DOWN"):
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '"%1" has more than %2 decimals'),
                    raw.strip(),
                    self.places,
                )
            )
        return amount


def money(places: int = 2, digits: int = 18, *, myriads: bool = False) -> Money:
    """An amount with at most ``places`` decimals that fits ``digits`` significant digits
    (``myriads``: an amount of money, which Chinese write as ``12.5万`` too)."""
    return Money(places, digits, myriads=myriads)


def amount_of_money() -> Money:
    """An amount of money (two decimals), ``12.5万`` included: a Chinese manager writes a
    credit limit or a target that way as often as 125000, and 万 (10,000) and 亿 (10⁸)
    mean one thing in a column of money. Quantities, prices and percentages still refuse
    them, saying the number to write instead."""
    return Money(2, 18, myriads=True)


class Checked:
    """``parser`` whose values ``check`` also accepts (it raises ``ValueError`` otherwise);
    a column-aware ``parser`` stays column-aware."""

    __slots__ = ("check", "parser")

    def __init__(self, parser: Parser, check: Callable[[Any], None]) -> None:
        self.parser, self.check = parser, check

    def for_column(self, cells: Iterable[str]) -> Checked:
        return Checked(for_column(self.parser, cells), self.check)

    def __call__(self, raw: str) -> Any:
        value = self.parser(raw)
        if value is not None:
            self.check(value)
        return value


def for_column(parser: Parser, cells: Iterable[str]) -> Parser:
    """The parser for one file's column of ``cells`` (distinct is enough): ``parser``
    itself unless it reads a cell by what the rest of its column shows."""
    prepare = getattr(parser, "for_column", None)
    return parser if prepare is None else prepare(cells)


def coordinate(limit: int, what: str) -> Parser:
    """Latitude (``limit`` 90) or longitude (180) in decimal degrees."""
    if what == "latitude":
        template = QT_TRANSLATE_NOOP(
            "messages", "%1 is not a latitude; it must be between -%2 and %2"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "messages", "%1 is not a longitude; it must be between -%2 and %2"
        )

    def parse(raw: str) -> float | None:
        number = parse_decimal(raw, grouping=False)
        if number is None:
            return None
        if not -limit <= number <= limit:
            raise ValueError(Sentence.of(template, raw.strip(), limit))
        return float(number)

    return parse


def whole_number(low: int, high: int) -> Parser:
    """A whole number from ``low`` to ``high``."""

    def parse(raw: str) -> int | None:
        number = parse_decimal(raw, grouping=False)
        if number is None:
            return None
        if number != number.to_integral_value() or not low <= number <= high:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '"%1" must be a whole number from %2 to %3'),
                    raw.strip(),
                    low,
                    high,
                )
            )
        return int(number)

    return parse


def year(low: int = 1900, high: int = 2199) -> Parser:
    """A year from ``low`` to ``high``: ``2027``, or ``2027年`` / ``2027年度`` as Chinese
    files head a year's figures (and in full width, ``２０２７年``)."""
    whole = whole_number(low, high)

    def parse(raw: str) -> int | None:
        value = raw.strip()
        if not value.isascii():
            value = unicodedata.normalize("NFKC", value)
            for suffix in ("年度", "年"):
                if value.endswith(suffix) and value[: -len(suffix)].strip():
                    return whole(value[: -len(suffix)])
        return whole(raw)

    return parse


def enum_key(value: str) -> str:
    """``Branch warehouse``, ``branch_warehouse`` and ``BRANCH-WAREHOUSE`` all match (and
    Vietnamese typed on a Mac, decomposed, matches it typed on Windows)."""
    value = value if value.isascii() else unicodedata.normalize("NFC", value)
    return _ENUM_SEPARATORS.sub(" ", value.casefold()).strip()


def unaccented(key: str) -> str:
    """``key`` without its accents (``trụ sở chính`` → ``tru so chinh``, ``één`` → ``een``)."""
    if key.isascii():
        return key
    bare = unicodedata.normalize("NFKD", key.replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


def loose_key(key: str) -> str:
    """``key`` (an ``enum_key``) without accents or spaces: ``regio kantoor`` and
    ``regiokantoor``, ``tru so chinh`` and ``trụ sở chính`` meet."""
    return unaccented(key).replace(" ", "")


def label(member: StrEnum) -> str:
    """The English label of an enum value: ``branch_warehouse`` → ``branch warehouse``."""
    return member.value.replace("_", " ")


def enum_spellings(enum_cls: type[E]) -> dict[E, list[str]]:
    """How the app itself writes each value of ``enum_cls`` in every language it speaks:
    the label the window shows (``domain.enum_labels``) and the word inside a sentence
    (``domain.enum_words``), English first, then each compiled catalogue's translation."""
    words = WORDS[enum_cls]
    found: dict[E, list[str]] = {}
    for member in enum_cls:
        sources = [(LABELS_CONTEXT, ENUM_LABELS.get(member.value)), ("messages", words[member])]
        spelled = [text for _context, text in sources if text]
        if enum_cls in TRANSLATED_WORDS:
            for context, text in sources:
                if text:
                    spelled += translations(context, text).values()
        found[member] = spelled
    return found


class EnumParser:
    """A cell holding one value of ``enum_cls``, written as its code (``headquarters``),
    one of ``aliases``, or as the app writes it in any of its languages — the window's
    label or the word in a sentence, English, Chinese, Vietnamese or Dutch
    (``Hoofdkantoor``, ``trụ sở chính``, ``总部``) — in any case, with ``_`` ``-`` or
    spaces, and without its accents or spaces (``tru so chinh``, ``regio kantoor``) where
    that leaves one value.

    Codes, English words and ``aliases`` win over a translation spelled the same; a
    spelling that is two values' (two languages' words for different things) is refused,
    naming both. The translations are read from the compiled catalogues when a cell
    first needs them."""

    def __init__(self, enum_cls: type[E], aliases: Mapping[str, E] | None = None) -> None:
        self.enum_cls = enum_cls
        self.words = WORDS[enum_cls]
        self.refusal = REFUSALS[enum_cls]
        self.exact: dict[str, E] = {enum_key(m.value): m for m in enum_cls}
        for member in enum_cls:
            for english in (ENUM_LABELS.get(member.value), self.words[member]):
                if english:
                    self.exact.setdefault(enum_key(english), member)
        self.exact.update({enum_key(k): m for k, m in (aliases or {}).items()})
        self._translated: dict[str, set[E]] | None = None
        self._loose: dict[str, set[E]] = {}

    def __call__(self, raw: str) -> E | None:
        value = raw.strip()
        if not value:
            return None
        key = enum_key(value)
        found = self.exact.get(key)
        if found is not None:
            return found
        translated = self.translated()  # and the loose spellings
        for table, wanted in ((translated, key), (self._loose, loose_key(key))):
            meant = table.get(wanted)
            if meant is not None and len(meant) == 1:
                return next(iter(meant))
            if meant:
                raise ValueError(self._ambiguous(value, meant))
        raise ValueError(Sentence.of(self.refusal, value, self.choices()))

    def translated(self) -> dict[str, set[E]]:
        """Every translated spelling of every value (and every spelling loosely)."""
        if self._translated is None:
            translated: dict[str, set[E]] = {}
            for member, spelled in enum_spellings(self.enum_cls).items():
                for text in spelled:
                    translated.setdefault(enum_key(text), set()).add(member)
            loose: dict[str, set[E]] = {}
            for key, members in [*((k, {m}) for k, m in self.exact.items()), *translated.items()]:
                loose.setdefault(loose_key(key), set()).update(members)
            self._loose = loose
            self._translated = translated
        return self._translated

    def choices(self) -> str:
        """The values as words of a sentence, in the user's language when shown."""
        return listed([self._word(m) for m in self.enum_cls])

    def _word(self, member: E) -> str:
        word = self.words[member]
        return Sentence.of(word) if self.enum_cls in TRANSLATED_WORDS else word

    def _ambiguous(self, value: str, meant: set[E]) -> Sentence:
        ordered = [m for m in self.enum_cls if m in meant]
        return Sentence.of(
            AMBIGUOUS, value, one_of([self._word(m) for m in ordered]), self.choices()
        )


def enum_value(enum_cls: type[E], aliases: Mapping[str, E] | None = None) -> EnumParser:
    """A parser for cells holding a value of ``enum_cls`` (see ``EnumParser``)."""
    return EnumParser(enum_cls, aliases)


def tags(raw: str) -> tuple[str, ...]:
    """Tags separated by ``;`` or ``|``: trimmed, without repeats, sorted."""
    found = {t for part in re.split(r"[;|]", raw) if (t := text(part))}
    for tag in found:
        if len(tag) > 60:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", 'the tag "%1…" is longer than 60 characters'),
                    tag[:20],
                )
            )
    return tuple(sorted(found))


def email(raw: str) -> str | None:
    """An e-mail address (checked loosely: something@domain.tld, no spaces)."""
    value = text(raw)
    if value is not None and not _EMAIL.fullmatch(value):
        raise ValueError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not an e-mail address'), value)
        )
    return value


def country_code(raw: str) -> str | None:
    """An ISO country code (``nl`` → ``NL``), a three-letter one (``USA``) or a country's
    name: in English (``United States``, every country), or a common one in Chinese,
    Vietnamese or Dutch (``Việt Nam`` → VN, ``美国`` → US)."""
    value = text(raw)
    if value is None:
        return None
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    key = " ".join(value.casefold().split())
    code = COUNTRY_NAMES.get(key) or _country_names().get(key)
    if code is None:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", '"%1" is not a two-letter country code such as CN, VN or NL'
                ),
                value,
            )
        )
    return code


def currency(raw: str) -> str | None:
    """An ISO currency code (``eur`` → ``EUR``; ``RMB`` → ``CNY``)."""
    value = text(raw)
    if value is None:
        return None
    value = CURRENCY_ALIASES.get(value.upper(), value.upper())
    if len(value) != 3 or not value.isascii() or not value.isalpha():
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", '"%1" is not a three-letter currency code such as EUR'
                ),
                raw.strip(),
            )
        )
    return value


def record_id(raw: str) -> uuid.UUID | None:
    """A record's id as exported (a UUID)."""
    value = raw.strip()
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '"%1" is not an id written by an export'), value
            )
        ) from None


def _too_long(length: int, limit: int) -> Sentence:
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "the value is %1 characters long; at most %2 fit"),
        figure(length),
        figure(limit),
    )


def _not_a_number(raw: str) -> Sentence:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not a number'), raw.strip())
