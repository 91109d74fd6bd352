"""The dense table every dock uses: its columns are fitted to the first rows once, then
left as the user sets them."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from acct_desktop.gui.widgets.data_table import DataTable


def rows(model: QStandardItemModel, count: int, text: str) -> None:
    for _ in range(count):
        model.appendRow([QStandardItem(text), QStandardItem("x")])


def test_columns_are_fitted_to_the_first_rows_then_keep_the_users_width(qtbot) -> None:
    model = QStandardItemModel(0, 2)
    table = DataTable(model, "Nothing yet")
    qtbot.addWidget(table)
    table.show()
    header = table.view.horizontalHeader()
    rows(model, 3, "Công ty TNHH Thương mại Dịch vụ")
    fitted = header.sectionSize(0)
    assert fitted > header.sectionSize(1)  # fitted to the long name
    header.resizeSection(0, 77)  # the user narrows it
    rows(model, 50, "华润万家广州配送中心 华南区域 第二仓库 (more rows fetched)")
    assert header.sectionSize(0) == 77


def test_restored_widths_are_never_fitted_over(qtbot) -> None:
    model = QStandardItemModel(0, 2)
    table = DataTable(model, "Nothing yet")
    qtbot.addWidget(table)
    table.view.horizontalHeader().resizeSection(0, 61)
    table.keep_column_widths()  # as after restoring the saved header
    rows(model, 3, "Autobedrijf Van den Berg Amsterdam Noord")
    assert table.view.horizontalHeader().sectionSize(0) == 61


def test_rows_that_arrive_inside_the_switch_to_the_empty_text_are_shown(qtbot) -> None:
    """Saving an issue re-reads the Issues list: the reset empties it, the empty text takes
    the focused view's place, and Qt fetched the first page *inside* that switch (as the
    view lost its focus). The dock said "No issues match these filters" over 60 rows
    until Refresh (QA zh). Here the view's hiding brings the rows, as Qt's fetch did."""
    model = QStandardItemModel(0, 2)
    rows(model, 3, "IS-2026-00084")
    table = DataTable(model, "No issues match these filters.")
    qtbot.addWidget(table)
    table.show()
    original_hide = table.view.hideEvent

    def hide_event(event) -> None:
        original_hide(event)
        if model.rowCount() == 0:
            rows(model, 60, "IS-2026-00001")  # the page fetched as the view hides

    table.view.hideEvent = hide_event
    model.removeRows(0, 3)  # the list is re-read: first empty...
    assert model.rowCount() == 60  # ...and full again before the switch returned
    assert table.view.isVisibleTo(table) and not table.empty.isVisibleTo(table)


def test_each_new_list_is_fitted_to_its_own_rows_until_the_user_sizes_a_column(qtbot) -> None:
    """Fitted to the first account's contacts only, a longer name of the next account was
    cut ("Poortwac…") with room to spare (QA nl). A width the user set is kept."""
    model = QStandardItemModel(0, 2)
    table = DataTable(model, "Nothing yet", fit_each_list=True)
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    header = table.view.horizontalHeader()
    rows(model, 2, "Jan")
    short = header.sectionSize(0)
    model.beginResetModel()  # the next account's list
    model.removeRows(0, model.rowCount())
    model.endResetModel()
    rows(model, 2, "Poortwachter Anne-Marie de Vries-Jansen")
    assert header.sectionSize(0) > short + 100
    table.keep_column_widths()  # as when the user's own widths are restored
    header.resizeSection(0, 90)
    model.beginResetModel()
    model.removeRows(0, model.rowCount())
    model.endResetModel()
    rows(model, 2, "Magazijnmedewerker Pieter van den Berg-Hoogeveen")
    assert header.sectionSize(0) == 90
