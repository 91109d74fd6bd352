"""Sales of an account (with its children) month by month, against its targets."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, SalesFact, Target


@dataclass(frozen=True, slots=True)
class MonthSales:
    period: date
    sell_in: Decimal
    outbound: Decimal
    sell_out: Decimal
    stock: Decimal
    target: Decimal | None

    @property
    def versus_target(self) -> Decimal | None:
        """Sell-in as a percentage of target (None without a target)."""
        if not self.target:
            return None
        return (self.sell_in / self.target * 100).quantize(Decimal("0.1"))


def month_starts(last: date, months: int) -> list[date]:
    """``months`` first-of-month dates ending with ``last``'s month, oldest first."""
    year, month = last.year, last.month
    periods = []
    for _ in range(months):
        periods.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return periods[::-1]


class SalesService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def monthly(self, account_id: uuid.UUID, months: int = 24) -> tuple[str, list[MonthSales]]:
        """(currency, one row per month) for the account and all accounts below it, up to
        the last month that has data. Targets are the monthly targets set on those accounts."""
        ids = subtree_ids(account_id)
        with self._db.session() as session:
            currency = session.scalar(select(Account.currency).where(Account.id == account_id))
            latest = session.scalar(
                select(func.max(SalesFact.period)).where(SalesFact.account_id.in_(ids))
            )
            if latest is None:
                return currency or "", []
            periods = month_starts(latest, months)
            facts = session.execute(
                select(SalesFact.period, SalesFact.measure, func.sum(SalesFact.amount))
                .where(
                    SalesFact.account_id.in_(ids),
                    SalesFact.period >= periods[0],
                    SalesFact.period <= periods[-1],
                )
                .group_by(SalesFact.period, SalesFact.measure)
            ).all()
            targets = session.execute(
                select(Target.period_start, func.sum(Target.amount))
                .where(
                    Target.account_id.in_(ids),
                    Target.period_kind == "month",
                    Target.measure == Measure.SELL_IN,
                    Target.period_start >= periods[0],
                    Target.period_start <= periods[-1],
                )
                .group_by(Target.period_start)
            ).all()
        amounts: dict[tuple[date, Measure], Decimal] = {
            (period, measure): total for period, measure, total in facts
        }
        target_by_month = {period: total for period, total in targets}
        zero = Decimal("0.00")
        return currency or "", [
            MonthSales(
                period=period,
                sell_in=amounts.get((period, Measure.SELL_IN), zero),
                outbound=amounts.get((period, Measure.OUTBOUND), zero),
                sell_out=amounts.get((period, Measure.SELL_OUT), zero),
                stock=amounts.get((period, Measure.STOCK), zero),
                target=target_by_month.get(period),
            )
            for period in periods
        ]
