"""The store on a real PostgreSQL server: migrations, types, locking, demo data, services.

One throwaway server per module (see ``tests/pg.py``); every test gets its own empty
database, so the tests do not depend on one another or on their order.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.enums import (
    AccountKind,
    ApprovalDecision,
    Attitude,
    Channel,
    ContactLinkKind,
    DmuRole,
    IssueCategory,
    IssueStatus,
    Measure,
    PolicyScope,
    PolicyStatus,
    QuoteStatus,
    RebateKind,
    RebateStatus,
    Tier,
    VisitPurpose,
    VisitStatus,
)
from acct_desktop.services.demo.generator import generate_demo
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from acct_desktop.store.database import (
    Database,
    SchemaTooNewError,
    open_database,
    read_schema_revision,
    to_url,
)
from acct_desktop.store.schema import HEAD_REVISION
from acct_desktop.store.types import GUID, Exact, UTCDateTime
from tests.pg import PostgresUnavailable, throwaway_postgres, with_database

pytestmark = pytest.mark.postgres

_numbers = itertools.count(1)

# Text the app must keep byte for byte: Chinese, Vietnamese (stacked diacritics), Dutch.
ZH = "华润万家 广州"
VI = "Nguyễn Đà Nẵng"
NL = "IJsselstein café"

# The widest values each exact type holds: every digit must survive.
MONEY = Decimal("123456789012.34")  # Exact(18, 2)
UNIT_PRICE = Decimal("12345678901234.5678")  # Exact(18, 4)
QUANTITY = Decimal("123456789012345.678")  # Exact(18, 3)
PERCENT = Decimal("12345.6789")  # Exact(9, 4)

ICT = timezone(timedelta(hours=7))  # Vietnam: stored datetimes need not arrive in UTC


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    try:
        with throwaway_postgres() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL tests need a server: {exc}")


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """URL of a new, empty database for this test only."""
    with with_database(pg_server, f"t_{next(_numbers)}") as url:
        yield url


@pytest.fixture
def db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    try:
        yield database
    finally:
        database.close()


# --- migrations ---------------------------------------------------------------------------


def test_open_database_migrates_empty_database_to_the_models(pg_url: str) -> None:
    assert read_schema_revision(to_url(pg_url)) is None

    database = open_database(pg_url)
    try:
        tables = set(inspect(database.engine).get_table_names())
        assert tables == set(m.Base.metadata.tables) | {"alembic_version"}
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                (HEAD_REVISION,)
            ]
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, m.Base.metadata) == []
    finally:
        database.close()
    assert read_schema_revision(to_url(pg_url)) == HEAD_REVISION


def test_reopening_an_up_to_date_database_changes_nothing(pg_url: str) -> None:
    open_database(pg_url).close()
    database = open_database(pg_url)
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        database.close()


def test_refuses_a_database_from_a_newer_version(pg_url: str) -> None:
    open_database(pg_url).close()
    database = open_database(pg_url)
    try:
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        database.close()

    with pytest.raises(SchemaTooNewError, match="9999_future"):
        open_database(pg_url)

    engine = create_engine(to_url(pg_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert rows == [("9999_future",)]


# --- every model survives a round trip ----------------------------------------------------


def _one_of_everything() -> list[Any]:
    """One row of every mapped class (two contacts: a link needs both ends)."""
    at = datetime(2026, 3, 14, 15, 9, 26, 535897, tzinfo=ICT)
    day = date(2026, 3, 14)
    territory = m.Territory(
        id=uuid.uuid4(), code="VN-DN", name=VI, country_code="VN", manager_name=VI
    )
    account = m.Account(
        id=uuid.uuid4(),
        territory_id=territory.id,
        code="CN-GZ-001",
        name=ZH,
        kind=AccountKind.HEADQUARTERS,
        channel=Channel.CHAIN_STORE,
        tier=Tier.A,
        street="天河路 208号",
        district="天河区",
        city="广州",
        postcode="510620",
        country_code="CN",
        latitude=23.132191,
        longitude=113.321253,
        phone="+86 20 1234 5678",
        email="buyer@example.cn",
        strategy=NL,
        purchasing_policy=VI,
        payment_terms="60 天",
        credit_limit=MONEY,
        currency="CNY",
        document_language="zh",
        notes=f"{ZH} / {VI} / {NL}",
        archived_at=at,
    )
    tag = m.AccountTag(account_id=account.id, tag="重点客户")
    product = m.Product(
        id=uuid.uuid4(),
        sku="OIL-5W30-4L",
        name=f"Motorolie {NL}",
        category="engine_oil",
        unit="L",
        pack_size=QUANTITY,
        pack_label="4 L",
        list_price=UNIT_PRICE,
        cost=Decimal("0.0001"),
        currency="EUR",
        lead_time_days=14,
        active=False,
    )
    policy = m.PricePolicy(
        id=uuid.uuid4(),
        code="PP-1",
        name=ZH,
        product_id=product.id,
        scope=PolicyScope.ACCOUNT,
        account_id=account.id,
        channel=Channel.CHAIN_STORE,
        territory_id=territory.id,
        valid_from=day,
        valid_to=date(2026, 12, 31),
        currency="CNY",
        min_quantity=QUANTITY,
        guide_price=UNIT_PRICE,
        floor_price=Decimal("9999.9999"),
        min_margin_percent=PERCENT,
        max_discount_percent=Decimal("-0.0001"),
        approval_threshold_percent=Decimal("0.0000"),
        status=PolicyStatus.ACTIVE,
        approved_by=VI,
        approved_at=at,
        note=NL,
    )
    boss = m.Contact(
        id=uuid.uuid4(),
        account_id=account.id,
        name="王 伟",
        title="采购总监",
        department="采购部",
        phone="+86 138 0000 0000",
        email="wang@example.cn",
        messenger_id="wechat:wangwei",
        dmu_role=DmuRole.DECISION_MAKER,
        attitude=Attitude.CHAMPION,
        influence=5,
        last_contacted_on=day,
        notes=ZH,
    )
    buyer = m.Contact(
        id=uuid.uuid4(),
        account_id=account.id,
        name=VI,
        dmu_role=DmuRole.BUYER,
        attitude=Attitude.SCEPTIC,
        influence=2,
        reports_to_id=boss.id,
    )
    link = m.ContactLink(
        id=uuid.uuid4(),
        from_contact_id=boss.id,
        to_contact_id=buyer.id,
        kind=ContactLinkKind.INFLUENCES,
        note=NL,
    )
    attachment = m.Attachment(
        id=uuid.uuid4(),
        owner_entity="account",
        owner_id=account.id,
        file_name=f"{ZH}.pdf",
        media_type="application/pdf",
        sha256="ab" * 32,
        content=bytes(range(256)) * 4,
    )
    audit = m.AuditEvent(
        id=uuid.uuid4(),
        occurred_at=at,
        actor=VI,
        entity="account",
        entity_id=account.id,
        field="name",
        old_value=NL,
        new_value=ZH,
    )
    visit = m.Visit(
        id=uuid.uuid4(),
        account_id=account.id,
        planned_start=at,
        planned_end=at + timedelta(hours=1, microseconds=1),
        purpose=VisitPurpose.INSPECTION,
        status=VisitStatus.DONE,
        summary=ZH,
        stock_note=VI,
        sell_through_note=NL,
        competitor_note="Shell",
        needs_note="—",
        price_compliant=True,
        pop_compliant=False,
        promotion_participation=None,
        follow_ups=VI,
    )
    met = m.VisitContact(visit_id=visit.id, contact_id=buyer.id)
    cycle = m.VisitCycle(
        id=uuid.uuid4(),
        account_id=account.id,
        interval_days=14,
        preferred_weekday=2,
        duration_minutes=90,
    )
    observation = m.CompetitorObservation(
        id=uuid.uuid4(),
        account_id=account.id,
        visit_id=visit.id,
        observed_at=at,
        competitor="Castrol",
        product="EDGE 5W-30",
        price=UNIT_PRICE,
        currency="VND",
        promotion=VI,
        shelf_share_percent=35,
        note=ZH,
    )
    issue = m.CustomerIssue(
        id=uuid.uuid4(),
        number="ISS-1",
        account_id=account.id,
        visit_id=visit.id,
        category=IssueCategory.REBATE_CASH_BACK,
        description=ZH,
        raised_on=day,
        responsible=VI,
        deadline=date(2026, 4, 1),
        status=IssueStatus.RESOLVED,
        resolution=NL,
        closed_on=date(2026, 3, 30),
    )
    checklist = m.IssueChecklist(
        id=uuid.uuid4(),
        number="CL-1",
        revision=2,
        account_id=account.id,
        issued_at=at,
        language="vi",
        pdf_sha256="cd" * 32,
        signature_subject=f"CN={VI}",
        verification_code="ABCD-EFGH",
        sealed_pdf=b"%PDF-1.7\x00\xff" * 10,
        scanned_copy_id=attachment.id,
    )
    item = m.IssueChecklistItem(
        id=uuid.uuid4(),
        checklist_id=checklist.id,
        issue_id=issue.id,
        position=1,
        issue_number="ISS-1",
        category=IssueCategory.DELIVERY,
        description=VI,
        responsible=ZH,
        deadline=date(2026, 4, 1),
        status=IssueStatus.IN_PROGRESS,
    )
    quote = m.Quote(
        id=uuid.uuid4(),
        number="Q-2026-0001",
        revision=3,
        account_id=account.id,
        contact_id=boss.id,
        quote_date=day,
        valid_until=date(2026, 4, 14),
        requested_delivery=date(2026, 5, 1),
        currency="CNY",
        tax_rate_percent=Decimal("13.0000"),
        quote_discount_percent=PERCENT,
        payment_terms="60 天",
        delivery_terms="DAP 广州",
        status=QuoteStatus.SENT,
        notes=ZH,
        sent_at=at,
    )
    line = m.QuoteLine(
        id=uuid.uuid4(),
        quote_id=quote.id,
        position=1,
        product_id=product.id,
        quantity=QUANTITY,
        unit="L",
        list_price=UNIT_PRICE,
        policy_id=policy.id,
        discount_percent=PERCENT,
        net_price=Decimal("0.0001"),
        cost=UNIT_PRICE,
        line_total=MONEY,
        margin_percent=Decimal("-12.3456"),
        flags="below_floor,needs_approval",
    )
    approval = m.Approval(
        id=uuid.uuid4(),
        quote_id=quote.id,
        approver=NL,
        decision=ApprovalDecision.APPROVED,
        reason=ZH,
        decided_at=at,
        invalidated_at=at + timedelta(days=1),
    )
    confirmation = m.OrderConfirmation(
        id=uuid.uuid4(),
        quote_id=quote.id,
        number="OC-1",
        confirmed_on=day,
        customer_reference=ZH,
        total_amount=MONEY,
    )
    agreement = m.RebateAgreement(
        id=uuid.uuid4(),
        number="RB-1",
        account_id=account.id,
        kind=RebateKind.GROWTH,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        currency="CNY",
        category="engine_oil",
        fixed_percent=PERCENT,
        baseline_amount=MONEY,
        signed_on=day,
        signed_by=VI,
        entered_on=day,
        status=RebateStatus.ACTIVE,
        note=NL,
    )
    rebate_tier = m.RebateTier(
        id=uuid.uuid4(),
        agreement_id=agreement.id,
        threshold_amount=MONEY,
        rebate_percent=PERCENT,
    )
    accrual = m.RebateAccrual(
        id=uuid.uuid4(),
        agreement_id=agreement.id,
        period=date(2026, 3, 1),
        qualifying_amount=MONEY,
        accrued_amount=Decimal("-0.01"),
        note=ZH,
    )
    fact = m.SalesFact(
        period=date(2026, 3, 1),
        account_id=account.id,
        product_id=product.id,
        category="engine_oil",
        measure=Measure.SELL_OUT,
        quantity=QUANTITY,
        amount=MONEY,
        currency="CNY",
    )
    target = m.Target(
        id=uuid.uuid4(),
        period_kind="quarter",
        period_start=date(2026, 1, 1),
        account_id=account.id,
        territory_id=territory.id,
        category="engine_oil",
        measure=Measure.SELL_IN,
        quantity=QUANTITY,
        amount=MONEY,
        currency="CNY",
    )
    return [
        territory, account, tag, product, policy, boss, buyer, link, attachment, audit, visit,
        met, cycle, observation, issue, checklist, item, quote, line, approval, confirmation,
        agreement, rebate_tier, accrual, fact, target,
    ]  # fmt: skip


def _column_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def test_every_model_round_trips_exactly(db: Database) -> None:
    rows = _one_of_everything()
    mapped = {name for name in m.__all__ if name not in {"Base", "Entity"}}
    assert {type(row).__name__ for row in rows} == mapped, "a model is missing from this test"

    with db.session() as session:
        # In list order, one flush each: the unit of work orders inserts by relationship(),
        # and some foreign keys (contact_link -> contact, ...) have none.
        for row in rows:
            session.add(row)
            session.flush()
    expected = {
        (type(row), inspect(row).identity): _column_values(row) for row in rows
    }
    assert all(identity is not None for _, identity in expected)

    with Session(db.engine) as session:
        for (cls, identity), values in expected.items():
            loaded = session.get(cls, identity)
            assert loaded is not None, cls.__name__
            attrs = inspect(cls).column_attrs
            for key, want in values.items():
                got = getattr(loaded, key)
                column_type = attrs[key].columns[0].type
                where = f"{cls.__name__}.{key}"
                assert got == want, where
                assert type(got) is type(want), where
                if isinstance(column_type, Exact) and got is not None:
                    assert isinstance(got, Decimal), where
                    assert got.as_tuple().exponent == -column_type.scale, where
                if isinstance(column_type, UTCDateTime) and got is not None:
                    assert got.tzinfo is not None, where
                    assert got.utcoffset() == timedelta(0), where
                if isinstance(column_type, GUID) and got is not None:
                    assert isinstance(got, uuid.UUID), where
            if hasattr(loaded, "version") and cls is not m.SalesFact:
                assert loaded.version == 1, cls.__name__

        # Spot checks of what the generic loop cannot see.
        account = session.scalars(select(m.Account)).one()
        assert account.name == ZH
        assert account.credit_limit == MONEY and isinstance(account.credit_limit, Decimal)
        assert account.archived_at == datetime(2026, 3, 14, 8, 9, 26, 535897, tzinfo=UTC)
        assert [t.tag for t in account.tags] == ["重点客户"]
        assert session.scalars(select(m.Territory.name)).one() == VI
        assert session.scalars(select(m.ContactLink.note)).one() == NL
        fact_id = session.scalars(select(m.SalesFact.id)).one()
        assert isinstance(fact_id, int)


def test_text_is_stored_as_characters_not_bytes(db: Database) -> None:
    with db.session() as session:
        session.add(m.Territory(code="NL-UT", name=NL))
        session.add(m.Territory(code="CN-GD", name=ZH))
        session.add(m.Territory(code="VN-DN", name=VI))
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT code, char_length(name) FROM territory"))
        lengths = {code: length for code, length in rows}
    assert lengths == {"NL-UT": len(NL), "CN-GD": len(ZH), "VN-DN": len(VI)}


# --- optimistic locking -------------------------------------------------------------------


def test_concurrent_edit_of_an_account_is_refused(db: Database) -> None:
    with db.session() as session:
        account = m.Account(
            code="NL-001", name=NL, kind=AccountKind.STORE, channel=Channel.WORKSHOP
        )
        session.add(account)
    account_id = account.id

    first = db.sessions()
    second = db.sessions()
    try:
        mine = first.get(m.Account, account_id)
        theirs = second.get(m.Account, account_id)
        assert mine is not None and theirs is not None
        assert mine.version == theirs.version == 1

        mine.name = ZH
        first.commit()

        theirs.name = VI
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()

    with Session(db.engine) as session:
        stored = session.get(m.Account, account_id)
        assert stored is not None
        assert stored.name == ZH
        assert stored.version == 2


# --- exact arithmetic in SQL --------------------------------------------------------------


def test_sums_of_money_are_exact(db: Database) -> None:
    with db.session() as session:
        account = m.Account(code="A", name=VI, kind=AccountKind.STORE, channel=Channel.FLEET)
        session.add(account)
        session.flush()
        for amount in (Decimal("0.10"), Decimal("0.10"), Decimal("0.10")):
            session.add(
                m.SalesFact(
                    period=date(2026, 1, 1),
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal("1.000"),
                    amount=amount,
                )
            )

    with Session(db.engine) as session:
        total = session.scalar(select(func.sum(m.SalesFact.amount)))
        quantity = session.scalar(select(func.sum(m.SalesFact.quantity)))
    assert isinstance(total, Decimal)
    assert total == Decimal("0.30")
    assert str(total) == "0.30"
    assert quantity == Decimal("3.000") and str(quantity) == "3.000"


def test_sum_of_large_amounts_keeps_every_digit(db: Database) -> None:
    with db.session() as session:
        account = m.Account(code="A", name=ZH, kind=AccountKind.STORE, channel=Channel.FLEET)
        session.add(account)
        session.flush()
        for amount in (MONEY, Decimal("0.01"), -MONEY):
            session.add(
                m.SalesFact(
                    period=date(2026, 1, 1),
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal(1),
                    amount=amount,
                )
            )
    with Session(db.engine) as session:
        assert session.scalar(select(func.sum(m.SalesFact.amount))) == Decimal("0.01")
        assert session.scalar(select(func.max(m.SalesFact.amount))) == MONEY


# --- the demo generator and the services on PostgreSQL ------------------------------------


def test_demo_on_postgresql_and_services_read_it(pg_url: str) -> None:
    summary = generate_demo(pg_url, "S", seed=3, today=date(2026, 11, 2))
    assert summary.counts["account"] == 200

    workspace = Workspace.over(open_database(pg_url))
    try:
        with workspace.db.session() as session:
            assert session.scalar(select(func.count()).select_from(m.Account)) == 200
            assert session.scalar(select(func.count()).select_from(m.Visit)) == 2000
            assert session.scalar(select(func.count()).select_from(m.SalesFact)) == 20000
            total = session.scalar(select(func.sum(m.SalesFact.amount)))
            assert isinstance(total, Decimal) and total.as_tuple().exponent == -2

        roots = workspace.accounts.children(None)
        assert roots
        assert all(isinstance(node.id, uuid.UUID) for node in roots)
        assert all(node.parent_id is None for node in roots)
        assert sum(1 + node.child_count for node in roots) <= 200

        quotes = workspace.quotes.quotes(None, PageRequest())
        assert quotes
    finally:
        workspace.close()
