"""Page furniture every printed document shares: "Page X of Y", footer lines, a QR code.

"Page X of Y" needs the page count before any page is finished, so pages are drawn in two
passes: the canvas made by ``numbered_canvas`` keeps each finished page, and when the
document is saved draws the furniture on every page knowing the total. ``render_pdf`` puts
it together: a platypus story on A4 with fixed margins, the furniture, the PDF metadata, and
``invariant=1`` so the same story always gives the same bytes.

The footer sits inside the bottom margin (above the sheet edge, below the frame), so it can
never collide with the content: give the bottom margin at least ``footer_height(...)``.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from acct_desktop.reporting.font_runs import draw_text, text_width

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

PageDecorator = Callable[[Canvas, int, int], None]

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#8C939D")
QR_FORM = "acctQrCode"


@dataclass(frozen=True, slots=True)
class Margins:
    """Page margins in points (reportlab units)."""

    left: float = 18 * mm
    right: float = 18 * mm
    top: float = 18 * mm
    bottom: float = 36 * mm


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The PDF's document properties (/Info) and language (/Lang)."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str = "acct-desktop"
    language: str = "en"  # BCP 47, e.g. zh-CN
    # The document's moment (/CreationDate and /ModDate, with its UTC offset), so a reader
    # shows when it was issued; None: 2000-01-01, as ``invariant`` writes it. The bytes
    # stay the same for the same moment either way.
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What is printed on every page outside the content frame.

    ``page_label(page, pages)`` gives the localised "Page X of Y"; ``footer_lines`` are
    printed at the left of the footer, top to bottom (the first one a little larger); the QR code,
    when ``qr_payload`` is set, sits at the bottom right; ``header_text`` is a small running
    header on every page but the first (or on all with ``header_on_first_page``).
    """

    font_name: str
    page_label: Callable[[int, int], str]
    footer_lines: Sequence[str] = ()
    qr_payload: str | None = None
    qr_size: float = 21 * mm
    header_text: str | None = None
    header_on_first_page: bool = False
    margins: Margins = field(default_factory=Margins)


def footer_height(furniture: PageFurniture) -> float:
    """The height the footer needs above the sheet's bottom edge (for ``Margins.bottom``)."""
    text_height = 7 * mm + 4.2 * mm * max(len(furniture.footer_lines), 1)
    qr_height = 6 * mm + furniture.qr_size if furniture.qr_payload else 0.0
    return max(text_height, qr_height) + 6 * mm


def numbered_canvas(decorate: PageDecorator) -> type[Canvas]:
    """A Canvas class that calls ``decorate(canvas, page, pages)`` on every page at save."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._finished_pages)
            for page, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                decorate(self, page, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_qr_code(
    canvas: Canvas, payload: str, x: float, y: float, size: float, font_name: str
) -> None:
    """A QR code (level M, quiet zone included) of ``size`` points with its lower left at x, y.

    Each payload is drawn once as a PDF form and reused on later pages of the document;
    ``font_name`` is the drawing's (unused) default font, so no other font enters the PDF.
    """
    form = f"{QR_FORM}{hashlib.sha256(payload.encode()).hexdigest()[:16]}"
    if not canvas.hasForm(form):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        widget = QrCodeWidget(payload, barLevel="M", barBorder=4)
        x0, y0, x1, y1 = widget.getBounds()
        scale = [size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0]
        drawing = Drawing(size, size, transform=scale, initialFontName=font_name)
        drawing.add(widget)
        canvas.beginForm(form, 0, 0, size, size)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(form)
    canvas.restoreState()


def draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    """Footer (rule, lines, page label, QR) and running header of one page."""
    width, height = canvas._pagesize
    m = furniture.margins
    right = width - m.right
    canvas.saveState()
    top_of_footer = footer_height(furniture) - 2 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(m.left, top_of_footer, right, top_of_footer)

    text_right = right
    if furniture.qr_payload:
        size = furniture.qr_size
        qr_y = top_of_footer - 3 * mm - size
        draw_qr_code(canvas, furniture.qr_payload, right - size, qr_y, size, furniture.font_name)
        text_right = right - size - 4 * mm

    baseline = top_of_footer - 6.5 * mm
    font = furniture.font_name
    label = furniture.page_label(page, pages)
    canvas.setFillColor(INK)
    draw_text(canvas, text_right, baseline, label, font, 9, anchor="end")
    beside_label = text_right - text_width(label, font, 9) - 5 * mm
    for index, line in enumerate(furniture.footer_lines):
        room = (beside_label if index == 0 else text_right) - m.left
        text, size = fitted(line, font, 9 if index == 0 else 8, room)
        canvas.setFillColor(INK)
        draw_text(canvas, m.left, baseline - index * 4.2 * mm, text, font, size)

    if furniture.header_text and (page > 1 or furniture.header_on_first_page):
        text, size = fitted(furniture.header_text, font, 7.5, right - m.left)
        canvas.setFillColor(MUTED)
        header_y = height - m.top + 5 * mm
        draw_text(canvas, m.left, header_y, text, font, size)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(m.left, header_y - 1.8 * mm, right, header_y - 1.8 * mm)
    canvas.restoreState()


def fitted(
    text: str, font: str, size: float, width: float, smallest: float = 6.5
) -> tuple[str, float]:
    """``text`` and a font size that fit ``width`` on one line: the size given, else a
    smaller one down to ``smallest``, else ``smallest`` with the middle of the text left
    out (…), so that both ends stay: a document's kind and its account code or date."""
    if text_width(text, font, size) <= width:
        return text, size
    needed = text_width(text, font, 1.0)
    if needed * smallest <= width:
        return text, max(smallest, math.floor(width / needed * 10) / 10)
    keep = len(text)
    while keep > 1:
        keep -= 1
        head = text[: (keep + 1) // 2].rstrip()
        tail = text[len(text) - keep // 2 :].lstrip()
        shorter = f"{head}…{tail}"
        if text_width(shorter, font, smallest) <= width:
            return shorter, smallest
    return "…", smallest


def content_frame_size(
    furniture: PageFurniture, pagesize: tuple[float, float] = A4
) -> tuple[float, float]:
    """Width and height of the content frame (the page inside the margins, no padding)."""
    m = furniture.margins
    return pagesize[0] - m.left - m.right, pagesize[1] - m.top - m.bottom


def render_pdf(
    story: list[Flowable],
    *,
    info: DocumentInfo,
    furniture: PageFurniture,
    pagesize: tuple[float, float] = A4,
    overlay: Callable[[Canvas], None] | None = None,
) -> bytes:
    """The PDF of ``story`` with ``furniture`` on every page (and ``overlay`` drawn over
    each page when given, e.g. a DRAFT watermark); deterministic (invariant)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    m = furniture.margins
    if m.bottom < footer_height(furniture):
        raise ValueError("The bottom margin is smaller than the footer; the two would overlap.")
    frame_width, frame_height = content_frame_size(furniture, pagesize)
    frame = Frame(
        m.left,
        m.bottom,
        frame_width,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=m.left,
        rightMargin=m.right,
        topMargin=m.top,
        bottomMargin=m.bottom,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=info.creator,
        lang=info.language,
        invariant=1,
        initialFontName=furniture.font_name,
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        draw_furniture(canvas, furniture, page, pages)
        if overlay is not None:
            overlay(canvas)

    canvas_class = numbered_canvas(decorate)
    if info.created is not None:
        canvas_class = _dated(canvas_class, info.created)
    document.build(story, canvasmaker=canvas_class)
    return buffer.getvalue()


def _dated(canvas_class: type[Canvas], moment: datetime) -> type[Canvas]:
    """``canvas_class`` whose document carries ``moment`` as its creation and modification
    date instead of the invariant 2000-01-01 (reportlab reads both from its time stamp)."""
    from reportlab.lib.utils import TimeStamp

    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)

    class DatedCanvas(canvas_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            stamp = TimeStamp(invariant=1)
            stamp.t = moment.timestamp()
            stamp.YMDhms = tuple(moment.timetuple())[:6]
            stamp.lt = moment.timetuple()
            hours = abs(minutes) // 60
            stamp.dhh, stamp.dmm = (hours if minutes >= 0 else -hours), abs(minutes) % 60
            self._doc._timeStamp = stamp

    return DatedCanvas
