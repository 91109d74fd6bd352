"""The rebate tab (and the card's Policies & rebates tab, which reuses its columns) shows
what was accrued, the tier reached and what is still to buy by when, money with the
currency's decimals in the user's marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoStack

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.policy_register import REBATE_COLUMNS, PolicyRegisterDock
from acct_desktop.gui.labels import money_text
from acct_desktop.services.issues import IssueService
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

HEADERS = [c.header for c in REBATE_COLUMNS]


@pytest.fixture
def dock(qtbot, demo_db):
    ws = Workspace.open(demo_db)
    ws.issues = IssueService(ws.db, today=lambda: DEMO_TODAY)
    register = PolicyRegisterDock(CurrentAccount())
    register.undo_stack = QUndoStack(register)
    qtbot.addWidget(register)
    register.resize(1300, 500)
    register.show()
    register.set_workspace(ws)
    register.only_current.setChecked(False)
    register.show_kind("rebate")
    yield register
    register.set_workspace(None)
    ws.close()


def test_accrued_tier_and_still_to_buy_are_shown_with_the_currency_decimals(dock) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        model = dock.rebates
        accrued, tier, still, by = (
            HEADERS.index(h)
            for h in ("Accrued so far", "Tier reached", "Still to buy", "Next tier by")
        )
        rows = model.rows()
        waiting = [
            i for i, r in enumerate(rows) if r.still_to_buy is not None and not r.by_quantity
        ]
        assert waiting
        i = waiting[0]
        row = rows[i]
        text = model.index(i, still).data()
        assert text == money_text(row.still_to_buy, row.currency)
        assert "," in text or row.currency == "VND"  # Dutch decimal comma
        assert model.index(i, by).data()  # its deadline, the period's end
        assert model.index(i, accrued).data() == money_text(
            row.accrued, row.currency, keep_finer=True
        )
        reached = next(j for j, r in enumerate(rows) if r.tier_reached_percent is not None)
        assert model.index(reached, tier).data().endswith("\u00a0%")  # Dutch: 2,5 %
    finally:
        QLocale.setDefault(previous)


def test_the_columns_are_fitted_again_to_the_rows_a_reload_brings(dock, qtbot) -> None:
    """Saving an agreement reloads the register: fitted to the rows before it only, the
    new row's wider day was cut ("2026/…") with ~250 px to spare (QA zh)."""
    from sqlalchemy import select

    from acct_desktop.store.models import Account, RebateAgreement

    view = dock.rebate_table.view
    header = view.horizontalHeader()
    customer = HEADERS.index("Account")
    before = header.sectionSize(customer)
    with dock.workspace.db.session() as session:
        agreement = session.scalars(select(RebateAgreement)).first()
        account = session.get(Account, agreement.account_id)
        account.name = account.name + " Holdings International"  # a wider name
    dock.reload()
    qtbot.waitUntil(lambda: dock.rebates.rowCount() > 0)
    needed = min(view.sizeHintForColumn(customer), 320)
    assert needed > before
    assert header.sectionSize(customer) >= needed
