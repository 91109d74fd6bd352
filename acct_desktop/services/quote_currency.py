"""What changing a quote's currency does to its policy prices, asked before the change.

A policy agreed in one currency (a contract price of 953.856 VND) does not price a quote in
another: the pricing engine skips it and the list price, or another policy, takes over. The
builder does not convert such a price — the customer agreed to it in its own currency — but
names each line that would lose it, so the manager decides before the quote changes (and
can undo the change afterwards).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.price_book import PricingError
from acct_desktop.services.pricing import PriceAsk, PricingService
from acct_desktop.services.quote_edit_rules import QuoteEditRejected, header_problems
from acct_desktop.store.models import PricePolicy, Product, Quote


def contract_prices_lost(
    session: Session, pricing: PricingService, quote: Quote, currency: str
) -> list[str]:
    """A sentence per line of ``quote`` whose policy would no longer price it in
    ``currency``; QuoteEditRejected with the problem under the currency field when the
    change is impossible (not a currency code, no exchange rate)."""
    problems = header_problems(session, quote, {"currency": currency})
    if problems:
        raise QuoteEditRejected(problems["currency"], problems)
    code = currency.strip().upper()
    lines = list(quote.lines)
    if code == quote.currency.upper() or not lines:
        return []
    asks = [
        PriceAsk(quote.account_id, ln.product_id, ln.quantity, ln.unit, quote.quote_date, code)
        for ln in lines
    ]
    try:
        priced = pricing.price_many(asks)
    except PricingError as exc:
        raise QuoteEditRejected(exc.args[0], {"currency": exc.args[0]}) from None
    ids = {ln.policy_id for ln in lines if ln.policy_id}
    policies = {
        pid: (policy_code, policy_currency)
        for pid, policy_code, policy_currency in session.execute(
            select(PricePolicy.id, PricePolicy.code, PricePolicy.currency).where(
                PricePolicy.id.in_(ids)
            )
        )
    }
    skus = dict(
        session.execute(
            select(Product.id, Product.sku).where(Product.id.in_({ln.product_id for ln in lines}))
        ).all()
    )
    lost: list[str] = []
    for line, price in zip(lines, priced, strict=True):
        was, was_currency = policies.get(line.policy_id, (None, None))
        # a policy without a currency (percentages only) prices in any; one in another
        # currency is what the line loses (a better policy taking over is no loss)
        if was is None or not was_currency or was_currency.upper() == code:
            continue
        if price.policy == was:
            continue
        lost.append(
            _lost_price(
                line.position, skus[line.product_id], was, was_currency.upper(), code, price.policy
            )
        )
    return lost


def _lost_price(
    position: int, sku: str, was: str, was_currency: str, currency: str, now: str | None
) -> str:
    """Line 3 (A-021-4L) loses policy PP-00036's price in ``currency``: it is in VND."""
    if now is None:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "Line %1 (%2): policy %3 is in %4, so in %5 the list price stands."
            ),
            position,
            sku,
            was,
            was_currency,
            currency,
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages", "Line %1 (%2): policy %3 is in %4, so in %5 policy %6 prices it."
        ),
        position,
        sku,
        was,
        was_currency,
        currency,
        now,
    )
