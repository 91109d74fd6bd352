"""Purchase whitespace: what an account (with its children) buys, and what it does not."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.money import round_money
from acct_desktop.services.sales import month_starts
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, SalesFact


@dataclass(frozen=True, slots=True)
class ProductPurchase:
    sku: str
    name: str
    category: str
    revenue: Decimal  # sell-in amount over the window, in the account's currency
    margin: Decimal  # at catalogue margin: revenue × (list − cost) / list
    margin_percent: Decimal
    currency: str  # the account's

    @property
    def bought(self) -> bool:
        return self.revenue > 0


@dataclass(frozen=True, slots=True)
class CategoryPurchase:
    category: str
    revenue: Decimal
    margin: Decimal
    products_bought: int
    products_total: int
    currency: str  # the account's

    @property
    def margin_percent(self) -> Decimal | None:
        if not self.revenue:
            return None
        return (self.margin / self.revenue * 100).quantize(Decimal("0.1"))

    @property
    def is_gap(self) -> bool:
        """Nothing of this category is bought: the clearest opportunity."""
        return self.products_bought == 0


class WhitespaceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def products(self, account_id: uuid.UUID, months: int = 12) -> list[ProductPurchase]:
        """Every active product with what the account bought of it in the last ``months``
        months of data (zero = whitespace), biggest revenue first, gaps by category."""
        ids = subtree_ids(account_id)
        with self._db.session() as session:
            currency = session.scalar(select(Account.currency).where(Account.id == account_id))
            currency = currency or "EUR"
            latest = session.scalar(select(func.max(SalesFact.period)))
            bought: dict[uuid.UUID, Decimal] = {}
            if latest is not None:
                start = month_starts(latest, months)[0]
                bought = {
                    product_id: total
                    for product_id, total in session.execute(
                        select(SalesFact.product_id, func.sum(SalesFact.amount))
                        .where(
                            SalesFact.account_id.in_(ids),
                            SalesFact.measure == Measure.SELL_IN,
                            SalesFact.period >= start,
                            SalesFact.product_id.is_not(None),
                        )
                        .group_by(SalesFact.product_id)
                    )
                }
            products = session.execute(
                select(
                    Product.id,
                    Product.sku,
                    Product.name,
                    Product.category,
                    Product.list_price,
                    Product.cost,
                ).where(Product.active.is_(True), Product.archived_at.is_(None))
            ).all()
        rows = []
        for product_id, sku, name, category, list_price, cost in products:
            revenue = bought.get(product_id, Decimal("0.00"))
            ratio = (list_price - cost) / list_price if list_price else Decimal(0)
            rows.append(
                ProductPurchase(
                    sku=sku,
                    name=name,
                    category=category,
                    revenue=revenue,
                    margin=round_money(revenue * ratio, currency),
                    margin_percent=(ratio * 100).quantize(Decimal("0.1")),
                    currency=currency,
                )
            )
        rows.sort(key=lambda r: (-r.revenue, r.category, r.sku))
        return rows

    def categories(self, account_id: uuid.UUID, months: int = 12) -> list[CategoryPurchase]:
        """Per product category: revenue, margin, how many of its products are bought."""
        by_category: dict[str, list[ProductPurchase]] = {}
        for row in self.products(account_id, months):
            by_category.setdefault(row.category, []).append(row)
        summary = [
            CategoryPurchase(
                category=category,
                revenue=sum((r.revenue for r in rows), Decimal("0.00")),
                margin=sum((r.margin for r in rows), Decimal("0.00")),
                products_bought=sum(1 for r in rows if r.bought),
                products_total=len(rows),
                currency=rows[0].currency,
            )
            for category, rows in by_category.items()
        ]
        summary.sort(key=lambda c: (-c.revenue, c.category))
        return summary
