"""Plan against actual read from a database: roll-ups, currencies, stock, months, forms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acct_desktop.domain.enums import (
    AccountKind,
    Channel,
    DiscrepancyCause,
    DiscrepancyStatus,
    Measure,
)
from acct_desktop.domain.sales_metrics import Standing, Thresholds, standing
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.discrepancy_forms import (
    DiscrepancyDraft,
    DiscrepancyForms,
    DiscrepancyInvalid,
)
from acct_desktop.services.plan_actuals import Period, PlanActuals
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

D = Decimal
OCT = date(2026, 10, 1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    url = (
        str(tmp_path / "plan.acctdb")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    database = open_database(url)
    yield database
    database.close()


@pytest.fixture
def chain(db):
    """华南 territory: HQ › 佛山 DC › two stores; facts and targets for October 2026."""
    with db.session() as s:
        south = m.Territory(code="CN-S", name="华南", country_code="CN")
        s.add(south)
        s.flush()

        def account(code, name, kind, parent=None, territory=None):
            a = m.Account(
                code=code, name=name, kind=kind, channel=Channel.CHAIN_STORE,
                parent_id=parent, territory_id=territory, currency="CNY",
            )  # fmt: skip
            s.add(a)
            s.flush()
            return a.id

        hq = account("HQ", "华润万家 总部", AccountKind.HEADQUARTERS, territory=south.id)
        dc = account("DC", "佛山 DC", AccountKind.DISTRIBUTION_CENTRE, hq)
        s1 = account("S1", "佛山 1店", AccountKind.STORE, dc)
        s2 = account("S2", "佛山 2店", AccountKind.STORE, dc)

        def fact(acc, day, measure, qty, amount, currency="CNY", category="engine_oil"):
            s.add(
                m.SalesFact(
                    period=day, account_id=acc, measure=measure, quantity=D(qty),
                    amount=D(amount), currency=currency, category=category,
                )
            )  # fmt: skip

        fact(dc, date(2026, 10, 3), Measure.SELL_IN, 100, "10000.10")
        fact(dc, date(2026, 10, 20), Measure.SELL_IN, 50, "5000.05")
        fact(s1, date(2026, 10, 9), Measure.SELL_IN, 10, "1000.01", category="grease")
        fact(s2, date(2026, 10, 9), Measure.SELL_IN, 1, "99.99", currency="EUR")
        fact(dc, date(2026, 9, 30), Measure.SELL_IN, 999, "99999.00")  # September
        fact(dc, date(2026, 10, 31), Measure.OUTBOUND, 310, "31000.00")
        fact(s1, date(2026, 10, 31), Measure.SELL_OUT, 62, "6200.00")
        fact(dc, date(2026, 10, 15), Measure.STOCK, 400, "40000.00")
        fact(dc, date(2026, 10, 31), Measure.STOCK, 300, "30000.00")  # closing
        fact(s1, date(2026, 10, 31), Measure.STOCK, 20, "2000.00")

        def target(amount, acc=None, territory=None, month=OCT, category=None):
            s.add(
                m.Target(
                    period_kind="month", period_start=month, account_id=acc,
                    territory_id=territory, category=category, measure=Measure.SELL_IN,
                    amount=D(amount), currency="CNY",
                )
            )  # fmt: skip

        target("20000.00", acc=dc)
        target("1500.00", acc=s1)
        target("900.00", acc=s2)
        target("30000.00", territory=south.id)
        target("12000.00", acc=dc, category="engine_oil")
        target("18000.00", acc=dc, month=date(2026, 9, 1))
    return {"hq": hq, "dc": dc, "s1": s1, "s2": s2, "south": south.id}


def test_dc_actual_covers_its_stores_and_its_own_target_wins(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    dc = snap.figures(chain["dc"])
    assert dc.actual == D("16000.16")  # 10000.10 + 5000.05 + 1000.01; EUR left out
    assert dc.target == D("20000.00")  # not + the stores' 2400
    assert dc.variance_percent == D("-20.0")
    assert snap.figures(chain["hq"]).target == D("20000.00")  # from below
    assert snap.figures(chain["s1"]).target == D("1500.00")
    assert snap.other_currencies == {"EUR": 1}


def test_derived_metrics_roll_up_units(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    dc = snap.figures(chain["dc"])
    assert dc.outbound_units == D(310)
    assert dc.sold_out_units == D(62)
    assert dc.closing_stock_units == D(320)  # the DC's last count + the store's
    assert dc.velocity_per_week == D("14.0")  # 62 ÷ 31 × 7
    # the DC's own 300 turn over by its shipments; the store's 20 on the shelf do not ship
    assert dc.shipping_stock_units == D(300)
    assert dc.turnover_days == D("30.0")  # 300 ÷ (310 ÷ 31), not 320 ÷ …
    assert dc.weeks_of_cover == D("22.9")  # all 320 in the channel ÷ 14 sold out a week
    hq = snap.figures(chain["hq"])
    assert (hq.shipping_stock_units, hq.turnover_days) == (D(300), D("30.0"))
    store = snap.figures(chain["s1"])  # stock, but no shipments: no turnover to speak of
    assert (store.closing_stock_units, store.shipping_stock_units) == (D(20), None)
    assert store.turnover_days is None


def test_the_roll_ups_are_worked_out_once_when_the_snapshot_is_read(db, chain, monkeypatch):
    """The view asks for the figures of every account it shows; each call used to rebuild
    the roll-ups' inputs over all accounts (4.5 s of the UI thread on 10,000 accounts)."""
    import acct_desktop.services.plan_actuals as plan_actuals

    walks: list[int] = []
    real = plan_actuals.subtree_totals
    monkeypatch.setattr(plan_actuals, "subtree_totals", lambda *a: walks.append(1) or real(*a))
    picks: list[int] = []
    pick = plan_actuals.PlanSnapshot._units_of
    monkeypatch.setattr(
        plan_actuals.PlanSnapshot, "_units_of", lambda *a: picks.append(1) or pick(*a)
    )
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    read = len(walks)
    assert read == 7  # actual, sold out, shipped, stock, "has stock", shipping stock and
    # "has shipping stock": in the service
    for _ in range(50):
        for account in chain.values():
            if account in snap.accounts:
                snap.figures(account)
    assert len(walks) == read  # none on the view's side
    assert len(picks) == 2  # the sold-out and outbound units picked once each


def test_closing_stock_is_the_last_count_not_the_sum_of_counts(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.STOCK, "CNY")
    assert snap.own_actual[chain["dc"]] == D("30000.00")


def test_territory_uses_its_own_target(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    south = snap.territory_figures(chain["south"])
    assert south.actual == D("16000.16")  # the stores inherit the HQ's territory
    assert south.target == D("30000.00")


def test_categories_from_facts_and_targets(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    assert snap.categories() == ["engine_oil", "grease"]
    oil = snap.category_figures("engine_oil")
    assert (oil.actual, oil.target) == (D("15000.15"), D("12000.00"))
    assert snap.category_figures("grease", chain["dc"]).actual == D("1000.01")


def test_a_quarter_adds_its_months(db, chain):
    snap = PlanActuals(db).snapshot(Period.months(date(2026, 9, 1), 2), Measure.SELL_IN, "CNY")
    dc = snap.figures(chain["dc"])
    assert dc.actual == D("115999.16")
    assert dc.target == D("38000.00")
    assert snap.period.days == 61


def test_month_by_month_for_an_account(db, chain):
    service = PlanActuals(db)
    snap = service.snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    months = service.month_by_month(snap, [date(2026, 9, 1), OCT, date(2026, 11, 1)], chain["dc"])
    assert months == [
        (date(2026, 9, 1), D("99999.00"), D("18000.00"), False),
        (OCT, D("16000.16"), D("20000.00"), False),
        (date(2026, 11, 1), D(0), None, True),  # no figures of November: nothing to compare
    ]


# -- a period in progress, compared to date ---------------------------------------------
def _sell_in(db, account, day, amount, currency="CNY"):
    with db.session() as s:
        s.add(
            m.SalesFact(
                period=day, account_id=account, measure=Measure.SELL_IN, quantity=D(1),
                amount=D(amount), currency=currency,
            )
        )  # fmt: skip


def test_a_month_in_progress_compares_its_figures_with_the_target_to_date(db, chain):
    """On 25 October the sell-in reaches the 20th: every target counts 20 of 31 days."""
    snap = PlanActuals(db).snapshot(
        Period.months(OCT), Measure.SELL_IN, "CNY", today=date(2026, 10, 25)
    )
    assert snap.through == date(2026, 10, 20) and snap.days == 20
    dc = snap.figures(chain["dc"])
    assert dc.actual == D("16000.16")
    assert dc.target == D("12903.23")  # 20000.00 × 20 ÷ 31
    assert dc.variance_percent == D("24.0")  # ahead of plan to date, not 20 % behind
    assert snap.figures(chain["s1"]).target == D("967.74")  # 1500.00 × 20 ÷ 31
    assert snap.territory_figures(chain["south"]).target == D("19354.84")
    assert snap.category_figures("engine_oil").target == D("7741.94")


def test_a_period_over_or_a_stock_count_is_compared_whole(db, chain):
    service = PlanActuals(db)
    over = service.snapshot(Period.months(OCT), Measure.SELL_IN, "CNY", today=date(2026, 11, 2))
    assert over.through is None and over.figures(chain["dc"]).target == D("20000.00")
    assert over.days == 31
    stock = service.snapshot(Period.months(OCT), Measure.STOCK, "CNY", today=date(2026, 10, 25))
    assert stock.through is None


def test_figures_dated_after_today_count_only_to_today(db, chain):
    snap = PlanActuals(db).snapshot(
        Period.months(OCT), Measure.OUTBOUND, "CNY", today=date(2026, 10, 25)
    )
    assert snap.through == date(2026, 10, 25)
    dc = snap.figures(chain["dc"])
    assert dc.velocity_per_week == D("17.4")  # 62 sold out ÷ 25 days × 7
    assert dc.turnover_days == D("24.2")  # the DC's 300 in stock ÷ (310 shipped ÷ 25 days)


def test_a_year_of_monthly_figures_counts_the_months_it_has(db, chain):
    """Monthly figures (dated the 1st) through September: the year so far is 9 whole
    months, not 8 months and the 1st of September."""
    for month in range(1, 10):
        _sell_in(db, chain["dc"], date(2025, month, 1), "100.00")
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    snap = PlanActuals(db).snapshot(year, Measure.SELL_IN, "CNY", today=date(2025, 10, 14))
    assert snap.through == date(2025, 9, 30) and snap.days == 273


def test_a_quarter_in_progress_counts_whole_months_then_the_share_of_the_last(db, chain):
    snap = PlanActuals(db).snapshot(
        Period.months(date(2026, 9, 1), 2), Measure.SELL_IN, "CNY", today=date(2026, 10, 21)
    )
    assert snap.through == date(2026, 10, 20) and snap.days == 50
    assert snap.figures(chain["dc"]).target == D("30903.23")  # 18000.00 + 12903.23


def test_month_by_month_shows_the_month_in_progress_to_date(db, chain):
    service = PlanActuals(db)
    snap = service.snapshot(Period.months(OCT), Measure.SELL_IN, "CNY", today=date(2026, 10, 25))
    months = service.month_by_month(snap, [date(2026, 9, 1), OCT], chain["dc"])
    assert months == [
        (date(2026, 9, 1), D("99999.00"), D("18000.00"), False),  # over: whole
        (OCT, D("16000.16"), D("12903.23"), False),
    ]


# -- a period in progress whose figures have not come in ------------------------------------
NOV = date(2026, 11, 1)


def _november_targets(db, chain):
    with db.session() as s:
        for month, amount in ((NOV, "21000.00"), (date(2026, 12, 1), "24000.00")):
            s.add(
                m.Target(
                    period_kind="month", period_start=month, account_id=chain["dc"],
                    measure=Measure.SELL_IN, amount=D(amount), currency="CNY",
                )
            )  # fmt: skip


def test_a_month_in_progress_without_figures_awaits_them_rather_than_falling_short(db, chain):
    """On 24 November no sell-in of November is imported yet: nothing to compare — not
    a 100 % shortfall at every account."""
    _november_targets(db, chain)
    snap = PlanActuals(db).snapshot(
        Period.months(NOV), Measure.SELL_IN, "CNY", today=date(2026, 11, 24)
    )
    assert snap.awaiting and snap.as_of == date(2026, 11, 24)
    dc = snap.figures(chain["dc"])
    assert dc.actual == 0 and dc.target == D("21000.00")  # the month's plan, shown whole
    assert dc.variance is None and dc.variance_percent is None
    assert standing(dc, Thresholds()) == Standing.NO_FIGURES
    assert snap.territory_figures(chain["south"]).awaiting
    assert snap.category_figures("engine_oil").variance_percent is None


def test_a_period_awaiting_figures_offers_the_currencies_it_is_planned_in(db, chain):
    _november_targets(db, chain)
    service = PlanActuals(db)
    assert service.currencies(Measure.SELL_IN, Period.months(NOV)) == ["CNY"]
    assert service.currencies(Measure.SELL_IN, Period.months(OCT)) == ["CNY", "EUR"]  # facts
    snap = service.snapshot(Period.months(NOV), Measure.SELL_IN, today=date(2026, 11, 24))
    assert snap.currency == "CNY" and snap.figures(chain["dc"]).target == D("21000.00")


def test_each_currency_waits_for_its_own_figures(db, chain):
    """Each country's ERP sends its figures on its own day: the Dutch figures of the 9th
    neither end the wait for the Chinese ones nor say how far those go."""
    _november_targets(db, chain)
    _sell_in(db, chain["s2"], date(2026, 11, 9), "10.00", "EUR")
    service = PlanActuals(db)
    snap = service.snapshot(Period.months(NOV), Measure.SELL_IN, "CNY", today=date(2026, 11, 24))
    assert snap.awaiting and snap.through is None
    assert standing(snap.figures(chain["dc"]), Thresholds()) == Standing.NO_FIGURES
    euro = service.snapshot(Period.months(NOV), Measure.SELL_IN, "EUR", today=date(2026, 11, 24))
    assert not euro.awaiting and euro.through == date(2026, 11, 9)


def test_one_figure_in_the_currency_ends_its_wait(db, chain):
    _november_targets(db, chain)
    _sell_in(db, chain["s2"], date(2026, 11, 2), "10.00", "CNY")
    snap = PlanActuals(db).snapshot(
        Period.months(NOV), Measure.SELL_IN, "CNY", today=date(2026, 11, 24)
    )
    assert not snap.awaiting and snap.through == date(2026, 11, 2)
    assert standing(snap.figures(chain["dc"]), Thresholds()) == Standing.BEHIND  # 10 of 1400


def test_a_month_over_without_any_figures_was_not_imported_not_a_shortfall(db, chain):
    """A month nobody imported read "100 % behind plan" for every account — the months
    before a new user's first import, above all."""
    _november_targets(db, chain)
    service = PlanActuals(db)
    over = service.snapshot(Period.months(NOV), Measure.SELL_IN, "CNY", today=date(2026, 12, 3))
    assert over.awaiting and over.figures(chain["dc"]).variance_percent is None
    other = service.snapshot(Period.months(NOV), Measure.OUTBOUND, "CNY")  # as of no day
    assert other.awaiting
    # the quarter leaves November (and December) out: October against October's target
    quarter = service.snapshot(Period.months(OCT, 3), Measure.SELL_IN, "CNY")
    assert quarter.missing == (NOV, date(2026, 12, 1)) and not quarter.awaiting
    october = service.snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    assert quarter.figures(chain["dc"]).target == october.figures(chain["dc"]).target
    assert quarter.days == 31


def test_an_account_without_figures_in_an_imported_month_is_a_real_shortfall(db, chain):
    """Figures of the month are in (others sold): one account's silence is a shortfall."""
    with db.session() as s:
        s.add(
            m.Target(
                period_kind="month", period_start=OCT, account_id=chain["s2"],
                measure=Measure.SELL_IN, amount=D("500.00"), currency="CNY",
            )
        )  # fmt: skip
    snap = PlanActuals(db).snapshot(Period.months(OCT), Measure.SELL_IN, "CNY")
    if snap.figures(chain["s2"]).actual == 0:
        assert snap.figures(chain["s2"]).variance_percent == D("-100.0")


def test_month_by_month_awaits_the_month_in_progress_and_the_months_to_come(db, chain):
    _november_targets(db, chain)
    service = PlanActuals(db)
    quarter = Period.months(OCT, 3)
    snap = service.snapshot(quarter, Measure.SELL_IN, "CNY", today=date(2026, 11, 24))
    # the last sell-in was on the 20th, but October is over: its export covers it whole
    assert not snap.awaiting and snap.through == date(2026, 10, 31)
    months = service.month_by_month(snap, quarter.month_starts(), chain["dc"])
    assert months == [
        (OCT, D("16000.16"), D("20000.00"), False),  # the whole month, as the quarter
        (NOV, D(0), D("21000.00"), True),
        (date(2026, 12, 1), D(0), D("24000.00"), True),
    ]
    assert months[1].awaiting and months[1].month == NOV


def test_monthly_figures_cover_their_month_to_today_unless_it_has_daily_ones(db, chain):
    november = date(2026, 11, 1)
    with db.session() as s:
        s.add_all(
            [
                m.SalesFact(
                    period=november, account_id=chain["dc"], measure=Measure.SELL_IN,
                    quantity=D(90), amount=D("9000.00"), currency="CNY",
                ),
                m.Target(
                    period_kind="month", period_start=november, account_id=chain["dc"],
                    measure=Measure.SELL_IN, amount=D("30000.00"), currency="CNY",
                ),
            ]
        )  # fmt: skip
    service = PlanActuals(db)
    monthly = service.snapshot(
        Period.months(november), Measure.SELL_IN, "CNY", today=date(2026, 11, 24)
    )
    assert monthly.through == date(2026, 11, 24)  # this month's figure: to today at most
    assert monthly.figures(chain["dc"]).target == D("24000.00")  # 30000.00 × 24 ÷ 30
    _sell_in(db, chain["dc"], date(2026, 11, 12), "100.00")
    daily = service.snapshot(
        Period.months(november), Measure.SELL_IN, "CNY", today=date(2026, 11, 24)
    )
    assert daily.through == date(2026, 11, 12)
    assert daily.figures(chain["dc"]).target == D("12000.00")  # 30000.00 × 12 ÷ 30


def test_currencies_most_used_first(db, chain):
    assert PlanActuals(db).currencies(Measure.SELL_IN, Period.months(OCT)) == ["CNY", "EUR"]


# -- discrepancy forms -------------------------------------------------------------------
def _draft(chain, **changes):
    values = dict(
        account_id=chain["dc"], period=OCT, measure=Measure.SELL_IN, currency="CNY",
        target_amount=D("20000.00"), actual_amount=D("16000.16"),
        analysis="出库低于计划 20%：促销延迟 · khuyến mãi bị hoãn",
        suspected_cause=DiscrepancyCause.PROMOTION, action="Promotie in week 45 inhalen",
        action_kpi="outbound ≥ 5,000 a week", responsible="Nguyễn Văn An",
        deadline=date(2026, 11, 15),
    )  # fmt: skip
    values.update(changes)
    return DiscrepancyDraft(**values)


def test_a_form_keeps_what_the_manager_saw_and_wrote(db, chain):
    forms = DiscrepancyForms(db, actor="an", today=lambda: date(2026, 11, 3))
    saved = forms.save(_draft(chain))
    draft, again = forms.find(chain["dc"], OCT, Measure.SELL_IN)
    assert draft == _draft(chain)
    assert again.id == saved.id
    assert forms.statuses(OCT, Measure.SELL_IN) == {chain["dc"]: DiscrepancyStatus.OPEN}


def test_an_action_needs_someone_and_a_deadline(db, chain):
    forms = DiscrepancyForms(db)
    with pytest.raises(DiscrepancyInvalid) as caught:
        forms.save(_draft(chain, responsible=" ", deadline=None, analysis=""))
    assert set(caught.value.problems) == {"analysis", "responsible", "deadline"}
    assert forms.find(chain["dc"], OCT, Measure.SELL_IN) is None


def test_a_stale_edit_is_refused(db, chain):
    forms = DiscrepancyForms(db)
    first = forms.save(_draft(chain))
    forms.save(_draft(chain, analysis="changed by a colleague"), first.version)
    with pytest.raises(EditRejected, match="Someone changed"):
        forms.save(_draft(chain, analysis="mine"), first.version)


def test_closing_a_form_dates_it(db, chain):
    forms = DiscrepancyForms(db, today=lambda: date(2026, 11, 20))
    forms.save(_draft(chain, status=DiscrepancyStatus.CLOSED))
    summary = forms.for_month(OCT)[0]
    assert summary.status is DiscrepancyStatus.CLOSED
    with db.session() as s:
        assert s.query(m.DiscrepancyForm).one().closed_on == date(2026, 11, 20)


def test_a_form_without_an_action_says_so_next_to_each_missing_field(db, chain):
    forms = DiscrepancyForms(db, today=lambda: date(2026, 11, 3))
    saved = forms.save(_draft(chain, action="", responsible="", deadline=None))
    with pytest.raises(DiscrepancyInvalid) as caught:
        forms.raise_issue(saved.id)
    assert set(caught.value.problems) == {"action", "responsible", "deadline"}
    with db.session() as s:
        assert s.query(m.CustomerIssue).count() == 0


def test_a_form_becomes_a_customer_issue_once(db, chain):
    forms = DiscrepancyForms(db, actor="an", today=lambda: date(2026, 11, 3))
    saved = forms.save(_draft(chain))
    linked = forms.raise_issue(saved.id)
    assert linked.issue_number
    assert forms.raise_issue(saved.id).issue_id == linked.issue_id
    with db.session() as s:
        issue = s.get(m.CustomerIssue, linked.issue_id)
        assert issue.responsible == "Nguyễn Văn An"
        assert issue.deadline == date(2026, 11, 15)
        assert "Promotie in week 45" in issue.description
    assert forms.for_month(OCT)[0].issue_number == linked.issue_number
