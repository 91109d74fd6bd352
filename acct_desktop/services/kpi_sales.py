"""Sales KPIs: sell-in against target month by month, the best and worst accounts, and
returning customers — aggregated in the database, money per currency, never mixed.

* **Trend**: sell-in facts of the accounts in scope, summed by ``month_start(period)`` and
  currency, for the 12 months ending with the period's month; targets are the scope's
  plan by the Plan vs actual rule (``PlanActuals.scope_targets``: an account's own target,
  else its children's; a territory's own, else its top accounts'). Where an owner has a
  whole-month target (no category) for a month, that is its target; otherwise its
  category targets are added up. The period's
  target takes a month the period covers only in part (this month, to date) pro rata to
  its days. A period still in progress is compared to date as Plan vs actual compares it
  (:class:`ToDate`): its target counts to the day its sell-in reaches, and before any
  sell-in of it is in there is no percentage at all — "no figures yet", not 0 %.
* **Top and bottom**: when accounts in scope carry sell-in targets for months of the
  period, each such account is compared with the sell-in of itself and every account below
  it (as its Sales tab does), ranked by variance in % of target (currency-neutral), targets
  counted to the same day as the trend's. Without any target, accounts are ranked by their
  own sell-in in the scope's main currency (the one most accounts sell in). Ties are
  ordered by name. Awaiting the period's first sell-in, nobody is ranked. Each account (and
  each month of the trend) stands behind, on or ahead of plan by Plan vs actual's rule
  (``percent_standing`` with ``AlertSettings.plan_thresholds``): −4.8 % is on plan here
  as there.
* **Returning customers**: of the accounts with sell-in (amount > 0) in the previous period
  of equal length (:func:`acct_desktop.domain.kpis.previous_period`), the share that has
  sell-in again in this period.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.alerts import AlertSettings
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.kpis import (
    KpiTable,
    Returning,
    month_end,
    percent,
    previous_period,
    returning_customers,
    top_and_bottom,
    variance_percent,
)
from acct_desktop.domain.sales_metrics import Thresholds, percent_standing, prorated
from acct_desktop.store.models import Account, SalesFact, Target
from acct_desktop.store.sql_dates import month_start

ZERO = Decimal(0)
InScope = Callable[[Any], Any]  # an account-id column → a WHERE clause for the scope
RANK_COUNT = 5
# behind / on / ahead of plan: the Plan vs actual dock's rule (the below-target alert's gap)
DEFAULT_THRESHOLDS = AlertSettings().plan_thresholds()


@dataclass(frozen=True, slots=True)
class ToDate:
    """How a period in progress is compared: its targets count ``through`` the day its
    sell-in reaches (None: to the period's end), or it is ``awaiting`` its first sell-in."""

    through: date | None = None
    awaiting: bool = False
    # each currency's own day (None: compared whole), for the currencies whose sell-in has
    # come in; one in none of them awaits it. None: the same rule for every currency.
    reached: Mapping[str, date | None] | None = None

    def of(self, currency: str) -> ToDate:
        """The rule for ``currency``: each country's ERP sends its sell-in on its own day,
        so the Dutch figures reaching the 21st say nothing of the Chinese ones."""
        if self.reached is None:
            return self
        if currency in self.reached:
            return ToDate(self.reached[currency])
        return ToDate(awaiting=True)

    def target_end(self, end: date) -> date:
        return self.through or end


@dataclass(frozen=True, slots=True)
class CurrencyTrend:
    """One currency's monthly sell-in and targets (``None``: no target that month; no
    sell-in of the month in progress in yet)."""

    currency: str
    sell_in: tuple[Decimal | None, ...]
    target: tuple[Decimal | None, ...]


@dataclass(frozen=True, slots=True)
class SalesTrend:
    months: tuple[date, ...]
    currencies: tuple[CurrencyTrend, ...]
    period_sell_in: dict[str, Decimal]  # the chosen period, per currency
    period_target: dict[str, Decimal]  # targets of the months the period touches
    rows: KpiTable
    through: date | None = None  # in progress: targets count to this day (see ToDate)
    awaiting: bool = False  # in progress, and none of its sell-in is in yet
    awaited: tuple[str, ...] = ()  # in progress: currencies whose sell-in is not in yet

    def percent_of_target(self, currency: str) -> Decimal | None:
        """The period's sell-in in % of its target in ``currency`` (None: no target, or
        no sell-in in yet to compare)."""
        target = self.period_target.get(currency)
        if self.awaiting or currency in self.awaited:
            return None
        return percent(self.period_sell_in.get(currency, ZERO), target) if target else None


@dataclass(frozen=True, slots=True)
class RankedAccount:
    account_id: uuid.UUID
    code: str
    name: str
    currency: str
    sell_in: Decimal
    target: Decimal | None
    variance: Decimal | None  # % of target; None when ranked by sell-in
    # ``sell_in`` is the measure's actual: sell-in here, outbound for the warehouses
    # behind / on_plan / ahead by the Plan vs actual rule (None: nothing to compare)
    standing: str | None = None


@dataclass(frozen=True, slots=True)
class Ranking:
    by: str  # "variance", "sell_in" (no targets) or "awaiting" (no sell-in in yet)
    currency: str | None  # the currency ranked when by sell-in
    top: tuple[RankedAccount, ...]
    bottom: tuple[RankedAccount, ...]
    rows: KpiTable


@dataclass(frozen=True, slots=True)
class ReturningCustomers:
    previous_start: date
    previous_end: date
    result: Returning
    rows: KpiTable
    awaiting: bool = False  # the period is in progress and none of its sell-in is in yet

    @property
    def rate(self) -> Decimal | None:
        """The share that bought again (None: nobody to count, or nothing in yet)."""
        return None if self.awaiting else self.result.rate


# -- trend ----------------------------------------------------------------------------------
def owner_targets(
    session: Session,
    first: date,
    last: date,
    in_scope: InScope,
    territories: Any | None,
    measure: Measure = Measure.SELL_IN,
) -> dict[tuple[Any, Any, date, str], Decimal]:
    """Monthly ``measure`` targets by (account, territory, month, currency) for months
    starting ``first``..``last``: an owner's whole-month row where it has one, else its
    categories."""
    owners = Target.account_id.is_not(None) & in_scope(Target.account_id)
    if territories is not None:
        owners = owners | Target.territory_id.in_(territories)
    query = (
        select(
            Target.account_id,
            Target.territory_id,
            Target.period_start,
            Target.currency,
            Target.category.is_(None),
            func.sum(Target.amount),
        )
        .where(
            Target.period_kind == "month",
            Target.measure == measure,
            Target.period_start >= first,
            Target.period_start <= last,
            owners,
        )
        .group_by(
            Target.account_id,
            Target.territory_id,
            Target.period_start,
            Target.currency,
            Target.category.is_(None),
        )
    )
    whole: dict[tuple[Any, Any, date, str], Decimal] = {}
    parts: dict[tuple[Any, Any, date, str], Decimal] = defaultdict(Decimal)
    for account, territory, month, currency, is_whole, amount in session.execute(query):
        key = (account, territory, month.replace(day=1), currency)
        if is_whole:
            whole[key] = whole.get(key, ZERO) + amount
        else:
            parts[key] += amount
    return {key: whole.get(key, parts.get(key, ZERO)) for key in whole.keys() | parts.keys()}


PlanOf = Callable[[date, date], dict[tuple[date, str], Decimal]]
"""(first month, last month) → the scope's plan by (month, currency): the Plan vs actual
rule (``PlanActuals.scope_targets``), so an HQ target and its stores' are never added."""


def sales_trend(
    session: Session,
    start: date,
    end: date,
    months: list[date],
    in_scope: InScope,
    plan_of: PlanOf,
    to_date: ToDate = ToDate(),
    last_month: ToDate = ToDate(),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> SalesTrend:
    """Monthly sell-in against target for ``months`` and the period's totals, its target
    counted to ``to_date``'s day; the last month, in progress, is compared to
    ``last_month``'s day (awaiting its sell-in: none shown, not 0). Each month's row says
    where it stands against plan by ``thresholds``."""
    bucket = month_start(SalesFact.period)
    sell_in = SalesFact.measure == Measure.SELL_IN
    monthly = session.execute(
        select(bucket, SalesFact.currency, func.sum(SalesFact.amount))
        .where(
            sell_in,
            SalesFact.period >= months[0],
            SalesFact.period <= month_end(months[-1]),
            in_scope(SalesFact.account_id),
        )
        .group_by(bucket, SalesFact.currency)
    ).all()
    period_rows = session.execute(
        select(SalesFact.currency, func.sum(SalesFact.amount))
        .where(
            sell_in,
            SalesFact.period >= start,
            SalesFact.period <= end,
            in_scope(SalesFact.account_id),
        )
        .group_by(SalesFact.currency)
    ).all()
    # the months with any sell-in of a currency, anywhere: a month without was never
    # imported — no bar and no "100 % behind", where a quiet account's month is a real 0
    imported = set(
        session.execute(
            select(bucket, SalesFact.currency)
            .where(
                sell_in,
                SalesFact.period >= min(months[0], start.replace(day=1)),
                SalesFact.period <= max(month_end(months[-1]), end),
            )
            .group_by(bucket, SalesFact.currency)
        ).all()
    )
    targets = dict(plan_of(months[0], months[-1]))
    actual: dict[tuple[date, str], Decimal | None] = {
        (month, currency): amount for month, currency, amount in monthly
    }
    currencies = sorted({c for _, c in actual} | {c for _, c in targets})
    latest = months[-1]
    for currency in currencies:
        rule = last_month.of(currency)
        if rule.awaiting:
            actual[(latest, currency)] = None
        target = targets.get((latest, currency))
        if rule.through is not None and target is not None:
            targets[(latest, currency)] = prorated(target, latest, latest, rule.through, currency)
    series = tuple(
        CurrencyTrend(
            currency,
            tuple(
                actual.get((m, currency), ZERO if (m, currency) in imported else None)
                for m in months
            ),
            tuple(targets.get((m, currency)) for m in months),
        )
        for currency in currencies
    )
    period_target: dict[str, Decimal] = defaultdict(Decimal)
    for (month, currency), amount in plan_of(start.replace(day=1), end).items():
        if (month, currency) not in imported and not to_date.of(currency).awaiting:
            continue  # not counted against sales nobody imported
        last = to_date.of(currency).target_end(end)
        period_target[currency] += prorated(amount, month, start, last, currency)
    rows = tuple(
        (
            month,
            trend.currency,
            value,
            target,
            percent(value, target) if target and value is not None else None,
            percent_standing(variance_percent(value, target), thresholds)
            if target and value is not None
            else None,
        )
        for trend in series
        for month, value, target in zip(months, trend.sell_in, trend.target, strict=True)
    )
    return SalesTrend(
        months=tuple(months),
        currencies=series,
        period_sell_in={currency: amount for currency, amount in period_rows},
        period_target=dict(period_target),
        rows=KpiTable(
            ("month", "currency", "sell_in", "target", "percent_of_target", "standing"), rows
        ),
        through=to_date.through,
        awaiting=to_date.awaiting,
        awaited=tuple(
            c
            for c in sorted(period_target.keys() | dict(period_rows).keys())
            if to_date.of(c).awaiting
        ),
    )


# -- top and bottom -------------------------------------------------------------------------
def targeted_accounts(
    session: Session,
    start: date,
    end: date,
    in_scope: InScope,
    to_date: ToDate,
    measure: Measure = Measure.SELL_IN,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[RankedAccount]:
    """Accounts with ``measure`` targets of their own in the period, against the
    ``measure`` of themselves and everything below them (no variance while the period
    awaits its first figures), each with where it stands by ``thresholds``."""
    heads = (
        select(Target.account_id.label("head"), Target.account_id.label("account"))
        .where(
            Target.period_kind == "month",
            Target.measure == measure,
            Target.period_start >= start.replace(day=1),
            Target.period_start <= end,
            Target.account_id.is_not(None),
            in_scope(Target.account_id),
        )
        .distinct()
        .cte("ranked_tree", recursive=True)
    )
    child = aliased(Account)
    tree = heads.union(
        select(heads.c.head, child.id).where(child.parent_id == heads.c.account)
    )  # UNION (not ALL): each account once per head, and a corrupt cycle stops
    sales = dict(
        ((head, currency), amount)
        for head, currency, amount in session.execute(
            select(tree.c.head, SalesFact.currency, func.sum(SalesFact.amount))
            .join(SalesFact, SalesFact.account_id == tree.c.account)
            .where(
                SalesFact.measure == measure,
                SalesFact.period >= start,
                SalesFact.period <= end,
            )
            .group_by(tree.c.head, SalesFact.currency)
        )
    )
    targets: dict[tuple[uuid.UUID, str], Decimal] = defaultdict(Decimal)
    for (account_id, _territory, month, currency), amount in owner_targets(
        session, start.replace(day=1), end, in_scope, None, measure
    ).items():
        last = to_date.of(currency).target_end(end)
        targets[(account_id, currency)] += prorated(amount, month, start, last, currency)
    names = {
        row.id: (row.code, row.name)
        for row in session.execute(
            select(Account.id, Account.code, Account.name).where(
                Account.id.in_({account_id for account_id, _ in targets})
            )
        )
    }
    ranked = []
    for (account_id, currency), target in targets.items():
        code, name = names[account_id]
        actual = sales.get((account_id, currency), ZERO)
        variance = None if to_date.of(currency).awaiting else variance_percent(actual, target)
        where = None if variance is None else percent_standing(variance, thresholds)
        ranked.append(
            RankedAccount(account_id, code, name, currency, actual, target, variance, where)
        )
    return ranked


def _by_sell_in(session: Session, start: date, end: date, in_scope: InScope) -> list[RankedAccount]:
    rows = session.execute(
        select(
            Account.id, Account.code, Account.name, SalesFact.currency, func.sum(SalesFact.amount)
        )
        .join(Account, Account.id == SalesFact.account_id)
        .where(
            SalesFact.measure == Measure.SELL_IN,
            SalesFact.period >= start,
            SalesFact.period <= end,
            in_scope(SalesFact.account_id),
        )
        .group_by(Account.id, Account.code, Account.name, SalesFact.currency)
    ).all()
    return [RankedAccount(i, c, n, cur, amount, None, None) for i, c, n, cur, amount in rows]


def top_bottom_accounts(
    session: Session,
    start: date,
    end: date,
    in_scope: InScope,
    to_date: ToDate = ToDate(),
    count: int = RANK_COUNT,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Ranking:
    """The ``count`` best and worst accounts of the period (see the module's docstring),
    each standing behind, on or ahead of plan by ``thresholds`` (Plan vs actual's)."""
    columns = ("code", "account", "currency", "sell_in", "target", "variance_percent", "standing")
    targeted = targeted_accounts(
        session, start, end, in_scope, to_date, Measure.SELL_IN, thresholds
    )
    if to_date.awaiting:  # the plan to date of each account, nobody ranked
        targeted.sort(key=lambda r: (r.name, r.code, r.currency))
        rows = tuple((r.code, r.name, r.currency, None, r.target, None, None) for r in targeted)
        return Ranking("awaiting", None, (), (), KpiTable(columns, rows))
    candidates = [r for r in targeted if r.variance is not None]
    by, currency = "variance", None
    if candidates:

        def key(r: RankedAccount) -> Decimal:
            return r.variance or ZERO
    else:
        by = "sell_in"
        everyone = _by_sell_in(session, start, end, in_scope)
        currency = Counter(r.currency for r in everyone).most_common(1)[0][0] if everyone else None
        candidates = [r for r in everyone if r.currency == currency]

        def key(r: RankedAccount) -> Decimal:
            return r.sell_in

    top, bottom = top_and_bottom(candidates, count, key=key, name=lambda r: r.name)
    ordered = sorted(candidates, key=lambda r: (-key(r), r.name))
    rows = tuple(
        (r.code, r.name, r.currency, r.sell_in, r.target, r.variance, r.standing) for r in ordered
    )
    return Ranking(by, currency, tuple(top), tuple(bottom), KpiTable(columns, rows))


# -- returning customers --------------------------------------------------------------------
def _buyers(
    session: Session, start: date, end: date, in_scope: InScope, with_currency: bool = False
) -> Any:
    """The accounts that bought in the period (with each currency they bought in)."""
    columns = (SalesFact.account_id, SalesFact.currency) if with_currency else ()
    return (
        select(*(columns or (SalesFact.account_id,)))
        .where(
            SalesFact.measure == Measure.SELL_IN,
            SalesFact.amount > 0,
            SalesFact.period >= start,
            SalesFact.period <= end,
            in_scope(SalesFact.account_id),
        )
        .distinct()
    )


def _awaited_buyers(
    session: Session, start: date, end: date, in_scope: InScope, to_date: ToDate
) -> set[uuid.UUID]:
    """The period's buyers whose sell-in in the period that follows cannot be known yet:
    every currency they bought in awaits its figures."""
    if to_date.reached is None or to_date.awaiting:
        return set()  # one rule for all currencies (see ``ReturningCustomers.awaiting``)
    known: set[uuid.UUID] = set()
    bought: set[uuid.UUID] = set()
    for account_id, currency in session.execute(
        _buyers(session, start, end, in_scope, with_currency=True)
    ):
        bought.add(account_id)
        if not to_date.of(currency).awaiting:
            known.add(account_id)
    return bought - known


def returning_customers_of(
    session: Session, start: date, end: date, in_scope: InScope, to_date: ToDate = ToDate()
) -> ReturningCustomers:
    """Returning-customer rate of the period, with last period's buyers as rows (whether
    they bought again unknown while the period awaits its first sell-in)."""
    before_start, before_end = previous_period(start, end)
    now = set(session.scalars(_buyers(session, start, end, in_scope)))
    before = session.execute(
        select(Account.id, Account.code, Account.name)
        .where(Account.id.in_(_buyers(session, before_start, before_end, in_scope)))
        .order_by(Account.name, Account.code)
    ).all()
    unknown = _awaited_buyers(session, before_start, before_end, in_scope, to_date)
    # a buyer whose country's sell-in is not in yet has not "not bought again"
    result = returning_customers({row.id for row in before} - unknown, now)
    rows = tuple(
        (code, name, None if to_date.awaiting or account_id in unknown else account_id in now)
        for account_id, code, name in before
    )
    return ReturningCustomers(
        before_start,
        before_end,
        result,
        KpiTable(("code", "account", "bought_again"), rows),
        to_date.awaiting,
    )
