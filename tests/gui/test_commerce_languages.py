"""The quote, price, register, target and checklist services' refusals reach a Chinese,
Vietnamese or Dutch user in their language, with the values in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import Measure, PolicyScope
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.domain.quote_workflow import MoveRefused
from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.gui.dialogs.quote_settings_dialog import QuoteSettingsDialog
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.policy_records import PolicyDraft, PolicyInvalid, PolicyRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder, QuoteEditRejected
from acct_desktop.services.quote_lifecycle import QuoteLifecycle
from acct_desktop.services.quote_settings import QuoteSettingsService
from acct_desktop.services.targets import TargetKey, TargetRejected, TargetService
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, Product
from tests.conftest import DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def quote_services(db: Database) -> tuple[QuoteBuilder, QuoteLifecycle]:
    pricing = PricingService(db)
    today = lambda: DEMO_TODAY  # noqa: E731
    builder = QuoteBuilder(db, pricing, lambda: "tm", lambda: "7KX", today)
    return builder, QuoteLifecycle(db, pricing, lambda: "tm", lambda: "7KX", today)


def first_product_and_account(db: Database) -> tuple[Product, Account]:
    with db.session() as session:
        product = session.scalars(
            select(Product).where(Product.active.is_(True)).order_by(Product.sku)
        ).first()
        account = session.scalars(
            select(Account).where(Account.currency == "VND").order_by(Account.code)
        ).first()
    return product, account


# -- quotes ---------------------------------------------------------------------------------


def test_pasted_lines_are_refused_line_by_line_in_chinese(qapp, chinese, db: Database) -> None:
    builder, _life = quote_services(db)
    product, account = first_product_and_account(db)
    quote = builder.create(account.id)

    with pytest.raises(QuoteEditRejected) as bad_lines:
        builder.add_pasted(quote.id, f"{product.sku}\t4\nlonely\n{product.sku}\t-3\nX1\t2\tbox")
    with pytest.raises(QuoteEditRejected) as unknown:
        builder.add_pasted(quote.id, f"{product.sku}\t4\nNOPE\t2")

    assert exception_text(bad_lines.value) == (
        "第 2 行：“lonely”需要 SKU 和数量。\n"
        "第 3 行：“-3”不是大于 0 的数量。\n"
        "第 4 行：“box”不是单位（pack、L 或 kg）。\n"
        "第 4 行：没有 SKU 为“X1”的产品。"  # in the same round as the other problems
    )
    assert str(bad_lines.value).startswith("Line 2: “lonely” needs a SKU and a quantity.\n")
    assert exception_text(unknown.value) == "第 2 行：没有 SKU 为“NOPE”的产品。"


def test_a_sent_quote_refuses_to_be_sent_again_in_chinese_naming_its_status(
    qapp,
    chinese,
    db: Database,
) -> None:
    builder, life = quote_services(db)
    product, account = first_product_and_account(db)
    quote = builder.add_products(builder.create(account.id).id, [(product.id, D(5), None)])
    life.send(quote.id)

    with pytest.raises(MoveRefused) as again:
        life.send(quote.id)
    with pytest.raises(QuoteEditRejected) as edit:
        builder.update_line(quote.lines[0].id, quantity=D(6))

    assert str(again.value) == (
        "A quote that is sent cannot be marked as sent. Revise it to make changes."
    )
    assert (
        exception_text(again.value)
        == "状态为“已发送”的报价单不能标记为已发送。如需修改，请先修订。"
    )
    assert exception_text(edit.value) == "该报价单已发送；如需修改，请先修订（报价 → 修订）。"


def test_a_discount_over_100_percent_is_refused_in_dutch_with_the_figure(
    qapp,
    dutch,
    db: Database,
) -> None:
    builder, _life = quote_services(db)
    product, account = first_product_and_account(db)
    quote = builder.add_products(builder.create(account.id).id, [(product.id, D(5), None)])

    with pytest.raises(QuoteEditRejected) as refused:
        builder.update_line(quote.lines[0].id, discount_percent=D("120.5"))

    assert str(refused.value) == "The discount must be between 0 and 100%, not 120.5%."
    assert exception_text(refused.value) == (
        "De korting moet tussen 0 en 100\u00a0% liggen, niet 120,5\u00a0%."
    )
    assert user_text(refused.value.problems["discount_percent"]) == exception_text(refused.value)


def test_the_quote_settings_dialog_refuses_a_tax_rate_in_vietnamese(
    qtbot,
    vietnamese,
    db: Database,
) -> None:
    dialog = QuoteSettingsDialog(QuoteSettingsService(db))
    qtbot.addWidget(dialog)
    dialog.tax_rates.setText("VN 10, NL 150")

    dialog.save()

    assert dialog.problem.text() == "Thuế suất của NL phải từ 0 đến 100%."


# -- the price policy register -------------------------------------------------------------


def a_policy(db: Database, **changes: object) -> PolicyDraft:
    product, account = first_product_and_account(db)
    values = dict(
        name="Giá đại lý 40 thùng",
        scope=PolicyScope.ACCOUNT,
        account_id=account.id,
        product_id=product.id,
        valid_from=DEMO_TODAY,
        valid_to=DEMO_TODAY + timedelta(days=365),
        currency="VND",
        min_quantity=D(40),
        rule_kind=RuleKind.FIXED,
        guide_price=D("88500"),
        floor_price=D("80000"),
    )
    return PolicyDraft(**(values | changes))


def test_a_policy_refuses_a_move_in_chinese_naming_its_code_and_both_statuses(
    qapp,
    chinese,
    db: Database,
) -> None:
    records = PolicyRecords(db, actor="lan.nguyen", today=lambda: DEMO_TODAY)
    policy_id = records.create(a_policy(db)).policy_id
    code = records.draft(policy_id)[0].code

    with pytest.raises(EditRejected) as refused:
        records.approve(policy_id, "签约价", approved_by="王丽")
    records.submit(policy_id)
    with pytest.raises(EditRejected) as no_reason:
        records.terminate(policy_id, "")

    assert str(refused.value) == (
        f"{code}: Only a pending approval record can be approved; this one is draft."
    )
    assert exception_text(refused.value) == (
        f"{code}：只有状态为“待审批”的记录才能审批通过；此记录为“草稿”。"
    )
    assert exception_text(no_reason.value) == (
        f"{code}：只有状态为“生效”的记录才能终止；此记录为“待审批”。"
    )


def test_a_wrong_policy_is_refused_field_by_field_in_vietnamese(
    qapp,
    vietnamese,
    db: Database,
) -> None:
    records = PolicyRecords(db, actor="lan.nguyen", today=lambda: DEMO_TODAY)
    draft = a_policy(db, guide_price=D("70000"), valid_to=DEMO_TODAY - timedelta(days=1))

    with pytest.raises(PolicyInvalid) as refused:
        records.create(draft)

    shown = {name: user_text(problem) for name, problem in refused.value.problems.items()}
    assert shown == {
        "valid_to": "Chính sách giá không thể kết thúc trước khi bắt đầu.",
        "guide_price": "Giá hướng dẫn thấp hơn giá sàn.",
    }


# -- targets --------------------------------------------------------------------------------


def test_targets_are_refused_in_dutch_with_the_figures_in_place(qapp, dutch, db: Database) -> None:
    service = TargetService(db, "anna")
    _product, account = first_product_and_account(db)  # a VND account: no decimals
    key = TargetKey(account.id, None)

    with pytest.raises(TargetRejected) as stock:
        service.set_year(TargetKey(account.id, None, measure=Measure.STOCK), 2027, D(1000))
    with pytest.raises(TargetRejected) as decimals:
        service.edit(key, 2027, "m3", D("1500.5"))
    with pytest.raises(TargetRejected) as weights:
        service.set_year(key, 2027, D(1200), BreakdownMethod.WEIGHTS, [D(1), D(2)])

    assert str(decimals.value) == "1500.5 has more decimals than VND amounts have (0)."
    assert exception_text(stock.value) == (
        "Doelen gelden voor inkoop, uitlevering of eindverkoop; voorraad is een stand, geen stroom."
    )
    assert exception_text(decimals.value) == (
        "1500.5 heeft meer decimalen dan bedragen in VND hebben (0)."
    )
    assert (
        exception_text(weights.value)
        == "Geef 12 maandgewichten of 4 kwartaalgewichten, niet 2 gewichten."
    )
