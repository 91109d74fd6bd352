"""The KPI dashboard: every figure of a period for a scope, with the rows behind each.

A scope is the whole database, a territory (and the territories below it) or an account
and everything below it. Each KPI is defined where it is computed:
:mod:`~acct_desktop.services.kpi_sales` (sales against target, top and bottom accounts,
returning customers), :mod:`~acct_desktop.services.kpi_activity` (visits, cycles,
issues, NPS, accounts per manager), :mod:`~acct_desktop.services.kpi_commercial`
(quotes, pipeline, rebates) and :mod:`~acct_desktop.services.kpi_warehouses` (outbound
against target: the warehouses behind plan). Behind, on and ahead of plan are decided by
one rule, Plan vs actual's (``AlertSettings.plan_thresholds``, ``percent_standing``). No
Qt: the dashboard dock runs :meth:`KpiService.dashboard` off the UI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.alerts import AlertSettings
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.kpis import KpiTable, trend_months
from acct_desktop.domain.sales_metrics import Thresholds, percent_standing, variance_percent
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.kpi_activity import (
    IssueKpis,
    ManagerLoad,
    NpsKpi,
    VisitKpis,
    issue_kpis,
    manager_load,
    nps_kpi,
    visit_kpis,
)
from acct_desktop.services.kpi_commercial import QuoteKpis, RebateKpis, quote_kpis, rebate_kpis
from acct_desktop.services.kpi_sales import (
    PlanOf,
    Ranking,
    ReturningCustomers,
    SalesTrend,
    ToDate,
    returning_customers_of,
    sales_trend,
    top_bottom_accounts,
)
from acct_desktop.services.kpi_warehouses import Warehouses, warehouses_against_plan
from acct_desktop.services.plan_actuals import (
    Period,
    PlanActuals,
    awaits_figures,
    figures_reach,
)
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, SalesFact, Territory


@dataclass(frozen=True, slots=True)
class KpiScope:
    """What the dashboard covers: ``kind`` is "all", "territory" or "account"."""

    kind: str = "all"
    id: uuid.UUID | None = None

    @classmethod
    def everything(cls) -> KpiScope:
        return cls()

    @classmethod
    def territory(cls, territory_id: uuid.UUID) -> KpiScope:
        return cls("territory", territory_id)

    @classmethod
    def account(cls, account_id: uuid.UUID) -> KpiScope:
        """The account and every account below it."""
        return cls("account", account_id)

    def __post_init__(self) -> None:
        if self.kind not in ("all", "territory", "account"):
            raise ValueError(f"unknown dashboard scope {self.kind!r}")
        if (self.kind == "all") != (self.id is None):
            raise ValueError("a territory or account scope needs an id, the whole one none")


def sell_in_to_date(
    session: Session, period: Period, today: date, measure: Measure = Measure.SELL_IN
) -> ToDate:
    """How far ``period`` is compared: whole once over (or not begun), else to the day its
    sell-in (or ``measure``) reaches; awaiting its first figures — in progress or over —
    while none of a currency are in (the Plan vs actual rule: a month nobody imported is
    not a 100 % shortfall)."""
    if today < period.start:
        return ToDate()
    currencies = session.scalars(
        select(SalesFact.currency)
        .where(
            SalesFact.period >= period.start,
            SalesFact.period <= period.end,
            SalesFact.measure == measure,
        )
        .distinct()
    )
    if today > period.end:  # over: whole, for the currencies whose figures are in
        found = {c: None for c in currencies}
        return ToDate(None, awaits_figures(session, period, measure), found)
    reached = {c: figures_reach(session, period, measure, today, c) for c in currencies}
    return ToDate(
        figures_reach(session, period, measure, today),
        awaits_figures(session, period, measure),
        reached,
    )


def territory_ids(territory_id: uuid.UUID) -> Any:
    """A selectable of the territory and every territory below it."""
    tree = select(Territory.id).where(Territory.id == territory_id).cte("regions", recursive=True)
    child = aliased(Territory)
    tree = tree.union(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Every KPI of ``start``..``end`` for ``scope``, each with the rows behind it."""

    start: date
    end: date
    today: date
    scope: KpiScope
    sales: SalesTrend
    ranking: Ranking
    visits: VisitKpis
    issues: IssueKpis
    quotes: QuoteKpis
    rebates: RebateKpis
    nps: NpsKpi
    returning: ReturningCustomers
    managers: ManagerLoad
    warehouses: Warehouses
    thresholds: Thresholds

    def sales_standing(self, currency: str) -> str | None:
        """Where the period's sell-in in ``currency`` stands against its target: behind,
        on_plan or ahead by Plan vs actual's rule (None: no target, or nothing in yet)."""
        if self.sales.percent_of_target(currency) is None:
            return None
        percent = variance_percent(
            self.sales.period_sell_in.get(currency, Decimal(0)),
            self.sales.period_target.get(currency),
        )
        return percent_standing(percent, self.thresholds)

    def tables(self) -> dict[str, KpiTable]:
        """The rows behind each figure, by the key a tile or chart opens."""
        return {
            "sales": self.sales.rows,
            "ranking": self.ranking.rows,
            "visits": self.visits.rows,
            "cycle": self.visits.cycle_rows,
            "issues": self.issues.rows,
            "issue_response": self.issues.response_rows,
            "win_rate": self.quotes.decided_rows,
            "pipeline": self.quotes.pipeline_rows,
            "quote_response": self.quotes.response_rows,
            "rebates": self.rebates.rows,
            "nps": self.nps.rows,
            "returning": self.returning.rows,
            "managers": self.managers.rows,
            "warehouses": self.warehouses.rows,
        }

    @property
    def has_sales(self) -> bool:
        return any(any(t.sell_in) or any(t.target) for t in self.sales.currencies)


class KpiService:
    """Computes the dashboard on one database (SQLite or PostgreSQL); safe off the UI thread."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        thresholds: Thresholds | None = None,
    ) -> None:
        self._db = db
        self._today = today
        # behind / on / ahead of plan: Plan vs actual's rule, the below-target alert's gap
        self.thresholds = thresholds or AlertSettings().plan_thresholds()

    def _plan_of(self, scope: KpiScope) -> PlanOf:
        plans = PlanActuals(self._db)
        territory_accounts = (
            select(Account.id).where(Account.territory_id.in_(territory_ids(scope.id)))
            if scope.kind == "territory" and scope.id is not None
            else None
        )

        def plan_of(first: date, last: date) -> dict[tuple[date, str], Decimal]:
            return plans.scope_targets(
                Measure.SELL_IN,
                first,
                last,
                territory_id=scope.id if scope.kind == "territory" else None,
                territory_accounts=territory_accounts,
                account_id=scope.id if scope.kind == "account" else None,
            )

        return plan_of

    def dashboard(
        self, period_start: date, period_end: date, scope: KpiScope | None = None
    ) -> Dashboard:
        """Every KPI for ``period_start``..``period_end`` (both days included)."""
        if period_end < period_start:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "messages", "The period ends before it starts; choose the dates again."
                )
            )
        scope = scope or KpiScope.everything()
        in_scope, _territories = self._filters(scope)
        today = self._today()
        start, end = period_start, period_end
        with self._db.session() as session:
            # a period in progress is compared to the day its sell-in reaches, as Plan vs
            # actual does; with no sell-in in yet there is nothing to compare. So is the
            # trend's last month while it is in progress.
            to_date = sell_in_to_date(session, Period(start, end), today)
            months = trend_months(end)
            sales = sales_trend(
                session,
                start,
                end,
                months,
                in_scope,
                self._plan_of(scope),
                to_date,
                sell_in_to_date(session, Period.months(months[-1]), today),
                self.thresholds,
            )
            ranking = top_bottom_accounts(
                session, start, end, in_scope, to_date, thresholds=self.thresholds
            )
            warehouses = warehouses_against_plan(
                session,
                start,
                end,
                in_scope,
                sell_in_to_date(session, Period(start, end), today, Measure.OUTBOUND),
                self.thresholds,
            )
            returning = returning_customers_of(session, start, end, in_scope, to_date)
            visits = visit_kpis(session, start, end, in_scope)
            issues = issue_kpis(session, start, end, today, in_scope)
            nps = nps_kpi(session, start, end, in_scope)
            quotes = quote_kpis(session, start, end, in_scope)
            managers = manager_load(session, in_scope)
            accounts = (
                None
                if scope.kind == "all"
                else set(session.scalars(select(Account.id).where(in_scope(Account.id))))
            )
        return Dashboard(
            start=start,
            end=end,
            today=today,
            scope=scope,
            sales=sales,
            ranking=ranking,
            visits=visits,
            issues=issues,
            quotes=quotes,
            rebates=rebate_kpis(self._db, end, accounts),
            nps=nps,
            returning=returning,
            managers=managers,
            warehouses=warehouses,
            thresholds=self.thresholds,
        )

    @staticmethod
    def _filters(scope: KpiScope) -> tuple[Callable[[Any], Any], Any | None]:
        """(account-id column → WHERE clause, territory ids for territory targets)."""
        if scope.kind == "all" or scope.id is None:
            return (lambda _column: true()), None
        if scope.kind == "account":
            ids = subtree_ids(scope.id)
            return (lambda column: column.in_(ids)), None
        regions = territory_ids(scope.id)
        accounts = select(Account.id).where(Account.territory_id.in_(regions))
        return (lambda column: column.in_(accounts)), regions
