"""The vocabulary of the pricing engine: rules, requests, results, units and guard rails.

Everything here is plain data plus small pure helpers; the resolver that picks a rule for a
request lives in :mod:`acct_desktop.domain.pricing`. Money and quantities are ``Decimal`` only:
a ``float`` (or any other type) in a money or quantity field raises ``TypeError``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.money import round_money, unit_price_figure
from acct_desktop.domain.percentages import percent
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Figure, Sentence, figure

HUNDRED = Decimal(100)

# Size of each unit in the base unit of its dimension (g, mL, pack). Keys are lower-case.
_UNIT_SIZES: dict[str, tuple[str, Decimal]] = {
    "g": ("mass", Decimal(1)),
    "kg": ("mass", Decimal(1000)),
    "t": ("mass", Decimal(1_000_000)),
    "ml": ("volume", Decimal(1)),
    "l": ("volume", Decimal(1000)),
    "pack": ("count", Decimal(1)),
}


class RuleKind(StrEnum):
    """How a rule turns its base into a price."""

    FIXED = "fixed"
    PERCENT_DISCOUNT = "percent_discount"
    FORMULA = "formula"


class BaseKind(StrEnum):
    """What a discount or formula starts from."""

    LIST = "list"
    COST = "cost"
    OTHER_RULE = "other_rule"


class Outcome(StrEnum):
    """What happened to a rule while resolving one request."""

    FIRED = "fired"
    SKIPPED = "skipped"
    OUTRANKED = "outranked"


class FlagKind(StrEnum):
    """Guard-rail warnings on a price; none of them changes the price."""

    BELOW_FLOOR = "below_floor"
    BELOW_MARGIN = "below_margin"
    DISCOUNT_OVER_BAND = "discount_over_band"
    NEEDS_APPROVAL = "needs_approval"


class ProblemKind(StrEnum):
    """Kinds of trouble :func:`acct_desktop.domain.pricing.check_rules` reports."""

    OVERLAP = "overlap"
    LOOP = "loop"
    NEVER_FIRES = "never_fires"
    EXPIRED_REFERENCE = "expired_reference"
    MISSING_REFERENCE = "missing_reference"
    PRICE_INVERSION = "price_inversion"  # a bigger quantity priced above a smaller one


# What each kind of register problem is called for the user (the CLI's check-register
# column and the register dock's Check register list).
PROBLEM_KIND_WORDS = {
    ProblemKind.OVERLAP: QT_TRANSLATE_NOOP("messages", "overlap"),
    ProblemKind.LOOP: QT_TRANSLATE_NOOP("messages", "loop"),
    ProblemKind.NEVER_FIRES: QT_TRANSLATE_NOOP("messages", "never prices"),
    ProblemKind.EXPIRED_REFERENCE: QT_TRANSLATE_NOOP("messages", "expired base"),
    ProblemKind.MISSING_REFERENCE: QT_TRANSLATE_NOOP("messages", "missing base"),
    ProblemKind.PRICE_INVERSION: QT_TRANSLATE_NOOP("messages", "more for more"),
}


def problem_kind_word(kind: ProblemKind) -> Sentence:
    """The kind of a register problem as a word to translate (``overlap``, ``never prices``)."""
    return Sentence.of(PROBLEM_KIND_WORDS[kind])


class RuleLoopError(ValueError):
    """OTHER_RULE bases that refer back to themselves; ``cycle`` names the rules in order."""

    def __init__(self, cycle: tuple[str, ...]) -> None:
        self.cycle = cycle
        path = " -> ".join((*cycle, cycle[0]))
        super().__init__(f"price rules refer to each other in a loop: {path}")


def require_decimal(name: str, value: object, *, optional: bool = False) -> None:
    """Raise ``TypeError`` unless ``value`` is a ``Decimal`` (or ``None`` when optional)."""
    if value is None and optional:
        return
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be Decimal, got {type(value).__name__}")


def _require_all(obj: object, names: tuple[str, ...], *, optional: bool) -> None:
    for name in names:
        require_decimal(name, getattr(obj, name), optional=optional)


def unit_factor(from_unit: str, to_unit: str) -> Decimal | None:
    """How many ``to_unit`` make one ``from_unit`` (kg -> g is 1000); ``None`` if impossible."""
    if from_unit.lower() == to_unit.lower():
        return Decimal(1)
    source, target = _UNIT_SIZES.get(from_unit.lower()), _UNIT_SIZES.get(to_unit.lower())
    if source is None or target is None or source[0] != target[0]:
        return None
    return source[1] / target[1]


def convert_unit_price(price: Decimal, from_unit: str, to_unit: str) -> Decimal | None:
    """A price per ``from_unit`` expressed per ``to_unit`` (1000 per t is 1 per kg)."""
    factor = unit_factor(to_unit, from_unit)
    return None if factor is None else price * factor


def content_total(
    quantity: Decimal, pack_price: Decimal, units_per_pack: Decimal, currency: str
) -> Decimal:
    """What ``quantity`` litres (kilograms…) cost at ``pack_price`` for a pack holding
    ``units_per_pack`` of them: quantity × pack price ÷ pack size, rounded once, at the
    total — so whole packs cost the same typed in packs or in their content (a price per
    litre rounded first would not: 25.27 × 416 L ≠ 2 × 5,256.58)."""
    return round_money(quantity * pack_price / units_per_pack, currency)


def round_to_multiple(amount: Decimal, step: Decimal) -> Decimal:
    """Round ``amount`` half-up to the nearest multiple of ``step`` (``step`` > 0)."""
    return (amount / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def format_window(valid_from: date | None, valid_to: date | None) -> str:
    """``2026-01-01..2026-03-31``; an open end is left empty."""
    start = valid_from.isoformat() if valid_from else ""
    end = valid_to.isoformat() if valid_to else ""
    return f"{start}..{end}"


def days_phrase(start: date | None, end: date | None) -> Sentence:
    """``from 2026-12-01 to 2027-06-30`` / ``from 2026-12-01 on`` / ``until …`` / ``on every
    day``, to translate, its days written the language's way when rendered."""
    if start is not None and end is not None:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "from %1 to %2"), start, end)
    if start is not None:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "from %1 on"), start)
    if end is not None:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "until %1"), end)
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "on every day"))


@dataclass(frozen=True, slots=True)
class Guards:
    """Guard rails for a price; ``None`` means that guard is off. Percentages are 0..100."""

    floor_price: Decimal | None = None
    min_margin_percent: Decimal | None = None
    max_discount_percent: Decimal | None = None
    approval_threshold_percent: Decimal | None = None

    def __post_init__(self) -> None:
        names = (
            "floor_price",
            "min_margin_percent",
            "max_discount_percent",
            "approval_threshold_percent",
        )
        _require_all(self, names, optional=True)


@dataclass(frozen=True, slots=True)
class PriceRule:
    """One pricing rule.

    Customer side: ``scope`` with ``scope_ref`` (account id, channel value or territory id;
    ignored for ``GLOBAL``). Product side: ``product_id`` or ``category`` (at most one), neither
    meaning all products. ``min_quantity`` is counted in ``unit``; amounts (``price``,
    ``round_to``, ``surcharge``, margins) are per ``unit``. ``unit=None`` means the request's
    unit. The validity window is inclusive, an open end is ``None``. ``currency=None`` matches any.
    """

    id: str
    kind: RuleKind
    scope: PolicyScope = PolicyScope.GLOBAL
    scope_ref: str | None = None
    product_id: str | None = None
    category: str | None = None
    min_quantity: Decimal = Decimal(0)
    unit: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    currency: str | None = None
    active: bool = True
    price: Decimal | None = None
    discount_percent: Decimal = Decimal(0)
    base: BaseKind = BaseKind.LIST
    base_rule_id: str | None = None
    round_to: Decimal | None = None
    surcharge: Decimal = Decimal(0)
    min_margin: Decimal | None = None
    max_margin: Decimal | None = None
    guards: Guards | None = None

    def __post_init__(self) -> None:
        _require_all(self, ("min_quantity", "discount_percent", "surcharge"), optional=False)
        _require_all(self, ("price", "round_to", "min_margin", "max_margin"), optional=True)
        self._check_shape()

    def _check_shape(self) -> None:
        if self.kind is RuleKind.FIXED and self.price is None:
            raise ValueError(f"rule {self.id}: a FIXED rule needs a price")
        if self.product_id is not None and self.category is not None:
            raise ValueError(f"rule {self.id}: give a product or a category, not both")
        if self.scope is not PolicyScope.GLOBAL and self.scope_ref is None:
            raise ValueError(f"rule {self.id}: a {self.scope} rule needs scope_ref")
        if (self.base is BaseKind.OTHER_RULE) != (self.base_rule_id is not None):
            raise ValueError(f"rule {self.id}: base_rule_id goes with base OTHER_RULE only")
        if self.round_to is not None and self.round_to <= 0:
            raise ValueError(f"rule {self.id}: round_to must be positive")

    def in_window(self, day: date) -> bool:
        """Whether ``day`` lies inside the (inclusive) validity window."""
        after_start = self.valid_from is None or self.valid_from <= day
        return after_start and (self.valid_to is None or day <= self.valid_to)

    @property
    def window(self) -> str:
        """The validity window as text, e.g. ``2026-01-01..2026-03-31``."""
        return format_window(self.valid_from, self.valid_to)


@dataclass(frozen=True, slots=True)
class PriceRequest:
    """What is being priced. Ancestries run nearest first: ``(account, parent, grandparent…)``
    and ``(territory, parent territory…)``. ``list_price`` and ``cost`` are per ``unit``."""

    account_id: str
    account_ancestry: tuple[str, ...]
    channel: str | None
    territory_ancestry: tuple[str, ...]
    product_id: str
    category: str | None
    quantity: Decimal
    unit: str
    on: date
    currency: str
    list_price: Decimal
    cost: Decimal

    def __post_init__(self) -> None:
        _require_all(self, ("quantity", "list_price", "cost"), optional=False)
        chain = tuple(a for a in self.account_ancestry if a != self.account_id)
        object.__setattr__(self, "account_ancestry", (self.account_id, *chain))
        object.__setattr__(self, "territory_ancestry", tuple(self.territory_ancestry))


@dataclass(frozen=True, slots=True)
class Consideration:
    """Why one rule fired or did not, for the price breakdown shown to the manager."""

    rule: str
    outcome: Outcome
    reason: str


@dataclass(frozen=True, slots=True)
class Flag:
    """A guard-rail warning about a price."""

    kind: FlagKind
    message: str


@dataclass(frozen=True, slots=True)
class PriceResult:
    """The resolved unit price (rounded to the currency), the rule that fired (``None`` when
    the list price stands), the breakdown, and the guard flags on that price."""

    price: Decimal
    rule: str | None
    breakdown: list[Consideration] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """A defect in a rule set found by ``check_rules``."""

    kind: ProblemKind
    rules: tuple[str, ...]
    message: str


def check_price(
    price: Decimal,
    list_price: Decimal,
    cost: Decimal,
    guards: Guards | None,
    approved_price: Decimal | None = None,
    currency: str = "",
) -> list[Flag]:
    """Flag ``price`` against ``guards``; the price is never changed (a typed price stands).

    The margin line is a minimum *markup*, over cost: ``(price − cost) / cost × 100``
    (skipped when cost ≤ 0), and is called markup wherever it is shown; discount is
    off list, ``(list − price) / list × 100`` (skipped when list ≤ 0). Boundaries do not flag.

    ``approved_price`` is the price an approved policy set (the engine's price): approving
    the policy approved that discount, so the discount band and the approval threshold judge
    only prices below it — a negotiated 8 % under list with a 5 % threshold needs no second
    approval, a further discount on top of it does (measured off list, as always). The floor
    and the margin line judge every price.

    Prices in the messages are written as the quote lines show them: ``currency``'s decimals,
    up to four for a finer unit price (``price 108.50 < floor 110.07``).
    """
    for name, value in (("price", price), ("list_price", list_price), ("cost", cost)):
        require_decimal(name, value)
    if guards is None:
        return []
    flags = _floor_flags(price, guards, currency) + _margin_flags(price, cost, guards)
    if approved_price is not None and price >= approved_price:
        return flags
    return flags + _discount_flags(price, list_price, guards)


def shown_price(price: Decimal, currency: str) -> Figure:
    """A unit price for a sentence, as the quote lines show it (see ``unit_price_figure``)."""
    return figure(unit_price_figure(price, currency), grouped=False)


def _floor_flags(price: Decimal, guards: Guards, currency: str) -> list[Flag]:
    if guards.floor_price is not None and price < guards.floor_price:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "price %1 < floor %2"),
            shown_price(price, currency),
            shown_price(guards.floor_price, currency),
        )
        return [Flag(FlagKind.BELOW_FLOOR, message)]
    return []


def _margin_flags(price: Decimal, cost: Decimal, guards: Guards) -> list[Flag]:
    if guards.min_margin_percent is None or cost <= 0:
        return []
    margin = (price - cost) / cost * HUNDRED
    if margin < guards.min_margin_percent:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "markup %1 < minimum %2"),
            percent(margin, 2),
            percent(guards.min_margin_percent),
        )
        return [Flag(FlagKind.BELOW_MARGIN, message)]
    return []


def _discount_flags(price: Decimal, list_price: Decimal, guards: Guards) -> list[Flag]:
    if list_price <= 0:
        return []
    discount = (list_price - price) / list_price * HUNDRED
    flags = []
    band = guards.max_discount_percent
    if band is not None and discount > band:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "discount %1 off list > band %2"),
            percent(discount, 2),
            percent(band),
        )
        flags.append(Flag(FlagKind.DISCOUNT_OVER_BAND, message))
    threshold = guards.approval_threshold_percent
    if threshold is not None and discount > threshold:
        message = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "discount %1 off list > approval threshold %2"),
            percent(discount, 2),
            percent(threshold),
        )
        flags.append(Flag(FlagKind.NEEDS_APPROVAL, message))
    return flags
