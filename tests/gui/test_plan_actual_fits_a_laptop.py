"""The Plan vs actual dock on a 1366 × 768 laptop, as the default layout puts it: the
figures a manager is judged on (actual, target, variance, %, turnover days, weeks of
cover, the form) are on the screen without scrolling sideways, in English, Dutch (whose
words are longer), Vietnamese and Chinese."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import Measure
from acct_desktop.gui.docks.plan_actual import PlanActualDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models import plan_tree
from acct_desktop.gui.settings import AppSettings

NEEDED = (
    plan_tree.NAME,
    plan_tree.ACTUAL,
    plan_tree.TARGET,
    plan_tree.VARIANCE,
    plan_tree.PERCENT,
    plan_tree.STANDING,
    plan_tree.TURNOVER,
    plan_tree.COVER,
    plan_tree.FORM,
)
LAPTOP = QRect(0, 0, 1366, 768)
FIGURES = tuple(c for c in NEEDED if c != plan_tree.NAME)


def plan_dock_on_a_laptop(  # type: ignore[no-untyped-def]
    qtbot, settings: AppSettings, demo_db: Path, restore: bool = False
) -> PlanActualDock:
    """The dock in a window on a laptop screen, in the default layout (``restore``: as the
    last session left it), its figures read."""
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    if restore:
        win.restore_layout()
    else:
        win.reset_layout()
    dock = win.docks["planActualDock"]
    assert isinstance(dock, PlanActualDock)
    loads: list[object] = []
    dock.loaded.connect(lambda *_: loads.append(True))  # in front: read on opening
    win.show()
    assert win.open_database(str(demo_db))
    win.background.wait()
    win.fit_within(LAPTOP)  # as the app does once the docks have measured themselves
    dock.raise_()  # as the user clicks its tab: it reads its figures now
    qtbot.waitUntil(lambda: bool(loads), timeout=15_000)
    qtbot.wait(50)  # let the layout settle
    return dock


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_a_managers_figures_are_on_a_laptop_screen_without_scrolling_sideways(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    if language != "en":
        speak(language)
    dock = plan_dock_on_a_laptop(qtbot, settings, demo_db)
    assert dock.window().width() <= LAPTOP.width()
    tree, header = dock.tree, dock.tree.header()
    assert tree.model().rowCount() > 0
    width = tree.viewport().width()
    for column in NEEDED:
        title = tree.model().headerData(column, Qt.Orientation.Horizontal)
        assert not header.isSectionHidden(column), (language, title)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0, (language, title)
        assert right <= width, (language, title, right, width)
    for column in FIGURES:  # whole: no figure and no column head cut with "…"
        title = tree.model().headerData(column, Qt.Orientation.Horizontal)
        wanted = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= wanted, (language, title)
    assert tree.horizontalScrollBar().maximum() == 0, language
    # the names still get room to tell the accounts apart
    assert header.sectionSize(plan_tree.NAME) >= 160, language
    dock.window().set_workspace(None)


def test_sorting_by_another_column_keeps_the_figures_on_the_screen(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    """Only the sorted column keeps room for the sort arrow; the room moves with it."""
    dock = plan_dock_on_a_laptop(qtbot, settings, demo_db)
    tree, header = dock.tree, dock.tree.header()
    before = header.sectionSize(plan_tree.COVER)
    tree.sortByColumn(plan_tree.COVER, Qt.SortOrder.DescendingOrder)  # as a click on its head
    assert header.sectionSize(plan_tree.COVER) > before  # its arrow is not drawn over "(weeks)"
    assert header.sectionSize(plan_tree.COVER) >= header.sectionSizeHint(plan_tree.COVER)
    for column in NEEDED:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= tree.viewport().width(), column
    dock.window().set_workspace(None)


def test_column_heads_are_short_and_their_tooltips_say_what_they_count(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    dock = plan_dock_on_a_laptop(qtbot, settings, demo_db)
    model = dock.tree.model()
    head = model.headerData(plan_tree.TURNOVER, Qt.Orientation.Horizontal)
    tip = model.headerData(
        plan_tree.TURNOVER, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert head == "Turnover\n(days)"
    assert tip.startswith("Turnover days: closing stock ÷ average daily outbound")
    name_tip = model.headerData(
        plan_tree.NAME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert name_tip == "Name"
    dock.window().set_workspace(None)


def test_columns_chosen_in_the_heads_menu_are_kept_with_the_layout(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    """Kind and sell-out per week start hidden; a right-click on the heads shows or hides
    any column but the name, and the choice (with a Name width the user dragged) comes back
    in the next session; *Default columns* undoes it."""
    dock = plan_dock_on_a_laptop(qtbot, settings, demo_db)
    tree, header = dock.tree, dock.tree.header()
    assert tree.isColumnHidden(plan_tree.KIND) and tree.isColumnHidden(plan_tree.VELOCITY)
    actions = {a.text(): a for a in dock.columns.menu().actions() if a.isCheckable()}
    assert "Name" not in actions
    assert set(actions) == {t for t in plan_tree.HEADERS if t != "Name"}
    assert not actions["Sell-out / week"].isChecked()
    actions["Sell-out / week"].trigger()
    actions["Form"].trigger()
    assert not tree.isColumnHidden(plan_tree.VELOCITY) and tree.isColumnHidden(plan_tree.FORM)
    assert header.sectionSize(plan_tree.VELOCITY) >= header.sectionSizeHint(plan_tree.VELOCITY)
    velocity_right = header.sectionViewportPosition(plan_tree.VELOCITY) + header.sectionSize(
        plan_tree.VELOCITY
    )
    assert velocity_right <= tree.viewport().width()  # the names gave up the room
    header.resizeSection(plan_tree.NAME, 180)  # as a drag of the head does
    dock.window().save_layout()
    dock.window().set_workspace(None)

    again = plan_dock_on_a_laptop(qtbot, settings, demo_db, restore=True)
    tree, header = again.tree, again.tree.header()
    assert not tree.isColumnHidden(plan_tree.VELOCITY)
    assert tree.isColumnHidden(plan_tree.FORM) and tree.isColumnHidden(plan_tree.KIND)
    assert header.sectionSize(plan_tree.NAME) == 180
    with qtbot.waitSignal(again.loaded, timeout=15_000):
        again.refresh()  # read again (an import, F5): the width the user chose stays
    assert header.sectionSize(plan_tree.NAME) == 180
    reset = next(a for a in again.columns.menu().actions() if a.text() == "Default columns")
    reset.trigger()
    assert [tree.isColumnHidden(c) for c in range(header.count())] == [
        c in plan_tree.HIDDEN_BY_DEFAULT for c in range(header.count())
    ]
    assert header.sectionSize(plan_tree.NAME) != 180  # the names follow the view again
    again.window().set_workspace(None)


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_the_tree_opened_to_who_is_behind_fits_without_scrolling_sideways(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """Outbound, *Show them in the tree*, then everything opened, in each currency: in
    Dutch *Against plan* took 225 pixels ("▼ Op plan · 1 eronder achter"), the names were
    cut to "Filia…richt" and the form went off the screen behind a sideways scroll bar.
    The figures stay whole, *Against plan* says at least its words (the ▼ and the tooltip
    the rest), and the names get what is left."""
    if language != "en":
        speak(language)
    dock = plan_dock_on_a_laptop(qtbot, settings, demo_db)
    tree, header = dock.tree, dock.tree.header()
    with qtbot.waitSignal(dock.loaded, timeout=15_000):
        dock.measure.setCurrentIndex(dock.measure.findData(Measure.OUTBOUND.value))
    briefed = []
    for currency in [dock.currency.itemData(i) for i in range(dock.currency.count())]:
        if currency != dock.currency.currentData():
            with qtbot.waitSignal(dock.loaded, timeout=15_000):
                dock.currency.setCurrentIndex(dock.currency.findData(currency))
        for opened in ("behind", "all"):
            if opened == "behind":
                assert dock.reveal_behind() > 0, currency
            else:
                tree.expandAll()
            qtbot.wait(1)  # the layout of the rows just opened
            where = (language, currency, opened)
            assert tree.horizontalScrollBar().maximum() == 0, where
            assert header.sectionSize(plan_tree.NAME) >= 160, where
            for column in FIGURES:
                if column == plan_tree.STANDING and dock.columns.briefed:
                    dock.columns.standing.brief = True  # measure the words alone
                wanted = max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
                dock.columns.standing.brief = False
                title = tree.model().headerData(column, Qt.Orientation.Horizontal)
                assert header.sectionSize(column) >= wanted, (*where, title)
            briefed.append(dock.columns.briefed)
            tree.collapseAll()
    if language in ("nl", "vi"):
        assert any(briefed)  # the words alone somewhere: this test covers the brief texts
    dock.window().set_workspace(None)
