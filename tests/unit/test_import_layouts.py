"""Import layouts: the columns a user chose, kept for the next file with the same headers."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportLayout, layout_key

HEADERS = ["Factuurdatum", "Debiteur", "Soort", "Aantal", "Omzet excl. btw", "Omzet incl. btw"]


def test_a_layout_is_known_by_its_headers_whatever_their_order_case_or_spacing() -> None:
    key = layout_key("sales", HEADERS)
    assert layout_key("sales", list(reversed(HEADERS))) == key
    assert layout_key("sales", [f"  {h.upper()} " for h in HEADERS]) == key
    assert layout_key("sales", [*HEADERS, ""]) == key  # an unnamed trailing column
    assert layout_key("sales", HEADERS[:-1]) != key  # one column fewer: another layout
    assert layout_key("sales", [*HEADERS, "Valuta"]) != key
    assert layout_key("accounts", HEADERS) != key


def test_unicode_forms_of_one_header_are_one_layout() -> None:
    composed = ["Ngày", "Mã khách hàng", "Loại", "Số lượng"]
    decomposed = [unicodedata.normalize("NFD", h) for h in composed]
    assert decomposed != composed
    assert layout_key("sales", decomposed) == layout_key("sales", composed)


def test_the_kept_choices_name_this_files_headers() -> None:
    layout = ImportLayout(
        mapping={"period": "Factuurdatum", "amount": "Omzet incl. btw", "sku": "", "x": "Gone"},
        saved_on=date(2026, 10, 31),
    )
    shown = ["FACTUURDATUM", "omzet incl. btw", "Omzet excl. btw"]
    assert layout.mapping_for(shown) == {
        "period": "FACTUURDATUM",
        "amount": "omzet incl. btw",
        "sku": "",  # left out on purpose, still left out
    }  # "x": its header is not in this file, so the guess stands


def test_a_layout_survives_its_text() -> None:
    layout = ImportLayout(
        mapping={"period": "Factuurdatum", "measure": "Soort", "sku": ""},
        saved_on=date(2026, 10, 31),
        measure_words={"Verkoop": Measure.SELL_IN, "ZF9": None, "出库 ": Measure.OUTBOUND},
        default="stock",
    )
    assert ImportLayout.from_text(layout.to_text()) == layout
    assert "出库" in layout.to_text()  # readable in the settings file


def test_text_that_is_not_a_layout_is_none() -> None:
    good = ImportLayout(mapping={"period": "Datum"}, saved_on=date(2026, 10, 31)).to_text()
    for text in (
        None,
        "",
        "{",
        "[]",
        '"text"',
        good.replace('"version": 1', '"version": 2'),
        good.replace('"Datum"', "3"),
        good.replace('"2026-10-31"', '"31-10-2026"'),
        good.replace('"measure_words": {}', '"measure_words": {"Verkoop": "returns"}'),
        good.replace('"measure_words": {}', '"measure_words": []'),
        good.replace(', "saved_on": "2026-10-31"', ""),
        good.replace('"default": null', '"default": 3'),
    ):
        assert ImportLayout.from_text(text) is None, text


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(
    mapping=st.dictionaries(texts, texts, max_size=8),
    words=st.dictionaries(texts, st.none() | st.sampled_from(list(Measure)), max_size=8),
    default=st.none() | texts,
    saved_on=st.dates(),
)
def test_any_layout_survives_its_text(
    mapping: dict[str, str], words: dict[str, Measure | None], default: str | None, saved_on: date
) -> None:
    layout = ImportLayout(mapping, saved_on, words, default)
    assert ImportLayout.from_text(layout.to_text()) == layout
