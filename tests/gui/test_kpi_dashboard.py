"""The KPI dashboard dock on the S demo: figures in words with their status, charts, a click
on a tile or a chart opening the rows behind it, scope and period choices, empty states."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, select

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.kpis import PeriodChoice, period_bounds
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.kpi_dashboard import EVERYTHING, KpiDashboardDock
from acct_desktop.gui.labels import format_decimal, format_value
from acct_desktop.gui.widgets.kpi_data import table_model
from acct_desktop.services.kpis import KpiScope, KpiService
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, SalesFact, Target
from tests.conftest import DEMO_TODAY

LAST_MONTH = period_bounds(PeriodChoice.LAST_MONTH, DEMO_TODAY)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace: Workspace) -> KpiDashboardDock:
    board = KpiDashboardDock(CurrentAccount())
    board.today = lambda: DEMO_TODAY
    board.background = BackgroundRunner(board)
    qtbot.addWidget(board)
    board.resize(1100, 700)
    board.show()
    board.scope.setCurrentIndex(board.scope.findData(EVERYTHING))
    with qtbot.waitSignal(board.refreshed, timeout=20_000):
        board.set_workspace(workspace)
    yield board
    board.background.wait()
    board.set_workspace(None)


def expected(workspace: Workspace, scope: KpiScope | None = None):  # type: ignore[no-untyped-def]
    return KpiService(workspace.db, today=lambda: DEMO_TODAY).dashboard(*LAST_MONTH, scope)


def test_the_dock_shows_last_months_figures_for_everything(dock, workspace) -> None:
    board = expected(workspace)
    assert dock.dashboard is not None and dock.dashboard.start == LAST_MONTH[0]
    visits = dock.tiles["visits"]
    assert visits.figure.text() == f"{format_decimal(board.visits.compliance)}%"  # English
    assert str(board.visits.done) in visits.detail.text()
    assert visits.status.text() in ("● on track", "▲ watch", "▼ behind")  # words, not colour
    nps = dock.tiles["nps"]
    assert board.nps.result.answers > 0
    assert nps.figure.text() == format_decimal(board.nps.result.score)
    assert "EUR" in dock.tiles["sales"].figure.text()
    assert not dock.state.isVisible()  # sales are there: no empty-state banner
    assert dock.shown_row_count() >= 10
    assert set(dock._canvases) == {"sales", "ranking", "rates", "managers", "nps", "warehouses"}


def test_clicking_a_tile_opens_the_rows_behind_it(dock, workspace, qtbot) -> None:
    board = expected(workspace)
    tile = dock.tiles["issues"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    dialog = dock.last_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.rowCount() == len(board.issues.rows)
    numbers = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert numbers == board.issues.rows.column("number")
    dialog.close()


def test_clicking_a_chart_opens_its_rows(dock, workspace, qtbot) -> None:
    canvas = dock.chart("sales")
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            centre,
            canvas.mapToGlobal(centre),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(canvas, event)
    dialog = dock.last_dialog
    assert dialog is not None
    board = expected(workspace)
    assert dialog.model.rowCount() == len(board.sales.rows) == 12 * len(board.sales.currencies)
    dialog.close()


def test_a_chart_is_copied_as_a_sharp_image_or_saved_as_svg_and_a_right_click_opens_no_rows(
    dock, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QFileDialog

    canvas = dock.chart("sales")
    dock.last_dialog = None
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, centre, canvas.mapToGlobal(centre), Qt.MouseButton.RightButton,
            Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(canvas, event)
    assert dock.last_dialog is None  # the right button is the chart's menu, not its rows
    copy, save = canvas.actions()
    assert (copy.text(), save.text()) == ("Copy chart", "Save chart as…")
    copy.trigger()
    image = QGuiApplication.clipboard().image()
    width, height = canvas.figure.get_size_inches()
    assert abs(image.width() - width * 150) <= 1 and abs(image.height() - height * 150) <= 1
    assert image.width() > canvas.width()  # drawn again at 150 dpi, not grabbed
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "sell-in"), "SVG drawing (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    save.trigger()
    assert asked[0].endswith("kpi-sales-2026-10-01.png")  # the chart and its period
    svg = (tmp_path / "sell-in.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "</svg>" in svg


def test_the_tables_behind_every_kpi_pass_the_model_tester(dock, qtmodeltester) -> None:
    for key, table in dock.dashboard.tables().items():
        model = table_model(table)
        if len(table) > 1 and key == "managers":
            model.sort(1, Qt.SortOrder.DescendingOrder)
            counts = [model.index(r, 1).data() for r in range(model.rowCount())]
            assert counts == sorted(counts, key=int, reverse=True)
        # attached after the sort's reset: Qt's tester fetches lazily-loaded rows itself
        # while it handles a reset, which it then counts as an insert during the reset
        qtmodeltester.check(model)


def test_the_scope_can_follow_the_current_account(dock, workspace, qtbot) -> None:
    account_id = workspace.accounts.busiest_account_id()
    dock.scope.setCurrentIndex(0)  # the current account and below
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.current.set(account_id)
    board = expected(workspace, KpiScope.account(account_id))
    assert dock.dashboard.scope == KpiScope.account(account_id)
    assert dock.dashboard.visits.planned == board.visits.planned


def test_a_territory_scope_stays_chosen_when_the_figures_are_read_again(dock, qtbot) -> None:
    """When the database is opened again (a restored backup, a new key) the dock reads the
    territory list afresh: the user's territory stays chosen (its id is a new object)."""
    territory = dock.scope.count() - 1
    chosen = dock.scope.itemData(territory)
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.scope.setCurrentIndex(territory)
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.set_workspace(dock.workspace)
    assert dock.scope.currentIndex() == territory
    assert dock.scope.currentData() == chosen and dock.scope.currentData() is not chosen
    assert dock.dashboard.scope == KpiScope.territory(chosen)


def test_a_period_choice_reads_the_figures_again(dock, qtbot) -> None:
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.period.setCurrentIndex(dock.period.findData(PeriodChoice.YEAR_TO_DATE.value))
    assert dock.dashboard.start == date(DEMO_TODAY.year, 1, 1)


def test_this_month_before_its_sell_in_is_in_shows_no_figures_yet(dock, qtbot) -> None:
    # the demo's sell-in ends in October; "today" is 2 November
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.period.setCurrentIndex(dock.period.findData(PeriodChoice.THIS_MONTH.value))
    sales = dock.tiles["sales"]
    assert dock.dashboard.sales.awaiting
    assert sales.figure.text() == "No figures yet"
    plan = dock.dashboard.sales.period_target  # the plan to date, no 0 % "behind"
    money = " · ".join(f"{c}\u00a0{format_decimal(plan[c])}" for c in ("CNY", "EUR", "VND"))
    assert sales.detail.text() == f"plan to date {money}; import the ERP's sales"
    assert sales.status.isHidden()
    assert dock.dashboard.ranking.by == "awaiting"
    model = dock.open_data("returning").model  # who bought again: not known yet
    column = dock.dashboard.returning.rows.columns.index("bought_again")
    assert model.rowCount() > 0
    assert model.index(0, column).data() == "not in yet"
    dock.last_dialog.reject()


def test_a_period_in_progress_is_compared_to_the_day_its_figures_reach(dock, qtbot) -> None:
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.period.setCurrentIndex(dock.period.findData(PeriodChoice.THIS_QUARTER.value))
    board = dock.dashboard
    assert board.sales.through == date(2026, 10, 31)  # the quarter's October, not to today
    reach = format_value(date(2026, 10, 31))
    assert dock.tiles["sales"].detail.text().endswith(f", figures to {reach}")
    assert "%" in dock.tiles["sales"].figure.text()


def test_a_country_whose_sell_in_is_not_in_yet_is_named_not_counted_short(
    dock, workspace, qtbot
) -> None:
    # the Dutch ERP has sent November's first day; the Chinese and Vietnamese ones nothing
    with workspace.db.session() as session:
        account = session.scalars(select(Account).where(Account.currency == "EUR")).first()
        session.add(
            SalesFact(
                period=date(2026, 11, 1),
                account_id=account.id,
                measure=Measure.SELL_IN,
                quantity=Decimal(1),
                amount=Decimal(10),
                currency="EUR",
            )
        )
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.period.setCurrentIndex(dock.period.findData(PeriodChoice.THIS_MONTH.value))
    sales = dock.tiles["sales"]
    assert not dock.dashboard.sales.awaiting
    assert dock.dashboard.sales.awaited == ("CNY", "VND")
    assert sales.detail.text().endswith("; CNY, VND: no figures yet")
    assert "–\u00a0(CNY)" in sales.figure.text() and "%\u00a0(EUR)" in sales.figure.text()
    ranked = {r.currency for r in (*dock.dashboard.ranking.top, *dock.dashboard.ranking.bottom)}
    assert ranked <= {"EUR"}


def test_sales_without_a_target_say_so(dock, workspace, qtbot) -> None:
    with workspace.db.session() as session:
        session.execute(delete(Target))
    with qtbot.waitSignal(dock.refreshed, timeout=20_000):
        dock.reload()
    sales = dock.tiles["sales"]
    assert sales.figure.text() == "No target"
    assert sales.detail.text().startswith("sell-in CNY\u00a0")
    assert sales.status.isHidden()


def test_a_new_users_tiles_say_what_there_is_not_yet(qtbot, tmp_path) -> None:
    """Accounts imported, no manager named, no visit recorded, one currency: "USD 73.3%"
    put a currency before a percentage, "accounts: 0 · managers: 0 · without a manager: 3"
    read as a contradiction, and cycle adherence said "0.0% ▼ behind" with nothing to
    measure."""
    from acct_desktop.domain.enums import AccountKind, Channel

    workspace = Workspace.over(open_database(tmp_path / "new.acctdb"))
    month = LAST_MONTH[0]
    with workspace.db.session() as session:
        for number in range(3):
            account = Account(
                code=f"S{number}",
                name=f"Store {number}",
                kind=AccountKind.STORE,
                channel=Channel.CHAIN_STORE,
                currency="USD",
            )
            session.add(account)
            session.flush()
            session.add(
                SalesFact(
                    period=month,
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal(1),
                    amount=Decimal("73.30"),
                    currency="USD",
                )
            )
            session.add(
                Target(
                    period_kind="month",
                    period_start=month,
                    account_id=account.id,
                    measure=Measure.SELL_IN,
                    amount=Decimal(100),
                    currency="USD",
                )
            )
    board = KpiDashboardDock(CurrentAccount())
    board.today = lambda: DEMO_TODAY
    qtbot.addWidget(board)
    board.scope.setCurrentIndex(board.scope.findData(EVERYTHING))
    try:
        board.set_workspace(workspace)  # no runner: read in place
        assert board.tiles["sales"].figure.text() == "73.3%"
        assert "USD" in board.tiles["sales"].detail.text()
        managers = board.tiles["managers"]
        assert managers.figure.text() == "–"
        assert managers.detail.text() == (
            "3 accounts, none with a manager named on their territories"
        )
        cycle = board.tiles["cycle"]
        assert cycle.figure.text() == "–"
        assert cycle.detail.text() == "no visits recorded yet: nothing to measure"
        assert cycle.status.isHidden()
    finally:
        board.set_workspace(None)
        workspace.close()


def test_an_empty_database_says_what_to_do(qtbot, tmp_path) -> None:
    workspace = Workspace.over(open_database(tmp_path / "empty.acctdb"))
    board = KpiDashboardDock(CurrentAccount())
    qtbot.addWidget(board)
    board.scope.setCurrentIndex(board.scope.findData(EVERYTHING))
    try:
        board.set_workspace(workspace)  # no runner: read in place
        assert board.state.text() == "No sales imported yet — File → Import sales…"
        assert board.tiles["nps"].detail.text() == "no survey answers"
        assert board.tiles["visits"].figure.text() == "–"
    finally:
        board.set_workspace(None)
        workspace.close()
    assert board.state.text() == "Open a database to see the KPIs."


def test_a_dashboard_behind_another_tab_reads_its_figures_only_when_shown(qtbot, window) -> None:
    board = window.docks["kpiDashboardDock"]
    window.docks["planActualDock"].raise_()  # the dashboard is a tab behind it
    qtbot.waitUntil(lambda: board.visibleRegion().isEmpty())
    window.background.wait()
    board.dashboard = None
    board.reload()  # F5, or an import that changed the figures
    window.background.wait()
    qtbot.wait(50)
    assert board.dashboard is None  # nothing read, nothing drawn for nobody
    with qtbot.waitSignal(board.refreshed, timeout=20_000):
        board.raise_()  # the user clicks its tab
    assert board.dashboard is not None


def test_a_saved_charts_name_is_one_windows_accepts() -> None:
    from acct_desktop.gui.widgets.chart_menu import file_name

    assert file_name("sales-vs-target-A/B 1") == "sales-vs-target-A-B-1"
    assert file_name("kpi-sales-2026-10-01") == "kpi-sales-2026-10-01"
    assert file_name("sales-vs-target-广州:01*") == "sales-vs-target-广州-01"
    assert file_name(" ./ ") == "chart"
