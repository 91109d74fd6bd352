"""No word in a table — a column head or a cell — is broken inside, in any of the four
languages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_tables import PAD, grid, list_style, longest_word, words_fit
from acct_desktop.reporting.pdf_text import TABLE_SPECS, ParagraphMaker

FONT = register_unicode_font()
P = ParagraphMaker(FONT, TABLE_SPECS, "test")


def test_a_dutch_head_too_wide_for_its_column_takes_room_from_the_widest():
    heads = [P.p(h, "head") for h in ("Klant", "Meetwaarde", "Actie", "Uiterste datum")]
    widths = [34 * mm, 16 * mm, 80 * mm, 25 * mm]
    table = grid(widths, [heads, [P.p("x")] * 4], list_style(2))
    fitted = table._colWidths
    assert sum(fitted) == sum(widths)
    word = stringWidth("Meetwaarde", FONT, 7.5)
    assert fitted[1] >= word + 2 * PAD > widths[1]
    assert fitted[2] < widths[2]
    assert fitted[0] == widths[0] and fitted[3] == widths[3]  # "Uiterste" fits already


def test_a_dutch_status_in_a_cell_is_not_split_and_a_cell_of_paragraphs_counts_each():
    """The monthly summary's issues printed "In behandel" / "ing" and "Verpakkingsver" /
    "sie": cells below the heads need their longest word too."""
    heads = [P.p(h, "head") for h in ("Nr.", "Klant", "Categorie", "Omschrijving", "Status")]
    rows = [
        heads,
        [P.p("IS-1"), P.p("Wegwijs"), P.p("Verpakkingsversie"), P.p("x"), P.p("In behandeling")],
        [
            P.p("IS-2"),
            P.p("Autopunt"),
            P.p("Levering"),
            [P.p("x"), P.p("Onderhoudsmonteur")],
            P.p("Open"),
        ],
    ]
    widths = [25 * mm, 34 * mm, 22 * mm, 70 * mm, 17 * mm]
    table = grid(widths, rows, list_style(3))
    fitted = table._colWidths
    assert fitted[2] >= stringWidth("Verpakkingsversie", FONT, 8) + 2 * PAD
    assert fitted[4] >= stringWidth("behandeling", FONT, 8) + 2 * PAD
    assert fitted[3] >= stringWidth("Onderhoudsmonteur", FONT, 8) + 2 * PAD
    assert abs(sum(fitted) - sum(widths)) < 1e-6


def test_chinese_heads_and_plain_cells_need_no_room():
    assert longest_word(P.p("完成期限完成期限完成期限", "head")) == 0
    assert longest_word("Meetwaarde") == 0  # a plain string is not wrapped at all


def test_a_donor_never_gives_below_its_own_longest_word():
    heads = [P.p("Verantwoordelijke"), P.p("Uitleveringsvoorspelling")]
    fitted = words_fit([20 * mm, 40 * mm], [heads], 2 * PAD)
    assert fitted[1] >= longest_word(heads[1]) + 2 * PAD


@given(
    st.lists(st.sampled_from(["Meetwaarde", "Vermoedelijke oorzaak", "Chỉ tiêu", "Deadline",
                              "Uiterste datum", "Klant", "指标", "Thời hạn"]),
             min_size=2, max_size=7),
    st.data(),
)  # fmt: skip
def test_fitting_keeps_the_tables_width(heads, data):
    widths = data.draw(
        st.lists(st.floats(5, 90), min_size=len(heads), max_size=len(heads)), label="widths"
    )
    fitted = words_fit(widths, [[P.p(h, "head") for h in heads]], 2 * PAD)
    assert abs(sum(fitted) - sum(widths)) < 1e-6
    assert all(f > 0 for f in fitted)
