"""An amount of money written with its currency: ``80000元``, ``80.000 ₫``, ``€ 1.234,50``,
``1,234.50 EUR``, ``¥80,000``, ``8万元``, ``(€ 12,50)``.

ERP exports and hand-kept sheets copy amounts with their unit, before or after the number.
``split_unit`` takes the unit off (``Unit``: as written, and the currencies it may stand
for) and leaves the number to be read as every amount is (``values.parse_decimal``: the
decimal mark the column's cells of the same currency show — a list of yuan and dong
amounts writes 16,000.00 and 80.000 —, 万 and 亿, a minus after the number or brackets;
``sales_values.scaled_numbers``). The sales import
then holds each row's unit against the row's currency — its currency cell, else its
account's currency (``unit_problem``): a unit that may stand for it is only a unit and goes;
one that cannot is refused on the row's line, naming both currencies. An amount is never
converted, and never booked in a currency it was not written in.

Units: the signs € ₫ ¥ ￥ $ £ 円 and 元, the words 人民币, RMB, đ, VNĐ, đồng and euro, and
the ISO 4217 codes (``EUR``, ``vnd``), in any case, with or without a space. ``¥`` is the
yuan or the yen, ``$`` any of the dollars below; ``US$``, ``HK$``, ``S$`` and ``NT$`` one.
A quantity, a price or a percentage still refuses a currency sign (``values``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from acct_desktop.domain.kind_words import one_of
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, bracketed
from acct_desktop.services.tabular import CellNumber

DOLLARS = ("USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD")
# a unit as written (case folded) → the currencies it may stand for, the likeliest first
SPELLINGS: dict[str, tuple[str, ...]] = {
    "€": ("EUR",),
    "euro": ("EUR",),
    "euros": ("EUR",),
    "₫": ("VND",),
    "đ": ("VND",),
    "vnđ": ("VND",),
    "đồng": ("VND",),
    "元": ("CNY",),
    "人民币": ("CNY",),
    "rmb": ("CNY",),
    "¥": ("CNY", "JPY"),  # ￥ (full width, as Chinese type it) is ¥ once folded (NFKC)
    "円": ("JPY",),
    "$": DOLLARS,
    "us$": ("USD",),
    "hk$": ("HKD",),
    "s$": ("SGD",),
    "nt$": ("TWD",),
    "£": ("GBP",),
}
# ISO 4217 codes in use: three letters that are a currency, not a unit of quantity
ISO_CODES = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD
    BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB
    EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
    MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK
    PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN
    SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST
    XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()  # noqa: SIM905
)
_LONGEST_FIRST = sorted(SPELLINGS, key=len, reverse=True)
_SIGNED = frozenset(code for codes in SPELLINGS.values() for code in codes)
_TAIL = max(map(len, SPELLINGS)) + 1  # where a unit at the end can start
_MAYBE_UNIT = re.compile(r"[^\d\s.,+\-()'’\u00a0\u202f万萬亿億]")  # a cell with none is a number


@dataclass(frozen=True, slots=True)
class Unit:
    """A currency written next to an amount: as written (``₫``, ``EUR``, ``¥``) and the ISO
    codes it may stand for, the likeliest first."""

    written: str
    currencies: tuple[str, ...]

    def allows(self, currency: str | None) -> bool:
        """Whether the unit may stand for ``currency`` (an ISO code)."""
        return currency is not None and currency.upper() in self.currencies

    def words(self) -> str:
        """The unit for a sentence: ``EUR``, ``₫ (VND)``, ``¥ (CNY or JPY)``."""
        if self.currencies == (self.written.upper(),):
            return self.written.upper()
        return bracketed(self.written, one_of(list(self.currencies)))


def split_unit(raw: str) -> tuple[str, Unit | None]:
    """``raw`` without the currency written before or after its number, and that unit;
    ``(raw, None)`` when it has none (or is nothing but a unit), for the number parser to
    read or refuse as it is. Raises ``ValueError`` for two units naming different
    currencies (``€ 12 USD``) or a unit written twice over (``80000元元``)."""
    if isinstance(raw, CellNumber):
        return raw, None
    value = raw.strip()
    if not value or not _MAYBE_UNIT.search(value):
        return raw, None
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value).strip()  # ￥ ＥＵＲ １２３
    lead = trail = ""
    body = value
    if body[0] in "+-(":  # -€ 12,50 · (€ 12,50)
        lead, body = body[0], body[1:].lstrip()
    if lead == "(" and body.endswith(")"):
        trail, body = ")", body[:-1].rstrip()
    elif not lead and body.endswith("-"):  # 12,50 €- (the minus after, as SAP writes it)
        trail, body = "-", body[:-1].rstrip()
    front, body = _unit_first(body)
    back, body = _unit_last(body)
    if front is None and back is None:
        return raw, None
    if not any(map(str.isdigit, body)):
        return raw, None  # "€" alone is not an amount
    if _unit_first(body)[0] is not None or _unit_last(body)[0] is not None:
        raise ValueError(Sentence.of(_NOT_A_NUMBER, value))  # 80000元元, €€12
    if front is not None and back is not None:
        both = tuple(c for c in front.currencies if c in back.currencies)
        if not both:
            raise ValueError(Sentence.of(_TWO_CURRENCIES, value, front.words(), back.words()))
        unit = Unit(front.written, both)
    else:
        unit = front or back
    return lead + body + trail, unit


_NOT_A_NUMBER = QT_TRANSLATE_NOOP("messages", '"%1" is not a number')
_TWO_CURRENCIES = QT_TRANSLATE_NOOP(
    "messages", '"%1" names two currencies, %2 and %3; write the amount in one of them'
)


def _unit_first(text: str) -> tuple[Unit | None, str]:
    if not text or text[0].isdigit():
        return None, text
    return _unit(_FIRST.match(text), text)


def _unit_last(text: str) -> tuple[Unit | None, str]:
    if not text or text[-1].isdigit():
        return None, text
    return _unit(_LAST.search(text, max(0, len(text) - _TAIL)), text)


def _unit(match: re.Match[str] | None, text: str) -> tuple[Unit | None, str]:
    """The unit ``match`` found at the start or the end of ``text``, and the rest."""
    if match is None:
        return None, text
    rest = (text[: match.start()] + text[match.end() :]).strip()
    if (sign := match.group("sign")) is not None:
        return Unit(sign, SPELLINGS[sign.casefold()]), rest
    code = match.group("code")
    return (Unit(code, (code.upper(),)), rest) if _is_code(code) else (None, text)


# A spelling ending (or starting) with a Latin letter does not run on into another
# (``euros`` is not ``euro`` and ``s``, ``Dđ`` no ``đ``); Chinese characters are words of
# their own (``8万元`` is 8万 and 元). Latin: ASCII, Latin-1, Extended-A/B, Vietnamese.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"


def _units_at(start: bool) -> re.Pattern[str]:
    signs = []
    for spelling in _LONGEST_FIRST:
        text = re.escape(spelling)
        if _latin(spelling[-1] if start else spelling[0]):
            text = f"{text}(?![{_LATIN}])" if start else f"(?<![{_LATIN}]){text}"
        signs.append(text)
    code = f"[A-Za-z]{{3}}(?![{_LATIN}])" if start else f"(?<![{_LATIN}])[A-Za-z]{{3}}"
    found = f"(?P<sign>{'|'.join(signs)})|(?P<code>{code})"
    return re.compile(f"(?:{found})" if start else f"(?:{found})$", re.IGNORECASE)


def _latin(character: str) -> bool:
    return character.isalpha() and unicodedata.name(character, "").startswith("LATIN")


def _is_code(letters: str) -> bool:
    """An ISO 4217 code: in capitals (``THB``), or in any case one of the currencies the
    signs above stand for (``eur``, ``Vnd``) — ``12 top`` or ``5 all`` are no money."""
    code = letters.upper()
    return code in ISO_CODES and (letters.isupper() or code in _SIGNED)


_FIRST = _units_at(start=True)
_LAST = _units_at(start=False)

FROM_ACCOUNT = QT_TRANSLATE_NOOP(
    "messages",
    "the amount is written in %1, but the row's account is in %2; amounts are not "
    "converted: write the amount in %2, or give the row its own currency in a currency "
    "column",
)
FROM_COLUMN = QT_TRANSLATE_NOOP(
    "messages",
    "the amount is written in %1, but the row's currency column says %2; amounts are not converted",
)


def unit_problem(unit: Unit, currency: str, from_column: bool) -> Sentence:
    """The refusal of an amount written in ``unit`` on a row in ``currency`` (its currency
    cell's when ``from_column``, else its account's)."""
    return Sentence.of(FROM_COLUMN if from_column else FROM_ACCOUNT, unit.words(), currency)


def quoting_cell(error: str, bare: str, cell: str) -> str:
    """A number parser's refusal of ``bare`` (``cell`` without its unit) quoting ``cell``
    as the file writes it: ``"€ 1.234,567" has more than 2 decimals``."""
    if isinstance(error, Sentence) and error.args and error.args[0] == bare.strip():
        return Sentence.of(error.template, cell.strip(), *error.args[1:])
    return error
