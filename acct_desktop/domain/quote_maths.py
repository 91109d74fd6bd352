"""Quote arithmetic: one line's figures, the quote's totals, and where rounding happens.

Rounding happens at four documented points only, ``ROUND_HALF_UP`` to the currency's
minor unit (VND 0 decimals, EUR/CNY 2):

* R1 — net unit price = engine price × (1 − line discount % / 100)
* R2 — line amount = net unit price × quantity (and the cost amount = cost × quantity); a
  quantity in litres (kg) is quantity × net pack price ÷ pack size, the net pack price
  being the engine's pack price less the line discount, rounded (R1) — so whole packs cost
  the same typed in packs or in litres
* R3 — quote discount = subtotal × quote discount % / 100
* R4 — tax = (subtotal − quote discount) × tax rate % / 100

Every other figure is a sum or difference of rounded figures: subtotal = Σ line amounts,
net = subtotal − quote discount, gross = net + tax. So the printed totals are exactly the
sum of the printed lines, whatever the currency.

The guard rails (floor, minimum margin, discount band, approval threshold) judge the price
the customer really pays per unit: the net unit price after the quote-level discount too,
unrounded — a 30 % discount on the whole quote must not slip under a floor unnoticed.
Selling below cost is always flagged, even where no policy sets a margin line. The
percentages are *markups*, over cost, ``(price − cost) / cost × 100``, as the register's
minimum is (``margin_percent`` keeps its stored name); they are shown to the manager, called
markup in every language (成本加成率, opslag, tỷ lệ lợi nhuận trên giá vốn — not 毛利率, which
is on sales), and never printed. The gross profit amount is net − cost.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from acct_desktop.domain.money import round_money, unit_price_figure
from acct_desktop.domain.percentages import percent
from acct_desktop.domain.pricing_rules import (
    Flag,
    FlagKind,
    Guards,
    check_price,
    content_total,
    shown_price,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure

HUNDRED = Decimal(100)
ZERO = Decimal(0)
PERCENT_PLACES = Decimal("0.01")
MAX_PERCENT = HUNDRED
QUANTITY_PLACES = Decimal("0.001")  # a quantity is kept with three decimals
MAX_QUANTITY = Decimal(1_000_000)  # per line: far beyond any order, far within the columns


class QuoteFigureError(ValueError):
    """A figure of a quote line is impossible (negative quantity, discount over 100 %…)."""


def check_quantity(quantity: Decimal) -> Decimal:
    """``quantity`` as it is kept (half-up to three decimals); ``QuoteFigureError`` with a
    sentence when it is not a number, is 0 or less once rounded, or is over a million."""
    if not isinstance(quantity, Decimal) or not quantity.is_finite():
        raise QuoteFigureError(QT_TRANSLATE_NOOP("messages", "The quantity must be a number."))
    if quantity > MAX_QUANTITY:
        raise QuoteFigureError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A line holds at most %1; split larger orders."),
                figure(MAX_QUANTITY),
            )
        )
    if quantity <= 0:
        raise QuoteFigureError(QT_TRANSLATE_NOOP("messages", "The quantity must be more than 0."))
    kept = quantity.quantize(QUANTITY_PLACES, ROUND_HALF_UP)
    if kept <= 0:
        raise QuoteFigureError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "The quantity is kept with three decimals: at least %1."
                ),
                figure(QUANTITY_PLACES, 3, grouped=False),
            )
        )
    return kept


@dataclass(frozen=True, slots=True)
class LineInput:
    """What one line is made of. Prices are per ``unit`` in the quote's currency."""

    quantity: Decimal
    list_price: Decimal
    base_price: Decimal  # resolved by the pricing engine for this account, day and quantity
    discount_percent: Decimal  # the manager's line discount off the base price
    cost: Decimal
    guards: Guards | None = None
    # a quantity in litres (kg): the engine's price per pack and how many units it holds —
    # the amount is then quantity × net pack price ÷ pack size, rounded once (R2)
    pack_price: Decimal | None = None
    units_per_pack: Decimal | None = None

    def __post_init__(self) -> None:
        for name in ("quantity", "list_price", "base_price", "discount_percent", "cost"):
            if not isinstance(getattr(self, name), Decimal):
                raise TypeError(f"{name} must be Decimal")
        if self.quantity <= 0:
            raise QuoteFigureError(
                QT_TRANSLATE_NOOP("messages", "The quantity must be more than 0.")
            )
        check_percent("discount", self.discount_percent)
        if self.base_price < 0 or self.list_price < 0 or self.cost < 0:
            raise QuoteFigureError(
                QT_TRANSLATE_NOOP("messages", "Prices and costs cannot be negative.")
            )


@dataclass(frozen=True, slots=True)
class LineFigures:
    net_price: Decimal  # R1, per unit
    amount: Decimal  # R2
    cost_amount: Decimal  # R2
    effective_price: Decimal  # per unit after the quote discount, unrounded (guards judge it)
    margin_percent: Decimal | None  # over cost, after the quote discount; None when cost is 0
    flags: tuple[Flag, ...]

    @property
    def needs_approval(self) -> bool:
        return bool(self.flags)


@dataclass(frozen=True, slots=True)
class QuoteTotals:
    subtotal: Decimal
    discount_percent: Decimal
    discount_amount: Decimal  # R3
    net: Decimal
    tax_rate_percent: Decimal
    tax: Decimal  # R4
    gross: Decimal
    cost: Decimal  # Σ line cost amounts
    margin: Decimal  # net − cost
    margin_percent: Decimal | None  # over cost


# What check_percent says about each percentage: (not a number, out of range with %1 the
# value and %2 the most it can be, both percentages).
_PERCENT_SENTENCES = {
    "discount": (
        QT_TRANSLATE_NOOP("messages", "The discount must be a number."),
        QT_TRANSLATE_NOOP("messages", "The discount must be between 0 and %2, not %1."),
    ),
    "quote discount": (
        QT_TRANSLATE_NOOP("messages", "The quote discount must be a number."),
        QT_TRANSLATE_NOOP("messages", "The quote discount must be between 0 and %2, not %1."),
    ),
    "tax rate": (
        QT_TRANSLATE_NOOP("messages", "The tax rate must be a number."),
        QT_TRANSLATE_NOOP("messages", "The tax rate must be between 0 and %2, not %1."),
    ),
}


def check_percent(what: str, value: Decimal) -> None:
    """Refuse a percentage outside 0..100 with a sentence (``what``: "discount", "quote
    discount" or "tax rate")."""
    not_a_number, out_of_range = _PERCENT_SENTENCES[what]
    if not isinstance(value, Decimal) or not value.is_finite():
        raise QuoteFigureError(not_a_number)
    if value < 0 or value > MAX_PERCENT:
        raise QuoteFigureError(Sentence.of(out_of_range, percent(value), percent(MAX_PERCENT)))


def _off(amount: Decimal, percent: Decimal) -> Decimal:
    return amount * (HUNDRED - percent) / HUNDRED


def margin_percent(price: Decimal, cost: Decimal) -> Decimal | None:
    """Margin over cost in percent with two decimals; ``None`` when the cost is 0."""
    if cost <= 0:
        return None
    return ((price - cost) / cost * HUNDRED).quantize(PERCENT_PLACES, ROUND_HALF_UP)


def line_figures(line: LineInput, quote_discount_percent: Decimal, currency: str) -> LineFigures:
    """The figures of one line (R1, R2) and its guard-rail flags."""
    check_percent("quote discount", quote_discount_percent)
    net_price = round_money(_off(line.base_price, line.discount_percent), currency)
    amount = round_money(net_price * line.quantity, currency)
    if line.pack_price is not None and line.units_per_pack:  # whole packs cost packs' price
        net_pack = round_money(_off(line.pack_price, line.discount_percent), currency)
        amount = content_total(line.quantity, net_pack, line.units_per_pack, currency)
    cost_amount = round_money(line.cost * line.quantity, currency)
    effective = _off(net_price, quote_discount_percent)
    flags = check_price(
        effective,
        line.list_price,
        line.cost,
        line.guards,
        approved_price=line.base_price,
        currency=currency,
    )
    if line.cost > 0 and effective < line.cost and not flags:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "price %1 is below cost %2"),
            shown_price(effective, currency),
            shown_price(line.cost, currency),
        )
        flags = [Flag(FlagKind.BELOW_MARGIN, message)]
    return LineFigures(
        net_price=net_price,
        amount=amount,
        cost_amount=cost_amount,
        effective_price=effective,
        margin_percent=margin_percent(effective, line.cost),
        flags=tuple(flags),
    )


@dataclass(frozen=True, slots=True)
class PackBasis:
    """What a line in litres (kg) is priced from: the price of one pack before and after
    the line discount, and how many units it holds."""

    pack_price: Decimal  # before the line discount
    net_pack_price: Decimal  # after it (R1): the amount is quantity × this ÷ units_per_pack
    units_per_pack: Decimal


@dataclass(frozen=True, slots=True)
class ShownPrices:
    """A line's unit prices as a customer's document (and the builder, and the CLI) show
    them. ``basis`` is set when the shown net unit price is not exact, so the amount is
    reproduced from the pack price it names (quantity × net pack price ÷ pack size)."""

    unit_price: Decimal  # before the line discount
    net_price: Decimal  # after it
    basis: PackBasis | None = None


def shown_prices(
    base_price: Decimal,
    discount_percent: Decimal,
    net_price: Decimal,
    currency: str,
    pack_price: Decimal | None = None,
    units_per_pack: Decimal | None = None,
) -> ShownPrices:
    """The unit prices a line shows. In packs: the base price and R1's net price in the
    currency's decimals. In litres (kg), priced per pack: the exact price per unit, pack
    price ÷ pack size, with up to four decimals, never rounded to the currency (688.90 per
    20 L is 34.445 per litre, not 34.45: 240 L × 34.45 is not the 8,266.80 charged) — and
    when even four decimals are not exact (1,000.00 per 208 L), the pack price as the
    ``basis`` the amount is reckoned from."""
    if pack_price is None or not units_per_pack:
        return ShownPrices(round_money(base_price, currency), net_price)
    net_pack = round_money(_off(pack_price, discount_percent), currency)
    exact_net = net_pack / units_per_pack
    unit = unit_price_figure(pack_price / units_per_pack, currency)
    net = unit_price_figure(exact_net, currency)
    exact = net == exact_net and unit == pack_price / units_per_pack
    basis = None if exact else PackBasis(pack_price, net_pack, units_per_pack)
    return ShownPrices(unit, net, basis)


def quote_totals(
    lines: Sequence[LineFigures],
    quote_discount_percent: Decimal,
    tax_rate_percent: Decimal,
    currency: str,
) -> QuoteTotals:
    """Totals of the quote (R3, R4); exact sums of the rounded line figures."""
    check_percent("quote discount", quote_discount_percent)
    check_percent("tax rate", tax_rate_percent)
    subtotal = sum((line.amount for line in lines), ZERO)
    discount = quote_discount(subtotal, quote_discount_percent, currency)
    net = subtotal - discount
    tax = round_money(net * tax_rate_percent / HUNDRED, currency)
    cost = sum((line.cost_amount for line in lines), ZERO)
    margin = net - cost
    return QuoteTotals(
        subtotal=subtotal,
        discount_percent=quote_discount_percent,
        discount_amount=discount,
        net=net,
        tax_rate_percent=tax_rate_percent,
        tax=tax,
        gross=net + tax,
        cost=cost,
        margin=margin,
        margin_percent=(margin / cost * HUNDRED).quantize(PERCENT_PLACES, ROUND_HALF_UP)
        if cost > 0
        else None,
    )


def quote_discount(subtotal: Decimal, quote_discount_percent: Decimal, currency: str) -> Decimal:
    """R3: the quote discount taken off ``subtotal`` (the sum of the line amounts)."""
    return round_money(subtotal * quote_discount_percent / HUNDRED, currency)


def net_amount(subtotal: Decimal, quote_discount_percent: Decimal, currency: str) -> Decimal:
    """The quote's net amount — what the PDF prints as such and every list, card, KPI and
    the CLI call its net total: the line amounts less the quote discount, before tax."""
    return subtotal - quote_discount(subtotal, quote_discount_percent, currency)


def earliest_delivery(today: date, lead_time_days: int) -> date:
    """The first day a product can be delivered if ordered today (calendar days)."""
    return today + timedelta(days=max(0, lead_time_days))


def late_for_delivery(requested: date | None, today: date, lead_time_days: int) -> date | None:
    """The earliest possible day when ``requested`` is sooner than the lead time allows."""
    if requested is None:
        return None
    earliest = earliest_delivery(today, lead_time_days)
    return earliest if requested < earliest else None


def price_ends_first(policy_valid_to: date | None, valid_until: date) -> date | None:
    """The last day of a line's policy price when it comes before the last day the quote is
    valid: the customer could accept a price the register no longer gives (None otherwise)."""
    if policy_valid_to is not None and policy_valid_to < valid_until:
        return policy_valid_to
    return None


@dataclass(frozen=True, slots=True)
class ApprovedLine:
    """What an approval of one flagged line is bound to."""

    product: str  # a stable id of the product
    quantity: Decimal
    unit: str
    base_price: Decimal
    discount_percent: Decimal
    net_price: Decimal
    flags: tuple[str, ...]


def approval_fingerprint(
    flagged: Sequence[ApprovedLine], quote_discount_percent: Decimal, currency: str
) -> str:
    """SHA-256 of the flagged lines (in order) and of what changes their price: an approval
    stays valid while this is unchanged, and any change to a flagged line — or a new one —
    invalidates it. Amounts are normalised so 5 and 5.00 are the same."""

    def norm(value: Decimal) -> str:
        return format(value.normalize(), "f") if value else "0"

    payload = {
        "currency": currency.upper(),
        "quote_discount": norm(quote_discount_percent),
        "lines": [
            [
                line.product,
                norm(line.quantity),
                line.unit,
                norm(line.base_price),
                norm(line.discount_percent),
                norm(line.net_price),
                sorted(line.flags),
            ]
            for line in flagged
        ],
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
