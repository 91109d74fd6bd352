"""A list as it shows on the screen, printed: its title, a line saying what it holds (the
filters, the date), and one table with the columns in the order and with the texts the
screen shows (the heads repeated on every page). Ctrl+P in a dock whose content is a list
(the customer issues, the alerts) prints this — an unsealed working copy, not a document.

The texts come already in the user's language (the GUI hands over what it shows); the
font is the embedded Unicode one, so Chinese and Vietnamese print. A4 portrait, or
landscape for a list of more than six columns. Same content, same bytes.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from acct_desktop.reporting.document_labels import pdf_language_tag
from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.list_content import ScreenList
from acct_desktop.reporting.pdf_pages import (
    INK,
    MUTED,
    DocumentInfo,
    Margins,
    PageFurniture,
    content_frame_size,
    render_pdf,
)
from acct_desktop.reporting.pdf_tables import grid, list_style
from acct_desktop.reporting.pdf_text import TABLE_SPECS, ParagraphMaker

MARGINS = Margins(left=14 * mm, right=14 * mm, top=16 * mm, bottom=24 * mm)
PORTRAIT_COLUMNS = 6  # more columns than this: the page turns landscape
_SPECS: dict[str, dict[str, object]] = {
    **TABLE_SPECS,
    "title": dict(fontSize=15, leading=19, textColor=INK),
    "about": dict(fontSize=8.5, leading=11, textColor=MUTED),
}


def build_list_pdf(content: ScreenList) -> bytes:
    """The list as PDF bytes (A4, embedded Unicode font, deterministic)."""
    text = ParagraphMaker(register_unicode_font(), _SPECS, "list")
    pagesize = landscape(A4) if len(content.heads) > PORTRAIT_COLUMNS else A4
    furniture = PageFurniture(
        font_name=text.font,
        page_label=content.page_label,
        footer_lines=(content.title, content.about),
        header_text=content.title,
        margins=MARGINS,
    )
    info = DocumentInfo(
        title=content.title,
        author="acct-desktop",
        subject=content.about,
        keywords="list",
        language=pdf_language_tag(content.language),
    )
    width, _height = content_frame_size(furniture, pagesize)
    story: list[Flowable] = [
        text.p(content.title, "title"),
        Spacer(1, 1.5 * mm),
        text.p(content.about, "about"),
        Spacer(1, 4 * mm),
    ]
    if content.heads:
        story.append(_table(content, text, width))
    return render_pdf(story, info=info, furniture=furniture, pagesize=pagesize)


def _table(content: ScreenList, text: ParagraphMaker, width: float) -> Flowable:
    aligned = list(content.right_aligned) + [False] * len(content.heads)
    heads = [
        text.p(head, "head_num" if aligned[column] else "head")
        for column, head in enumerate(content.heads)
    ]
    rows = [
        [
            text.p(cell, "num" if aligned[column] else "cell")
            for column, cell in enumerate(row[: len(heads)])
        ]
        for row in content.rows
    ]
    return grid(
        _widths(content, text, width),
        [heads, *rows],
        list_style(len(rows) + 1),
        repeatRows=1,
    )


def _widths(content: ScreenList, text: ParagraphMaker, width: float) -> list[float]:
    """Each column as wide as its widest text wants (a long description at most four
    times a narrow column), shared out over the page's width."""
    wants = []
    for column, head in enumerate(content.heads):
        cells = [row[column] for row in content.rows if column < len(row)]
        widest = max([text.width(head, "head"), *(text.width(c, "cell") for c in cells)])
        wants.append(max(widest, 12 * mm))
    narrowest = min(wants)
    wants = [min(want, 4 * narrowest) for want in wants]
    total = sum(wants)
    return [width * want / total for want in wants]
