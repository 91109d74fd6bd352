"""The printed route sheets and visit sheets of a range of days.

For each day a route sheet (the stops in order with time, customer, address, main contact,
purpose and kilometres from the previous stop; the day's total; odometer boxes), then one
visit sheet per visit, each starting on a new page: the account's header and hierarchy, its
contacts with their DMU role (a tick box for "met"), the last visit's findings, open issues
(past-deadline ones marked), price floors, rebate progress and quotes awaiting an answer when
there are any, then ruled lines and tick boxes to fill in by hand and a signature line.

Languages: each visit sheet is printed in its customer's document language; a route sheet
in the language :func:`~acct_desktop.services.visit_sheets.gather_visit_sheets` chose (the
one most of that day's customers read, unless the user asked for one). "Page X of Y" on
each page is in that page's language; a sheet that runs over a page repeats its title at the
top of the next one. Tick boxes and rules are drawn, never glyphs a font may lack. Same
content, same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.geo import ROAD_WINDING_FACTOR
from acct_desktop.domain.number_marks import format_number
from acct_desktop.domain.percentages import format_percent
from acct_desktop.domain.visit_legs import Leg, LegTrouble
from acct_desktop.reporting.document_labels import (
    category_label,
    format_amount,
    format_date,
    pdf_language_tag,
    product_category_label,
)
from acct_desktop.reporting.font_runs import draw_text
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
from acct_desktop.reporting.pdf_tables import grid, list_style
from acct_desktop.reporting.pdf_text import TABLE_SPECS, ParagraphMaker
from acct_desktop.reporting.visit_sheet_labels import VisitSheetLabels, visit_sheet_labels

if TYPE_CHECKING:  # the content is gathered by services; reporting only reads it
    from acct_desktop.services.visit_sheets import (
        RouteSheet,
        VisitSheet,
        VisitSheetsContent,
    )

MARGINS = Margins(left=15 * mm, right=15 * mm, top=16 * mm, bottom=22 * mm)
WARN = colors.HexColor("#B3261E")
NONE = "—"
# Before each warning on the route sheet. The embedded font lacks it: it is drawn in a
# fallback font (Segoe UI Symbol on Windows, DejaVu Sans on Debian; reporting/font_runs.py).
WARNING_SIGN = "⚠"
MAX_CONTACTS = 8
MAX_FLOORS = 10
LINE_HEIGHT = 6.5 * mm
BOX = 3.4 * mm
_SPECS: dict[str, dict[str, object]] = {
    **TABLE_SPECS,
    "title": dict(fontSize=16, leading=20, textColor=INK),
    "name": dict(fontSize=13, leading=16.5, textColor=INK),
    "kicker": dict(fontSize=8.5, leading=11, textColor=MUTED),
    "value": dict(fontSize=9, leading=12, textColor=INK),
    "section": dict(fontSize=9.5, leading=12.5, textColor=INK),
    "small": dict(fontSize=7, leading=9, textColor=MUTED),
    "small_num": dict(fontSize=7, leading=9, textColor=MUTED, alignment=TA_RIGHT),
    "warn": dict(fontSize=7, leading=9, textColor=WARN),
    "warn_num": dict(fontSize=7, leading=9, textColor=WARN, alignment=TA_RIGHT),
    "note": dict(fontSize=7.5, leading=10, textColor=MUTED),
}
_FLUSH = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _all(command: str, value: object) -> tuple:
    """A table style command for every cell."""
    return (command, (0, 0), (-1, -1), value)


def _flush(valign: str, *extra: tuple) -> list[tuple]:
    """No padding, cells aligned ``valign``, then ``extra`` commands."""
    return [*_FLUSH, _all("VALIGN", valign), *extra]


class _TickBox(Flowable):
    """An empty square to tick by hand (drawn, so no font needs a ☐ glyph)."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class _PageMark(Flowable):
    """Invisible: records the page a sheet starts on, its language and its running header."""

    def __init__(self, marks: dict[int, tuple[str, str]], language: str, header: str) -> None:
        super().__init__()
        self.marks, self.language, self.header = marks, language, header

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.marks[self.canv.getPageNumber()] = (self.language, self.header)


def _mark_on(marks: dict[int, tuple[str, str]], page: int) -> tuple[int, str, str]:
    """(first page, language, header) of the sheet printed on ``page``."""
    first = max((p for p in marks if p <= page), default=min(marks, default=1))
    language, header = marks.get(first, ("en", ""))
    return first, language, header


def build_visit_sheets_pdf(content: VisitSheetsContent) -> bytes:
    """Route sheets and visit sheets as PDF bytes (A4, embedded font, deterministic)."""
    text = ParagraphMaker(register_unicode_font(), _SPECS, "vs")
    marks: dict[int, tuple[str, str]] = {}
    manager = content.manager
    footer = " · ".join(p for p in (manager.name, manager.organisation, manager.phone) if p)

    def page_label(page: int, pages: int) -> str:  # in the language of that page's sheet
        return visit_sheet_labels(_mark_on(marks, page)[1]).page_label(page, pages)

    furniture = PageFurniture(
        font_name=text.font,
        page_label=page_label,
        footer_lines=(footer,) if footer else (),
        margins=MARGINS,
    )
    width, _height = content_frame_size(furniture)
    story: list[Flowable] = []
    for day in content.days:
        story += _route_story(day, content, text, width, marks)
        for sheet in day.sheets:
            story += _SheetStory(sheet, content, text, width).story(marks)
    first = visit_sheet_labels(content.days[0].language if content.days else "en")
    span = (content.first_day.isoformat(), content.last_day.isoformat())
    info = DocumentInfo(
        title=f"{first.route_title} {span[0]} – {span[1]}",
        author=manager.name or "acct-desktop",
        subject=first.subject.format(first=span[0], last=span[1]),
        keywords="visit sheets; route",
        language=pdf_language_tag(first.language),
    )
    return render_pdf(story, info=info, furniture=furniture, overlay=_running_header(marks, text))


def visit_sheets_file_name(content: VisitSheetsContent) -> str:
    """``visit-sheets-2026-11-03.pdf`` or ``visit-sheets-2026-11-03-to-2026-11-06.pdf``."""
    first, last = content.first_day.isoformat(), content.last_day.isoformat()
    return f"visit-sheets-{first}.pdf" if first == last else f"visit-sheets-{first}-to-{last}.pdf"


def _running_header(
    marks: dict[int, tuple[str, str]], t: ParagraphMaker
) -> Callable[[Canvas], None]:
    def draw(canvas: Canvas) -> None:
        page = canvas.getPageNumber()
        first, language, header = _mark_on(marks, page)
        if page == first or not header:
            return
        labels = visit_sheet_labels(language)
        width, height = canvas._pagesize
        y = height - MARGINS.top + 5 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGINS.left, y, f"{header} {labels.continued}", t.font, 7.5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(MARGINS.left, y - 1.8 * mm, width - MARGINS.right, y - 1.8 * mm)
        canvas.restoreState()

    return draw


def _day_heading(labels: VisitSheetLabels, day: date) -> str:
    return f"{labels.weekdays[day.weekday()]} {format_date(labels.language, day)}"


def _hours(start: datetime, end: datetime) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def _km(language: str, km: float) -> str:
    """Kilometres to one decimal below 100 km, whole from there on."""
    shown = Decimal(str(round(km, 1))) if km < 100 else Decimal(round(km))
    return format_number(language, shown)


def _duration(labels: VisitSheetLabels, minutes: int) -> str:
    """``35 min``, ``1 h 05 min`` in the sheet's language."""
    if minutes < 60:
        return labels.minutes.format(minutes=minutes)
    return labels.hours.format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def _zone(labels: VisitSheetLabels, moment: datetime) -> str:
    """The clock a time is on, as people read it: ``giờ Việt Nam (UTC+7)``."""
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    shown = f"{sign}{hours}" + (f":{rest:02d}" if rest else "")
    key = getattr(moment.tzinfo, "key", None) or moment.tzname() or ""
    return labels.zone_name(key, shown)


def _other_clock(moment: datetime, home: tzinfo | None) -> bool:
    """Whether ``moment`` is on another clock than ``home`` (this computer's) just then."""
    return home is not None and moment.utcoffset() != moment.astimezone(home).utcoffset()


def _trouble(labels: VisitSheetLabels, leg: Leg, day: RouteSheet) -> str:
    """Why a stop cannot be kept as printed: it overlaps a stop under way, or the drive
    from the stop before takes longer than the time between (stops numbered from 1)."""
    before = day.stops[leg.before]
    if leg.trouble is LegTrouble.OVERLAP:
        return labels.overlap.format(stop=leg.before + 1, time=_hours(before.start, before.end))
    return labels.too_far.format(
        stop=leg.before + 1,
        drive=_duration(labels, leg.drive_minutes or 0),
        free=_duration(labels, leg.free_minutes or 0),
    )


def _route_story(
    day: RouteSheet,
    content: VisitSheetsContent,
    t: ParagraphMaker,
    width: float,
    marks: dict[int, tuple[str, str]],
) -> list[Flowable]:
    lab = visit_sheet_labels(day.language)
    language = lab.language
    heading = _day_heading(lab, day.day)
    story: list[Flowable] = [] if day is content.days[0] else [PageBreak()]
    story.append(_PageMark(marks, language, f"{lab.route_title} · {heading}"))
    facts = [lab.stops.format(count=len(day.stops))]
    if any(stop.km_from_previous is not None for stop in day.stops):  # else nothing known
        drive = _duration(lab, day.total_minutes)
        facts.append(lab.total_distance.format(km=_km(language, day.total_km), time=drive))
    if day.holiday:
        facts.append(lab.holiday.format(name=day.holiday))
    if day.troubled:
        count = format_number(language, Decimal(day.troubled))
        facts.append(f"{WARNING_SIGN} {lab.troubles.format(count=count)}")
    manager = day.manager or content.manager.name  # whose route: its visits' owner
    if manager:
        facts.insert(0, lab.labelled(lab.manager, manager))
    title = grid(
        (width * 0.55, width * 0.45),
        [[[t.p(lab.route_title, "title"), t.p(heading, "name")], [t.p(f) for f in facts]]],
        _flush("BOTTOM", _all("BOTTOMPADDING", 2.5 * mm), ("LINEBELOW", (0, 0), (-1, 0), 1, INK)),
    )
    # say which clock each time is on when the stops are on several, or on another than
    # this computer's (the calendar shows this computer's time)
    zones = len({s.start.utcoffset() for s in day.stops}) > 1 or any(
        _other_clock(s.start, content.home_zone) for s in day.stops
    )
    rows: list[list] = [
        [t.p(h, "head") for h in (lab.col_no, lab.col_time, lab.col_account, lab.col_address)]
        + [t.p(lab.col_contact, "head"), t.p(lab.col_purpose, "head")]
        + [t.p(lab.col_distance, "head_num")]
    ]
    for number, stop in enumerate(day.stops, start=1):
        when = [t.p(_hours(stop.start, stop.end))]
        if zones:
            when.append(t.p(_zone(lab, stop.start), "small"))
        contact = [t.p(stop.contact_name or NONE)]
        if stop.contact_phone:
            contact.append(t.p(stop.contact_phone, "small"))
        account = [t.p(stop.account_name), t.p(stop.account_code, "small")]
        purpose = t.p(lab.purpose_name(stop.purpose))
        far, minutes = stop.km_from_previous, stop.minutes_from_previous
        km = [t.p(NONE if far is None else lab.km.format(km=_km(language, far)), "num")]
        if minutes is not None:
            too_far = stop.trouble is not None and stop.trouble.trouble is LegTrouble.TOO_FAR
            drive = _duration(lab, minutes)
            km.append(
                t.p(f"{WARNING_SIGN} {drive}", "warn_num") if too_far else t.p(drive, "small_num")
            )
        address = [t.p(stop.address or NONE)]
        if stop.trouble is not None:
            address.append(t.p(f"{WARNING_SIGN} {_trouble(lab, stop.trouble, day)}", "warn"))
        rows.append([t.p(str(number)), when, account, address, contact])
        rows[-1] += [purpose, km]
    widths = [8 * mm, 19 * mm, 40 * mm, 0.0, 34 * mm, 21 * mm, 18 * mm]
    widths[3] = width - sum(widths)
    stops = grid(widths, rows, list_style(len(rows)), repeatRows=1)
    odometer = grid(
        (38 * mm, 40 * mm, 10 * mm, 38 * mm, 40 * mm),
        [[t.p(lab.odometer_start, "label"), "", "", t.p(lab.odometer_end, "label"), ""]],
        _flush(
            "BOTTOM",
            ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
            ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
        ),
        rowHeights=[LINE_HEIGHT],
    )
    story += [title, Spacer(1, 5 * mm), stops, Spacer(1, 2.5 * mm)]
    note = lab.distance_note.format(
        factor=format_number(language, Decimal(str(ROAD_WINDING_FACTOR))),
        speed=format_number(language, Decimal(str(round(content.speed_kmh)))),
    )
    story += [t.p(note, "note"), Spacer(1, 6 * mm), odometer]
    return story


class _SheetStory:
    """The flowables of one visit sheet in its customer's language."""

    def __init__(
        self, sheet: VisitSheet, content: VisitSheetsContent, t: ParagraphMaker, width: float
    ):
        self.sheet, self.t, self.width = sheet, t, width
        # whose visit: its owner, else its territory's manager, else who prints it
        self.as_of, self.manager = content.as_of, sheet.manager or content.manager.name
        self.home_zone = content.home_zone
        self.lab = visit_sheet_labels(sheet.language)
        self.language = self.lab.language

    # -- figures ----------------------------------------------------------------------------
    def day(self, value: date) -> str:
        return format_date(self.language, value)

    def money(self, amount: Decimal, currency: str) -> str:
        """``amount`` with the currency's decimals (finer amounts print as given)."""
        return format_amount(self.language, amount, currency, keep_finer=True)

    def rounded(self, amount: Decimal, currency: str) -> str:
        return format_amount(self.language, amount, currency)

    def percent(self, value: Decimal) -> str:
        normal = value.normalize()
        exponent = normal.as_tuple().exponent
        plain = (
            normal.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else normal
        )
        return format_percent(self.language, plain)

    # -- story ------------------------------------------------------------------------------
    def story(self, marks: dict[int, tuple[str, str]]) -> list[Flowable]:
        lab, sheet = self.lab, self.sheet
        header = f"{lab.sheet_title} · {sheet.account_name} · {self.day(sheet.start.date())}"
        story: list[Flowable] = [PageBreak(), _PageMark(marks, self.language, header)]
        story += [self.heading(), Spacer(1, 2.5 * mm), self.facts()]
        story += self.contacts() + self.last_visit() + self.issues()
        story += self.floors() + self.rebates() + self.quotes()
        story += self.to_fill()
        return story

    def hours(self) -> list[Flowable]:
        """The visit's time, and below it its clock when that is not this computer's."""
        sheet, t = self.sheet, self.t
        shown = [t.p(_hours(sheet.start, sheet.end), "value")]
        if _other_clock(sheet.start, self.home_zone):
            shown.append(t.p(_zone(self.lab, sheet.start), "small"))
        return shown

    def heading(self) -> Table:
        lab, sheet, t = self.lab, self.sheet, self.t
        start = sheet.start
        meta = [
            (lab.date, t.p(_day_heading(lab, start.date()), "value")),
            (lab.time, self.hours()),
            (lab.purpose, t.p(lab.purpose_name(sheet.purpose), "value")),
        ]
        meta_table = grid(
            (22 * mm, 48 * mm),
            [[t.p(k, "label"), v] for k, v in meta]
            + [["", t.p(lab.stop_of.format(stop=sheet.stop, stops=sheet.stops), "small")]],
            # the time's label beside the time, not beside the clock printed under it
            _flush("BOTTOM", _all("BOTTOMPADDING", 1), ("VALIGN", (0, 1), (0, 1), "TOP")),
        )
        identity = f"{sheet.account_code} · {lab.kind_name(sheet.account_kind)}"
        identity += f" · {lab.labelled(lab.tier, sheet.tier)}"
        left = [t.p(lab.sheet_title, "kicker"), t.p(sheet.account_name, "name")]
        left.append(t.p(identity, "label"))
        return grid(
            (self.width - 74 * mm, 74 * mm),
            [[left, meta_table]],
            _flush(
                "BOTTOM",
                ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                _all("BOTTOMPADDING", 2.5 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
            ),
        )

    def facts(self) -> Table:
        lab, sheet, t = self.lab, self.sheet, self.t
        rows = [(lab.address, sheet.address or NONE)]
        if sheet.phone:
            rows.append((lab.phone, sheet.phone))
        if sheet.hierarchy:
            chain = [level.name for level in sheet.hierarchy] + [sheet.account_name]
            rows.append((lab.hierarchy, " › ".join(chain)))
        return grid(
            (30 * mm, self.width - 30 * mm),
            [[t.p(k, "label"), t.p(v, "value")] for k, v in rows],
            _flush("TOP", _all("BOTTOMPADDING", 1.2), _all("TOPPADDING", 0.8)),
        )

    def section(
        self, heading: str, body: list[Flowable], note: str = "", *, whole: bool = False
    ) -> list[Flowable]:
        """A heading on a rule kept with the first flowable of ``body`` (with all of it when
        ``whole``). KeepTogethers are never nested: an inner one always reports itself too
        tall, and the outer one would then move to the next page however much room is left."""
        title = [[self.t.p(heading, "section"), self.t.p(note, "small") if note else ""]]
        rule = grid(
            (self.width * 0.6, self.width * 0.4),
            title,
            _flush(
                "BOTTOM", _all("BOTTOMPADDING", 1.5), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)
            ),
        )
        cut = len(body) if whole else 1
        kept, rest = body[:cut], body[cut:]
        return [Spacer(1, 4 * mm), KeepTogether([rule, Spacer(1, 1.5 * mm), *kept]), *rest]

    def table(self, heads: list[tuple[str, str]], rows: list[list], widths: list[float]) -> Table:
        header = [self.t.p(text, kind) for text, kind in heads]
        spare = self.width - sum(widths)
        widths = [w or spare for w in widths]
        return grid(widths, [header, *rows], list_style(len(rows) + 1), repeatRows=1)

    def more(self, count: int, columns: int) -> list:
        return [self.t.p(self.lab.more.format(count=count), "small")] + [""] * (columns - 1)

    def contacts(self) -> list[Flowable]:
        lab, t = self.lab, self.t
        people = self.sheet.contacts
        if not people:
            return self.section(lab.contacts, [t.p(lab.no_contacts, "note")])
        rows: list[list] = []
        for c in people[:MAX_CONTACTS]:
            influence = t.p(lab.influence.format(value=c.influence))
            rows.append(
                [_TickBox(), t.p(c.name), t.p(c.title or ""), t.p(lab.role_name(c.dmu_role))]
            )
            rows[-1] += [influence, t.p(c.phone or c.email or "")]
        if len(people) > MAX_CONTACTS:
            rows.append(self.more(len(people) - MAX_CONTACTS, 6))
        heads = [(lab.col_met, "head"), (lab.col_name, "head"), (lab.col_title, "head")]
        heads += [(lab.col_role, "head"), (lab.col_influence, "head"), (lab.phone, "head")]
        table = self.table(heads, rows, [17 * mm, 40 * mm, 0, 30 * mm, 17 * mm, 34 * mm])
        return self.section(lab.contacts, [table])

    def last_visit(self) -> list[Flowable]:
        lab, t, last = self.lab, self.t, self.sheet.last_visit
        if last is None:
            return self.section(lab.last_visit, [t.p(lab.no_last_visit, "note")])
        notes = [(lab.summary, last.summary), (lab.stock_seen, last.stock_note)]
        notes += [(lab.sell_through, last.sell_through_note)]
        notes += [(lab.competitors, last.competitor_note), (lab.needs, last.needs_note)]
        notes += [(lab.follow_ups, last.follow_ups)]
        rows = [[t.p(k, "label"), t.p(v.strip())] for k, v in notes if v and v.strip()]
        ticks = [
            (lab.price_compliance, last.price_compliant),
            (lab.display_compliance, last.pop_compliant),
            (lab.promotion, last.promotion_participation),
        ]
        shown = [lab.labelled(k, lab.yes if v else lab.no) for k, v in ticks if v is not None]
        if shown:
            rows.append([t.p(lab.compliance, "label"), t.p(" · ".join(shown))])
        when = f"{self.day(last.day)} · {lab.purpose_name(last.purpose)}"
        body: list[Flowable] = [t.p(when, "value")]
        if rows:
            style = _flush("TOP", _all("TOPPADDING", 1.2), _all("BOTTOMPADDING", 1.2))
            body.append(grid((30 * mm, self.width - 30 * mm), rows, style))
        return self.section(lab.last_visit, body)

    def issues(self) -> list[Flowable]:
        lab, t, lang = self.lab, self.t, self.language
        if not self.sheet.issues:
            return self.section(lab.open_issues, [t.p(lab.no_open_issues, "note")])
        rows = []
        for issue in self.sheet.issues:
            deadline = [t.p(self.day(issue.deadline))]
            if issue.past_deadline:
                deadline.append(t.p(lab.past_deadline, "warn"))
            category = t.p(category_label(lang, issue.category))
            rows.append([t.p(issue.number, "small"), category, t.p(issue.description)])
            rows[-1] += [t.p(issue.responsible), deadline]
        heads = [(lab.col_issue, "head"), (lab.col_category, "head")]
        heads += [(lab.col_description, "head"), (lab.col_responsible, "head")]
        heads.append((lab.col_deadline, "head"))
        table = self.table(heads, rows, [25 * mm, 28 * mm, 0, 30 * mm, 24 * mm])
        return self.section(lab.open_issues, [table])

    def floors(self) -> list[Flowable]:
        lab, t, floors = self.lab, self.t, self.sheet.price_floors
        if not floors:
            return []
        rows = []
        for floor in floors[:MAX_FLOORS]:
            if floor.sku:
                product = [t.p(floor.product_name or floor.sku), t.p(floor.sku, "small")]
            elif floor.category:
                product = [t.p(product_category_label(self.language, floor.category))]
            else:
                product = [t.p(lab.all_products)]
            unit = lab.per_unit.format(unit=floor.unit) if floor.unit else lab.per_pack
            price = f"{self.money(floor.floor_price, floor.currency)} {floor.currency}"
            valid = self.day(floor.valid_to) if floor.valid_to else NONE
            rows.append([product, [t.p(price, "num"), t.p(unit, "small_num")], t.p(valid)])
        if len(floors) > MAX_FLOORS:
            rows.append(self.more(len(floors) - MAX_FLOORS, 3))
        heads = [(lab.col_product, "head"), (lab.col_floor, "head_num")]
        table = self.table([*heads, (lab.col_valid_until, "head")], rows, [0, 40 * mm, 30 * mm])
        return self.section(lab.price_floors, [table])

    def rebates(self) -> list[Flowable]:
        lab, t = self.lab, self.t
        if not self.sheet.rebates:
            return []
        rows = []
        for r in self.sheet.rebates:
            reached = self.percent(r.rate_reached) if r.rate_reached is not None else NONE
            if r.kind is RebateKind.FIXED_PERCENT:
                following, needed = NONE, NONE
            elif r.next_threshold is None or r.next_rate is None:
                following, needed = NONE, lab.top_tier_reached
            else:
                threshold = self.rounded(r.next_threshold, r.currency)
                following = f"{threshold} · {self.percent(r.next_rate)}"
                needed = self.rounded(max(r.to_next_tier or Decimal(0), Decimal(0)), r.currency)
            volume = t.p(self.rounded(r.volume_to_date, r.currency), "num")
            agreement = [t.p(r.number), t.p(r.currency, "small")]
            rows.append([agreement, volume, t.p(reached, "num"), t.p(following, "num")])
            rows[-1].append(t.p(needed, "num"))
        heads = [(lab.col_agreement, "head"), (lab.col_volume, "head_num")]
        heads += [(lab.col_rate_reached, "head_num"), (lab.col_next_tier, "head_num")]
        heads.append((lab.col_to_next_tier, "head_num"))
        table = self.table(heads, rows, [0, 34 * mm, 22 * mm, 44 * mm, 36 * mm])
        note = lab.as_of.format(date=self.day(self.as_of))
        return self.section(lab.rebates, [table], note)

    def quotes(self) -> list[Flowable]:
        lab, t = self.lab, self.t
        if not self.sheet.quotes:
            return []
        rows = []
        for q in self.sheet.quotes:
            number = q.number if q.revision == 1 else f"{q.number} R{q.revision}"
            amount = t.p(f"{self.rounded(q.net_total, q.currency)} {q.currency}", "num")
            rows.append([t.p(number), t.p(self.day(q.quote_date)), t.p(self.day(q.valid_until))])
            rows[-1].append(amount)
        heads = [(lab.col_quote, "head"), (lab.col_quote_date, "head")]
        heads += [(lab.col_valid_until, "head"), (lab.col_amount, "head_num")]
        table = self.table(heads, rows, [0, 30 * mm, 30 * mm, 44 * mm])
        return self.section(lab.quotes_awaiting, [table])

    def to_fill(self) -> list[Flowable]:
        """Ruled lines to write on, compliance tick boxes and the signatures: one block,
        kept on one page (on the next one when the briefing above fills this one)."""
        lab, t, width = self.lab, self.t, self.width
        label_width = 36 * mm
        rows: list[list] = []
        style = _flush("BOTTOM")
        for label, lines in ((lab.stock, 2), (lab.competitor_notes, 3), (lab.needs_notes, 2)):
            for index in range(lines):
                rows.append([t.p(label, "label") if index == 0 else "", ""])
                style.append(("LINEBELOW", (1, len(rows) - 1), (1, len(rows) - 1), 0.4, MUTED))
        heights = [LINE_HEIGHT] * len(rows)
        ruled = grid((label_width, width - label_width), rows, style, rowHeights=heights)
        items = (lab.price_compliance, lab.display_compliance, lab.promotion)
        ticks: list[list] = []
        for text in items:
            first = "" if ticks else t.p(lab.compliance, "label")
            ticks.append([first, t.p(text, "value"), _TickBox(), t.p(lab.yes), _TickBox()])
            ticks[-1].append(t.p(lab.no))
        tick_table = grid(
            (label_width, 62 * mm, BOX + 2 * mm, 16 * mm, BOX + 2 * mm, 20 * mm),
            ticks,
            _flush("MIDDLE", _all("BOTTOMPADDING", 1.3), _all("TOPPADDING", 1.3)),
        )
        gap = 10 * mm
        half = (width - gap) / 2
        customer = self.signature_side(lab.customer_signature, "", half)
        ours = self.signature_side(lab.manager_signature, self.manager, half)
        signatures = grid((half, gap, half), [[customer, "", ours]], _FLUSH)
        body = [ruled, Spacer(1, 3 * mm), tick_table, Spacer(1, 4 * mm), signatures]
        return self.section(lab.to_fill, body, whole=True)

    def signature_side(self, heading: str, name: str, width: float) -> Table:
        """Name and date on one line, the signature below, each on a rule."""
        lab, t = self.lab, self.t
        label, date_label, date_line = 18 * mm, 12 * mm, 24 * mm
        widths = (label, width - label - date_label - date_line, date_label, date_line)
        rows = [[t.p(heading, "section"), "", "", ""]]
        rows.append([t.p(lab.name, "label"), t.p(name), t.p(lab.signed_on, "label"), ""])
        rows.append([t.p(lab.signature, "label"), "", "", ""])
        style = _flush("BOTTOM", ("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, 2), (-1, 2)))
        style += [_all("BOTTOMPADDING", 1.5), _all("LEFTPADDING", 0)]
        style += [("LINEBELOW", (1, 1), (1, 1), 0.6, INK), ("LINEBELOW", (3, 1), (3, 1), 0.6, INK)]
        style += [("LINEBELOW", (1, 2), (-1, 2), 0.6, INK), ("LEFTPADDING", (3, 1), (3, 1), 0)]
        style.append(("LEFTPADDING", (2, 1), (2, 1), 2 * mm))
        return grid(widths, rows, style, rowHeights=[6 * mm, 8 * mm, 11 * mm])
