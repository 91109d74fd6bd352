"""The product catalogue as forms need it: find a product by SKU or name, list categories."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from acct_desktop.domain.text_search import TextFilter, fold
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
        """Active products whose SKU, name or category (in any of our four languages) holds
        every word of ``text`` anywhere, accents and case ignored, Chinese by its characters
        (``domain.text_search.TextFilter``): SKUs starting with the text first, then by SKU.
        A blank ``text`` finds nothing."""
        wanted = TextFilter.of(text)
        if not text.strip() or limit <= 0:
            return []
        query = select(
            Product.id, Product.sku, Product.name, Product.category, Product.pack_label
        ).where(Product.archived_at.is_(None), Product.active.is_(True))
        with self._db.session() as session:
            rows = [ProductChoice(*row) for row in session.execute(query)]
        names = _category_names()
        found = [
            row
            for row in rows
            if wanted.keeps(row.sku, row.name, row.category, names.get(row.category))
        ]
        start = fold(text.strip())
        found.sort(key=lambda row: (not fold(row.sku).startswith(start), row.sku))
        return found[:limit]

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


def _category_names() -> dict[str, str]:
    """Category code → its printed names in every document language, for searching."""
    from acct_desktop.reporting.document_labels import LANGUAGES, labels_for

    names: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for code, name in labels_for(language).price_list.categories.items():
            names.setdefault(code, []).append(name)
    return {code: " ".join(values) for code, values in names.items()}
