"""The written customer-issue checklist as a PDF: the manager's promise the customer seals.

A4 portrait in the document's language: title, reference and date, the two parties, a
numbered table of the issues (header repeated on every page, rows never split unless one
row is taller than a page; for a checklist that covers sub-accounts, a sentence saying so
above it and each issue's account in small print above its description), then a block
kept on one page with the confirmation sentence, two boxes for the customer's official and
financial seals and signature lines for both sides. Every page carries "Page X of Y", the
reference, the verification code and a QR code of the content hash, all computed here from
the content so the paper always matches it. The same content always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from acct_desktop.domain.checklists import (
    ChecklistContent,
    ChecklistItem,
    content_sha256,
    document_keywords,
    qr_payload,
    verification_code,
)
from acct_desktop.domain.hierarchy import short_account_name
from acct_desktop.reporting.document_labels import (
    DocumentLabels,
    category_label,
    format_date,
    labels_for,
    pdf_language_tag,
    status_label,
)
from acct_desktop.reporting.font_runs import markup as runs_markup
from acct_desktop.reporting.font_runs import text_width
from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_pages import (
    INK,
    MUTED,
    RULE,
    DocumentInfo,
    Margins,
    PageFurniture,
    render_pdf,
)
from acct_desktop.reporting.pdf_text import CJK as _CJK

OVERDUE = colors.HexColor("#B3261E")  # with the word, never the colour alone
MARGINS = Margins(left=18 * mm, right=18 * mm, top=20 * mm, bottom=36 * mm)
FRAME_WIDTH = A4[0] - MARGINS.left - MARGINS.right
FRAME_HEIGHT = A4[1] - MARGINS.top - MARGINS.bottom
HEADER_FILL = "#ECEEF1"
CELL_PAD = 2.8
SEAL_BOX_HEIGHT = 52 * mm
MIN_DESCRIPTION = 60 * mm
META_WIDTH = 64 * mm


@dataclass(frozen=True, slots=True)
class ChecklistCodes:
    """The codes printed on the checklist, all derived from its content."""

    content_hash: str
    verification_code: str
    qr_payload: str
    keywords: str


def checklist_codes(content: ChecklistContent) -> ChecklistCodes:
    """Content hash, verification code, QR payload and PDF keywords of ``content``."""
    digest = content_sha256(content)
    code = verification_code(content.number, content.revision, digest)
    return ChecklistCodes(
        content_hash=digest,
        verification_code=code,
        qr_payload=qr_payload(content.number, content.revision, digest),
        keywords=document_keywords(content.number, content.revision, code, digest),
    )


def build_checklist_pdf(content: ChecklistContent) -> bytes:
    """The checklist as PDF bytes (A4, embedded Unicode font, deterministic for its content)."""
    labels = labels_for(content.language)
    codes = checklist_codes(content)
    text = _Text(register_unicode_font(), labels)
    furniture = PageFurniture(
        font_name=text.font,
        page_label=labels.page_label,
        footer_lines=(
            content.reference,
            labels.labelled(labels.verification_code, codes.verification_code),
        ),
        qr_payload=codes.qr_payload,
        header_text=f"{labels.checklist_title} · {content.account_name} · {content.reference}",
        margins=MARGINS,
    )
    info = DocumentInfo(
        title=f"{labels.checklist_title} {content.reference}",
        author=content.manager.name,
        subject=labels.subject.format(account=content.account_name),
        keywords=codes.keywords,
        language=pdf_language_tag(content.language),
        created=content.issued_at,  # the moment of issue, the seal's: what a reader shows
    )
    story: list[Flowable] = [
        _title_block(content, text),
        Spacer(1, 5 * mm),
        _parties_block(content, text),
        Spacer(1, 6 * mm),
        *_coverage(content, text),
        _items_table(content.items, text, content.account_name, content.issued_at.date()),
        *_notes(content, text),
        _closing_block(content, text),
    ]
    return render_pdf(story, info=info, furniture=furniture)


def seal_reason(content: ChecklistContent) -> str:
    """The reason given in the checklist's digital seal, in the document's language (PDF
    readers show it in the signature panel; pyHanko writes it as a Unicode text string)."""
    return labels_for(content.language).seal_reason.format(reference=content.reference)


class _Text:
    """Paragraph factory: escapes text and wraps Chinese per character, other text by word."""

    def __init__(self, font: str, labels: DocumentLabels) -> None:
        self.font = font
        self.labels = labels
        self._styles: dict[tuple[str, bool], ParagraphStyle] = {}
        self._specs = {
            "title": dict(fontSize=17, leading=22, textColor=INK),
            "body": dict(fontSize=9, leading=13, textColor=INK),
            "name": dict(fontSize=11, leading=15, textColor=INK),
            "small": dict(fontSize=7.5, leading=10, textColor=MUTED),
            "label": dict(fontSize=8, leading=11, textColor=MUTED),
            "account": dict(fontSize=7.5, leading=10.5, textColor=MUTED),
            "cell": dict(fontSize=8.5, leading=11.5, textColor=INK),
            "number": dict(fontSize=8, leading=11.5, textColor=INK),
            "head": dict(fontSize=8, leading=10.5, textColor=INK),
            "centre": dict(fontSize=8.5, leading=11.5, textColor=INK, alignment=TA_CENTER),
            "status": dict(fontSize=7, leading=9, textColor=MUTED, alignment=TA_CENTER),
            "overdue": dict(fontSize=7.5, leading=10, textColor=OVERDUE),
            "value": dict(fontSize=10.5, leading=14, textColor=INK),
        }

    def style(self, kind: str, cjk: bool = False) -> ParagraphStyle:
        key = (kind, cjk)
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"{kind}-{'cjk' if cjk else 'latin'}",
                fontName=self.font,
                wordWrap="CJK" if cjk else None,
                **self._specs[kind],
            )
        return self._styles[key]

    def p(self, text: str, kind: str = "body", cjk: bool | None = None) -> Paragraph:
        """``text`` as a paragraph; ``cjk`` (wrap per character) defaults to whether the
        text holds Chinese."""
        markup = runs_markup(text, self.font).replace("\r\n", "\n").replace("\n", "<br/>")
        wrap_cjk = bool(_CJK.search(text)) if cjk is None else cjk
        return Paragraph(markup, self.style(kind, wrap_cjk))

    def title(self, text: str, width: float) -> Paragraph:
        """The title on one line if it fits at 17 down to 14 pt, else wrapped at 17 pt."""
        style = self.style("title", bool(_CJK.search(text)))
        for size in (17, 16, 15, 14):
            if text_width(text, self.font, size) <= width:
                break
        else:
            size = 17
        fitted = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size)
        fitted.leading = size * 1.3
        return Paragraph(runs_markup(text, self.font), fitted)

    def width(self, text: str, kind: str) -> float:
        return text_width(text, self.font, self._specs[kind]["fontSize"])


class _TickBox(Flowable):
    """A square, centred in its cell, for a tick by hand — ticked already for an issue
    closed when the checklist was issued."""

    def __init__(self, size: float = 4.2 * mm, ticked: bool = False) -> None:
        super().__init__()
        self.size = size
        self.ticked = ticked
        self._width = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.size + 2

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        left = (self._width - self.size) / 2
        self.canv.rect(left, 2, self.size, self.size, stroke=1, fill=0)
        if self.ticked:
            size = self.size
            self.canv.setLineWidth(1.2)
            path = self.canv.beginPath()
            path.moveTo(left + 0.2 * size, 2 + 0.5 * size)
            path.lineTo(left + 0.42 * size, 2 + 0.22 * size)
            path.lineTo(left + 0.82 * size, 2 + 0.85 * size)
            self.canv.drawPath(path, stroke=1, fill=0)


def _grid(widths: Sequence[float], rows: list[list], style: list[tuple], **kwargs) -> Table:
    """A table in the Unicode font (its plain-string cells would otherwise be Helvetica)."""
    table = Table(rows, colWidths=list(widths), **kwargs)
    font = ("FONT", (0, 0), (-1, -1), register_unicode_font(), 8.5)
    table.setStyle(TableStyle([font, *style]))
    return table


def _title_block(content: ChecklistContent, t: _Text) -> Table:
    labels = t.labels
    title_width = FRAME_WIDTH - META_WIDTH - 6 * mm
    left: list[Flowable] = [t.title(labels.checklist_title, title_width)]
    if content.replaces:
        left += [Spacer(1, 1.5 * mm), t.p(labels.replaces.format(reference=content.replaces))]
    meta = _grid(
        (24 * mm, META_WIDTH - 24 * mm),
        [
            [t.p(labels.reference, "label"), t.p(content.reference, "value")],
            [
                t.p(labels.issue_date, "label"),
                # issued_at carries the issuer's UTC offset: this is the local date of issue
                t.p(format_date(content.language, content.issued_at.date()), "value"),
            ],
        ],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )
    return _grid(
        (FRAME_WIDTH - META_WIDTH, META_WIDTH),
        [[left, meta]],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
        ],
    )


def _parties_block(content: ChecklistContent, t: _Text) -> Table:
    labels = t.labels
    customer, manager = content.customer, content.manager
    left: list[Flowable] = [
        t.p(labels.customer, "label"),
        t.p(content.account_name, "name"),
        t.p(labels.labelled(labels.account_code, content.account_code)),
    ]
    if customer.organisation and customer.organisation != content.account_name:
        left.append(t.p(labels.labelled(labels.organisation, customer.organisation)))
    if customer.address:
        left.append(t.p(labels.labelled(labels.address, customer.address)))
    phone = customer.phone and customer.phone.replace(" ", "\u00a0")  # never split a number
    contact = " · ".join(v for v in (customer.name, phone, customer.email) if v)
    if contact:
        left.append(t.p(labels.labelled(labels.contact, contact)))
    right: list[Flowable] = [
        t.p(labels.manager, "label"),
        t.p(manager.name, "name"),
        t.p(manager.organisation),
    ]
    for label, value in (
        (labels.phone, manager.phone),
        (labels.email, manager.email),
        (labels.address, manager.address),
    ):
        if value:
            right.append(t.p(labels.labelled(label, value)))
    half = (FRAME_WIDTH - 6 * mm) / 2
    return _grid(
        (half, 6 * mm, half),
        [[left, "", right]],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (0, 0), 0.5, RULE),
            ("BOX", (2, 0), (2, 0), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ],
    )


def _column_widths(items: Sequence[ChecklistItem], t: _Text) -> list[float]:
    """Column widths: each narrow column as wide as its longest text (within bounds), the
    description the rest; when that leaves the description too little, the narrow columns
    shrink towards their longest single word so words are not broken."""
    labels, language = t.labels, t.labels.language
    columns = [
        (labels.col_no, [(str(i.position), "centre") for i in items], 8, 12, False),
        (labels.col_issue, [(i.issue_number, "number") for i in items], 16, 25, True),
        (
            labels.col_category,
            [(category_label(language, i.category), "cell") for i in items],
            16,
            30,
            False,
        ),
        (labels.col_responsible, [(i.responsible, "cell") for i in items], 18, 30, False),
        (
            labels.col_deadline,
            [(format_date(language, i.deadline), "cell") for i in items],
            16,
            25,
            True,
        ),
        (
            labels.col_status,
            [(status_label(language, i.status), "status") for i in items]
            + [(_closed_text(i, labels, language), "status") for i in items if i.closed_on],
            13,
            28 if any(i.closed_on for i in items) else 20,  # the day it was closed, too
            False,
        ),
    ]
    pad = 2 * CELL_PAD + 1
    floors: list[float] = []
    ideals: list[float] = []
    for head, cells, low, high, whole in columns:
        words = [(w, "head") for w in head.split()]
        words += [(w, kind) for text, kind in cells for w in _words(text, whole)]
        word = max(t.width(w, kind) for w, kind in words) + pad
        full = max(t.width(text, kind) for text, kind in [(head, "head"), *cells]) + pad
        floor = min(max(word, low * mm), high * mm)
        floors.append(floor)
        ideals.append(min(max(full, floor), high * mm))
    room = FRAME_WIDTH - MIN_DESCRIPTION
    if sum(ideals) <= room:
        fixed = ideals
    elif sum(floors) <= room:
        share = (sum(ideals) - room) / (sum(ideals) - sum(floors))
        fixed = [
            ideal - (ideal - floor) * share for ideal, floor in zip(ideals, floors, strict=True)
        ]
    else:  # the description gives up to 10 mm more before long words have to break
        fixed = [floor * min(1.0, (room + 10 * mm) / sum(floors)) for floor in floors]
    return [*fixed[:3], FRAME_WIDTH - sum(fixed), *fixed[3:]]


def _words(text: str, whole: bool) -> list[str]:
    return [text] if whole or not text.split() else text.split()


def _coverage(content: ChecklistContent, t: _Text) -> list[Flowable]:
    """The sentence saying the list covers the accounts below the customer's, if it does."""
    if not content.with_sub_accounts:
        return []
    sentence = t.labels.covers_sub_accounts.format(account=content.account_name)
    return [t.p(sentence), Spacer(1, 3 * mm)]


def _closed_text(item: ChecklistItem, labels: DocumentLabels, language: str) -> str:
    """The day a closed issue was closed, as the status column prints it."""
    if item.closed_on is None:
        return ""
    return labels.closed_on.format(date=format_date(language, item.closed_on))


def _resolution_line(item: ChecklistItem, t: _Text) -> Paragraph | None:
    """How a closed issue was resolved, under its description."""
    if not item.resolution:
        return None
    labels = t.labels
    return t.p(f"{labels.resolution}{labels.colon}{item.resolution}", "account")


def _account_line(item: ChecklistItem, shown: str, t: _Text) -> Paragraph | None:
    """Which account an issue concerns (on a checklist covering sub-accounts): its name
    without the chain's words it shares with the customer's, and its code."""
    if not item.account_code:
        return None
    name = short_account_name(item.account_name, shown)
    return t.p(f"{name} · {item.account_code}", "account")


def _items_table(
    items: Sequence[ChecklistItem], t: _Text, shown: str = "", issued_on: date | None = None
) -> Table:
    labels, language = t.labels, t.labels.language
    widths = _column_widths(items, t)
    header = [
        t.p(text, "head")
        for text in (
            labels.col_no,
            labels.col_issue,
            labels.col_category,
            labels.col_description,
            labels.col_responsible,
            labels.col_deadline,
            labels.col_status,
        )
    ]
    rows: list[list] = [header]
    _, header_height = Table([header], colWidths=widths).wrap(FRAME_WIDTH, FRAME_HEIGHT)
    page_room = FRAME_HEIGHT - header_height - 2 * CELL_PAD - 6
    for item in items:
        account = _account_line(item, shown, t)
        room = page_room
        if account is not None:
            room -= account.wrap(widths[3] - 2 * CELL_PAD, page_room)[1]
        resolution = _resolution_line(item, t)
        if resolution is not None:
            room -= resolution.wrap(widths[3] - 2 * CELL_PAD, page_room)[1]
        pieces = _split_to_fit(item.description, t, widths[3] - 2 * CELL_PAD, room)
        described = [p for p in (account, pieces[0], resolution if len(pieces) == 1 else None) if p]
        deadline = [t.p(format_date(language, item.deadline), "cell")]
        if issued_on is not None and item.overdue_on(issued_on):  # in words, not colour only
            deadline.append(t.p(labels.overdue, "overdue"))
        status = [_TickBox(ticked=item.closed_on is not None or bool(item.resolution))]
        status.append(t.p(status_label(language, item.status), "status"))
        if item.closed_on is not None:
            status.append(t.p(_closed_text(item, labels, language), "status"))
        rows.append(
            [
                t.p(str(item.position), "centre"),
                t.p(item.issue_number, "number"),
                t.p(category_label(language, item.category), "cell"),
                described[0] if len(described) == 1 else described,
                t.p(item.responsible, "cell"),
                deadline,
                status,
            ]
        )
        for index, piece in enumerate(pieces[1:], start=2):
            last = index == len(pieces) and resolution is not None
            rows.append(
                [
                    "",
                    [t.p(item.issue_number, "number"), t.p(labels.continued, "small")],
                    "",
                    [piece, resolution] if last else piece,
                    "",
                    "",
                    "",
                ]
            )
    if not items:
        rows.append(["", "", "", t.p(labels.no_items), "", "", ""])
    return _grid(
        widths,
        rows,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
        ],
        repeatRows=1,
    )


def _split_to_fit(text: str, t: _Text, width: float, page_room: float) -> list[Paragraph]:
    """The text as one paragraph when it fits on a page (its row then never splits); else
    pieces of at most a third of a page, so the first can start on the page the table has
    reached.

    The pieces are cut from the text itself, at a point where a line breaks, and each is
    made a paragraph of its own. reportlab's ``Paragraph.split`` is not used: with CJK
    wrapping it joins the rest's lines without the spaces they ended on, so every further
    piece lost more of them ("TiếngViệt … kháchhàngphànnàn") on the document the customer
    seals.
    """
    cjk = bool(_CJK.search(text))  # one wrapping rule for every piece, as for the whole

    def height(part: str, room: float) -> float:
        return t.p(part, "cell", cjk).wrap(width, room)[1]

    if height(text, page_room) <= page_room:
        return [t.p(text, "cell", cjk)]
    room = page_room / 3
    pieces: list[Paragraph] = []
    rest = text
    while height(rest, room) > room:
        cut = _longest_fitting_prefix(rest, lambda part: height(part, room) <= room)
        if cut == 0:  # not even one line fits: let the row grow instead
            break
        pieces.append(t.p(rest[:cut].rstrip(), "cell", cjk))
        rest = rest[cut:].lstrip()
    return [*pieces, t.p(rest, "cell", cjk)]


# Chinese closing punctuation never starts a line (a cut before it moves back one place).
_NO_LINE_START = set("，。、；：？！）》」』】〕”’…·%,.;:!?)")


def _longest_fitting_prefix(text: str, fits: Callable[[str], bool]) -> int:
    """Where to cut ``text`` so that the part before fits: the most characters that fit
    (found by bisection, as wrapping is greedy a longer prefix never needs fewer lines),
    moved back to the last place a line may break — at white space, or next to a Chinese
    character (not before closing punctuation). A single word wider than the room is cut
    where it stops fitting, as reportlab would break it. 0 when nothing fits."""
    low, high = 0, len(text)  # text[:low] fits, text[:high + 1] does not (or is all)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    for cut in range(low, 0, -1):
        if _breakable(text, cut):
            return cut
    return low


def _breakable(text: str, cut: int) -> bool:
    """Whether a line may end between ``text[cut - 1]`` and ``text[cut]``."""
    before, after = text[cut - 1], text[cut] if cut < len(text) else " "
    if after.isspace() or before.isspace():
        return True
    if after in _NO_LINE_START:
        return False
    return bool(_CJK.match(before) or _CJK.match(after))


def _notes(content: ChecklistContent, t: _Text) -> list[Flowable]:
    labels = t.labels
    lines = [labels.labelled(labels.note, content.note)] if content.note else []
    lines += [f"{key}{labels.colon}{value}" for key, value in sorted(content.extra.items())]
    if not lines:
        return []
    return [Spacer(1, 4 * mm), *(t.p(line) for line in lines)]


def _closing_block(content: ChecklistContent, t: _Text) -> KeepTogether:
    labels = t.labels
    gap = 8 * mm
    half = (FRAME_WIDTH - gap) / 2
    seals = _grid(
        (half, gap, half),
        [[t.p(labels.official_seal, "label"), "", t.p(labels.financial_seal, "label")]],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (0, 0), 0.8, MUTED),
            ("BOX", (2, 0), (2, 0), 0.8, MUTED),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
        ],
        rowHeights=[SEAL_BOX_HEIGHT],
    )
    label_width = 24 * mm
    line_width = half - label_width
    rows: list[list] = [
        [
            t.p(labels.customer_representative, "label"),
            "",
            "",
            t.p(labels.our_representative, "label"),
            "",
        ],
        [t.p(labels.name, "label"), "", "", t.p(labels.name, "label"), t.p(content.manager.name)],
        [t.p(labels.signature, "label"), "", "", t.p(labels.signature, "label"), ""],
        [t.p(labels.date, "label"), "", "", t.p(labels.date, "label"), ""],
    ]
    signatures = _grid(
        (label_width, line_width, gap, label_width, line_width),
        rows,
        [
            ("SPAN", (0, 0), (1, 0)),
            ("SPAN", (3, 0), (4, 0)),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEBELOW", (1, 1), (1, -1), 0.6, INK),
            ("LINEBELOW", (4, 1), (4, -1), 0.6, INK),
            ("LINEBELOW", (0, 0), (1, 0), 0.5, RULE),
            ("LINEBELOW", (3, 0), (4, 0), 0.5, RULE),
        ],
        rowHeights=[7 * mm, 10 * mm, 14 * mm, 10 * mm],
    )
    return KeepTogether(
        [
            Spacer(1, 7 * mm),
            t.p(labels.statement),
            Spacer(1, 4 * mm),
            seals,
            Spacer(1, 6 * mm),
            signatures,
        ]
    )
