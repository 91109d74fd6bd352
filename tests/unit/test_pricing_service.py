"""Pricing from the register on the S demo: precedence, hierarchy, units, currencies, status,
guard flags, loops refused on save, and "the price for 40 cartons, and why"."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.pricing import FlagKind, Outcome, ProblemKind
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.services.price_book import PriceBook, PricingError
from acct_desktop.services.price_facts import ExchangeRates
from acct_desktop.services.price_rules import (
    PolicyLoopError,
    ensure_no_loop,
    loop_if_saved,
    register_rules,
    rule_from_policy,
)
from acct_desktop.services.pricing import PriceAsk, PricingService, quote
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, PricePolicy, Product, Territory
from tests.conftest import DEMO_TODAY

D = Decimal
CNY_RATE = D("7.8")
_codes = itertools.count(1)


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> PricingService:
    return PricingService(db)


def cn_chain(db: Database) -> tuple[Account, Account, Account]:
    """A Chinese store, its parent and its grandparent (first by code)."""
    with db.session() as session:
        for store in session.scalars(
            select(Account).where(Account.currency == "CNY").order_by(Account.code)
        ):
            parent = store.parent
            if parent is not None and parent.parent is not None:
                return store, parent, parent.parent
    raise AssertionError("the demo has no three-level Chinese account chain")


def product(db: Database, sku: str) -> Product:
    with db.session() as session:
        return session.scalars(select(Product).where(Product.sku == sku)).one()


def add_policy(db: Database, **values: object) -> PricePolicy:
    """An ACTIVE all-year policy (account scope needs account_id), saved; returns it."""
    defaults: dict[str, object] = {
        "code": f"T-{next(_codes):04d}",
        "name": "test policy",
        "scope": PolicyScope.ACCOUNT,
        "valid_from": date(2026, 1, 1),
        "valid_to": date(2026, 12, 31),
        "currency": "CNY",
        "min_quantity": D(0),
        "status": PolicyStatus.ACTIVE,
    }
    policy = PricePolicy(**{**defaults, **values})
    with db.session() as session:
        session.add(policy)
    return policy


def money(value: Decimal) -> Decimal:
    """Half-up to cents, as the service rounds prices and percentages."""
    return value.quantize(D("0.01"), ROUND_HALF_UP)


def line(quoted, code: str):  # type: ignore[no-untyped-def]
    return next(b for b in quoted.breakdown if b.policy == code)


def territory_policy(db: Database, account: Account, category: str) -> str:
    """The code of the demo's country policy for ``category`` above ``account``."""
    with db.session() as session:
        territory = session.get(Territory, account.territory_id)
        while territory is not None and territory.parent_id is not None:
            territory = session.get(Territory, territory.parent_id)
        assert territory is not None
        return session.scalars(
            select(PricePolicy.code).where(
                PricePolicy.territory_id == territory.id, PricePolicy.category == category
            )
        ).one()


# --- precedence and hierarchy ---------------------------------------------------------------


def test_account_deal_wins_over_the_territory_policy(db: Database, service: PricingService):
    store, _parent, _top = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    deal = add_policy(
        db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.FIXED, guide_price=D("280")
    )
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert (quoted.price, quoted.policy, quoted.currency) == (D("280.00"), deal.code, "CNY")
    country = territory_policy(db, store, oil.category)
    assert line(quoted, country).outcome is Outcome.OUTRANKED
    assert line(quoted, country).reason == f"less specific than {deal.code}"
    assert quoted.policy_name == "test policy" and quoted.valid_to == date(2026, 12, 31)


def test_a_parent_accounts_deal_applies_to_its_children(db: Database, service: PricingService):
    store, parent, top = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    group = add_policy(
        db, account_id=top.id, category=oil.category, rule_kind=RuleKind.PERCENT_DISCOUNT,
        discount_percent=D(10), base_kind=BaseKind.LIST,
    )  # fmt: skip
    for account in (top, parent, store):
        quoted = service.price(account.id, oil.id, D(1), on=DEMO_TODAY)
        assert quoted.policy == group.code
        assert quoted.price == money(oil.list_price * CNY_RATE * D("0.9"))
    nearer = add_policy(
        db, account_id=parent.id, product_id=oil.id, rule_kind=RuleKind.FIXED, guide_price=D(300)
    )
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert quoted.policy == nearer.code  # the nearer parent, and the product, win
    assert line(quoted, group.code).reason == f"less specific than {nearer.code}"


# --- units ------------------------------------------------------------------------------------


def test_a_per_litre_rule_priced_on_packs_is_exact(db: Database, service: PricingService):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")  # 4 L packs
    per_litre = add_policy(
        db, account_id=store.id, product_id=oil.id, unit="L", rule_kind=RuleKind.FORMULA,
        base_kind=BaseKind.LIST, discount_percent=D("7.5"), round_to=D("0.05"),
        surcharge=D("0.11"), min_quantity=D(100),
    )  # fmt: skip
    list_per_litre = oil.list_price * CNY_RATE / 4
    litre_price = (list_per_litre * D("0.925") / D("0.05")).quantize(D(1), ROUND_HALF_UP)
    litre_price = litre_price * D("0.05") + D("0.11")
    packs = service.price(store.id, oil.id, D(25), on=DEMO_TODAY)  # 25 packs = 100 L
    assert packs.policy == per_litre.code
    assert packs.price == money(litre_price * 4)
    litres = service.price(store.id, oil.id, D(100), "L", on=DEMO_TODAY)
    assert (litres.policy, litres.price, litres.unit) == (per_litre.code, litre_price, "L")
    short = service.price(store.id, oil.id, D(24), on=DEMO_TODAY)  # 96 L: below the break
    assert short.policy != per_litre.code
    assert line(short, per_litre.code).reason == "min qty 25 > 24"


def test_a_per_pack_rule_priced_per_litre_is_exact(db: Database, service: PricingService):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    per_pack = add_policy(
        db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.FIXED,
        guide_price=D("250.10"), floor_price=D("260"), min_quantity=D(10),
    )  # fmt: skip
    litres = service.price(store.id, oil.id, D(40), "litre", on=DEMO_TODAY)  # 10 packs
    assert (litres.policy, litres.price, litres.unit) == (per_pack.code, D("62.53"), "L")
    assert [f.kind for f in litres.flags][:1] == [FlagKind.BELOW_FLOOR]  # 62.53 < 260 / 4
    assert "< floor 65" in litres.flags[0].message
    millilitres = service.price(store.id, oil.id, D(40000), "ml", on=DEMO_TODAY)
    assert millilitres.policy == per_pack.code and millilitres.price == D("0.06")
    assert service.price(store.id, oil.id, D(39), "L", on=DEMO_TODAY).policy != per_pack.code
    with pytest.raises(PricingError, match="cannot be priced per kg"):
        service.price(store.id, oil.id, D(1), "kg", on=DEMO_TODAY)
    with pytest.raises(PricingError, match="Unknown unit 'barrel'"):
        service.price(store.id, oil.id, D(1), "barrel", on=DEMO_TODAY)


# --- currencies -------------------------------------------------------------------------------


def test_list_price_and_cost_convert_exactly_with_the_days_rate(
    db: Database, service: PricingService
) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-003-208L")
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    list_cny, cost_cny = oil.list_price * CNY_RATE, oil.cost * CNY_RATE
    assert quoted.price == money(list_cny)  # the list price stands
    assert quoted.cost == money(cost_cny)
    assert quoted.discount_percent == money((list_cny - quoted.price) / list_cny * 100)
    assert quoted.margin_percent == money((quoted.price - cost_cny) / cost_cny * 100)
    in_euro = service.price(store.id, oil.id, D(1), on=DEMO_TODAY, currency="eur")
    assert (in_euro.price, in_euro.currency) == (oil.list_price, "EUR")
    in_dong = service.price(store.id, oil.id, D(1), on=DEMO_TODAY, currency="VND")
    assert in_dong.price == oil.list_price * 27000 and in_dong.price.as_tuple().exponent == 0


def test_the_converted_list_price_is_not_rounded_before_the_rule(db: Database, service):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-1L")
    add_policy(
        db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.PERCENT_DISCOUNT,
        discount_percent=D("33.3"), base_kind=BaseKind.LIST,
    )  # fmt: skip
    quoted = service.price(store.id, oil.id, D(3), "L", on=DEMO_TODAY, currency="EUR")
    exact = oil.list_price / oil.pack_size * D("0.667")
    assert quoted.price == money(exact)


def test_rates_direct_inverse_across_a_base_and_by_day() -> None:
    rates = ExchangeRates(
        [
            ("EUR", "CNY", date(2024, 1, 1), D("7.8")),
            ("EUR", "CNY", date(2026, 11, 10), D("7.9")),
            ("EUR", "VND", date(2024, 1, 1), D("27000")),
        ]
    )
    assert rates.rate("eur", "CNY", DEMO_TODAY) == D("7.8")
    assert rates.rate("EUR", "CNY", date(2026, 11, 10)) == D("7.9")
    assert rates.rate("CNY", "EUR", DEMO_TODAY) == 1 / D("7.8")
    assert rates.rate("CNY", "VND", DEMO_TODAY) == D("27000") / D("7.8")
    assert rates.rate("VND", "VND", DEMO_TODAY) == 1
    with pytest.raises(PricingError, match="No exchange rate from EUR to CNY"):
        rates.rate("EUR", "CNY", date(2023, 12, 31))


def test_a_missing_exchange_rate_is_a_clear_error(db: Database, service: PricingService):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-1L")
    with pytest.raises(PricingError, match=r"No exchange rate from EUR to USD .* 2026-11-02"):
        service.price(store.id, oil.id, D(1), on=DEMO_TODAY, currency="USD")
    with pytest.raises(PricingError, match=r"No exchange rate from EUR to CNY .* 2020-01-01"):
        service.price(store.id, oil.id, D(1), on=date(2020, 1, 1))


# --- status, guards, register checks ----------------------------------------------------------


def test_only_active_policies_price(db: Database, service: PricingService) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    deal = {"account_id": store.id, "product_id": oil.id, "rule_kind": RuleKind.FIXED}
    others = {
        status: add_policy(db, **deal, guide_price=D(1), status=status)
        for status in (PolicyStatus.DRAFT, PolicyStatus.PENDING_APPROVAL, PolicyStatus.TERMINATED)
    }
    ended = add_policy(db, **deal, guide_price=D(2), valid_to=date(2026, 10, 31))
    active = add_policy(db, **deal, guide_price=D(290), min_quantity=D(5))
    quoted = service.price(store.id, oil.id, D(5), on=DEMO_TODAY)
    assert (quoted.policy, quoted.price) == (active.code, D("290.00"))
    reasons = {status: line(quoted, p.code).reason for status, p in others.items()}
    assert reasons == {
        PolicyStatus.DRAFT: "draft, not active",
        PolicyStatus.PENDING_APPROVAL: "pending approval, not active",
        PolicyStatus.TERMINATED: "terminated",
    }
    assert line(quoted, ended.code).reason == "outside validity 2026-01-01..2026-10-31"


def test_an_expired_policy_still_prices_the_days_of_its_validity(
    db: Database, service: PricingService
) -> None:
    # expire_due marks a policy expired once its window is over; a price for a day inside
    # that window is still that policy's price. Terminated and draft ones never price.
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    deal = {"account_id": store.id, "product_id": oil.id, "rule_kind": RuleKind.FIXED}
    window = {"valid_from": date(2026, 1, 1), "valid_to": date(2026, 10, 31)}
    expired = add_policy(db, **deal, **window, guide_price=D(250), status=PolicyStatus.EXPIRED)
    for status in (PolicyStatus.TERMINATED, PolicyStatus.DRAFT):
        add_policy(db, **deal, **window, guide_price=D(1), min_quantity=D(1), status=status)
    then = service.price(store.id, oil.id, D(5), on=date(2026, 10, 15))
    assert (then.policy, then.price) == (expired.code, D("250.00"))
    now = service.price(store.id, oil.id, D(5), on=DEMO_TODAY)
    assert now.policy != expired.code
    assert line(now, expired.code).reason == "outside validity 2026-01-01..2026-10-31"


def test_guard_flags_never_change_the_price(db: Database, service: PricingService) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    list_cny, cost_cny = oil.list_price * CNY_RATE, oil.cost * CNY_RATE
    low = (cost_cny * D("0.95")).quantize(D("0.01"))
    add_policy(
        db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.FIXED, guide_price=low,
        floor_price=cost_cny, min_margin_percent=D(15), max_discount_percent=D(20),
        approval_threshold_percent=D(10),
    )  # fmt: skip
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert quoted.price == low
    # the discount rails judge discounts beyond the approved policy's own price, not it
    assert [f.kind for f in quoted.flags] == [FlagKind.BELOW_FLOOR, FlagKind.BELOW_MARGIN]
    assert quoted.discount_percent == money((list_cny - low) / list_cny * 100)


def test_a_guard_only_policy_means_list_price_with_its_rails(db: Database, service):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    rails = add_policy(
        db, account_id=store.id, product_id=oil.id, floor_price=D("5000"), currency="CNY"
    )
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert quoted.policy == rails.code and quoted.discount_percent == D("0.00")
    assert "list price stands" in line(quoted, rails.code).reason
    assert [f.kind for f in quoted.flags] == [FlagKind.BELOW_FLOOR]
    with db.session() as session:
        rule = rule_from_policy(session.get(PricePolicy, rails.id))
    assert (rule.kind, rule.discount_percent, rule.base, rule.currency) == (
        RuleKind.PERCENT_DISCOUNT, D(0), BaseKind.LIST, "CNY",
    )  # fmt: skip


def test_percent_rules_apply_in_any_currency_amounts_only_in_theirs(db: Database) -> None:
    with db.session() as session:
        policies = {p.code: p for p in session.scalars(select(PricePolicy))}
        rules = {r.id: r for r in register_rules(session)}
    for code, policy in policies.items():
        if policy.rule_kind is RuleKind.PERCENT_DISCOUNT:
            assert rules[code].currency is None
        if policy.rule_kind is RuleKind.FIXED:
            assert rules[code].currency == policy.currency


def test_an_incomplete_active_policy_is_skipped_and_reported(db: Database, service):
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    broken = add_policy(db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.FIXED)
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert quoted.policy != broken.code
    assert line(quoted, broken.code).reason == "a fixed-price policy needs a guide price"
    problems = service.check_register(DEMO_TODAY)
    assert any(p.kind is ProblemKind.NEVER_FIRES and p.rules == (broken.code,) for p in problems)


def test_a_policy_without_its_customer_prices_no_one(db: Database, service) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    orphan = add_policy(db, product_id=oil.id, rule_kind=RuleKind.FIXED, guide_price=D(1))
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert orphan.code not in {b.policy for b in quoted.breakdown}
    problems = [p.message for p in service.check_register(DEMO_TODAY)]
    assert f"{orphan.code} never fires: an account policy must name its account" in problems


def test_check_register_reports_overlaps(db: Database, service: PricingService) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    deal = {"account_id": store.id, "product_id": oil.id, "rule_kind": RuleKind.FIXED}
    first = add_policy(db, **deal, guide_price=D(280))
    second = add_policy(db, **deal, guide_price=D(270), valid_from=date(2026, 6, 1))
    overlaps = [p for p in service.check_register(DEMO_TODAY) if p.kind is ProblemKind.OVERLAP]
    assert any(p.rules == (first.code, second.code) for p in overlaps)


def test_check_register_reports_a_percentage_policy_overlapping_a_fixed_price(
    db: Database, service: PricingService
) -> None:
    # The percentage-only policy has no currency in the engine (it applies in all), the fixed
    # one is in CNY: both price the same CNY requests, and the fixed price never fires.
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    deal = {"account_id": store.id, "product_id": oil.id}
    percent = add_policy(db, **deal, rule_kind=RuleKind.PERCENT_DISCOUNT, discount_percent=D(10))
    fixed = add_policy(db, **deal, rule_kind=RuleKind.FIXED, guide_price=D(270))
    found = {(p.kind, p.rules) for p in service.check_register(DEMO_TODAY)}
    assert (ProblemKind.OVERLAP, (percent.code, fixed.code)) in found
    assert (ProblemKind.NEVER_FIRES, (fixed.code, percent.code)) in found


# --- loops refused on save ----------------------------------------------------------------------


def test_a_loop_of_base_policies_is_refused_with_the_codes(db: Database) -> None:
    store, *_ = cn_chain(db)
    chain = {"account_id": store.id, "rule_kind": RuleKind.FORMULA}
    first = add_policy(db, **chain, base_kind=BaseKind.LIST, discount_percent=D(5))
    second = add_policy(db, **chain, base_policy_id=first.id, discount_percent=D(2))
    third = add_policy(db, **chain, base_policy_id=second.id, surcharge=D(1))
    with db.session() as session:
        sentence = loop_if_saved(
            session, code=first.code, base_policy_id=third.id, policy_id=first.id
        )
        assert sentence == (
            f"Policy {first.code} cannot be based on {third.code}: {third.code} already depends "
            f"on {first.code}, so their prices would go round in a loop ({first.code} → "
            f"{third.code} → {second.code} → {first.code}). Choose another base policy, or "
            "base it on the list price or the cost."
        )
        with pytest.raises(PolicyLoopError, match="cannot be based on itself"):
            ensure_no_loop(session, code=first.code, base_policy_id=first.id, policy_id=first.id)
        assert loop_if_saved(session, code="NEW", base_policy_id=third.id, policy_id=None) is None
        assert (
            loop_if_saved(session, code=third.code, base_policy_id=first.id, policy_id=third.id)
            is None
        )


def test_a_chain_prices_through_its_base_policy(db: Database, service: PricingService):
    store, parent, _top = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    base = add_policy(
        db, account_id=parent.id, product_id=oil.id, rule_kind=RuleKind.FIXED,
        guide_price=D("300"), valid_to=date(2027, 6, 30),
    )  # fmt: skip
    chained = add_policy(
        db, account_id=store.id, category=oil.category, rule_kind=RuleKind.FORMULA,
        base_policy_id=base.id, discount_percent=D(10), surcharge=D("0.5"),
    )  # fmt: skip
    quoted = service.price(store.id, oil.id, D(1), on=DEMO_TODAY)
    assert (quoted.policy, quoted.price) == (chained.code, D("270.50"))


# --- the "done when" ---------------------------------------------------------------------


def test_the_price_for_40_cartons_and_why(db: Database, service: PricingService) -> None:
    store, parent, _top = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    small = add_policy(
        db, name="Group deal from 10 cartons", account_id=parent.id, product_id=oil.id,
        rule_kind=RuleKind.FIXED, guide_price=D("285"), min_quantity=D(10),
        valid_to=date(2027, 3, 31),
    )  # fmt: skip
    big = add_policy(
        db, name="Group deal from 50 cartons", account_id=parent.id, product_id=oil.id,
        rule_kind=RuleKind.FIXED, guide_price=D("270"), min_quantity=D(50),
    )  # fmt: skip
    quoted = service.price(store.id, oil.id, D(40), "cartons", on=DEMO_TODAY)
    assert (quoted.price, quoted.total, quoted.unit) == (D("285.00"), D("11400.00"), "pack")
    assert (quoted.policy, quoted.policy_name) == (small.code, "Group deal from 10 cartons")
    assert quoted.valid_to == date(2027, 3, 31)
    assert line(quoted, small.code).outcome is Outcome.FIRED
    assert line(quoted, big.code).reason == "min qty 50 > 40"
    country = territory_policy(db, store, oil.category)
    assert line(quoted, country).reason == f"less specific than {small.code}"
    assert quoted.breakdown[0].outcome is Outcome.FIRED  # the winner is named first


# --- bulk and order independence ------------------------------------------------------------------


def test_price_many_matches_price_one_by_one(db: Database, service: PricingService) -> None:
    with db.session() as session:
        accounts = session.scalars(select(Account.id).order_by(Account.code).limit(25)).all()
        products = session.scalars(select(Product.id).order_by(Product.sku).limit(8)).all()
    asks = [
        PriceAsk(a, p, D(q), on=DEMO_TODAY)
        for a, p, q in zip(accounts * 8, products * 25, itertools.cycle((1, 10, 60)))
    ]
    bulk = service.price_many(asks)
    assert len(bulk) == len(asks)
    for ask, quoted in list(zip(asks, bulk, strict=True))[::17]:
        single = service.price(ask.account_id, ask.product_id, ask.quantity, on=DEMO_TODAY)
        assert (single.price, single.policy, single.breakdown) == (
            quoted.price,
            quoted.policy,
            quoted.breakdown,
        )


def test_unknown_codes_are_named(db: Database, service: PricingService) -> None:
    store, *_ = cn_chain(db)
    with pytest.raises(PricingError, match="No account has the code XX999"):
        service.by_codes("XX999", "PEO-001-4L")
    with pytest.raises(PricingError, match="No product has the SKU NOPE-1"):
        service.by_codes(store.code, "NOPE-1")
    with pytest.raises(PricingError, match="No account has the id"):
        service.price(uuid.uuid4(), uuid.uuid4(), D(1))


def test_the_price_never_depends_on_the_order_rules_are_loaded(db: Database) -> None:
    store, parent, _top = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    for guide, quantity in (("285", 10), ("280", 10), ("270", 50)):
        add_policy(
            db, account_id=parent.id, product_id=oil.id, rule_kind=RuleKind.FIXED,
            guide_price=D(guide), min_quantity=D(quantity),
        )  # fmt: skip
    with db.session() as session:
        book = PriceBook.load(session)
        accounts = session.scalars(select(Account.id).order_by(Account.code)).all()
    entries = list(book.entries.values())
    products = sorted(book.products)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        order=st.permutations(entries),
        account=st.sampled_from([store.id, parent.id, *accounts[:40]]),
        product_id=st.sampled_from([oil.id, *products[:20]]),
        quantity=st.sampled_from([D(1), D(10), D(40), D(50), D("12.5")]),
    )
    def same_price(order, account, product_id, quantity) -> None:  # type: ignore[no-untyped-def]
        shuffled = book.with_entries(order)
        ask = PriceAsk(account, product_id, quantity, on=DEMO_TODAY)
        first, second = quote(book, ask), quote(shuffled, ask)
        assert (first.price, first.policy) == (second.price, second.policy)
        assert first.flags == second.flags
        assert sorted(first.breakdown, key=lambda b: b.policy) == sorted(
            second.breakdown, key=lambda b: b.policy
        )

    same_price()


def test_whole_packs_cost_the_same_typed_in_packs_or_in_litres(db: Database) -> None:
    """QA zh: 416 L of HO-022-208L cost 10,512.32 but 2 packs (the same 416 L) 10,513.16
    — the price per litre was rounded before it was multiplied."""
    with db.session() as session:
        book = PriceBook.load(session)
        accounts = session.scalars(select(Account.id).order_by(Account.code)).all()
    products = sorted(book.products)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        account=st.sampled_from(accounts[:40]),
        product_id=st.sampled_from(products),
        packs=st.integers(min_value=1, max_value=500),
    )
    def same_total(account, product_id, packs) -> None:  # type: ignore[no-untyped-def]
        facts = book.product(product_id)
        size = book.units_per_pack(facts, facts.unit)
        in_packs = quote(book, PriceAsk(account, product_id, D(packs), on=DEMO_TODAY))
        content = PriceAsk(account, product_id, packs * size, facts.unit, on=DEMO_TODAY)
        in_content = quote(book, content)
        assert in_content.total == in_packs.total == money(in_packs.price * packs)

    same_total()


def test_a_litre_price_is_the_pack_price_divided_rounded_once_at_the_total(
    db: Database, service: PricingService
) -> None:
    store, *_ = cn_chain(db)
    oil = product(db, "PEO-001-4L")
    add_policy(
        db, account_id=store.id, product_id=oil.id, rule_kind=RuleKind.FIXED,
        guide_price=D("250.10"), min_quantity=D(1),
    )  # fmt: skip
    litres = service.price(store.id, oil.id, D(40), "L", on=DEMO_TODAY)  # 10 packs
    assert (litres.price, litres.total) == (D("62.53"), D("2501.00"))  # not 62.53 × 40
    odd = service.price(store.id, oil.id, D(6), "L", on=DEMO_TODAY)  # a pack and a half
    assert odd.total == D("375.15")  # 6 × 250.10 ÷ 4
