"""An account's address written the way its document's language writes one.

Chinese (and Japanese) go from large to small with no commas — city, district, street,
then the postcode: ``广州白云区天河路263号 510405``; Vietnamese goes from small to large
with the postcode after the city (``Số 12 Nguyễn Trãi, Phường Đại Phúc, Bắc Ninh 220000``);
Dutch and English put it before the city (``Keizersgracht 12, Centrum, 1015 CX Amsterdam``).
An address in a country that writes it its own way is written that way whatever the
document's language: the US, Canada and Australia put the city, then the state (a state
code in the district field: ``CA``, ``ON``, ``NSW``) and the postcode last
(``317 Fairchild Dr, Fairfield, CA 94535``; ``Sydney NSW 2000``); the UK writes the town,
then the postcode (``1 High St, London, SW1A 1AA``); the Netherlands, Germany, France,
Belgium and their neighbours put the postcode before the city (``10115 Berlin``).
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


# countries whose addresses put the city before the state and the postcode, with a comma
# after the city (US, Canada) or none (Australia); the UK: the town, then the postcode
_CITY_STATE_POSTCODE = {"US": ", ", "CA": ", ", "AU": " "}
_TOWN_THEN_POSTCODE = {"GB", "UK", "IE"}
# countries writing the postcode before the city, whatever the document's language
_POSTCODE_CITY = {"NL", "DE", "FR", "BE", "LU", "AT", "CH", "DK", "NO", "SE", "ES", "IT"}


def _state(district: str) -> bool:
    """A state or province code (CA, ON, NSW), written after the city, not on its own."""
    return (
        2 <= len(district) <= 3
        and district.isascii()
        and district.isalpha()
        and (district.isupper())
    )


def _by_country(
    code: str, street: str, district: str, postcode: str, city: str, country: str | None
) -> tuple[str, ...] | None:
    """The lines as the address's own country writes them; None for a country without a
    convention here (the document's language decides)."""
    if code in _CITY_STATE_POSTCODE:
        state = district if _state(district) else ""
        if state:
            district = ""
        tail = " ".join(part for part in (state, postcode) if part)
        between = _CITY_STATE_POSTCODE[code] if state else " "  # "Fairfield 94535"
        town = between.join(part for part in (city, tail) if part)
        return tuple(part for part in (street, district, town, country or "") if part)
    if code in _TOWN_THEN_POSTCODE:
        return tuple(part for part in (street, district, city, postcode, country or "") if part)
    if code in _POSTCODE_CITY:
        town = " ".join(part for part in (postcode, city) if part)
        return tuple(part for part in (street, district, town, country or "") if part)
    return None


def address_lines(
    language: str,
    street: str | None,
    district: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None = None,
    *,
    country_code: str | None = None,
) -> tuple[str, ...]:
    """The address as lines (a letter's window, the quote's customer block): in the order
    of the address's country (``country_code``) where it has one here, else of the
    document's ``language``."""
    street, district = (street or "").strip(), (district or "").strip()
    postcode, city = (postcode or "").strip(), (city or "").strip()
    if district and district in street:
        district = ""
    code = (country_code or "").strip().upper()
    if (lines := _by_country(code, street, district, postcode, city, country)) is not None:
        return lines
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
    *,
    country_code: str | None = None,
) -> str:
    """The address on one line: ``广州白云区天河路263号 510405``,
    ``Keizersgracht 12, Centrum, 1015 CX Amsterdam``, ``317 Fairchild Dr, Fairfield, CA 94535``."""
    lines = address_lines(language, street, district, postcode, city, country_code=country_code)
    western = (country_code or "").strip().upper() in (
        _CITY_STATE_POSTCODE.keys() | _TOWN_THEN_POSTCODE | _POSTCODE_CITY
    )
    return (" " if _large_to_small(language) and not western else ", ").join(lines)


def with_detail(language: str, text: str, detail: str | None) -> str:
    """``text (detail)`` — a person and their title — with the language's brackets:
    ``马磊（董事长）`` in Chinese."""
    if not detail:
        return text
    if _large_to_small(language):
        return f"{text}（{detail}）"
    return f"{text} ({detail})"
