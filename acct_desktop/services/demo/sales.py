"""24 months of sales facts (sell-in, outbound, sell-out, stock) and the plan behind them."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

from acct_desktop.domain.enums import AccountKind, Measure, Tier
from acct_desktop.services.demo.accounts import AccountSeed, new_id
from acct_desktop.services.demo.catalogue import EUR_RATE, ProductSeed

MONTHS = 24
FACT_COLUMNS = (
    "period",
    "account_id",
    "product_id",
    "category",
    "measure",
    "quantity",
    "amount",
    "currency",
    "whole_month",
)
MEASURES_BY_KIND: dict[AccountKind, tuple[Measure, ...]] = {
    AccountKind.HEADQUARTERS: (Measure.SELL_IN,),
    AccountKind.DISTRIBUTOR: (Measure.SELL_IN, Measure.STOCK),
    AccountKind.REGIONAL_OFFICE: (),
    AccountKind.DISTRIBUTION_CENTRE: (Measure.OUTBOUND, Measure.STOCK),
    AccountKind.BRANCH_WAREHOUSE: (Measure.OUTBOUND, Measure.SELL_IN, Measure.STOCK),
    AccountKind.STORE: (Measure.SELL_OUT, Measure.STOCK),
    AccountKind.WORKSHOP: (Measure.SELL_OUT, Measure.SELL_IN),
}
VOLUME_BY_KIND = {
    AccountKind.HEADQUARTERS: 900,
    AccountKind.DISTRIBUTOR: 600,
    AccountKind.DISTRIBUTION_CENTRE: 400,
    AccountKind.BRANCH_WAREHOUSE: 150,
    AccountKind.STORE: 25,
    AccountKind.WORKSHOP: 15,
    AccountKind.REGIONAL_OFFICE: 0,
}
TIER_FACTOR = {Tier.A: 3.0, Tier.B: 1.6, Tier.C: 1.0}


def month_periods(today: date, months: int = MONTHS) -> list[date]:
    """The ``months`` complete months before ``today``'s month, oldest first."""
    periods = []
    year, month = today.year, today.month
    for _ in range(months):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        periods.append(date(year, month, 1))
    return periods[::-1]


def seasonality(month: int) -> float:
    """Lubricant demand peaks before summer and before winter."""
    return 1.0 + 0.18 * math.sin((month - 2) / 12 * 2 * math.pi) + 0.08 * math.cos(month)


def iter_sales_facts(
    rng: random.Random,
    accounts: list[AccountSeed],
    products: list[ProductSeed],
    total: int,
    today: date,
    sell_in_by_group: dict[tuple[int, date], Decimal] | None = None,
    outbound_by_account: dict[tuple[uuid.UUID, date], Decimal] | None = None,
) -> Iterator[tuple[object, ...]]:
    """Exactly ``total`` facts: series of (account, product, measure) over 24 months.

    ``sell_in_by_group`` and ``outbound_by_account`` (if given) collect each account
    group's monthly sell-in and each warehouse's monthly outbound, from which
    ``build_targets`` sets plausible targets."""
    periods = month_periods(today)
    eligible = [a for a in accounts if MEASURES_BY_KIND[a.kind]]
    if not eligible or total <= 0:
        return
    price_cache: dict[tuple[uuid.UUID, str], tuple[Decimal, Decimal]] = {}
    produced = 0
    series = 0
    while produced < total:
        account = eligible[series % len(eligible)]
        measures = MEASURES_BY_KIND[account.kind]
        measure = measures[(series // len(eligible)) % len(measures)]
        product = products[rng.randrange(len(products))]
        series += 1
        currency = account.country.currency
        key = (product.id, currency)
        if key not in price_cache:
            rate = EUR_RATE[currency]
            price_cache[key] = (product.list_price * rate, product.cost * rate)
        list_price, cost = price_cache[key]
        unit_value = cost if measure is Measure.STOCK else list_price * Decimal("0.9")
        base = VOLUME_BY_KIND[account.kind] * TIER_FACTOR[account.tier] / 10
        trend = rng.uniform(-0.15, 0.25)
        for index, period in enumerate(periods):
            if produced >= total:
                return
            growth = 1 + trend * index / MONTHS
            qty = max(0, round(base * growth * seasonality(period.month) * rng.uniform(0.7, 1.3)))
            quantity = Decimal(qty)
            amount = (quantity * unit_value).quantize(Decimal("0.01"))
            if sell_in_by_group is not None and measure is Measure.SELL_IN:
                key = (account.group, period)
                sell_in_by_group[key] = sell_in_by_group.get(key, Decimal(0)) + amount
            if outbound_by_account is not None and measure is Measure.OUTBOUND:
                where = (account.id, period)
                outbound_by_account[where] = outbound_by_account.get(where, Decimal(0)) + amount
            yield (
                period,
                account.id,
                product.id,
                product.category,
                measure,
                quantity,
                amount,
                currency,
                True,  # monthly figures
            )
            produced += 1


def build_targets(
    rng: random.Random,
    accounts: list[AccountSeed],
    today: date,
    stamp: object,
    sell_in_by_group: dict[tuple[int, date], Decimal],
    outbound_by_account: dict[tuple[uuid.UUID, date], Decimal] | None = None,
) -> list[dict[str, object]]:
    """Monthly and annual targets, last year and this year: sell-in for each group head,
    outbound (replenishment) for each distribution centre and branch warehouse.

    A month's target is the same month's figure a year before (or of that month itself
    when there is no year before) times an ambition of 2–12 % (outbound: −2 to +10 %), so
    that actuals land on both sides of the plan."""
    rows: list[dict[str, object]] = []
    for account in (a for a in accounts if a.parent_id is None):
        ambition = Decimal(str(round(rng.uniform(1.02, 1.12), 3)))
        rows += _yearly_targets(
            rng, account, Measure.SELL_IN, ambition, today, stamp,
            lambda start, group=account.group: sell_in_by_group.get((group, start)),
        )  # fmt: skip
    for account in accounts:
        if outbound_by_account is None or Measure.OUTBOUND not in MEASURES_BY_KIND[account.kind]:
            continue
        ambition = Decimal(str(round(rng.uniform(0.98, 1.10), 3)))
        rows += _yearly_targets(
            rng, account, Measure.OUTBOUND, ambition, today, stamp,
            lambda start, key=account.id: outbound_by_account.get((key, start)),
        )  # fmt: skip
    return rows


def _yearly_targets(
    rng: random.Random,
    account: AccountSeed,
    measure: Measure,
    ambition: Decimal,
    today: date,
    stamp: object,
    actual: Callable[[date], Decimal | None],
) -> list[dict[str, object]]:
    """``account``'s annual and monthly ``measure`` targets of last year and this year."""
    rows: list[dict[str, object]] = []
    for year in (today.year - 1, today.year):
        monthly: list[tuple[date, Decimal]] = []
        for month in range(1, 13):
            start = date(year, month, 1)
            base = actual(date(year - 1, month, 1)) or actual(start)
            if base:
                monthly.append((start, (base * ambition).quantize(Decimal("100"))))
        if not monthly:
            continue
        annual = sum((amount for _, amount in monthly), Decimal(0))
        rows.append(_target(rng, "year", date(year, 1, 1), account, measure, annual, stamp))
        for start, amount in monthly:
            rows.append(_target(rng, "month", start, account, measure, amount, stamp))
    return rows


def _target(
    rng: random.Random,
    kind: str,
    start: date,
    account: AccountSeed,
    measure: Measure,
    amount: Decimal,
    stamp: object,
) -> dict[str, object]:
    return {
        "id": new_id(rng),
        "period_kind": kind,
        "period_start": start,
        "account_id": account.id,
        "territory_id": None,
        "category": None,
        "measure": measure,
        "quantity": None,
        "amount": amount,
        "currency": account.country.currency,
        "created_at": stamp,
        "updated_at": stamp,
        "version": 1,
    }
