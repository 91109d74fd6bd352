"""Name completers fold like every finder: typed without accents or case, or a Chinese name
in pinyin, a name is offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit

from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.issues import IssuesDock
from acct_desktop.gui.widgets.folded_completer import FoldedCompleter
from acct_desktop.services.issues import IssueService
from acct_desktop.services.workspace import Workspace
from tests.conftest import DEMO_TODAY

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Phòng kế toán",
    "IJsselstein Logistiek",
    "Financiële administratie",
    "王先生",
    "客服部 李经理",
]


def offered(edit: QLineEdit) -> list[str]:
    """What the completer's popup lists now (Qt's view of it, whichever completer it is)."""
    model = edit.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def edit(qtbot) -> QLineEdit:
    box = QLineEdit()
    qtbot.addWidget(box)
    FoldedCompleter(NAMES, box).attach(box)
    box.show()
    box.setFocus()
    return box


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("nguyen", ["Nguyễn Văn An"]),
        ("NGUYEN an", ["Nguyễn Văn An"]),
        ("thi binh", ["Trần Thị Bình"]),
        ("ke toan", ["Phòng kế toán"]),
        ("ijssel", ["IJsselstein Logistiek"]),
        ("financiele", ["Financiële administratie"]),
        ("logis", ["IJsselstein Logistiek"]),
        # a piece of a word, also of a name's pinyin (王先生: wang xian sheng)
        (
            "an",
            [
                "Nguyễn Văn An",
                "Trần Thị Bình",
                "Phòng kế toán",
                "Financiële administratie",
                "王先生",
            ],
        ),
        ("wxs", ["王先生"]),  # Chinese names by their pinyin, as every finder reads them
        ("Kefubu", ["客服部 李经理"]),
        ("lijingli", ["客服部 李经理"]),
    ],
)
def test_typed_without_accents_the_name_is_offered(qtbot, edit, typed, names) -> None:
    qtbot.keyClicks(edit, typed)
    assert offered(edit) == names
    assert edit.completer().popup().isVisible()


def test_chinese_is_matched_by_its_characters(qtbot, edit) -> None:
    edit.insert("经理")
    edit.textEdited.emit(edit.text())  # as typing through an input method does
    assert offered(edit) == ["客服部 李经理"]
    edit.setText("王")
    edit.textEdited.emit("王")
    assert offered(edit) == ["王先生"]


def test_picking_an_offered_name_puts_it_in_the_box(qtbot, edit) -> None:
    qtbot.keyClicks(edit, "tran")
    popup = edit.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "Trần Thị Bình"


@pytest.fixture
def dock(qtbot, demo_db):
    workspace = Workspace.open(demo_db)
    workspace.issues = IssueService(workspace.db, today=lambda: DEMO_TODAY)
    issues = IssuesDock(CurrentAccount())
    issues.undo_stack = QUndoStack(issues)
    qtbot.addWidget(issues)
    issues.show()
    issues.set_workspace(workspace)
    yield issues
    issues.set_workspace(None)
    workspace.close()


def test_the_issues_dock_responsible_filter_offers_folded_names(qtbot, dock) -> None:
    dock.responsible.setFocus()
    qtbot.keyClicks(dock.responsible, "quan ly")
    assert offered(dock.responsible) == ["Quản lý khu vực"]


def test_the_issue_forms_offer_folded_names(qtbot, dock) -> None:
    dock.current.set(dock.model.rows()[0].account_id)
    form = dock.commands.new_issue()
    form.responsible.setFocus()
    qtbot.keyClicks(form.responsible, "kho van")
    assert offered(form.responsible) == ["Bộ phận kho vận"]
    form.reject()
    dock.view.selectAll()
    bulk = dock.commands.bulk_edit()
    bulk.set_responsible.setChecked(True)
    bulk.responsible.setFocus()
    qtbot.keyClicks(bulk.responsible, "financiele")
    assert offered(bulk.responsible) == ["Financiële administratie"]
    bulk.reject()
