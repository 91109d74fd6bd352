"""One valid row of every model, with hostile-but-legal values (long decimals, CJK text)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal

from acct_desktop.domain import enums as e
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.store import models as m
from acct_desktop.store.models.contacts import ContactDetailKind

MONEY = Decimal("123456789012.34")
PRICE = Decimal("98765.4321")
WHEN = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def every_model() -> list[object]:
    """Instances of every table, linked to each other, in insert order."""
    territory = m.Territory(code="CN-01", name="华南", country_code="CN")
    account = m.Account(
        code="CN000001",
        name="华润万家 广州配送中心",
        kind=e.AccountKind.DISTRIBUTION_CENTRE,
        channel=e.Channel.CHAIN_STORE,
        tier=e.Tier.A,
        territory=territory,
        city="广州",
        street="白云区广园中路 8号",
        latitude=23.1291,
        longitude=113.2644,
        credit_limit=MONEY,
        currency="CNY",
        notes="Nguyễn Đà Nẵng · IJsselstein café",
    )
    account.tags = [m.AccountTag(tag="key account")]
    boss = m.Contact(
        account=account,
        name="Nguyễn Văn Hùng",
        dmu_role=e.DmuRole.DECISION_MAKER,
        attitude=e.Attitude.CHAMPION,
        influence=5,
    )
    buyer = m.Contact(
        account=account,
        name="Sanne IJzerman",
        dmu_role=e.DmuRole.BUYER,
        attitude=e.Attitude.SCEPTIC,
        influence=3,
        reports_to=boss,
        last_contacted_on=date(2026, 10, 1),
    )
    product = m.Product(
        sku="PE-001-4L",
        name="Turbo 5W-30 4 L",
        category="passenger_engine_oil",
        unit="L",
        pack_size=Decimal("4"),
        pack_label="4 L",
        list_price=PRICE,
        cost=Decimal("12.3456"),
        lead_time_days=5,
    )
    policy = m.PricePolicy(
        code="PP-1",
        name="广州 guide",
        product=product,
        scope=e.PolicyScope.ACCOUNT,
        account_id=None,
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
        guide_price=PRICE,
        floor_price=Decimal("10.0001"),
        min_margin_percent=Decimal("12.5"),
        max_discount_percent=Decimal("8"),
        status=e.PolicyStatus.ACTIVE,
        approved_by="Lê Thị Thu",
        approved_at=WHEN,
        rule_kind=RuleKind.FORMULA,
        unit="L",
        discount_percent=Decimal("6"),
        base_kind=BaseKind.LIST,
        round_to=Decimal("0.05"),
        surcharge=Decimal("5"),
        min_margin_amount=Decimal("10"),
        max_margin_amount=Decimal("100"),
        submitted_by="Nguyễn Văn An",
        submitted_at=WHEN,
        decision_note="签约价 signed price",
    )
    agreement = m.RebateAgreement(
        number="R-2026-0001",
        account=account,
        kind=e.RebateKind.BANDED_TIERS,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        signed_on=date(2026, 1, 5),
        entered_on=date(2026, 1, 20),
        status=e.RebateStatus.ACTIVE,
        approved_by="Jan de Vries",
        approved_at=WHEN,
        decision_note="Getekend door inkoop",
    )
    agreement.tiers = [m.RebateTier(threshold_amount=MONEY, rebate_percent=Decimal("2.5"))]
    visit = m.Visit(
        account=account,
        planned_start=WHEN,
        planned_end=WHEN,
        purpose=e.VisitPurpose.INSPECTION,
        status=e.VisitStatus.DONE,
        summary="库存充足，竞品促销",
        price_compliant=True,
        survey_score=9,
    )
    quote = m.Quote(
        number="Q-2026-0001",
        account=account,
        quote_date=date(2026, 3, 1),
        valid_until=date(2026, 3, 31),
        currency="CNY",
        status=e.QuoteStatus.SENT,
        tax_rate_percent=Decimal("13"),
    )
    issue = m.CustomerIssue(
        number="IS-2026-00001",
        account=account,
        category=e.IssueCategory.REBATE_CASH_BACK,
        description="返利未到账 · Chưa nhận được chiết khấu",
        raised_on=date(2026, 2, 1),
        responsible="Territory manager",
        deadline=date(2026, 2, 28),
        first_action_on=date(2026, 2, 3),
    )
    attachment = m.Attachment(
        owner_entity="issue_checklist",
        owner_id=uuid.uuid4(),
        file_name="盖章.pdf",
        media_type="application/pdf",
        sha256="0" * 64,
        content=b"%PDF-1.7\x00\xff",
    )
    checklist = m.IssueChecklist(
        number="CL-2026-0001",
        account=account,
        issued_at=WHEN,
        language="zh_CN",
        verification_code="ABCD-1234",
        sealed_pdf=b"%PDF",
        pdf_sha256="f" * 64,
    )
    checklist.items = [
        m.IssueChecklistItem(
            position=1,
            issue_number="IS-2026-00001",
            category=e.IssueCategory.REBATE_CASH_BACK,
            description="返利",
            responsible="TM",
            deadline=date(2026, 2, 28),
            status=e.IssueStatus.OPEN,
        )
    ]
    return [
        territory,
        account,
        boss,
        buyer,
        product,
        policy,
        agreement,
        visit,
        quote,
        issue,
        attachment,
        checklist,
    ]


def dependants(objects: list[object]) -> list[object]:
    """Rows that need the flushed ids of ``every_model()``'s rows."""
    by_type = {type(o): o for o in objects}
    account, product = by_type[m.Account], by_type[m.Product]
    contacts = [o for o in objects if isinstance(o, m.Contact)]
    visit, quote = by_type[m.Visit], by_type[m.Quote]
    agreement, issue = by_type[m.RebateAgreement], by_type[m.CustomerIssue]
    template = m.QuoteTemplate(id=uuid.uuid4(), name="Voorjaarspakket 春季套装", notes="kit")
    return [
        template,
        m.QuoteTemplateLine(
            template_id=template.id,
            position=1,
            product_id=product.id,
            quantity=Decimal("4.5"),
            unit="L",
        ),
        m.QuoteLine(
            quote_id=quote.id,
            position=1,
            product_id=product.id,
            quantity=Decimal("12.5"),
            unit="pack",
            list_price=PRICE,
            base_price=PRICE,
            description="Dầu nhớt 5W-30 (đặc biệt)",
            discount_percent=Decimal("5"),
            net_price=Decimal("93827.1605"),
            cost=Decimal("12.3456"),
            line_total=Decimal("1172839.51"),
            flags="below_margin",
        ),
        m.ContactDetail(
            contact_id=contacts[0].id,
            kind=ContactDetailKind.ADDRESS,
            label="work",
            value="Số 8 Lê Lợi, Quận 1, TP. Hồ Chí Minh, Việt Nam",
            position=2,
        ),
        m.ContactLink(
            from_contact_id=contacts[0].id,
            to_contact_id=contacts[1].id,
            kind=e.ContactLinkKind.ALLIED_WITH,
            note="同乡",
        ),
        m.VisitCycle(
            account_id=account.id,
            interval_days=14,
            preferred_weekday=1,
            preferred_weekdays="1,3",
            closed_weekdays="6",
            visit_from=time(9, 30),
            visit_to=time(16, 0),
        ),
        m.AlertDismissal(
            key=f"issue_overdue:{issue.id}",
            snoozed_until=date(2026, 3, 9),
            reason="客户出差，下周一再联系 · Khách đi công tác",
            dismissed_by="nguyen.an",
            dismissed_at=WHEN,
            fingerprint="2026-02-28",
        ),
        m.DiscrepancyForm(
            account_id=account.id,
            period=date(2026, 2, 1),
            measure=e.Measure.OUTBOUND,
            target_amount=MONEY,
            actual_amount=Decimal("81234.56"),
            currency="CNY",
            analysis="佛山 DC 出库低于计划 18% · Xuất kho thấp hơn kế hoạch",
            suspected_cause=e.DiscrepancyCause.STOCK_OUT,
            action="Extra levering vóór 15 maart",
            action_kpi="weeks of cover >= 3",
            responsible="Nguyễn Văn An",
            deadline=date(2026, 3, 15),
            status=e.DiscrepancyStatus.ACTION_TAKEN,
            issue_id=issue.id,
            written_by="nguyen.an",
        ),
        m.FormDraft(
            owner="nguyen.an",
            form="issue",
            record_key=f"new-{account.id}",
            values_json='{"field_description": "返利未到账 · Chưa nhận · niet ontvangen"}',
            kept_at=WHEN,
        ),
        m.MonthlyCommentary(
            month=date(2026, 2, 1),
            territory_id=account.territory_id,
            section="next_focus",
            body="春节后补货 · Bổ sung hàng sau Tết · aanvullen na Chinees Nieuwjaar",
        ),
        m.ContactMapPosition(account_id=account.id, contact_id=contacts[0].id, x=-12.5, y=240.25),
        m.ExchangeRate(
            base_currency="EUR",
            currency="VND",
            rate=Decimal("27345.12345678"),
            valid_from=date(2026, 1, 1),
        ),
        m.RegisterSetting(key="rebate_late_entry_days", value="7"),
        m.VisitCycle(tier=e.Tier.A, interval_days=7),
        m.VisitContact(visit_id=visit.id, contact_id=contacts[0].id),
        m.CompetitorObservation(
            account_id=account.id,
            visit_id=visit.id,
            observed_at=WHEN,
            competitor="Castrol-like",
            price=PRICE,
            currency="CNY",
            shelf_share_percent=30,
        ),
        m.RebateAccrual(
            agreement_id=agreement.id,
            period=date(2026, 1, 1),
            qualifying_amount=MONEY,
            accrued_amount=Decimal("0.01"),
        ),
        m.Approval(
            quote_id=quote.id,
            approver="Regional director",
            decision=e.ApprovalDecision.APPROVED,
            reason="Volume deal",
            decided_at=WHEN,
            fingerprint="ab" * 32,
        ),
        m.OrderConfirmation(
            quote_id=quote.id,
            number="OC-0001",
            confirmed_on=date(2026, 3, 5),
            total_amount=MONEY,
            delivery_date=date(2026, 3, 20),
        ),
        m.SalesFact(
            period=date(2026, 1, 1),
            account_id=account.id,
            product_id=product.id,
            category="passenger_engine_oil",
            measure=e.Measure.SELL_OUT,
            quantity=Decimal("1.125"),
            amount=MONEY,
        ),
        m.Target(
            period_kind="month",
            period_start=date(2026, 1, 1),
            account_id=account.id,
            measure=e.Measure.SELL_IN,
            amount=MONEY,
        ),
        m.AuditEvent(
            occurred_at=WHEN,
            actor="tm",
            entity="customer_issue",
            entity_id=issue.id,
            field="status",
            old_value="open",
            new_value="resolved",
            sequence=1,
            prev_hash="0" * 64,
            hash="9f" * 32,
            value_salt="5a" * 32,
            old_digest="a1" * 32,
            new_digest="b2" * 32,
            redacted_at=None,
        ),
    ]


def assert_every_model_round_trips(db) -> None:  # type: ignore[no-untyped-def]
    """Write one row of every model, read each back in a new session, compare every column:
    equal values of the same type, Decimals at the column's scale, UTC-aware datetimes, UUIDs.
    Fails when a model exists that this module does not cover."""
    from collections import Counter
    from datetime import timedelta

    from sqlalchemy import inspect
    from sqlalchemy.orm import Session

    from acct_desktop.store.types import GUID, Exact, UTCDateTime

    rows = every_model()
    with db.session() as session:
        session.add_all(rows)
        session.flush()
        extra = dependants(rows)
        session.add_all(extra)
    children = [c for r in rows for rel in ("tags", "tiers", "items") for c in getattr(r, rel, [])]
    everything = rows + extra + children
    assert {type(r).__name__ for r in everything} == set(m.__all__) - {"Base", "Entity"}, (
        "a model is missing from tests/samples.py"
    )
    expected = {
        (type(row), inspect(row).identity): {
            a.key: getattr(row, a.key) for a in inspect(type(row)).column_attrs
        }
        for row in everything
    }
    checked: Counter[str] = Counter()
    with Session(db.engine) as session:
        for (cls, identity), values in expected.items():
            loaded = session.get(cls, identity)
            assert loaded is not None, cls.__name__
            attrs = inspect(cls).column_attrs
            for key, want in values.items():
                got = getattr(loaded, key)
                column_type = attrs[key].columns[0].type
                where = f"{cls.__name__}.{key}"
                assert got == want, (where, got, want)
                assert type(got) is type(want), where
                if isinstance(column_type, Exact) and got is not None:
                    assert got.as_tuple().exponent == -column_type.scale, where
                    checked["exact"] += 1
                if isinstance(column_type, UTCDateTime) and got is not None:
                    assert got.utcoffset() == timedelta(0), where
                    checked["datetime"] += 1
                if isinstance(column_type, GUID) and got is not None:
                    assert isinstance(got, uuid.UUID), where
                    checked["uuid"] += 1
    assert checked["exact"] >= 20 and checked["datetime"] >= 40 and checked["uuid"] >= 40, checked
