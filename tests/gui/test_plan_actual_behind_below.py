"""Who is behind plan, seen at first sight in Plan vs actual: the collapsed rows above a
warehouse behind plan say so (and the tree opens to it on request), and the stock view
shows stock figures without target words. On the hand-made chain of tests/plan_chain.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from acct_desktop.domain.enums import Measure
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.plan_actual import PlanActualDock
from acct_desktop.gui.models.plan_tree import (
    NODE_ROLE,
    PERCENT,
    STANDING,
    TARGET,
    VARIANCE,
)
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
def plan(qtbot, chain):  # type: ignore[no-untyped-def]
    workspace, _ids = chain
    dock = PlanActualDock(CurrentAccount())
    dock.today = lambda: TODAY
    dock.background = BackgroundRunner(dock)
    qtbot.addWidget(dock)
    dock.resize(1300, 520)
    dock.show()
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.set_workspace(workspace)
    assert dock.month.currentData() == OCTOBER
    yield dock
    dock.background.wait()
    dock.set_workspace(None)


def choose_measure(dock, qtbot, measure: Measure) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.measure.setCurrentIndex(dock.measure.findData(measure.value))


def top_row(dock, code_name: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    model = dock.model
    return next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == code_name
    )


def test_a_collapsed_row_says_an_account_below_it_is_behind_plan(plan, qtbot, chain) -> None:  # type: ignore[no-untyped-def]
    _workspace, ids = chain
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    hq = top_row(plan, "驰骏汽车养护连锁 总部")
    node = hq.data(NODE_ROLE)
    assert node.children is None  # nothing below it read: the flag came with the figures
    against = hq.siblingAtColumn(STANDING)
    assert against.data() == "On plan · 1 behind below"  # itself −6.5 %: on plan
    assert against.data(Qt.ItemDataRole.DecorationRole) is not None  # the red ▼
    tip = hq.data(Qt.ItemDataRole.ToolTipRole)
    assert f"One account below is behind plan: {NANNING} -26.3%" in tip
    other = top_row(plan, "太原晋通油品有限公司")
    assert other.siblingAtColumn(STANDING).data() == "On plan"
    assert other.siblingAtColumn(STANDING).data(Qt.ItemDataRole.DecorationRole) is None
    assert plan.summary.text() == (
        "1 of 4 accounts with a target of their own are more than 10% behind plan."
    )
    # the link opens the tree to it and chooses it
    assert plan.reveal.isVisibleTo(plan)
    assert plan.reveal_behind() == 1
    chosen = plan.selected_node()
    assert chosen.key == ids["NN"] and chosen.label == NANNING
    index = plan.tree.currentIndex()
    parent = index.parent()
    while parent.isValid():
        assert plan.tree.isExpanded(parent)
        parent = parent.parent()


def test_rows_behind_on_targets_summed_from_below_are_told_apart(plan, qtbot, chain) -> None:  # type: ignore[no-untyped-def]
    """The count said "2 of 4 accounts with a target are … behind plan" while six rows read
    "Behind plan": the HQ, offices and DCs have no target of their own, theirs is summed
    from the warehouses below. They read "Behind (from below)" and the count says
    what it counts, and how many more there are."""
    from sqlalchemy import update

    from acct_desktop.store.models import Target

    workspace, _ids = chain
    with workspace.db.session() as session:  # every warehouse's outbound plan doubled
        session.execute(
            update(Target)
            .where(Target.measure == Measure.OUTBOUND)
            .values(amount=Target.amount * 2)
        )
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    hq = top_row(plan, "驰骏汽车养护连锁 总部")
    words = hq.siblingAtColumn(STANDING).data()
    assert words.startswith("Behind (from below)")
    assert "sum of the targets below it" in hq.data(Qt.ItemDataRole.ToolTipRole)
    assert plan.summary.text() == (
        "4 of 4 accounts with a target of their own are more than 10% behind plan. Behind on "
        "the targets summed from the accounts below them: 3 more (“Behind (from below)”)."
    )
    plan.reveal_behind()
    own = plan.tree.currentIndex().siblingAtColumn(STANDING).data()
    assert own.startswith("Behind plan") and "(from below)" not in own  # a target of its own


def test_territories_say_so_too(plan, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    plan.group.setCurrentIndex(plan.group.findData("territory"))
    south = top_row(plan, "华南")
    assert south.siblingAtColumn(STANDING).data().endswith(" · 1 behind below")
    assert top_row(plan, "华东").siblingAtColumn(STANDING).data() == "On plan"
    plan.reveal_behind()  # back to the hierarchy, at the warehouse
    assert plan.selected_node().label == NANNING


def test_the_stock_view_shows_stock_without_target_words(plan, qtbot, chain) -> None:  # type: ignore[no-untyped-def]
    _workspace, ids = chain
    choose_measure(plan, qtbot, Measure.STOCK)
    header = plan.tree.header()
    assert all(header.isSectionHidden(c) for c in (TARGET, VARIANCE, PERCENT))
    assert not plan.behind_only.isEnabled()
    summary = plan.summary.text()
    assert "Sales targets" not in summary and "target" not in summary.lower()
    assert summary.startswith("Stock on hand at each account's last count in the period. 1 of 2")
    words = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        if plan.model.canFetchMore(parent):
            plan.model.fetchMore(parent)
        for row in range(plan.model.rowCount(parent)):
            index = plan.model.index(row, 0, parent)
            words.append((index.data(), index.siblingAtColumn(STANDING).data()))
            stack.append(index)
    shown = dict(words)
    assert "No target" not in shown.values()
    assert shown["驰骏汽车养护连锁 南宁青秀区店"] == "Low cover"  # 0.4 weeks
    assert shown[NANNING] == "Slow-moving"  # 310 days of shipments
    assert plan.model.headerData(STANDING, Qt.Orientation.Horizontal) == "Stock check"
    with qtbot.waitSignal(plan.months_loaded, timeout=15_000):
        plan.select_account(ids["NN"])
    months = plan.months_model
    assert months.headerData(1, Qt.Orientation.Horizontal) == "Stock on hand"
    assert all(plan.months_view.isColumnHidden(c) for c in (2, 3, 4))
    assert "No target" not in {months.index(r, 4).data() for r in range(months.rowCount())}
    # the layout kept is the one with the targets; leaving stock shows them again
    kept = plan.view_state()
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    assert not any(header.isSectionHidden(c) for c in (TARGET, VARIANCE, PERCENT))
    assert plan.behind_only.isEnabled()
    header.setSectionHidden(VARIANCE, True)  # the user hides one; stock and back keep it so
    choose_measure(plan, qtbot, Measure.STOCK)
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    assert header.isSectionHidden(VARIANCE) and not header.isSectionHidden(TARGET)
    plan.restore_view_state(kept)
    assert not header.isSectionHidden(VARIANCE)


@pytest.mark.parametrize(
    ("language", "head_office", "nanning", "limit"),
    [
        ("nl", "-6,5\u00a0%", "-26,3\u00a0%", "10\u00a0%"),  # Dutch: a no-break space
        ("zh_CN", "-6.5%", "-26.3%", "10%"),  # Chinese writes it close
    ],
)
def test_percentages_are_written_as_the_language_writes_them(  # type: ignore[no-untyped-def]
    plan, qtbot, speak, language: str, head_office: str, nanning: str, limit: str
) -> None:
    """The variance column, the tooltip and the summary write "%" by the one rule the PDFs
    use (domain.percentages), not " %" in every language."""
    speak(language)
    choose_measure(plan, qtbot, Measure.OUTBOUND)
    hq = top_row(plan, "驰骏汽车养护连锁 总部")
    assert hq.siblingAtColumn(PERCENT).data() == head_office
    assert hq.data(Qt.ItemDataRole.ToolTipRole).endswith(f"{NANNING} {nanning}")
    assert f" {limit}" in plan.summary.text()
    plan.reveal_behind()  # the warehouse behind plan: its finding says how far
    warehouse = plan.tree.currentIndex()
    assert warehouse.siblingAtColumn(PERCENT).data() == nanning
    assert nanning.lstrip("-") in warehouse.data(Qt.ItemDataRole.ToolTipRole)
