"""The product catalogue as forms need it: find a product by SKU or name, list categories."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, or_, select

from acct_desktop.store.database import Database
from acct_desktop.store.models import Product


@dataclass(frozen=True, slots=True)
class ProductChoice:
    id: uuid.UUID
    sku: str
    name: str
    category: str
    pack_label: str

    @property
    def label(self) -> str:
        """How a chooser shows the product: ``PEO-001-4L · Synth Pro 5W-30 4 L``."""
        return f"{self.sku} · {self.name}"


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


class ProductService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, limit: int = 30) -> list[ProductChoice]:
        """Products (not archived) whose SKU or name holds ``text``, case-insensitively:
        SKUs starting with it first, then by SKU. A blank ``text`` finds nothing."""
        wanted = text.strip()
        if not wanted or limit <= 0:
            return []
        pattern = _like(wanted)
        sku = func.lower(Product.sku)
        starts = case((sku.like(_like(wanted)[1:], escape="\\"), 0), else_=1)
        query = (
            select(Product.id, Product.sku, Product.name, Product.category, Product.pack_label)
            .where(
                Product.archived_at.is_(None),
                or_(
                    sku.like(pattern, escape="\\"),
                    func.lower(Product.name).like(pattern, escape="\\"),
                ),
            )
            .order_by(starts, Product.sku)
            .limit(limit)
        )
        with self._db.session() as session:
            return [ProductChoice(*row) for row in session.execute(query)]

    def product(self, product_id: uuid.UUID) -> ProductChoice | None:
        """One product by id (archived ones too: an old policy may still name one)."""
        query = select(
            Product.id, Product.sku, Product.name, Product.category, Product.pack_label
        ).where(Product.id == product_id)
        with self._db.session() as session:
            row = session.execute(query).first()
            return ProductChoice(*row) if row is not None else None

    def categories(self) -> list[str]:
        """Every category code of the catalogue, sorted."""
        query = select(Product.category).distinct().order_by(Product.category)
        with self._db.session() as session:
            return [category for category in session.scalars(query) if category]
