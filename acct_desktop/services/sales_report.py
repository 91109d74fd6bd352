"""Exact totals of sales facts, grouped by a period or by who and what sold.

``sales_report(db, SalesQuery(...))`` adds up one measure's quantity and amount per group —
year, quarter, month, account, territory, category or product — within a date range and
an optional territory (with its sub-territories) and/or account (with everything below it).
Amounts in different currencies are never added together: each group has one total per
currency.

All adding is done by the database (``GROUP BY``). Money columns are scaled integers on
SQLite and ``numeric`` on PostgreSQL (see :mod:`acct_desktop.store.types`), so every sum
is exact on both and comes back as ``Decimal``.

Sell-in, outbound and sell-out are flows: they add up over time. Stock is a level: within
each group's period (the month, quarter or year; the whole date range when grouping by
account, territory, category or product) each account's stock is what it reported on the
last day it reported stock (a stock count lists every product held; one missing from the
last count is no longer held, so an older figure of it is not revived), and those figures
are added across accounts, as plan vs actual does. A fact's category is its own, else its
product's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, SalesFact, Territory
from acct_desktop.store.sql_dates import month_start, year_start

NONE_LABEL = "—"
QUANTITY_PLACES = 3  # the places of the quantity column (store.types.Quantity)
AMOUNT_PLACES = 2  # the places of the amount column (store.types.Money)


class GroupBy(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    ACCOUNT = "account"
    TERRITORY = "territory"
    CATEGORY = "category"
    PRODUCT = "product"


PERIOD_GROUPS = (GroupBy.YEAR, GroupBy.QUARTER, GroupBy.MONTH)


class SalesReportRefused(ValueError):
    """The report cannot be made as asked; the message is one sentence for the user."""


@dataclass(frozen=True, slots=True)
class SalesQuery:
    """What to add up: one measure, grouped one way, within a range and a scope.

    ``first``/``last`` are inclusive days (either may be open); ``territory_id`` takes the
    territory and its sub-territories, ``account_id`` the account and every account below it.
    """

    group_by: GroupBy
    measure: Measure = Measure.SELL_IN
    first: date | None = None
    last: date | None = None
    territory_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class SalesTotal:
    """One group's total in one currency.

    ``key`` sorts and identifies the group (``2026``, ``2026-Q1``, ``2026-03``, an account or
    territory code, a category, a SKU; empty for facts without one); ``label`` is its name.
    """

    key: str
    label: str
    currency: str
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class SalesReport:
    """The groups' totals and, per currency, the total of the whole selection."""

    query: SalesQuery
    rows: list[SalesTotal]
    totals: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)

    @property
    def currencies(self) -> list[str]:
        return sorted(self.totals)


def sales_report(db: Database, query: SalesQuery) -> SalesReport:
    """The totals of ``query``'s measure, per group and currency (see the module docstring)."""
    if query.first and query.last and query.first > query.last:
        raise SalesReportRefused(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "The range ends (%1) before it starts (%2); swap the dates."
                ),
                query.last,
                query.first,
            )
        )
    with db.session() as session:
        grouped = session.execute(_totals_select(query, query.group_by)).all()
        overall = session.execute(_totals_select(query, None)).all()
        rows = _named_rows(session, query.group_by, grouped)
    totals = {row.currency: (row.quantity, row.amount) for row in overall}
    return SalesReport(query=query, rows=rows, totals=totals)


def resolve_territory(db: Database, code: str) -> uuid.UUID:
    """The id of the territory with ``code``; refused in a sentence when there is none."""
    with db.session() as session:
        found = session.scalar(select(Territory.id).where(Territory.code == code))
    if found is None:
        raise SalesReportRefused(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "No territory has the code %1."), code)
        )
    return found


def resolve_account(db: Database, code: str) -> uuid.UUID:
    """The id of the account with ``code``; refused in a sentence when there is none."""
    with db.session() as session:
        found = session.scalar(select(Account.id).where(Account.code == code))
    if found is None:
        raise SalesReportRefused(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "No account has the code %1."), code)
        )
    return found


def territory_subtree(territory_id: uuid.UUID) -> Any:
    """A selectable of the ids of ``territory_id`` and all its sub-territories."""
    tree = (
        select(Territory.id)
        .where(Territory.id == territory_id)
        .cte("territory_subtree", recursive=True)
    )
    child = aliased(Territory)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def accounts_in_territory(territory_id: uuid.UUID) -> Any:
    """A selectable of the ids of accounts in ``territory_id`` or one of its sub-territories."""
    return select(Account.id).where(Account.territory_id.in_(territory_subtree(territory_id)))


# -- SQL ----------------------------------------------------------------------------------


def _category() -> Any:
    return func.coalesce(SalesFact.category, Product.category)


def _quarter_number() -> Any:
    month = extract("month", SalesFact.period)
    return case((month <= 3, 1), (month <= 6, 2), (month <= 9, 3), else_=4)


def _period_keys(group: GroupBy | None) -> list[Any]:
    """The SQL expressions naming a fact's period bucket (none: the whole range)."""
    if group is GroupBy.YEAR:
        return [year_start(SalesFact.period)]
    if group is GroupBy.QUARTER:
        return [year_start(SalesFact.period), _quarter_number()]
    if group is GroupBy.MONTH:
        return [month_start(SalesFact.period)]
    return []


def _group_keys(group: GroupBy | None) -> list[Any]:
    """The SQL expressions a fact is grouped by."""
    if group in PERIOD_GROUPS or group is None:
        return _period_keys(group)
    return {
        GroupBy.ACCOUNT: [SalesFact.account_id],
        GroupBy.TERRITORY: [Account.territory_id],
        GroupBy.CATEGORY: [_category()],
        GroupBy.PRODUCT: [SalesFact.product_id],
    }[group]


def _filters(query: SalesQuery) -> list[Any]:
    clauses: list[Any] = [SalesFact.measure == query.measure]
    if query.first is not None:
        clauses.append(SalesFact.period >= query.first)
    if query.last is not None:
        clauses.append(SalesFact.period <= query.last)
    if query.account_id is not None:
        clauses.append(SalesFact.account_id.in_(subtree_ids(query.account_id)))
    if query.territory_id is not None:
        clauses.append(SalesFact.account_id.in_(accounts_in_territory(query.territory_id)))
    return clauses


def _facts(columns: list[Any], query: SalesQuery, group: GroupBy | None) -> Any:
    statement = select(*columns).select_from(SalesFact)
    statement = statement.outerjoin(Product, Product.id == SalesFact.product_id)
    if group is GroupBy.TERRITORY:
        statement = statement.join(Account, Account.id == SalesFact.account_id)
    return statement.where(and_(*_filters(query)))


def _totals_select(query: SalesQuery, group: GroupBy | None) -> Any:
    """``(key..., currency, quantity, amount)`` rows, one per group and currency.

    The facts are first selected with their group keys labelled, then added up grouped by
    those labels: the same statement suits both databases (PostgreSQL would otherwise have
    to match the bucket expressions of the select list and the ``GROUP BY`` text for text).
    """
    keys = [key.label(f"k{index}") for index, key in enumerate(_group_keys(group))]
    columns = [
        *keys,
        SalesFact.currency.label("currency"),
        SalesFact.quantity.label("quantity"),
        SalesFact.amount.label("amount"),
    ]
    stock = query.measure is Measure.STOCK
    if stock:  # a level: each account's figures of the last day it reported in the bucket
        latest_first = func.rank().over(
            partition_by=[*_period_keys(group), SalesFact.account_id, SalesFact.currency],
            order_by=SalesFact.period.desc(),
        )
        columns.append(latest_first.label("recency"))
    facts = _facts(columns, query, group).subquery("facts")
    grouping = [*(facts.c[f"k{index}"] for index in range(len(keys))), facts.c.currency]
    statement = select(
        *grouping,
        func.sum(facts.c.quantity).label("quantity"),
        func.sum(facts.c.amount).label("amount"),
    )
    if stock:
        statement = statement.where(facts.c.recency == 1)
    return statement.group_by(*grouping).order_by(*grouping)


# -- naming the groups --------------------------------------------------------------------


def _named_rows(session: Session, group: GroupBy, rows: list[Any]) -> list[SalesTotal]:
    width = 2 if group is GroupBy.QUARTER else 1
    names = _names(session, group, {row[0] for row in rows if row[0] is not None})
    totals: list[SalesTotal] = []
    for row in rows:
        keys, (currency, quantity, amount) = row[:width], row[width:]
        key, label = _key_and_label(group, keys, names)
        # A sum of 0 is Decimal("0.000") — false, but a figure: only a missing sum is zero
        # here, written with the column's places like every other figure.
        quantity = _zero(QUANTITY_PLACES) if quantity is None else quantity
        amount = _zero(AMOUNT_PLACES) if amount is None else amount
        totals.append(SalesTotal(key, label, currency, quantity, amount))
    return sorted(totals, key=lambda t: (t.key == "", t.key, t.currency))


def _zero(places: int) -> Decimal:
    return Decimal(0).scaleb(-places)


def _names(session: Session, group: GroupBy, ids: set[Any]) -> dict[Any, tuple[str, str]]:
    """(code, name) of the accounts, territories or products among ``ids``."""
    model = {GroupBy.ACCOUNT: Account, GroupBy.TERRITORY: Territory, GroupBy.PRODUCT: Product}
    if group not in model or not ids:
        return {}
    table = model[group]
    code = Product.sku if table is Product else table.code
    found: dict[Any, tuple[str, str]] = {}
    ordered = sorted(ids, key=str)
    for start in range(0, len(ordered), 500):  # stay below every driver's parameter limit
        chunk = ordered[start : start + 500]
        query = select(table.id, code, table.name).where(table.id.in_(chunk))
        found.update({row[0]: (row[1], row[2]) for row in session.execute(query)})
    return found


def _key_and_label(
    group: GroupBy, keys: tuple[Any, ...], names: dict[Any, tuple[str, str]]
) -> tuple[str, str]:
    value = keys[0]
    if group is GroupBy.YEAR:
        return f"{value.year}", f"{value.year}"
    if group is GroupBy.QUARTER:
        text = f"{value.year}-Q{int(keys[1])}"
        return text, text
    if group is GroupBy.MONTH:
        return f"{value:%Y-%m}", f"{value:%Y-%m}"
    if group is GroupBy.CATEGORY:
        return (value, value) if value else ("", NONE_LABEL)
    if value is None:
        return "", NONE_LABEL
    code, name = names.get(value, (str(value), str(value)))
    return code, name


def totals_by_currency(rows: list[SalesTotal]) -> dict[str, list[SalesTotal]]:
    """The rows of a report, per currency (in the report's order)."""
    by_currency: dict[str, list[SalesTotal]] = defaultdict(list)
    for row in rows:
        by_currency[row.currency].append(row)
    return dict(by_currency)
