"""Asking "what is this customer's price for 40 cartons, and why?" in the window."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.pricing import PricingService
from acct_desktop.store import models as m


def an_account_deal(window: MainWindow):
    with window.workspace.db.session() as session:
        return session.execute(
            select(m.PricePolicy.account_id, m.PricePolicy.product_id, m.PricePolicy.code)
            .where(
                m.PricePolicy.status == "active",
                m.PricePolicy.rule_kind == "fixed",
                m.PricePolicy.min_quantity <= 40,
            )
            .order_by(m.PricePolicy.code)
            .limit(1)
        ).one()


def test_the_price_for_40_packs_names_the_policy_and_the_others_considered(
    qtbot, window: MainWindow
) -> None:
    account_id, product_id, code = an_account_deal(window)
    window.current.set(account_id)
    dialog = window.open_price_check()
    qtbot.addWidget(dialog)
    dialog.product.set_choice(product_id, "the deal's product")
    dialog.quantity.setText("40")
    dialog.price_button.click()
    expected = PricingService(window.workspace.db).price(account_id, product_id, Decimal(40))
    assert expected.policy == code
    assert code in dialog.answer.text() and expected.currency in dialog.answer.text()
    why = dialog.why.toPlainText()
    assert f"{code}  fired" in why
    assert all(line.policy in why for line in expected.breakdown)


def test_no_product_or_a_bad_quantity_is_said_not_priced(qtbot, window: MainWindow) -> None:
    account_id, product_id, _code = an_account_deal(window)
    window.current.set(account_id)
    dialog = window.open_price_check()
    qtbot.addWidget(dialog)
    dialog.price_button.click()
    assert "Choose a product" in dialog.answer.text()
    dialog.product.set_choice(product_id, "x")
    dialog.quantity.setText("veertig")
    dialog.price_button.click()
    assert dialog.answer.text() and not dialog.why.toPlainText()


def test_why_a_policy_fired_or_was_skipped_is_said_in_vietnamese(
    qtbot, window: MainWindow, speak
) -> None:
    from acct_desktop.domain.pricing_rules import Outcome
    from acct_desktop.gui.dialogs.price_check import _explain

    account_id, product_id, _code = an_account_deal(window)
    quote = PricingService(window.workspace.db).price(account_id, product_id, Decimal(1))
    skipped = [line for line in quote.breakdown if line.outcome is not Outcome.FIRED]
    assert skipped  # the demo's register has policies for other accounts and products
    english = _explain(quote)
    speak("vi")  # English and the window's locale again after the test
    vietnamese = _explain(quote)
    words = {Outcome.SKIPPED: ("skipped", "bỏ qua"), Outcome.OUTRANKED: ("outranked", "bị")}
    english_word, vietnamese_word = words[skipped[0].outcome]
    assert f"{skipped[0].policy}  {english_word}" in english
    assert f"{skipped[0].policy}  {vietnamese_word}" in vietnamese
    for said in ("min qty", "outside validity", "less specific", "does not cover", "not active"):
        assert said not in vietnamese
