"""The KPI dashboard on a small hand-made territory: every figure checked exactly, for the
whole database, a territory and an account subtree, on SQLite and PostgreSQL.

October 2026 is the period ("today" is 2 November 2026). The accounts::

    华润万家 总部 (HQ, tier A, North) ─ Vinmart Hà Nội (B1, tier B, North-sub) ─ IJsselstein
    café (S1, tier C, no territory, own 60-day cycle);  Other (OTHER, tier C, South);
    广州 CN1 (CN1, tier C, South, sells in CNY);  Gone (ARCH, archived, North).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from acct_desktop.domain import enums as e
from acct_desktop.services.kpis import Dashboard, KpiScope, KpiService
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database

D = Decimal
TODAY = date(2026, 11, 2)
OCT = (date(2026, 10, 1), date(2026, 10, 31))


def at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 9, 30, tzinfo=UTC)


class Territory:
    """Builds the territory above into ``db``; ``ids`` maps codes to ids."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.ids: dict[str, uuid.UUID] = {}
        with db.session() as s:
            north = m.Territory(code="N", name="North", manager_name="Lê Thị Thu")
            sub = m.Territory(code="NS", name="North-sub", parent=north, manager_name="  ")
            south = m.Territory(code="S", name="South", manager_name="Jan de Vries")
            s.add_all([north, sub, south])
            s.flush()
            self.ids.update(N=north.id, NS=sub.id, S=south.id)
            for code, name, parent, territory, tier, currency in (
                ("HQ", "华润万家 总部", None, "N", e.Tier.A, "EUR"),
                ("B1", "Vinmart Hà Nội", "HQ", "NS", e.Tier.B, "EUR"),
                ("S1", "IJsselstein café", "B1", None, e.Tier.C, "EUR"),
                ("OTHER", "Other", None, "S", e.Tier.C, "EUR"),
                ("CN1", "广州 CN1", None, "S", e.Tier.C, "CNY"),
                ("ARCH", "Gone", None, "N", e.Tier.A, "EUR"),
            ):
                account = m.Account(
                    code=code,
                    name=name,
                    kind=e.AccountKind.HEADQUARTERS,
                    channel=e.Channel.DISTRIBUTOR,
                    tier=tier,
                    parent_id=self.ids.get(parent) if parent else None,
                    territory_id=self.ids[territory] if territory else None,
                    currency=currency,
                    archived_at=at(1, 1) if code == "ARCH" else None,
                )
                s.add(account)
                s.flush()
                self.ids[code] = account.id
            self._sales(s)
            self._visits(s)
            self._issues(s)
            self._quotes(s)
            self._rebates(s)

    def _sales(self, s) -> None:  # type: ignore[no-untyped-def]
        def fact(code, day, amount, currency="EUR", measure=e.Measure.SELL_IN):  # type: ignore[no-untyped-def]
            s.add(
                m.SalesFact(
                    period=day,
                    account_id=self.ids[code],
                    measure=measure,
                    quantity=D(1),
                    amount=D(amount),
                    currency=currency,
                )
            )

        fact("HQ", date(2026, 9, 1), "100")
        fact("B1", date(2026, 9, 1), "50")
        fact("OTHER", date(2026, 9, 1), "30")
        fact("HQ", date(2026, 10, 1), "200")
        fact("B1", date(2026, 10, 15), "40.25")  # a day figure
        fact("S1", date(2026, 10, 1), "9.75")
        fact("OTHER", date(2026, 10, 1), "0")  # no sell-in: not a returning customer
        fact("CN1", date(2026, 10, 1), "1000", "CNY")
        fact("HQ", date(2026, 10, 1), "999", measure=e.Measure.OUTBOUND)  # not sell-in

        def target(owner, month, amount, currency="EUR", category=None, territory=False):  # type: ignore[no-untyped-def]
            s.add(
                m.Target(
                    period_kind="month",
                    period_start=date(2026, month, 1),
                    account_id=None if territory else self.ids[owner],
                    territory_id=self.ids[owner] if territory else None,
                    category=category,
                    measure=e.Measure.SELL_IN,
                    amount=D(amount),
                    currency=currency,
                )
            )

        target("HQ", 10, "250")
        target("HQ", 10, "100", category="engine_oil")  # the whole-month row wins
        target("B1", 10, "20", category="engine_oil")  # only categories: added up
        target("B1", 10, "10", category="gear_oil")
        target("CN1", 10, "800", "CNY")
        target("S", 10, "1000", territory=True)  # territory scope only
        target("HQ", 9, "300")
        s.add(
            m.Target(
                period_kind="year",
                period_start=date(2026, 1, 1),
                account_id=self.ids["HQ"],
                measure=e.Measure.SELL_IN,
                amount=D("9999"),
                currency="EUR",
            )
        )

    def _visits(self, s) -> None:  # type: ignore[no-untyped-def]
        s.add(m.VisitCycle(tier=e.Tier.A, interval_days=7))
        s.add(m.VisitCycle(account_id=self.ids["S1"], interval_days=60))
        for code, when, status, score, archived in (
            ("HQ", at(10, 5), e.VisitStatus.DONE, 10, False),
            ("HQ", at(10, 12), e.VisitStatus.MISSED, None, False),
            ("HQ", at(10, 19), e.VisitStatus.CANCELLED, None, False),
            ("HQ", at(10, 30), e.VisitStatus.PLANNED, None, False),
            ("B1", at(10, 20), e.VisitStatus.DONE, 9, False),
            ("S1", at(10, 3), e.VisitStatus.DONE, 6, False),
            ("OTHER", at(9, 1), e.VisitStatus.DONE, 10, False),
            ("B1", at(10, 21), e.VisitStatus.DONE, 0, True),  # archived
        ):
            s.add(
                m.Visit(
                    account_id=self.ids[code],
                    planned_start=when,
                    planned_end=when,
                    status=status,
                    survey_score=score,
                    archived_at=at(10, 22) if archived else None,
                )
            )

    def _issues(self, s) -> None:  # type: ignore[no-untyped-def]
        for number, code, raised, deadline, status, closed, first in (
            ("I1", "HQ", (10, 1), (10, 10), e.IssueStatus.RESOLVED, (10, 9), (10, 3)),
            ("I2", "B1", (10, 2), (10, 20), e.IssueStatus.VERIFIED, (10, 25), (10, 7)),
            ("I3", "S1", (10, 4), (10, 25), e.IssueStatus.OPEN, None, None),
            ("I4", "OTHER", (10, 30), (11, 30), e.IssueStatus.IN_PROGRESS, None, (10, 31)),
            ("I5", "OTHER", (8, 20), (9, 1), e.IssueStatus.OPEN, None, None),
        ):
            s.add(
                m.CustomerIssue(
                    number=number,
                    account_id=self.ids[code],
                    category=e.IssueCategory.DELIVERY,
                    description="交货延迟 · giao hàng trễ",
                    raised_on=date(2026, *raised),
                    responsible="Finance",
                    deadline=date(2026, *deadline),
                    status=status,
                    closed_on=date(2026, *closed) if closed else None,
                    first_action_on=date(2026, *first) if first else None,
                )
            )

    def _quotes(self, s) -> None:  # type: ignore[no-untyped-def]
        product = m.Product(
            sku="P1",
            name="Oil",
            category="engine_oil",
            unit="L",
            pack_size=D(1),
            pack_label="1 L",
            list_price=D(10),
            cost=D(5),
        )
        s.add(product)
        s.flush()
        for number, revision, code, status, currency, lines, extra in (
            ("Q1", 1, "HQ", e.QuoteStatus.ACCEPTED, "EUR", ["100"], {"decided_at": at(10, 10)}),
            ("Q2", 1, "B1", e.QuoteStatus.REJECTED, "EUR", ["40"], {"decided_at": at(10, 12)}),
            ("Q3", 1, "OTHER", e.QuoteStatus.EXPIRED, "EUR", ["5"], {"valid": date(2026, 10, 15)}),
            ("Q4", 1, "HQ", e.QuoteStatus.ORDERED, "EUR", ["70"], {"order": date(2026, 10, 20)}),
            ("Q5", 1, "HQ", e.QuoteStatus.SENT, "EUR", ["11"], {}),
            ("Q5", 2, "HQ", e.QuoteStatus.ACCEPTED, "EUR", ["12"], {"decided_at": at(9, 30)}),
            (
                "Q6",
                1,
                "CN1",
                e.QuoteStatus.SENT,
                "CNY",
                ["300.50", "199.50"],
                {"requested_on": date(2026, 10, 3), "sent_at": at(10, 5)},
            ),
            (
                "Q7",
                1,
                "HQ",
                e.QuoteStatus.PENDING_APPROVAL,
                "EUR",
                ["250"],
                {"requested_on": date(2026, 10, 10), "discount": D(2)},
            ),
            ("Q8", 1, "HQ", e.QuoteStatus.ACCEPTED, "EUR", ["9"], {"archived": True}),
        ):
            quote = m.Quote(
                number=number,
                revision=revision,
                account_id=self.ids[code],
                quote_date=date(2026, 9, 1),
                valid_until=extra.get("valid", date(2026, 12, 31)),
                currency=currency,
                status=status,
                decided_at=extra.get("decided_at", at(10, 11) if "archived" in extra else None),
                requested_on=extra.get("requested_on"),
                sent_at=extra.get("sent_at"),
                archived_at=at(10, 12) if "archived" in extra else None,
                quote_discount_percent=extra.get("discount", D(0)),
            )
            s.add(quote)
            s.flush()
            for position, total in enumerate(lines, start=1):
                s.add(
                    m.QuoteLine(
                        quote_id=quote.id,
                        position=position,
                        product_id=product.id,
                        quantity=D(1),
                        unit="L",
                        list_price=D(total),
                        base_price=D(total),
                        net_price=D(total),
                        cost=D(1),
                        line_total=D(total),
                    )
                )
            if "order" in extra:
                s.add(
                    m.OrderConfirmation(
                        quote_id=quote.id,
                        number=f"OC-{number}",
                        confirmed_on=extra["order"],
                        total_amount=D(70),
                    )
                )

    def _rebates(self, s) -> None:  # type: ignore[no-untyped-def]
        agreement = m.RebateAgreement(
            number="R-1",
            account_id=self.ids["HQ"],
            kind=e.RebateKind.FIXED_PERCENT,
            fixed_percent=D(2),
            period_start=date(2026, 1, 1),
            period_end=date(2026, 12, 31),
            entered_on=date(2026, 1, 2),
            status=e.RebateStatus.ACTIVE,
            currency="EUR",
        )
        s.add(agreement)
        s.flush()
        s.add(
            m.RebateAccrual(
                agreement_id=agreement.id,
                period=date(2026, 6, 30),
                qualifying_amount=D(0),
                accrued_amount=D(3),
            )
        )


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Territory]:
    db = open_database(tmp_path / "kpi.acctdb")
    yield Territory(db)
    db.close()


def october(shop: Territory, scope: KpiScope | None = None) -> Dashboard:
    return KpiService(shop.db, today=lambda: TODAY).dashboard(*OCT, scope)


def test_sales_against_target_per_currency_never_mixed(shop: Territory) -> None:
    board = october(shop)
    assert board.sales.period_sell_in == {"EUR": D("250.00"), "CNY": D("1000.00")}
    # HQ's whole-month 250 (its category row ignored) is the plan of HQ and everything
    # below it: B1's own 20 + 10 is part of it, not added (the Plan vs actual rule)
    assert board.sales.period_target == {"EUR": D("250.00"), "CNY": D("800.00")}
    assert board.sales.percent_of_target("EUR") == D("100.0")
    assert board.sales.percent_of_target("CNY") == D("125.0")
    eur = next(t for t in board.sales.currencies if t.currency == "EUR")
    assert len(board.sales.months) == 12 and board.sales.months[-1] == date(2026, 10, 1)
    assert eur.sell_in[-2:] == (D("180.00"), D("250.00"))
    assert eur.target[-2:] == (D("300.00"), D("250.00"))
    assert eur.target[0] is None


def test_top_and_bottom_accounts_by_variance_against_their_subtree(shop: Territory) -> None:
    ranking = october(shop).ranking
    assert ranking.by == "variance"
    # B1: 40.25 + 9.75 (S1 below it) against 30 → +66.7 %; CN1 1000 vs 800; HQ 250 vs 250
    assert [(r.code, r.sell_in, r.variance) for r in ranking.top] == [
        ("B1", D("50.00"), D("66.7")),
        ("CN1", D("1000.00"), D("25.0")),
        ("HQ", D("250.00"), D("0.0")),
    ]
    assert ranking.bottom == ()
    assert ranking.rows.column("code") == ["B1", "CN1", "HQ"]


def test_visit_compliance_leaves_cancelled_and_archived_visits_out(shop: Territory) -> None:
    visits = october(shop).visits
    assert (visits.planned, visits.done, visits.missed) == (5, 3, 1)
    assert visits.compliance == D("60.0")
    hq = next(row for row in visits.rows.rows if row[0] == "HQ")
    # the period's visits are more than one manager's: each row says whose (its territory's)
    assert hq[2:] == (3, 1, 1, D("33.3"), "Lê Thị Thu")


def test_visit_compliance_counts_a_visit_as_its_owners_not_the_territory_managers(
    shop: Territory,
) -> None:
    with shop.db.session() as s:  # Jan de Vries covers HQ (Lê Thị Thu's) and misses it
        s.add(
            m.Visit(
                account_id=shop.ids["HQ"],
                planned_start=at(10, 26),
                planned_end=at(10, 26),
                status=e.VisitStatus.MISSED,
                owner="Jan de Vries",
            )
        )
    visits = october(shop).visits
    assert visits.rows.columns[-1] == "manager"
    by_manager = {(row[0], row[-1]): row[2:6] for row in visits.rows.rows if row[0] in ("HQ", "B1")}
    assert by_manager == {
        ("HQ", "Lê Thị Thu"): (3, 1, 1, D("33.3")),  # her own three, as before
        ("HQ", "Jan de Vries"): (1, 0, 1, D("0.0")),
        ("B1", None): (1, 1, 0, D("100.0")),  # a territory naming no manager: nobody's
    }
    assert (visits.planned, visits.done, visits.missed) == (6, 3, 2)


def test_one_managers_visits_keep_the_rows_per_account(tmp_path: Path) -> None:
    db = open_database(tmp_path / "one.acctdb")
    try:
        with db.session() as s:
            north = m.Territory(code="N", name="North", manager_name="Lê Thị Thu")
            s.add(north)
            s.flush()
            account = m.Account(
                code="HQ",
                name="华润万家 总部",
                kind=e.AccountKind.HEADQUARTERS,
                channel=e.Channel.DISTRIBUTOR,
                tier=e.Tier.A,
                territory_id=north.id,
                currency="EUR",
            )
            s.add(account)
            s.flush()
            for owner in (None, "Lê Thị Thu"):  # planned before and after owners were kept
                s.add(
                    m.Visit(
                        account_id=account.id,
                        planned_start=at(10, 5),
                        planned_end=at(10, 5),
                        status=e.VisitStatus.DONE,
                        owner=owner,
                    )
                )
        visits = KpiService(db, today=lambda: TODAY).dashboard(*OCT).visits
        assert visits.rows.columns == ("code", "account", "planned", "done", "missed", "percent")
        assert visits.rows.rows == (("HQ", "华润万家 总部", 2, 2, 0, D("100.0")),)
    finally:
        db.close()


def test_cycle_adherence_uses_own_then_tier_then_28_days(shop: Territory) -> None:
    visits = october(shop).visits
    cycles = {row[0]: row[2:] for row in visits.cycle_rows.rows}
    assert cycles["HQ"] == (7, "tier", date(2026, 10, 5), False)  # 26 days > 7
    assert cycles["B1"] == (28, "default", date(2026, 10, 20), True)
    assert cycles["S1"] == (60, "account", date(2026, 10, 3), True)
    assert cycles["OTHER"] == (28, "default", date(2026, 9, 1), False)
    assert cycles["CN1"] == (28, "default", None, False)
    assert "ARCH" not in cycles
    assert (visits.within_cycle, visits.accounts, visits.cycle_adherence) == (2, 5, D("40.0"))


def test_issues_closed_on_time_and_still_open_overdue(shop: Territory) -> None:
    issues = october(shop).issues
    assert issues.rows.column("number") == ["I1", "I2", "I3"]  # deadlines in October
    assert issues.rows.column("on_time") == [True, False, False]
    assert issues.on_time_rate == D("33.3")
    assert issues.overdue_open == 2  # I3 and I5: open, deadline before today


def test_issue_response_counts_those_without_action_apart(shop: Territory) -> None:
    response = october(shop).issues.response
    assert (response.answered, response.total_days, response.waiting) == (3, 8, 1)
    assert response.average_days == D("2.7")


def test_quote_win_rate_pipeline_and_response(shop: Territory) -> None:
    quotes = october(shop).quotes
    decided = {row[0]: row[-1] for row in quotes.decided_rows.rows}
    assert decided == {"Q1": True, "Q2": False, "Q3": False, "Q4": True}
    assert quotes.win_rate == D("50.0")
    # Q7's 250.00 less its 2 % quote discount: the net amount its PDF prints (issue s18-8)
    assert quotes.pipeline == {"CNY": D("500.00"), "EUR": D("245.00")}
    assert {row[0]: row[5] for row in quotes.pipeline_rows.rows} == {
        "Q6": D("500.00"),
        "Q7": D("245.00"),
    }
    assert quotes.pipeline_count == 2  # Q5 R1 was replaced by R2
    assert (quotes.response.answered, quotes.response.waiting) == (1, 1)
    assert quotes.response.average_days == D("2.0")


def test_rebate_accrued_settled_and_owed(shop: Territory) -> None:
    rebates = october(shop).rebates
    # 2 % of HQ's 2026 sell-in with everything below it: 150 (Sep) + 250 (Oct) = 400
    assert rebates.accrued == {"EUR": D("8.00")}
    assert rebates.settled == {"EUR": D("3.00")}
    assert rebates.liability == {"EUR": D("5.00")}


def test_nps_of_done_visits_in_the_period(shop: Territory) -> None:
    result = october(shop).nps.result
    assert (result.promoters, result.passives, result.detractors) == (2, 0, 1)
    assert result.score == D("33.3")


def test_returning_customers_compare_with_the_month_before(shop: Territory) -> None:
    returning = october(shop).returning
    assert (returning.previous_start, returning.previous_end) == (
        date(2026, 9, 1),
        date(2026, 9, 30),
    )
    assert dict((r[0], r[2]) for r in returning.rows.rows) == {
        "HQ": True,
        "B1": True,
        "OTHER": False,
    }
    assert returning.result.rate == D("66.7")


def test_accounts_per_manager_count_the_unmanaged_together(shop: Territory) -> None:
    assert october(shop).managers.rows.rows == (
        ("Jan de Vries", 2),
        ("Lê Thị Thu", 1),
        (None, 2),
    )


def test_a_territory_scope_includes_its_sub_territories_and_their_targets(
    shop: Territory,
) -> None:
    north = october(shop, KpiScope.territory(shop.ids["N"]))
    assert north.sales.period_sell_in == {"EUR": D("240.25")}
    assert north.sales.period_target == {"EUR": D("250.00")}  # HQ's, covering B1
    south = october(shop, KpiScope.territory(shop.ids["S"]))
    assert south.sales.period_target == {"EUR": D("1000.00"), "CNY": D("800.00")}
    assert south.sales.percent_of_target("EUR") == D("0.0")
    assert south.managers.rows.rows == (("Jan de Vries", 2),)


def test_an_account_scope_is_the_account_and_everything_below(shop: Territory) -> None:
    board = october(shop, KpiScope.account(shop.ids["B1"]))
    assert (board.visits.planned, board.visits.done) == (2, 2)
    assert board.nps.result.score == D("0.0")  # one 9, one 6
    assert board.sales.period_sell_in == {"EUR": D("50.00")}
    assert board.rebates.rows.rows == ()  # the agreement is HQ's
    assert board.issues.rows.column("number") == ["I2", "I3"]


def test_a_period_to_date_takes_the_months_target_pro_rata(shop: Territory) -> None:
    board = KpiService(shop.db, today=lambda: TODAY).dashboard(
        date(2026, 10, 1), date(2026, 10, 15)
    )
    # 15 of October's 31 days: 250 × 15 / 31 = 120.967…
    assert board.sales.period_target["EUR"] == D("120.97")


def test_a_period_in_progress_counts_its_target_to_the_day_its_sell_in_reaches(
    shop: Territory,
) -> None:
    # "today" is 20 October: B1's day figure of the 15th is the newest October sell-in
    # (monthly figures dated the 1st cover October only up to the day a day figure exists)
    board = KpiService(shop.db, today=lambda: date(2026, 10, 20)).dashboard(
        date(2026, 10, 1), date(2026, 10, 20)
    )
    assert board.sales.through == date(2026, 10, 15) and not board.sales.awaiting
    assert board.sales.period_target["EUR"] == D("120.97")  # 250 × 15 / 31, not × 20 / 31
    assert board.sales.percent_of_target("EUR") == D("206.7")  # 250 / 120.97
    eur = next(t for t in board.sales.currencies if t.currency == "EUR")
    assert (eur.sell_in[-1], eur.target[-1]) == (D("250.00"), D("120.97"))  # the trend too
    assert eur.target[-2] == D("300.00")  # a month over is whole
    ranking = board.ranking
    assert ranking.by == "variance"
    # HQ: 250 against 120.97; B1: 50 against (20 + 10) × 15 / 31 = 14.52; CN1's yuan come
    # from another ERP, as a monthly figure that covers October to today: 800 × 20 / 31
    assert {r.code: r.target for r in ranking.top} == {
        "B1": D("14.52"),
        "CN1": D("516.13"),
        "HQ": D("120.97"),
    }


def _fact(account_id, day: date, measure, amount: str, currency: str) -> m.SalesFact:  # type: ignore[no-untyped-def]
    return m.SalesFact(
        period=day,
        account_id=account_id,
        measure=measure,
        quantity=D(1),
        amount=D(amount),
        currency=currency,
    )


def _november_target(account_id, amount: str, currency: str) -> m.Target:  # type: ignore[no-untyped-def]
    return m.Target(
        period_kind="month",
        period_start=date(2026, 11, 1),
        account_id=account_id,
        measure=e.Measure.SELL_IN,
        amount=D(amount),
        currency=currency,
    )


def test_a_period_in_progress_without_any_sell_in_yet_awaits_it(shop: Territory) -> None:
    # "today" is 24 November: no November sell-in at all (October's outbound does not count)
    with shop.db.session() as s:
        s.add(_fact(shop.ids["HQ"], date(2026, 11, 3), e.Measure.OUTBOUND, "5", "EUR"))
        s.add(_november_target(shop.ids["HQ"], "300", "EUR"))
    service = KpiService(shop.db, today=lambda: date(2026, 11, 24))
    board = service.dashboard(date(2026, 11, 1), date(2026, 11, 24))
    assert board.sales.awaiting and board.sales.through is None
    assert board.sales.period_target == {"EUR": D("240.00")}  # the plan to date: 24 of 30
    assert board.sales.percent_of_target("EUR") is None  # not 0 % "behind"
    eur = next(t for t in board.sales.currencies if t.currency == "EUR")
    assert eur.sell_in[-2:] == (D("250.00"), None)  # November left blank in the trend
    assert eur.target[-1] == D("300.00")
    assert board.sales.rows.rows[-1][4:] == (None, None)  # no % of target, no standing
    assert board.returning.awaiting and board.returning.rate is None
    assert board.returning.rows.column("bought_again") == [None] * 4  # not "no"
    assert board.ranking.by == "awaiting"
    assert board.ranking.top == () and board.ranking.bottom == ()
    assert board.ranking.rows.rows == (
        ("HQ", "华润万家 总部", "EUR", None, D("240.00"), None, None),
    )
    # the same November, over without one sell-in figure, was never imported: still no
    # "100 % behind plan" (a new user's months before the first import read so)
    later = KpiService(shop.db, today=lambda: date(2026, 12, 2))
    over = later.dashboard(date(2026, 11, 1), date(2026, 11, 30))
    assert over.sales.awaiting and over.sales.percent_of_target("EUR") is None
    assert over.ranking.by == "awaiting"
    # once some sell-in of November is in, an account without any is a real shortfall
    with shop.db.session() as s:
        s.add(_fact(shop.ids["HQ"], date(2026, 11, 20), e.Measure.SELL_IN, "0", "EUR"))
    over = later.dashboard(date(2026, 11, 1), date(2026, 11, 30))
    assert not over.sales.awaiting
    assert over.sales.percent_of_target("EUR") == D("0.0")
    assert over.ranking.by == "variance"
    hq = ("HQ", "华润万家 总部", "EUR", D(0), D("300.00"), D("-100.0"), "behind")
    assert over.ranking.rows.rows == (hq,)


def test_each_currency_is_compared_to_its_own_day(shop: Territory) -> None:
    """24 November: the Dutch ERP has sent sell-in to the 12th, the Chinese one nothing.
    Euro targets count to the 12th; the yuan are awaited, not 100 % behind: 广州 CN1 is
    not ranked, nor counted as a customer who did not come back."""
    with shop.db.session() as s:
        s.add(_fact(shop.ids["HQ"], date(2026, 11, 12), e.Measure.SELL_IN, "100", "EUR"))
        for code, amount, currency in (("HQ", "300", "EUR"), ("CN1", "600", "CNY")):
            s.add(_november_target(shop.ids[code], amount, currency))
    board = KpiService(shop.db, today=lambda: date(2026, 11, 24)).dashboard(
        date(2026, 11, 1), date(2026, 11, 24)
    )
    sales = board.sales
    assert not sales.awaiting and sales.through == date(2026, 11, 12)
    assert sales.awaited == ("CNY",)
    assert sales.period_target == {"EUR": D("120.00"), "CNY": D("480.00")}  # 12 and 24 of 30
    assert sales.percent_of_target("EUR") == D("83.3")
    assert sales.percent_of_target("CNY") is None
    cny = next(t for t in sales.currencies if t.currency == "CNY")
    assert cny.sell_in[-1] is None  # blank in the trend, not 0
    assert board.ranking.by == "variance"
    assert [r.code for r in board.ranking.top] == ["HQ"]
    assert "CN1" not in board.ranking.rows.column("code")
    again = dict(
        zip(
            board.returning.rows.column("code"),
            board.returning.rows.column("bought_again"),
            strict=True,
        )
    )
    assert again == {"S1": False, "B1": False, "HQ": True, "CN1": None}
    assert (board.returning.result.returning, board.returning.result.previous) == (1, 3)
    assert not board.returning.awaiting


def test_nothing_to_measure_says_none_rather_than_zero(tmp_path: Path) -> None:
    db = open_database(tmp_path / "empty.acctdb")
    try:
        board = KpiService(db, today=lambda: TODAY).dashboard(*OCT)
    finally:
        db.close()
    assert not board.has_sales
    assert board.visits.compliance is None and board.visits.cycle_adherence is None
    assert board.issues.on_time_rate is None and board.quotes.win_rate is None
    assert board.nps.result.score is None and board.returning.result.rate is None
    assert board.ranking.top == () and board.ranking.by == "awaiting"  # no sell-in imported


def test_a_period_ending_before_it_starts_is_refused(shop: Territory) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        KpiService(shop.db).dashboard(date(2026, 10, 2), date(2026, 10, 1))


@pytest.mark.postgres
def test_the_same_figures_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        shop = Territory(db)
        board = october(shop)
        north = october(shop, KpiScope.territory(shop.ids["N"]))
    finally:
        db.close()
    assert board.sales.period_target == {"EUR": D("250.00"), "CNY": D("800.00")}
    assert board.sales.months[-1] == date(2026, 10, 1)
    assert [r.code for r in board.ranking.top] == ["B1", "CN1", "HQ"]
    assert board.visits.compliance == D("60.0") and board.visits.cycle_adherence == D("40.0")
    assert board.issues.on_time_rate == D("33.3") and board.quotes.win_rate == D("50.0")
    assert board.nps.result.score == D("33.3") and board.returning.result.rate == D("66.7")
    assert board.rebates.liability == {"EUR": D("5.00")}
    assert north.sales.period_sell_in == {"EUR": D("240.25")}
