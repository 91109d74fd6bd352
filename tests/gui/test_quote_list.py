"""The quote builder's list of quotes on a laptop: a replaced revision says so, and the
list shows number, status and net total in its room (QA zh at 1366x768)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.store import models as m


@pytest.fixture(autouse=True)
def seller(isolated_user: object) -> None:
    save_manager_profile(ManagerProfile("Zhu Jing", "Acme Lubricants", "+86 512 1234 5678"))


def a_sent_quote_revised(window: MainWindow):  # type: ignore[no-untyped-def]
    with window.workspace.db.session() as session:
        account = session.scalars(
            select(m.Account).where(m.Account.currency == "CNY").order_by(m.Account.code)
        ).first()
        product = session.scalars(
            select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku)
        ).first()
        account_id, product_id = account.id, product.id
    builder, life = window.workspace.quote_builder, window.workspace.quote_lifecycle
    quote = builder.add_products(builder.create(account_id).id, [(product_id, D(5), None)])
    life.send(quote.id)
    return account_id, quote, life.revise(quote.id)


def status_of(dock, number: str, revision: int) -> str:  # type: ignore[no-untyped-def]
    model = dock.quotes
    status_column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    for row in range(model.rowCount()):
        quote = model.row_object(row)
        if (quote.number, quote.revision) == (number, revision):
            return model.index(row, status_column).data()
    raise AssertionError(f"{number} R{revision} is not listed")


def test_a_replaced_revision_is_listed_and_titled_as_replaced(qtbot, window: MainWindow) -> None:
    account_id, r1, r2 = a_sent_quote_revised(window)
    window.current.set(account_id)
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    assert status_of(dock, r1.number, 1) == "Replaced by R2"
    assert status_of(dock, r2.number, 2) == "Draft"
    dock.show_quote(window.workspace.quote_builder.view(r1.id))
    assert dock.editor.view.status is QuoteStatus.SENT  # stored as it was: nothing rewritten
    assert dock.editor.title.text().endswith("· Replaced by R2")


@pytest.mark.parametrize("language", ["en", "zh_CN", "vi", "nl"])
def test_on_a_laptop_the_list_shows_quote_status_and_net_total_and_nothing_is_cut(
    qtbot, window: MainWindow, speak, language: str
) -> None:
    """QA zh at 1366x768: the list was 235 px wide (status and net total off-screen) and
    "从模板新建" was cut, and enabled on an ordered, locked quote."""
    if language != "en":
        speak(language)
    with window.workspace.db.session() as session:
        account_id = session.scalars(
            select(m.Quote.account_id).where(m.Quote.status == QuoteStatus.ORDERED)
        ).first()
    window.current.set(account_id)
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.raise_()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: dock.quotes.rowCount() > 0)
    QApplication.processEvents()
    table = dock.quote_table.view
    header = table.horizontalHeader()
    room = table.viewport().width()
    for column in (0, 1, 2):  # quote, status, net total: whole in the list
        assert header.sectionPosition(column) + header.sectionSize(column) <= room, column
    assert header.sectionPosition(3) < room  # the account starts in view (cut with "…")
    for button in (dock.template_button, dock.editor.add_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        corner = button.mapTo(window, QPoint(0, 0))
        assert corner.x() + button.width() <= window.width(), button.text()

    ordered = next(
        row
        for row in range(dock.quotes.rowCount())
        if dock.quotes.row_object(row).status is QuoteStatus.ORDERED
    )
    table.selectRow(ordered)
    QApplication.processEvents()
    assert dock.editor.view.status is QuoteStatus.ORDERED
    assert not dock.template_button.isEnabled()  # it adds lines: not to a locked quote
    assert not dock.commands.templates_menu.isEnabled()
    assert not dock.commands.actions["paste"].isEnabled()
