"""From the price-policy register to the pricing engine's rules, and the register's checks.

Every policy becomes one :class:`~acct_desktop.domain.pricing_rules.PriceRule` whose id is
the policy's code, so a price breakdown names policies as the register shows them:

* ``rule_kind`` FIXED prices at ``guide_price``; PERCENT_DISCOUNT and FORMULA start from
  ``base_kind`` (list price, cost, or the policy ``base_policy_id``).
* ``rule_kind`` None is a **guard-only policy: "the list price, with these guard rails"**. It
  becomes a 0 % discount off the list price carrying the guards, so it fires like any other
  rule: where it is the most specific policy the list price stands and its floor, margin
  line, discount band and approval threshold flag that price.
* Approved policies price: ACTIVE ones, and EXPIRED ones on the days inside their validity
  (a price asked for a past date is the price of that date; ``PolicyRecords.expire_due``
  marks the window as over, and the engine checks the window). Drafts, pending and
  terminated policies stay in the rule set (inactive) so a breakdown can say why they did
  not apply. A policy too incomplete to build a rule from (a fixed price
  without a price, an account scope without an account …) becomes an inactive placeholder
  with the reason in :attr:`RegisterEntry.problem`.
* A rule's ``currency`` is the policy's only when the rule holds absolute amounts (a price,
  rounding, surcharge, margin amounts or a floor); pure percentages apply in any currency.
* Amounts and ``min_quantity`` are per ``unit`` (None: per pack). :func:`in_request_unit`
  re-expresses a rule in the unit of one request for one product, across pack ↔ content.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import BaseKind, Guards, PriceRule, RuleKind, unit_factor
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.models import PricePolicy

PACK = "pack"
ZERO = Decimal(0)
# approved policies: an expired one still prices the days inside its validity window
PRICING_STATUSES = frozenset({PolicyStatus.ACTIVE, PolicyStatus.EXPIRED})


def plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and never in exponent form (50.000 → 50, 2.50 → 2.5)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


class PolicyLoopError(ValueError):
    """Saving a policy would make base policies refer to each other in a loop."""


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One policy of the register as the engine sees it, with what the register adds."""

    rule: PriceRule
    name: str
    status: PolicyStatus
    problem: str | None = None  # why an ACTIVE policy cannot price (it is kept inactive)
    guard_only: bool = False  # no rule kind: the list price stands, with its guard rails

    @property
    def code(self) -> str:
        return self.rule.id


def _scope_ref(policy: PricePolicy) -> str | None:
    if policy.scope is PolicyScope.ACCOUNT:
        return str(policy.account_id) if policy.account_id else None
    if policy.scope is PolicyScope.CHANNEL:
        return policy.channel.value if policy.channel else None
    if policy.scope is PolicyScope.TERRITORY:
        return str(policy.territory_id) if policy.territory_id else None
    return None


def _guards(policy: PricePolicy) -> Guards | None:
    def percent(value: Decimal | None) -> Decimal | None:
        return None if value is None else plain(value)  # 5.0000 prints as 5

    guards = Guards(
        floor_price=policy.floor_price,
        min_margin_percent=percent(policy.min_margin_percent),
        max_discount_percent=percent(policy.max_discount_percent),
        approval_threshold_percent=percent(policy.approval_threshold_percent),
    )
    return None if guards == Guards() else guards


def _has_amounts(policy: PricePolicy) -> bool:
    amounts = (
        policy.guide_price if policy.rule_kind is RuleKind.FIXED else None,
        policy.round_to,
        policy.surcharge,
        policy.min_margin_amount,
        policy.max_margin_amount,
        policy.floor_price,
    )
    return any(a is not None and a != ZERO for a in amounts)


def _base(policy: PricePolicy, codes: Mapping[uuid.UUID, str]) -> tuple[BaseKind, str | None]:
    if policy.base_policy_id is not None and policy.base_kind in (None, BaseKind.OTHER_RULE):
        return BaseKind.OTHER_RULE, codes.get(policy.base_policy_id, str(policy.base_policy_id))
    if policy.base_kind is BaseKind.OTHER_RULE:
        raise ValueError("it is based on another policy but names none")
    return policy.base_kind or BaseKind.LIST, None


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def rule_from_policy(
    policy: PricePolicy, base_codes: Mapping[uuid.UUID, str] | None = None
) -> PriceRule:
    """The engine rule of ``policy`` (see the module docstring for the mapping).

    ``base_codes`` maps policy ids to codes, to name the base of a chained policy. Raises
    ``ValueError`` with a sentence naming the policy when it is too incomplete to price.
    """
    try:
        kind, base, base_code = policy.rule_kind or RuleKind.PERCENT_DISCOUNT, BaseKind.LIST, None
        if kind is not RuleKind.FIXED:
            base, base_code = _base(policy, base_codes or {})
        return PriceRule(
            id=policy.code,
            kind=kind,
            scope=policy.scope,
            scope_ref=_scope_ref(policy),
            product_id=str(policy.product_id) if policy.product_id else None,
            category=None if policy.product_id else policy.category,
            min_quantity=plain(policy.min_quantity or ZERO),
            unit=policy.unit or None,
            valid_from=policy.valid_from,
            valid_to=policy.valid_to,
            currency=policy.currency if _has_amounts(policy) else None,
            active=policy.status in PRICING_STATUSES,
            price=policy.guide_price if kind is RuleKind.FIXED else None,
            discount_percent=(policy.discount_percent or ZERO) if policy.rule_kind else ZERO,
            base=base,
            base_rule_id=base_code,
            round_to=policy.round_to,
            surcharge=policy.surcharge or ZERO,
            min_margin=policy.min_margin_amount,
            max_margin=policy.max_margin_amount,
            guards=_guards(policy),
        )
    except ValueError as exc:
        reason = str(exc).removeprefix(f"rule {policy.code}: ")
        scope = policy.scope.value
        reason = {
            "a FIXED rule needs a price": "a fixed-price policy needs a guide price",
            f"a {scope} rule needs scope_ref": f"{_article(scope)} {scope} policy must name its "
            f"{scope}",
            "round_to must be positive": "the rounding step must be more than 0",
        }.get(reason, reason)
        raise ValueError(f"Policy {policy.code} cannot price: {reason}.") from None


def register_entry(policy: PricePolicy, base_codes: Mapping[uuid.UUID, str]) -> RegisterEntry:
    """``policy`` as a :class:`RegisterEntry` (an unbuildable one: an inactive placeholder)."""
    try:
        rule = rule_from_policy(policy, base_codes)
        guard_only = policy.rule_kind is None
        return RegisterEntry(rule, policy.name, policy.status, guard_only=guard_only)
    except ValueError as exc:
        placeholder = PriceRule(
            id=policy.code,
            kind=RuleKind.PERCENT_DISCOUNT,
            scope=policy.scope,
            scope_ref=_scope_ref(policy) or "(none)",  # a missing customer matches no one
            product_id=str(policy.product_id) if policy.product_id else None,
            category=None if policy.product_id else policy.category,
            valid_from=policy.valid_from,
            valid_to=policy.valid_to,
            active=False,
        )
        problem = str(exc).split(": ", 1)[-1].rstrip(".")
        return RegisterEntry(placeholder, policy.name, policy.status, problem)


def load_register(
    session: Session, where: ColumnElement[bool] | None = None
) -> list[RegisterEntry]:
    """Entries of the non-archived policies (those matching ``where`` when given), by code."""
    codes = dict(session.execute(select(PricePolicy.id, PricePolicy.code)).all())
    query = select(PricePolicy).where(PricePolicy.archived_at.is_(None))
    if where is not None:
        query = query.where(where)
    policies = session.scalars(query.order_by(PricePolicy.code)).all()
    return [register_entry(p, codes) for p in policies]


def register_rules(session: Session, on: date | None = None) -> list[PriceRule]:
    """The engine rules of the register (non-archived policies), ordered by code.

    With ``on``, only the policies whose validity window contains that day.
    """
    rules = [entry.rule for entry in load_register(session)]
    return [r for r in rules if on is None or r.in_window(on)]


def rule_units_per_request_unit(
    rule_unit: str | None, request_unit: str, content_unit: str, pack_size: Decimal
) -> Decimal | None:
    """How many of the rule's units make one request unit of a product whose pack holds
    ``pack_size`` ``content_unit`` (a per-pack rule is ``None``/"pack"); ``None`` if the two
    cannot be converted (another dimension, or no pack size)."""
    unit = rule_unit or PACK
    same = unit_factor(request_unit, unit)
    if same is not None:
        return same
    if pack_size <= 0:
        return None
    if request_unit.lower() == PACK:  # the rule is per content unit (L, kg …)
        content = unit_factor(content_unit, unit)
        return None if content is None else pack_size * content
    if unit.lower() == PACK:  # the request is per content unit
        content = unit_factor(request_unit, content_unit)
        return None if content is None else content / pack_size
    return None


def in_request_unit(
    rule: PriceRule, request_unit: str, content_unit: str, pack_size: Decimal
) -> PriceRule:
    """``rule`` re-expressed per ``request_unit`` for one product, exactly.

    Prices, rounding step, surcharge, margin amounts and the floor are multiplied by the
    number of rule units in one request unit (× pack size for a per-L rule on packs, ÷ pack
    size for a per-pack rule on litres) and ``min_quantity`` divided by it, so the formula's
    result scales exactly and the final rounding happens once, in the requested unit. A
    rule that cannot be converted keeps its unit, so the engine skips it with the reason.
    """
    factor = rule_units_per_request_unit(rule.unit, request_unit, content_unit, pack_size)
    if factor is None:
        return rule if rule.unit is not None else replace(rule, unit=PACK)
    if factor == 1:
        return rule if rule.unit == request_unit else replace(rule, unit=request_unit)

    def scaled(amount: Decimal | None) -> Decimal | None:
        return None if amount is None else amount * factor

    guards = rule.guards
    if guards is not None and guards.floor_price is not None:
        guards = replace(guards, floor_price=guards.floor_price * factor)
    return replace(
        rule,
        unit=request_unit,
        min_quantity=plain(rule.min_quantity / factor),
        price=scaled(rule.price),
        round_to=scaled(rule.round_to),
        surcharge=rule.surcharge * factor,
        min_margin=scaled(rule.min_margin),
        max_margin=scaled(rule.max_margin),
        guards=guards,
    )


def loop_if_saved(
    session: Session, *, code: str, base_policy_id: uuid.UUID | None, policy_id: uuid.UUID | None
) -> str | None:
    """The sentence refusing to save policy ``code`` (``policy_id`` None for a new one) with
    base ``base_policy_id``, when that would make base policies loop; ``None`` when fine.

    Archived policies count too: a loop through them would return when one is restored.
    """
    if base_policy_id is None:
        return None
    if base_policy_id == policy_id:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "Policy %1 cannot be based on itself."), code
        )
    if policy_id is None:  # nothing is based on a policy not saved yet
        return None
    rows = session.execute(select(PricePolicy.id, PricePolicy.code, PricePolicy.base_policy_id))
    codes: dict[uuid.UUID, str] = {}
    bases: dict[uuid.UUID, uuid.UUID | None] = {}
    for row_id, row_code, row_base in rows:
        codes[row_id], bases[row_id] = row_code, row_base
    base_code = codes.get(base_policy_id, str(base_policy_id))
    bases[policy_id] = base_policy_id
    path = [policy_id]
    current: uuid.UUID | None = base_policy_id
    while current is not None and current not in path:
        path.append(current)
        current = bases.get(current)
    if current != policy_id:
        return None
    names = [code if p == policy_id else codes.get(p, str(p)) for p in [*path, policy_id]]
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "Policy %1 cannot be based on %2: %2 already depends on %1, so their prices would "
            "go round in a loop (%3). Choose another base policy, or base it on the list price "
            "or the cost.",
        ),
        code,
        base_code,
        " → ".join(names),
    )


def ensure_no_loop(
    session: Session, *, code: str, base_policy_id: uuid.UUID | None, policy_id: uuid.UUID | None
) -> None:
    """Raise :class:`PolicyLoopError` with :func:`loop_if_saved`'s sentence when it has one."""
    problem = loop_if_saved(session, code=code, base_policy_id=base_policy_id, policy_id=policy_id)
    if problem:
        raise PolicyLoopError(problem)
