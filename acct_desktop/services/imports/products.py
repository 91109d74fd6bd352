"""Importing products (a head-office price list) by SKU, all or nothing; and the export that
imports back unchanged.

A SKU already in the register is updated: a column present in the file is the truth, but an
empty cell keeps the current value (every product field is required). A new SKU needs name,
category, unit, pack size, list price and cost; currency defaults to EUR, lead time to 7
days, active to yes, pack label to "<pack size> <unit>". Amounts are exact decimals
(``12,50`` and ``1.234,50`` read as in the Netherlands). Every created or changed product
is audited; importing the same file again changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.columns import (
    PRODUCT_FIELDS,
    PRODUCT_REQUIRED,
    PRODUCT_SYNONYMS,
)
from acct_desktop.services.imports.common import (
    EntitySpec,
    chunked,
    field_word,
    read_input,
    require,
)
from acct_desktop.services.imports.problems import ProgressCallback
from acct_desktop.services.imports.register_common import (
    RegisterImportSummary,
    audit_created,
    audited_update,
    duplicates,
    export_table,
    flag,
    session_transaction,
)
from acct_desktop.store.database import Database
from acct_desktop.store.models import Product

ENTITY = "product"
NEEDED_FOR_NEW = ("name", "category", "unit", "pack_size", "list_price", "cost")
DEFAULTS: dict[str, Any] = {"currency": "EUR", "lead_time_days": 7, "active": True}


def _length(column: str) -> int | None:
    return getattr(Product.__table__.c[column].type, "length", None)


def _positive_pack(value: Decimal) -> None:
    if value <= 0:
        raise ValueError(QT_TRANSLATE_NOOP("messages", "a pack size must be more than 0"))


def _not_negative(value: Decimal) -> None:
    if value < 0:
        raise ValueError(QT_TRANSLATE_NOOP("messages", "an amount cannot be negative"))


PARSERS: dict[str, v.Parser] = {
    "sku": v.code_of(_length("sku")),
    "name": v.text_of(_length("name")),
    "category": v.text_of(_length("category")),
    "unit": v.text_of(_length("unit")),
    "pack_size": v.Checked(v.money(places=3), _positive_pack),
    "pack_label": v.text_of(_length("pack_label")),
    "list_price": v.Checked(v.money(places=4), _not_negative),
    "cost": v.Checked(v.money(places=4), _not_negative),
    "currency": v.currency,
    "lead_time_days": v.whole_number(0, 3650),
    "active": flag,
}
SPEC = EntitySpec("products", PRODUCT_FIELDS, PRODUCT_REQUIRED, PRODUCT_SYNONYMS, PARSERS)


def import_products(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    actor: str = "import",
    *,
    header_row: int | None = None,
) -> RegisterImportSummary:
    """Import products from a CSV or .xlsx file, matched by SKU, all or nothing.

    Raises ``TabularError`` (unreadable file), ``ImportRejected`` (every problem by line
    and column; nothing written), ``ImportConflict`` or whatever ``progress`` raises
    (``ImportCancelled``) — in every case nothing is written.
    """
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, ("sku",))
    duplicates(data, "sku", "SKU")
    with session_transaction(db, data.name) as session:
        skus = sorted({row.values["sku"] for row in data.rows if row.values.get("sku")})
        current: dict[str, Product] = {}
        for chunk in chunked(skus):
            current.update(
                (p.sku, p) for p in session.scalars(select(Product).where(Product.sku.in_(chunk)))
            )
        for row in data.rows:
            sku = row.values.get("sku")
            if sku and sku not in current:
                for name in NEEDED_FOR_NEW:
                    header = data.columns.header(name)
                    if header is None or row.values.get(name, "bad") is None:
                        message = Sentence.of(
                            QT_TRANSLATE_NOOP("messages", "%1 is required for a new product"),
                            field_word(name),
                        )
                        data.problem(row, name if header else None, message)
        data.problems.reject_if_any(data.name)
        created: list[str] = []
        updated = unchanged = 0
        for done, row in enumerate(data.rows, start=1):
            found = {k: val for k, val in row.values.items() if k != "sku" and val is not None}
            product = current.get(row.values["sku"])
            if product is None:
                label = f"{found['pack_size'].normalize():f} {found['unit']}"
                values = DEFAULTS | {"pack_label": label} | found
                product = Product(sku=row.values["sku"], **values)
                session.add(product)
                session.flush()
                audit_created(session, actor, ENTITY, product.id, product.sku, data.name)
                created.append(product.sku)
            elif audited_update(session, actor, ENTITY, product, found):
                updated += 1
            else:
                unchanged += 1
            data.progress.written(done)
        session.flush()
    return RegisterImportSummary(
        entity="products",
        rows=len(data.rows),
        created=len(created),
        updated=updated,
        unchanged=unchanged,
        encoding=data.table.encoding,
        delimiter=data.table.delimiter,
        ignored_columns=data.columns.ignored,
        keys_created=tuple(created),
    )


def export_products(
    db: Database, path: str | Path, fmt: str = "csv", progress: ProgressCallback | None = None
) -> Any:
    """Write every product that is not archived, by SKU, in the import's columns."""
    with db.session() as session:
        products = session.scalars(
            select(Product).where(Product.archived_at.is_(None)).order_by(Product.sku)
        ).all()
        rows = [[getattr(p, name) for name in PRODUCT_FIELDS] for p in products]
    return export_table(path, fmt, PRODUCT_FIELDS, rows, "Products", progress)
