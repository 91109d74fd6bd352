"""NameFillsTheView, the one piece that sizes the account tree's and the Plan vs actual
tree's columns: the names take what the other columns leave (within their limits), the
other columns what their heads and rows need (within theirs), and a Name width the user
drags is kept, and comes back from what was saved."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTreeView

from acct_desktop.gui.widgets.name_column import NameFillsTheView

LONG_NAME = "Wegwijs Tankstations Distributiecentrum Zwolle Magazijn Arnhem 2 " * 2
HEADS = ("Name", "Actual", "Turnover (days) over the last twelve months", "Form")


def shown_tree(qtbot, width: int) -> QTreeView:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(0, len(HEADS))
    model.setHorizontalHeaderLabels(list(HEADS))
    model.appendRow([QStandardItem(LONG_NAME), QStandardItem("2,669.76"),
                     QStandardItem("18.1"), QStandardItem("▁▃▅")])  # fmt: skip
    view = QTreeView()
    view.setModel(model)
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def wanted(view: QTreeView, column: int) -> int:
    return max(view.sizeHintForColumn(column), view.header().sectionSizeHint(column))


def test_with_a_share_the_names_take_up_to_that_part_of_a_wide_view(qtbot) -> None:
    view = shown_tree(qtbot, 1200)
    fixed = NameFillsTheView(view, 0, view, most=220)
    fixed.fit_others()
    assert view.columnWidth(0) == 220
    shared = NameFillsTheView(view, 0, view, most=220, share=3)
    shared.fit_others()
    assert view.columnWidth(0) == view.viewport().width() // 3 > 220
    view.resize(500, 300)  # narrower: the names take what the figures leave, not a third
    qtbot.waitUntil(lambda: view.viewport().width() < 500)
    others = sum(view.columnWidth(c) for c in range(1, len(HEADS)))
    assert view.columnWidth(0) == max(160, view.viewport().width() - others)


def test_the_other_columns_take_what_they_need_within_their_limits(qtbot) -> None:
    view = shown_tree(qtbot, 1200)
    assert wanted(view, 2) > 200
    NameFillsTheView(view, 0, view).fit_others()  # the account tree's: at most 200 each
    assert view.columnWidth(2) == 200 and view.columnWidth(1) == wanted(view, 1)
    limited = NameFillsTheView(view, 0, view, others_most=None, column_most={1: 40})
    limited.fit_others()  # the plan's: no limit but the kind's
    assert view.columnWidth(2) == wanted(view, 2) and view.columnWidth(1) == 40
    view.header().resizeSection(3, wanted(view, 3) + 30)  # a figure dragged wider
    limited.fit_others(grow_only=True)  # rows opened: no column gets narrower
    assert view.columnWidth(3) == wanted(view, 3) + 30


def test_a_name_width_the_user_drags_is_kept_and_saved_not_one_the_program_sets(
    qtbot,
) -> None:
    view = shown_tree(qtbot, 900)
    fill = NameFillsTheView(view, 0, view, most=220, share=3, others_most=None)
    fill.fit_others()
    with fill.adjusting():  # the program hides, shows and resizes: not the user's choice
        view.setColumnHidden(3, True)
        view.header().resizeSection(0, 250)
        view.setColumnHidden(3, False)
    assert not fill.chosen and fill.saved_width() == QByteArray(b"")
    view.header().resizeSection(0, 190)  # as a drag of the head does
    assert fill.chosen and fill.saved_width() == QByteArray(b"190")
    view.resize(700, 300)
    qtbot.wait(20)
    assert view.columnWidth(0) == 190
    fill.fit_others()
    assert view.columnWidth(0) == 190

    again = shown_tree(qtbot, 900)  # the next session
    restored = NameFillsTheView(again, 0, again, most=220, share=3, others_most=None)
    restored.restore_width(fill.saved_width())
    restored.fit_others()
    assert restored.chosen and again.columnWidth(0) == 190
    restored.restore_width(QByteArray(b""))  # nothing chosen: the names follow the view
    assert not restored.chosen and again.columnWidth(0) != 190


def test_columns_that_give_way_hide_in_a_narrow_view_and_come_back_when_it_widens(
    qtbot,
) -> None:
    """A narrow view: the columns in ``give_way`` hide, in order, while the names would get
    less than ``roomy``; widened, they come back (last hidden first), as wide as they need."""
    view = shown_tree(qtbot, 560)
    fill = NameFillsTheView(view, 0, view, others_most=None, give_way=(2, 1), roomy=400)
    fill.fit_others()
    assert view.isColumnHidden(2) and not view.isColumnHidden(1)  # the names' 400 with 1
    assert view.columnWidth(0) >= 400
    view.resize(400, 300)
    qtbot.waitUntil(lambda: view.isColumnHidden(1))  # both gone, and still short of 400
    assert view.isColumnHidden(2) and not view.isColumnHidden(3)  # 3 never gives way
    assert view.columnWidth(0) == view.viewport().width() - view.columnWidth(3)
    view.resize(1400, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(2))
    assert not view.isColumnHidden(1)
    assert view.columnWidth(2) == wanted(view, 2) and view.columnWidth(1) == wanted(view, 1)
    assert view.columnWidth(0) >= 400


def test_a_column_with_its_own_roomy_stays_while_the_names_get_that_many(qtbot) -> None:
    """The account tree's tier (narrow, and what a manager plans by) stays beside names
    that are cut, as long as they get its ``column_roomy``; the others give way first."""
    view = shown_tree(qtbot, 450)
    fill = NameFillsTheView(
        view, 0, view, others_most=None, give_way=(2, 1), roomy=400, column_roomy={1: 300}
    )
    fill.fit_others()
    names = view.viewport().width() - view.columnWidth(1) - view.columnWidth(3)
    assert 300 <= names < 400  # the names are cut: without its own roomy, 1 would hide
    assert view.isColumnHidden(2) and not view.isColumnHidden(1)
    view.resize(300 + view.columnWidth(3) + 20, 300)  # less than 300 beside column 1
    qtbot.waitUntil(lambda: view.isColumnHidden(1))
    view.resize(450, 300)
    qtbot.waitUntil(lambda: not view.isColumnHidden(1))  # back once the names have 300
    assert view.isColumnHidden(2)


def test_a_column_the_user_chooses_stays_as_chosen_and_is_remembered(qtbot) -> None:
    view = shown_tree(qtbot, 400)
    fill = NameFillsTheView(view, 0, view, others_most=None, give_way=(2, 1), roomy=400)
    fill.fit_others()
    assert view.isColumnHidden(2) and view.isColumnHidden(1)
    fill.choose_column(2, True)  # from the header's menu: shown, narrow as the view is
    view.resize(380, 300)
    qtbot.wait(20)
    assert not view.isColumnHidden(2)
    assert fill.saved_columns() == QByteArray(b"2")

    again = shown_tree(qtbot, 1400)  # the next session, its heads restored as they were
    again.setColumnHidden(1, True)
    restored = NameFillsTheView(again, 0, again, others_most=None, give_way=(2, 1), roomy=400)
    restored.restore_columns(fill.saved_columns())
    assert restored.chosen_columns == {2}
    assert not again.isColumnHidden(1)  # not chosen: back, as the wide view has room
    restored.restart()  # View → Reset layout: every column follows the width again
    assert restored.chosen_columns == set()

    older = shown_tree(qtbot, 1400)  # heads saved before columns gave way
    older.setColumnHidden(1, True)
    kept = NameFillsTheView(older, 0, older, others_most=None, give_way=(2, 1), roomy=400)
    kept.restore_columns(None)
    assert kept.chosen_columns == {1} and older.isColumnHidden(1)  # hidden by the user
