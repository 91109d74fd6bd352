"""A header's core words, for recognising the headers ERPs actually write.

An exact header (``Klantnummer``, ``Amount``) is looked up first. What ERPs export is often
the same name abbreviated or qualified: ``Artikelnr.``, ``Debiteur``, ``Omzet excl. btw``,
``Customer #``, ``Net amount (EUR)``, ``含税金额``, ``金额（元）``. ``core_key`` strips such
decorations from a header and from every synonym alike, so these meet the synonym they
stand for: units in brackets, tax and total qualifiers, and the "number/code" ending of an
identifier (``Artikelnr.`` and ``artikelnummer`` both become ``artikel``).
"""

from __future__ import annotations

import re
import unicodedata

from acct_desktop.services.imports.money_units import ISO_CODES

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[^\W_]+")
# words that qualify a figure or an identifier without naming another one
_QUALIFIERS = frozenset(
    {
        "excl", "incl", "excluding", "including", "exclusive", "inclusive", "ex", "exc",
        "inc", "exclusief", "inclusief", "vat", "btw", "tax", "gst", "total", "totaal",
        "net", "netto", "trước", "sau", "thuế", "tổng", "of", "in", "the", "van", "de",
        "het",
    }
)  # fmt: skip
# a whole word that only says "this is an identifier" (``Customer No``, ``Item #``)
_ID_WORDS = frozenset({"no", "nr", "num", "number", "nummer", "code", "id", "nº", "mã"})
# the same at the end of a compound (``artikelnr``, ``klantcode``, ``客户编码``)
_ID_SUFFIXES = ("nummer", "number", "code", "nr", "编码", "编号", "代码", "号")
# a calendar period (``Week``, ``Fiscal year``, ``Maand``, ``Tuần``, ``周``): numbered, no figure
_PERIOD_WORDS = frozenset(
    {"week", "wk", "month", "year", "quarter", "period", "day", "weeknummer", "maand",
     "jaar", "kwartaal", "periode", "dag", "tuần", "tháng", "năm", "quý", "ngày", "kỳ"}
)  # fmt: skip
_PERIOD_CJK = ("周", "月", "年", "年度", "季度", "期间", "日", "天")
_CJK_QUALIFIERS = ("不含税", "未税", "含税", "合计", "总")
# a currency closing a header: an ISO code in capitals (checked against ``ISO_CODES``) or a
# sign, after a space, "-" or "/" (``Value USD``, ``Omzet €``)
_CURRENCY_END = re.compile(r"[\s/\-–]+(?P<unit>[A-Z]{3}|[€$£¥₫])\s*$")


def core_key(header: str) -> str:
    """``header`` without its qualifiers, currency and identifier ending, lower case, no
    spaces (``"Omzet excl. btw"`` → ``"omzet"``, ``"Artikelnr."`` → ``"artikel"``,
    ``"Value USD"`` → ``"value"``); ``""`` when nothing is left."""
    text = _without_currency(unicodedata.normalize("NFKC", header))
    text = _BRACKETED.sub(" ", text.casefold())
    for qualifier in _CJK_QUALIFIERS:
        text = text.replace(qualifier, " ")
    words = [w for w in _WORD.findall(text) if w not in _QUALIFIERS]
    while len(words) > 1 and words[-1] in _ID_WORDS:
        words.pop()
    if words and words[0] in _ID_WORDS and len(words) > 1:
        words.pop(0)  # Vietnamese puts it first: "mã khách hàng"
    key = "".join(words)
    for suffix in _ID_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def _without_currency(header: str) -> str:
    """``header`` without the currency it ends in, as ERPs qualify an amount's header
    (``Value USD``, ``Net Value - EUR``, ``Omzet €``, ``Doanh số VND``): an ISO code in
    capitals, or a currency sign, after at least one other word."""
    found = _CURRENCY_END.search(header)
    if found is None or not _WORD.search(header[: found.start()]):
        return header
    unit = found.group("unit")
    if unit.isalpha() and unit.isascii() and unit not in ISO_CODES:
        return header
    return header[: found.start()]


def names_identifier(header: str) -> bool:
    """Whether ``header`` names an identifier or a calendar period rather than a figure
    (``Invoice No``, ``Order #``, ``Belegnummer``, ``单号``, ``Mã đơn``, ``Week``, ``周``):
    its numbers are no amounts."""
    text = unicodedata.normalize("NFKC", header).casefold()
    if text.rstrip().endswith("#"):
        return True
    words = _WORD.findall(_BRACKETED.sub(" ", text))
    if not words:
        return False
    if words[-1] in _ID_WORDS or words[0] == "mã":  # Vietnamese puts it first
        return True
    if words[-1] in _PERIOD_WORDS or words[0] in _PERIOD_WORDS:  # "Week", "Tuần lễ"
        return True
    key = "".join(words)
    if any(key == word or key.endswith(word) for word in _PERIOD_CJK):  # 周, 会计年度
        return True
    return any(key.endswith(suffix) for suffix in _ID_SUFFIXES)
