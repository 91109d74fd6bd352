"""Confirming an order with a delivery date before a line can be delivered (QA zh: line 3
"最早 2026/12/5", the dialog took 2026/12/3 without a word)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from acct_desktop.gui.dialogs.quote_dialogs import OrderDialog


def test_an_early_delivery_date_names_the_line_and_needs_the_customer_s_consent(qtbot) -> None:
    confirmed: list[tuple[str, date, bool]] = []
    earliest = [(1, "HO-022-5L", date(2026, 11, 28)), (3, "G-026-0.4kg", date(2026, 12, 5))]
    dialog = OrderDialog(
        date(2026, 12, 10),
        lambda ref, day, partial: confirmed.append((ref, day, partial)) or "done",
        earliest=earliest,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.too_soon.isVisible() and not dialog.partial.isVisible()

    dialog.delivery.setDate(QDate(2026, 12, 3))
    assert dialog.too_soon.isVisible() and dialog.partial.isVisible()
    assert "Line 3 (G-026-0.4kg)" in dialog.too_soon.text()
    assert "Line 1" not in dialog.too_soon.text()  # 28 Nov comes before 3 Dec
    dialog.reference.setText("PO-1")
    dialog._run()  # refused until the customer's consent is ticked: nothing confirmed
    assert confirmed == [] and dialog.problem.isVisible()
    assert "partial delivery" in dialog.problem.text()

    dialog.partial.setChecked(True)
    dialog._run()
    # the service is told the customer accepts a partial delivery (it keeps which lines)
    assert confirmed == [("PO-1", date(2026, 12, 3), True)] and dialog.result_value == "done"


def test_a_delivery_date_every_line_can_make_is_confirmed_at_once(qtbot) -> None:
    confirmed: list[date] = []
    day = date(2026, 12, 10)
    dialog = OrderDialog(
        day,
        lambda ref, d, partial: confirmed.append((d, partial)),
        earliest=[(1, "A", day - timedelta(days=1))],
    )
    qtbot.addWidget(dialog)
    dialog._run()
    assert confirmed == [(day, False)] and not dialog.partial.isVisibleTo(dialog)
