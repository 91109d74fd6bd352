"""Resolve a unit price for a request against a set of rules, and check rule sets.

Precedence. Among the rules that apply to a request the winner is the most specific one:

1. customer side first: the account itself, then its parents (nearer first), then the
   channel, then territories (nearer first), then everyone;
2. then product side: the product, then its category, then all products;
3. then the highest ``min_quantity`` not above the requested quantity;
4. finally the rule id, so the result never depends on the order of the rule list
   (``check_rules`` reports such ties as overlaps).

A rule that does not apply (inactive, outside validity, other currency, unconvertible unit,
quantity below its break, or whose OTHER_RULE base does not apply) is skipped with a reason and
the next rule is tried; with no rule at all the list price stands. Intermediate amounts keep
full precision; only the final price is rounded to the currency's minor unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from itertools import pairwise

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.money import round_money
from acct_desktop.domain.pricing_rules import (
    HUNDRED,
    BaseKind,
    Consideration,
    Flag,
    FlagKind,
    Guards,
    Outcome,
    PriceRequest,
    PriceResult,
    PriceRule,
    ProblemKind,
    RuleKind,
    RuleLoopError,
    RuleProblem,
    check_price,
    convert_unit_price,
    days_phrase,
    round_to_multiple,
    unit_factor,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure

__all__ = [
    "BaseKind",
    "Consideration",
    "Flag",
    "FlagKind",
    "Guards",
    "Outcome",
    "PriceInversion",
    "PriceRequest",
    "PriceResult",
    "PriceRule",
    "PriceStep",
    "ProblemKind",
    "RuleKind",
    "RuleLoopError",
    "RuleProblem",
    "check_price",
    "check_rules",
    "find_rule_loops",
    "guards_for",
    "price_inversions",
    "price_steps",
    "resolve_price",
]

_Rank = tuple[tuple[int, int], int, Decimal, str]


class _NotApplicable(Exception):
    """A rule does not apply to the request; the message is the reason."""


INACTIVE = "inactive"  # replaced by the policy's status in words (services/pricing.py)
SCOPE_WORDS = {
    PolicyScope.ACCOUNT: QT_TRANSLATE_NOOP("messages", "account"),
    PolicyScope.CHANNEL: QT_TRANSLATE_NOOP("messages", "channel"),
    PolicyScope.TERRITORY: QT_TRANSLATE_NOOP("messages", "territory"),
    PolicyScope.GLOBAL: QT_TRANSLATE_NOOP("messages", "global"),
}


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A rule whose scope matches the request, with its rank (smaller wins)."""

    rule: PriceRule
    rank: _Rank


# --- matching -------------------------------------------------------------------------------


def _customer_rank(rule: PriceRule, request: PriceRequest) -> tuple[int, int] | None:
    """(tier, distance) of the rule's customer side for the request; ``None`` if no match."""
    if rule.scope is PolicyScope.ACCOUNT and rule.scope_ref in request.account_ancestry:
        return (0, request.account_ancestry.index(rule.scope_ref))
    if rule.scope is PolicyScope.CHANNEL and rule.scope_ref == request.channel:
        return (1, 0)
    if rule.scope is PolicyScope.TERRITORY and rule.scope_ref in request.territory_ancestry:
        return (2, request.territory_ancestry.index(rule.scope_ref))
    if rule.scope is PolicyScope.GLOBAL:
        return (3, 0)
    return None


def _product_rank(rule: PriceRule, request: PriceRequest) -> int | None:
    """0 for the product, 1 for its category, 2 for all products; ``None`` if no match."""
    if rule.product_id is not None:
        return 0 if rule.product_id == request.product_id else None
    if rule.category is not None:
        return 1 if rule.category == request.category else None
    return 2


def _scope_mismatch(rule: PriceRule, request: PriceRequest) -> str | None:
    if _customer_rank(rule, request) is None:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 scope %2 does not cover account %3"),
            Sentence.of(SCOPE_WORDS[rule.scope]),
            rule.scope_ref,
            request.account_id,
        )
    if _product_rank(rule, request) is None:
        wanted = rule.product_id or Sentence.of(
            QT_TRANSLATE_NOOP("messages", "category %1"), rule.category
        )
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "for %1, not %2"), wanted, request.product_id
        )
    return None


def _in_force_problem(rule: PriceRule, request: PriceRequest) -> str | None:
    """Why the rule cannot price this request at all (activity, dates, currency, unit)."""
    if not rule.active:
        return INACTIVE
    if not rule.in_window(request.on):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "outside validity %1"), rule.window)
    if rule.currency is not None and rule.currency.upper() != request.currency.upper():
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "currency %1 is not %2"), rule.currency, request.currency
        )
    if rule.unit is not None and unit_factor(rule.unit, request.unit) is None:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "cannot convert unit %1 to %2"), rule.unit, request.unit
        )
    return None


def _rule_unit(rule: PriceRule, request: PriceRequest) -> str:
    return rule.unit or request.unit


def _min_quantity_in_request_unit(rule: PriceRule, request: PriceRequest) -> Decimal:
    factor = unit_factor(_rule_unit(rule, request), request.unit)
    assert factor is not None  # checked by _in_force_problem
    return rule.min_quantity * factor


def _quantity_problem(rule: PriceRule, request: PriceRequest) -> str | None:
    if _min_quantity_in_request_unit(rule, request) > request.quantity:
        factor = unit_factor(request.unit, _rule_unit(rule, request))
        assert factor is not None
        asked = (request.quantity * factor).normalize()
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "min qty %1 > %2"),
            figure(rule.min_quantity, grouped=False),
            figure(asked, grouped=False),
        )
    return None


def _skip_reason(rule: PriceRule, request: PriceRequest) -> str | None:
    return (
        _scope_mismatch(rule, request)
        or _in_force_problem(rule, request)
        or _quantity_problem(rule, request)
    )


def _rank(rule: PriceRule, request: PriceRequest) -> _Rank:
    customer, product = _customer_rank(rule, request), _product_rank(rule, request)
    assert customer is not None and product is not None
    return (customer, product, -_min_quantity_in_request_unit(rule, request), rule.id)


# --- evaluation -----------------------------------------------------------------------------


def _index(rules: Iterable[PriceRule]) -> dict[str, PriceRule]:
    index: dict[str, PriceRule] = {}
    for rule in rules:
        if rule.id in index:
            raise ValueError(f"duplicate rule id {rule.id}")
        index[rule.id] = rule
    return index


def _base_value(
    rule: PriceRule, request: PriceRequest, index: dict[str, PriceRule], stack: tuple[str, ...]
) -> Decimal:
    """The base of ``rule`` per request unit: list, cost, or another rule's (unrounded) price."""
    if rule.base is BaseKind.LIST:
        return request.list_price
    if rule.base is BaseKind.COST:
        return request.cost
    ref = rule.base_rule_id
    assert ref is not None
    if ref in stack:
        raise RuleLoopError(stack[stack.index(ref) :])
    other = index.get(ref)
    if other is None:
        raise _NotApplicable(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "base rule %1 not found"), ref)
        )
    problem = _in_force_problem(other, request)
    if problem:
        raise _NotApplicable(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "base rule %1 does not apply: %2"), ref, problem
            )
        )
    return _evaluate(other, request, index, (*stack, ref))


def _formula(rule: PriceRule, base: Decimal) -> Decimal:
    """Odoo-style: discount, round to a multiple, add surcharge, then clamp to the margins."""
    price = base * (1 - rule.discount_percent / HUNDRED)
    if rule.round_to is not None:
        price = round_to_multiple(price, rule.round_to)
    price += rule.surcharge
    if rule.min_margin is not None:
        price = max(price, base + rule.min_margin)
    if rule.max_margin is not None:
        price = min(price, base + rule.max_margin)
    return price


def _evaluate(
    rule: PriceRule, request: PriceRequest, index: dict[str, PriceRule], stack: tuple[str, ...]
) -> Decimal:
    """Unrounded price of ``rule`` per request unit (``stack`` holds the rules being evaluated)."""
    unit = _rule_unit(rule, request)
    if rule.kind is RuleKind.FIXED:
        assert rule.price is not None
        price = rule.price
    else:
        base = convert_unit_price(_base_value(rule, request, index, stack), request.unit, unit)
        assert base is not None
        if rule.kind is RuleKind.PERCENT_DISCOUNT:
            price = base * (1 - rule.discount_percent / HUNDRED)
        else:
            price = _formula(rule, base)
    converted = convert_unit_price(price, unit, request.unit)
    assert converted is not None
    return converted


def _candidates(
    request: PriceRequest, rules: Iterable[PriceRule], skipped: list[Consideration]
) -> list[_Candidate]:
    """Applicable rules best first; the others go to ``skipped`` with their reason."""
    found = []
    for rule in rules:
        reason = _skip_reason(rule, request)
        if reason:
            skipped.append(Consideration(rule.id, Outcome.SKIPPED, reason))
        else:
            found.append(_Candidate(rule, _rank(rule, request)))
    return sorted(found, key=lambda c: c.rank)


def _outranked_reason(loser: _Candidate, winner: _Candidate) -> str:
    if loser.rank[:2] != winner.rank[:2]:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "less specific than %1"), winner.rule.id)
    if loser.rank[2] != winner.rank[2]:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "lower min qty break than %1"), winner.rule.id
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "same rank as %1; tie broken by rule id"), winner.rule.id
    )


def resolve_price(request: PriceRequest, rules: Iterable[PriceRule]) -> PriceResult:
    """The unit price for ``request`` under ``rules``, rounded to the currency's minor unit.

    Raises ``RuleLoopError`` when the winning chain of OTHER_RULE bases loops and
    ``ValueError`` on duplicate rule ids.
    """
    index = _index(rules)
    skipped: list[Consideration] = []
    ranked = _candidates(request, sorted(index.values(), key=lambda r: r.id), skipped)
    tried: list[Consideration] = []
    for position, candidate in enumerate(ranked):
        try:
            price = _evaluate(candidate.rule, request, index, (candidate.rule.id,))
        except _NotApplicable as reason:
            said = reason.args[0] if reason.args else str(reason)  # the Sentence, kept
            tried.append(Consideration(candidate.rule.id, Outcome.SKIPPED, said))
            continue
        tried.append(Consideration(candidate.rule.id, Outcome.FIRED, "fired"))
        tried += [
            Consideration(c.rule.id, Outcome.OUTRANKED, _outranked_reason(c, candidate))
            for c in ranked[position + 1 :]
        ]
        return _result(request, price, candidate.rule.id, tried + skipped, index)
    return _result(request, request.list_price, None, tried + skipped, index)


def _result(
    request: PriceRequest,
    price: Decimal,
    rule_id: str | None,
    breakdown: list[Consideration],
    index: dict[str, PriceRule],
) -> PriceResult:
    final = round_money(price, request.currency)
    guards = guards_for(request, index.values())
    # the engine's price is an approved policy's (or the list price): no discount rail judges it
    flags = check_price(
        final,
        request.list_price,
        request.cost,
        guards,
        approved_price=final,
        currency=request.currency,
    )
    return PriceResult(price=final, rule=rule_id, breakdown=breakdown, flags=flags)


def guards_for(request: PriceRequest, rules: Iterable[PriceRule]) -> Guards | None:
    """Guards of the most specific applicable rule that has any (same precedence as prices)."""
    ranked = _candidates(request, rules, [])
    return next((c.rule.guards for c in ranked if c.rule.guards is not None), None)


# --- quantity breaks ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PriceStep:
    """The unit price from ``quantity`` on (``0``: below the first break), and the rule
    behind it (``None``: the list price)."""

    quantity: Decimal
    price: Decimal
    rule: str | None


@dataclass(frozen=True, slots=True)
class PriceInversion:
    """A bigger quantity priced above a smaller one: from ``higher.quantity`` on the unit
    price is ``higher.price``, more than the ``lower.price`` just below it."""

    lower: PriceStep
    higher: PriceStep


def price_steps(request: PriceRequest, rules: Iterable[PriceRule]) -> list[PriceStep]:
    """The request's account and product priced below the first quantity break and at each
    break (the ``min_quantity`` of a rule that can price it, in the request's unit): the
    price can change nowhere else. Empty when no rule has a break above 0.

    Raises ``RuleLoopError`` as :func:`resolve_price` does."""
    rules = list(rules)
    breaks = sorted(
        {
            _min_quantity_in_request_unit(rule, request)
            for rule in rules
            if not _scope_mismatch(rule, request) and not _in_force_problem(rule, request)
        }
        - {Decimal(0)}
    )
    if not breaks:
        return []
    steps = []
    for index, quantity in enumerate([breaks[0] / 2, *breaks]):
        result = resolve_price(replace(request, quantity=quantity), rules)
        steps.append(PriceStep(Decimal(0) if index == 0 else quantity, result.price, result.rule))
    return steps


def price_inversions(steps: Sequence[PriceStep]) -> list[PriceInversion]:
    """Where a bigger quantity gets a higher unit price than the quantity just below it:
    "most specific wins" can do that (an account's "from 50" contract above its channel's
    price for 49), and a customer then pays more for ordering more."""
    return [PriceInversion(a, b) for a, b in pairwise(steps) if b.price > a.price]


# --- rule-set checks ------------------------------------------------------------------------


def find_rule_loops(rules: Iterable[PriceRule]) -> list[tuple[str, ...]]:
    """Cycles of OTHER_RULE references, each starting at its smallest rule id."""
    refs = {r.id: r.base_rule_id for r in rules}
    cycles: set[tuple[str, ...]] = set()
    for start in refs:
        path: list[str] = []
        node: str | None = start
        while node is not None and node in refs and node not in path:
            path.append(node)
            node = refs[node]
        if node is not None and node in path:
            cycle = path[path.index(node) :]
            pivot = cycle.index(min(cycle))
            cycles.add(tuple(cycle[pivot:] + cycle[:pivot]))
    return sorted(cycles)


def _live(rule: PriceRule, today: date) -> bool:
    """Active and not expired (it may still start in the future)."""
    return rule.active and (rule.valid_to is None or rule.valid_to >= today)


def _slot(rule: PriceRule) -> tuple[object, ...]:
    """Rules in the same slot compete for the same requests (currency aside: see
    :func:`_same_slot`)."""
    unit = rule.unit.lower() if rule.unit else None
    scope_ref = None if rule.scope is PolicyScope.GLOBAL else rule.scope_ref
    return (rule.scope, scope_ref, rule.product_id, rule.category, rule.min_quantity, unit)


def _currency(rule: PriceRule) -> str | None:
    return rule.currency.upper() if rule.currency else None


def _same_slot(a: PriceRule, b: PriceRule) -> bool:
    """Whether ``a`` and ``b`` compete for the same requests: same slot, and currencies that
    meet — a rule without a currency (only percentages) applies in every currency, so it
    competes with rules of any currency."""
    if _slot(a) != _slot(b):
        return False
    return _currency(a) is None or _currency(b) is None or _currency(a) == _currency(b)


def _serves_all_of(winner: PriceRule, other: PriceRule) -> bool:
    """Whether ``winner`` applies to every currency ``other`` applies to."""
    return _currency(winner) is None or _currency(winner) == _currency(other)


def _overlaps(a: PriceRule, b: PriceRule) -> bool:
    starts_before_b_ends = a.valid_from is None or b.valid_to is None or a.valid_from <= b.valid_to
    b_starts_before_a_ends = (
        b.valid_from is None or a.valid_to is None or b.valid_from <= a.valid_to
    )
    return starts_before_b_ends and b_starts_before_a_ends


def _covers(outer: PriceRule, inner: PriceRule) -> bool:
    """Whether ``outer``'s window contains ``inner``'s."""
    starts = outer.valid_from is None or (
        inner.valid_from is not None and outer.valid_from <= inner.valid_from
    )
    ends = outer.valid_to is None or (
        inner.valid_to is not None and inner.valid_to <= outer.valid_to
    )
    return starts and ends


def _pair_problems(rules: Sequence[PriceRule], today: date) -> list[RuleProblem]:
    live = sorted((r for r in rules if _live(r, today)), key=lambda r: r.id)
    problems = []
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            if not _same_slot(a, b) or not _overlaps(a, b):
                continue
            text = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 (%2) and %3 (%4) overlap for the same scope"),
                a.id,
                days_phrase(a.valid_from, a.valid_to),
                b.id,
                days_phrase(b.valid_from, b.valid_to),
            )
            problems.append(RuleProblem(ProblemKind.OVERLAP, (a.id, b.id), text))
            # a wins every tie (smaller id) wherever b is valid, in every currency b serves
            if _covers(a, b) and _serves_all_of(a, b):
                text = Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 never fires: shadowed by %2 (same scope, window covers it)"
                    ),
                    b.id,
                    a.id,
                )
                problems.append(RuleProblem(ProblemKind.NEVER_FIRES, (b.id, a.id), text))
    return problems


def _window_problems(rules: Sequence[PriceRule]) -> list[RuleProblem]:
    return [
        RuleProblem(
            ProblemKind.NEVER_FIRES,
            (r.id,),
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 never fires: valid_to < valid_from"), r.id
            ),
        )
        for r in rules
        if r.valid_from and r.valid_to and r.valid_to < r.valid_from
    ]


def _reference_problems(rules: Sequence[PriceRule], today: date) -> list[RuleProblem]:
    index = {r.id: r for r in rules}
    problems = []
    for rule in rules:
        ref = rule.base_rule_id
        if ref is None or not _live(rule, today):
            continue
        other = index.get(ref)
        if other is None:
            text = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is based on %2, which does not exist"),
                rule.id,
                ref,
            )
            problems.append(RuleProblem(ProblemKind.MISSING_REFERENCE, (rule.id, ref), text))
        elif other.valid_to is not None and other.valid_to < today:
            text = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is based on %2, which expired on %3"),
                rule.id,
                ref,
                other.valid_to,
            )
            problems.append(RuleProblem(ProblemKind.EXPIRED_REFERENCE, (rule.id, ref), text))
    return problems


def _loop_problems(rules: Sequence[PriceRule]) -> list[RuleProblem]:
    return [
        RuleProblem(
            ProblemKind.LOOP,
            cycle,
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "price rules refer to each other in a loop: %1"),
                " -> ".join((*cycle, cycle[0])),
            ),
        )
        for cycle in find_rule_loops(rules)
    ]


def check_rules(rules: Iterable[PriceRule], today: date) -> list[RuleProblem]:
    """Overlaps, loops, rules that can never fire, and references to expired or missing rules.

    Overlap: two live rules (active, not expired by ``today``) with the same scope, product
    side, min quantity and unit whose validity windows intersect and whose currencies meet
    (the same currency, or either without one: a percentage-only rule applies in any).
    """
    listed = sorted(rules, key=lambda r: r.id)
    return (
        _loop_problems(listed)
        + _window_problems(listed)
        + _pair_problems(listed, today)
        + _reference_problems(listed, today)
    )
