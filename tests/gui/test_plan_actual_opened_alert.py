"""Opening a below-target alert shows that alert's figures in Plan vs actual: its measure,
its month and its account, whatever the dock showed before. A Dutch manager opened
"Outbound October 2026 43.4 % below target – Filiaalmagazijn Maastricht" and got the
sell-in of November, with the account's sell-in figures beside the alert's sentence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.alerts import AlertKind
from acct_desktop.domain.enums import Measure
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.widgets.combo_data import find_data

SEPTEMBER = date(2026, 9, 1)


def test_an_opened_outbound_alert_shows_its_month_and_measure_with_the_account_chosen(
    qtbot, window: MainWindow
) -> None:
    alerts, plan = window.docks["alertsDock"], window.docks["planActualDock"]
    alerts.raise_()
    qtbot.waitUntil(lambda: alerts.shown_row_count() > 0, timeout=15_000)
    row, alert = next(
        (row, alert)
        for row, alert in enumerate(alerts.model.alerts())
        if alert.kind is AlertKind.SALES_BELOW_TARGET
        and alert.arguments["measure"] is Measure.OUTBOUND
    )
    month = alert.arguments["month"]
    # the dock on other figures: sell-out, a quarter ending in another month
    with qtbot.waitSignal(plan.loaded, timeout=15_000):
        plan.raise_()
    for combo, value in (
        (plan.measure, Measure.SELL_OUT.value),
        (plan.period_kind, "quarter"),
        (plan.month, SEPTEMBER),
    ):
        with qtbot.waitSignal(plan.loaded, timeout=15_000):
            combo.setCurrentIndex(find_data(combo, value))
    assert month != SEPTEMBER

    alerts.raise_()
    alerts.view.setCurrentIndex(alerts.model.index(row, 0))
    with qtbot.waitSignal(plan.loaded, timeout=15_000):
        alerts.open_selected()
    window.background.wait()
    QCoreApplication.processEvents()
    assert plan.measure.currentData() == Measure.OUTBOUND.value
    assert plan.period_kind.currentData() == "month"
    assert plan.month.currentData() == month
    assert plan.snapshot.measure is Measure.OUTBOUND
    assert plan.snapshot.period.start == month
    assert plan.currency.currentData() == alert.arguments["currency"]
    node = plan.selected_node()
    assert node is not None and node.account_id == alert.account_id
    # the alert's own figures, side by side with its sentence
    assert node.figures.actual == alert.arguments["actual"]
    assert node.figures.target == alert.arguments["target"]
    assert plan.detail_title.text().endswith(alert.account_name)
    assert plan.tree.currentIndex().data() == alert.account_name
