"""The KPI dashboard against plan: its tiles and charts judge sell-in and outbound by Plan
vs actual's rule, a tile names the warehouse behind plan, accounts per manager is what it
says, and the rows' months read as months. On the hand-made chain of tests/plan_chain.py."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.kpi_dashboard import EVERYTHING, KpiDashboardDock
from acct_desktop.gui.labels import format_month
from acct_desktop.reporting.kpi_charts import FAIR, GOOD, POOR
from acct_desktop.services.workspace import Workspace
from tests.plan_chain import OCTOBER, TODAY, build

NANNING = "驰骏汽车养护连锁 南宁分仓"


@pytest.fixture
def chain(tmp_path):  # type: ignore[no-untyped-def]
    workspace = Workspace.open(tmp_path / "chain.acctdb")
    ids = build(workspace.db)
    yield workspace, ids
    workspace.close()


@pytest.fixture
def board(qtbot, chain):  # type: ignore[no-untyped-def]
    workspace, _ids = chain
    dock = KpiDashboardDock(CurrentAccount())
    dock.today = lambda: TODAY
    dock.background = BackgroundRunner(dock)
    qtbot.addWidget(dock)
    dock.resize(1300, 700)
    dock.show()
    dock.scope.setCurrentIndex(dock.scope.findData(EVERYTHING))
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.set_workspace(workspace)
    assert dock.dashboard.start == OCTOBER  # last month
    yield dock
    dock.background.wait()
    dock.set_workspace(None)


def test_the_warehouses_tile_names_the_one_behind_plan(board, qtbot) -> None:  # type: ignore[no-untyped-def]
    tile = board.tiles["warehouses"]
    assert tile.title.text() == "Warehouses behind plan"
    assert tile.figure.text() == "1 of 4"
    assert tile.detail.text() == f"furthest behind: {NANNING} -26.3% on outbound"
    assert tile.status.text() == "▼ behind plan"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    rows = board.last_dialog.model
    assert rows.rowCount() == 4
    assert rows.index(0, 1).data() == NANNING
    assert rows.index(0, 6).data() == "Behind plan"
    assert rows.index(1, 6).data() == "On plan"
    board.last_dialog.close()
    assert board.chart("warehouses") is not None


def test_sell_in_and_the_ranking_say_on_plan_where_plan_vs_actual_does(board) -> None:  # type: ignore[no-untyped-def]
    assert board.tiles["sales"].status.text() == "● on plan"  # 100.9 % of target
    axes = board.chart("ranking").figure.axes[0]
    at = {
        round(tick): label.get_text()
        for tick, label in zip(axes.get_yticks(), axes.get_yticklabels(), strict=True)
    }
    colours = {
        at[round(bar.get_y() + bar.get_height() / 2)]: to_hex(bar.get_facecolor())
        for bar in axes.patches
    }
    assert colours == {
        "A5 ahead +15.1": FAIR.lower(),
        "A6 on plan +15.0": GOOD.lower(),
        "A1 on plan −1.3": GOOD.lower(),  # below target, on plan: green, not red
        "A2 on plan −4.8": GOOD.lower(),
        "A3 on plan −10.0": GOOD.lower(),
        "A4 behind −10.1": POOR.lower(),
    }
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert legend == ["Behind plan", "On plan", "Ahead of plan"]


def test_a_sell_in_below_target_but_on_plan_says_on_plan(board, chain, qtbot) -> None:  # type: ignore[no-untyped-def]
    """727.27 of 764.00 is 95.2 % of target, −4.8 %: Plan vs actual says "On plan", so the
    tile does too (it said "▲ watch" by a rule of its own)."""
    _workspace, ids = chain
    board.scope.setCurrentIndex(0)  # the current account and below
    with qtbot.waitSignal(board.refreshed, timeout=20_000):
        board.current.set(ids["A2"])
    tile = board.tiles["sales"]
    assert tile.figure.text() == "95.2%"  # the currency in the detail, not before a percent
    assert tile.status.text() == "● on plan"


def test_accounts_per_manager_is_the_accounts_each_manager_has(board) -> None:  # type: ignore[no-untyped-def]
    tile = board.tiles["managers"]
    assert tile.figure.text() == "6"  # 12 accounts, 2 managers — not "2"
    assert tile.detail.text() == "accounts: 12 · managers: 2 · without a manager: 2"


def test_the_sales_rows_show_months_as_months(board) -> None:  # type: ignore[no-untyped-def]
    dialog = board.open_data("sales")
    rows = dialog.model
    assert rows.index(rows.rowCount() - 1, 0).data() == format_month(OCTOBER)  # "Oct 2026"
    assert rows.index(0, 0).data() == format_month(date(2025, 11, 1))
    assert rows.index(rows.rowCount() - 1, 5).data() == "On plan"
    dialog.close()
