"""Sales KPIs: sell-in against target month by month, the best and worst accounts, and
returning customers — aggregated in the database, money per currency, never mixed.

* **Trend**: sell-in facts of the accounts in scope, summed by ``month_start(period)`` and
  currency, for the 12 months ending with the period's month; targets are the scope's
  plan by the Plan vs actual rule (``PlanActuals.scope_targets``: an account's own target,
  else its children's; a territory's own, else its top accounts'). Where an owner has a
  whole-month target (no category) for a month, that is its target; otherwise its
  category targets are added up. The period's
  target takes a month the period covers only in part (this month, to date) pro rata to
  its days.
* **Top and bottom**: when accounts in scope carry sell-in targets for months of the
  period, each such account is compared with the sell-in of itself and every account below
  it (as its Sales tab does), ranked by variance in % of target (currency-neutral). Without
  any target, accounts are ranked by their own sell-in in the scope's main currency (the
  one most accounts sell in). Ties are ordered by name.
* **Returning customers**: of the accounts with sell-in (amount > 0) in the previous period
  of equal length (:func:`acct_desktop.domain.kpis.previous_period`), the share that has
  sell-in again in this period.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

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
from acct_desktop.domain.sales_metrics import prorated
from acct_desktop.store.models import Account, SalesFact, Target
from acct_desktop.store.sql_dates import month_start

ZERO = Decimal(0)
InScope = Callable[[Any], Any]  # an account-id column → a WHERE clause for the scope
RANK_COUNT = 5


@dataclass(frozen=True, slots=True)
class CurrencyTrend:
    """One currency's monthly sell-in and targets (``None``: no target that month)."""

    currency: str
    sell_in: tuple[Decimal, ...]
    target: tuple[Decimal | None, ...]


@dataclass(frozen=True, slots=True)
class SalesTrend:
    months: tuple[date, ...]
    currencies: tuple[CurrencyTrend, ...]
    period_sell_in: dict[str, Decimal]  # the chosen period, per currency
    period_target: dict[str, Decimal]  # targets of the months the period touches
    rows: KpiTable

    def percent_of_target(self, currency: str) -> Decimal | None:
        """The period's sell-in in % of its target in ``currency``."""
        target = self.period_target.get(currency)
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


@dataclass(frozen=True, slots=True)
class Ranking:
    by: str  # "variance" or "sell_in" (no targets)
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


# -- trend ----------------------------------------------------------------------------------
def owner_targets(
    session: Session, first: date, last: date, in_scope: InScope, territories: Any | None
) -> dict[tuple[Any, Any, date, str], Decimal]:
    """Monthly sell-in targets by (account, territory, month, currency) for months starting
    ``first``..``last``: an owner's whole-month row where it has one, else its categories."""
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
            Target.measure == Measure.SELL_IN,
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
) -> SalesTrend:
    """Monthly sell-in against target for ``months`` and the period's totals."""
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
    targets = plan_of(months[0], months[-1])
    actual = {(month, currency): amount for month, currency, amount in monthly}
    currencies = sorted({c for _, c in actual} | {c for _, c in targets})
    series = tuple(
        CurrencyTrend(
            currency,
            tuple(actual.get((m, currency), ZERO) for m in months),
            tuple(targets.get((m, currency)) for m in months),
        )
        for currency in currencies
    )
    period_target: dict[str, Decimal] = defaultdict(Decimal)
    for (month, currency), amount in plan_of(start.replace(day=1), end).items():
        period_target[currency] += prorated(amount, month, start, end, currency)
    rows = tuple(
        (month, trend.currency, value, target, percent(value, target) if target else None)
        for trend in series
        for month, value, target in zip(months, trend.sell_in, trend.target, strict=True)
    )
    return SalesTrend(
        months=tuple(months),
        currencies=series,
        period_sell_in={currency: amount for currency, amount in period_rows},
        period_target=dict(period_target),
        rows=KpiTable(("month", "currency", "sell_in", "target", "percent_of_target"), rows),
    )


# -- top and bottom -------------------------------------------------------------------------
def _targeted(session: Session, start: date, end: date, in_scope: InScope) -> list[RankedAccount]:
    """Accounts with sell-in targets in the period, against their subtree's sell-in."""
    heads = (
        select(Target.account_id.label("head"), Target.account_id.label("account"))
        .where(
            Target.period_kind == "month",
            Target.measure == Measure.SELL_IN,
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
                SalesFact.measure == Measure.SELL_IN,
                SalesFact.period >= start,
                SalesFact.period <= end,
            )
            .group_by(tree.c.head, SalesFact.currency)
        )
    )
    targets: dict[tuple[uuid.UUID, str], Decimal] = defaultdict(Decimal)
    for (account_id, _territory, month, currency), amount in owner_targets(
        session, start.replace(day=1), end, in_scope, None
    ).items():
        targets[(account_id, currency)] += prorated(amount, month, start, end, currency)
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
        ranked.append(
            RankedAccount(
                account_id, code, name, currency, actual, target, variance_percent(actual, target)
            )
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
    session: Session, start: date, end: date, in_scope: InScope, count: int = RANK_COUNT
) -> Ranking:
    """The ``count`` best and worst accounts of the period (see the module's docstring)."""
    columns = ("code", "account", "currency", "sell_in", "target", "variance_percent")
    candidates = [r for r in _targeted(session, start, end, in_scope) if r.variance is not None]
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
    rows = tuple((r.code, r.name, r.currency, r.sell_in, r.target, r.variance) for r in ordered)
    return Ranking(by, currency, tuple(top), tuple(bottom), KpiTable(columns, rows))


# -- returning customers --------------------------------------------------------------------
def _buyers(session: Session, start: date, end: date, in_scope: InScope) -> Any:
    return (
        select(SalesFact.account_id)
        .where(
            SalesFact.measure == Measure.SELL_IN,
            SalesFact.amount > 0,
            SalesFact.period >= start,
            SalesFact.period <= end,
            in_scope(SalesFact.account_id),
        )
        .distinct()
    )


def returning_customers_of(
    session: Session, start: date, end: date, in_scope: InScope
) -> ReturningCustomers:
    """Returning-customer rate of the period, with last period's buyers as rows."""
    before_start, before_end = previous_period(start, end)
    now = set(session.scalars(_buyers(session, start, end, in_scope)))
    before = session.execute(
        select(Account.id, Account.code, Account.name)
        .where(Account.id.in_(_buyers(session, before_start, before_end, in_scope)))
        .order_by(Account.name, Account.code)
    ).all()
    result = returning_customers({row.id for row in before}, now)
    rows = tuple((code, name, account_id in now) for account_id, code, name in before)
    return ReturningCustomers(
        before_start, before_end, result, KpiTable(("code", "account", "bought_again"), rows)
    )
