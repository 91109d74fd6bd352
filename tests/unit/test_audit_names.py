"""A history names the records its changes point at — the account a policy is for, its
product and base policy, the account one sits under — never their ids, read for the whole
history in one query; a record that is gone reads "(deleted product)" (QA s20: the History
of a policy showed "3f2a…-… → 9c41…-…" for a change of account)."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.domain.sentences import Sentence
from acct_desktop.services.audit import history
from acct_desktop.services.audit_names import referenced_kind
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY

UUID_TEXT = r"[0-9a-f]{8}-[0-9a-f]{4}-"


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def records(workspace) -> PolicyRecords:
    return PolicyRecords(workspace.db, actor="Anna de Vries", today=lambda: DEMO_TODAY)


def two_of(ws: Workspace, model):  # type: ignore[no-untyped-def]
    order = model.code if model is m.Account else model.sku
    with ws.db.session() as session:
        return list(session.scalars(select(model).order_by(order).limit(2)))


def deal(account: m.Account, product: m.Product, **changes) -> PolicyDraft:
    values = dict(
        name="Deal 40 cartons",
        scope=PolicyScope.ACCOUNT,
        account_id=account.id,
        product_id=product.id,
        valid_from=DEMO_TODAY,
        valid_to=DEMO_TODAY + timedelta(days=365),
        currency="cny",
        min_quantity=Decimal(40),
        rule_kind=RuleKind.FIXED,
        guide_price=Decimal("88.50"),
        floor_price=Decimal("80"),
        max_discount_percent=Decimal(10),
    )
    return PolicyDraft(**(values | changes))


def changes(ws: Workspace, policy_id: uuid.UUID) -> dict[str, tuple[str | None, str | None]]:
    return {
        row.field: (row.old_value, row.new_value)
        for row in history(ws.db, "price_policy", policy_id)
        if row.field not in ("created", "status")
    }


def test_a_changed_account_product_and_base_policy_read_as_their_names(workspace, records) -> None:
    (first, second), (soap, oil) = two_of(workspace, m.Account), two_of(workspace, m.Product)
    base = records.create(deal(first, soap, name="Base list")).policy_id
    other = records.create(deal(first, soap, name="Other base")).policy_id
    base_code = records.draft(base)[0].code
    other_code = records.draft(other)[0].code
    formula = dict(rule_kind=RuleKind.FORMULA, guide_price=None, floor_price=None)
    policy_id = records.create(
        deal(first, soap, base_kind=BaseKind.OTHER_RULE, base_policy_id=base, **formula)
    ).policy_id
    draft, _status, version = records.draft(policy_id)
    moved = replace(draft, account_id=second.id, product_id=oil.id, base_policy_id=other)
    records.update(policy_id, moved, version)

    shown = changes(workspace, policy_id)
    assert shown["account_id"] == (f"{first.name} ({first.code})", f"{second.name} ({second.code})")
    assert shown["product_id"] == (f"{soap.sku} · {soap.name}", f"{oil.sku} · {oil.name}")
    assert shown["base_policy_id"] == (f"{base_code} · Base list", f"{other_code} · Other base")


def test_a_record_that_is_gone_reads_deleted_in_the_users_words(workspace, records) -> None:
    (account, _), (_, oil) = two_of(workspace, m.Account), two_of(workspace, m.Product)
    with workspace.db.session() as session:
        gone = m.Product(
            sku="GONE-1", name="Discontinued 1 L", category="passenger_engine_oil", unit="L",
            pack_size=Decimal(1), pack_label="1 L", list_price=Decimal(9), cost=Decimal(5),
        )  # fmt: skip
        session.add(gone)
    policy_id = records.create(deal(account, gone)).policy_id
    draft, _status, version = records.draft(policy_id)
    records.update(policy_id, replace(draft, product_id=oil.id), version)
    with workspace.db.session() as session:
        session.delete(session.get(m.Product, gone.id))

    old, new = changes(workspace, policy_id)["product_id"]
    assert old == "(deleted product)" and isinstance(old, Sentence)
    assert old.template == "(deleted product)"  # translated where it is shown
    assert new == f"{oil.sku} · {oil.name}"


def test_an_account_moved_under_another_reads_as_both_names(workspace) -> None:
    with workspace.db.session() as session:
        store = session.scalars(
            select(m.Account).where(m.Account.kind == "store").order_by(m.Account.code)
        ).first()
        was = session.get(m.Account, store.parent_id)
        region = session.scalars(
            select(m.Account).where(
                m.Account.kind == was.kind, m.Account.id != was.id, m.Account.archived_at.is_(None)
            )
        ).first()
    workspace.records.move(store.id, region.id)
    (row,) = [r for r in history(workspace.db, "account", store.id) if r.field == "parent_id"]
    assert (row.old_value, row.new_value) == (
        f"{was.name} ({was.code})",
        f"{region.name} ({region.code})",
    )


def test_a_long_history_is_named_in_one_query_not_one_per_row(workspace, records) -> None:
    accounts = two_of(workspace, m.Account)
    products = two_of(workspace, m.Product)
    policy_id = records.create(deal(accounts[0], products[0])).policy_id

    def statements() -> int:
        seen: list[str] = []
        engine = workspace.db.engine

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            seen.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            history(workspace.db, "price_policy", policy_id)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(seen)

    draft, _status, version = records.draft(policy_id)
    records.update(policy_id, replace(draft, account_id=accounts[1].id), version)
    once = statements()
    for turn in range(8):
        draft, _status, version = records.draft(policy_id)
        changed = replace(draft, account_id=accounts[turn % 2].id, product_id=products[turn % 2].id)
        records.update(policy_id, changed, version)
    assert statements() == once
    shown = [(r.old_value, r.new_value) for r in history(workspace.db, "price_policy", policy_id)]
    assert not any(re.match(UUID_TEXT, value or "") for pair in shown for value in pair)


@pytest.mark.parametrize(
    ("entity", "field", "kind"),
    [
        ("price_policy", "account_id", "account"),
        ("rebate_agreement", "account_id", "account"),
        ("account", "parent_id", "account"),
        ("territory", "parent_id", "territory"),
        ("contact", "reports_to_id", "contact"),
        ("contact", "link influences", "contact"),
        ("quote", "line 3 added", "product"),
        ("quote", "line 3 policy_id", "price_policy"),
        ("quote", "revision of", "quote"),
        ("discrepancy_form", "issue", "customer_issue"),
        ("price_policy", "name", None),
        ("quote", "line 3 quantity", None),
        ("price_policy", None, None),
    ],
)
def test_which_fields_hold_another_records_id(entity, field, kind) -> None:
    assert referenced_kind(entity, field) == kind


@pytest.mark.postgres
def test_the_one_query_reads_on_postgresql_too(pg_url: str) -> None:
    from acct_desktop.domain.enums import AccountKind, Channel
    from acct_desktop.services.audit_names import named_values
    from acct_desktop.store.database import open_database

    db = open_database(pg_url)
    try:
        with db.session() as session:
            here, there = (
                m.Account(code=code, name=name, kind=AccountKind.WORKSHOP, channel=Channel.WORKSHOP)
                for code, name in (("KA01", "Saigon Oil"), ("KA02", "Petrolimex Hà Nội"))
            )
            session.add_all([here, there])
            session.flush()
            boss = m.Contact(account_id=here.id, name="Nguyễn Thị Lan")
            session.add(boss)
            session.flush()
            shown = named_values(
                session,
                "contact",
                [
                    ("account_id", str(here.id), str(there.id)),
                    ("reports_to_id", None, str(boss.id)),
                    ("product_id", str(uuid.uuid4()), None),
                    ("name", "Lan", "Nguyễn Thị Lan"),
                ],
            )
        assert shown == [
            ("Saigon Oil (KA01)", "Petrolimex Hà Nội (KA02)"),
            (None, "Nguyễn Thị Lan"),
            ("(deleted product)", None),
            ("Lan", "Nguyễn Thị Lan"),
        ]
    finally:
        db.close()
