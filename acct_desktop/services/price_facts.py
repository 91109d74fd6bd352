"""The facts pricing reads besides the register: accounts, products and exchange rates,
with the units a request may be asked in."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.languages import document_language
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.price_rules import PACK
from acct_desktop.store.models import Account, ExchangeRate, Product

CHUNK = 500  # ids per IN (...) list
_UNITS = {"pack": PACK, "packs": PACK, "carton": PACK, "cartons": PACK, "ctn": PACK}
_UNITS |= {"case": PACK, "cases": PACK, "l": "L", "litre": "L", "liter": "L", "litres": "L"}
_UNITS |= {"ml": "mL", "kg": "kg", "g": "g", "t": "t"}


class PricingError(ValueError):
    """A request cannot be priced; the message is a sentence for the user."""


def canonical_unit(text: str) -> str:
    """``pack`` (also carton, case), ``L``, ``mL``, ``kg``, ``g`` or ``t`` for what was typed."""
    unit = _UNITS.get(text.strip().lower())
    if unit is None:
        raise PricingError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Unknown unit %1: use pack, L, mL, kg, g or t."),
                repr(text),
            )
        )
    return unit


@dataclass(frozen=True, slots=True)
class AccountFacts:
    id: uuid.UUID
    code: str
    name: str
    parent_id: uuid.UUID | None
    channel: str
    territory_id: uuid.UUID | None
    currency: str
    language: str  # the customer's document language


@dataclass(frozen=True, slots=True)
class ProductFacts:
    id: uuid.UUID
    sku: str
    name: str
    category: str
    unit: str  # the content unit of a pack: L, kg
    pack_size: Decimal
    pack_label: str
    list_price: Decimal  # per pack, in ``currency``
    cost: Decimal
    currency: str
    active: bool


def _chunks(ids: Iterable[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    batch = list(ids)
    for start in range(0, len(batch), CHUNK):
        yield batch[start : start + CHUNK]


_ACCOUNT_COLUMNS = (
    Account.id,
    Account.code,
    Account.name,
    Account.parent_id,
    Account.channel,
    Account.territory_id,
    Account.currency,
    Account.document_language,
    Account.country_code,
)


def _account(row: Any) -> AccountFacts:
    language = document_language(row.document_language, row.country_code, row.currency)
    return AccountFacts(
        row.id,
        row.code,
        row.name,
        row.parent_id,
        str(row.channel.value),
        row.territory_id,
        row.currency,
        language,
    )


def _product(p: Product) -> ProductFacts:
    return ProductFacts(
        p.id,
        p.sku,
        p.name,
        p.category,
        p.unit,
        p.pack_size,
        p.pack_label,
        p.list_price,
        p.cost,
        p.currency,
        p.active and p.archived_at is None,
    )


def load_accounts(session: Session, ids: Collection[uuid.UUID] | None) -> list[AccountFacts]:
    """The accounts ``ids`` and all their parents (every account for ``None``)."""
    query = select(*_ACCOUNT_COLUMNS)
    if ids is None:
        return [_account(row) for row in session.execute(query)]
    found: dict[uuid.UUID, AccountFacts] = {}
    wanted = set(ids)
    while wanted:
        for batch in _chunks(wanted):
            for row in session.execute(query.where(Account.id.in_(batch))):
                found[row.id] = _account(row)
        wanted = {a.parent_id for a in found.values() if a.parent_id} - found.keys()
    return list(found.values())


def load_products(session: Session, ids: Collection[uuid.UUID] | None) -> list[ProductFacts]:
    """The products ``ids`` (every product for ``None``)."""
    if ids is None:
        return [_product(p) for p in session.scalars(select(Product))]
    rows: list[ProductFacts] = []
    for batch in _chunks(set(ids)):
        rows += [_product(p) for p in session.scalars(select(Product).where(Product.id.in_(batch)))]
    return rows


class ExchangeRates:
    """The exchange-rate table: ``(base, currency, valid_from, rate)`` rows, a rate being how
    many ``currency`` one ``base`` buys from ``valid_from`` on."""

    def __init__(self, rows: Iterable[tuple[str, str, date, Decimal]]) -> None:
        self._rates: dict[tuple[str, str], list[tuple[date, Decimal]]] = defaultdict(list)
        for base, currency, valid_from, rate in sorted(rows):
            self._rates[(base.upper(), currency.upper())].append((valid_from, rate))

    @classmethod
    def load(cls, session: Session) -> ExchangeRates:
        """Every rate in the database."""
        columns = (
            ExchangeRate.base_currency,
            ExchangeRate.currency,
            ExchangeRate.valid_from,
            ExchangeRate.rate,
        )
        return cls(session.execute(select(*columns)).all())

    def rate(self, source: str, target: str, on: date) -> Decimal:
        """Units of ``target`` one unit of ``source`` buys on ``on`` (direct, inverse, or
        across a shared base currency); :class:`PricingError` when no rate is known."""
        source, target = source.upper(), target.upper()
        if source == target:
            return Decimal(1)
        direct = self._rate_on(source, target, on)
        if direct is not None:
            return direct
        inverse = self._rate_on(target, source, on)
        if inverse is not None:
            return 1 / inverse
        for base in sorted({b for b, currency in self._rates if currency == source}):
            to_source, to_target = self._rate_on(base, source, on), self._rate_on(base, target, on)
            if to_source is not None and to_target is not None:
                return to_target / to_source
        raise PricingError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No exchange rate from %1 to %2 is valid on %3; "
                    "enter one before pricing in %2.",
                ),
                source,
                target,
                on.isoformat(),
            )
        )

    def _rate_on(self, base: str, currency: str, on: date) -> Decimal | None:
        valid = [rate for day, rate in self._rates.get((base, currency), ()) if day <= on]
        return valid[-1] if valid else None
