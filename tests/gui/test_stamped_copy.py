"""Attaching the stamped copy: the day is picked in the user's own date format between the
checklist's issue and today, and a problem shows under its field with the dialog still
open, so the scan never has to be picked again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.stamped_copy import StampedCopyDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.checklist_records import ChecklistRow
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from tests.gui.test_checklists_gui import escalated_chinese_account, issue_from_dialog

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def issued_tab(qtbot, window: MainWindow, tmp_path: Path):
    """The Checklists tab with one checklist issued and selected."""
    save_manager_profile(ManagerProfile("李伟", "Acme 润滑油", None, "li@acme.cn"))
    window.current.set(escalated_chinese_account(window))
    issuing = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(issuing)
    issue_from_dialog(qtbot, issuing, tmp_path)
    tab = window.card.open_tab("checklists")
    tab.table.view.selectRow(0)
    return tab


def shown_problems(dialog: StampedCopyDialog) -> dict[str, str]:
    labels = {**dialog.errors, "form": dialog.status}
    return {name: label.text() for name, label in labels.items() if label.isVisible()}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_day_is_picked_from_the_issue_to_today_defaulting_to_today(issued_tab) -> None:
    dialog = issued_tab.attach_stamped()
    today = issued_tab.workspace.checklist_records.today()
    issued_on = issued_tab.selected().issued_at.astimezone().date()
    field = dialog.stamped_on
    assert field.calendarPopup() and field.date() == qdate(today)
    assert field.maximumDate() == qdate(today) and field.minimumDate() == qdate(issued_on)
    field.setDate(QDate(2099, 1, 1))
    assert field.date() == qdate(today), "a day after today cannot be picked"
    dialog.reject()


def test_a_wrong_file_is_named_under_it_and_the_dialog_stays_open(
    qtbot, issued_tab, tmp_path: Path
) -> None:
    dialog = issued_tab.attach_stamped()
    dialog.attach_button.click()
    assert shown_problems(dialog) == {"file": "Choose the scan of the stamped copy."}
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as out:  # 3 GB that take no disk space: refused from its size
        out.write(b"%PDF-1.7\n")
        out.truncate(3 * 1024**3)
    dialog.choose_file = lambda: huge
    dialog.browse()
    yesterday = dialog.stamped_on.date().addDays(-1)
    dialog.stamped_on.setDate(yesterday)
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert shown_problems(dialog) == {
        "file": "scan.pdf is larger than 25 MB; scan it at a lower resolution."
    }
    assert dialog.isVisible() and dialog.file.text() == str(huge)
    assert dialog.stamped_on.date() == max(yesterday, dialog.stamped_on.minimumDate())
    scan = tmp_path / "stamped.png"
    scan.write_bytes(PNG + bytes(64))
    dialog.file.setText(str(scan))
    with qtbot.waitSignal(dialog.attached, timeout=30_000):
        dialog.attach_button.click()
    assert not dialog.isVisible()
    issued_tab.table.view.selectRow(0)
    row = issued_tab.selected()
    assert row.scan_file_name == "stamped.png"
    assert row.stamped_on == dialog.stamped_on.date().toPython()
    assert "stamped by the customer" in issued_tab.message.text()


class RefusingRecords:
    """The service refusing the day (the clock passed midnight while the dialog was open)."""

    def __init__(self, today: date) -> None:
        self.today = lambda: today

    def attach_stamped_copy(self, _id, _path, _day, **_told) -> ChecklistRow:  # type: ignore[no-untyped-def]
        raise EditRejected("The stamp cannot be dated after today.", field="stamped_on")


def test_a_refused_day_is_named_under_the_date(qtbot, issued_tab, tmp_path: Path) -> None:
    row = issued_tab.selected()
    runner = BackgroundRunner()
    dialog = StampedCopyDialog(RefusingRecords(date.today() + timedelta(days=1)), row, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    scan = tmp_path / "stamped.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    dialog.file.setText(str(scan))
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert shown_problems(dialog) == {"stamped_on": "The stamp cannot be dated after today."}
    assert dialog.isVisible() and dialog.file.text() == str(scan)


def test_the_day_reads_as_the_chinese_write_it(qtbot, chinese, issued_tab) -> None:
    dialog = issued_tab.attach_stamped()
    today = issued_tab.workspace.checklist_records.today()
    assert dialog.stamped_on.text() == f"{today.year}/{today.month}/{today.day}"
    assert dialog.windowTitle().startswith("盖章")
    dialog.reject()


def test_attaching_again_asks_before_replacing_and_no_keeps_the_first(
    qtbot, issued_tab, tmp_path: Path
) -> None:
    records = issued_tab.workspace.checklist_records
    row = issued_tab.selected()
    first = tmp_path / "first.pdf"
    first.write_bytes(records.sealed_pdf(row.id))  # its own QR code: no question
    dialog = issued_tab.attach_stamped()
    asked: list[tuple[str, str]] = []
    dialog.confirm = lambda text, question: asked.append((text, question)) or False
    dialog.file.setText(str(first))
    with qtbot.waitSignal(dialog.attached, timeout=30_000):
        dialog.attach_button.click()
    assert asked == []
    second = tmp_path / "second.png"
    second.write_bytes(PNG + bytes(64))
    issued_tab.table.view.selectRow(0)
    dialog = issued_tab.attach_stamped()
    dialog.confirm = lambda text, question: asked.append((text, question)) or False
    dialog.file.setText(str(second))
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert len(asked) == 1
    assert asked[0][0].startswith(f"{row.reference} already has a stamped copy, first.pdf")
    assert "earlier scan stays in the database" in asked[0][1]
    assert records.stamped_copy(row.id)[0] == "first.pdf"
    assert shown_problems(dialog)["file"] == asked[0][0] and dialog.isVisible()
    dialog.confirm = lambda text, question: asked.append((text, question)) or True
    with qtbot.waitSignal(dialog.attached, timeout=30_000):
        dialog.attach_button.click()
    assert records.stamped_copy(row.id)[0] == "second.png"


def test_the_state_and_the_stamp_day_show_on_a_laptop_and_the_code_comes_last(
    qtbot, issued_tab
) -> None:
    """1366 × 768: which checklist, its state and its stamp's day are in view without
    scrolling; the verification code is the last column, in full in its tooltip."""
    view = issued_tab.table.view
    header = view.horizontalHeader()
    titles = [
        view.model().headerData(header.logicalIndex(i), Qt.Orientation.Horizontal)
        for i in range(header.count())
    ]
    assert titles[:4] == ["Checklist", "State", "Stamped on", "Issues"]  # open, overdue
    assert titles[-1] == "Verification code"
    width = view.viewport().width()
    for column in range(3):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width
    row = issued_tab.selected()
    code = view.model().index(0, header.count() - 1)
    assert code.data(Qt.ItemDataRole.ToolTipRole) == f"Verification code: {row.verification_code}"


def in_sight(widget, dialog) -> bool:  # type: ignore[no-untyped-def]
    """``widget`` whole within the part of the dialog's scrolling fields in view."""
    from PySide6.QtCore import QPoint, QRect

    from acct_desktop.gui.screen_fit import ScrollBody

    port = dialog.findChild(ScrollBody).viewport()
    where = QRect(widget.mapTo(port, QPoint(0, 0)), widget.size())
    return port.rect().contains(where)


def test_a_refusal_on_two_lines_pushes_no_field_behind_the_buttons(qtbot, issued_tab) -> None:
    """After a scan of another revision the QR sentence took two lines and the Stamped on
    row slid behind Attach and Cancel (the dialog kept its height and scrolled)."""
    from acct_desktop.gui.screen_fit import ScrollBody

    dialog = issued_tab.attach_stamped()
    qtbot.waitExposed(dialog)
    assert in_sight(dialog.stamped_on, dialog)
    long = (
        "The QR code on scanR1-1.png names CL-2026-0001 R1, not CL-2026-0001 R2; attach the "
        "scan of the copy the customer stamped, or issue the checklist again."
    )
    dialog.show_problems({"file": long, "stamped_on": long})
    qtbot.wait(20)
    for widget in (dialog.file, dialog.errors["file"], dialog.stamped_on):
        assert in_sight(widget, dialog), widget.objectName()
    assert dialog.findChild(ScrollBody).verticalScrollBar().maximum() == 0
    dialog.reject()
