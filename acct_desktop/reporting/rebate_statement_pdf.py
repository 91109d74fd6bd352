"""The rebate statement as a PDF: where a customer stands on each of its rebate agreements.

A4 portrait in the account's document language, one agreement per page (an account's
statement lists each active agreement on its own page): the agreement and its dates, the
figures to date — sell-in, rebate accrued, settlements paid, balance — and the run-rate
projection to period end, the tiers with the one reached marked and the distance to the
next, sell-in by month and a chart of it against the thresholds. Every page carries
"Page X of Y". It goes to the customer: nothing internal (such as whether the agreement
was entered late under the company's rule) is printed.

Money is printed from ``Decimal`` rounded half-up to the currency's minor unit (the rebates
are already rounded by the engine; sums are exact; this rounding is for display only).
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, PageBreak, Paragraph, Spacer, Table, TableStyle

from acct_desktop.domain.percentages import format_percent
from acct_desktop.reporting.document_labels import (
    RebateStatementLabels,
    format_amount,
    format_date,
    labels_for,
    pdf_language_tag,
    product_category_label,
    rebate_statement_labels,
)
from acct_desktop.reporting.font_runs import markup, text_width
from acct_desktop.reporting.fonts import find_font_file, register_unicode_font
from acct_desktop.reporting.pdf_pages import (
    INK,
    MUTED,
    RULE,
    DocumentInfo,
    Margins,
    PageFurniture,
    render_pdf,
)
from acct_desktop.reporting.quote_labels import quote_labels_for
from acct_desktop.reporting.quote_pdf import draw_watermark
from acct_desktop.reporting.rebate_statement_content import (
    AgreementStatement,
    RebateStatementContent,
    StatementTier,
)

MARGINS = Margins(left=18 * mm, right=18 * mm, top=18 * mm, bottom=26 * mm)
FRAME_WIDTH = A4[0] - MARGINS.left - MARGINS.right
HEADER_FILL = colors.HexColor("#ECEEF1")
REACHED_FILL = colors.HexColor("#DCEBFA")
GAP = 6 * mm
LEFT_WIDTH = 96 * mm

__all__ = [
    "AgreementStatement",
    "RebateStatementContent",
    "StatementTier",
    "build_rebate_statement_pdf",
]


def build_rebate_statement_pdf(content: RebateStatementContent, *, chart: bool = True) -> bytes:
    """The statement as PDF bytes (A4, embedded Unicode font, deterministic for its content).

    ``chart=False`` leaves out the matplotlib chart (faster; no matplotlib import)."""
    font = register_unicode_font()
    labels = rebate_statement_labels(content.language)
    base = labels_for(content.language)
    when = format_date(content.language, content.statement_date)
    furniture = PageFurniture(
        font_name=font,
        page_label=base.page_label,
        footer_lines=(
            f"{labels.title} · {base.bracketed(content.account_name, content.account_code)}",
            base.labelled(labels.statement_date, when),
        ),
        header_text=f"{labels.title} · {content.account_name} · {when}",
        margins=MARGINS,
    )
    info = DocumentInfo(
        title=f"{labels.title} {content.account_code} {content.statement_date.isoformat()}",
        author="acct-desktop",
        subject=labels.subject.format(account=content.account_name),
        keywords=" ".join(a.number for a in content.agreements),
        language=pdf_language_tag(content.language),
    )
    page = _Page(font, labels, content, chart)
    story: list[Flowable] = []
    starts: list[tuple[int, bool]] = []  # (first page, not agreed yet) of each agreement
    for index, agreement in enumerate(content.agreements):
        if index:
            story.append(PageBreak())
        story.append(_PageMark(starts, agreement.status in NOT_AGREED))
        story += page.agreement(agreement)
    word = quote_labels_for(content.language).draft

    def overlay(canvas: Canvas) -> None:
        """The DRAFT watermark of quotes over every page of an agreement not agreed yet:
        its balance and settlement are what it would pay, not what is owed."""
        number = canvas.getPageNumber()
        marked = [draft for first, draft in starts if first <= number]
        if marked and marked[-1]:
            draw_watermark(canvas, word, font)

    return render_pdf(story, info=info, furniture=furniture, overlay=overlay)


NOT_AGREED = frozenset({"draft", "pending_approval"})  # RebateStatus values


class _PageMark(Flowable):
    """Notes the page an agreement starts on (nothing drawn, no room taken)."""

    def __init__(self, starts: list[tuple[int, bool]], draft: bool) -> None:
        super().__init__()
        self.starts, self.draft = starts, draft
        self.width = self.height = 0

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts.append((self.canv.getPageNumber(), self.draft))


class _Page:
    """Builds one agreement's page; holds the styles and number formats of the language."""

    def __init__(
        self, font: str, labels: RebateStatementLabels, content: RebateStatementContent, chart: bool
    ) -> None:
        self.font, self.labels, self.content, self.chart = font, labels, content, chart
        cjk = "CJK" if content.language == "zh_CN" else None
        specs = {
            "title": dict(fontSize=17, leading=22),
            "name": dict(fontSize=11, leading=15),
            "body": dict(fontSize=8.5, leading=12),
            "label": dict(fontSize=7.5, leading=10, textColor=MUTED),
            "head": dict(fontSize=8, leading=10.5),
            "head_right": dict(fontSize=8, leading=10.5, alignment=TA_RIGHT),
            "number": dict(fontSize=8.5, leading=12, alignment=TA_RIGHT),
            "strong": dict(fontSize=9.5, leading=13, alignment=TA_RIGHT),
            "small": dict(fontSize=7.5, leading=10, textColor=MUTED),
            "muted_right": dict(fontSize=7.5, leading=12, textColor=MUTED, alignment=TA_RIGHT),
        }
        self.styles = {
            name: ParagraphStyle(name, fontName=font, wordWrap=cjk, **({"textColor": INK} | spec))
            for name, spec in specs.items()
        }

    # -- formatting ---------------------------------------------------------------------
    def p(self, text: str, kind: str = "body") -> Paragraph:
        return Paragraph(markup(text, self.font), self.styles[kind])

    def kept_together(self, text: str, width: float) -> Paragraph:
        """``text`` in ``width`` points; too long for one line, it breaks before its
        bracketed part, never inside a word of it (Chinese wraps between any two characters:
        "…（达到下一阶" / "梯）")."""
        style = self.styles["body"]
        opening = max(text.rfind("（"), text.rfind(" ("))
        if opening <= 0 or text_width(text, self.font, style.fontSize) <= width:
            return self.p(text)
        head, tail = text[:opening].rstrip(), text[opening:].lstrip()
        return Paragraph(f"{markup(head, self.font)}<br/>{markup(tail, self.font)}", style)

    def money(self, value: Decimal, currency: str) -> str:
        return format_amount(self.labels.language, value, currency)

    def rate(self, value: Decimal) -> str:
        """A rate as every other document of the language writes it (3.5% · 3,5 %), the
        same in the tiers, the figures and the chart."""
        return format_percent(self.labels.language, value.normalize())

    def day(self, value: date) -> str:
        return format_date(self.content.language, value)

    # -- blocks -------------------------------------------------------------------------
    def agreement(self, a: AgreementStatement) -> list[Flowable]:
        blocks: list[Flowable] = [
            self._title(a),
            Spacer(1, 4 * mm),
            self._details(a),
            Spacer(1, 5 * mm),
            self._side_by_side(self._figures(a), self._tiers(a)),
            Spacer(1, 5 * mm),
            self._side_by_side(self._months(a), self._chart(a)),
            Spacer(1, 4 * mm),
            self.p(self._kind_note(a), "small"),
            *[self.p(note, "small") for note in self._part_notes(a)],
            self.p(self.labels.amounts_note.format(currency=a.currency), "small"),
        ]
        return blocks

    def _part_notes(self, a: AgreementStatement) -> list[str]:
        """For each month whose monthly figure was shared out over the period's days in it:
        what the figure was and how much of it counts."""
        volumes = dict(a.months)
        return [
            self.labels.part_note.format(
                month=self.labels.month_part(part.first, part.last),
                figure=self.money(part.month_figure, a.currency),
                counted=part.days_counted,
                covered=part.days_covered,
                amount=self.money(volumes.get(part.month, Decimal(0)), a.currency),
            )
            for part in a.parts
            if part.month_figure is not None and a.has_figures(part.month)
        ]

    def _grid(self, widths: list[float], rows: list[list], style: list[tuple]) -> Table:
        table = Table(rows, colWidths=widths)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.font, 8.5), *style]))
        return table

    def _title(self, a: AgreementStatement) -> Table:
        lab = self.labels
        left = [self.p(lab.title, "title"), self.p(self.content.account_name, "name")]
        if a.status in NOT_AGREED:  # its balance and settlement are not owed: said in words
            left.append(self.p(lab.not_agreed, "small"))
        meta = self._grid(
            [26 * mm, 38 * mm],
            [
                [self.p(lab.agreement, "label"), self.p(a.number, "name")],
                [
                    self.p(lab.statement_date, "label"),
                    self.p(self.day(self.content.statement_date)),
                ],
            ],
            [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)],
        )
        return self._grid(
            [FRAME_WIDTH - 64 * mm, 64 * mm],
            [[left, meta]],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, INK),
            ],
        )

    def _also_counted(self, a: AgreementStatement) -> list[Flowable]:
        """Under the scope: each other agreement counting some of the same sales."""
        return [
            self.p(
                self.labels.also_counted.format(
                    number=other.number,
                    account=other.account,
                    start=self.day(other.start),
                    end=self.day(other.end),
                ),
                "small",
            )
            for other in a.also_counted
        ]

    def _details(self, a: AgreementStatement) -> Table:
        lab = self.labels
        period = f"{self.day(a.period_start)} – {self.day(a.period_end)}"
        elapsed = (
            lab.period_over
            if a.period_over
            else lab.elapsed.format(elapsed=a.elapsed_days, total=a.total_days)
        )
        reach = (
            lab.figures_through.format(date=self.day(a.figures_through))
            if a.figures_through is not None
            else lab.no_figures
        )
        signed = self.day(a.signed_on) if a.signed_on else lab.not_signed
        if a.signed_by:
            signed += f" · {a.signed_by}"
        entered = self.p(self.day(a.entered_on))
        pairs_left = [
            (lab.kind, self.p(lab.kinds.get(a.kind, a.kind))),
            (lab.period, [self.p(period), self.p(elapsed, "small"), self.p(reach, "small")]),
            (lab.scope, [self.p(self._scope(a.category)), *self._also_counted(a)]),
        ]
        pairs_right = [
            (lab.status, self.p(lab.statuses.get(a.status, a.status))),
            (lab.signed_on, self.p(signed)),
            (lab.entered_on, entered),
        ]
        rows = [
            [self.p(ll, "label"), lv, "", self.p(rl, "label"), rv]
            for (ll, lv), (rl, rv) in zip(pairs_left, pairs_right, strict=True)
        ]
        rows.insert(
            0,
            [
                self.p(labels_for(self.content.language).account_code, "label"),
                self.p(self.content.account_code),
                "",
                self.p(lab.currency, "label"),
                self.p(a.currency),
            ],
        )
        # the label column is as wide as its longest label (Vietnamese "Ngày nhập hệ
        # thống" wrapped in 26 mm), so no label breaks over two lines
        longest = max(
            text_width(text, self.font, self.styles["label"].fontSize)
            for text in (
                labels_for(self.content.language).account_code,
                lab.kind, lab.period, lab.scope, lab.currency, lab.status, lab.signed_on,
                lab.entered_on,
            )
        )  # fmt: skip
        label_width, half = max(26 * mm, longest + 3 * mm), (FRAME_WIDTH - GAP) / 2
        return self._grid(
            [label_width, half - label_width, GAP, label_width, half - label_width],
            rows,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ],
        )

    def _side_by_side(self, left: Flowable, right: Flowable) -> Table:
        return self._grid(
            [LEFT_WIDTH, GAP, FRAME_WIDTH - LEFT_WIDTH - GAP],
            [[left, "", right]],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ],
        )

    def _heading_style(self, rows: int) -> list[tuple]:
        return [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, 1), (-1, rows - 1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]

    def _figures(self, a: AgreementStatement) -> Table:
        lab, m = self.labels, lambda value: self.money(value, a.currency)
        volume = lab.volume_period if a.period_over else lab.volume_to_date
        rows: list[tuple[str, str, bool]] = [(volume, m(a.volume_to_date), False)]
        if a.growth_to_date is not None and a.last_year_to_date is not None:
            if a.baseline_agreed and a.last_year_full is not None:
                # a contract figure: say so, never "same period last year"
                rows.append((lab.agreed_baseline, m(a.last_year_full), False))
                if not a.period_over:
                    rows.append((lab.agreed_baseline_to_date, m(a.last_year_to_date), False))
            else:
                rows.append((lab.last_year_to_date, m(a.last_year_to_date), False))
            rows.append((lab.growth_to_date, m(a.growth_to_date), False))
        if a.period_over:
            rows += self._final_rows(a)
        else:
            rows += self._to_date_rows(a)
        for currency, amount in a.unconverted:
            rows.append((f"{lab.unconverted}", f"{currency} {self.money(amount, currency)}", False))
        heading = lab.figures_final if a.period_over else lab.figures
        table_rows: list[list] = [[self.p(heading, "head"), self.p(a.currency, "head_right")]]
        label_width = LEFT_WIDTH - 40 * mm - 4  # the label column less its padding
        table_rows += [
            [self.kept_together(label, label_width), self.p(value, "strong" if bold else "number")]
            for label, value, bold in rows
        ]
        style = self._heading_style(len(table_rows))
        balance = lab.balance_final if a.period_over else lab.balance
        balance_row = next(i for i, r in enumerate(rows, start=1) if r[0] == balance)
        style += [
            ("LINEABOVE", (0, balance_row), (-1, balance_row), 0.9, INK),
            ("LINEABOVE", (0, balance_row + 1), (-1, balance_row + 1), 0.9, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        return self._grid([LEFT_WIDTH - 40 * mm, 40 * mm], table_rows, style)

    def _to_date_rows(self, a: AgreementStatement) -> list[tuple[str, str, bool]]:
        """A period in progress: the rebate so far, the projection, what is still needed."""
        lab, m = self.labels, lambda value: self.money(value, a.currency)
        rows = [
            (lab.accrued_to_date, m(a.accrued_to_date), True),
            (lab.settled, m(a.settled), False),
            (lab.balance, m(a.balance_to_date), True),
            (lab.projected_volume, m(a.projected_volume), False),
            (lab.projected_rebate, m(a.projected_rebate), False),
            (lab.projected_final, m(a.projected_final_settlement), True),
        ]
        if a.next_threshold is not None and a.distance_to_next_tier is not None:
            nxt = f"{m(a.next_threshold)} · {self.rate(a.next_rate or Decimal(0))}"
            needed = lab.distance_to_next_tier.format(date=self.day(a.period_end))
            rows += [
                (lab.next_tier, nxt, False),
                (needed, m(a.distance_to_next_tier), True),
            ]
        elif a.tiers and a.tiers[-1].reached:
            rows.append((lab.top_tier_reached, self.rate(a.tiers[-1].rate_percent), False))
        return rows

    def _final_rows(self, a: AgreementStatement) -> list[tuple[str, str, bool]]:
        """A period that is over: the tier it reached and its rebate, final; no projection
        and nothing "still needed"."""
        lab, m = self.labels, lambda value: self.money(value, a.currency)
        rows: list[tuple[str, str, bool]] = []
        if a.tiers:
            reached = [t for t in a.tiers if t.reached]
            tier = self.rate(reached[-1].rate_percent) if reached else lab.no_tier_reached
            rows.append((lab.final_tier, tier, False))
        rows += [
            (lab.final_rebate, m(a.accrued_to_date), True),
            (lab.settled, m(a.settled), False),
            (lab.balance_final, m(a.balance_to_date), True),
        ]
        return rows

    def _tiers(self, a: AgreementStatement) -> Flowable:
        lab = self.labels
        width = FRAME_WIDTH - LEFT_WIDTH - GAP
        if a.fixed_percent is not None and not a.tiers:
            rows = [
                [self.p(lab.tiers, "head"), ""],
                [self.p(lab.fixed_rate), self.p(self.rate(a.fixed_percent), "strong")],
            ]
            return self._grid([width - 30 * mm, 30 * mm], rows, self._heading_style(2))
        rows = [
            [
                self.p(lab.col_tier, "head"),
                self.p(lab.col_threshold, "head_right"),
                self.p(lab.col_rate, "head_right"),
                "",
            ]
        ]
        style = self._heading_style(len(a.tiers) + 1)
        for index, tier in enumerate(a.tiers, start=1):
            rows.append(
                [
                    self.p(str(index)),
                    self.p(self.money(tier.threshold, a.currency), "number"),
                    self.p(self.rate(tier.rate_percent), "number"),
                    self.p(lab.reached if tier.reached else "", "label"),
                ]
            )
            if tier.reached:
                style.append(("BACKGROUND", (0, index), (-1, index), REACHED_FILL))
        style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        return self._grid([12 * mm, width - 48 * mm, 18 * mm, 18 * mm], rows, style)

    def _months(self, a: AgreementStatement) -> Table:
        lab = self.labels
        rows: list[list] = [
            [
                self.p(lab.col_month, "head"),
                self.p(lab.col_volume, "head_right"),
                self.p(lab.col_cumulative, "head_right"),
            ]
        ]
        running = Decimal(0)
        for month, volume in a.months:
            part = a.part(month)
            name = lab.month(month) if part is None else lab.month_part(part.first, part.last)
            if not a.has_figures(month):  # not imported yet: no figures, not zero sales
                rows.append([self.p(name), self.p(lab.no_figures_yet, "muted_right"), ""])
                continue
            running += volume
            rows.append(
                [
                    self.p(name),
                    self.p(self.money(volume, a.currency), "number"),
                    self.p(self.money(running, a.currency), "number"),
                ]
            )
        style = [
            *self._heading_style(len(rows)),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
        ]
        first = 34 * mm if a.parts else 22 * mm  # "15–31 mrt 2026 (deel)" on one line
        table = self._grid([first, (LEFT_WIDTH - first) / 2, (LEFT_WIDTH - first) / 2], rows, style)
        return self._grid(
            [LEFT_WIDTH],
            [[self.p(lab.by_month, "head")], [table]],
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)],
        )

    def _chart(self, a: AgreementStatement) -> Flowable:
        if not self.chart or not any(a.has_figures(month) for month, _ in a.months):
            return Spacer(1, 1)
        from acct_desktop.reporting.rebate_chart import (
            ChartText,
            figure_png,
            rebate_progress_figure,
        )

        lab = self.labels
        offset = (
            a.last_year_full if a.kind == "growth" and a.last_year_full is not None else Decimal(0)
        )
        thresholds = [(offset + t.threshold, t.rate_percent) for t in a.tiers]
        text = ChartText(
            cumulative=lab.chart_cumulative,
            projected=lab.chart_projected,
            threshold=lab.chart_threshold,
            month=self._short_month,
            rate=self.rate,
            language=self.content.language,
        )
        width = FRAME_WIDTH - LEFT_WIDTH - GAP
        height = width * 0.72
        figure = rebate_progress_figure(
            [(month, volume) for month, volume in a.months if a.has_figures(month)],
            thresholds,
            a.projected_volume,
            text,
            font_path=str(find_font_file()),
            size_inches=(width / 72, height / 72),
        )
        return Image(io.BytesIO(figure_png(figure)), width=width, height=height)

    def _kind_note(self, a: AgreementStatement) -> str:
        if a.baseline_agreed:
            return self.labels.growth_baseline_note
        return self.labels.kind_notes.get(a.kind, "")

    def _scope(self, category: str | None) -> str:
        if category is None:
            return self.labels.all_products
        return product_category_label(self.content.language, category)

    def _short_month(self, month: date) -> str:
        if self.content.language == "zh_CN":
            return f"{month.month}月"
        if self.content.language == "vi":
            return f"T{month.month}"
        return self.labels.months[month.month - 1]
