"""The Plan vs actual dock on the S demo: figures equal the service's, drill-down through
the hierarchy, territories, categories and months, "only behind plan", and a discrepancy
form written (problems next to fields, typed text kept across a crash) and made an issue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.money import round_money
from acct_desktop.domain.sales_metrics import Standing
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.discrepancy_form import DiscrepancyFormDialog
from acct_desktop.gui.docks.plan_actual import PlanActualDock, period_for
from acct_desktop.gui.labels import format_decimal, format_month
from acct_desktop.gui.models import plan_tree
from acct_desktop.gui.models.plan_tree import NODE_ROLE
from acct_desktop.gui.widgets.combo_data import find_data
from acct_desktop.services.plan_actuals import Period
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY
from tests.gui.plan_dock_helpers import opened_plan_dock

OCTOBER = date(2026, 10, 1)


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace):
    with opened_plan_dock(qtbot, workspace, 1100, 520) as plan:
        yield plan


def _walk(model, parent=None):
    """Every row's first-column index, children fetched."""
    parent = parent or QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def rows(model, parent=None):
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data(NODE_ROLE) for r in range(model.rowCount(parent))]


def test_opens_on_the_latest_month_with_the_services_figures(dock, workspace):
    assert dock.month.currentData() == OCTOBER
    snap = workspace.plan_actuals.snapshot(Period.months(OCTOBER), Measure.SELL_IN)
    assert dock.snapshot.currency == snap.currency
    shown = rows(dock.model)
    assert shown, "the top accounts with figures in this currency"
    for node in shown:
        assert node.figures == snap.figures(node.key)
    # most behind plan first: the default sort is the variance %, ascending
    percents = [n.figures.variance_percent for n in shown if n.figures.variance_percent is not None]
    assert percents == sorted(percents)
    assert "behind plan" in dock.summary.text()


def test_the_month_chosen_stays_chosen_when_the_figures_are_read_again(dock, qtbot):
    """After an import (or any change elsewhere) the dock reads again: a month the user went
    back to stays chosen, not the latest; a month asked for with show_month wins once (and
    the latest month follows new figures: see the test below)."""
    august = date(2026, 8, 1)
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.month.setCurrentIndex(find_data(dock.month, august))
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.refresh()
    assert dock.month.currentData() == august
    dock.show_month(date(2026, 9, 17))
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.refresh()
    assert dock.month.currentData() == date(2026, 9, 1)
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.refresh()
    assert dock.month.currentData() == date(2026, 9, 1)


def test_drill_down_from_the_hq_to_the_stores(dock, qtmodeltester):
    parent = next(
        dock.model.index(r, 0)
        for r in range(dock.model.rowCount())
        if dock.model.hasChildren(dock.model.index(r, 0))
    )
    dock.tree.expand(parent)
    children = rows(dock.model, parent)
    assert children
    head = parent.data(NODE_ROLE)
    assert sum((c.figures.actual for c in children), 0) <= head.figures.actual
    qtmodeltester.check(dock.model)


def test_only_behind_plan_keeps_behind_rows_and_the_way_to_them(dock):
    dock.behind_only.setChecked(True)
    for node in rows(dock.model):
        assert node.standing == Standing.BEHIND or node.can_expand
    dock.behind_only.setChecked(False)


def test_group_by_territory(dock, qtmodeltester):
    dock.group.setCurrentIndex(dock.group.findData(plan_tree.BY_TERRITORY))
    territories = rows(dock.model)
    assert territories and all(n.kind == "territory" for n in territories)
    assert sum((n.figures.actual for n in territories), 0) == sum(
        dock.snapshot.own_actual.values(), 0
    )
    qtmodeltester.check(dock.model)  # (Qt's tester fetches children after a reset itself,
    # so it is attached after the last reset of each test)


def test_group_by_category(dock, qtmodeltester):
    dock.group.setCurrentIndex(dock.group.findData(plan_tree.BY_CATEGORY))
    categories = rows(dock.model)
    assert categories and all(n.kind == "category" for n in categories)
    assert sum((n.figures.actual for n in categories), 0) == sum(
        dock.snapshot.own_actual.values(), 0
    )
    qtmodeltester.check(dock.model)


def test_choosing_an_account_shows_its_twelve_months(dock, qtbot):
    dock.resize(1100, 340)  # a laptop's bottom dock: not all twelve fit
    index = dock.model.index(0, 0)
    with qtbot.waitSignal(dock.months_loaded, timeout=10_000):
        dock.tree.setCurrentIndex(index)
    assert dock.months_model.rowCount() == 12
    node = index.data(NODE_ROLE)
    assert dock.detail_title.text() == node.label
    # oldest first, ending on the period's own month, which is scrolled into view
    assert dock.months_model.index(0, 0).data() == format_month(date(2025, 11, 1))
    last = dock.months_model.index(11, 0)
    assert last.data() == format_month(OCTOBER)
    view = dock.months_view
    assert view.visualRect(last).bottom() <= view.viewport().height()
    assert view.visualRect(last).top() >= 0
    dock.resize(1100, 300)  # the panel settles smaller (findings take another line…)
    qtbot.waitUntil(lambda: view.visualRect(last).bottom() <= view.viewport().height())
    view.verticalScrollBar().triggerAction(view.verticalScrollBar().SliderAction.SliderToMinimum)
    dock.resize(1100, 280)  # …but once the user has scrolled, the view stays where they put it
    qtbot.wait(50)
    assert view.verticalScrollBar().value() == 0
    assert last.siblingAtColumn(1).data() == format_decimal(
        round_money(node.figures.actual, dock.snapshot.currency)
    )  # the period's month is the row's period: the same actual


def test_quarter_and_year_to_date_periods():
    assert period_for("quarter", date(2026, 11, 1)) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert period_for("ytd", date(2026, 3, 1)) == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert period_for("last12", date(2026, 3, 1)) == Period(date(2025, 4, 1), date(2026, 3, 31))


def _behind_account(dock):
    index = dock.model.index(0, 0)
    assert index.data(NODE_ROLE).standing == Standing.BEHIND
    dock.tree.setCurrentIndex(index)
    return index.data(NODE_ROLE)


def test_a_discrepancy_form_is_written_and_made_an_issue(dock, workspace, qtbot):
    node = _behind_account(dock)
    dialog = dock.open_form()
    assert isinstance(dialog, DiscrepancyFormDialog)
    dialog.action.setPlainText("Extra levering in week 45")
    dialog.save()  # no analysis, no responsible: both named next to their fields
    assert dialog.isVisible()
    assert dialog.errors["analysis"].isVisibleTo(dialog)
    assert dialog.errors["responsible"].isVisibleTo(dialog)
    dialog.analysis.setPlainText("出库低于计划：促销延迟 · khuyến mãi bị hoãn")
    dialog.responsible.setText("Nguyễn Văn An")
    dialog.make_issue()
    assert dialog.saved is not None and dialog.saved.issue_number
    assert not dialog.issue_button.isEnabled()
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dialog.save()
    with workspace.db.session() as s:
        form = s.query(m.DiscrepancyForm).one()
        assert form.account_id == node.account_id and form.period == OCTOBER
        assert form.actual_amount == node.figures.actual
        issue = s.get(m.CustomerIssue, form.issue_id)
        assert issue.responsible == "Nguyễn Văn An"
    column = plan_tree.FORM
    marked = [
        dock.model.index(r, column).data()
        for r in range(dock.model.rowCount())
        if dock.model.index(r, 0).data(NODE_ROLE).account_id == node.account_id
    ]
    assert marked == ["Written"]


def test_making_an_issue_without_an_action_points_at_the_action(dock, workspace):
    _behind_account(dock)
    dialog = dock.open_form()
    dialog.analysis.setPlainText("Uitlevering Breda 47 % onder plan")
    dialog.make_issue()
    assert dialog.errors["action"].isVisibleTo(dialog)
    assert not dialog.form_error.isVisibleTo(dialog)
    assert dialog.action.hasFocus() or not dialog.isActiveWindow()
    assert dialog.saved is None  # nothing saved while it cannot become an issue
    dialog.action.setPlainText("Extra levering in week 49")
    dialog.responsible.setText("J. de Vries")
    dialog.make_issue()
    assert dialog.saved.issue_number
    assert not dialog.errors["action"].isVisibleTo(dialog)
    dialog.discard()


def test_making_an_issue_checks_the_whole_form_before_saving_anything(dock, workspace):
    """A deadline before the month and no action: "Make it a customer issue" used to save
    the form first (a form Save refuses), then say the action was missing."""
    from PySide6.QtCore import QDate

    _behind_account(dock)
    dialog = dock.open_form()
    dialog.analysis.setPlainText("x")
    dialog.responsible.setText("")
    dialog.deadline.setDate(QDate(2020, 1, 1))
    dialog.make_issue()
    shown = {name for name, label in dialog.errors.items() if label.isVisibleTo(dialog)}
    assert shown == {"action", "responsible", "deadline"}
    assert dialog.errors["deadline"].text() == "The deadline cannot be before the month analysed."
    assert dialog.saved is None
    with workspace.db.session() as s:
        assert s.query(m.DiscrepancyForm).count() == 0
        assert s.query(m.CustomerIssue).filter(m.CustomerIssue.responsible == "").count() == 0
    dialog.save()  # Save refuses the deadline too, action or not
    assert dialog.errors["deadline"].isVisibleTo(dialog) and dialog.saved is None
    dialog.discard()


def test_what_was_typed_survives_a_crash(dock, qtbot, workspace):
    _behind_account(dock)
    first = dock.open_form()
    first.analysis.setPlainText("Voorraad in Foshan te hoog — 库存过高")
    qtbot.waitUntil(  # kept by the autosave timer once the typing pauses
        lambda: workspace.form_drafts.get("discrepancy", first.draft_keeper.key) is not None,
        timeout=5_000,
    )
    first.deleteLater()  # the window goes away without Save or Cancel (a crash)
    second = dock.open_form()
    assert second.restored
    assert second.analysis.toPlainText() == "Voorraad in Foshan te hoog — 库存过高"
    second.discard()
    assert workspace.form_drafts.get("discrepancy", second.draft_keeper.key) is None


def test_empty_database_says_what_to_do(qtbot, tmp_path):
    ws = Workspace.open(tmp_path / "empty.acctdb")
    plan = PlanActualDock(CurrentAccount())
    qtbot.addWidget(plan)
    plan.set_workspace(ws)
    assert "Import the ERP's sales" in plan.summary.text()
    assert plan.shown_row_count() == 0
    plan.set_workspace(None)
    ws.close()


def test_the_months_model_passes_the_model_tester(dock, qtbot, qtmodeltester):
    with qtbot.waitSignal(dock.months_loaded, timeout=10_000):
        dock.tree.setCurrentIndex(dock.model.index(0, 0))
    qtmodeltester.check(dock.months_model)
    assert dock.months_model.headerData(0, Qt.Orientation.Horizontal) == "Month"


def test_an_opened_sales_alert_shows_its_account_in_the_hierarchy(dock):
    top = dock.model.index(0, 0).data(NODE_ROLE)
    child = dock.snapshot.children_of(top.account_id)[0]
    dock.group.setCurrentIndex(dock.group.findData(plan_tree.BY_CATEGORY))
    dock.show_account(child)
    assert dock.selected_node().account_id == child
    assert dock.selected_node().parent.account_id == top.account_id


def test_choosing_an_account_of_another_currency_switches_to_its_currency(dock, qtbot, workspace):
    with workspace.db.session() as s:
        other = s.scalar(
            select(m.Account.id).where(
                m.Account.currency != dock.snapshot.currency,
                m.Account.parent_id.is_(None),
                m.Account.id.in_(select(m.SalesFact.account_id)),
            )
        )
        currency = s.get(m.Account, other).currency
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.current.set(other)
    assert dock.snapshot.currency == currency
    assert dock.selected_node().account_id == other


def test_a_month_in_progress_is_compared_to_date(dock, qtbot, workspace):
    """On 20 October, October's figures are compared with 20 of its 31 days of plan — the
    summary says so, and so does the discrepancy form's heading."""
    dock.today = lambda: date(2026, 10, 20)
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.reload()
    assert dock.snapshot.through == date(2026, 10, 20)
    expected = workspace.plan_actuals.snapshot(
        Period.months(OCTOBER), Measure.SELL_IN, dock.snapshot.currency, today=date(2026, 10, 20)
    )
    whole = workspace.plan_actuals.snapshot(
        Period.months(OCTOBER), Measure.SELL_IN, dock.snapshot.currency
    )
    shown = rows(dock.model)
    assert shown
    for node in shown:
        assert node.figures == expected.figures(node.key)
        if node.figures.target is not None:
            assert node.figures.target < whole.figures(node.key).target
    assert "targets are counted to that day" in dock.summary.text()
    dock.tree.setCurrentIndex(dock.model.index(0, 0))
    dialog = dock.open_form()
    assert "October 2026 to " in dialog.heading.text()
    dialog.reject()


def test_a_measure_whose_month_is_not_in_yet_awaits_it(dock, qtbot, workspace):
    """November's first sell-in is in, its outbound not: outbound says "no figures yet"
    with the plan beside it — not every warehouse 100 % behind plan."""
    with workspace.db.session() as s:
        store = s.scalar(select(m.SalesFact.account_id).limit(1))
        s.add(
            m.SalesFact(
                period=DEMO_TODAY, account_id=store, measure=Measure.SELL_IN,
                quantity=Decimal(1), amount=Decimal("10.00"), currency=dock.snapshot.currency,
            )
        )  # fmt: skip
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.reload()
    assert dock.month.currentData() == date(2026, 11, 1)
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.measure.setCurrentIndex(dock.measure.findData(Measure.OUTBOUND.value))
    assert dock.snapshot.awaiting
    assert dock.summary.text().startswith("Outbound: no figures for this period yet.")
    planned = [i for i in _walk(dock.model) if i.data(NODE_ROLE).figures.target]
    assert planned  # the demo plans outbound for its warehouses
    for index in planned:
        assert index.siblingAtColumn(plan_tree.ACTUAL).data() == "—"
        assert index.siblingAtColumn(plan_tree.STANDING).data() == "No figures yet"
        assert index.siblingAtColumn(plan_tree.PERCENT).data() == ""
    dock.behind_only.setChecked(True)
    assert dock.shown_row_count() == 0  # nothing is behind a plan it cannot be held to yet


def test_a_quarters_months_to_come_await_their_figures(dock, qtbot):
    dock.today = lambda: DEMO_TODAY
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.period_kind.setCurrentIndex(dock.period_kind.findData("quarter"))
    assert dock.snapshot.period.end == date(2026, 12, 31)
    with qtbot.waitSignal(dock.months_loaded, timeout=10_000):
        dock.tree.setCurrentIndex(dock.model.index(0, 0))
    months = dock.months_model
    last, previous = months.index(11, 0), months.index(10, 0)
    assert last.data() == format_month(date(2026, 12, 1))
    for index in (last, previous):  # December, and November on its 2nd without figures
        assert index.siblingAtColumn(1).data() == "—"
        assert index.siblingAtColumn(4).data() == "No figures yet"
    assert months.index(9, 4).data() in {"Behind plan", "On plan", "Ahead of plan"}  # October


def test_the_name_column_follows_the_view_until_the_user_sets_it(dock, qtbot):
    """Loaded while hidden behind another tab, the Name column was sized for a view of no
    width; it takes its share again when the view grows, and keeps a width the user chose."""
    header = dock.tree.header()
    dock.resize(500, 520)
    qtbot.waitUntil(lambda: header.sectionSize(0) <= 220)
    narrow = header.sectionSize(0)
    dock.resize(1500, 520)
    qtbot.waitUntil(lambda: header.sectionSize(0) > narrow)
    shown = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
    others = sum(header.sectionSize(c) for c in shown)
    assert header.sectionSize(0) == dock.tree.viewport().width() - others  # all the rest
    header.resizeSection(0, 150)  # as a drag of the header does
    dock.resize(1300, 520)
    qtbot.wait(50)
    assert header.sectionSize(0) == 150


def test_long_names_are_cut_at_the_end_whole_in_the_tooltip(dock):
    """A cut in the middle kept the common "…Store" of a DC's stores and dropped what tells
    them apart ("Edwin H…e Store"): names are cut at the end, the tooltip has them whole."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    name, kind = dock.model.index(0, 0), dock.model.index(0, 1)
    modes = []
    for index in (name, kind):
        option = QStyleOptionViewItem()
        option.textElideMode = dock.tree.textElideMode()  # what the view starts each cell with
        dock.tree.itemDelegateForIndex(index).initStyleOption(option, index)
        modes.append(option.textElideMode)
    assert modes == [Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideRight]
    assert name.data() in name.data(Qt.ItemDataRole.ToolTipRole)


def test_the_form_heading_uses_the_languages_own_marks(speak) -> None:
    """The Chinese heading read "出库, 2026年10月: 计划 …" with an English comma and colon."""
    from acct_desktop.gui.dialogs.discrepancy_form import heading_text

    args = (["HQ", "佛山 DC"], OCTOBER, "Outbound", Decimal("11000"), Decimal("20000"), "USD")
    english = heading_text(*args)
    assert english.endswith("<br>Outbound (October 2026): 11,000.00 of 20,000.00 USD planned")
    speak("zh_CN")
    chinese = heading_text(["HQ", "佛山 DC"], OCTOBER, "出库", *args[3:])
    line = chinese.split("<br>")[1]
    assert line == "出库（2026年10月）：计划 20,000.00 USD，实际 11,000.00"


def test_a_name_too_long_leaves_out_what_it_shares_with_the_row_above(dock) -> None:
    """Cut at the end alone, "Wegwijs Tankstations Magazijn Arnhem" and "… Arnhem 2" both
    read "Wegwijs Tankstations Maga…": the words shared with the parent go first."""
    from acct_desktop.gui.widgets.distinct_names import (
        DistinctNameDelegate,
        without_shared_start,
    )

    parent = "Wegwijs Tankstations Distributiecentrum Zwolle"
    assert without_shared_start("Wegwijs Tankstations Magazijn Arnhem 2", parent) == (
        "Magazijn Arnhem 2"
    )
    assert without_shared_start("Autobedrijf Van Dijk", "Autobedrijf Van den Berg") == "Dijk"
    assert without_shared_start("Magazijn Arnhem", "Magazijn Amsterdam") == "Arnhem"
    assert without_shared_start("华润万家广州配送中心", "华润万家") == "广州配送中心"
    assert without_shared_start("Edwin Hayes Home Store", "The Jackson Group Warehouse") is None
    assert without_shared_start("Ab C", "Ab D") is None  # too little in common
    assert (
        without_shared_start("Alpha", "Alpha") is None and without_shared_start("A", None) is None
    )
    name = dock.model.index(0, 0)
    assert isinstance(dock.tree.itemDelegateForIndex(name), DistinctNameDelegate)
