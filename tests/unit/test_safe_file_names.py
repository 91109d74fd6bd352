"""File names made from codes and names are one file that Windows accepts."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.services.files import LONGEST_STEM, RESERVED_NAMES, safe_file_stem

WINDOWS_REFUSES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Noord/Oost: Zwolle", "Noord-Oost-Zwolle"),
        ("CN/01:*?", "CN-01"),
        ("广州 天河", "广州-天河"),  # every script stays
        ("Hà Nội", "Hà-Nội"),
        ("CON", "CON_"),
        ("lpt1.txt", "lpt1_.txt"),  # LPT1.txt is the printer as well
        (" ..", "fallback"),
        ("Q-2026-00042", "Q-2026-00042"),
    ],
)
def test_a_name_windows_refuses_becomes_one_it_accepts(text: str, stem: str) -> None:
    assert safe_file_stem(text, "fallback") == stem


@given(st.text(max_size=300))
def test_any_text_gives_a_name_any_system_accepts(text: str) -> None:
    stem = safe_file_stem(text, "fallback")
    assert stem and not WINDOWS_REFUSES.search(stem)
    assert len(stem) <= LONGEST_STEM + 1  # + the "_" after a device name
    assert stem == stem.strip(". ")
    assert stem.partition(".")[0].casefold() not in RESERVED_NAMES
    assert "/" not in stem and "\\" not in stem


def test_a_monthly_summary_of_a_territory_with_a_slash_is_one_file() -> None:
    from acct_desktop.reporting.monthly_summary_pdf import monthly_summary_file_name

    class Summary:
        month = date(2026, 10, 1)
        territory_code = "Noord/Oost: Zwolle"

    assert monthly_summary_file_name(Summary()) == "monthly-summary-2026-10-Noord-Oost-Zwolle.pdf"
