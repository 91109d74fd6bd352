"""A manager sees a line's guard rails before going under them: the guide price, the floor,
the minimum markup, the discount band and the approval threshold — in the line's tooltips,
the strip under the lines for the selected line, and the price check (QA zh: only "价格政策
PP-00039，有效期至 2027/12/31" was said)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn, rails_text
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.store import models as m


@pytest.fixture(autouse=True)
def seller(isolated_user: object) -> None:
    save_manager_profile(ManagerProfile("Zhu Jing", "Acme Lubricants", "+86 512 1234 5678"))


def guarded_deal(window: MainWindow) -> tuple[uuid.UUID, m.Product, m.Product]:
    """A CNY account with a fixed price of 129.17 for one product, and every guard rail."""
    with window.workspace.db.session() as session:
        account = session.scalars(
            select(m.Account).where(m.Account.currency == "CNY").order_by(m.Account.code)
        ).first()
        products = list(
            session.scalars(
                select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku)
            )
        )[:2]
        session.add(
            m.PricePolicy(
                code="G-RAILS",
                name="rails",
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                product_id=products[0].id,
                rule_kind=RuleKind.FIXED,
                guide_price=D("129.17"),
                valid_from=date(2026, 1, 1),
                valid_to=date(2027, 12, 31),
                currency="CNY",
                min_quantity=D(0),
                status=PolicyStatus.ACTIVE,
                floor_price=D("110.0700"),
                min_margin_percent=D("15"),
                max_discount_percent=D("12"),
                approval_threshold_percent=D("5"),
            )
        )
        return account.id, products[0], products[1]


def test_the_guard_rails_show_in_the_tooltips_and_the_strip(qtbot, window: MainWindow) -> None:
    account_id, guarded, plain = guarded_deal(window)
    window.current.set(account_id)
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.commands.new_quote()
    editor = dock.editor
    for product in (guarded, plain):
        editor.product.set_choice(product.id, product.sku)
        editor.quantity.setText("40")
        editor.add_button.click()
    view = editor.view
    assert view.currency == "CNY" and view.lines[0].policy_code == "G-RAILS"
    rails = (
        "guide 129.17 · floor 110.07 · min. markup 15% · discount band 0–12% off list"
        " · approval over 5% off list"
    )
    model = editor.model
    price_tip = model.index(0, LineColumn.PRICE).data(0x03)  # ToolTipRole
    assert "G-RAILS" in price_tip and rails in price_tip
    assert rails in model.index(0, LineColumn.DISCOUNT).data(0x03)
    assert rails in model.index(0, LineColumn.NET_PRICE).data(0x03)
    assert rails_text(None, None, "CNY") == "no guard rails (below cost is flagged)"
    # the percentage over cost is a markup, and called so (QA zh: "毛利率" for a markup)
    assert model.headerData(LineColumn.MARGIN, Qt.Orientation.Horizontal) == "Markup %"
    assert "gross profit" in editor.margin.text() and "(markup " in editor.margin.text()

    editor.table.setCurrentIndex(model.index(0, LineColumn.DISCOUNT))
    assert editor.rails.isVisibleTo(editor)
    assert editor.rails.full_text() == f"Line 1 ({guarded.sku}): {rails}"
    editor.table.setCurrentIndex(model.index(1, LineColumn.DISCOUNT))
    second = rails_text(view.lines[1].base_price, view.lines[1].guards, "CNY")
    assert editor.rails.full_text() == f"Line 2 ({plain.sku}): {second}"
    assert second.startswith("guide ") and "floor 110.07" not in second


def test_the_price_check_names_the_guard_rails(qtbot, window: MainWindow) -> None:
    account_id, guarded, _plain = guarded_deal(window)
    window.current.set(account_id)
    dialog = window.open_price_check()
    qtbot.addWidget(dialog)
    dialog.product.set_choice(guarded.id, guarded.sku)
    dialog.quantity.setText("40")
    dialog.price_button.click()
    why = dialog.why.toPlainText()
    assert (
        "Guard rails: guide 129.17 · floor 110.07 · min. markup 15% · discount band 0–12%"
        " off list · approval over 5% off list"
    ) in why
