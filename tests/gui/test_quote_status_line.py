"""The quote builder's status line says what a quote needs next (issue s18: a sent quote
with an approval hid its follow-up, a rejected one showed a green tick), warns of a policy
price that ends before the quote does and offers to shorten the validity, and a currency
change names the contract prices it would drop before it drops them."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal as D

from PySide6.QtCore import Qt

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, QuoteStatus
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn, day_text
from acct_desktop.gui.widgets.quote_editor import AMBER, GREY, RED
from acct_desktop.store import models as m
from tests.gui.test_quote_builder_dock import add, dock_of, vn_account_and_products


def contract_price(product: m.Product) -> D:
    """4 % under the demo's list price in VND (27,000 VND to the euro)."""
    return (product.list_price * 27000 * D("0.96")).quantize(D(1))


def contract(window: MainWindow, account_id: uuid.UUID, product: m.Product, **kw) -> str:
    """An active account policy giving ``product`` a fixed VND price."""
    code = kw.pop("code", "C-TEST")
    with window.workspace.db.session() as session:
        session.add(
            m.PricePolicy(
                code=code,
                name="contract",
                scope=PolicyScope.ACCOUNT,
                account_id=account_id,
                product_id=product.id,
                valid_from=kw.pop("valid_from", date(2020, 1, 1)),
                valid_to=kw.pop("valid_to", None),
                currency="VND",
                min_quantity=D(0),
                status=PolicyStatus.ACTIVE,
                rule_kind=RuleKind.FIXED,
                guide_price=contract_price(product),
            )
        )
    return code


def test_a_sent_approved_quote_near_its_end_asks_for_a_follow_up_a_rejected_one_says_why(
    qtbot, window: MainWindow
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    today = dock.editor.view.today
    add(dock, products[0], "10")
    model = dock.editor.model
    assert model.setData(model.index(0, LineColumn.DISCOUNT), "12")  # over the 10 % band
    dock.commands.set_header("valid_until", today + timedelta(days=3))
    life = window.workspace.quote_lifecycle
    quote_id = dock.editor.view.id
    life.submit(quote_id)
    life.approve(quote_id, "Trần Minh", "Season volume commitment")
    dock.commands._moved(life.send(quote_id))
    view = dock.editor.view
    assert view.status is QuoteStatus.SENT and view.approval_valid
    assert dock.editor.banner.text() == (
        f"● Sent — expires {day_text(today + timedelta(days=3))} (3 day(s) left): follow up."
    )
    assert AMBER in dock.editor.banner.styleSheet()

    dock.commands._moved(life.reject(quote_id, "Price above the competitor's offer"))
    assert dock.editor.banner.text() == (
        "✗ Rejected by the customer: Price above the competitor's offer"
    )
    assert GREY in dock.editor.banner.styleSheet() and "✓" not in dock.editor.banner.text()


def test_a_policy_price_ending_before_the_quote_is_flagged_and_the_validity_can_follow_it(
    qtbot, window: MainWindow
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    view = dock.editor.view
    ends = view.today + timedelta(days=10)
    assert view.valid_until > ends  # 30 days by default
    code = contract(window, account_id, products[1], valid_to=ends)
    add(dock, products[1], "4")
    add(dock, products[2], "2")
    view = dock.editor.view
    assert [ln.price_ends for ln in view.lines] == [ends, None] and view.price_ends == ends
    model = dock.editor.model
    flags = model.index(0, LineColumn.FLAGS)
    assert flags.data() == f"◷ price ends {day_text(ends)}"
    assert flags.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Policy {code}'s price ends {day_text(ends)}; "
        f"the quote is valid to {day_text(view.valid_until)}."
    )
    price_tip = model.index(0, LineColumn.PRICE).data(Qt.ItemDataRole.ToolTipRole)
    assert price_tip.splitlines()[0] == f"Policy {code}, valid to {day_text(ends)}"
    assert price_tip.splitlines()[1].startswith("guide ")  # then the guard rails
    assert dock.editor.banner.text() == (
        f"● 1 line(s) priced by a policy that ends {day_text(ends)}, before the quote's "
        f"validity ends ({day_text(view.valid_until)})."
    )
    assert AMBER in dock.editor.banner.styleSheet()
    cap = dock.editor.cap_validity
    assert cap.isVisibleTo(dock) and cap.text() == f"Valid until {day_text(ends)}"

    was = view.valid_until
    cap.click()  # one undoable step
    view = dock.editor.view
    assert view.valid_until == ends and view.price_ends is None
    assert not cap.isVisibleTo(dock) and "ready to send" in dock.editor.banner.text()
    window.undo_stack.undo()
    assert dock.editor.view.valid_until == was and cap.isVisibleTo(dock)


def test_a_currency_change_names_the_contract_prices_it_drops_before_dropping_them(
    qtbot, window: MainWindow
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    code = contract(window, account_id, products[1])
    dock.commands.new_quote()
    add(dock, products[1], "4")
    add(dock, products[2], "2")
    line = dock.editor.view.lines[0]
    assert (line.policy_code, line.base_price) == (code, contract_price(products[1]))
    questions: list[tuple[str, ...]] = []
    answer = [False]

    def confirm(*asked: str) -> bool:
        questions.append(asked)
        return answer[0]

    dock.commands.confirm = confirm
    field = dock.editor.fields["currency"]

    field.setText("EUR")
    field.editingFinished.emit()
    title, text, yes, no = questions[-1]
    assert (title, yes, no) == ("Change the currency to EUR?", "Change to EUR", "Keep VND")
    assert f"Line 1 ({products[1].sku}): policy {code} is in VND, so in EUR" in text
    assert "Line 2" not in text  # its price does not come from a VND policy
    assert dock.editor.view.currency == "VND" and field.text() == "VND"  # kept

    answer[0] = True
    field.setText("EUR")
    field.editingFinished.emit()
    view = dock.editor.view
    assert view.currency == "EUR" and view.lines[0].policy_code != code
    window.undo_stack.undo()  # the prices come back with the currency
    view = dock.editor.view
    assert view.currency == "VND" and view.lines[0].policy_code == code
    assert field.text() == "VND"

    asked = len(questions)
    field.setText("USD")  # no exchange rate: said under the field, the field goes back
    field.editingFinished.emit()
    problem = dock.editor.problems["currency"]
    assert problem.isVisibleTo(dock.editor) and "USD" in problem.text()
    assert field.text() == "VND" and dock.editor.view.currency == "VND"
    assert len(questions) == asked and RED in problem.styleSheet()
