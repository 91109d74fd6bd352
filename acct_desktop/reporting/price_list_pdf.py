"""The customer price list as a PDF, in the customer's document language and currency.

A4 portrait: title, customer and price date; one table (header repeated on every page)
with a heading row per product category, then item number, product, pack, price per pack,
one column per quantity break ("from 10" …), the price per L or kg and the date the price
is valid until; a note on how to read it. A break price above the price to its left (a
bigger quantity dearer than a smaller one) carries a mark and a footnote says so. Every
page carries "Page X of Y" and the customer, the running header repeats title, customer
and date. Same content, same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from acct_desktop.reporting.document_labels import (
    DocumentLabels,
    format_amount,
    format_date,
    labels_for,
    pdf_language_tag,
    product_category_label,
)
from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_pages import (
    INK,
    MUTED,
    RULE,
    DocumentInfo,
    Margins,
    PageFurniture,
    content_frame_size,
    render_pdf,
)
from acct_desktop.reporting.pdf_text import TABLE_SPECS, ParagraphMaker
from acct_desktop.services.files import safe_file_stem

if TYPE_CHECKING:  # the content is built by services; reporting only reads it
    from acct_desktop.services.price_list import PriceListContent, PriceListRow

MARGINS = Margins(left=16 * mm, right=16 * mm, top=20 * mm, bottom=30 * mm)
HEADER_FILL = colors.HexColor("#ECEEF1")
CATEGORY_FILL = colors.HexColor("#F6F7F9")
PAD = 2.4
NONE = "—"
DEARER_MARK = "*"
_SPECS: dict[str, dict[str, object]] = {
    **TABLE_SPECS,
    "title": dict(fontSize=18, leading=23, textColor=INK),
    "name": dict(fontSize=11.5, leading=15, textColor=INK),
    "value": dict(fontSize=10, leading=13, textColor=INK),
    "code": dict(fontSize=7.5, leading=10.5, textColor=MUTED),
    "category": dict(fontSize=8.5, leading=11, textColor=INK),
    "note": dict(fontSize=7.5, leading=10, textColor=MUTED),
}


def build_price_list_pdf(content: PriceListContent) -> bytes:
    """The price list as PDF bytes (A4, embedded Unicode font, deterministic)."""
    labels = labels_for(content.language)
    words = labels.price_list
    text = ParagraphMaker(register_unicode_font(), _SPECS, "pl")
    day = format_date(content.language, content.on)
    furniture = PageFurniture(
        font_name=text.font,
        page_label=labels.page_label,
        footer_lines=(
            f"{content.account_name} · {content.account_code}",
            f"{words.title} · {labels.labelled(words.price_date, day)}",
        ),
        header_text=f"{words.title} · {content.account_name} · {day}",
        margins=MARGINS,
    )
    info = DocumentInfo(
        title=f"{words.title} {content.account_code} {content.on.isoformat()}",
        author="acct-desktop",
        subject=words.subject.format(account=content.account_name),
        keywords=f"price list; {content.account_code}; {content.currency}",
        language=pdf_language_tag(content.language),
    )
    width, _height = content_frame_size(furniture)
    story: list[Flowable] = [
        _title_block(content, labels, text, width),
        Spacer(1, 6 * mm),
        _price_table(content, labels, text, width),
        Spacer(1, 4 * mm),
        text.p(words.note.format(currency=content.currency, date=day), "note"),
    ]
    if any(any(row.dearer) for row in content.rows):
        story.append(text.p(words.dearer_note, "note"))
    return render_pdf(story, info=info, furniture=furniture)


def _table(widths: Sequence[float], rows: list[list], style: list[tuple], **kwargs) -> Table:
    table = Table(rows, colWidths=list(widths), **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_unicode_font(), 8), *style]))
    return table


def _title_block(
    content: PriceListContent, labels: DocumentLabels, t: ParagraphMaker, width: float
) -> Table:
    words = labels.price_list
    meta_width = 62 * mm
    meta = _table(
        (26 * mm, meta_width - 26 * mm),
        [
            [t.p(labels.account_code, "label"), t.p(content.account_code, "value")],
            [
                t.p(words.price_date, "label"),
                t.p(format_date(content.language, content.on), "value"),
            ],
            [t.p(words.currency, "label"), t.p(content.currency, "value")],
        ],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )
    left = [
        t.p(words.title, "title"),
        Spacer(1, 1.5 * mm),
        t.p(labels.customer, "label"),
        t.p(content.account_name, "name"),
    ]
    return _table(
        (width - meta_width, meta_width),
        [[left, meta]],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
        ],
    )


def _money(language: str, amount: Decimal | None, currency: str) -> str:
    """A price with the currency's decimals (a finer one as it is: never rounded on paper)."""
    return "" if amount is None else format_amount(language, amount, currency, keep_finer=True)


def _row_cells(row: PriceListRow, language: str, currency: str) -> list[str | tuple[str, str]]:
    unit_price = NONE if row.unit_price is None else _money(language, row.unit_price, currency)
    valid = format_date(language, row.valid_to) if row.valid_to else NONE
    return [
        (row.sku, "code"),
        (row.name, "cell"),
        (row.pack_label, "cell"),
        (_money(language, row.price, currency), "num"),
        *[
            (_money(language, price, currency) + (DEARER_MARK if dearer else ""), "num")
            for price, dearer in zip(
                row.breaks, row.dearer or [False] * len(row.breaks), strict=True
            )
        ],
        (unit_price, "num"),
        (valid, "num"),
    ]


def _headers(content: PriceListContent, labels: DocumentLabels) -> list[tuple[str, str]]:
    words = labels.price_list
    froms = [words.col_from.format(quantity=f"{q.normalize():f}") for q in content.break_quantities]
    return [
        (words.col_sku, "head"),
        (words.col_product, "head"),
        (words.col_pack, "head"),
        (words.col_price, "head_num"),
        *[(text, "head_num") for text in froms],
        (words.col_unit_price, "head_num"),
        (words.col_valid_until, "head_num"),
    ]


def _widths(
    headers: list[tuple[str, str]], cells: list[list], t: ParagraphMaker, width: float
) -> list:
    """Every column as wide as its widest cell and its header on one line when that leaves
    the product name 60 mm; else headers wrap at spaces; the product name takes the rest
    (narrow columns shrink in proportion when it would get less than 45 mm)."""
    pad = 2 * PAD + 1
    floors: list[float] = []
    ideals: list[float] = []
    for column, (head, head_kind) in enumerate(headers):
        values = [t.width(row[column][0], row[column][1]) for row in cells]
        word = max(t.width(w, head_kind) for w in (head.split() or [head]))
        floors.append(max([word, *values, 9 * mm]) + pad)
        ideals.append(max([t.width(head, head_kind), *values, 9 * mm]) + pad)
    floors[1] = ideals[1] = 0
    widths = ideals if sum(ideals) <= width - 60 * mm else floors
    room = width - 45 * mm
    if sum(widths) > room:
        widths = [w * room / sum(widths) for w in widths]
    widths[1] = width - sum(widths)
    return widths


def _price_table(
    content: PriceListContent, labels: DocumentLabels, t: ParagraphMaker, width: float
) -> Table:
    language = content.language
    headers = _headers(content, labels)
    cells = [_row_cells(row, language, content.currency) for row in content.rows]
    widths = _widths(headers, cells, t, width)
    rows: list[list] = [[t.p(text, kind) for text, kind in headers]]
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 0.5),
    ]
    row_cells = iter(cells)
    for category, group in groupby(content.rows, key=lambda r: r.category):
        index = len(rows)
        rows.append([t.p(product_category_label(language, category), "category")])
        rows[-1] += [""] * (len(headers) - 1)
        style += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), CATEGORY_FILL),
            ("LINEABOVE", (0, index), (-1, index), 0.6, RULE),
            ("TOPPADDING", (0, index), (-1, index), PAD + 1.5),
        ]
        for _row in group:
            rows.append([t.p(text, kind) for text, kind in next(row_cells)])
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
    if not content.rows:
        rows.append([t.p(labels.price_list.no_products)] + [""] * (len(headers) - 1))
        style.append(("SPAN", (0, 1), (-1, 1)))
    return _table(widths, rows, style, repeatRows=1)


def price_list_file_name(content: PriceListContent) -> str:
    """A file name for the list: ``price-list-CN000012-2026-11-02.pdf``."""
    return price_list_file_name_for(content.account_code, content.on)


def price_list_file_name_for(account_code: str, on: date) -> str:
    """The list's file name before it is made (asked for before the work starts)."""
    return f"price-list-{safe_file_stem(account_code, 'account')}-{on.isoformat()}.pdf"
