"""Public holidays of a country (and a region of it), from the ``holidays`` package.

Only the country's public holidays are taken (not school holidays, not optional ones).
Their names are in the user's language when the package has that language for the
country, else in English when it has English, else in the country's own language.

The package also knows a country's official working weekend days: a Saturday or Sunday
that is by law a working day, given in exchange for a weekday off next to a holiday —
China's 调休 (the Sunday before Golden Week), Vietnam's làm bù, Hungary's and Russia's
moved working Saturdays. It takes them from each year's government notice (China: the
State Council's, published in November for the next year), so a year whose notice is not
out yet, or a package older than the notice, has none.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

# Our language codes (gui.i18n.LANGUAGES) → the package's.
_PACKAGE_LANGUAGE = {"en": "en_US", "zh_CN": "zh_CN", "vi": "vi", "nl": "nl"}


class UnknownCountry(ValueError):
    """No public holidays are known for this country or region; says so in a sentence."""


@cache
def countries() -> dict[str, tuple[str, ...]]:
    """Every country whose public holidays are known (ISO 3166 code → its region codes)."""
    try:
        known = holidays.list_supported_countries(include_aliases=False)
    except TypeError:  # before 0.54 the list held no aliases (UK, NLD…)
        known = holidays.list_supported_countries()
    return {code: tuple(regions) for code, regions in sorted(known.items())}


@cache
def countries_with_holidays() -> tuple[str, ...]:
    """The countries to offer under *Public holidays of*: those of ``countries()`` that
    have public holidays at all. The package also lists places it knows to have none
    (Bouvet Island, Heard Island and McDonald Islands, the British Indian Ocean Territory:
    its ``NoHolidayBase``), which nobody plans around."""
    try:
        from holidays.no_holiday_base import NoHolidayBase
    except ImportError:  # an older package lists no such places
        return tuple(countries())
    return tuple(
        code
        for code in countries()
        if not isinstance(holidays.country_holidays(code), NoHolidayBase)
    )


def region_names(country: str) -> dict[str, str]:
    """A region code's name where the package gives one ("BY" → "Bayern")."""
    calendar = holidays.country_holidays(country)
    aliases = getattr(type(calendar), "subdivisions_aliases", {}) or {}
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return names


def check_country(country: str, region: str | None = None) -> tuple[str, str | None]:
    """``country`` and ``region`` as the package writes them ("nl" → "NL"); UnknownCountry
    for a country or region it does not know."""
    code = country.strip().upper()
    regions = countries().get(code)
    if regions is None:
        raise UnknownCountry(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No public holidays are known for the country %1: give its two-letter "
                    "code (NL, VN, CN…).",
                ),
                country.strip(),
            )
        )
    if not region:
        return code, None
    match = next((r for r in regions if r.upper() == region.strip().upper()), None)
    if match is None:
        raise UnknownCountry(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 has no region %2 (it has: %3)."),
                code,
                region.strip(),
                ", ".join(regions),
            )
        )
    return code, match


def holiday_names(
    country: str, region: str | None, first: date, last: date, language: str = "en"
) -> dict[date, str]:
    """Each public holiday from ``first`` to ``last`` and its name in ``language`` (our
    code: en, zh_CN, vi, nl) where the package has it. Two holidays on one day are named
    together ("Easter Monday; King's Day"). UnknownCountry for an unknown country."""
    code, subdivision = check_country(country, region)
    if last < first:
        return {}
    years = range(first.year, last.year + 1)
    calendar = holidays.country_holidays(
        code, subdiv=subdivision, years=years, language=_language_for(code, language)
    )
    return {
        day: "; ".join(calendar.get_list(day)) for day in sorted(calendar) if first <= day <= last
    }


def working_weekend_days(
    country: str, region: str | None, first: date, last: date
) -> tuple[date, ...]:
    """The country's official working weekend days from ``first`` to ``last``, in order
    (none for most countries). UnknownCountry for an unknown country."""
    code, subdivision = check_country(country, region)
    if last < first:
        return ()
    # A holiday early in January may be made up for on a weekend day late in December.
    found = set()
    for year in range(first.year, last.year + 2):
        found |= _weekend_workdays(code, subdivision, year)
    return tuple(sorted(day for day in found if first <= day <= last))


@cache
def _weekend_workdays(code: str, subdivision: str | None, year: int) -> frozenset[date]:
    """The weekend days made working days by the notices of ``year`` (the package keeps
    them next to the holidays they make up for: some lie in the year before)."""
    calendar = holidays.country_holidays(code, subdiv=subdivision, years=year)
    return frozenset(getattr(calendar, "weekend_workdays", ()))


def _language_for(country: str, language: str) -> str | None:
    """The package's language for ``country``'s names: the user's when it has it, else
    English, else None (the country's own)."""
    offered = getattr(type(holidays.country_holidays(country)), "supported_languages", ())
    for wanted in (_PACKAGE_LANGUAGE.get(language), "en_US"):
        if wanted in offered:
            return wanted
    return None
