"""A customer's price list: its effective price for every active product on a day.

Each row is priced by the engine like a quote, in the account's currency, for 1 pack and
at each quantity break that applies to that account and product on that day (a policy's
``min_quantity``, in whole packs: a 100 L break on 4 L packs is "from 25"). The list's
break columns are the union of the rows' breaks (at most ``MAX_BREAK_COLUMNS``, the
smallest; a column that changes no price is dropped); a row shows a break price only where
its price changes, so an empty cell means "the price to its left still applies". "Valid
until" is the earliest end of the policies behind the row's prices (``None``: open-ended,
or the list price). The price per L or kg is the pack price ÷ pack size, rounded to the
currency, for comparison only.

A break price above the price to its left (a bigger quantity dearer than a smaller one:
an account's "from 50" contract above its channel's price, "most specific wins") is not
printed silently: the row marks it (``dearer``) for the list's footnote, and
``PriceListContent.inversions`` names the policies for the manager (``check-register``
reports the same).
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from acct_desktop.domain.money import round_money
from acct_desktop.domain.pricing import PriceInversion, PriceStep
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.price_book import AccountFacts, PriceBook, PricingError, ProductFacts
from acct_desktop.services.price_rules import PACK
from acct_desktop.services.pricing import PriceAsk, PriceQuote, quote
from acct_desktop.store.database import Database
from acct_desktop.store.models import Product

MAX_BREAK_COLUMNS = 4
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class PriceListRow:
    sku: str
    name: str
    category: str
    pack_label: str
    content_unit: str  # L, kg
    price: Decimal  # per pack, from 1 pack
    unit_price: Decimal | None  # per content unit (L, kg)
    breaks: tuple[Decimal | None, ...]  # per PriceListContent.break_quantities
    valid_to: date | None
    dearer: tuple[bool, ...] = ()  # per break: above the price to its left
    inversions: tuple[PriceInversion, ...] = ()  # the policies behind each step up


@dataclass(frozen=True, slots=True)
class PriceListContent:
    """What the printed price list shows; rows are grouped by category (in category order)."""

    account_code: str
    account_name: str
    language: str
    currency: str
    on: date
    break_quantities: tuple[Decimal, ...]
    rows: tuple[PriceListRow, ...]

    @property
    def inversions(self) -> tuple[tuple[str, PriceInversion], ...]:
        """(SKU, step up) for every price above the one for a smaller quantity."""
        return tuple((row.sku, inv) for row in self.rows for inv in row.inversions)


def natural_key(text: str) -> tuple[tuple[int, str | int], ...]:
    """Sort key that orders embedded numbers by value: ``X-4L`` before ``X-208L``."""
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part.lower())
        for part in re.split(r"(\d+)", text)
        if part
    )


def break_quantities(
    book: PriceBook, account: AccountFacts, product: ProductFacts, on: date
) -> list[Decimal]:
    """Whole-pack quantities above 1 at which an active policy for this account and product
    starts on ``on`` (policies in another currency than the account's are left out)."""
    found: set[Decimal] = set()
    for rule in book.rules_for(account, product, PACK):
        if not rule.active or not rule.in_window(on) or rule.unit != PACK:
            continue
        if rule.currency is not None and rule.currency.upper() != account.currency.upper():
            continue
        packs = Decimal(math.ceil(rule.min_quantity))
        if packs > ONE:
            found.add(packs)
    return sorted(found)


class PriceListService:
    """Builds :class:`PriceListContent` for an account from one snapshot of the register."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def build(
        self,
        account_id: uuid.UUID,
        on: date,
        progress: Callable[[int, int], None] | None = None,
    ) -> PriceListContent:
        """The price list of ``account_id`` on ``on``; :class:`PricingError` when it cannot
        be priced (e.g. no exchange rate into the account's currency). ``progress(done,
        total)`` hears each product priced (it may raise to stop)."""
        with self._db.session() as session:
            book = PriceBook.load(session, {account_id}, None)
        account = book.account(account_id)
        products = sorted(
            (p for p in book.products.values() if p.active),
            key=lambda p: (p.category, natural_key(p.sku)),
        )
        breaks = {p.id: break_quantities(book, account, p, on) for p in products}
        columns = sorted({q for qs in breaks.values() for q in qs})[:MAX_BREAK_COLUMNS]
        rows: list[PriceListRow] = []
        for p in products:
            rows.append(_row(book, account, p, on, breaks[p.id], columns))
            if progress is not None:
                progress(len(rows), len(products))
        keep = [i for i in range(len(columns)) if any(r.breaks[i] is not None for r in rows)]
        rows = [
            replace(
                r, breaks=tuple(r.breaks[i] for i in keep), dearer=tuple(r.dearer[i] for i in keep)
            )
            for r in rows
        ]
        columns = [columns[i] for i in keep]  # a break that changes no price is no column
        return PriceListContent(
            account_code=account.code,
            account_name=account.name,
            language=account.language,
            currency=account.currency.upper(),
            on=on,
            break_quantities=tuple(columns),
            rows=tuple(rows),
        )

    def has_products(self) -> bool:
        """Whether any product is active (asked before pricing: no product, no list)."""
        with self._db.session() as session:
            return (
                session.scalar(
                    select(Product.id)
                    .where(Product.active.is_(True), Product.archived_at.is_(None))
                    .limit(1)
                )
                is not None
            )

    def account_id(self, account_code: str) -> uuid.UUID:
        """The id of ``account_code``; :class:`PricingError` when no account has it."""
        with self._db.session() as session:
            found = account_of(session, account_code)
        if found is None:
            raise PricingError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "No account has the code %1."), account_code
                )
            )
        return found


def _row(
    book: PriceBook,
    account: AccountFacts,
    product: ProductFacts,
    on: date,
    own_breaks: list[Decimal],
    columns: list[Decimal],
) -> PriceListRow:
    def at(quantity: Decimal) -> PriceQuote:
        return quote(book, PriceAsk(account.id, product.id, quantity, PACK, on))

    base = at(ONE)
    shown: list[Decimal | None] = []
    dearer: list[bool] = []
    inversions: list[PriceInversion] = []
    ends = [base.valid_to]
    previous = PriceStep(Decimal(0), base.price, base.policy)
    for column in columns:
        priced = at(column) if any(q <= column for q in own_breaks) else None
        if priced is not None and priced.price != previous.price:
            shown.append(priced.price)
            ends.append(priced.valid_to)
            step = PriceStep(column, priced.price, priced.policy)
            dearer.append(step.price > previous.price)
            if dearer[-1]:
                inversions.append(PriceInversion(previous, step))
            previous = step
        else:
            shown.append(None)
            dearer.append(False)
    unit_price = None
    if product.pack_size > 0:
        unit_price = round_money(base.price / product.pack_size, base.currency)
    return PriceListRow(
        sku=product.sku,
        name=product.name,
        category=product.category,
        pack_label=product.pack_label,
        content_unit=product.unit,
        price=base.price,
        unit_price=unit_price,
        breaks=tuple(shown),
        valid_to=min((d for d in ends if d is not None), default=None),
        dearer=tuple(dearer),
        inversions=tuple(inversions),
    )
