"""Files dropped on the window go to the import that reads them: .vcf to the contacts of
the current account (asked when none is chosen; dropped on the contact map too), .ics to
the visit calendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from acct_desktop.gui.main_window import MainWindow
from tests.gui.test_contact_map import account_with_people, dock_of

GMAIL = Path(__file__).parents[1] / "fixtures" / "vcards" / "gmail_30.vcf"


def drop_on(window: MainWindow, path: Path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return enter.isAccepted() and event.isAccepted()


def test_a_dropped_vcf_goes_into_the_current_account(qtbot, window: MainWindow) -> None:
    account_id = account_with_people(window)
    window.current.set(account_id)
    before = window.workspace.accounts.profile(account_id).contact_count
    assert drop_on(window, GMAIL)
    assert window.workspace.accounts.profile(account_id).contact_count > before
    assert "created" in window.docks["contactMapDock"].last_dialog.text()


def test_a_dropped_vcf_without_an_account_asks_which(qtbot, window: MainWindow) -> None:
    account_id = account_with_people(window)
    profile = window.workspace.accounts.profile(account_id)
    window.current.set(None)
    assert drop_on(window, GMAIL)
    question = window.file_drops.last_question
    assert question is not None and question.isVisible()
    assert "gmail_30.vcf" in question.findChildren(type(question.problem))[0].text()
    question._ok()  # nothing picked: said next to the field, the question stays
    assert question.problem.isVisibleTo(question) and question.isVisible()
    question.chooser.setText(profile.code)
    hits = question.chooser.run_search()
    chosen = next(label for value, label in hits if value == account_id)
    question.chooser.set_choice(account_id, chosen)
    question._ok()
    assert window.current.id == account_id
    assert window.workspace.accounts.profile(account_id).contact_count > profile.contact_count


def test_a_dropped_ics_goes_to_the_visit_calendar(qtbot, window: MainWindow, tmp_path) -> None:
    path = tmp_path / "outlook.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fair-1\r\nSUMMARY:Beurs\r\n"
        "DTSTART;VALUE=DATE:20261112\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = window.docks["visitCalendarDock"]
    calendar.files.last_summary = None
    assert drop_on(window, path)
    qtbot.waitUntil(lambda: calendar.files.last_summary is not None, timeout=60_000)
    assert "1 event skipped" in calendar.files.last_summary


def test_a_vcf_dropped_on_the_map_is_imported_into_its_account(qtbot, window: MainWindow) -> None:
    """Dropped where a real drag drops it: on the window, at the map's drawing area."""
    account_id = account_with_people(window)
    window.current.set(account_id)
    dock = dock_of(window)
    before = window.workspace.accounts.profile(account_id).contact_count
    cards = len(dock.chart.cards)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(GMAIL))])
    viewport = dock.chart.viewport()
    at = viewport.mapTo(window, QPoint(viewport.width() // 2, viewport.height() // 2))
    assert window.childAt(at) is viewport
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    enter = QDragEnterEvent(at, *args)
    QApplication.sendEvent(window.windowHandle(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window.windowHandle(), QDragMoveEvent(at, *args))
    drop = QDropEvent(QPointF(at), *args)
    QApplication.sendEvent(window.windowHandle(), drop)
    assert drop.isAccepted()
    assert window.workspace.accounts.profile(account_id).contact_count > before
    assert "created" in dock.last_dialog.text()
    assert len(dock.chart.cards) > cards  # on the map at once


def test_a_vcf_chosen_in_file_import_contacts_goes_where_a_dropped_one_goes(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """QA s23: File → Import contacts… read a .vcf as a CSV ("TEL;VALUE=URI;TYPE=…"
    columns); chosen there it is the vCard import of the current account, as dropped."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def choose(parent, caption, folder, filters):
        asked.append(filters)
        return str(GMAIL), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    account_id = account_with_people(window)
    window.current.set(account_id)
    before = window.workspace.accounts.profile(account_id).contact_count
    assert window.transfers.ask_import("contacts") is None  # no spreadsheet dialog
    assert window.workspace.accounts.profile(account_id).contact_count > before
    assert "created" in window.docks["contactMapDock"].last_dialog.text()
    assert "*.vcf" in asked[0].split(";;")[0] and "*.ics" in asked[0]


def test_an_ics_chosen_in_file_import_goes_to_the_visit_calendar(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "outlook.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:fair-1\r\nSUMMARY:Beurs\r\n"
        "DTSTART;VALUE=DATE:20261112\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    calendar = window.docks["visitCalendarDock"]
    calendar.files.last_summary = None
    assert window.transfers.ask_import("accounts") is None
    qtbot.waitUntil(lambda: calendar.files.last_summary is not None, timeout=60_000)


def test_an_ics_with_an_event_of_no_account_asks_before_importing_the_rest(
    qtbot, window: MainWindow, tmp_path
) -> None:
    """All or nothing, as every import: the file is refused with each event whose account
    is not found, unless the user chooses to skip them."""
    path = tmp_path / "outlook.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:lunch-1\r\nSUMMARY:Lunch\r\n"
        "DTSTART:20261112T090000Z\r\nDTEND:20261112T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = window.docks["visitCalendarDock"]
    asked: list[list[str]] = []

    def answer(skip: bool):
        def ask(refused) -> bool:
            asked.append([event.title for event in refused.events])
            return skip

        return ask

    calendar.files.ask_skip = answer(False)
    calendar.files.last_summary = None
    calendar.last_problem = None
    assert drop_on(window, path)
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
    assert asked == [["Lunch"]] and calendar.files.last_summary is None
    assert "was not imported" in calendar.last_problem
    calendar.files.ask_skip = answer(True)
    assert drop_on(window, path)
    qtbot.waitUntil(lambda: calendar.files.last_summary is not None, timeout=60_000)
    assert "1 event skipped" in calendar.files.last_summary
