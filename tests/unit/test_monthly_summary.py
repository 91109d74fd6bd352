"""The monthly summary: its figures, plan execution, lists and commentary, then the PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Table

from acct_desktop.domain.alerts import AlertSettings
from acct_desktop.domain.enums import (
    AccountKind,
    Channel,
    DiscrepancyCause,
    IssueCategory,
    IssueStatus,
    Measure,
    QuoteStatus,
    VisitStatus,
)
from acct_desktop.domain.sales_metrics import PlanFigures, Standing, standing
from acct_desktop.reporting.fonts import missing_glyphs, register_unicode_font
from acct_desktop.reporting.monthly_summary_labels import LANGUAGES, monthly_summary_labels
from acct_desktop.reporting.monthly_summary_pdf import _SPECS, _Story, build_monthly_summary_pdf
from acct_desktop.reporting.pdf_text import ParagraphMaker
from acct_desktop.services.monthly_commentary import (
    SECTIONS,
    CommentaryRefused,
    MonthlyCommentaryService,
)
from acct_desktop.services.monthly_summary import (
    MonthlySummaryRefused,
    MonthWithoutFigures,
    gather_monthly_summary,
)
from acct_desktop.services.plan_actuals import Period, PlanActuals
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import (
    Account,
    CustomerIssue,
    DiscrepancyForm,
    MonthlyCommentary,
    Quote,
    SalesFact,
    Target,
    Territory,
    Visit,
)

OCTOBER = date(2026, 10, 1)
TODAY = date(2026, 11, 2)


class Region:
    """华南: a chain (HQ › DC › store) with a target on the DC, a workshop ahead of plan,
    and a Dutch account elsewhere."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as s:
            south = Territory(code="CN-S", name="华南", manager_name="王经理")
            nl = Territory(code="NL", name="Nederland")
            s.add_all([south, nl])
            s.flush()
            self.south, self.nl = south.id, nl.id
            hq = self.account(s, "HQ", "华润万家 总部", south.id, None)
            dc = self.account(s, "DC", "华润万家 广州配送中心", south.id, hq)
            store = self.account(s, "ST", "华润万家 天河店", south.id, dc)
            shop = self.account(s, "WS", "永兴汽修厂", south.id, None)
            dutch = self.account(s, "NL1", "IJsselstein café", nl.id, None, "EUR")
            self.hq, self.dc, self.store, self.shop, self.dutch = hq, dc, store, shop, dutch
            for account, amount in ((dc, "300.10"), (store, "0.20"), (shop, "150.00")):
                s.add(self.fact(account, "sell_in", amount))
            s.add(self.fact(dutch, "sell_in", "80.00", "EUR"))
            s.add(self.fact(dc, "outbound", "90.00"))
            s.add(self.fact(dc, "stock", "40.00", day=date(2026, 10, 5)))
            s.add(self.fact(dc, "stock", "25.00", day=date(2026, 10, 28)))
            for account, amount in ((dc, "400.00"), (shop, "100.00")):
                s.add(self.target(account, None, "sell_in", amount))
            s.add(self.target(None, south.id, "sell_in", "50.00"))  # the territory's own
            s.add(self.target(None, south.id, "outbound", "120.00"))
            s.add(self.target(dutch, None, "sell_in", "100.00", "EUR"))
            s.add(self.target(dc, None, "sell_in", "999.00", month=date(2026, 9, 1)))
            start = datetime(2026, 10, 6, 8, tzinfo=UTC)
            statuses = [VisitStatus.DONE] * 3 + [VisitStatus.MISSED, VisitStatus.CANCELLED]
            for index, status in enumerate(statuses):
                promotion = (True, False, None, None, None)[index]
                s.add(self.visit(store, start.replace(day=6 + index), status, promotion))
            s.add(self.visit(shop, datetime(2026, 11, 10, 9, tzinfo=UTC), VisitStatus.PLANNED))
            s.add(self.visit(dutch, datetime(2026, 11, 11, 9, tzinfo=UTC), VisitStatus.PLANNED))
            s.add(
                DiscrepancyForm(
                    account_id=hq,
                    period=OCTOBER,
                    measure=Measure.SELL_IN,
                    suspected_cause=DiscrepancyCause.STOCK_OUT,
                    analysis="配送中心九月底断货两周，门店无货可卖",
                    target_amount=Decimal("400.00"),
                    actual_amount=Decimal("300.30"),
                    currency="CNY",
                    action="补货两次并核对安全库存",
                    action_kpi="断货天数 < 2",
                    responsible="李娜",
                    deadline=date(2026, 11, 30),
                )
            )
            for number, deadline, status in (
                ("IS-3", date(2026, 12, 1), IssueStatus.OPEN),
                ("IS-1", date(2026, 10, 1), IssueStatus.IN_PROGRESS),
                ("IS-2", date(2026, 9, 1), IssueStatus.RESOLVED),
            ):
                s.add(
                    CustomerIssue(
                        number=number,
                        account_id=store,
                        category=IssueCategory.DELIVERY,
                        description="送货少了 2 箱",
                        raised_on=date(2026, 9, 1),
                        responsible="Finance",
                        deadline=deadline,
                        status=status,
                    )
                )
            for number, until, status in (
                ("Q-1", date(2026, 11, 20), QuoteStatus.SENT),
                ("Q-2", date(2026, 11, 21), QuoteStatus.ACCEPTED),
                ("Q-3", date(2026, 12, 1), QuoteStatus.SENT),
            ):
                s.add(
                    Quote(
                        number=number,
                        account_id=shop,
                        quote_date=date(2026, 10, 20),
                        valid_until=until,
                        currency="CNY",
                        status=status,
                    )
                )

    @staticmethod
    def account(s, code, name, territory, parent, currency="CNY"):  # type: ignore[no-untyped-def]
        account = Account(
            code=code,
            name=name,
            kind=AccountKind.STORE,
            channel=Channel.CHAIN_STORE,
            territory_id=territory,
            parent_id=parent,
            currency=currency,
        )
        s.add(account)
        s.flush()
        return account.id

    @staticmethod
    def fact(account, measure, amount, currency="CNY", day=date(2026, 10, 15)):  # type: ignore[no-untyped-def]
        return SalesFact(
            period=day,
            account_id=account,
            measure=Measure(measure),
            quantity=Decimal(1),
            amount=Decimal(amount),
            currency=currency,
        )

    @staticmethod
    def target(account, territory, measure, amount, currency="CNY", month=OCTOBER):  # type: ignore[no-untyped-def]
        return Target(
            period_kind="month",
            period_start=month,
            account_id=account,
            territory_id=territory,
            measure=Measure(measure),
            amount=Decimal(amount),
            currency=currency,
        )

    @staticmethod
    def visit(account, start, status, promotion=None):  # type: ignore[no-untyped-def]
        return Visit(
            account_id=account,
            planned_start=start,
            planned_end=start.replace(hour=start.hour + 1),
            status=status,
            promotion_participation=promotion,
        )


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Region]:
    db = open_database(tmp_path / "summary.acctdb")
    try:
        yield Region(db)
    finally:
        db.close()


def figure(summary, measure: str, currency: str = "CNY"):  # type: ignore[no-untyped-def]
    (line,) = [f for f in summary.figures if f.measure == measure and f.currency == currency]
    return line


# -- figures --------------------------------------------------------------------------------


def test_a_territorys_own_target_is_its_plan_not_added_to_its_accounts(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    sell_in = figure(summary, "sell_in")
    assert sell_in.actual == Decimal("450.30")  # 300.10 + 0.20 + 150.00, exactly
    assert sell_in.target == Decimal("50.00")  # the territory's own, as in Plan vs actual
    assert sell_in.variance == Decimal("400.30") and sell_in.of_target == Decimal("900.6")
    assert figure(summary, "stock").actual == Decimal("25.00")  # the month's last level
    assert [f.currency for f in summary.figures] == ["CNY"] * 3  # no Dutch euros here
    assert summary.territory_name == "华南" and summary.manager == "王经理"


def test_everything_keeps_currencies_apart_and_skips_territory_rows(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, manager="Sanne", today=TODAY)
    assert figure(summary, "sell_in").target == Decimal("500.00")
    euros = figure(summary, "sell_in", "EUR")
    assert (euros.actual, euros.target) == (Decimal("80.00"), Decimal("100.00"))
    assert summary.manager == "Sanne" and summary.territory_name is None


def test_the_trend_has_twelve_months_with_their_own_targets(region: Region) -> None:
    trend = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY).trend["CNY"]
    assert trend[0].month == date(2025, 11, 1) and len(trend) == 12
    assert trend[-2].target == Decimal("999.00") and trend[-2].actual == 0
    assert trend[-1].actual == Decimal("450.30")


def test_accounts_behind_are_judged_on_everything_below_them(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (dc,) = summary.behind
    assert (dc.code, dc.actual, dc.target) == ("DC", Decimal("300.30"), Decimal("400.00"))
    assert dc.variance_percent == Decimal("-24.9") and dc.path == ("华润万家 总部",)
    (shop,) = summary.ahead
    assert shop.code == "WS" and shop.variance_percent == Decimal("50.0")
    # the year so far — but September, which has no figures at all, was never imported:
    # its 999.00 is not counted against sales nobody imported
    (gap,) = summary.focus.gaps
    assert (gap.code, gap.actual, gap.target) == ("DC", Decimal("300.30"), Decimal("400.00"))


def test_behind_and_ahead_agree_with_the_plan_vs_actual_dock(region: Region) -> None:
    """−4.4 % and +5 % are "On plan" in the dock (behind means more than the alert's 10 %,
    ahead more than 15 %): the summary lists neither, nor counts −4.4 % a gap of the year."""
    with region.db.session() as s:
        for code, actual in (("NL2", "95.60"), ("NL3", "105.00"), ("NL4", "88.00")):
            account = region.account(s, code, f"Filiaal {code}", region.nl, None, "EUR")
            s.add(region.fact(account, "sell_in", actual, "EUR"))
            s.add(region.target(account, None, "sell_in", "100.00", "EUR"))
    summary = gather_monthly_summary(region.db, OCTOBER, region.nl, today=TODAY)
    thresholds = AlertSettings().plan_thresholds()
    assert thresholds.behind_percent == Decimal(10) and thresholds.ahead_percent == Decimal(15)
    assert [(p.code, p.variance_percent) for p in summary.behind] == [
        ("NL1", Decimal("-20.0")),
        ("NL4", Decimal("-12.0")),
    ]
    assert summary.ahead == []
    assert [p.code for p in summary.focus.gaps] == ["NL1", "NL4"]
    for plan in (*summary.behind, *summary.focus.gaps):
        assert standing(PlanFigures(plan.actual, plan.target), thresholds) == Standing.BEHIND


def test_warehouses_behind_on_outbound_are_listed(region: Region) -> None:
    """A distribution centre shipping 25 % less than planned is a core item of the month's
    review: it is listed (and among the year's gaps) though its sell-in is not behind."""
    with region.db.session() as s:
        s.add(region.target(region.dc, None, "outbound", "120.00"))
        s.add(region.fact(region.shop, "outbound", "50.00"))  # +25 %: ahead, not listed
        s.add(region.target(region.shop, None, "outbound", "40.00"))
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (dc,) = summary.outbound_behind
    assert (dc.code, dc.measure, dc.actual, dc.target) == (
        "DC",
        Measure.OUTBOUND,
        Decimal("90.00"),
        Decimal("120.00"),
    )
    assert dc.variance_percent == Decimal("-25.0")
    (gap,) = summary.focus.outbound_gaps
    assert (gap.code, gap.measure) == ("DC", Measure.OUTBOUND)
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    listed = text[text.index("Warehouses most behind on outbound") : text.index("Plan execution")]
    assert "华润万家 广州配送中心" in listed and "-25.0%" in listed
    assert "Largest gaps to plan, year to date (outbound)" in text
    dutch = pdf_text(build_monthly_summary_pdf(summary, "nl"))
    assert "Magazijnen het verst achter op uitlevering" in dutch
    # November, in progress, has no outbound yet: nobody is called behind, the PDF says why.
    november = gather_monthly_summary(region.db, date(2026, 11, 1), today=date(2026, 11, 12))
    assert november.outbound_behind == []
    assert "The month's outbound is not in yet" in pdf_text(
        build_monthly_summary_pdf(november, "en")
    )


def test_a_month_in_progress_is_compared_to_date(region: Region) -> None:
    """Printed on 20 October with figures to the 15th: every October target counts 15 of
    its 31 days — the DC is ahead of plan to date, not 25 % behind its whole month."""
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=date(2026, 10, 20))
    assert summary.figures_to == date(2026, 10, 15)
    assert figure(summary, "sell_in").target == Decimal("24.19")  # 50.00 × 15 ÷ 31
    assert figure(summary, "stock").target is None
    assert summary.trend["CNY"][-1].target == Decimal("24.19")
    assert summary.trend["CNY"][-2].target == Decimal("999.00")  # September is whole
    assert summary.behind == []
    assert [(p.code, p.target) for p in summary.ahead] == [
        ("WS", Decimal("48.39")),  # 100.00 × 15 ÷ 31
        ("DC", Decimal("193.55")),  # 400.00 × 15 ÷ 31
    ]
    # the year so far is October to date alone (September has no figures: never
    # imported), where the DC is ahead — no gap of the year
    assert summary.focus.gaps == []
    assert summary.trend["CNY"][-2].awaiting  # and September draws no bar of 0
    (outbound,) = summary.execution.replenishment
    assert outbound.target == Decimal("58.06") and outbound.of_target == Decimal("155.0")
    assert gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY).figures_to is None
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    assert "Figures to" in text and "targets to date" in text


def test_a_month_in_progress_without_its_figures_awaits_them(region: Region) -> None:
    """Printed on 24 November with November planned but none of its figures imported:
    "no figures yet" — not every account and the replenishment 100 % behind plan."""
    november = date(2026, 11, 1)
    with region.db.session() as s:
        s.add(region.target(region.dc, None, "sell_in", "500.00", month=november))
        s.add(region.target(region.dc, None, "outbound", "300.00", month=november))
    summary = gather_monthly_summary(region.db, november, region.south, today=date(2026, 11, 24))
    assert Measure.SELL_IN in summary.awaiting and Measure.OUTBOUND in summary.awaiting
    sell_in = figure(summary, "sell_in")
    assert sell_in.awaiting and sell_in.target == Decimal("500.00")  # the plan, whole
    assert sell_in.variance is None and sell_in.of_target is None
    assert summary.behind == [] and summary.ahead == []
    (outbound,) = summary.execution.replenishment
    assert outbound.awaiting and outbound.of_target is None
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    assert "no figures yet" in text
    assert "The month's sell-in is not in yet" in text
    assert "-500" not in text and "— / 300.00 CNY · no figures yet" in text
    with pytest.raises(MonthWithoutFigures):  # the month is over, still without a figure
        gather_monthly_summary(region.db, november, region.south, today=date(2026, 12, 2))
    with region.db.session() as s:  # one figure in: the month is printed, its sell-in and
        s.add(region.fact(region.store, "sell_out", "1.00", day=date(2026, 11, 3)))
    printed_later = gather_monthly_summary(  # outbound still "no figures", as in the dock
        region.db, november, region.south, today=date(2026, 12, 2)
    )
    assert printed_later.awaiting == {Measure.SELL_IN, Measure.OUTBOUND, Measure.STOCK}
    assert figure(printed_later, "sell_in").of_target is None


def test_a_measure_never_imported_for_a_month_that_is_over_is_no_figures(
    region: Region,
) -> None:
    """November is over; its sell-in was imported, its outbound never was. The Plan vs
    actual dock says "no figures yet" for the outbound: the summary must not print it as
    0.00 and −100 %, nor every warehouse 100 % behind, nor a replenishment of 0.0 %."""
    november = date(2026, 11, 1)
    with region.db.session() as s:
        s.add(region.target(region.dc, None, "sell_in", "500.00", month=november))
        s.add(region.target(region.dc, None, "outbound", "300.00", month=november))
        s.add(region.fact(region.dc, "sell_in", "450.00", day=date(2026, 11, 20)))
    december = date(2026, 12, 2)
    summary = gather_monthly_summary(region.db, november, region.south, today=december)
    dock = PlanActuals(region.db).snapshot(Period.months(november), Measure.OUTBOUND, "CNY")
    assert dock.awaiting  # the dock's word: no figures yet
    assert summary.awaiting == {Measure.OUTBOUND, Measure.SELL_OUT, Measure.STOCK}
    outbound = figure(summary, "outbound")
    assert outbound.awaiting and outbound.variance is None and outbound.of_target is None
    assert summary.outbound_behind == []
    (replenishment,) = summary.execution.replenishment
    assert replenishment.awaiting and replenishment.of_target is None
    assert figure(summary, "sell_in").actual == Decimal("450.00")  # what is in counts
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    assert "-100.0%" not in text and "-300.00" not in text
    assert not summary.focus.outbound_not_imported  # October's outbound is in
    assert "Every warehouse with an outbound target" in " ".join(text.split())
    with region.db.session() as s:  # no outbound all year: not "every warehouse on plan"
        s.query(SalesFact).filter(SalesFact.measure == Measure.OUTBOUND).delete()
    summary = gather_monthly_summary(region.db, november, region.south, today=december)
    assert summary.focus.outbound_not_imported and summary.focus.outbound_gaps == []
    text = " ".join(pdf_text(build_monthly_summary_pdf(summary, "en")).split())
    assert "No outbound figures were imported this year" in text
    assert "Every warehouse with an outbound target" not in text
    assert "no figures yet" in text and "— / 300.00 CNY · no figures yet" in text


def test_each_countrys_figures_are_awaited_on_their_own(region: Region) -> None:
    """The Dutch ERP has sent November to the 12th; the Chinese one nothing yet. The Dutch
    account is compared to the 12th; the Chinese accounts are not ranked at -100 %, their
    figures read "no figures yet", and the PDF says who was not compared and why."""
    november = date(2026, 11, 1)
    with region.db.session() as s:
        s.add(region.target(region.dc, None, "sell_in", "500.00", month=november))
        s.add(region.target(region.dutch, None, "sell_in", "100.00", "EUR", month=november))
        s.add(region.fact(region.dutch, "sell_in", "30.00", "EUR", day=date(2026, 11, 12)))
    summary = gather_monthly_summary(region.db, november, today=date(2026, 11, 24))
    assert summary.awaiting == frozenset({m for m in Measure if m is not Measure.SELL_IN})
    dutch, chinese = figure(summary, "sell_in", "EUR"), figure(summary, "sell_in")
    assert not dutch.awaiting and dutch.target == Decimal("40.00")  # 100.00 × 12 ÷ 30
    assert chinese.awaiting and chinese.variance is None and chinese.of_target is None
    assert [(p.code, p.target) for p in summary.behind] == [("NL1", Decimal("40.00"))]
    assert summary.ahead == []
    assert summary.sell_in_awaited_in == ("CNY",)
    assert summary.figures_to_by_currency == {"EUR": date(2026, 11, 12)}
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    assert "Not compared yet: accounts planned in CNY" in text
    assert "-500" not in text and "-100.0" not in text


# -- execution, forms, issues, next month ---------------------------------------------------


def test_plan_execution_ratios(region: Region) -> None:
    execution = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY).execution
    assert (execution.visits_done, execution.visits_planned) == (3, 4)  # cancelled left out
    assert execution.visit_compliance == Decimal("75.0")
    assert (execution.promotion_yes, execution.promotion_answered) == (1, 2)
    assert execution.promotion_participation == Decimal("50.0")
    (outbound,) = execution.replenishment
    assert outbound.of_target == Decimal("75.0")  # 90 of 120


def test_a_month_in_progress_counts_the_visits_due_so_far(region: Region) -> None:
    """On 12 Nov, a visit planned for the 20th is not missed: November's compliance counts
    the visits planned up to today, and the PDF says so."""
    november = date(2026, 11, 1)
    with region.db.session() as s:
        for day, status in ((3, VisitStatus.DONE), (5, VisitStatus.MISSED), (12, VisitStatus.DONE)):
            s.add(region.visit(region.shop, datetime(2026, 11, day, 9, tzinfo=UTC), status))
        s.add(
            region.visit(region.shop, datetime(2026, 11, 12, 16, tzinfo=UTC), VisitStatus.PLANNED)
        )
        s.add(region.visit(region.shop, datetime(2026, 11, 20, 9, tzinfo=UTC), VisitStatus.PLANNED))
    # the fixture's own November visits: the shop's on the 10th (still planned), the Dutch 11th
    summary = gather_monthly_summary(region.db, november, today=date(2026, 11, 12))
    execution = summary.execution
    assert execution.visits_due_by == date(2026, 11, 12)
    assert (execution.visits_done, execution.visits_planned) == (2, 6)  # not the 20th's
    text = pdf_text(build_monthly_summary_pdf(summary, "en"))
    assert "2 of the 6 visits planned up to 12 Nov 2026 done" in text
    whole = gather_monthly_summary(
        region.db,
        november,
        today=date(2026, 12, 1),
        allow_empty=True,  # no figure of Nov
    ).execution
    assert (whole.visits_due_by, whole.visits_planned) == (None, 7)  # the month is over


def test_forms_issues_visits_and_quotes_are_listed(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (form,) = summary.discrepancies
    assert (form.account_code, form.cause, form.kpi) == ("HQ", "stock_out", "断货天数 < 2")
    assert [i.number for i in summary.issues] == ["IS-1", "IS-3"]  # past deadline first
    assert [i.past_deadline for i in summary.issues] == [True, False]
    assert summary.issues_total == 2
    assert [v.account_name for v in summary.focus.visits] == ["永兴汽修厂"]
    assert [q.number for q in summary.focus.quotes] == ["Q-1"]  # open, expiring in November


def test_a_discrepancy_form_prints_its_analysis_and_figures(region: Region) -> None:
    """The boss reads why (the analysis) and by how much (actual, target, gap in %), as
    the discrepancy form shows them, in a table that stays inside the page."""
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (form,) = summary.discrepancies
    assert form.analysis == "配送中心九月底断货两周，门店无货可卖"
    assert (form.actual, form.target, form.currency) == (
        Decimal("300.30"),
        Decimal("400.00"),
        "CNY",
    )
    assert form.variance_percent == Decimal("-24.9")
    text = pdf_text(build_monthly_summary_pdf(summary, "zh_CN"))
    section = text[text.index("差异分析") :]
    for shown in ("原因与分析", "配送中心九月底断货两周", "300.30 CNY", "/ 400.00", "-24.9%"):
        assert shown in section, shown
    assert "考核指标：断货天数 < 2" in section  # the Chinese colon, not "考核指标: "
    dutch = pdf_text(build_monthly_summary_pdf(summary, "nl"))
    assert "Oorzaak en analyse" in dutch and "-24,9 %" in dutch.replace("\u00a0", " ")
    # A long analysis wraps inside its column: the table is never wider than the page.
    long = replace(form, analysis="Het distributiecentrum had twee weken geen voorraad. " * 12)
    longer = replace(summary, discrepancies=[long, replace(long, analysis="", target=None)])
    lab = monthly_summary_labels("nl")
    story = _Story(longer, lab, ParagraphMaker(register_unicode_font(), _SPECS, "t"), 178 * mm)
    table = [f for f in story.discrepancies() if isinstance(f, Table)][-1]
    width, _height = table.wrap(178 * mm, 10_000)
    assert width <= 178 * mm + 0.01
    assert "Het distributiecentrum" in pdf_text(build_monthly_summary_pdf(longer, "nl"))


def test_a_forms_figures_are_dated_and_the_current_ones_shown_after_a_re_import(
    region: Region,
) -> None:
    """After a corrected re-import the "most behind" table had the figures of now and the
    form's row those seen when it was written: two figures for one account and month,
    unexplained. The form's are "as seen on" the day it was written, today's beside them."""
    with region.db.session() as s:
        form = s.query(DiscrepancyForm).one()
        form.created_at = datetime(2026, 10, 28, 9, tzinfo=UTC)
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (line,) = summary.discrepancies
    assert line.written_on == date(2026, 10, 28) and not line.figures_changed
    text = " ".join(pdf_text(build_monthly_summary_pdf(summary, "en")).split())
    assert "as seen on 28 Oct 2026" in text and "now " not in text
    with region.db.session() as s:  # the corrected file brings the store's missing sales
        s.add(region.fact(region.store, "sell_in", "100.00", day=date(2026, 10, 20)))
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (line,) = summary.discrepancies
    assert (line.actual, line.current_actual) == (Decimal("300.30"), Decimal("400.30"))
    assert line.figures_changed
    text = " ".join(pdf_text(build_monthly_summary_pdf(summary, "en")).split())
    assert "300.30 CNY / 400.00 -24.9% as seen on 28 Oct 2026 now 400.30 / 400.00" in text
    zh = "".join(pdf_text(build_monthly_summary_pdf(summary, "zh_CN")).split())
    assert "2026年10月28日填写时所见现为400.30/400.00" in zh


def test_a_month_that_has_not_begun_is_refused(region: Region) -> None:
    """A year typed wrong (2027-10 for 2026-10) made a plausible summary of nothing."""
    with pytest.raises(MonthlySummaryRefused) as refused:
        gather_monthly_summary(region.db, date(2027, 10, 1), today=TODAY)
    assert str(refused.value) == (
        "2027-10 has not begun yet (today is 2026-11-02): choose this month, summed up to "
        "date, or an earlier one."
    )
    with pytest.raises(MonthlySummaryRefused):  # tomorrow's month, the day before it begins
        gather_monthly_summary(region.db, date(2026, 12, 1), today=date(2026, 11, 30))
    this_month = gather_monthly_summary(region.db, date(2026, 11, 1), today=TODAY)
    assert (
        this_month.in_progress
        and not gather_monthly_summary(region.db, OCTOBER, today=TODAY).in_progress
    )


def test_a_month_in_progress_without_any_figures_says_so_in_the_heading(region: Region) -> None:
    """Printed on 2 November with nothing of November in yet: the heading still says the
    month is in progress, in every language, not just "no figures yet" lower down."""
    november = gather_monthly_summary(region.db, date(2026, 11, 1), today=TODAY)
    assert november.figures_to is None
    for language, words in (
        ("en", "Figures to no figures yet (month in progress)"),
        ("zh_CN", "尚无数据 (本月尚未结束)"),
        ("vi", "chưa có số liệu (tháng chưa kết thúc)"),
        ("nl", "nog geen cijfers (maand loopt nog)"),
    ):
        text = " ".join(pdf_text(build_monthly_summary_pdf(november, language)).split())
        assert words in text, language
    october = pdf_text(
        build_monthly_summary_pdf(gather_monthly_summary(region.db, OCTOBER, today=TODAY), "en")
    )
    assert "month in progress" not in october and "Figures to" not in october


# -- a month without figures ----------------------------------------------------------------

SEPTEMBER = date(2026, 9, 1)


def test_a_month_with_targets_and_no_figures_is_refused_naming_the_nearest_months(
    region: Region,
) -> None:
    """September has the DC's sell-in target and not one figure: its summary listed the DC
    100 % behind plan, zeros as results. Refused, saying where figures are."""
    with pytest.raises(MonthWithoutFigures) as refused:
        gather_monthly_summary(region.db, SEPTEMBER, today=TODAY)
    assert str(refused.value) == (
        "No sales figures were imported for 2026-09; the nearest month with figures is 2026-10."
    )
    assert (refused.value.month, refused.value.before, refused.value.after) == (
        SEPTEMBER,
        None,
        OCTOBER,
    )
    assert isinstance(refused.value, MonthlySummaryRefused)  # the command line's exit 2
    with region.db.session() as s:
        s.add(region.fact(region.dc, "sell_in", "10.00", day=date(2026, 7, 31)))
    with pytest.raises(MonthWithoutFigures) as between:
        gather_monthly_summary(region.db, SEPTEMBER, today=TODAY)
    assert str(between.value) == (
        "No sales figures were imported for 2026-09; the nearest months with figures are "
        "2026-07 and 2026-10."
    )


def test_a_territory_without_figures_is_refused_though_others_have_them(region: Region) -> None:
    with region.db.session() as s:
        empty = Territory(code="VN", name="Việt Nam")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    with pytest.raises(MonthWithoutFigures) as refused:
        gather_monthly_summary(region.db, OCTOBER, empty_id, today=TODAY)
    assert str(refused.value) == (
        "No sales figures were imported for 2026-10 in territory Việt Nam (VN), nor for any "
        "other month."
    )
    with region.db.session() as s:  # the Dutch figures of November: after October
        s.query(SalesFact).filter(SalesFact.account_id == region.dutch).update(
            {SalesFact.period: date(2026, 11, 1)}
        )
    with pytest.raises(MonthWithoutFigures) as dutch:
        gather_monthly_summary(region.db, OCTOBER, region.nl, today=TODAY)
    assert "in territory Nederland (NL); the nearest month with figures is 2026-11" in str(
        dutch.value
    )
    assert gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY).figures


def test_a_month_in_progress_without_figures_is_not_refused(region: Region) -> None:
    """Its heading says the figures are awaited (see above): nothing is missing yet."""
    november = gather_monthly_summary(region.db, date(2026, 11, 1), today=TODAY)
    assert not november.no_figures


def test_a_month_without_figures_printed_anyway_shows_no_result(region: Region) -> None:
    """Asked for all the same: no zero actuals, no account ranked behind its plan, no
    gap to plan counting the month's whole target as missed."""
    summary = gather_monthly_summary(region.db, SEPTEMBER, today=TODAY, allow_empty=True)
    assert summary.no_figures and summary.awaiting == frozenset(Measure)
    line = figure(summary, "sell_in")
    assert line.target == Decimal("999.00") and line.awaiting and line.variance is None
    assert summary.behind == summary.ahead == summary.outbound_behind == []
    assert summary.focus.gaps == []  # the year to date stops at August
    with_figures = gather_monthly_summary(region.db, OCTOBER, today=TODAY)
    assert not with_figures.no_figures and with_figures.behind  # October ranks as before


@pytest.mark.parametrize(
    ("language", "notice", "missing"),
    [
        ("en", "No sales figures were imported for September 2026.", "not imported"),
        ("zh_CN", "2026年9月没有导入任何销售数据。", "未导入"),
        ("vi", "Chưa nhập số liệu bán hàng nào cho tháng 9/2026.", "chưa nhập"),
        ("nl", "Voor september 2026 zijn geen verkoopcijfers geïmporteerd.", "niet geïmporteerd"),
    ],
)
def test_the_pdf_of_a_month_without_figures_says_so_on_its_first_page(
    region: Region, language: str, notice: str, missing: str
) -> None:
    summary = gather_monthly_summary(region.db, SEPTEMBER, today=TODAY, allow_empty=True)
    reader = PdfReader(io.BytesIO(build_monthly_summary_pdf(summary, language)))
    first = " ".join(reader.pages[0].extract_text().split())
    assert notice in first and missing in first
    assert "999" in first  # the target is there, against no actual
    october = gather_monthly_summary(region.db, OCTOBER, today=TODAY)
    october_text = " ".join(pdf_text(build_monthly_summary_pdf(october, language)).split())
    assert notice not in october_text


# -- commentary -----------------------------------------------------------------------------


def test_commentary_is_one_row_per_month_territory_and_section(region: Region) -> None:
    service = MonthlyCommentaryService(region.db)
    assert service.read(OCTOBER, region.south) == {section: "" for section in SECTIONS}
    assert service.save_commentary(OCTOBER, region.south, "overview", "超额完成")
    assert service.save_commentary(OCTOBER, region.south, "overview", "超额完成 5.6%")
    assert not service.save_commentary(OCTOBER, region.south, "overview", "超额完成 5.6%")
    service.save_commentary(OCTOBER, None, "overview", "Alle regio's: café")
    assert service.read(OCTOBER, region.south)["overview"] == "超额完成 5.6%"
    assert service.read(date(2026, 10, 17), None)["overview"] == "Alle regio's: café"
    with region.db.session() as session:
        assert session.query(MonthlyCommentary).count() == 2
    with pytest.raises(CommentaryRefused, match="no section 'summary'"):
        service.save_commentary(OCTOBER, None, "summary", "x")


# -- the PDF --------------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_every_label_prints_with_the_embedded_font() -> None:
    for language in LANGUAGES:
        assert missing_glyphs(monthly_summary_labels(language).all_text()) == set(), language


@pytest.mark.parametrize(
    ("language", "words", "amount"),
    [
        ("en", ("Monthly summary", "October 2026", "Accounts most behind plan"), "450.30"),
        ("zh_CN", ("月度总结", "2026年10月", "落后计划最多的客户"), "450.30"),
        ("vi", ("Báo cáo tổng kết tháng", "Tháng 10/2026", "Thực hiện kế hoạch"), "450,30"),
        ("nl", ("Maandrapportage", "oktober 2026", "Uitvoering van het plan"), "450,30"),
    ],
)
def test_the_pdf_prints_figures_words_and_commentary(
    region: Region, language: str, words: tuple[str, ...], amount: str
) -> None:
    MonthlyCommentaryService(region.db).save_commentary(
        OCTOBER, region.south, "next_focus", "重点跟进 Nguyễn Đà Nẵng en IJsselstein"
    )
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    pdf = build_monthly_summary_pdf(summary, language)
    text = pdf_text(pdf)
    for word in (*words, amount, "华润万家 总部", "重点跟进 Nguyễn Đà Nẵng en IJsselstein"):
        assert word in text, (language, word)
    assert re.search(r"(Page|第|Trang|Pagina) ?1", text)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata and reader.metadata.title


def test_charts_are_vector_drawings_not_images(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    reader = PdfReader(io.BytesIO(build_monthly_summary_pdf(summary, "zh_CN")))
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        images = [x for x in (xobjects.get_object().values() if xobjects else [])]
        assert not [x for x in images if x.get_object().get("/Subtype") == "/Image"]
    drawn = " ".join(page.get_contents().get_data().decode("latin-1") for page in reader.pages)
    operators = re.findall(r"(?<=\s)([a-zA-Z*]{1,2})(?=\s)", drawn)
    # the axis labels' glyph outlines and the target's markers are curves; bars and axes lines
    assert operators.count("c") > 200 and operators.count("l") > 50


def test_same_summary_same_bytes(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    assert build_monthly_summary_pdf(summary, "nl") == build_monthly_summary_pdf(summary, "nl")


# -- layout: pages, charts, fonts -------------------------------------------------------------


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_issue_list_starts_under_its_heading_instead_of_leaving_a_page_empty(
    region: Region,
) -> None:
    """Forty open issues are taller than what is left of the page after plan execution:
    the list starts there and goes on over the page (its head repeated), rather than the
    whole section moving to the next page and leaving this one nearly empty."""
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    (first, *_) = summary.issues
    issues = [replace(first, number=f"IS-2026-{n:05d}") for n in range(1, 41)]
    shorter = replace(
        summary, issues=issues, behind=[], ahead=[], outbound_behind=[], discrepancies=[], trend={}
    )
    pages = pages_text(build_monthly_summary_pdf(shorter, "en"))
    (execution,) = [i for i, text in enumerate(pages) if "Plan execution" in text]
    (heading,) = [i for i, text in enumerate(pages) if "Open customer issues" in text]
    assert heading == execution
    assert "IS-2026-00001" in pages[heading]  # its first rows stay under the heading
    (last,) = [i for i, text in enumerate(pages) if "IS-2026-00040" in text]
    assert last > heading and "Deadline" in pages[last]  # the head again on the next page


def test_a_short_table_is_never_split_from_its_heading(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    pages = pages_text(build_monthly_summary_pdf(summary, "en"))
    (page,) = [text for text in pages if "Plan execution" in text]
    assert "Visit compliance" in page and "Promotion participation" in page


def test_the_trend_legend_sits_above_the_bars_and_dutch_march_is_mrt() -> None:
    from acct_desktop.reporting.monthly_summary_charts import trend_figure

    labels = monthly_summary_labels("nl")
    points = [_Point(date(2026, m, 1), Decimal(900), Decimal(1000)) for m in range(1, 13)]
    figure = trend_figure(
        points,
        currency="EUR",
        month_label=labels.axis_month,
        actual_label="Inkoop",
        target_label="Doel",
        thousands=str,
    )
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    (legend,) = figure.legends
    axes = figure.axes[0].get_window_extent(renderer)
    assert legend.get_window_extent(renderer).y0 >= axes.y1 - 1  # above the plot, not on it
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()][2] == "mrt"


def test_the_trend_chart_shows_all_twelve_months_and_says_which_were_not_imported() -> None:
    """A new user imports October only: the chart showed January to October (matplotlib
    fitted the axis to the months with a target), the empty bars read as 0. All twelve
    months are on the axis, November 2025 to October 2026, and the months never imported
    are named under it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from acct_desktop.reporting.monthly_summary_charts import trend_figure

    labels = monthly_summary_labels("en")
    months = [date(2025, 11, 1), date(2025, 12, 1)] + [date(2026, m, 1) for m in range(1, 11)]
    points = [_Point(m, Decimal(0), None if m.year == 2025 else Decimal(1000)) for m in months]
    for point in points[:-1]:
        point.awaiting = True
    points[-1].actual = Decimal(733)
    figure = trend_figure(
        points,
        currency="USD",
        month_label=labels.axis_month,
        actual_label="Sell-in",
        target_label="Target",
        thousands=str,
    )
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert ticks[0] == "Nov\n2025" and ticks[2] == "Jan\n2026" and ticks[-1] == "Oct"
    low, high = axes.get_xlim()
    assert low < 0 and high > 11  # every month is drawn, November 2025 included
    assert labels.month_runs(months[:-1]) == "November 2025 – September 2026"
    assert monthly_summary_labels("zh_CN").month_runs([months[0], months[5]]) == (
        "2025年11月、2026年4月"
    )


def test_the_pdf_names_the_trend_months_without_figures(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    text = " ".join(pdf_text(build_monthly_summary_pdf(summary, "en")).split())
    assert "No bar: no sell-in was imported for November 2025 – September 2026." in text
    zh = "".join(pdf_text(build_monthly_summary_pdf(summary, "zh_CN")).split())
    assert "无柱：2025年11月–2026年9月未导入进货数据。" in zh


def test_no_font_is_left_unembedded_by_the_charts(region: Region) -> None:
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    reader = PdfReader(io.BytesIO(build_monthly_summary_pdf(summary, "zh_CN")))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for xobject in page["/Resources"].get_object().get("/XObject", {}).values():
            fonts = {**fonts, **xobject.get_object().get("/Resources", {}).get("/Font", {})}
        for font in fonts.values():
            font = font.get_object()
            assert font["/BaseFont"] != "/Helvetica", "a standard font the PDF does not embed"


class _Point:
    def __init__(self, month: date, actual: Decimal, target: Decimal | None) -> None:
        self.month, self.actual, self.target = month, actual, target
        self.awaiting = False


@pytest.mark.parametrize(("language", "catalogue"), [("zh", "zh_CN"), ("vi", "vi"), ("nl", "nl")])
def test_the_pdf_names_each_measure_as_the_app_does(language: str, catalogue: str) -> None:
    """The Dutch PDF called sell-out "Verkoop" — the supplier's ambiguous word the import
    warns about — where the dock, the alerts and the command line say "Eindverkoop"."""
    from xml.etree import ElementTree

    from acct_desktop.reporting.monthly_summary_labels import monthly_summary_labels

    sources = {
        "sell_in": "Sell-in",
        "outbound": "Outbound",
        "sell_out": "Sell-out",
        "stock": "Stock",
    }
    root = ElementTree.parse(
        Path(__file__).parents[2] / "resources" / "translations" / f"acct_desktop_{catalogue}.ts"
    ).getroot()
    (plan_tree,) = [c for c in root if c.findtext("name") == "planTree"]
    app_words = {m.findtext("source"): m.findtext("translation") for m in plan_tree.iter("message")}
    pdf_words = monthly_summary_labels(language).measures
    assert pdf_words == {key: app_words[source] for key, source in sources.items()}


@pytest.mark.parametrize(
    ("language", "written"), [("nl", "+{} %"), ("en", "+{}%"), ("zh_CN", "+{}%"), ("vi", "+{}%")]
)
def test_the_overview_shows_the_variance_in_percent_as_the_plan_dock_does(
    region: Region, language: str, written: str
) -> None:
    """The PDF wrote 900,6% (of target) where the plan dock writes +800,6 % (the variance)
    for the same figure; one rule for the "%" of each language (Dutch with a space)."""
    summary = gather_monthly_summary(region.db, OCTOBER, region.south, today=TODAY)
    sell_in = figure(summary, "sell_in")
    from acct_desktop.domain.sales_metrics import variance_percent

    gap = variance_percent(sell_in.actual, sell_in.target)  # as the plan dock computes it
    assert gap is not None and gap > 0
    text = pdf_text(build_monthly_summary_pdf(summary, language)).replace("\u00a0", " ")
    point = "," if language in ("nl", "vi") else "."
    number = f"{gap:f}".replace(".", point)
    assert written.format(number) in text, text[:1500]
    from acct_desktop.domain.percentages import format_percent

    assert format_percent(language, sell_in.of_target).replace("\u00a0", " ") not in text
    assert format_percent(language, Decimal("-2.4"), signed=True).replace("\u00a0", " ") == (
        "-2,4 %" if language == "nl" else ("-2,4%" if language == "vi" else "-2.4%")
    )


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
@pytest.mark.parametrize(
    ("language", "planned", "checked"),
    [
        ("en", "1 of 1 planned visit done", "1 of 1 visit where it was checked"),
        ("nl", "1 van 1 gepland bezoek afgelegd", "1 van 1 bezoek waarbij het is nagegaan"),
    ],
)
def test_one_planned_visit_is_counted_in_the_singular(
    region: Region, tmp_path: Path, language: str, planned: str, checked: str
) -> None:
    """The Dutch territory's one October visit, done and asked about the promotion."""
    with region.db.session() as s:
        s.add(
            region.visit(
                region.dutch, datetime(2026, 10, 14, 9, tzinfo=UTC), VisitStatus.DONE, True
            )
        )
    summary = gather_monthly_summary(region.db, OCTOBER, region.nl, today=TODAY, allow_empty=True)
    assert (summary.execution.visits_planned, summary.execution.promotion_answered) == (1, 1)
    path = tmp_path / "summary.pdf"
    path.write_bytes(build_monthly_summary_pdf(summary, language))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    words = " ".join(text.stdout.split())
    assert planned in words and checked in words
