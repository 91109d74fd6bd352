"""The monthly summary as a PDF for the boss (A4, en/zh_CN/vi/nl, "Page X of Y").

A header with the month, the territory and the manager; the month's figures per measure
against target; the 12-month sell-in trend as a vector chart per currency (see
:mod:`acct_desktop.reporting.monthly_summary_charts`); the accounts most behind and ahead
of plan with where they sit in the hierarchy; plan execution; the month's discrepancy
forms; open customer issues (past deadline first, marked); next month's focus. The
manager's commentary opens each of its sections. Amounts are rounded to the currency's
minor unit and grouped the report language's way; dates are written as its readers write
them. Same content, same bytes.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.number_marks import format_number
from acct_desktop.domain.percentages import format_percent
from acct_desktop.domain.sentences import says_code
from acct_desktop.reporting.document_labels import (
    category_label,
    format_amount,
    format_date,
    format_month,
    pdf_language_tag,
    status_label,
)
from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.monthly_summary_charts import trend_figure, vector_drawing
from acct_desktop.reporting.monthly_summary_labels import (
    MonthlySummaryLabels,
    monthly_summary_labels,
)
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
from acct_desktop.reporting.pdf_tables import PAD, grid, list_style
from acct_desktop.reporting.pdf_text import TABLE_SPECS, ParagraphMaker
from acct_desktop.reporting.visit_sheet_labels import visit_sheet_labels
from acct_desktop.services.files import safe_file_stem

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from acct_desktop.services.monthly_summary_content import (
        AccountPlan,
        DiscrepancyLine,
        MonthlySummary,
        PlanExecution,
        PlanLine,
    )

KEPT_ROWS = 3  # a table's first rows kept on the page of the heading above it
WHOLE_ROWS = 8  # a table of up to this many rows (its head included) is never split
TALL = 10_000.0  # "no height limit" when measuring a flowable
MARGINS = Margins(left=16 * mm, right=16 * mm, top=16 * mm, bottom=22 * mm)
COMMENT_FILL = colors.HexColor("#F5F7FA")
ALARM_FILL = colors.HexColor("#FDECEA")
ACCENT = colors.HexColor("#1565C0")
WARN = colors.HexColor("#B3261E")
GOOD = colors.HexColor("#2E7D32")
NONE = "—"
MAX_CHARTS = 3
_SPECS: dict[str, dict[str, object]] = {
    **TABLE_SPECS,
    "title": dict(fontSize=17, leading=21, textColor=INK),
    "kicker": dict(fontSize=8.5, leading=11, textColor=MUTED),
    "value": dict(fontSize=9, leading=12, textColor=INK),
    "section": dict(fontSize=11, leading=14, textColor=INK),
    "subsection": dict(fontSize=9, leading=12, textColor=INK),
    "small": dict(fontSize=7, leading=9, textColor=MUTED),
    "detail": dict(fontSize=7.5, leading=9.5, textColor=INK),  # the text of a form
    "small_num": dict(fontSize=7, leading=9, textColor=MUTED, alignment=TA_RIGHT),
    "num_bad": dict(fontSize=8, leading=10.5, textColor=WARN, alignment=TA_RIGHT),
    "num_good": dict(fontSize=8, leading=10.5, textColor=GOOD, alignment=TA_RIGHT),
    "warn": dict(fontSize=7, leading=9, textColor=WARN),
    "comment": dict(fontSize=8.5, leading=12, textColor=INK),
    "note": dict(fontSize=8, leading=10.5, textColor=MUTED),
    "kpi": dict(fontSize=15, leading=18, textColor=INK),
    "alarm": dict(fontSize=12, leading=15.5, textColor=WARN),
}


def build_monthly_summary_pdf(summary: MonthlySummary, language: str | None = "en") -> bytes:
    """The monthly summary as PDF bytes in ``language`` (English when unknown)."""
    lab = monthly_summary_labels(language)
    text = ParagraphMaker(register_unicode_font(), _SPECS, "ms")
    month = lab.month_label(summary.month)
    where = summary.territory_name or lab.all_territories
    furniture = PageFurniture(
        font_name=text.font,
        page_label=lab.page_label,
        footer_lines=(f"{lab.title} · {month} · {where}",),
        header_text=f"{lab.title} · {month} · {where}",
        margins=MARGINS,
    )
    width, _height = content_frame_size(furniture)
    story = _Story(summary, lab, text, width).story()
    info = DocumentInfo(
        title=f"{lab.title} {month}",
        author=summary.manager or "acct-desktop",
        subject=lab.subject.format(month=month),
        keywords="monthly summary; sales; plan",
        language=pdf_language_tag(lab.language),
    )
    return render_pdf(story, info=info, furniture=furniture)


def monthly_summary_file_name(summary: MonthlySummary) -> str:
    """``monthly-summary-2026-10.pdf`` or ``monthly-summary-2026-10-CN-01.pdf``."""
    code = summary.territory_code
    suffix = f"-{safe_file_stem(code, 'territory')}" if code else ""  # "Noord/Oost: Zwolle"
    return f"monthly-summary-{summary.month:%Y-%m}{suffix}.pdf"


_FLUSH = [
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


class _Story:
    """The flowables of one monthly summary."""

    def __init__(
        self, summary: MonthlySummary, lab: MonthlySummaryLabels, t: ParagraphMaker, width: float
    ) -> None:
        self.s, self.lab, self.t, self.width = summary, lab, t, width
        self.language = lab.language

    # -- figures ----------------------------------------------------------------------------
    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return NONE
        return format_amount(self.language, amount, currency)

    def percent(self, value: Decimal | None) -> str:
        return NONE if value is None else format_percent(self.language, value)

    def signed_percent(self, value: Decimal | None) -> str:
        """A variance: +2,4 % (nl) · +2.4% (en), as the plan dock shows the same figure."""
        return NONE if value is None else format_percent(self.language, value, signed=True)

    def day(self, value: date | None) -> str:
        return format_date(self.language, value) if value else NONE

    def thousands(self, value: float) -> str:
        return format_number(self.language, Decimal(round(value)))

    # -- layout helpers ---------------------------------------------------------------------
    def section(
        self, heading: str, comment_key: str | None, body: list[Flowable], keep: int = 1
    ) -> list:
        """A heading on a rule, the manager's comment (when written), then ``body``; the
        heading is kept with the first ``keep`` flowables of the body."""
        rule = grid(
            [self.width],
            [[self.t.p(heading, "section")]],
            [
                *_FLUSH,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
            ],
        )
        opening: list[Flowable] = [rule, Spacer(1, 2 * mm)]
        comment = (self.s.commentary.get(comment_key) or "").strip() if comment_key else ""
        if comment:
            opening += [self.comment(comment), Spacer(1, 2.5 * mm)]
        kept, rest = body[:keep], body[keep:]
        return [Spacer(1, 5 * mm), *self.kept_start([*opening, *kept]), *rest]

    def kept_start(self, flowables: list[Flowable]) -> list[Flowable]:
        """``flowables`` on a new page unless their start fits on this one: a short table
        whole, a long table's head and first ``KEPT_ROWS`` rows stay with the heading above
        them, and the rest of a long table follows on this page (its head repeated on the
        next) instead of moving to the next page whole and leaving this one nearly empty."""
        needed = 0.0
        for flowable in flowables:
            _width, height = flowable.wrap(self.width, TALL)
            rows = getattr(flowable, "_rowHeights", None)
            if isinstance(flowable, Table) and rows and len(rows) > WHOLE_ROWS:
                height = sum(rows[: KEPT_ROWS + 1])
            needed += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return [CondPageBreak(needed), *flowables]

    def comment(self, text: str) -> Table:
        return grid(
            [self.width],
            [[[self.t.p(self.lab.comment, "label"), self.t.p(text, "comment")]]],
            [
                ("BACKGROUND", (0, 0), (-1, -1), COMMENT_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ],
        )

    def subheading(self, text: str) -> list[Flowable]:
        return [Spacer(1, 3 * mm), self.t.p(text, "subsection"), Spacer(1, 1.5 * mm)]

    def kept_with_heading(self, text: str, first: Flowable) -> list[Flowable]:
        """A subheading that never ends a page: kept with what it introduces."""
        opening = self.subheading(text)
        return [opening[0], *self.kept_start([*opening[1:], first])]

    def table(self, heads: list[tuple[str, str]], rows: list[list], widths: list[float]) -> Table:
        spare = self.width - sum(widths)
        widths = [w or spare for w in widths]
        header = [self.t.p(text, kind) for text, kind in heads]
        return grid(widths, [header, *rows], list_style(len(rows) + 1), repeatRows=1)

    def note(self, text: str) -> Flowable:
        return self.t.p(text, "note")

    @property
    def awaited(self) -> str | None:
        """Why no account is compared: the month's sell-in is not in yet."""
        return self.lab.sell_in_awaited if Measure.SELL_IN in self.s.awaiting else None

    def variance_cell(self, line: PlanLine) -> Flowable:
        variance = line.variance
        kind = "num" if not variance else ("num_bad" if variance < 0 else "num_good")
        shown = self.money(variance, line.currency)
        if variance and variance > 0:
            shown = "+" + shown
        return self.t.p(shown, kind)

    # -- story ------------------------------------------------------------------------------
    @property
    def missing(self) -> str:
        """What stands for a figure that is not in: not imported (a month that is over),
        or not yet (a month in progress)."""
        return self.lab.not_imported if self.s.no_figures else self.lab.no_figures_yet

    def story(self) -> list[Flowable]:
        return [
            self.heading(),
            *self.no_figures_notice(),
            *self.overview(),
            *self.trend(),
            *self.accounts(self.lab.behind, self.s.behind, self.awaited or self.lab.no_behind),
            *self.accounts(self.lab.ahead, self.s.ahead, self.awaited or self.lab.no_ahead),
            *self.accounts(
                self.lab.outbound_behind,
                self.s.outbound_behind,
                self.lab.outbound_awaited
                if Measure.OUTBOUND in self.s.awaiting
                else self.lab.no_outbound_behind,
                sell_in=False,
            ),
            *self.execution(),
            *self.discrepancies(),
            *self.issues(),
            *self.next_focus(),
        ]

    def heading(self) -> Table:
        lab, s, t = self.lab, self.s, self.t
        where = s.territory_name or lab.all_territories
        if s.territory_code and not says_code(s.territory_name, s.territory_code):
            where = f"{where} ({s.territory_code})"
        facts = [(lab.territory, where), (lab.prepared_on, self.day(s.as_of))]
        if s.figures_to is not None:  # the month is in progress
            reached = s.figures_to_by_currency
            if len(set(reached.values())) > 1:  # each country's ERP sent its own day
                days = ", ".join(f"{self.day(d)} ({c})" for c, d in sorted(reached.items()))
            else:
                days = self.day(s.figures_to)
            facts.append((lab.figures_to, f"{days} ({lab.targets_to_date})"))
        elif s.in_progress:  # not a figure in yet: still to date, not the whole month
            facts.append((lab.figures_to, f"{lab.no_figures_yet} ({lab.month_in_progress})"))
        if s.manager:
            facts.insert(1, (lab.manager, s.manager))
        meta = grid(
            (30 * mm, 52 * mm),
            [[t.p(k, "label"), t.p(v, "value")] for k, v in facts],
            [
                *_FLUSH,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ],
        )
        left = [t.p(lab.title, "kicker"), t.p(lab.month_label(s.month), "title")]
        return grid(
            (self.width - 82 * mm, 82 * mm),
            [[left, meta]],
            [
                *_FLUSH,
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ],
        )

    def no_figures_notice(self) -> list[Flowable]:
        """A month printed without one sales figure: said at the top of page 1, in a red
        frame, so that no empty table reads as a month of zeros."""
        if not self.s.no_figures:
            return []
        lab, t = self.lab, self.t
        month = format_month(self.language, self.s.month)
        box = grid(
            [self.width],
            [
                [
                    [
                        t.p(lab.no_figures_imported.format(month=month), "alarm"),
                        t.p(lab.no_figures_detail, "comment"),
                    ]
                ]
            ],
            [
                ("BOX", (0, 0), (-1, -1), 1.4, WARN),
                ("BACKGROUND", (0, 0), (-1, -1), ALARM_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
            ],
        )
        return [Spacer(1, 5 * mm), box]

    def overview(self) -> list[Flowable]:
        lab, t = self.lab, self.t
        rows = []
        for line in self.s.figures:
            rows.append(
                [
                    t.p(lab.name_of(lab.measures, line.measure.value)),
                    t.p(line.currency),
                    t.p(self.missing, "num")
                    if line.awaiting
                    else t.p(self.money(line.actual, line.currency), "num"),
                    t.p(self.money(line.target, line.currency), "num"),
                    self.variance_cell(line),
                    t.p(self.signed_percent(line.variance_percent), "num"),
                ]
            )
        heads = [(lab.col_measure, "head"), (lab.col_currency, "head")]
        heads += [(h, "head_num") for h in (lab.col_actual, lab.col_target, lab.col_variance)]
        heads.append((lab.col_variance_percent, "head_num"))
        body: list[Flowable] = (
            [self.table(heads, rows, [0, 18 * mm, 34 * mm, 34 * mm, 32 * mm, 22 * mm])]
            if rows
            else [self.note(lab.no_sales)]
        )
        return self.section(lab.overview, "overview", body)

    def trend(self) -> list[Flowable]:
        lab = self.lab
        charts: list[Flowable] = []
        for currency, points in list(self.s.trend.items())[:MAX_CHARTS]:
            figure = trend_figure(
                points,
                currency=currency,
                month_label=lab.axis_month,
                actual_label=lab.legend_actual,
                target_label=lab.legend_target,
                thousands=self.thousands,
            )
            charts.append(vector_drawing(figure, self.width))
            missing = [p.month for p in points if p.awaiting]
            if missing:  # no bar is not a bar of 0: say which months were never imported
                runs = lab.month_runs(missing, lambda m: format_month(self.language, m))
                charts.append(self.note(lab.trend_not_imported.format(months=runs)))
            charts.append(Spacer(1, 2 * mm))
        if not charts:
            return []
        heading = grid(
            [self.width],
            [[self.t.p(lab.trend, "subsection")]],
            [*_FLUSH, ("BOTTOMPADDING", (0, 0), (-1, -1), 2)],
        )
        return [Spacer(1, 4 * mm), KeepTogether([heading, charts[0]]), *charts[1:]]

    def account_cell(self, plan: AccountPlan) -> list[Flowable]:
        cell = [self.t.p(plan.name)]
        detail = " › ".join([*plan.path, plan.code]) if plan.path else plan.code
        cell.append(self.t.p(detail, "small"))
        return cell

    def plan_rows(self, plans: list[AccountPlan]) -> list[list]:
        t = self.t
        return [
            [
                self.account_cell(plan),
                t.p(plan.currency),
                t.p(self.money(plan.actual, plan.currency), "num"),
                t.p(self.money(plan.target, plan.currency), "num"),
                self.variance_cell(plan),
                t.p(self.signed_percent(plan.variance_percent), "num"),
            ]
            for plan in plans
        ]

    def plan_heads(self) -> list[tuple[str, str]]:
        lab = self.lab
        heads = [(lab.col_account, "head"), (lab.col_currency, "head")]
        heads += [(h, "head_num") for h in (lab.col_actual, lab.col_target, lab.col_variance)]
        return [*heads, (lab.col_variance_percent, "head_num")]

    def accounts(
        self, heading: str, plans: list[AccountPlan], empty: str, *, sell_in: bool = True
    ) -> list[Flowable]:
        widths = [0, 15 * mm, 30 * mm, 30 * mm, 28 * mm, 19 * mm]
        body = (
            [self.table(self.plan_heads(), self.plan_rows(plans), widths)]
            if plans
            else [self.note(empty)]
        )
        if sell_in and self.s.sell_in_awaited_in:  # other countries' sell-in is in, not theirs
            waiting = ", ".join(self.s.sell_in_awaited_in)
            body.append(self.note(self.lab.sell_in_awaited_in.format(currencies=waiting)))
        return self.section(heading, None, body)

    def visits_done(self, e: PlanExecution) -> str:
        if e.visits_due_by is None:
            return self.lab.visits_done.format(done=e.visits_done, planned=e.visits_planned)
        return self.lab.visits_done_to.format(
            done=e.visits_done, planned=e.visits_planned, day=self.day(e.visits_due_by)
        )

    def execution(self) -> list[Flowable]:
        lab, t, e = self.lab, self.t, self.s.execution
        rows = [
            [
                t.p(lab.visit_compliance),
                t.p(self.percent(e.visit_compliance), "num"),
                t.p(self.visits_done(e), "small"),
            ],
            [
                t.p(lab.promotion),
                t.p(self.percent(e.promotion_participation), "num"),
                t.p(
                    lab.promotion_detail.format(yes=e.promotion_yes, answered=e.promotion_answered),
                    "small",
                ),
            ],
        ]
        for line in e.replenishment or []:
            shipped = NONE if line.awaiting else self.money(line.actual, line.currency)
            detail = (
                f"{shipped} / {self.money(line.target, line.currency)} {line.currency}"
                if line.target
                else f"{shipped} {line.currency} · {lab.no_target}"
            )
            if line.awaiting:
                detail += f" · {self.missing}"
            rows.append(
                [
                    t.p(lab.replenishment),
                    t.p(self.percent(line.of_target), "num"),
                    t.p(detail, "small"),
                ]
            )
        if not e.replenishment:
            rows.append([t.p(lab.replenishment), t.p(NONE, "num"), t.p(lab.not_measured, "small")])
        table = grid(
            (70 * mm, 22 * mm, self.width - 92 * mm),
            rows,
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), PAD + 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
            ],
        )
        return self.section(lab.plan_execution, "plan_execution", [table])

    def discrepancies(self) -> list[Flowable]:
        """Each form as the discrepancy form shows it: the account and measure, the figures
        seen (actual, of target, the gap in %), the suspected cause with the analysis below
        it, the action with its KPI and who does it, the deadline and status. Five columns,
        the long texts wrapping in the widest, so the table stays inside A4."""
        lab, t = self.lab, self.t
        rows = [
            [
                [
                    t.p(d.account_name),
                    t.p(d.account_code, "small"),
                    t.p(lab.name_of(lab.measures, d.measure), "small"),
                ],
                self.form_figures(d),
                [t.p(lab.name_of(lab.causes, d.cause))]
                + ([t.p(d.analysis, "detail")] if d.analysis else []),
                [t.p(d.action or NONE)]
                + ([t.p(lab.labelled(lab.col_kpi, d.kpi), "small")] if d.kpi else [])
                + ([t.p(d.responsible, "small")] if d.responsible else []),
                [t.p(self.day(d.deadline)), t.p(lab.name_of(lab.form_statuses, d.status), "small")],
            ]
            for d in self.s.discrepancies
        ]
        heads = [
            (lab.col_account, "head"),
            (f"{lab.col_actual} / {lab.col_target}", "head_num"),
            (lab.col_cause_analysis, "head"),
            (lab.col_action, "head"),
            (f"{lab.col_deadline} / {lab.col_status}", "head"),
        ]
        widths = [32 * mm, 29 * mm, 0, 40 * mm, 23 * mm]
        body = [self.table(heads, rows, widths)] if rows else [self.note(lab.no_discrepancies)]
        return self.section(lab.discrepancies, None, body)

    def form_figures(self, d: DiscrepancyLine) -> list[Flowable]:
        """82,000.00 CNY over "/ 100,000.00" over −18.0% (red behind, green ahead), "as seen
        on" the day the form was written and, when a re-import changed them since, the
        figures now (as in the tables above) — never two figures for one month unexplained."""
        t = self.t
        if d.actual is None:
            return [t.p(NONE, "num")]
        cell = [t.p(f"{self.money(d.actual, d.currency)} {d.currency}", "num")]
        if d.target is None:
            cell.append(t.p(self.lab.no_target, "small_num"))
        else:
            cell.append(t.p(f"/ {self.money(d.target, d.currency)}", "small_num"))
            gap = d.variance_percent
            kind = "num" if not gap else ("num_bad" if gap < 0 else "num_good")
            cell.append(t.p(self.signed_percent(gap), kind))
        if d.written_on is not None:
            cell.append(t.p(self.lab.as_seen_on.format(day=self.day(d.written_on)), "small_num"))
        if d.figures_changed:
            now = self.lab.figures_now.format(
                actual=self.money(d.current_actual, d.currency),
                target=NONE
                if d.current_target is None
                else self.money(d.current_target, d.currency),
            )
            cell.append(t.p(now, "num"))
        return cell

    def issues(self) -> list[Flowable]:
        lab, t, s = self.lab, self.t, self.s
        rows = []
        for issue in s.issues:
            deadline = [t.p(self.day(issue.deadline))]
            if issue.past_deadline:
                deadline.append(t.p(lab.past_deadline, "warn"))
            rows.append(
                [
                    t.p(issue.number, anywhere=True),
                    t.p(issue.account_name),
                    t.p(category_label(self.language, issue.category)),
                    [t.p(issue.description), t.p(issue.responsible, "small")],
                    deadline,
                    t.p(status_label(self.language, issue.status)),
                ]
            )
        heads = [
            (h, "head")
            for h in (
                lab.col_issue,
                lab.col_account,
                lab.col_category,
                lab.col_description,
                lab.col_deadline,
                lab.col_status,
            )
        ]
        widths = [25 * mm, 34 * mm, 22 * mm, 0, 25 * mm, 17 * mm]
        body: list[Flowable] = [self.table(heads, rows, widths)] if rows else []
        if s.issues_total > len(s.issues):
            body.append(self.note(lab.more.format(count=s.issues_total - len(s.issues))))
        return self.section(lab.issues, "issues", body or [self.note(lab.no_issues)])

    def next_focus(self) -> list[Flowable]:
        lab, t, focus = self.lab, self.t, self.s.focus
        widths = [0, 15 * mm, 30 * mm, 30 * mm, 28 * mm, 19 * mm]
        gaps: list[Flowable] = (
            [self.table(self.plan_heads(), self.plan_rows(focus.gaps), widths)]
            if focus.gaps
            else [self.note(lab.no_gaps)]
        )
        body: list[Flowable] = [*self.subheading(lab.gaps)[1:], *gaps]
        body += self.kept_with_heading(
            lab.outbound_gaps,
            self.table(self.plan_heads(), self.plan_rows(focus.outbound_gaps), widths)
            if focus.outbound_gaps
            else self.note(
                lab.outbound_not_imported if focus.outbound_not_imported else lab.no_outbound_gaps
            ),
        )
        visits_heading = lab.visits_due.format(count=focus.visits_total)
        purposes = visit_sheet_labels(self.language)
        if focus.visits:
            # a colleague's visit (a team's territory) names whose it is after the account
            team = len({v.manager for v in focus.visits} | {self.s.manager or None}) > 1
            rows = [
                [
                    t.p(self.day(v.day)),
                    t.p(
                        _whose(v.account_name, v.manager, self.s.manager)
                        if team
                        else v.account_name
                    ),
                    t.p(purposes.purpose_name(v.purpose)),
                ]
                for v in focus.visits
            ]
            heads = [(lab.col_date, "head"), (lab.col_account, "head"), (lab.col_purpose, "head")]
            body += self.kept_with_heading(
                visits_heading, self.table(heads, rows, [28 * mm, 0, 40 * mm])
            )
            if focus.visits_total > len(focus.visits):
                body.append(
                    self.note(lab.more.format(count=focus.visits_total - len(focus.visits)))
                )
        else:
            body += self.kept_with_heading(visits_heading, self.note(lab.no_visits))
        if focus.quotes:
            rows = [
                [
                    t.p(q.number, anywhere=True),
                    t.p(q.account_name),
                    t.p(self.day(q.valid_until)),
                    t.p(lab.name_of(lab.quote_statuses, q.status)),
                ]
                for q in focus.quotes
            ]
            heads = [
                (lab.col_quote, "head"),
                (lab.col_account, "head"),
                (lab.col_valid_until, "head"),
                (lab.col_status, "head"),
            ]
            quotes = self.table(heads, rows, [30 * mm, 0, 28 * mm, 34 * mm])
        else:
            quotes = self.note(lab.no_quotes)
        body += self.kept_with_heading(lab.quotes_expiring, quotes)
        return self.section(lab.next_focus, "next_focus", body, keep=3)


def _whose(account: str, manager: str | None, summary_manager: str | None) -> str:
    """The account, and the visit's manager when it is a colleague's (``summary_manager``
    None: one manager's visits, nobody named)."""
    if summary_manager is None or not manager or manager == summary_manager:
        return account
    return f"{account} · {manager}"
