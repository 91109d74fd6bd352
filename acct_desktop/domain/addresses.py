"""An account's address written the way its document's language writes one.

Chinese (and Japanese) go from large to small with no commas — city, district, street,
then the postcode: ``广州白云区天河路263号 510405``; Vietnamese goes from small to large
with the postcode after the city (``Số 12 Nguyễn Trãi, Phường Đại Phúc, Bắc Ninh 220000``);
Dutch and English put it before the city (``Keizersgracht 12, Centrum, 1015 CX Amsterdam``).
A district (or city) the street already names is not written twice. The one place an
address is put together: the checklist, quote and visit sheet PDFs, the calendar export
and the profile card's header.

The last line of a customer's address on a quote or an order is the country's name in the
document's language (中国, Trung Quốc, China, Nederland), never its ISO code, and nothing
for a customer at home — in the document language's own country — as a Chinese (Dutch,
Vietnamese) business letter to a customer in that country carries none."""

from __future__ import annotations

LARGE_TO_SMALL = ("zh", "ja")


def _large_to_small(language: str) -> bool:
    return language.replace("-", "_").split("_")[0].lower() in LARGE_TO_SMALL


# a document language's own country: a customer there is written to without one
_HOME = {"zh": "CN", "vi": "VN", "nl": "NL"}
_COUNTRY_WORDS = {  # code: (English, Chinese, Vietnamese, Dutch)
    "CN": ("China", "中国", "Trung Quốc", "China"),
    "HK": ("Hong Kong, China", "中国香港", "Hồng Kông (Trung Quốc)", "Hongkong (China)"),
    "TW": ("Taiwan, China", "中国台湾", "Đài Loan (Trung Quốc)", "Taiwan (China)"),
    "VN": ("Vietnam", "越南", "Việt Nam", "Vietnam"),
    "NL": ("Netherlands", "荷兰", "Hà Lan", "Nederland"),
    "BE": ("Belgium", "比利时", "Bỉ", "België"),
    "DE": ("Germany", "德国", "Đức", "Duitsland"),
    "FR": ("France", "法国", "Pháp", "Frankrijk"),
    "GB": ("United Kingdom", "英国", "Vương quốc Anh", "Verenigd Koninkrijk"),
    "US": ("United States", "美国", "Hoa Kỳ", "Verenigde Staten"),
    "SG": ("Singapore", "新加坡", "Singapore", "Singapore"),
    "TH": ("Thailand", "泰国", "Thái Lan", "Thailand"),
    "MY": ("Malaysia", "马来西亚", "Malaysia", "Maleisië"),
    "ID": ("Indonesia", "印度尼西亚", "Indonesia", "Indonesië"),
    "JP": ("Japan", "日本", "Nhật Bản", "Japan"),
    "KR": ("South Korea", "韩国", "Hàn Quốc", "Zuid-Korea"),
}
_WORD_COLUMN = {"en": 0, "zh": 1, "vi": 2, "nl": 3}


def country_line(country_code: str | None, language: str) -> str | None:
    """The country as the address's last line in ``language``: its name (中国, Trung Quốc,
    China, Nederland), None for a customer in the language's own country (domestic) or
    without a country; a country without a name here keeps its code."""
    code = (country_code or "").strip().upper()
    base = language.replace("-", "_").split("_")[0].lower()
    if not code or _HOME.get(base) == code:
        return None
    words = _COUNTRY_WORDS.get(code)
    return words[_WORD_COLUMN.get(base, 0)] if words else code


def address_lines(
    language: str,
    street: str | None,
    district: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None = None,
) -> tuple[str, ...]:
    """The address as lines (a letter's window, the quote's customer block)."""
    street, district = (street or "").strip(), (district or "").strip()
    postcode, city = (postcode or "").strip(), (city or "").strip()
    if district and district in street:
        district = ""
    if _large_to_small(language):
        if city and city in street:
            city = ""
        place = f"{city}{district}{street}"
        return tuple(part for part in (place, postcode, country or "") if part)
    if language.lower().startswith("vi"):
        town = " ".join(part for part in (city, postcode) if part)
    else:
        town = " ".join(part for part in (postcode, city) if part)
    return tuple(part for part in (street, district, town, country or "") if part)


def address_line(
    language: str,
    street: str | None,
    district: str | None,
    postcode: str | None,
    city: str | None,
) -> str:
    """The address on one line: ``广州白云区天河路263号 510405``,
    ``Keizersgracht 12, Centrum, 1015 CX Amsterdam``."""
    lines = address_lines(language, street, district, postcode, city)
    return (" " if _large_to_small(language) else ", ").join(lines)


def with_detail(language: str, text: str, detail: str | None) -> str:
    """``text (detail)`` — a person and their title — with the language's brackets:
    ``马磊（董事长）`` in Chinese."""
    if not detail:
        return text
    if _large_to_small(language):
        return f"{text}（{detail}）"
    return f"{text} ({detail})"
