"""View → Reset layout brings back the columns of every dock whose column heads are saved
(account tree, plan vs actual, customer issues, both registers) as they start: which show,
their order, their widths and the sort — not only where the docks are."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView

from acct_desktop.app import open_workspace
from acct_desktop.gui.docks.plan_actual import PlanActualDock
from acct_desktop.gui.main_window import TREE_LEAST, TREE_MOST, TREE_SHARE, MainWindow
from acct_desktop.gui.models.account_tree import CODE, TIER
from acct_desktop.gui.models.plan_tree import KIND
from acct_desktop.gui.models.plan_tree import NAME as PLAN_NAME
from acct_desktop.gui.screen_fit import share_of
from acct_desktop.gui.settings import WINDOW_STATE_VERSION, AppSettings


def _views(window: MainWindow) -> dict[str, QAbstractItemView]:
    register = window.docks["policyRegisterDock"]
    return {
        "accounts": window.docks["accountTreeDock"].view,
        "plan": window.docks["planActualDock"].tree,
        "issues": window.docks["issuesDock"].view,
        "policies": register.view("policy"),
        "rebates": register.view("rebate"),
    }


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.header() if hasattr(view, "header") else view.horizontalHeader()


def _columns(view: QAbstractItemView) -> dict[str, object]:
    header = _header(view)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    return {
        "hidden": [c for c in range(header.count()) if header.isSectionHidden(c)],
        "order": [header.logicalIndex(v) for v in range(header.count())],
        "widths": {c: header.sectionSize(c) for c in shown},
        "sort": (header.sortIndicatorSection(), header.sortIndicatorOrder()),
    }


def _everything_read(window: MainWindow, qtbot) -> None:
    """Each dock in front once, its rows read and its columns fitted to them."""
    plan = window.docks["planActualDock"]
    assert isinstance(plan, PlanActualDock)
    loads: list[bool] = []
    plan.loaded.connect(lambda *_: loads.append(True))
    plan.raise_()
    qtbot.waitUntil(lambda: bool(loads), timeout=15_000)
    window.docks["issuesDock"].raise_()
    qtbot.waitUntil(lambda: window.docks["issuesDock"].model.rowCount() > 0, timeout=15_000)
    register = window.docks["policyRegisterDock"]
    register.raise_()
    for kind in ("rebate", "policy"):
        register.show_kind(kind)
        qtbot.waitUntil(lambda k=kind: register.model(k).rowCount() > 0, timeout=15_000)
    window.background.wait()
    qtbot.wait(50)


def _roomy(window: MainWindow, qtbot) -> None:
    """A window wide enough for the account tree's code and tier beside the names (in a
    narrower one, Code and Tier make room for the names, as Kind and Open issues do
    there), the tree as wide as the default layout makes it there. First the window is
    fitted to the offscreen screen, as it is once the database's reads are done (it would
    shrink the tree later)."""
    qtbot.waitUntil(lambda: window.width() < 1366, timeout=15_000)
    window.resize(1800, 900)
    dock = window.docks["accountTreeDock"]
    width = share_of(1800, TREE_SHARE, TREE_LEAST, TREE_MOST)
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    tree = dock.view
    qtbot.waitUntil(lambda: not tree.isColumnHidden(CODE) and not tree.isColumnHidden(TIER))
    window.background.wait()
    qtbot.wait(50)


def _rearrange(view: QAbstractItemView) -> None:
    """What a user does to a table's heads: hide a column, show a hidden one, drag one to
    another place, make one wider, sort by another column."""
    header = _header(view)
    hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
    shown = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
    header.setSectionsMovable(True)
    header.setSectionHidden(shown[0], True)
    if hidden:
        header.setSectionHidden(hidden[0], False)
    header.moveSection(header.visualIndex(shown[-1]), 0)
    header.resizeSection(shown[1], header.sectionSize(shown[1]) + 77)
    header.resizeSection(0, header.sectionSize(0) + 55)  # the names, too
    view.sortByColumn(shown[2], Qt.SortOrder.DescendingOrder)


def test_reset_layout_brings_every_saved_table_back_to_its_first_columns(
    window: MainWindow, qtbot
) -> None:
    _everything_read(window, qtbot)
    _roomy(window, qtbot)
    views = _views(window)
    first = {name: _columns(view) for name, view in views.items()}
    plan = window.docks["planActualDock"]
    plan.columns.show_column(KIND, True)  # through its column menu
    for view in views.values():
        _rearrange(view)
    assert plan.columns.name_fill.chosen  # the user's Name width would be kept
    changed = {name: _columns(view) for name, view in views.items()}
    for name in views:
        for part in ("hidden", "order", "widths", "sort"):
            assert changed[name][part] != first[name][part], (name, part)

    window.reset_layout()
    window.background.wait()
    QApplication.processEvents()
    for name, view in views.items():
        assert _columns(view) == first[name], name
    assert not plan.columns.name_fill.chosen  # the names follow the view again
    assert not views["plan"].isColumnHidden(PLAN_NAME)


def test_the_reset_columns_are_what_the_next_start_shows(
    qtbot, settings: AppSettings, window: MainWindow
) -> None:
    window.background.wait()
    _roomy(window, qtbot)
    views = _views(window)
    first = {name: _columns(view) for name, view in views.items()}
    for view in views.values():
        _rearrange(view)
    window.reset_layout()
    window.close()  # saves
    again = MainWindow(settings, open_workspace)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.restore_layout()
    for name, view in _views(again).items():
        columns = _columns(view)
        for part in ("hidden", "order", "sort"):
            assert columns[part] == first[name][part], (name, part)


def test_a_layout_from_another_version_keeps_the_chosen_columns(
    qtbot, settings: AppSettings
) -> None:
    """Only the docks' places fall back to the default: the columns are the user's."""
    old = MainWindow(settings, open_workspace)
    qtbot.addWidget(old)
    view = old.docks["accountTreeDock"].view
    view.setColumnHidden(1, False)
    view.setColumnWidth(0, 333)
    old.close()
    settings._s.setValue("window/state_version", WINDOW_STATE_VERSION - 1)
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    assert not win.restore_layout()
    view = win.docks["accountTreeDock"].view
    assert not view.isColumnHidden(1) and view.columnWidth(0) == 333


def test_a_damaged_saved_header_leaves_the_default_columns(qtbot, settings: AppSettings) -> None:
    first = MainWindow(settings, open_workspace)
    qtbot.addWidget(first)
    defaults = {name: _columns(view) for name, view in _views(first).items()}
    first.close()
    for dock, key in (("accountTreeDock", "header"), ("planActualDock", "columns")):
        settings.save_view_state(dock, {key: QByteArray(b"\x00\x01not a header")})
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.restore_layout()
    for name in ("accounts", "plan"):
        columns = _columns(_views(win)[name])
        assert columns["hidden"] == defaults[name]["hidden"], name
        assert columns["order"] == defaults[name]["order"], name
