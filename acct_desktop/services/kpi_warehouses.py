"""The dashboard's warehouses behind plan: outbound against target.

Sell-in on track says nothing of the shelves: a territory can be ahead on sell-in while
its branch warehouse ships a quarter less than planned to its stores. So every account in
scope with an **outbound** target of its own in the period (the distribution centres and
branch warehouses the plan gives an outbound figure) is held against the outbound of
itself and everything below it — as Plan vs actual holds it — with its targets counted to
the day the period's outbound reaches while it is in progress, and stands behind, on or
ahead of plan by the same thresholds as Plan vs actual, the monthly summary's
"warehouses most behind on outbound" and the below-target alert. Rows come furthest
behind first; awaiting the period's first outbound figures nobody is judged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.kpis import KpiTable
from acct_desktop.domain.sales_metrics import Standing, Thresholds
from acct_desktop.services.kpi_sales import (
    DEFAULT_THRESHOLDS,
    InScope,
    RankedAccount,
    ToDate,
    targeted_accounts,
)

COLUMNS = ("code", "account", "currency", "outbound", "target", "variance_percent", "standing")


@dataclass(frozen=True, slots=True)
class Warehouses:
    """The accounts with an outbound target in scope, furthest behind plan first."""

    accounts: tuple[RankedAccount, ...]
    rows: KpiTable
    awaiting: bool = False  # the period is in progress and none of its outbound is in yet
    through: date | None = None  # in progress: targets count to this day

    @property
    def behind(self) -> tuple[RankedAccount, ...]:
        """Those behind plan, furthest behind first."""
        return tuple(a for a in self.accounts if a.standing == Standing.BEHIND)

    @property
    def judged(self) -> tuple[RankedAccount, ...]:
        """Those with a variance to judge (not awaiting their currency's figures)."""
        return tuple(a for a in self.accounts if a.standing is not None)


def warehouses_against_plan(
    session: Session,
    start: date,
    end: date,
    in_scope: InScope,
    to_date: ToDate,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Warehouses:
    """Outbound against target of every account in scope with an outbound target of its
    own in ``start``..``end`` (see the module's docstring); ``to_date`` is the outbound's
    own rule for a period in progress."""
    found = targeted_accounts(session, start, end, in_scope, to_date, Measure.OUTBOUND, thresholds)
    found.sort(key=lambda a: (a.variance is None, a.variance or 0, a.name.casefold(), a.currency))
    rows = tuple(
        (a.code, a.name, a.currency, None if a.variance is None and to_date.of(a.currency).awaiting
         else a.sell_in, a.target, a.variance, a.standing)
        for a in found
    )  # fmt: skip
    return Warehouses(tuple(found), KpiTable(COLUMNS, rows), to_date.awaiting, to_date.through)
