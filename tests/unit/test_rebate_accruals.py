"""Rebate accruals on stored sales: hand-computed cases on a small hierarchy, roll-up
without double counting, settlements, late entry, and the demo's agreements in bulk."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from acct_desktop.domain.enums import AccountKind, Channel, Measure, RebateKind, RebateStatus
from acct_desktop.domain.rebates import RebateTerms, Tier, rolled_up_volume
from acct_desktop.services.rebate_accruals import (
    AgreementNotFound,
    IncompleteTerms,
    RebateAccrualService,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import (
    Account,
    ExchangeRate,
    RebateAccrual,
    RebateAgreement,
    RebateTier,
    RegisterSetting,
    SalesFact,
)
from tests.conftest import DEMO_TODAY

D = Decimal
YEAR_END = date(2026, 12, 31)
TIERS = "0:1,100000:2,200000:3"


class Shop:
    """A fresh database with a small account tree and helpers to add facts and agreements.

    HQ ─┬─ B1 ── S1 (store)
        └─ B2
    OTHER (unrelated root)
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.ids: dict[str, uuid.UUID] = {}
        for code, parent in (("HQ", None), ("B1", "HQ"), ("B2", "HQ"), ("S1", "B1")):
            self.account(code, parent)
        self.account("OTHER", None)

    def account(self, code: str, parent: str | None) -> uuid.UUID:
        kind = AccountKind.HEADQUARTERS if parent is None else AccountKind.BRANCH_WAREHOUSE
        with self.db.session() as session:
            account = Account(
                code=code,
                name=f"Account {code}",
                kind=kind,
                channel=Channel.DISTRIBUTOR,
                parent_id=self.ids.get(parent) if parent else None,
                currency="EUR",
            )
            session.add(account)
            session.flush()
            self.ids[code] = account.id
        return self.ids[code]

    def fact(
        self,
        code: str,
        period: date,
        amount: str,
        category: str = "engine_oil",
        measure: Measure = Measure.SELL_IN,
        currency: str = "EUR",
        whole_month: bool = False,
    ) -> None:
        with self.db.session() as session:
            session.add(
                SalesFact(
                    period=period,
                    whole_month=whole_month,
                    account_id=self.ids[code],
                    category=category,
                    measure=measure,
                    quantity=D(1),
                    amount=D(amount),
                    currency=currency,
                )
            )

    def agreement(
        self,
        code: str,
        kind: RebateKind,
        tiers: str = TIERS,
        *,
        start: date = date(2026, 1, 1),
        end: date = YEAR_END,
        percent: str | None = None,
        category: str | None = None,
        baseline: str | None = None,
        signed: date | None = date(2026, 1, 5),
        entered: date = date(2026, 1, 6),
        settlements: tuple[tuple[date, str], ...] = (),
    ) -> uuid.UUID:
        with self.db.session() as session:
            agreement = RebateAgreement(
                number=f"R-{uuid.uuid4().hex[:8]}",
                account_id=self.ids[code],
                kind=kind,
                period_start=start,
                period_end=end,
                currency="EUR",
                category=category,
                fixed_percent=D(percent) if percent else None,
                baseline_amount=D(baseline) if baseline else None,
                signed_on=signed,
                entered_on=entered,
                status=RebateStatus.ACTIVE,
            )
            if kind is not RebateKind.FIXED_PERCENT and tiers:
                for pair in tiers.split(","):
                    threshold, rate = pair.split(":")
                    agreement.tiers.append(
                        RebateTier(threshold_amount=D(threshold), rebate_percent=D(rate))
                    )
            session.add(agreement)
            session.flush()
            for period, amount in settlements:
                session.add(
                    RebateAccrual(
                        agreement_id=agreement.id,
                        period=period,
                        qualifying_amount=D(0),
                        accrued_amount=D(amount),
                    )
                )
            return agreement.id


def standard_facts(shop: Shop) -> None:
    """2026 sell-in: HQ 100,000 (Mar), B1 50,000 (Mar) + 30,000 grease (Apr), B2 20,000
    (May), S1 40,000 (Jun) = 240,000 (210,000 engine oil). 2025: HQ 110,000 (Mar) + 60,000
    (Nov), S1 40,000 (Jun) = 210,000 (150,000 to 30 June). Noise that must not count:
    other measures, another root, facts outside the period."""
    for code, period, amount, category in (
        ("HQ", date(2026, 3, 1), "100000", "engine_oil"),
        ("B1", date(2026, 3, 1), "50000", "engine_oil"),
        ("B1", date(2026, 4, 1), "30000", "grease"),
        ("B2", date(2026, 5, 1), "20000", "engine_oil"),
        ("S1", date(2026, 6, 1), "40000", "engine_oil"),
        ("HQ", date(2025, 3, 1), "110000", "engine_oil"),
        ("HQ", date(2025, 11, 1), "60000", "engine_oil"),
        ("S1", date(2025, 6, 1), "40000", "engine_oil"),
        ("OTHER", date(2026, 3, 1), "500000", "engine_oil"),
        ("HQ", date(2027, 1, 1), "900000", "engine_oil"),
    ):
        shop.fact(code, period, amount, category)
    shop.fact("S1", date(2026, 6, 1), "999999", measure=Measure.SELL_OUT)
    shop.fact("B1", date(2026, 6, 1), "888888", measure=Measure.STOCK)
    shop.fact("B2", date(2026, 6, 1), "777777", measure=Measure.OUTBOUND)


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Shop:
    if request.param == "sqlite":
        db = open_database(tmp_path / "fresh.acctdb")
    else:
        db = open_database(request.getfixturevalue("pg_url"))
    built = Shop(db)
    standard_facts(built)
    yield built
    db.close()


def service(shop: Shop) -> RebateAccrualService:
    return RebateAccrualService(shop.db)


# -- hand-computed kinds -------------------------------------------------------------------


def test_whole_volume_rolls_up_the_tree_and_deducts_settlements(shop: Shop) -> None:
    agreement = shop.agreement(
        "HQ",
        RebateKind.WHOLE_VOLUME_TIERS,
        settlements=(
            (date(2026, 3, 31), "1000"),
            (date(2026, 6, 30), "500"),
            (date(2027, 1, 31), "300"),
        ),
    )
    result = service(shop).accrual(agreement, YEAR_END)
    assert result.volume_to_date == D("240000.00")  # HQ + B1 + B2 + S1, sell-in only
    assert result.accrued_to_date == D("7200.00")  # 3 % of everything
    assert result.tier_reached == Tier(D(200000), D(3)) and result.next_tier is None
    assert result.distance_to_next_tier is None
    assert result.settled == D("1500.00")  # the 2027 payment is after the day asked
    assert result.balance_to_date == D("5700.00")
    assert result.projected_rebate == D("7200.00")  # the period is over
    assert result.projected_final_settlement == D("5700.00")
    months = dict(result.months)
    assert len(months) == 12 and months[date(2026, 3, 1)] == D("150000.00")
    assert months[date(2026, 4, 1)] == D("30000.00") and months[date(2026, 1, 1)] == 0


def test_banded_fixed_and_category_scope(shop: Shop) -> None:
    accruals = service(shop)
    banded = shop.agreement("HQ", RebateKind.BANDED_TIERS)
    fixed = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="2.5")
    oil = shop.agreement("HQ", RebateKind.WHOLE_VOLUME_TIERS, category="engine_oil")
    grease = shop.agreement("HQ", RebateKind.WHOLE_VOLUME_TIERS, category="grease")
    # 100,000 × 1 % + 100,000 × 2 % + 40,000 × 3 %
    assert accruals.accrual(banded, YEAR_END).accrued_to_date == D("4200.00")
    assert accruals.accrual(fixed, YEAR_END).accrued_to_date == D("6000.00")
    oil_result = accruals.accrual(oil, YEAR_END)
    assert oil_result.volume_to_date == D("210000.00") and oil_result.accrued_to_date == D(
        "6300.00"
    )
    grease_result = accruals.accrual(grease, YEAR_END)
    assert grease_result.volume_to_date == D("30000.00") and grease_result.accrued_to_date == D(
        "300.00"
    )
    assert grease_result.distance_to_next_tier == D("70000.00")


def test_growth_against_last_years_sales_and_against_a_baseline(shop: Shop) -> None:
    accruals = service(shop)
    growth = shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5")
    at_year_end = accruals.accrual(growth, YEAR_END)
    # 240,000 against 210,000: 30,000 growth at 2 %
    assert at_year_end.last_year_full == D("210000.00")
    assert at_year_end.accrued_to_date == D("600.00")
    assert at_year_end.distance_to_next_tier == D("20000.00")
    mid_year = accruals.accrual(growth, date(2026, 6, 30))
    # to 30 June: 240,000 against 150,000 (Mar + Jun 2025): 90,000 growth at 5 %
    assert mid_year.last_year_to_date == D("150000.00")
    assert mid_year.accrued_to_date == D("4500.00")
    baseline = shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5", baseline="200000")
    assert accruals.accrual(baseline, YEAR_END).accrued_to_date == D("800.00")
    behind = shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5", baseline="400000")
    below = accruals.accrual(behind, YEAR_END)  # 240,000 against 400,000: no growth
    assert below.accrued_to_date == D("0.00")
    # still to buy: the 160,000 short of the baseline and the 50,000 growth on top
    assert below.distance_to_next_tier == D("210000.00")


def test_projection_to_period_end_at_the_run_rate(shop: Shop) -> None:
    # 60 days from 1 April; on 30 April half have passed; April's 30,000 (B1 grease) counts
    agreement = shop.agreement(
        "HQ", RebateKind.FIXED_PERCENT, percent="10", start=date(2026, 4, 1), end=date(2026, 5, 30)
    )
    result = service(shop).accrual(agreement, date(2026, 4, 30))
    assert (result.elapsed_days, result.total_days) == (30, 60)
    assert result.volume_to_date == D("30000.00") and result.accrued_to_date == D("3000.00")
    assert result.projected_volume == D("60000.00") and result.projected_rebate == D("6000.00")
    before = service(shop).accrual(agreement, date(2026, 3, 15))
    assert before.volume_to_date == 0 and before.months == () and before.projected_rebate == 0


def test_the_run_rate_and_last_year_run_to_the_day_the_figures_reach(shop: Shop) -> None:
    # asked on 20 July, the figures (monthly, the last dated 1 June) reach 30 June: July
    # has no figures yet, so 181 days are covered of 201 elapsed
    on = date(2026, 7, 20)
    shop.fact("HQ", date(2025, 7, 1), "7000")  # last year's July: not the same period
    accruals = service(shop)
    fixed = accruals.accrual(shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="1"), on)
    assert fixed.figures_through == date(2026, 6, 30)
    assert (fixed.elapsed_days, fixed.covered_days, fixed.total_days) == (201, 181, 365)
    assert fixed.projected_volume == D("483977.90")  # 240,000 × 365/181, not × 365/201
    assert fixed.months[-1] == (date(2026, 7, 1), D(0))  # still listed, without figures
    growth = accruals.accrual(shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5"), on)
    assert growth.last_year_to_date == D("150000.00")  # to 30 June 2025, not 20 July
    agreed = shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5", baseline="365000")
    assert accruals.accrual(agreed, on).last_year_to_date == D("181000.00")  # 181 days
    over = accruals.accrual(agreed, YEAR_END)  # a period that is over is compared whole
    assert over.figures_through == YEAR_END and over.covered_days == 365


def test_a_statement_dated_back_leaves_out_a_months_figure_it_would_have_to_split(
    shop: Shop,
) -> None:
    # July's and October's monthly figures came in whole; asked on 10 October from
    # 5 December, October is over and its figure cannot be cut at the 10th: it is left
    # out and the figures reach 30 September (273 days), not 10 October with a whole
    # month of sales counted over 10 of its days
    shop.fact("B2", date(2026, 7, 1), "60000", whole_month=True)
    shop.fact("B2", date(2026, 10, 1), "31000", whole_month=True)
    agreement = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="1")
    on = date(2026, 10, 10)
    back = RebateAccrualService(shop.db, today=date(2026, 12, 5)).accrual(agreement, on)
    assert back.volume_to_date == D("300000.00")  # 240,000 + July's 60,000
    assert back.figures_through == date(2026, 9, 30) and back.covered_days == 273
    assert back.projected_volume == D("401098.90")  # 300,000 × 365/273
    assert back.months[-1] == (date(2026, 10, 1), D(0))  # October: no figures yet
    # on the day itself (or while October is still in progress) its figure is the ERP's
    # month so far, counted up to the day asked about as everywhere else
    for today in (None, on, date(2026, 10, 31)):
        current = RebateAccrualService(shop.db, today=today).accrual(agreement, on)
        assert current.volume_to_date == D("331000.00")
        assert current.figures_through == on and current.covered_days == 283
    # a daily figure of the month is counted to its day; a period that is over, whole
    shop.fact("B2", date(2026, 10, 6), "500")
    mixed = RebateAccrualService(shop.db, today=date(2026, 12, 5)).accrual(agreement, on)
    assert mixed.volume_to_date == D("300500.00") and mixed.figures_through == date(2026, 10, 6)
    whole = RebateAccrualService(shop.db, today=date(2027, 2, 1)).accrual(agreement, YEAR_END)
    assert whole.volume_to_date == D("331500.00") and whole.covered_days == 365


def test_lower_levels_roll_up_only_their_own_subtree(shop: Shop) -> None:
    accruals = service(shop)
    branch = shop.agreement("B1", RebateKind.FIXED_PERCENT, percent="100")
    store = shop.agreement("S1", RebateKind.FIXED_PERCENT, percent="100")
    assert accruals.accrual(branch, YEAR_END).volume_to_date == D("120000.00")  # B1 + S1
    assert accruals.accrual(store, YEAR_END).volume_to_date == D("40000.00")


def test_a_deep_chain_counts_each_fact_once(shop: Shop) -> None:
    parent = "S1"
    for level in range(8):
        parent_code, parent = parent, f"D{level}"
        shop.account(parent, parent_code)
        shop.fact(parent, date(2026, 7, 1), "1000")
    agreement = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="100")
    assert service(shop).accrual(agreement, YEAR_END).volume_to_date == D("248000.00")


def test_a_cycle_in_the_tree_ends_and_counts_each_account_once(shop: Shop) -> None:
    a, b = shop.account("CA", None), shop.account("CB", "CA")
    with shop.db.session() as session:
        session.execute(update(Account).where(Account.id == a).values(parent_id=b))
    shop.fact("CA", date(2026, 2, 1), "10")
    shop.fact("CB", date(2026, 2, 1), "5")
    agreement = shop.agreement("CA", RebateKind.FIXED_PERCENT, percent="100")
    assert service(shop).accrual(agreement, YEAR_END).volume_to_date == D("15.00")


def test_other_currencies_are_converted_or_listed(shop: Shop) -> None:
    with shop.db.session() as session:
        session.add(
            ExchangeRate(
                base_currency="EUR", currency="USD", rate=D("1.25"), valid_from=date(2024, 1, 1)
            )
        )
    shop.fact("B2", date(2026, 8, 1), "12500", currency="USD")
    shop.fact("B2", date(2026, 8, 1), "999", currency="GBP")
    agreement = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="100")
    result = service(shop).accrual(agreement, YEAR_END)
    assert result.volume_to_date == D("250000.00")  # 12,500 USD = 10,000 EUR
    assert result.facts.volumes.unconverted == (("GBP", D("999.00")),)


# -- previews, what-if, errors -------------------------------------------------------------


def test_preview_of_unsaved_terms_and_what_if(shop: Shop) -> None:
    accruals = service(shop)
    agreement = shop.agreement("HQ", RebateKind.WHOLE_VOLUME_TIERS)
    basis = accruals.sales_basis(agreement, YEAR_END)
    banded = RebateTerms(
        RebateKind.BANDED_TIERS,
        (Tier(D(0), D(1)), Tier(D(100000), D(2)), Tier(D(200000), D(3))),
        currency="EUR",
    )
    assert accruals.accrue(basis, banded).accrued_to_date == D("4200.00")
    growth = RebateTerms(RebateKind.GROWTH, (Tier(D(0), D(2)),), currency="EUR")
    assert accruals.accrue(basis, growth).accrued_to_date == D("600.00")
    saved = accruals.accrue(basis)
    assert saved.accrued_to_date == accruals.accrual(agreement, YEAR_END).accrued_to_date
    assert accruals.what_if(agreement, D(150000)).amount == D("3000.00")
    assert accruals.what_if(banded, D(150000)).amount == D("2000.00")


def test_unknown_and_incomplete_agreements(shop: Shop) -> None:
    accruals = service(shop)
    with pytest.raises(AgreementNotFound, match="no rebate agreement"):
        accruals.accrual(uuid.uuid4(), YEAR_END)
    draft = shop.agreement("HQ", RebateKind.BANDED_TIERS, tiers="")
    with pytest.raises(IncompleteTerms, match="at least one tier"):
        accruals.accrual(draft, YEAR_END)
    assert draft not in {a.facts.agreement_id for a in accruals.accruals_for_all(YEAR_END)}


def test_late_entry_follows_the_company_rule(shop: Shop) -> None:
    accruals = service(shop)
    eight_days = shop.agreement(
        "HQ", RebateKind.FIXED_PERCENT, percent="1", entered=date(2026, 1, 13)
    )
    seven_days = shop.agreement(
        "HQ", RebateKind.FIXED_PERCENT, percent="1", entered=date(2026, 1, 12)
    )
    unsigned = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="1", signed=None)
    assert accruals.late_entry_days() == 7
    late = {a.facts.agreement_id: a.entered_late for a in accruals.accruals_for_all(YEAR_END)}
    assert late[eight_days] and not late[seven_days] and not late[unsigned]
    assert accruals.accrual(eight_days, YEAR_END).entry_delay_days == 8
    with shop.db.session() as session:
        session.add(RegisterSetting(key="rebate_late_entry_days", value="10"))
    assert accruals.late_entry_days() == 10
    assert not accruals.accrual(eight_days, YEAR_END).entered_late
    with shop.db.session() as session:
        session.execute(
            update(RegisterSetting)
            .where(RegisterSetting.key == "rebate_late_entry_days")
            .values(value="5")
        )
    assert accruals.accrual(seven_days, YEAR_END).entered_late
    with shop.db.session() as session:
        agreement = session.get(RebateAgreement, seven_days)
        assert accruals.entered_late(agreement) and not accruals.entered_late(agreement, days=30)


# -- the demo ------------------------------------------------------------------------------


def test_bulk_equals_one_by_one_for_every_demo_agreement(demo_db: Path) -> None:
    db = open_database(demo_db, create=False)
    try:
        accruals = RebateAccrualService(db)
        everything = accruals.accruals_for_all(DEMO_TODAY)
        assert len(everything) >= 10
        for result in everything:
            assert accruals.accrual(result.facts.agreement_id, DEMO_TODAY) == result
        active = accruals.accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
        assert active == [r for r in everything if r.facts.status is RebateStatus.ACTIVE]
    finally:
        db.close()


def test_demo_volumes_match_a_python_roll_up(demo_db: Path) -> None:
    """The CTE's roll-up against the domain's ``rolled_up_volume`` over per-account sums."""
    db = open_database(demo_db, create=False)
    try:
        with db.session() as session:
            parent_of = dict(session.execute(select(Account.id, Account.parent_id)).all())
            facts = session.execute(
                select(SalesFact.account_id, SalesFact.period, SalesFact.amount).where(
                    SalesFact.measure == Measure.SELL_IN
                )
            ).all()
        for result in RebateAccrualService(db).accruals_for_all(DEMO_TODAY):
            window_end = min(DEMO_TODAY, result.facts.period_end)
            by_account: dict[uuid.UUID, Decimal] = {}
            for account_id, period, amount in facts:
                if result.facts.period_start <= period <= window_end:
                    by_account[account_id] = by_account.get(account_id, D(0)) + amount
            expected = rolled_up_volume(result.facts.account_id, parent_of, by_account)
            assert result.volume_to_date == expected, result.number
            assert sum(v for _, v in result.months) == expected
    finally:
        db.close()


def test_the_figures_reach_the_imports_last_day_for_the_account_whatever_its_category(
    shop: Shop,
) -> None:
    # QA s19: an import reaching 18 November; the grease agreement's last grease sale was
    # on 12 November. Its figures run to the 18th (322 days covered), not to the 12th (316)
    shop.fact("B1", date(2026, 11, 12), "1200", category="grease")
    shop.fact("S1", date(2026, 11, 18), "900", category="engine_oil")
    on = date(2026, 11, 24)
    grease = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="2", category="grease")
    result = service(shop).accrual(grease, on)
    assert result.figures_through == date(2026, 11, 18)
    assert result.covered_days == 322
    assert result.volume_to_date == D("31200.00")  # April's 30,000 and the 12th's 1,200:
    assert result.accrued_to_date == D("624.00")  # engine oil still does not count
    assert result.projected_volume == (D("31200") * 365 / 322).quantize(D("0.01"))
    # an agreement on everything still reaches the same day
    anything = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="2")
    assert service(shop).accrual(anything, on).figures_through == date(2026, 11, 18)
