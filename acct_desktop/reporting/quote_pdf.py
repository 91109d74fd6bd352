"""The printed quote and order confirmation, in the customer's document language.

A4 portrait: our letterhead (logo, company, contact details, tax id); title, number,
revision and date; the customer beside the manager who prepared it; the lines (header
repeated on every page, descriptions wrapping, Chinese per character); the terms beside the
totals, the notes and the signature block with its 44 mm company seal box — the last rows of
the lines table, so that whatever moves on to a new page takes the last lines with it (no
page ever holds the signature block alone). A quote of up to a dozen lines (ten with a full
letterhead and three-line addresses) fits one page. A draft quote carries a light
diagonal watermark on every page; every page has the number and "Page X of Y" in its
footer and a running header from page 2 on.

Every figure is printed as the :class:`QuoteDocument` gives it — grouped for the language,
never recomputed — so the printed totals are exactly the sum of the printed lines. Same
document, same bytes.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from acct_desktop.domain.chinese_capital import capital_amount
from acct_desktop.domain.number_marks import format_number
from acct_desktop.domain.percentages import format_percent
from acct_desktop.reporting.document_labels import format_amount, format_date, pdf_language_tag
from acct_desktop.reporting.font_runs import draw_text, text_width
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
from acct_desktop.reporting.quote_content import DocumentKind, DocumentLine, QuoteDocument
from acct_desktop.reporting.quote_labels import QuoteLabels, quote_labels_for
from acct_desktop.services.files import safe_file_stem

log = logging.getLogger(__name__)

MARGINS = Margins(left=16 * mm, right=16 * mm, top=18 * mm, bottom=24 * mm)
HEADER_FILL = colors.HexColor("#ECEEF1")
WATERMARK_INK = colors.HexColor("#8C939D")
WATERMARK_ALPHA = 0.2
LOGO_MAX_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 60 * mm
META_WIDTH = 76 * mm
TOTALS_WIDTH = 94 * mm
MIN_DESCRIPTION = 48 * mm
MAX_SKU = 30 * mm
NUMBER_AIR = 2 * mm
SIGNATURE_GAP = 8 * mm
SUMMARY_GAP = 6 * mm  # between the terms and the totals
SECTION_GAP = 5 * mm  # above the notes
SIGNATURE_GAP_ABOVE = 4 * mm  # above the signature block (its seal box sets it apart)
KEPT_WITH_TOTALS = 2  # the last lines go to the next page with the totals, never the totals alone
SEAL_GAP = 5 * mm
# The company seal box: a Chinese company seal is a circle 38–42 mm across; the box leaves a
# millimetre either side of the largest.
SEAL_SIZE = 44 * mm
SIGNATURE_ROWS = (None, 9 * mm, 12 * mm, 9 * mm)  # heading, name, signature, date lines
PAD = 2.4
NONE = "—"
MINUS = "−"
_SPECS: dict[str, dict[str, object]] = {
    **TABLE_SPECS,
    "title": dict(fontSize=18, leading=23, textColor=INK),
    "number": dict(fontSize=11.5, leading=15, textColor=INK),
    "company": dict(fontSize=13, leading=17, textColor=INK),
    "company_right": dict(fontSize=11, leading=14, textColor=INK, alignment=TA_RIGHT),
    "small_right": dict(fontSize=8, leading=10.5, textColor=MUTED, alignment=TA_RIGHT),
    "name": dict(fontSize=10.5, leading=14, textColor=INK),
    "value": dict(fontSize=8.5, leading=11.5, textColor=INK),
    "small": dict(fontSize=7.5, leading=10, textColor=MUTED),
    "replaced": dict(fontSize=10, leading=13, textColor=colors.HexColor("#C62828")),
    "section": dict(fontSize=9, leading=12, textColor=INK),
    "code": dict(fontSize=7.5, leading=10.5, textColor=MUTED),
    "total": dict(fontSize=8.5, leading=11.5, textColor=INK, alignment=TA_RIGHT),
}


class _Bold(Flowable):
    """One line of bold text: the embedded font has a single weight, so it is drawn filled
    and outlined (text render mode 2), shrunk to fit its cell when it would not."""

    def __init__(self, text: str, font: str, size: float, right: bool = False) -> None:
        super().__init__()
        self.text, self.font, self.size, self.right = text, font, size, right

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        natural = text_width(self.text, self.font, self.size)
        self.draw_size = min(self.size, self.size * avail_width / natural) if natural else 0
        return avail_width, self.size * 1.3

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.draw_size * 0.035)
        x, anchor = (self.width, "end") if self.right else (0, "start")
        draw_text(
            canvas, x, self.size * 0.3, self.text, self.font, self.draw_size,
            anchor=anchor, render_mode=2,
        )  # fmt: skip


def build_quote_pdf(document: QuoteDocument) -> bytes:
    """The quote or order confirmation as PDF bytes (A4, embedded font, deterministic)."""
    labels = quote_labels_for(document.language)
    blocks = _Blocks(document, labels, ParagraphMaker(register_unicode_font(), _SPECS, "q"))
    title, reference = blocks.title, blocks.reference
    day = format_date(document.language, document.issued_on)
    letterhead = document.letterhead
    company = (letterhead.company_name, letterhead.phone, letterhead.email)
    furniture = PageFurniture(
        font_name=blocks.t.font,
        page_label=labels.page_label,
        footer_lines=(f"{title} {reference} · {day}", " · ".join(p for p in company if p)),
        header_text=f"{title} {reference} · {document.customer.name} · {day}",
        margins=MARGINS,
    )
    subject = labels.order_subject if blocks.is_order else labels.quote_subject
    info = DocumentInfo(
        title=f"{title} {reference}",
        author=letterhead.company_name,
        subject=subject.format(number=reference, customer=document.customer.name),
        keywords=f"{document.kind}; {reference}; {document.customer.code}; {document.currency}",
        language=pdf_language_tag(document.language),
    )
    watermark = labels.draft if document.draft else None
    if document.replaced_by is not None:  # not the quote that stands: say which one does
        watermark = labels.replaced_by.format(revision=document.replaced_by)
    story = blocks.story(*content_frame_size(furniture))
    return _render(story, info, furniture, watermark)


def quote_file_name(document: QuoteDocument) -> str:
    """A file name for the document: ``Q-2026-7KX-00042-R2.pdf``, ``OC-2026-7KX-00007.pdf``."""
    fallback = "order" if document.kind is DocumentKind.ORDER else "quote"
    safe = safe_file_stem(document.number, fallback)
    if document.kind is DocumentKind.QUOTE and document.revision > 1:
        safe = f"{safe}-R{document.revision}"
    return f"{safe}.pdf"


def _render(
    story: list[Flowable], info: DocumentInfo, furniture: PageFurniture, watermark: str | None
) -> bytes:
    """The document with its page furniture, and the watermark word over every page."""
    font = furniture.font_name
    overlay = (lambda canvas: draw_watermark(canvas, watermark, font)) if watermark else None
    return render_pdf(story, info=info, furniture=furniture, overlay=overlay)


def draw_watermark(canvas: Canvas, word: str, font: str) -> None:
    """``word`` large along the page's diagonal, light and translucent over the content."""
    width, height = canvas._pagesize
    size = min(150.0, 0.6 * math.hypot(width, height) / text_width(word, font, 1))
    canvas.saveState()
    canvas.setFillColor(WATERMARK_INK)
    canvas.setFillAlpha(WATERMARK_ALPHA)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    draw_text(canvas, 0, -size * 0.35, word, font, size, anchor="middle")
    canvas.restoreState()


def _plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and never in exponent form (10.000 → 10, 2.50 → 2.5)."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal.as_tuple().exponent > 0 else normal


def _grid(widths: Sequence[float], rows: list[list], style: list[tuple], **kwargs) -> Table:
    table = Table(rows, colWidths=list(widths), **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_unicode_font(), 8), *style]))
    return table


_FLUSH = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _logo(png: bytes) -> Image | None:
    """The logo scaled to fit LOGO_MAX_WIDTH × LOGO_MAX_HEIGHT; None when it is no image."""
    try:
        pixels_wide, pixels_high = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # a broken logo in the settings must not stop a quote from printing
        log.warning("The letterhead logo is not a readable image; printing without it.")
        return None
    scale = min(LOGO_MAX_HEIGHT / pixels_high, LOGO_MAX_WIDTH / pixels_wide)
    return Image(io.BytesIO(png), pixels_wide * scale, pixels_high * scale, hAlign="LEFT")


class _Blocks:
    """The story's blocks for one document; holds its labels and number formats."""

    def __init__(self, document: QuoteDocument, labels: QuoteLabels, t: ParagraphMaker) -> None:
        self.doc, self.labels, self.t = document, labels, t
        self.language = document.language
        self.is_order = document.kind is DocumentKind.ORDER
        self.title = labels.order_title if self.is_order else labels.quote_title
        self.reference = document.number
        if not self.is_order and document.revision > 1:
            revision = labels.revision.format(revision=document.revision)
            self.reference = f"{document.number} {revision}"

    # -- figures ---------------------------------------------------------------------------
    def money(self, amount: Decimal) -> str:
        """``amount`` with the currency's decimals, grouped for the language; a figure finer
        than the currency is printed as given, never rounded on paper."""
        return format_amount(self.language, amount, self.doc.currency, keep_finer=True)

    def quantity(self, value: Decimal) -> str:
        return format_number(self.language, _plain(value))

    def basis(self, line: DocumentLine) -> str:
        """``688.90 per 20 L pack``: what a line in litres (kg) whose unit prices are not
        exact is reckoned from — quantity × net pack price ÷ pack size gives its amount."""
        basis = line.basis
        assert basis is not None
        size = self.quantity(basis.units_per_pack)
        price = self.money(basis.pack_price)
        if basis.net_pack_price == basis.pack_price:
            return self.labels.basis(price, size, line.unit)
        return self.labels.basis(price, size, line.unit, self.money(basis.net_pack_price))

    def percent(self, value: Decimal) -> str:
        return format_percent(self.language, _plain(value))

    def day(self, value: date) -> str:
        return format_date(self.language, value)

    # -- story -----------------------------------------------------------------------------
    def story(self, width: float, height: float) -> list[Flowable]:
        """Every block, top to bottom, for a content frame ``width`` × ``height`` points."""
        return [
            *self.letterhead(width),
            self.heading(width),
            Spacer(1, 3 * mm),
            self.parties(width),
            Spacer(1, 5 * mm),
            *self.body(width, height),
        ]

    def body(self, width: float, height: float) -> list[Flowable]:
        """The lines, then the terms and totals, the notes and the signature block as the
        last rows of the lines table, so that whatever moves on to a new page takes the
        last lines with it: a page never holds the totals, the notes or the signature block
        without lines above them. Notes too long to move with the rest to a new page flow
        on their own after the totals, the signature block kept with their last paragraph."""
        summary = (self.summary(width), 3 * mm)
        notes = self.notes(width)
        signature = self.signatures(width)
        closing = [summary, *([(notes, SECTION_GAP)] if notes else [])]
        closing.append((signature, SIGNATURE_GAP_ABOVE))
        table = self.lines_table(width, height, closing)
        if table is not None:
            return [table]
        lines = self.lines_table(width, height, [summary]) or self.lines_table(
            width, height, [summary], kept_together=False
        )
        assert lines is not None
        above = Spacer(1, SIGNATURE_GAP_ABOVE)
        if not notes:
            return [lines, above, KeepTogether(signature)]
        heading, under, first, *rest = notes
        gap = Spacer(1, SECTION_GAP)
        if not rest:
            return [lines, gap, KeepTogether([heading, under, first, above, *signature])]
        *middle, last = rest
        opening = KeepTogether([heading, under, first])
        return [lines, gap, opening, *middle, KeepTogether([last, above, *signature])]

    def letterhead(self, width: float) -> list[Flowable]:
        """Logo (or company name) at the left, the company's details at the right; nothing
        when the company details are not filled in yet."""
        head, t = self.doc.letterhead, self.t
        details: list[Flowable] = [t.p(line, "small_right") for line in head.address_lines]
        reach = [
            self.labels.labelled(self.labels.phone, head.phone) if head.phone else "",
            head.email or "",
        ]
        if any(reach):
            details.append(t.p(" · ".join(part for part in reach if part), "small_right"))
        if head.tax_id:
            details.append(
                t.p(self.labels.labelled(self.labels.tax_id, head.tax_id), "small_right")
            )
        logo = _logo(head.logo_png) if head.logo_png else None
        if logo is None and not head.company_name.strip() and not details:
            return []
        if logo is not None:
            left: Flowable = logo
            details.insert(0, t.p(head.company_name, "company_right"))
        else:
            left = t.p(head.company_name, "company")
        left_width = LOGO_MAX_WIDTH + 4 * mm
        table = _grid(
            (left_width, width - left_width),
            [[left, details]],
            [
                *_FLUSH,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ],
        )
        return [table, Spacer(1, 4 * mm)]

    def heading(self, width: float) -> Table:
        doc, lab, t = self.doc, self.labels, self.t
        left: list[Flowable] = [t.p(self.title, "title"), t.p(self.reference, "number")]
        if doc.supersedes and not self.is_order:
            left.append(t.p(lab.replaces.format(reference=doc.supersedes), "small"))
        if doc.replaced_by is not None and not self.is_order:
            left.append(t.p(lab.replaced_by.format(revision=doc.replaced_by), "replaced"))
        meta = [(lab.date, self.day(doc.issued_on))]
        if self.is_order and doc.quote_number:
            meta.append((lab.our_quote, doc.quote_number))
        if self.is_order and doc.customer_reference:
            meta.append((lab.your_reference, doc.customer_reference))
        meta.append((lab.currency, doc.currency))
        widest = max(t.width(label, "label") for label, _value in meta) + 2 * mm
        label_width = min(max(widest, 22 * mm), 40 * mm)
        table = _grid(
            (label_width, META_WIDTH - label_width),
            [[t.p(label, "label"), t.p(value, "value")] for label, value in meta],
            [
                *_FLUSH,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ],
        )
        return _grid(
            (width - META_WIDTH, META_WIDTH),
            [[left, table]],
            [
                *_FLUSH,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
            ],
        )

    def parties(self, width: float) -> Table:
        customer, sender, lab, t = self.doc.customer, self.doc.sender, self.labels, self.t
        left: list[Flowable] = [
            t.p(lab.customer, "label"),
            t.p(customer.name, "name"),
            t.p(lab.labelled(lab.customer_code, customer.code), "value"),
            *(t.p(line, "value") for line in customer.address_lines),
        ]
        if customer.contact_name:
            who = customer.contact_name
            if customer.contact_title:
                who = lab.name_with_title.format(name=who, title=customer.contact_title)
            reach = " · ".join(p for p in (customer.contact_email, customer.contact_phone) if p)
            left += [Spacer(1, 1.5 * mm), t.p(lab.labelled(lab.contact, who), "value")]
            left += [t.p(reach, "value")] if reach else []
        right: list[Flowable] = [t.p(lab.prepared_by, "label"), t.p(sender.name, "name")]
        if sender.phone:
            right.append(t.p(lab.labelled(lab.phone, sender.phone), "value"))
        if sender.email:
            right.append(t.p(sender.email, "value"))
        if len(right) == 2 and not sender.name.strip():
            right = []  # My details not filled in: no empty "Prepared by"
        right_width = META_WIDTH
        return _grid(
            (width - right_width, right_width),
            [[left, right]],
            [*_FLUSH, ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm)],
        )

    # -- lines -----------------------------------------------------------------------------
    def _headers(self) -> list[tuple[str, str]]:
        lab = self.labels
        return [
            (lab.col_no, "head_num"),
            (lab.col_sku, "head"),
            (lab.col_description, "head"),
            (lab.col_quantity, "head_num"),
            (lab.col_unit, "head"),
            (lab.col_unit_price, "head_num"),
            (lab.col_discount, "head_num"),
            (lab.col_net_price, "head_num"),
            (lab.col_amount, "head_num"),
        ]

    def _cells(self, line: DocumentLine) -> list[tuple[str, str]]:
        discount = NONE if line.discount_percent == 0 else self.quantity(line.discount_percent)
        return [
            (str(line.position), "num"),
            (line.sku, "code"),
            (line.description, "cell"),
            (self.quantity(line.quantity), "num"),
            (self.labels.unit_name(line.unit), "cell"),
            (self.money(line.unit_price), "num"),
            (discount, "num"),
            (self.money(line.net_price), "num"),
            (self.money(line.amount), "num"),
        ]

    def _widths(self, headers: list[tuple[str, str]], cells: list[list], width: float) -> list:
        """Each column as wide as its widest cell (figures with some air) and its header on
        one line when that leaves the description 66 mm, else headers wrap at spaces; the
        description takes the rest (the others shrink in proportion below 48 mm)."""
        t, pad = self.t, 2 * PAD + 1
        floors: list[float] = []
        ideals: list[float] = []
        for column, (head, head_kind) in enumerate(headers):
            values = [t.width(row[column][0], row[column][1]) for row in cells]
            word = max(t.width(w, head_kind) for w in (head.split() or [head]))
            air = NUMBER_AIR if column > 2 else 0  # figures side by side need room to read
            floors.append(max([word, *values, 6 * mm]) + pad + air)
            ideals.append(max([t.width(head, head_kind), *values, 6 * mm]) + pad + air)
        floors[2] = ideals[2] = 0
        floors[1], ideals[1] = min(floors[1], MAX_SKU), min(ideals[1], MAX_SKU)
        widths = ideals if sum(ideals) <= width - 66 * mm else floors
        room = width - MIN_DESCRIPTION
        if sum(widths) > room:
            widths = [w * room / sum(widths) for w in widths]
        widths[2] = width - sum(widths)
        return widths

    def lines_table(
        self,
        width: float,
        height: float,
        closing: Sequence[tuple[Flowable | list[Flowable], float]],
        *,
        kept_together: bool = True,
    ) -> Table | None:
        """The lines under their column heads, then the ``closing`` blocks (each spanning
        every column, below its gap) as the table's last rows: the heads repeat on every
        page, and the closing rows never part from the last ``KEPT_WITH_TOTALS`` lines (or
        fewer, when those would not fit one page with them), so a quote that runs on to a
        new page carries lines there, never a lone totals or signature block. None when
        the closing rows are too tall to go with a line on a page of ``height`` (unless
        ``kept_together`` is off: then nothing is kept together)."""
        headers = self._headers()
        cells = [self._cells(line) for line in self.doc.lines]
        rows: list[list] = [[self.t.p(text, kind) for text, kind in headers]]
        rows += [
            [self.t.p(text, kind, anywhere=kind == "code") for text, kind in row] for row in cells
        ]
        for row, line in zip(rows[1:], self.doc.lines, strict=True):
            if line.basis is not None:  # the pack price the amount comes from, under the name
                row[2] = [row[2], self.t.p(self.basis(line), "small")]
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
        if not cells:
            rows.append([self.t.p(self.labels.no_lines, "cell")] + [""] * (len(headers) - 1))
            style.append(("SPAN", (0, 1), (-1, 1)))
        first_closing = len(rows)
        style.append(("LINEBELOW", (0, 1), (-1, first_closing - 1), 0.25, RULE))
        for index, (block, gap) in enumerate(closing, start=first_closing):
            rows.append([block] + [""] * (len(headers) - 1))
            style += [
                ("SPAN", (0, index), (-1, index)),
                ("LEFTPADDING", (0, index), (-1, index), 0),
                ("RIGHTPADDING", (0, index), (-1, index), 0),
                ("TOPPADDING", (0, index), (-1, index), gap),
                ("BOTTOMPADDING", (0, index), (-1, index), 0),
            ]
        widths = self._widths(headers, cells, width)
        if not kept_together:
            return _grid(widths, rows, style, repeatRows=1)
        probe = _grid(widths, rows, style)
        probe.wrap(width, height)
        heights: list[float] = probe._rowHeights  # each row's height, as it will be drawn
        for kept in range(min(KEPT_WITH_TOTALS, len(cells)), -1, -1):
            start = first_closing - kept
            if heights[0] + sum(heights[start:]) <= height:
                style.append(("NOSPLIT", (0, max(1, start)), (-1, -1)))
                return _grid(widths, rows, style, repeatRows=1)
        return None

    # -- terms and totals, notes, signatures -----------------------------------------------
    def summary(self, width: float) -> Table:
        """The terms at the left (a usual quote's four of them fill the room beside the
        totals instead of a section of their own under them), the totals at the right."""
        terms_width = width - TOTALS_WIDTH - SUMMARY_GAP
        return _grid(
            (width - TOTALS_WIDTH, TOTALS_WIDTH),
            [[self.terms(terms_width), self.totals()]],
            [*_FLUSH, ("RIGHTPADDING", (0, 0), (0, 0), SUMMARY_GAP)],
        )

    def totals(self) -> list[Flowable]:
        totals, lab, t = self.doc.totals, self.labels, self.t
        rows: list[tuple[str, str]] = [(lab.subtotal, self.money(totals.subtotal))]
        if totals.discount_percent > 0:
            label = lab.discount.format(percent=self.percent(totals.discount_percent))
            rows.append((label, MINUS + self.money(totals.discount_amount)))
        rows.append((lab.net, self.money(totals.net)))
        tax_label = lab.tax_line(self.percent(totals.tax_rate_percent), self.doc.vat)
        rows.append((tax_label, self.money(totals.tax)))
        cells: list[list] = [[t.p(label, "total"), t.p(value, "total")] for label, value in rows]
        total = lab.total.format(currency=self.doc.currency)
        gross = self.money(totals.gross)
        cells.append([_Bold(total, t.font, 10, right=True), _Bold(gross, t.font, 10, right=True)])
        last = len(cells) - 1
        figures = _grid(
            (TOTALS_WIDTH - 34 * mm, 34 * mm),
            cells,
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                ("LINEABOVE", (0, last), (-1, last), 0.9, INK),
                ("BACKGROUND", (0, last), (-1, last), HEADER_FILL),
                ("TOPPADDING", (0, last), (-1, last), 3),
                ("BOTTOMPADDING", (0, last), (-1, last), 3),
            ],
        )
        after: list[Flowable] = [figures, Spacer(1, 1.2 * mm)]
        if lab.capital_total and self.doc.currency == "CNY":  # 大写: the total, unalterable
            words = capital_amount(totals.gross)
            after.append(t.p(lab.capital_total.format(words=words), "total"))
        after.append(t.p(lab.prices_note_for(self.doc.currency, self.doc.vat), "small_right"))
        return after

    def _section_heading(self, heading: str, width: float) -> Table:
        """A section's heading over a thin rule, ``width`` wide."""
        return _grid(
            (width,),
            [[self.t.p(heading, "section")]],
            [
                *_FLUSH,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ],
        )

    def terms(self, width: float) -> list[Flowable]:
        """Payment and delivery terms, validity and the requested delivery date under their
        heading, in a column ``width`` wide (labels wrap rather than crowd the values)."""
        doc, lab, t = self.doc, self.labels, self.t
        rows = [(lab.payment_terms, doc.payment_terms), (lab.delivery_terms, doc.delivery_terms)]
        if doc.valid_until and not self.is_order:
            rows.append((lab.valid_until, self.day(doc.valid_until)))
        if doc.requested_delivery:
            label = lab.confirmed_delivery if self.is_order else lab.requested_delivery
            rows.append((label, self.day(doc.requested_delivery)))
        later = [ln for ln in doc.lines if ln.delivery_from is not None] if self.is_order else []
        if later:  # the lines the customer agreed to receive later, and from when
            said = [
                lab.delivered_from.format(
                    position=ln.position, sku=ln.sku, day=self.day(ln.delivery_from)
                )
                for ln in later
            ]
            rows.append((lab.partial_delivery, "; ".join(said)))
        shown = [(label, value) for label, value in rows if value]
        if not shown:
            return []
        widest = max(t.width(label, "label") for label, _value in shown) + 3 * mm
        label_width = min(max(widest, 22 * mm), 0.45 * width)
        table = _grid(
            (label_width, width - label_width),
            [[t.p(label, "label"), t.p(value, "value")] for label, value in shown],
            [
                *_FLUSH,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
            ],
        )
        return [self._section_heading(lab.terms, width), Spacer(1, 1.5 * mm), table]

    def notes(self, width: float) -> list[Flowable]:
        """The notes' heading, a gap and a paragraph per line typed; nothing when there are
        none. (No KeepTogether here: in a table cell it would claim the height of a page.)"""
        if not self.doc.notes or not self.doc.notes.strip():
            return []
        typed = self.doc.notes.strip().split("\n")
        paragraphs = [self.t.p(line.rstrip() or "\u00a0") for line in typed]
        return [self._section_heading(self.labels.notes, width), Spacer(1, 1.5 * mm), *paragraphs]

    def _signature_lines(self, sides: list[tuple[str, str]], width: float) -> Table:
        """Name, signature and date lines under each side's heading (ours, then the
        customer's on a quote), side by side in ``width``."""
        lab, t = self.labels, self.t
        labels = (lab.name, lab.signature, lab.signature_date)
        label_width = min(max(max(t.width(x, "label") for x in labels) + 3 * mm, 14 * mm), 26 * mm)
        side = (width - SIGNATURE_GAP) / 2
        widths = (label_width, side - label_width, SIGNATURE_GAP, label_width, side - label_width)
        rows: list[list] = [["" for _ in widths] for _ in range(4)]
        style: list[tuple] = [
            *_FLUSH,
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, 0), 1.5 * mm),
        ]
        for index, (heading, name) in enumerate(sides):
            column = 3 * index
            rows[0][column] = t.p(heading, "section")
            rows[1][column : column + 2] = [t.p(lab.name, "label"), t.p(name, "value")]
            rows[2][column] = t.p(lab.signature, "label")
            rows[3][column] = t.p(lab.signature_date, "label")
            style += [
                ("SPAN", (column, 0), (column + 1, 0)),
                ("LINEBELOW", (column + 1, 1), (column + 1, -1), 0.6, INK),
            ]
        return _grid(widths, rows, style, rowHeights=list(SIGNATURE_ROWS))

    def _seal_box(self) -> Table:
        """An empty box ``SEAL_SIZE`` square, its label in the top left corner."""
        return _grid(
            (SEAL_SIZE,),
            [[self.t.p(self.labels.company_seal, "label")]],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ],
            rowHeights=[SEAL_SIZE],
        )

    def signatures(self, width: float) -> list[Flowable]:
        """Quotes: the acceptance statement over our signature beside the customer's
        (name, signature, date lines); orders: the confirmation statement over ours. The
        company seal box stands at the right of them, as tall as the statement and the
        lines together, so the ``SEAL_SIZE`` box (room for a real seal) makes the block no
        taller. One block: a row of the lines table (see ``body``)."""
        lab, doc = self.labels, self.doc
        company = doc.letterhead.company_name.strip()
        ours = lab.for_company.format(company=company) if company else lab.prepared_by
        sides = [(lab.confirmed_by if self.is_order else ours, doc.sender.name)]
        if not self.is_order:
            sides.append((lab.accepted_for_customer, ""))
        statement = lab.confirmation_statement if self.is_order else lab.acceptance_statement
        left = width - SEAL_GAP - SEAL_SIZE
        signing = [self.t.p(statement), Spacer(1, 1 * mm), self._signature_lines(sides, left)]
        block = _grid(
            (left, SEAL_GAP, SEAL_SIZE),
            [[signing, "", self._seal_box()]],
            [*_FLUSH, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
        )
        return [block]
