"""Which language a customer's documents are printed in, and reading a language tag."""

from __future__ import annotations

DOCUMENT_LANGUAGES = ("en", "zh_CN", "vi", "nl")
DEFAULT_LANGUAGE = "en"
_ALIASES = {
    "en": "en",
    "zh": "zh_CN",
    "zh_cn": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "vi": "vi",
    "vi_vn": "vi",
    "nl": "nl",
    "nl_nl": "nl",
    "nl_be": "nl",
}
_BY_COUNTRY = {"CN": "zh_CN", "TW": "zh_CN", "HK": "zh_CN", "VN": "vi", "NL": "nl", "BE": "nl"}


# A currency only one of our languages' countries uses: a Chinese ERP export rarely has a
# country column, but every account in it is in CNY
_BY_CURRENCY = {"CNY": "zh_CN", "VND": "vi"}


def document_language(
    explicit: str | None, country_code: str | None, currency: str | None = None
) -> str:
    """The account's chosen document language, else its country's, else its currency's
    (CNY: Chinese, VND: Vietnamese — euros say nothing of the language), else English."""
    if explicit in DOCUMENT_LANGUAGES:
        return explicit
    if country_code:
        return _BY_COUNTRY.get(country_code.upper(), "en")
    return _BY_CURRENCY.get((currency or "").upper(), "en")


def normalise_language(language: str | None) -> str:
    """One of ``DOCUMENT_LANGUAGES`` for a language tag (``zh-CN``, ``vi_VN``, ``nl-BE`` …);
    else ``en``."""
    key = (language or "").strip().replace("-", "_").lower()
    return _ALIASES.get(key, DEFAULT_LANGUAGE)
