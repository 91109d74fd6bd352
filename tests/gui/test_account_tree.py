"""The account tree dock: groupings, filters, columns and badges, following the current account."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, Qt

from acct_desktop.domain.enums import Tier, VisitPurpose, VisitStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import ISSUES, NAME, NEXT_DUE, ROW_ROLE, YTD, badge
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.tree_sources import FilterSource, TerritorySource
from acct_desktop.services.account_tree import AccountFilter, AccountRow, TerritoryRow
from acct_desktop.store.models import Visit


def tree(window: MainWindow):
    return window.docks["accountTreeDock"]


def test_grouping_by_territory_shows_countries_then_regions_then_accounts(window) -> None:
    dock = tree(window)
    dock.grouping.setCurrentIndex(1)
    model = dock.model
    assert isinstance(model.source, TerritorySource)
    countries = [model.data(model.index(r, NAME)) for r in range(model.rowCount())]
    assert set(countries) == {"中国", "Việt Nam", "Nederland"}
    country = model.index(0, 0)
    model.fetchMore(country)
    region = model.index(0, 0, country)
    assert isinstance(model.data(region, ROW_ROLE), TerritoryRow)
    model.fetchMore(region)
    account = model.index(0, 0, region)
    assert isinstance(model.data(account, ROW_ROLE), AccountRow)
    assert not model.hasChildren(account)


def test_a_filter_turns_the_tree_into_a_flat_list_of_matches(window, qtbot) -> None:
    dock = tree(window)
    dock.filter_menu.apply(AccountFilter(tiers=frozenset({Tier.A}), visit_overdue=True))
    assert isinstance(dock.model.source, FilterSource)
    assert not dock.filter_status.isHidden()
    rows = [dock.model.data(dock.model.index(r, 0), ROW_ROLE) for r in range(dock.model.rowCount())]
    assert rows and all(r.tier is Tier.A and r.visit_overdue for r in rows)
    assert not dock.grouping.isEnabled()
    window.background.wait()
    qtbot.waitUntil(lambda: "matching accounts" in dock.filter_status.text(), timeout=5000)
    assert dock.filter_status.text().startswith(
        str(window.workspace.tree.filtered_count(dock.filter))
    )
    dock.filter_menu.clear()
    assert not isinstance(dock.model.source, FilterSource) and dock.grouping.isEnabled()


def test_overdue_rows_carry_a_badge_and_say_so_in_words(window) -> None:
    dock = tree(window)
    dock.filter_menu.apply(AccountFilter(issues_past_deadline=True))
    model = dock.model
    index = model.index(0, NAME)
    row = model.data(index, ROW_ROLE)
    assert row.overdue_issues > 0
    red = badge(TONE_COLOURS["overdue"])
    assert model.data(index, Qt.ItemDataRole.DecorationRole).cacheKey() == red.cacheKey()
    assert "late" in model.data(model.index(0, ISSUES), Qt.ItemDataRole.DisplayRole)
    assert "past deadline" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_next_due_says_how_many_days_overdue(window) -> None:
    dock = tree(window)
    dock.filter_menu.apply(AccountFilter(visit_overdue=True))
    text = dock.model.data(dock.model.index(0, NEXT_DUE), Qt.ItemDataRole.DisplayRole)
    assert "overdue" in text
    row = dock.model.data(dock.model.index(0, 0), ROW_ROLE)
    assert row.next_due < date.today()


def test_an_overdue_account_with_a_visit_booked_says_when_not_how_late(window) -> None:
    dock = tree(window)
    dock.filter_menu.apply(AccountFilter(visit_overdue=True))
    model = dock.model
    rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    number = next(r for r, row in enumerate(rows) if row.visit_booked is None)
    row = rows[number]
    day = row.today + timedelta(days=3)
    start = datetime.combine(day, time(15, 30)).astimezone()
    with window.workspace.db.session() as session:
        session.add(
            Visit(
                account_id=row.id,
                planned_start=start,
                planned_end=start + timedelta(hours=1),
                purpose=VisitPurpose.SERVICE,
                status=VisitStatus.PLANNED,
            )
        )
    model.refresh_accounts([row.id])
    name, due = model.index(number, NAME), model.index(number, NEXT_DUE)
    assert model.data(name, ROW_ROLE).visit_booked == day
    text = model.data(due, Qt.ItemDataRole.DisplayRole)
    assert text.startswith("booked ") and "overdue" not in text and str(day.year) not in text
    assert model.data(due, Qt.ItemDataRole.ForegroundRole).name() == TONE_COLOURS["due_soon"]
    tip = model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert "Visit overdue since" in tip and "visit booked" in tip
    ring = badge(TONE_COLOURS["due_soon"], hollow=True)
    if not row.overdue_issues:
        assert model.data(name, Qt.ItemDataRole.DecorationRole).cacheKey() == ring.cacheKey()


def test_sorting_a_column_sorts_every_level_in_the_database(window) -> None:
    dock = tree(window)
    dock.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # code
    model = dock.model
    codes = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)


def test_revealing_from_a_filtered_list_goes_back_to_the_hierarchy(window) -> None:
    dock = tree(window)
    dock.filter_menu.apply(AccountFilter(tiers=frozenset({Tier.C})))
    store = dock.model.data(dock.model.index(0, 0), ROW_ROLE)
    dock.reveal_in_hierarchy(store.id)
    assert not dock.filter.narrows
    assert dock.model.account_id(dock.view.currentIndex()) == store.id
    assert window.current.id == store.id
    assert dock.view.currentIndex().parent() != QModelIndex() or store.parent_id is None


def test_rows_load_light_and_get_their_columns_when_shown(window) -> None:
    from acct_desktop.gui.models.account_tree import DETAIL_BATCH, AccountTreeModel
    from acct_desktop.gui.models.tree_sources import HierarchySource

    model = AccountTreeModel(HierarchySource(window.workspace.tree))
    model.fetchMore(QModelIndex())
    node_values = [model._node(model.index(r, 0)).value for r in range(model.rowCount())]
    assert node_values and not any(v.detailed for v in node_values)
    model.data(model.index(0, NEXT_DUE), Qt.ItemDataRole.DisplayRole)
    shown = model._node(model.index(0, 0)).value
    assert shown.detailed
    full = window.workspace.tree.details([shown.id])[shown.id]
    assert (shown.last_visit, shown.open_issues) == (full.last_visit, full.open_issues)
    assert shown.child_count == node_values[0].child_count
    later = [model._node(model.index(r, 0)).value for r in range(model.rowCount())]
    assert sum(v.detailed for v in later) == min(DETAIL_BATCH, len(later))
    # The YTD figures (a roll-up over each subtree) are read only when their cell is shown.
    assert not any(v.ytd_known for v in later)
    model.data(model.index(0, YTD), Qt.ItemDataRole.DisplayRole)
    shown = model._node(model.index(0, 0)).value
    assert shown.ytd_known and (shown.ytd_sales, shown.ytd_target, shown.currency) == (
        full.ytd_sales,
        full.ytd_target,
        full.currency,
    )
    later = [model._node(model.index(r, 0)).value for r in range(model.rowCount())]
    assert sum(v.ytd_known for v in later) == min(DETAIL_BATCH, len(later))


def test_a_head_offices_ytd_is_its_chains_and_the_tooltip_says_so(window) -> None:
    """The head office row's "YTD vs target" rolls up its branches (it showed its own
    sell-in only: CN000188 36 % instead of 96 %), sorting by the column sorts by the
    percentage, and the tooltip says which months, which accounts and both amounts."""
    from sqlalchemy import func, select

    from acct_desktop.domain.enums import Measure
    from acct_desktop.gui.labels import format_value
    from acct_desktop.services.subtree import subtree_ids
    from acct_desktop.store.models import SalesFact
    from tests.conftest import DEMO_TODAY

    dock = tree(window)
    window.workspace.tree._today = lambda: DEMO_TODAY  # the demo's year to date
    dock.view.sortByColumn(YTD, Qt.SortOrder.DescendingOrder)
    model = dock.model
    model.fetchMore(QModelIndex())
    rows = [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]
    ratios = [r.ytd_vs_target for r in rows if r.ytd_vs_target is not None]
    assert len(ratios) > 3 and ratios == sorted(ratios, reverse=True)
    position, head = next((i, r) for i, r in enumerate(rows) if r.child_count and r.ytd_target)
    with window.workspace.db.session() as session:
        chain = session.scalar(
            select(func.sum(SalesFact.amount)).where(
                SalesFact.account_id.in_(subtree_ids(head.id)),
                SalesFact.measure == Measure.SELL_IN,
                SalesFact.currency == head.currency,
                SalesFact.period >= date(2026, 1, 1),
                SalesFact.period < date(2026, 11, 1),
            )
        )
    assert head.ytd_sales == chain
    shown = model.data(model.index(position, YTD), Qt.ItemDataRole.DisplayRole)
    assert shown == f"{format_value(head.ytd_vs_target)}%"
    tip = model.data(model.index(position, YTD), Qt.ItemDataRole.ToolTipRole)
    assert "January 2026 to October 2026: this account and all accounts below it" in tip
    assert "% of target" in tip and head.currency in tip
    header = model.headerData(YTD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "all accounts below it" in header and "never both" in header
