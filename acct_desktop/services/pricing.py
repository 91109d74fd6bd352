"""Pricing use cases: an account's price for a product, with the breakdown that explains it.

The engine (:mod:`acct_desktop.domain.pricing`) does the rule maths; this module feeds it
from the database. Per request:

* the currency is the account's unless one is asked for; the product's list price and cost
  (per pack, in the product's currency) are converted with the exchange rate valid on the
  day, per requested unit (a litre of a 4 L pack is a quarter pack), and **not rounded**;
* every policy that can apply (see :mod:`acct_desktop.services.price_rules`) is expressed
  per requested unit, across pack ↔ content unit, so the price is rounded once, to the
  currency's minor unit, in the unit asked for; a total in litres (kg) is the quantity ×
  the pack's price ÷ the pack size, rounded once at the total, so whole packs cost the same
  typed in packs or in litres;
* the breakdown names each policy considered by its code and says why it fired or not;
  "inactive" is replaced by the policy's status (draft, pending approval, expired …).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from acct_desktop.domain.money import round_money
from acct_desktop.domain.pricing import (
    Flag,
    Guards,
    Outcome,
    PriceResult,
    RuleLoopError,
    RuleProblem,
    check_rules,
    guards_for,
    resolve_price,
)
from acct_desktop.domain.pricing_rules import HUNDRED, ProblemKind, content_total
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.price_book import PriceBook, PricingError, canonical_unit
from acct_desktop.services.price_customers import first_of_each_kind
from acct_desktop.services.price_inversions import register_inversions
from acct_desktop.services.price_rules import PACK, load_register
from acct_desktop.store.database import Database
from acct_desktop.store.models import Product

__all__ = ["BreakdownLine", "PriceAsk", "PriceQuote", "PricingError", "PricingService"]

PERCENT_PLACES = Decimal("0.01")
_STATUS_REASON = {
    "draft": QT_TRANSLATE_NOOP("messages", "draft, not active"),
    "pending_approval": QT_TRANSLATE_NOOP("messages", "pending approval, not active"),
    "expired": QT_TRANSLATE_NOOP("messages", "expired"),
    "terminated": QT_TRANSLATE_NOOP("messages", "terminated"),
}
GUARD_ONLY = QT_TRANSLATE_NOOP(
    "messages", "fired: the list price stands, with this policy's guard rails"
)


@dataclass(frozen=True, slots=True)
class PriceAsk:
    """One thing to price: ``quantity`` ``unit`` of a product for an account."""

    account_id: uuid.UUID
    product_id: uuid.UUID
    quantity: Decimal
    unit: str = "pack"
    on: date | None = None  # today when None
    currency: str | None = None  # the account's when None


@dataclass(frozen=True, slots=True)
class BreakdownLine:
    """One policy considered for a price: fired, outranked by another, or skipped (why)."""

    policy: str
    outcome: Outcome
    reason: str
    name: str


@dataclass(frozen=True, slots=True)
class PriceQuote:
    """A priced request. Money is in ``currency`` per ``unit``; ``list_price`` and ``cost``
    are rounded to the currency for display, the percentages come from the unrounded ones."""

    account_id: uuid.UUID
    account_code: str
    product_id: uuid.UUID
    sku: str
    product_name: str
    quantity: Decimal
    unit: str
    on: date
    currency: str
    result: PriceResult
    list_price: Decimal
    cost: Decimal
    margin_percent: Decimal | None  # over cost
    discount_percent: Decimal | None  # off list
    total: Decimal
    policy_name: str | None
    valid_to: date | None  # until when the fired policy is valid (None: open-ended)
    breakdown: tuple[BreakdownLine, ...]
    guards: Guards | None = None  # the guard rails a changed price is judged by (quotes)
    # asked in litres (kg): the price of a pack and how many units it holds (None in packs)
    pack_price: Decimal | None = None
    units_per_pack: Decimal | None = None

    @property
    def price(self) -> Decimal:
        return self.result.price

    @property
    def policy(self) -> str | None:
        """The code of the policy that fired (``None``: the list price stands)."""
        return self.result.rule

    @property
    def flags(self) -> tuple[Flag, ...]:
        return tuple(self.result.flags)


def _percent(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    if denominator <= 0:
        return None
    return (numerator / denominator * HUNDRED).quantize(PERCENT_PLACES, ROUND_HALF_UP)


def quote(book: PriceBook, ask: PriceAsk, today: date | None = None) -> PriceQuote:
    """Price ``ask`` from ``book``; :class:`PricingError` with a sentence when it cannot."""
    if ask.quantity <= 0:
        raise PricingError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "The quantity must be more than 0, not %1."),
                ask.quantity,
            )
        )
    account, product = book.account(ask.account_id), book.product(ask.product_id)
    unit = canonical_unit(ask.unit)
    on = ask.on or today or date.today()
    currency = (ask.currency or account.currency).upper()
    request = book.request(account, product, ask.quantity, unit, on, currency)
    rules = book.rules_for(account, product, unit)
    try:
        result = resolve_price(request, rules)
    except RuleLoopError as exc:
        raise PricingError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "The register has a loop of base policies: %1."), exc
            )
        ) from None
    breakdown = tuple(_line(book, c.rule, c.outcome, c.reason) for c in result.breakdown)
    fired = book.entries.get(result.rule) if result.rule else None
    total = round_money(result.price * ask.quantity, currency)
    pack_price = per_pack = None
    if unit != PACK:  # litres (kg): quantity × pack price ÷ pack size, one rounding
        per_pack = book.units_per_pack(product, unit)
        packs = book.request(account, product, ask.quantity / per_pack, PACK, on, currency)
        try:
            pack_price = resolve_price(packs, book.rules_for(account, product, PACK)).price
        except RuleLoopError:  # said by the request in its own unit, above
            pack_price = result.price * per_pack
        total = content_total(ask.quantity, pack_price, per_pack, currency)
    return PriceQuote(
        account_id=account.id,
        account_code=account.code,
        product_id=product.id,
        sku=product.sku,
        product_name=product.name,
        quantity=ask.quantity,
        unit=unit,
        on=on,
        currency=currency,
        result=result,
        list_price=round_money(request.list_price, currency),
        cost=round_money(request.cost, currency),
        margin_percent=_percent(result.price - request.cost, request.cost),
        discount_percent=_percent(request.list_price - result.price, request.list_price),
        total=total,
        policy_name=fired.name if fired else None,
        valid_to=fired.rule.valid_to if fired else None,
        breakdown=breakdown,
        guards=guards_for(request, rules),
        pack_price=pack_price,
        units_per_pack=per_pack,
    )


def _line(book: PriceBook, code: str, outcome: Outcome, reason: str) -> BreakdownLine:
    entry = book.entries.get(code)
    if entry is None:
        return BreakdownLine(code, outcome, reason, "")
    if reason == "inactive":
        reason = _STATUS_REASON.get(entry.status.value, entry.problem or entry.status.value)
    elif outcome is Outcome.FIRED and entry.guard_only:
        reason = GUARD_ONLY
    return BreakdownLine(code, outcome, reason, entry.name)


class PricingService:
    """Prices for accounts from the register; one database read per call."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def price(
        self,
        account_id: uuid.UUID,
        product_id: uuid.UUID,
        quantity: Decimal,
        unit: str = "pack",
        on: date | None = None,
        currency: str | None = None,
    ) -> PriceQuote:
        """The price of ``quantity`` ``unit`` of a product for an account on ``on`` (today),
        in ``currency`` (the account's). Raises :class:`PricingError` with a sentence for an
        unknown account or product, a unit the product is not sold in, or a missing rate."""
        ask = PriceAsk(account_id, product_id, quantity, unit, on, currency)
        return self.price_many([ask])[0]

    def price_many(self, asks: Sequence[PriceAsk] | Iterable[PriceAsk]) -> list[PriceQuote]:
        """Quotes for all ``asks``, in order, from one snapshot of the database."""
        asks = list(asks)
        book = self.book({a.account_id for a in asks}, {a.product_id for a in asks})
        today = date.today()
        return [quote(book, ask, today) for ask in asks]

    def book(
        self,
        account_ids: set[uuid.UUID] | None = None,
        product_ids: set[uuid.UUID] | None = None,
    ) -> PriceBook:
        """A snapshot for pricing these accounts and products (everything for ``None``)."""
        with self._db.session() as session:
            return PriceBook.load(session, account_ids, product_ids)

    def by_codes(self, account_code: str, sku: str) -> tuple[uuid.UUID, uuid.UUID]:
        """The ids of account ``account_code`` and product ``sku``; :class:`PricingError`
        naming whichever is unknown."""
        with self._db.session() as session:
            account_id = account_of(session, account_code)
            product_id = session.scalar(select(Product.id).where(Product.sku == sku))
        if account_id is None:
            raise PricingError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "No account has the code %1."), account_code
                )
            )
        if product_id is None:
            raise PricingError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "No product has the SKU %1."), sku)
            )
        return account_id, product_id

    def check_register(self, today: date) -> list[RuleProblem]:
        """The engine's checks over the register (overlaps, loops, policies that never fire,
        references to expired or missing policies), plus ACTIVE policies too incomplete to
        price, as "never fires", and every account and product a bigger quantity prices
        above a smaller one on ``today`` (``price_inversion``, both policies named).

        Only one account of each kind is read and priced (``price_customers``): the
        accounts that see the same policies in the same currency price alike."""
        with self._db.session() as session:
            entries = load_register(session)
            book = PriceBook.load(session, first_of_each_kind(session), register=entries)
        problems = check_rules((e.rule for e in entries), today)
        problems += register_inversions(book, today)
        for entry in entries:
            if entry.problem and entry.status.value == "active":
                text = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 never fires: %2"), entry.code, entry.problem
                )
                problems.append(RuleProblem(ProblemKind.NEVER_FIRES, (entry.code,), text))
        return problems
