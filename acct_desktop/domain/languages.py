"""Which language a customer's documents are printed in."""

from __future__ import annotations

DOCUMENT_LANGUAGES = ("en", "zh_CN", "vi", "nl")
_BY_COUNTRY = {"CN": "zh_CN", "TW": "zh_CN", "HK": "zh_CN", "VN": "vi", "NL": "nl", "BE": "nl"}


def document_language(explicit: str | None, country_code: str | None) -> str:
    """The account's chosen document language, else its country's, else English."""
    if explicit in DOCUMENT_LANGUAGES:
        return explicit
    return _BY_COUNTRY.get((country_code or "").upper(), "en")
