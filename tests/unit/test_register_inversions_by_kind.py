"""The register check prices one account of each kind, and says exactly what pricing every
account said (the check before it did that, kept here as the reference).

The dataset is the S demo with breaking policies added for the edge cases: a channel
percentage that crosses currencies, a fixed price in one currency, breaks in two regions
inherited by children without a territory of their own (in yuan, their parents in euro), a
parent's deal inherited by its children (one child with a deal of its own), two deals from
the same quantity, overlapping and expired windows, a break per litre on packs, archived
policies and an archived account, a lower-case currency, and two accounts written into a
parent loop by hand.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from acct_desktop.domain.enums import Channel, PolicyScope, PolicyStatus
from acct_desktop.domain.pricing import RuleProblem, check_rules
from acct_desktop.domain.pricing_rules import PriceRule, ProblemKind, RuleKind
from acct_desktop.services.price_book import PriceBook, ProductFacts
from acct_desktop.services.price_customers import first_of_each_kind
from acct_desktop.services.price_inversions import _inversions
from acct_desktop.services.price_rules import load_register
from acct_desktop.services.pricing import PricingService
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, PricePolicy, Product, Territory
from tests.conftest import DEMO_TODAY

D = Decimal
ARCHIVED = datetime(2026, 10, 1, tzinfo=UTC)
_codes = itertools.count(1)


# -- the check as it was: every account, every product ---------------------------------------
def _prices(rule: PriceRule, product: ProductFacts) -> bool:
    if rule.product_id is not None:
        return rule.product_id == str(product.id)
    return rule.category is None or rule.category == product.category


def reference_inversions(book: PriceBook, on: date) -> list[RuleProblem]:
    breaking = [e.rule for e in book.entries.values() if e.rule.active and e.rule.min_quantity > 0]
    if not breaking:
        return []
    products = sorted((p for p in book.products.values() if p.active), key=lambda p: p.sku)
    problems: list[RuleProblem] = []
    priced: set[tuple[object, ...]] = set()
    for account in sorted(book.accounts.values(), key=lambda a: a.code):
        codes = frozenset(book.policy_codes(account))
        rules = [rule for rule in breaking if rule.id in codes]
        if not rules:
            continue
        for product in products:
            key = (codes, account.currency.upper(), product.id)
            if key in priced or not any(_prices(rule, product) for rule in rules):
                continue
            priced.add(key)
            problems += _inversions(book, account, product, on)
    return problems


def reference_check(db: Database, on: date) -> list[RuleProblem]:
    with db.session() as session:
        entries = load_register(session)
        book = PriceBook.load(session)
    problems = check_rules((e.rule for e in entries), on)
    problems += reference_inversions(book, on)
    for entry in entries:
        if entry.problem and entry.status.value == "active":
            problems.append(
                RuleProblem(ProblemKind.NEVER_FIRES, (entry.code,), f"{entry.code} never fires")
            )
    return problems


# -- the edge cases ------------------------------------------------------------------------
def policy(session, **values: object) -> str:
    """An ACTIVE all-year account policy unless told otherwise; returns its code."""
    code = f"EDGE-{next(_codes):03d}"
    defaults: dict[str, object] = {
        "code": code,
        "name": "edge case",
        "scope": PolicyScope.ACCOUNT,
        "valid_from": date(2026, 1, 1),
        "valid_to": date(2026, 12, 31),
        "currency": "EUR",
        "min_quantity": D(0),
        "status": PolicyStatus.ACTIVE,
        "rule_kind": RuleKind.FIXED,
    }
    session.add(PricePolicy(**{**defaults, **values}))
    return code


def add_edge_cases(db: Database) -> dict[str, str]:
    """Breaking policies for the edge cases (see the module docstring), by what they test."""
    made: dict[str, str] = {}
    below = aliased(Account)
    with db.session() as session:

        def account(channel: Channel, currency: str) -> Account:
            """The first such account by code."""
            found = session.scalars(
                select(Account)
                .where(Account.channel == channel, Account.currency == currency)
                .order_by(Account.code)
            ).first()
            assert found is not None
            return found

        def product(sku: str) -> Product:
            return session.scalars(select(Product).where(Product.sku == sku)).one()

        def territory(code: str) -> Territory:
            return session.scalars(select(Territory).where(Territory.code == code)).one()

        def parent_with_children(currency: str) -> Account:
            rows = session.scalars(
                select(Account)
                .where(Account.currency == currency, Account.parent_id.is_(None))
                .order_by(Account.code)
            )
            for row in rows:
                if session.scalar(select(Account.id).where(Account.parent_id == row.id)):
                    return row
            raise AssertionError(f"no {currency} parent with children")

        peo, brake, litre4 = product("PEO-001-1L"), product("PEO-005-5L"), product("A-021-4L")
        # a percentage from 100 above the distributors' 10 % band: every currency
        made["percent across currencies"] = policy(
            session,
            scope=PolicyScope.CHANNEL,
            channel=Channel.DISTRIBUTOR,
            category="coolant",
            rule_kind=RuleKind.PERCENT_DISCOUNT,
            discount_percent=D(5),
            min_quantity=D(100),
        )
        # the workshops: 5 % off engine oil, and a euro price from 24 (not for CNY or VND)
        made["workshop band"] = policy(
            session,
            scope=PolicyScope.CHANNEL,
            channel=Channel.WORKSHOP,
            category=peo.category,
            rule_kind=RuleKind.PERCENT_DISCOUNT,
            discount_percent=D(5),
        )
        made["fixed in one currency"] = policy(
            session,
            scope=PolicyScope.CHANNEL,
            channel=Channel.WORKSHOP,
            product_id=peo.id,
            guide_price=peo.list_price,
            min_quantity=D(24),
        )
        # a break in each of two regions (any currency) above the country's price …
        nl3, nl4 = territory("NL-03"), territory("NL-04")
        for what, region, category in (("territory break", nl3, "coolant"),
                                       ("other region's break", nl4, "grease")):  # fmt: skip
            made[what] = policy(
                session,
                scope=PolicyScope.TERRITORY,
                territory_id=region.id,
                category=category,
                rule_kind=RuleKind.PERCENT_DISCOUNT,
                discount_percent=D(-2),
                min_quantity=D(12),
            )
        # … for the children of two parents of the first region, one moved to the second:
        # the children, in yuan, have no territory of their own and take their parent's
        children = select(func.count()).where(below.parent_id == Account.id).scalar_subquery()
        parents = session.scalars(
            select(Account).where(Account.territory_id == nl3.id).order_by(children.desc())
        ).all()[:2]
        parents[1].territory_id = nl4.id
        for parent in parents:
            for kid in session.scalars(select(Account).where(Account.parent_id == parent.id)):
                kid.territory_id, kid.currency = None, "CNY"
        # a parent's deal for its children; one child has a deal of its own
        head = parent_with_children("EUR")
        made["parent's deal"] = policy(
            session, account_id=head.id, product_id=brake.id, guide_price=brake.list_price + 1,
            min_quantity=D(50),
        )  # fmt: skip
        child = session.scalars(
            select(Account).where(Account.parent_id == head.id).order_by(Account.code)
        ).first()
        assert child is not None
        made["child's own deal"] = policy(
            session, account_id=child.id, product_id=brake.id, guide_price=brake.list_price + 2,
            min_quantity=D(100),
        )  # fmt: skip
        # two deals from the same quantity; overlapping windows; an expired window
        same = account(Channel.DISTRIBUTOR, "EUR")
        for extra in (1, 3):
            made[f"same quantity {extra}"] = policy(
                session, account_id=same.id, product_id=peo.id, min_quantity=D(50),
                guide_price=peo.list_price + extra,
            )  # fmt: skip
        made["overlap early"] = policy(
            session, account_id=same.id, product_id=brake.id, min_quantity=D(10),
            guide_price=brake.list_price + 1, valid_to=date(2026, 12, 31),
        )  # fmt: skip
        made["overlap late"] = policy(
            session, account_id=same.id, product_id=brake.id, min_quantity=D(10),
            guide_price=brake.list_price + 2, valid_from=date(2026, 10, 1),
            valid_to=date(2027, 6, 30),
        )  # fmt: skip
        made["expired"] = policy(
            session, account_id=same.id, product_id=brake.id, min_quantity=D(5),
            guide_price=brake.list_price + 5, status=PolicyStatus.EXPIRED,
            valid_to=date(2026, 10, 31),
        )  # fmt: skip
        # a break per litre on 4 L packs (from 25 packs), in the account's own currency
        vn = account(Channel.WORKSHOP, "VND")
        per_litre = litre4.list_price / litre4.pack_size * D(27000) * D("1.1")
        made["per litre"] = policy(
            session, account_id=vn.id, product_id=litre4.id, unit="L", min_quantity=D(100),
            guide_price=per_litre.quantize(D(1)), currency="VND",
        )  # fmt: skip
        # archived: a policy that would invert, and a deal that would split a group
        made["archived"] = policy(
            session, account_id=same.id, product_id=peo.id, min_quantity=D(5),
            guide_price=peo.list_price + 9, archived_at=ARCHIVED,
        )  # fmt: skip
        other = parent_with_children("VND")
        made["archived holder"] = policy(
            session, account_id=other.id, product_id=peo.id, min_quantity=D(5),
            guide_price=D(999999), currency="VND", archived_at=ARCHIVED,
        )  # fmt: skip
        made["draft holder"] = policy(
            session, account_id=other.id, product_id=peo.id, min_quantity=D(5),
            guide_price=D(999999), currency="VND", status=PolicyStatus.DRAFT,
        )  # fmt: skip
        # an archived account, a lower-case currency
        leaves = session.scalars(
            select(Account)
            .where(Account.channel == Channel.DISTRIBUTOR, Account.parent_id.is_not(None))
            .order_by(Account.code)
        ).all()
        leaves[0].archived_at = ARCHIVED
        leaves[1].currency = leaves[1].currency.lower()
    # two childless workshops in a parent loop, one of them holding a deal
    with db.session() as session:
        ids = session.scalars(
            select(Account.id)
            .where(
                Account.channel == Channel.WORKSHOP,
                ~Account.id.in_(select(below.parent_id).where(below.parent_id.is_not(None))),
            )
            .order_by(Account.code.desc())
            .limit(2)
        ).all()
        first, second = ids
        session.execute(update(Account).where(Account.id == first).values(parent_id=second))
        session.execute(update(Account).where(Account.id == second).values(parent_id=first))
        made["loop"] = policy(
            session, account_id=first, product_id=peo.id, min_quantity=D(60),
            rule_kind=RuleKind.PERCENT_DISCOUNT, discount_percent=D(0),
        )  # fmt: skip
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def edges(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """The S demo with the edge cases (read-only), on SQLite or PostgreSQL."""
    if request.param == "sqlite":
        path: Path = request.getfixturevalue("demo_s_file")
        copy = tmp_path_factory.mktemp("edges") / "edges.acctdb"
        copy.write_bytes(path.read_bytes())
        db = open_database(copy)
        yield db, add_edge_cases(db)
        db.close()
        return
    from acct_desktop.services.demo import generate_demo
    from tests.pg import with_database

    with with_database(request.getfixturevalue("pg_server"), "t_register_kinds") as url:
        generate_demo(url, "S", seed=1, today=DEMO_TODAY)
        db = open_database(url)
        yield db, add_edge_cases(db)
        db.close()


def inversions(problems: list[RuleProblem]) -> list[tuple[tuple[str, ...], str]]:
    return [(p.rules, p.message) for p in problems if p.kind is ProblemKind.PRICE_INVERSION]


def test_the_check_reports_what_pricing_every_account_reports(edges) -> None:
    db, made = edges
    for day in (DEMO_TODAY, date(2026, 10, 15), date(2027, 3, 1)):
        expected = reference_check(db, day)
        found = PricingService(db).check_register(day)
        assert inversions(found) == inversions(expected), day
        assert [(p.kind, p.rules) for p in found] == [(p.kind, p.rules) for p in expected]
    # the edge cases are there: each designed break inverts a price on the day …
    on_the_day = {
        code for rules, _ in inversions(reference_check(db, DEMO_TODAY)) for code in rules
    }
    designed = {"percent across currencies", "fixed in one currency", "territory break",
                "other region's break", "parent's deal", "child's own deal", "same quantity 1",
                "per litre", "loop"}  # fmt: skip
    assert {what for what in designed if made[what] not in on_the_day} == set()
    assert not {made["archived"], made["expired"]} & on_the_day  # … and these do not


def test_one_account_of_each_kind_stands_for_all_that_see_the_same_policies(edges) -> None:
    """Every set of accounts with the same policies and currency has its first account by
    code among those the query returns, and the query returns far fewer than all."""
    db, _made = edges
    with db.session() as session:
        book = PriceBook.load(session)
        firsts = set(first_of_each_kind(session))
    kinds: dict[tuple[frozenset[str], str], list[tuple[str, uuid.UUID]]] = {}
    for a in book.accounts.values():
        key = (frozenset(book.policy_codes(a)), a.currency.upper())
        kinds.setdefault(key, []).append((a.code, a.id))
    assert {min(members)[1] for members in kinds.values()} <= firsts
    assert len(firsts) < len(book.accounts) / 2
