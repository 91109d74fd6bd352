"""Forms from the keyboard (QA, keyboard-only week): a date field is one Tab stop, and Tab
leaves it even while it shows its "none" text ("never", "not planned", "not set" — Qt's
date field swallowed every Tab then)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget
from sqlalchemy import select

from acct_desktop.domain.enums import IssueCategory, VisitStatus
from acct_desktop.gui.dialogs.contact_form import ContactForm
from acct_desktop.gui.dialogs.issue_form import IssueFormDialog
from acct_desktop.gui.dialogs.visit_report import VisitReportDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.contact_records import ContactDraft
from acct_desktop.services.issue_records import IssueDraft
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m

SHIFT = Qt.KeyboardModifier.ShiftModifier


def tab_walk(start: QWidget, presses: int, *, back: bool = False) -> list[QWidget]:
    """Where the focus is after each of ``presses`` Tabs (Shift+Tabs) from ``start``."""
    start.setFocus()
    QApplication.processEvents()
    assert start.hasFocus()
    seen = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if back:
            QTest.keyClick(focus, Qt.Key.Key_Backtab, SHIFT)
        else:
            QTest.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def one_stop_each(form: QWidget, start: QWidget, dates: list[QDateEdit]) -> None:
    """Tab from ``start`` stops once at each date and goes on; Shift+Tab back too."""
    for back in (False, True):
        seen = [start, *tab_walk(start, 25, back=back)]
        for field in dates:
            assert back or field in seen, f"Tab never reached {field.objectName()}"
            stays = [i for i, w in enumerate(seen[:-1]) if w is field and seen[i + 1] is field]
            assert stays == [], f"Tab stayed in {field.objectName()}"


@pytest.fixture
def workspace(demo_db) -> Iterator[Workspace]:
    opened = Workspace.open(demo_db)
    yield opened
    opened.close()


def test_a_new_contact_never_contacted_lets_tab_through(qtbot) -> None:
    form = ContactForm(ContactDraft(account_id=uuid.uuid4(), name=""), [], lambda d: d)
    qtbot.addWidget(form)
    form.show()
    assert form.last_contact.text() == "never"
    one_stop_each(form, form.name, [form.last_contact])
    seen = tab_walk(form.manager, 2)
    assert seen == [form.last_contact, form.notes]


def test_a_visit_report_with_no_next_visit_lets_tab_through(qtbot, workspace) -> None:
    with workspace.db.session() as session:
        visit_id = session.scalars(
            select(m.Visit.id)
            .where(
                m.Visit.status == VisitStatus.PLANNED,
                m.Visit.planned_start < datetime.now(UTC),
            )
            .order_by(m.Visit.planned_start)
        ).first()
    report = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(report)
    report.show()
    assert report.next_visit.text() == "not planned"
    one_stop_each(report, report.next_visit, [report.next_visit])
    report.close()


def test_the_issue_form_crosses_its_two_dates_with_one_tab_each(qtbot) -> None:
    today = date(2026, 11, 2)
    draft = IssueDraft(
        account_id=uuid.uuid4(),
        category=IssueCategory.ACCOUNTING,
        description="",
        responsible="An",
        deadline=date(2026, 11, 16),
        raised_on=today,
    )
    form = IssueFormDialog(draft, lambda d: d, "Hoa Sen", ["An"], today)
    qtbot.addWidget(form)
    form.show()
    one_stop_each(form, form.description, [form.raised_on, form.deadline])
    save = form.buttons.button(form.buttons.StandardButton.Save)
    fields = [form.responsible, form.side, form.raised_on, form.visit, form.deadline]
    fields += [form.status, form.resolution, save]  # an open issue: no resolution yet
    shown = [f for f in fields if f.isVisible() and f.isEnabled()]
    assert tab_walk(form.description, len(shown)) == shown


def test_the_quote_header_dates_let_tab_through(window: MainWindow, qtbot) -> None:
    quotes = window.docks["quoteBuilderDock"]
    quotes.show()
    quotes.raise_()
    quotes.commands.new_quote()
    editor = quotes.editor
    valid, delivery = editor.fields["valid_until"], editor.fields["requested_delivery"]
    assert delivery.text() == "not set"
    one_stop_each(editor, valid, [valid, delivery])
    assert tab_walk(valid, 2) == [delivery, editor.fields["currency"]]


def test_the_register_filters_let_tab_through_ending_any_time(window: MainWindow, qtbot) -> None:
    register = window.docks["policyRegisterDock"]
    register.show()
    register.raise_()
    qtbot.waitUntil(lambda: not register.out_of_sight())
    filters = register.findChildren(QWidget, "expiringFilter")
    shown = next(f for f in filters if f.isVisible())
    assert shown.text() == shown.specialValueText()
    seen = tab_walk(shown, 2)
    assert seen[0] is not shown


# -- Ctrl+Enter saves from any field of a form ----------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_enter_saves_a_new_issue_from_its_description(window: MainWindow, qtbot) -> None:
    """The new-issue form opens in the description, where Enter starts a new line: Save
    was eight Tabs away and Ctrl+Enter did nothing."""
    issues = window.docks["issuesDock"]
    form = issues.commands.new_issue()
    assert form is not None
    qtbot.waitUntil(form.description.hasFocus)
    form.responsible.setText("Lê Văn Cường")
    form.description.insertPlainText("Giao thiếu 2 thùng")  # (QTest types ASCII only)
    QTest.keyClick(form.description, Qt.Key.Key_Return)  # a new line, as before
    form.description.insertPlainText("dầu nhớt")
    QTest.keyClick(form.description, Qt.Key.Key_Return, CTRL)
    assert form.result_change is not None, "Ctrl+Enter did not save"
    assert not form.isVisible()
    issue_id = form.result_change.issue_ids[0]
    with window.workspace.db.session() as session:
        saved = session.get(m.CustomerIssue, issue_id)
        assert saved.description == "Giao thiếu 2 thùng\ndầu nhớt"


def test_ctrl_enter_saves_a_contact_from_its_notes(window: MainWindow, qtbot) -> None:
    contacts = window.docks["contactMapDock"]
    contacts.commands.add_contact(None)
    form = contacts.last_dialog
    assert isinstance(form, ContactForm)
    form.name.setText("Trần Thị Bích")
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    form.notes.insertPlainText("Gặp ở hội chợ")
    QTest.keyClick(form.notes, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible() and form.result() == form.DialogCode.Accepted
    with window.workspace.db.session() as session:
        assert session.scalars(
            select(m.Contact.id).where(m.Contact.name == "Trần Thị Bích")
        ).first()


# -- Enter on a button outside a dialog presses it ------------------------------------------


def test_enter_on_add_line_adds_the_line(window: MainWindow, qtbot) -> None:
    quotes = window.docks["quoteBuilderDock"]
    quotes.show()
    quotes.raise_()
    quotes.commands.new_quote()
    editor = quotes.editor
    with window.workspace.db.session() as session:
        product = session.scalars(
            select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku)
        ).first()
    hits = dict(quotes._search_products(product.sku))
    editor.product.set_choice(product.id, hits[product.id])
    editor.add_button.setFocus()
    qtbot.waitUntil(editor.add_button.hasFocus)
    QTest.keyClick(editor.add_button, Qt.Key.Key_Return)
    assert [line.sku for line in editor.view.lines] == [product.sku]


def test_enter_on_a_tool_button_presses_it(window: MainWindow, qtbot) -> None:
    calendar = window.docks["visitCalendarDock"]
    calendar.raise_()
    qtbot.waitUntil(lambda: not calendar.out_of_sight())
    before = calendar.day
    calendar.next_week.setFocus()
    qtbot.waitUntil(calendar.next_week.hasFocus)
    QTest.keyClick(calendar.next_week, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert calendar.day > before


def test_enter_in_the_quantity_with_no_product_says_so_under_the_field(
    window: MainWindow, qtbot
) -> None:
    """It opened a modal box ("Choose a product from the list first.")."""
    quotes = window.docks["quoteBuilderDock"]
    quotes.show()
    quotes.raise_()
    quotes.commands.new_quote()
    editor = quotes.editor
    editor.quantity.setFocus()
    qtbot.waitUntil(editor.quantity.hasFocus)
    QTest.keyClick(editor.quantity, Qt.Key.Key_Return)
    assert quotes.last_problem is None and QApplication.activeModalWidget() is None
    assert editor.add_problem.isVisible()
    assert editor.add_problem.text() == "Choose a product from the list first."
    assert editor.product.hasFocus()
    QTest.keyClicks(editor.product, "A")  # typing again clears it
    assert editor.add_problem.isHidden()
