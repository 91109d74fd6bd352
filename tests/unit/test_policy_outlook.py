"""What a policy will actually price next to the approved policies of its slot: said at
save, submit and approve, and approve refuses one that would never price (QA s19: PP-00057
was approved over PP-00039 without a word and never priced anything)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.policy_outlook import outlook
from acct_desktop.domain.pricing_rules import PriceRule, RuleKind
from acct_desktop.domain.sentences import Sentence, rendered, sentences
from acct_desktop.services.policy_outlook import NeverFires
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY

TODAY = date(2026, 11, 24)


def rule(code: str, start: date, end: date | None, price: str = "125", **more) -> PriceRule:
    values = dict(
        id=code,
        kind=RuleKind.FIXED,
        scope=PolicyScope.ACCOUNT,
        scope_ref="CN000048",
        product_id="HO-022-5L",
        valid_from=start,
        valid_to=end,
        currency="CNY",
        price=Decimal(price),
    )
    return PriceRule(**(values | more))


OLD = rule("PP-00039", date(2026, 7, 9), date(2027, 12, 31), "129.17")


def test_an_older_policy_covering_the_window_wins_every_day_and_says_so() -> None:
    new = rule("PP-00057", date(2026, 12, 1), date(2027, 6, 30), active=False)
    found = outlook(new, [OLD], TODAY)
    assert found.never_fires
    assert found.sentences == (
        "PP-00039 prices the same customers and products from 2026-12-01 to 2027-06-30 and "
        "wins (same level, older code): PP-00057 would never price anything. Shorten "
        "PP-00039, or make PP-00057 more specific.",
    )


def test_a_partly_shared_window_prices_only_outside_the_shared_days() -> None:
    new = rule("PP-00057", date(2027, 6, 1), None)
    found = outlook(new, [OLD], TODAY)
    assert not found.never_fires
    assert "from 2027-06-01 to 2027-12-31" in found.sentences[0]
    assert "PP-00057 prices only outside those days" in found.sentences[0]


def test_an_older_code_takes_over_from_a_newer_one() -> None:
    newer = rule("PP-00060", date(2027, 1, 1), date(2027, 3, 31))
    found = outlook(OLD, [newer], TODAY)
    assert not found.never_fires
    assert found.sentences[0].startswith("PP-00039 takes over from PP-00060 from 2027-01-01")


@pytest.mark.parametrize(
    "other",
    [
        rule("PP-00001", date(2026, 1, 1), None, active=False),  # a draft prices nothing
        rule("PP-00002", date(2026, 1, 1), date(2026, 10, 31)),  # expired before today
        rule("PP-00003", date(2026, 1, 1), None, min_quantity=Decimal(50)),  # another break
        rule("PP-00004", date(2026, 1, 1), None, scope_ref="CN000049"),  # another account
        rule("PP-00005", date(2026, 1, 1), None, currency="EUR"),  # never meets it
    ],
)
def test_what_does_not_compete_for_the_same_sales_is_not_mentioned(other) -> None:
    new = rule("PP-00057", date(2026, 12, 1), date(2027, 6, 30))
    assert outlook(new, [other], TODAY).clear


def test_sentences_take_no_space_after_a_chinese_full_stop() -> None:
    row = sentences(Sentence.of("A is active."), "You are the approver.")
    assert row == "A is active. You are the approver."
    zh = {"A is active.": "A 生效。", "You are the approver.": "您是审批人。"}
    assert rendered(row, lambda text: zh.get(text, text)) == "A 生效。您是审批人。"
    assert rendered(row, lambda text: text) == "A is active. You are the approver."


# -- the service, on the demo register -----------------------------------------------------


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def records(workspace) -> PolicyRecords:
    return PolicyRecords(workspace.db, actor="tester", today=lambda: DEMO_TODAY)


def deal(ws: Workspace, price: str, start: date, end: date | None) -> PolicyDraft:
    with ws.db.session() as session:
        product_id = session.scalars(select(m.Product.id).order_by(m.Product.sku)).first()
    return PolicyDraft(
        name=f"deal {price}",
        scope=PolicyScope.ACCOUNT,
        account_id=ws.tree.children(None, 0, 1)[0].id,
        product_id=product_id,
        valid_from=start,
        valid_to=end,
        currency="EUR",
        rule_kind=RuleKind.FIXED,
        guide_price=Decimal(price),
    )


def approved(records: PolicyRecords, draft: PolicyDraft):
    policy_id = records.create(draft).policy_id
    records.submit(policy_id)
    records.approve(policy_id, "agreed", approved_by="Sales director")
    return policy_id


def test_approve_refuses_a_policy_that_would_never_price_unless_confirmed(
    workspace, records
) -> None:
    start = DEMO_TODAY + timedelta(days=10)
    old_id = approved(records, deal(workspace, "10", start, start + timedelta(days=400)))
    old_code = records.draft(old_id)[0].code
    winter = deal(workspace, "9", start + timedelta(days=20), start + timedelta(days=200))
    said = records.outlook(winter)  # at Save, before it has a code
    assert said.never_fires and said.sentences[0].startswith(f"{old_code} prices the same")
    new_id = records.create(winter).policy_id
    records.submit(new_id)
    with pytest.raises(NeverFires) as refused:
        records.approve(new_id, "winter deal", approved_by="Sales director")
    assert "would never price anything" in str(refused.value)
    assert refused.value.confirm == "Approve it anyway: I know it will never price anything"
    assert records.draft(new_id)[1] is PolicyStatus.PENDING_APPROVAL
    records.approve(new_id, "winter deal", True, "Sales director")
    assert records.draft(new_id)[1] is PolicyStatus.ACTIVE
    # and the register check agrees: the new one never fires
    kinds = {
        (p.kind.value, p.rules[0]) for p in PricingService(workspace.db).check_register(DEMO_TODAY)
    }
    new_code = records.draft(new_id)[0].code
    assert ("never_fires", new_code) in kinds


def test_a_policy_alone_in_its_slot_is_approved_without_a_word(workspace, records) -> None:
    draft = deal(workspace, "10", DEMO_TODAY, None)
    assert records.outlook(draft).clear
    policy_id = approved(records, draft)
    assert records.outlook_of(policy_id).clear
