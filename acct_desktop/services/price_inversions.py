"""Where the register prices a bigger quantity above a smaller one, account by account.

"The most specific policy wins" (``domain.pricing``) can make an account's "from 50"
contract price dearer than the channel price it gets for 49: a customer then pays more for
ordering more. Nothing in the register is wrong on its own, so :func:`register_inversions`
prices each account and product at every quantity break that can apply to it
(``domain.pricing.price_steps``) and reports each step up, naming both policies.

Accounts that see exactly the same policies (the same channel and territories, no
account policy of their own) price alike, so each such group is priced once and reported
under its first account code. The accounts are grouped before any product is looked at,
and a group's products are those a breaking policy of the group covers; the register
check loads one account of each kind (``services.price_customers``), not all of them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from acct_desktop.domain.money import minor_unit
from acct_desktop.domain.pricing import (
    PriceInversion,
    RuleLoopError,
    RuleProblem,
    price_inversions,
    price_steps,
)
from acct_desktop.domain.pricing_rules import PriceRule, ProblemKind
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.price_book import AccountFacts, PriceBook, PricingError, ProductFacts
from acct_desktop.services.price_rules import PACK

LIST_PRICE = QT_TRANSLATE_NOOP("messages", "list price")
ONE = Decimal(1)


def inversion_sentence(
    account_code: str, sku: str, currency: str, inversion: PriceInversion
) -> Sentence:
    """``NL000174 · PEO-001-1L: 9.02 EUR from 50 on (PP-00054) is more than 8.82 EUR below
    50 (PP-00031): a bigger order pays more per unit``."""
    places = minor_unit(currency)
    low, high = inversion.lower, inversion.higher
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "%1 · %2: %4 %5 from %3 on (%6) is more than %7 %5 below %3 (%8): "
            "a bigger order pays more per unit",
        ),
        account_code,
        sku,
        figure(high.quantity.normalize()),
        figure(high.price, places),
        currency,
        high.rule or Sentence.of(LIST_PRICE),
        figure(low.price, places),
        low.rule or Sentence.of(LIST_PRICE),
    )


def _covered(
    rules: list[PriceRule], products: list[tuple[str, ProductFacts]]
) -> list[ProductFacts]:
    """The products (``(id as text, product)``, kept in order) whose product side one of
    ``rules`` covers: named by id, or in the rule's category, or any for neither."""
    ids = {rule.product_id for rule in rules if rule.product_id is not None}
    categories = {rule.category for rule in rules if rule.product_id is None}
    if None in categories:
        return [p for _key, p in products]
    return [p for key, p in products if p.category in categories or key in ids]


def register_inversions(book: PriceBook, on: date) -> list[RuleProblem]:
    """Every account and product of ``book`` whose unit price goes up at a quantity break
    on ``on``, as ``price_inversion`` problems naming the policy above and the one below.

    Accounts are grouped first (same policies, same currency: the first by code stands for
    the group), then each group's products that a breaking policy covers are priced; the
    problems come by account code, then SKU."""
    breaking = [e.rule for e in book.entries.values() if e.rule.active and e.rule.min_quantity > 0]
    if not breaking:
        return []
    active = sorted((p for p in book.products.values() if p.active), key=lambda p: p.sku)
    products = [(str(p.id), p) for p in active]
    firsts: dict[tuple[frozenset[str], str], AccountFacts] = {}
    for account in sorted(book.accounts.values(), key=lambda a: a.code):
        firsts.setdefault(
            (frozenset(book.policy_codes(account)), account.currency.upper()), account
        )
    problems: list[RuleProblem] = []
    for (codes, _currency), account in firsts.items():
        rules = [rule for rule in breaking if rule.id in codes]
        for product in _covered(rules, products) if rules else ():
            problems += _inversions(book, account, product, on)
    return problems


def _inversions(
    book: PriceBook, account: AccountFacts, product: ProductFacts, on: date
) -> list[RuleProblem]:
    currency = account.currency.upper()
    try:
        request = book.request(account, product, ONE, PACK, on, currency)
        steps = price_steps(request, book.rules_for(account, product, PACK))
    except (PricingError, RuleLoopError):
        return []  # no exchange rate, or a loop: check_rules reports the loop itself
    return [
        RuleProblem(
            ProblemKind.PRICE_INVERSION,
            tuple(r for r in (inversion.higher.rule, inversion.lower.rule) if r),
            inversion_sentence(account.code, product.sku, currency, inversion),
        )
        for inversion in price_inversions(steps)
    ]
