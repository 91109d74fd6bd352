"""Copying a table's or tree's rows for Excel or a mail: Ctrl+C and Copy table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from acct_desktop.gui.models.plan_tree import NODE_ROLE
from acct_desktop.gui.widgets.copy_rows import copy_rows
from acct_desktop.gui.widgets.data_table import DataTable

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _model(rows: list[list[str]], heads: list[str]) -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(heads)
    for cells in rows:
        items = [QStandardItem(cell) for cell in cells]
        items[-1].setTextAlignment(RIGHT)  # the figure
        model.appendRow(items)
    return model


def _clipboard() -> tuple[str, str]:
    data = QGuiApplication.clipboard().mimeData()
    return data.text(), data.html()


def test_ctrl_c_copies_the_selected_rows_with_their_heads_as_on_screen(qtbot) -> None:
    model = _model(
        [["NL000064", "Wegwijs\\tArnhem", "intern", "1.900,00"],
         ["CN000188", "太原普通油品有限公司", "intern", "76.810,61"],
         ["VN000199", "Gara Ô tô Việt Hàn\\nThủ Dầu Một", "intern", "9.331.200"]],
        ["Code", "Name", "Note", "Actual"],
    )  # fmt: skip
    model.item(0, 1).setText("Wegwijs\tArnhem")
    model.item(2, 1).setText("Gara Ô tô Việt Hàn\nThủ Dầu Một")
    table = DataTable(model, "")
    qtbot.addWidget(table)
    view = table.view
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setColumnHidden(2, True)  # a hidden column is not copied
    view.horizontalHeader().moveSection(3, 0)  # the user put Actual first
    table.show()
    shown = [model.index(row, 0).data() for row in range(3)]  # as the header sorted them
    flags = view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows
    for code in ("NL000064", "VN000199"):
        view.selectionModel().select(model.index(shown.index(code), 0), flags)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text, html = _clipboard()
    lines = {
        "NL000064": "1.900,00\tNL000064\tWegwijs Arnhem",  # a tab or line break: a space
        "VN000199": "9.331.200\tVN000199\tGara Ô tô Việt Hàn Thủ Dầu Một",
    }
    assert text == "Actual\tCode\tName\n" + "".join(
        lines[code] + "\n" for code in shown if code in lines
    )  # in the order shown
    assert "<th>Actual</th><th>Code</th><th>Name</th>" in html
    assert '<td style="text-align:right">1.900,00</td><td>NL000064</td>' in html
    table.copier.copy_all()
    copied = _clipboard()[0].splitlines()
    assert len(copied) == 4 and "76.810,61\tCN000188\t太原普通油品有限公司" in copied


def test_a_tree_copies_its_expanded_rows_indented_and_a_view_without_selection_all(
    qtbot,
) -> None:
    model = _model([["Hoofdkantoor", "21.554,87"]], ["Name", "Actual"])
    hq = model.item(0, 0)
    for name, figure in (("Regiokantoor Oost", "1.900,00"), ("Regiokantoor West", "0,00")):
        child = [QStandardItem(name), QStandardItem(figure)]
        hq.appendRow(child)
    model.item(0, 0).child(0, 0).appendRow([QStandardItem("Magazijn Arnhem"), QStandardItem("1")])
    tree = QTreeView()
    tree.setModel(model)
    qtbot.addWidget(tree)
    copier = copy_rows(tree)
    tree.expand(model.index(0, 0))  # the HQ open, Oost closed: Arnhem is not shown
    copier.copy_all()
    assert _clipboard()[0] == (
        "Name\tActual\nHoofdkantoor\t21.554,87\n    Regiokantoor Oost\t1.900,00\n"
        "    Regiokantoor West\t0,00\n"
    )
    assert "&nbsp;&nbsp;&nbsp;&nbsp;Regiokantoor Oost" in _clipboard()[1]
    tree.setCurrentIndex(model.index(1, 0, model.index(0, 0)))
    copier.copy_chosen()
    assert _clipboard()[0] == "Name\tActual\n    Regiokantoor West\t0,00\n"
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    copier.copy_chosen()
    assert len(_clipboard()[0].splitlines()) == 4  # nothing to choose: the whole view
    assert [a.text() for a in tree.actions()] == ["Copy", "Copy table"]  # its context menu


def test_the_plan_tree_copies_the_row_the_user_is_on(qtbot, window) -> None:
    plan = window.docks["planActualDock"]
    plan.raise_()
    qtbot.waitUntil(lambda: plan.snapshot is not None and plan.model.rowCount() > 0, timeout=20_000)
    index = plan.model.index(0, 0)
    rect = plan.tree.visualRect(index)
    qtbot.mouseClick(plan.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    plan.tree.setFocus()
    qtbot.keyClick(plan.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    heads, row = _clipboard()[0].splitlines()
    assert heads.split("\t")[0] == "Name" and "Var. %" in heads.split("\t")
    assert row.split("\t")[0] == index.data()


def test_the_plan_tree_copies_several_rows_and_shows_the_last_one_clicked(qtbot, window) -> None:
    plan = window.docks["planActualDock"]
    plan.raise_()
    qtbot.waitUntil(lambda: plan.snapshot is not None and plan.model.rowCount() > 2, timeout=20_000)
    first, third = plan.model.index(0, 0), plan.model.index(2, 0)
    for index, modifier in (
        (first, Qt.KeyboardModifier.NoModifier),
        (third, Qt.KeyboardModifier.ControlModifier),
    ):
        rect = plan.tree.visualRect(index)
        qtbot.mouseClick(plan.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert plan.selected_node() is third.data(NODE_ROLE)  # the panel follows the last click
    assert plan.detail_title.text().endswith(third.data())
    plan.tree.setFocus()
    qtbot.keyClick(plan.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    _heads, *rows = _clipboard()[0].splitlines()
    assert [row.split("\t")[0] for row in rows] == [first.data(), third.data()]
