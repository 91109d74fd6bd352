"""An account's address written the way its document's language writes one.

Chinese (and Japanese) go from large to small with no commas — city, district, street,
then the postcode: ``广州白云区天河路263号 510405``; Vietnamese goes from small to large
with the postcode after the city (``Số 12 Nguyễn Trãi, Phường Đại Phúc, Bắc Ninh 220000``);
Dutch and English put it before the city (``Keizersgracht 12, Centrum, 1015 CX Amsterdam``).
A district (or city) the street already names is not written twice. The one place an
address is put together: the checklist, quote and visit sheet PDFs, the calendar export
and the profile card's header."""

from __future__ import annotations

LARGE_TO_SMALL = ("zh", "ja")


def _large_to_small(language: str) -> bool:
    return language.replace("-", "_").split("_")[0].lower() in LARGE_TO_SMALL


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
