"""What pricing reads from the database, loaded once: accounts with their parents, territories,
products, the policy register and exchange rates. One :class:`PriceBook` prices one request
or thousands without going back to the database.

The customer side of a request: the account, then its parents nearest first; its channel;
its territory (the nearest parent's when it has none), then the territory's parents.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.pricing_rules import PriceRequest, PriceRule, unit_factor
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.price_facts import (
    AccountFacts,
    ExchangeRates,
    PricingError,
    ProductFacts,
    canonical_unit,
    load_accounts,
    load_products,
)
from acct_desktop.services.price_rules import PACK, RegisterEntry, in_request_unit, load_register
from acct_desktop.store.models import PricePolicy, Territory

__all__ = ["AccountFacts", "PriceBook", "PricingError", "ProductFacts", "canonical_unit"]

FILTER_LIMIT = 500  # above this many accounts the whole register is loaded


class PriceBook:
    """A snapshot for pricing; build it with :meth:`load`."""

    def __init__(
        self,
        accounts: Iterable[AccountFacts],
        territory_parents: dict[uuid.UUID, uuid.UUID | None],
        products: Iterable[ProductFacts],
        entries: Iterable[RegisterEntry],
        rates: ExchangeRates,
    ) -> None:
        self.accounts = {a.id: a for a in accounts}
        self.products = {p.id: p for p in products}
        self._territory_parents = territory_parents
        self.entries: dict[str, RegisterEntry] = {}
        self._by_customer: dict[tuple[PolicyScope, str | None], list[RegisterEntry]] = defaultdict(
            list
        )
        self.rates = rates
        self._converted: dict[tuple[str, uuid.UUID, str], PriceRule] = {}
        self._ancestry: dict[uuid.UUID, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._customer_cache: dict[uuid.UUID, list[RegisterEntry]] = {}
        self._product_keys: dict[uuid.UUID, str] = {}
        self._territory_chains: dict[uuid.UUID, tuple[str, ...]] = {}
        self._add(entries)

    @classmethod
    def load(
        cls,
        session: Session,
        account_ids: Collection[uuid.UUID] | None = None,
        product_ids: Collection[uuid.UUID] | None = None,
        register: list[RegisterEntry] | None = None,
    ) -> PriceBook:
        """Load what pricing these accounts and products needs (everything for ``None``);
        ``register``: the whole register (``load_register``), when the caller has read it."""
        accounts = load_accounts(session, account_ids)
        parents = dict(session.execute(select(Territory.id, Territory.parent_id)).all())
        products = load_products(session, product_ids)
        book = cls(accounts, parents, products, (), ExchangeRates.load(session))
        if register is not None:
            book._add(register)
            return book
        small = account_ids is not None and len(accounts) <= FILTER_LIMIT
        entries = load_register(session, book._relevant() if small else None)
        known = {e.code for e in entries}
        missing = {e.rule.base_rule_id for e in entries if e.rule.base_rule_id} - known
        while missing:  # the base policies of chained policies, whatever their scope
            more = load_register(session, PricePolicy.code.in_(missing))
            entries += more
            known |= {e.code for e in more}
            missing = {e.rule.base_rule_id for e in more if e.rule.base_rule_id} - known
        book._add(entries)
        return book

    def _relevant(self) -> ColumnElement[bool]:
        """Policies whose customer side can match the loaded accounts."""
        ids = list(self.accounts)
        territories = {t for a in self.accounts.values() for t in self._territories_of(a)}
        channels = {a.channel for a in self.accounts.values()}
        return or_(
            PricePolicy.scope == PolicyScope.GLOBAL,
            and_(PricePolicy.scope == PolicyScope.ACCOUNT, PricePolicy.account_id.in_(ids)),
            and_(PricePolicy.scope == PolicyScope.CHANNEL, PricePolicy.channel.in_(channels)),
            and_(
                PricePolicy.scope == PolicyScope.TERRITORY,
                PricePolicy.territory_id.in_([uuid.UUID(t) for t in territories]),
            ),
        )

    def _add(self, entries: Iterable[RegisterEntry]) -> None:
        self._customer_cache.clear()
        self._converted.clear()
        for entry in entries:
            rule = entry.rule
            self.entries[entry.code] = entry
            ref = None if rule.scope is PolicyScope.GLOBAL else rule.scope_ref
            self._by_customer[(rule.scope, ref)].append(entry)

    def with_entries(self, entries: Iterable[RegisterEntry]) -> PriceBook:
        """This book with another register (a what-if; entries in any order)."""
        return PriceBook(
            self.accounts.values(),
            self._territory_parents,
            self.products.values(),
            entries,
            self.rates,
        )

    # -- lookups ---------------------------------------------------------------------------
    def account(self, account_id: uuid.UUID) -> AccountFacts:
        """The account, or :class:`PricingError` when it is not in the book."""
        try:
            return self.accounts[account_id]
        except KeyError:
            raise PricingError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "No account has the id %1."), account_id)
            ) from None

    def product(self, product_id: uuid.UUID) -> ProductFacts:
        """The product, or :class:`PricingError` when it is not in the book."""
        try:
            return self.products[product_id]
        except KeyError:
            raise PricingError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "No product has the id %1."), product_id)
            ) from None

    def _territories_of(self, account: AccountFacts) -> tuple[str, ...]:
        current: AccountFacts | None = account
        seen: set[uuid.UUID] = set()
        while current is not None and current.territory_id is None and current.id not in seen:
            seen.add(current.id)
            current = self.accounts.get(current.parent_id) if current.parent_id else None
        start = current.territory_id if current else None
        if start is None:
            return ()
        chain = self._territory_chains.get(start)
        if chain is None:
            names: list[str] = []
            territory: uuid.UUID | None = start
            while territory is not None and str(territory) not in names:
                names.append(str(territory))
                territory = self._territory_parents.get(territory)
            chain = self._territory_chains[start] = tuple(names)
        return chain

    def ancestry(self, account: AccountFacts) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(account and its parents, nearest first; its territories, nearest first)."""
        cached = self._ancestry.get(account.id)
        if cached is None:
            chain: list[str] = []
            current: AccountFacts | None = account
            while current is not None and str(current.id) not in chain:
                chain.append(str(current.id))
                current = self.accounts.get(current.parent_id) if current.parent_id else None
            cached = (tuple(chain), self._territories_of(account))
            self._ancestry[account.id] = cached
        return cached

    # -- requests --------------------------------------------------------------------------
    def request(
        self,
        account: AccountFacts,
        product: ProductFacts,
        quantity: Decimal,
        unit: str,
        on: date,
        currency: str,
    ) -> PriceRequest:
        """The engine's request: list price and cost per ``unit`` in ``currency``, unrounded."""
        per_unit = self.packs_per_unit(product, unit)
        rate = self.rates.rate(product.currency, currency, on)
        accounts, territories = self.ancestry(account)
        return PriceRequest(
            account_id=accounts[0],
            account_ancestry=accounts,
            channel=account.channel,
            territory_ancestry=territories,
            product_id=self._product_key(product),
            category=product.category,
            quantity=quantity,
            unit=unit,
            on=on,
            currency=currency,
            list_price=product.list_price * per_unit * rate,
            cost=product.cost * per_unit * rate,
        )

    @staticmethod
    def packs_per_unit(product: ProductFacts, unit: str) -> Decimal:
        """How many packs one ``unit`` is (1 for packs, 1/4 for a litre of a 4 L pack)."""
        if unit == PACK:
            return Decimal(1)
        content = unit_factor(unit, product.unit)
        if content is None or product.pack_size <= 0:
            raise PricingError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 is sold in packs of %2; it cannot be priced per %3."
                    ),
                    product.sku,
                    product.pack_label,
                    unit,
                )
            )
        return content / product.pack_size

    @staticmethod
    def units_per_pack(product: ProductFacts, unit: str) -> Decimal:
        """How many ``unit`` one pack holds (4 for litres of a 4 L pack), exactly."""
        if unit == PACK:
            return Decimal(1)
        content = unit_factor(unit, product.unit)
        if content is None or product.pack_size <= 0:
            return Decimal(1) / PriceBook.packs_per_unit(product, unit)  # says why not
        return product.pack_size / content

    def rules_for(self, account: AccountFacts, product: ProductFacts, unit: str) -> list[PriceRule]:
        """The rules that can apply to this account and product (and the base rules they
        chain to), each expressed per ``unit`` of this product."""
        chosen: dict[str, RegisterEntry] = {}
        product_id = self._product_key(product)
        for entry in self._customer_entries(account):
            rule = entry.rule
            if rule.product_id is not None:
                if rule.product_id != product_id:
                    continue
            elif rule.category is not None and rule.category != product.category:
                continue
            chosen[entry.code] = entry
        pending = [e.rule.base_rule_id for e in chosen.values() if e.rule.base_rule_id]
        while pending:
            code = pending.pop()
            if code not in chosen and code in self.entries:
                chosen[code] = self.entries[code]
                if chosen[code].rule.base_rule_id:
                    pending.append(chosen[code].rule.base_rule_id)  # type: ignore[arg-type]
        return [self._converted_rule(e.rule, product, unit) for e in chosen.values()]

    def policy_codes(self, account: AccountFacts) -> list[str]:
        """The codes of the policies whose customer side covers ``account`` (any product)."""
        return [entry.code for entry in self._customer_entries(account)]

    def _customer_entries(self, account: AccountFacts) -> list[RegisterEntry]:
        """Entries whose customer side matches ``account`` (any product), cached."""
        found = self._customer_cache.get(account.id)
        if found is None:
            accounts, territories = self.ancestry(account)
            keys = [(PolicyScope.ACCOUNT, a) for a in accounts]
            keys += [(PolicyScope.CHANNEL, account.channel)]
            keys += [(PolicyScope.TERRITORY, t) for t in territories]
            keys += [(PolicyScope.GLOBAL, None)]
            found = [e for key in keys for e in self._by_customer.get(key, ())]
            self._customer_cache[account.id] = found
        return found

    def _product_key(self, product: ProductFacts) -> str:
        key = self._product_keys.get(product.id)
        if key is None:
            key = self._product_keys[product.id] = str(product.id)
        return key

    def _converted_rule(self, rule: PriceRule, product: ProductFacts, unit: str) -> PriceRule:
        key = (rule.id, product.id, unit)
        converted = self._converted.get(key)
        if converted is None:
            converted = in_request_unit(rule, unit, product.unit, product.pack_size)
            self._converted[key] = converted
        return converted
