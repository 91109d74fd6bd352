"""Import layouts: the columns a user chose, kept for the next file with the same headers."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportLayout, kept_header_row, layout_key

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
        good.replace('"header_row": null', '"header_row": 0'),
        good.replace('"header_row": null', '"header_row": "3"'),
        good.replace('"header_row": null', '"header_row": 2.5'),
        good.replace('"header_row": null', '"header_row": true'),
    ):
        assert ImportLayout.from_text(text) is None, text


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(
    mapping=st.dictionaries(texts, texts, max_size=8),
    words=st.dictionaries(texts, st.none() | st.sampled_from(list(Measure)), max_size=8),
    default=st.none() | texts,
    saved_on=st.dates(),
    header_row=st.none() | st.integers(min_value=1, max_value=10**6),
)
def test_any_layout_survives_its_text(
    mapping: dict[str, str],
    words: dict[str, Measure | None],
    default: str | None,
    saved_on: date,
    header_row: int | None,
) -> None:
    layout = ImportLayout(mapping, saved_on, words, default, header_row)
    assert ImportLayout.from_text(layout.to_text()) == layout


# -- the row of column names, kept with the choices ------------------------------------------


def test_a_layout_keeps_the_line_of_its_headers_and_one_kept_before_it_still_reads() -> None:
    layout = ImportLayout(mapping={"date": "Fact.dat"}, saved_on=date(2026, 10, 31), header_row=3)
    assert ImportLayout.from_text(layout.to_text()) == layout
    assert '"header_row": 3' in layout.to_text()
    # kept by the version before this one: no "header_row" at all — a layout without it
    older = layout.to_text().replace(', "header_row": 3', "")
    assert "header_row" not in older
    assert ImportLayout.from_text(older) == ImportLayout(
        mapping={"date": "Fact.dat"}, saved_on=date(2026, 10, 31)
    )


TITLE = ("Verkoopanalyse november 2026",)
GROUPS = ("Klant", "", "Artikel", "", "Bedragen", "")  # names of fields: found as the header
NAMES = ("Fact.dat", "Deb.nr", "Art.nr", "Mutatie", "St.", "Netto")  # ERP abbreviations
DATA = ("01-11-2026", "NL-S1", "PEO-1L", "Verkoop", "5", "500,00")


def keeper(**kept: tuple[Sequence[str], int | None]):  # type: ignore[no-untyped-def]
    """The settings as a lookup: a layout for each entity's headers (and its line)."""
    layouts = {
        layout_key(entity, headers): ImportLayout({}, date(2026, 10, 31), header_row=line)
        for entity, (headers, line) in kept.items()
    }
    return layouts.get


def test_the_row_with_a_kept_layouts_headers_is_the_header_when_another_was_found() -> None:
    rows = [(1, TITLE), (2, GROUPS), (3, NAMES), (4, DATA)]
    kept = keeper(sales=(NAMES, 3))
    assert kept_header_row(["sales"], 2, rows, kept) == ("sales", 3)
    # a title line more this month: the headers moved down, and are found there
    moved = [(1, TITLE), (2, ("Filiaal Utrecht",)), (3, GROUPS), (4, NAMES), (5, DATA)]
    assert kept_header_row(["sales"], 3, moved, kept) == ("sales", 4)
    # opened without a kind (a file dropped on the window, guessed as accounts from the
    # group names): any kind's layout, the kind guessed first
    assert kept_header_row(["accounts", "contacts", "sales"], 2, rows, kept) == ("sales", 3)
    assert kept_header_row(["accounts"], 2, rows, kept) is None  # a kind named: only its


def test_the_row_found_stands_when_it_is_a_kept_layouts_or_no_row_is() -> None:
    rows = [(1, TITLE), (2, GROUPS), (3, NAMES), (4, DATA)]
    assert kept_header_row(["sales"], 2, rows, keeper()) is None  # nothing kept
    assert kept_header_row(["sales"], 2, rows, keeper(sales=(GROUPS, 2))) is None
    both = keeper(sales=(GROUPS, 2), accounts=(NAMES, 3))
    assert kept_header_row(["sales", "accounts"], 2, rows, both) is None
    # the file differs: other abbreviations, one column more — the detection decides
    other = [(1, TITLE), (2, GROUPS), (3, (*NAMES, "Btw")), (4, (*DATA, "21"))]
    assert kept_header_row(["sales"], 2, other, keeper(sales=(NAMES, 3))) is None


def test_of_two_rows_with_kept_headers_the_one_on_its_kept_line_wins() -> None:
    rows = [(1, TITLE), (2, GROUPS), (3, NAMES), (4, ("Datum", "Klant")), (5, DATA)]
    layouts = {
        layout_key("sales", NAMES): ImportLayout({}, date(2026, 10, 1), header_row=5),
        layout_key("sales", ("Datum", "Klant")): ImportLayout({}, date(2026, 9, 1), header_row=4),
    }
    assert kept_header_row(["sales"], 2, rows, layouts.get) == ("sales", 4)
    layouts[layout_key("sales", ("Datum", "Klant"))] = ImportLayout({}, date(2026, 9, 1))
    assert kept_header_row(["sales"], 2, rows, layouts.get) == ("sales", 3)  # else the first


def test_the_last_row_of_a_short_file_is_never_taken_as_the_header() -> None:
    """QA s23: csvkit's test_extra_header.csv ("a,b,c,d" then "1,2,3"), after a file headed
    "1,2,3" was imported, opened with row 2 as the header and "imported" 0 accounts, where
    the command line reads row 1 and refuses the short row."""
    rows = [(1, ("a", "b", "c", "d")), (2, ("1", "2", "3"))]
    assert kept_header_row(["accounts"], 1, rows, keeper(accounts=(("1", "2", "3"), 1))) is None
    more = [*rows, (3, ("4", "5", "6"))]
    kept = keeper(accounts=(("1", "2", "3"), 1))
    assert kept_header_row(["accounts"], 1, more, kept) == ("accounts", 2)
