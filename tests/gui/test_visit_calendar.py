"""The visit calendar: drag a visit to move it (and undo), plan one by dragging, mark it
done, conflicts said in words, month view."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.stop_order import Stop, neighbour
from acct_desktop.gui.docks.visit_calendar import DAY, MONTH, VisitCalendarDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.store import models as m


def dock_on_a_planned_visit(window: MainWindow) -> tuple[VisitCalendarDock, m.Visit]:
    with window.workspace.db.session() as session:
        visit = session.scalars(
            select(m.Visit)
            .where(m.Visit.status == VisitStatus.PLANNED)
            .order_by(m.Visit.planned_start)
            .limit(1)
        ).one()
    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.raise_()
    dock.resize(1200, 700)
    dock.day = visit.planned_start.astimezone().date()
    dock.scope.setCurrentIndex(DAY)
    dock.reload()
    return dock, visit


def centre_of(dock: VisitCalendarDock, visit_id) -> QPoint:  # type: ignore[no-untyped-def]
    block = next(b for b in dock.week_view.blocks if b.id == visit_id)
    return dock.week_view.block_rect(block).center().toPoint()


def test_drag_a_visit_one_hour_later_and_undo(qtbot, window: MainWindow) -> None:
    dock, visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    view.resize(900, view.minimumHeight())
    start = centre_of(dock, visit.id)
    hour = int(60 * view._minute_height())
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view, start + QPoint(0, hour))
    QTest.mouseRelease(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, hour)
    )
    moved = window.workspace.visit_records.times(visit.id)
    assert moved.start - visit.planned_start == timedelta(hours=1)
    assert moved.end - moved.start == visit.planned_end - visit.planned_start
    window.undo_stack.undo()
    back = window.workspace.visit_records.times(visit.id)
    assert (back.start, back.end) == (visit.planned_start, visit.planned_end)
    window.undo_stack.redo()
    assert window.workspace.visit_records.times(visit.id).start == moved.start


def test_plan_by_dragging_on_empty_time_and_mark_done(qtbot, window: MainWindow) -> None:
    dock, _visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    view.resize(900, view.minimumHeight())
    account_id = window.current.id
    assert account_id is not None
    before = len(view.blocks)
    # an empty spot late in the day
    y = int(view.height() - 3 * 60 * view._minute_height())
    x = view.width() - 40
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    QTest.mouseMove(view, QPoint(x, y + 40))
    QTest.mouseRelease(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, y + int(60 * view._minute_height())),
    )
    assert len(view.blocks) == before + 1
    window.undo_stack.undo()
    assert len(view.blocks) == before
    window.undo_stack.redo()
    new = next(b for b in view.blocks if b.start.date() == dock.day and b.start.hour >= 17)
    dock.set_status(new.id, VisitStatus.CANCELLED)
    assert next(b for b in view.blocks if b.id == new.id).status is VisitStatus.CANCELLED


def test_conflicts_are_said_in_words_and_the_month_shows_visits(qtbot, window: MainWindow) -> None:
    dock, visit = dock_on_a_planned_visit(window)
    records = window.workspace.visit_records
    start = visit.planned_start
    records.plan(visit.account_id, start, start + timedelta(hours=1))  # on top of it
    dock.reload()
    clashing = [b for b in dock.week_view.blocks if "overlaps another visit" in b.problems]
    assert len(clashing) >= 2
    assert "conflict" in dock.problems.text()
    dock.scope.setCurrentIndex(MONTH)
    assert dock.stack.currentWidget() is dock.month_view
    assert sum(len(v) for v in dock.month_view.by_day.values()) >= 2
    dock.month_view.day_chosen.emit(start.astimezone().date())
    assert dock.scope.currentIndex() == DAY


def test_a_visit_too_far_from_the_one_before_is_marked_in_the_day_view(
    qtbot, window: MainWindow
) -> None:
    """An hour after a planned visit, a visit in another town of the same manager's region
    (hundreds of km away): the drive (the planner's rule) takes far longer than that hour,
    so the day view marks it ⚠ and says why."""
    dock, visit = dock_on_a_planned_visit(window)
    with window.workspace.db.session() as session:
        here = session.get(m.Account, visit.account_id)
        far = session.scalars(
            select(m.Account.id)
            .where(m.Account.territory_id == here.territory_id, m.Account.city != here.city)
            .order_by(m.Account.code)
            .limit(1)
        ).one()
    start = visit.planned_end + timedelta(hours=1)
    new = window.workspace.visit_records.plan(far, start, start + timedelta(minutes=30))
    dock.reload()
    block = next(b for b in dock.week_view.blocks if b.id == new)
    said = [p for p in block.problems if p.startswith("cannot be reached in time from ")]
    assert said and said[0].endswith(" between") and " drive, " in said[0], block.problems
    assert "conflict" in dock.problems.text()
    first = next(b for b in dock.week_view.blocks if b.id == visit.id)
    assert not [p for p in first.problems if p.startswith("cannot be reached")]


def test_a_done_visit_cannot_be_dragged(qtbot, window: MainWindow) -> None:
    dock, visit = dock_on_a_planned_visit(window)
    with window.workspace.db.session() as session:
        session.get(m.Visit, visit.id).status = VisitStatus.DONE
    dock.reload()
    view = dock.week_view
    view.resize(900, view.minimumHeight())
    start = centre_of(dock, visit.id)
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseRelease(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(0, 80)
    )
    assert window.workspace.visit_records.times(visit.id).start == visit.planned_start


def test_plan_visits_for_chosen_accounts_accept_and_undo(qtbot, window: MainWindow) -> None:
    with window.workspace.db.session() as session:
        dutch = list(session.scalars(select(m.Account.id).where(m.Account.country_code == "NL")))
    dock = window.docks["visitCalendarDock"]
    dialog = dock.open_planner(dutch)
    assert "67" in dialog.scope.text() or str(len(dutch)) in dialog.scope.text()
    dialog.last.setDate(dialog.first.date().addDays(11))
    dialog.propose()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    assert dialog.tree.topLevelItemCount() >= 5
    assert "new visit" in dialog.summary.text()
    first_day = dialog.tree.topLevelItem(0)
    assert first_day.childCount() >= 1 and first_day.child(0).text(3)  # each says why
    proposed = dock.week_view.proposed  # the calendar previews the proposal, dashed
    assert len(proposed) == dialog.plan.proposed_count
    assert dock.week_view.first_day <= proposed[0].start.date()
    dialog.accept_plan()
    assert dock.week_view.proposed == []
    created = dialog.created
    assert created and len(created) == dialog.plan.proposed_count
    with window.workspace.db.session() as session:
        live = session.scalar(
            select(func.count())
            .select_from(m.Visit)
            .where(m.Visit.id.in_(created), m.Visit.archived_at.is_(None))
        )
    assert live == len(created)
    window.undo_stack.undo()  # the whole plan goes in one step
    with window.workspace.db.session() as session:
        live = session.scalar(
            select(func.count())
            .select_from(m.Visit)
            .where(m.Visit.id.in_(created), m.Visit.archived_at.is_(None))
        )
    assert live == 0


def test_a_days_visits_are_drawn_as_a_route_on_the_territory_map(qtbot, window: MainWindow) -> None:
    dock, _visit = dock_on_a_planned_visit(window)
    stops = dock.day_route()
    assert stops and stops[0][1][:5].count(":") == 1  # "09:30 name", in time order
    dock.route_button.click()
    territory = window.docks["contactMapDock"].territory
    qtbot.waitUntil(lambda: territory.canvas.route_stop_count() > 0, timeout=60_000)
    assert len(territory.canvas._route) == len(stops)


def test_record_a_visit_report_that_survives_and_completes(qtbot, window: MainWindow) -> None:
    from acct_desktop.services.visit_reports import VisitReports

    with window.workspace.db.session() as session:
        visit = session.scalars(
            select(m.Visit)
            .where(m.Visit.status == VisitStatus.PLANNED)
            .order_by(m.Visit.planned_start)
            .limit(1)
        ).one()
    dock = window.docks["visitCalendarDock"]
    report = dock.open_report(visit.id)
    report.texts["summary"].setPlainText("Gesprek met de inkoper — 与采购经理会谈")
    report.flush()  # what the pause does; a crash after this loses nothing
    fresh = VisitReports(window.workspace.db, "x").report(visit.id)
    assert fresh.texts["summary"] == "Gesprek met de inkoper — 与采购经理会谈"
    report.people.item(0).setCheckState(Qt.CheckState.Checked)
    report.checks["pop_compliant"].setCheckState(Qt.CheckState.Unchecked)
    report.competitor.setText("Castrol")
    report.price.setText("12")
    report.add_observation()
    assert report.observations.count() == 1
    report.competitor.setText("")
    report.add_observation()
    assert "competitor" in report.errors["competitor"].text()  # under the name, not the form
    issue_form = report.raise_issue()
    assert issue_form.objectName() == "issueForm"
    issue_form.reject()
    report.next_visit.setDate(visit.planned_start.date() + timedelta(days=14))
    report.complete()
    done = VisitReports(window.workspace.db, "x").report(visit.id)
    assert done.done and done.checks["pop_compliant"] is False
    assert done.people[0][2] is True
    assert report.next_visit_id is not None


def test_print_visit_sheets_and_send_the_week_to_outlook(qtbot, window: MainWindow, tmp_path):
    import icalendar

    from acct_desktop.gui.docks.visit_calendar import WEEK

    dock, visit = dock_on_a_planned_visit(window)
    dock.scope.setCurrentIndex(WEEK)
    dock.last_dialog = None
    dock.files.print_sheets()
    qtbot.waitUntil(
        lambda: (
            dock.last_dialog is not None and dock.last_dialog.objectName() == "pdfPreviewDialog"
        ),
        timeout=60_000,
    )
    assert len(dock.last_dialog.pages) >= 2  # a route sheet and at least one visit sheet
    dock.files.choose_path = lambda name, _kinds: tmp_path / name
    dock.files.export_ics()  # written in the worker
    qtbot.waitUntil(lambda: dock.files.last_saved is not None, timeout=60_000)
    calendar = icalendar.Calendar.from_ical(dock.files.last_saved.read_bytes())
    uids = {str(event["UID"]) for event in calendar.walk("VEVENT")}
    # said as the command line says it, in the status bar and a message with Open folder
    said = dock.files.last_summary  # "%n visit(s)": the plural comes from the catalogue
    assert said.startswith(f"{len(uids)} visit") and said.endswith(
        f" written to {dock.files.last_saved.name}"
    )
    assert window.statusBar().currentMessage() == said
    assert dock.last_dialog.text() == said
    opened = []
    dock.files.open_folder = opened.append
    button = next(b for b in dock.last_dialog.buttons() if b.text() == "Open folder")
    button.click()
    assert opened == [tmp_path]
    dock.files.last_summary = None
    assert f"{visit.id}@acct-desktop" in uids
    dock.files.open_path = lambda: dock.files.last_saved
    dock.complain = lambda message: setattr(dock, "last_problem", message)
    dock.files.import_ics()  # reading our own file back changes nothing, duplicates nothing
    qtbot.waitUntil(lambda: dock.files.last_summary is not None, timeout=60_000)
    assert "unchanged" in dock.files.last_summary
    assert dock.files.last_reasons == []
    assert dock.last_dialog.detailedText() == ""


def test_reading_a_calendar_says_why_events_were_left_out(qtbot, window: MainWindow, tmp_path):
    dock, _visit = dock_on_a_planned_visit(window)
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:fair-{n}\r\nSUMMARY:Beurs {n}\r\n"
        f"DTSTART;VALUE=DATE:202611{n + 10:02}\r\nEND:VEVENT\r\n"
        for n in range(7)
    )
    path = tmp_path / "outlook.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n")
    dock.files.open_path = lambda: path
    dock.files.import_ics()
    qtbot.waitUntil(lambda: dock.files.last_summary is not None, timeout=60_000)
    box = dock.last_dialog
    assert dock.files.last_summary == "0 visits updated, 0 created, 0 unchanged, 7 events skipped"
    assert box.text() == dock.files.last_summary
    shown = box.informativeText().splitlines()
    assert len(shown) == 6  # five reasons and how many more
    assert shown[0].startswith("• “Beurs 0” (line 6): is an all-day event")
    assert shown[-1] == "… and 2 more; see the details."
    details = box.detailedText().splitlines()
    assert len(details) == 7 and details[-1].startswith("“Beurs 6” (line 36)")


def test_reading_or_writing_a_calendar_file_can_be_cancelled_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path
) -> None:
    from datetime import date

    from acct_desktop.services.visit_calendar_export import export_ics_file

    dock, _visit = dock_on_a_planned_visit(window)
    db = window.workspace.db
    files = tmp_path / "calendars"
    files.mkdir()
    whole = files / "season.ics"  # every demo visit: 2,000 events, some 1.5 MB
    export_ics_file(db, whole, date(2026, 1, 1), date(2026, 12, 31), "Europe/Amsterdam")
    cancelled = files / "cancelled.ics"  # Outlook cancelled every planned visit
    cancelled.write_bytes(whole.read_bytes().replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED"))

    def planned() -> int:
        with db.session() as session:
            query = select(func.count()).where(m.Visit.status == VisitStatus.PLANNED)
            return int(session.scalar(query.select_from(m.Visit)) or 0)

    before = planned()
    dock.complain = lambda message: setattr(dock, "last_problem", message)
    dock.last_problem = None
    dock.files.open_path = lambda: cancelled
    dock.files.import_ics()
    cancel = dock.files.progress.findChild(QPushButton)
    cancel.click()  # before the worker has read its first 256 KB
    qtbot.waitUntil(lambda: dock.last_problem is not None, timeout=60_000)
    assert dock.last_problem == "Import cancelled. Nothing was written."
    assert dock.files.progress is None and dock.files.last_summary is None
    assert planned() == before > 0

    dock.last_problem = None
    dock.files.choose_path = lambda name, _kinds: files / name
    dock.files.export_ics()
    dock.files.progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: dock.last_problem is not None, timeout=60_000)
    assert dock.last_problem == "Export cancelled; no file was written."
    assert sorted(p.name for p in files.iterdir()) == ["cancelled.ics", "season.ics"]


def test_visit_cycles_for_tiers_and_the_current_account(qtbot, window: MainWindow) -> None:
    from datetime import time

    from acct_desktop.domain.enums import Tier

    dock, visit = dock_on_a_planned_visit(window)
    window.current.set(visit.account_id)
    dialog = dock.open_cycles()
    dialog.tier_editors[Tier.A].interval.setValue(10)
    dialog.own.setChecked(True)
    editor = dialog.account_editor
    editor.closed[6].setChecked(True)
    editor.preferred[6].setChecked(True)  # preferred and closed: refused in place
    dialog.save()
    assert editor.problem.isVisibleTo(dialog)
    editor.preferred[6].setChecked(False)
    editor.hours.setChecked(True)
    editor.visit_from.setTime(editor.visit_from.time().fromString("10:00", "HH:mm"))
    editor.visit_to.setTime(editor.visit_to.time().fromString("12:00", "HH:mm"))
    dialog.save()
    rule = window.workspace.visit_cycles.rule_for(visit.account_id)
    assert rule.source == "account" and rule.closed_weekdays == frozenset({6})
    assert rule.visiting_hours == (time(10), time(12))
    assert window.workspace.visit_cycles.tier_rules()[Tier.A].interval_days == 10


def test_plan_visits_for_an_account_and_everything_below_from_the_tree(
    qtbot, window: MainWindow
) -> None:
    with window.workspace.db.session() as session:
        parent = session.scalar(
            select(m.Account.parent_id).where(m.Account.parent_id.is_not(None)).limit(1)
        )
        children = set(session.scalars(select(m.Account.id).where(m.Account.parent_id == parent)))
    tree = window.docks["accountTreeDock"]
    ids = tree.commands.subtree(parent)
    assert parent in ids and children <= set(ids)
    tree.plan_requested.emit(ids)
    planner = window.docks["visitCalendarDock"].last_dialog
    assert planner.objectName() == "planDialog" and planner.account_ids == ids


def test_the_route_sheet_is_printed_in_the_apps_language(
    qtbot, window: MainWindow, restore_language
) -> None:
    """The route sheet is the manager's page: in the GUI's language (Vietnamese here),
    whatever language the day's customers read; their visit sheets stay in theirs."""
    import io

    from pypdf import PdfReader
    from PySide6.QtCore import QLocale

    from acct_desktop.gui.docks.visit_calendar import WEEK

    QLocale.setDefault(QLocale("vi_VN"))
    dock, _visit = dock_on_a_planned_visit(window)
    dock.scope.setCurrentIndex(WEEK)
    dock.last_dialog = None
    dock.files.print_sheets()
    qtbot.waitUntil(
        lambda: (
            dock.last_dialog is not None and dock.last_dialog.objectName() == "pdfPreviewDialog"
        ),
        timeout=60_000,
    )
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(dock.last_dialog.pdf)).pages]
    routes = [text for text in pages if "Lộ trình viếng thăm" in text]
    assert routes, pages[0][:300]
    others = [t for t in pages if t.startswith(("Visit route", "Route\n")) or "拜访路线" in t]
    assert not others, others[0][:300]
    dock.last_dialog.close()


def test_the_day_header_stays_in_view_while_the_hours_scroll(qtbot, window: MainWindow) -> None:
    """Week and day views: weekday and date over each column in a header outside the
    scrolling hours (the calendar opens scrolled to the working day, and the header is
    still there); clicking a day's header shows that day."""
    from datetime import date

    from acct_desktop.gui.docks.visit_calendar import WEEK
    from acct_desktop.gui.widgets.week_view import day_label

    dock, visit = dock_on_a_planned_visit(window)
    dock.scope.setCurrentIndex(WEEK)
    dock.resize(1200, 320)  # shorter than the day: the hours scroll
    qtbot.waitUntil(lambda: dock.week_scroll.verticalScrollBar().maximum() > 0)
    scroll, view = dock.week_scroll, dock.week_view
    header = scroll.header
    labels = header.day_labels()
    assert labels == [day_label(view.first_day + timedelta(days=d)) for d in range(7)]
    assert day_label(visit.planned_start.astimezone().date()) in labels
    for value in (0, scroll.verticalScrollBar().maximum()):
        scroll.verticalScrollBar().setValue(value)
        assert header.isVisible()
        top_left = header.mapTo(dock, QPoint(0, 0))
        viewport_top = scroll.viewport().mapTo(dock, QPoint(0, 0)).y()
        assert top_left.y() + header.height() <= viewport_top  # above the hours, not in them
    image = header.grab().toImage()
    assert image.height() == header.height()
    chosen: list[date] = []
    view.day_chosen.disconnect()
    view.day_chosen.connect(chosen.append)
    column_x = int(header.view.x() + 52 + view._column_width() * 2.5)
    QTest.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(column_x, 10))
    assert chosen == [view.first_day + timedelta(days=2)]


def test_ctrl_p_in_the_calendar_opens_the_print_preview(qtbot, window: MainWindow) -> None:
    """Ctrl+P while the calendar has focus: its visit sheets in the print preview (the
    shortcut is the calendar's own, like the quote builder's and the contact map's)."""
    from acct_desktop.gui.docks.visit_calendar import WEEK

    dock, _visit = dock_on_a_planned_visit(window)
    dock.scope.setCurrentIndex(WEEK)
    dock.last_dialog = None
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    dock.scope.setFocus()
    qtbot.waitUntil(lambda: dock.scope.hasFocus())
    QTest.keyClick(dock.scope, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            dock.last_dialog is not None and dock.last_dialog.objectName() == "pdfPreviewDialog"
        ),
        timeout=60_000,
    )
    dock.last_dialog.close()


def test_visits_are_chosen_moved_and_opened_with_the_keyboard(qtbot, window: MainWindow) -> None:
    """The week view takes focus: Tab / arrows choose a visit, Alt+Down moves it 15 minutes
    later and Alt+Right a day later (one undoable step each, as a drag), Enter opens it."""
    dock, visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    later = visit.planned_end + timedelta(minutes=30)  # a second visit that day
    window.workspace.visit_records.plan(visit.account_id, later, later + timedelta(minutes=30))
    dock.reload()
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    shown = [b for b in view.blocks if view.block_rect(b) is not None]
    assert len(shown) >= 2
    assert view.selected == shown[0].id  # focus chooses the first visit
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected == shown[1].id and view.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.selected == shown[0].id
    chosen = next(b for b in shown if b.status is VisitStatus.PLANNED)
    view.select(chosen.id)
    before = window.workspace.visit_records.times(chosen.id)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    later = window.workspace.visit_records.times(chosen.id)
    assert later.start - before.start == timedelta(minutes=15)
    assert later.end - before.end == timedelta(minutes=15)
    assert view.selected == chosen.id  # still chosen after the calendar reloads
    opened = []
    view.open_requested.disconnect()
    view.open_requested.connect(opened.append)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened == [chosen.id]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.visit_records.times(chosen.id).start - before.start == timedelta(
        days=1, minutes=15
    )
    assert dock.day == (before.start + timedelta(days=1)).astimezone().date()  # followed it
    assert view.selected == chosen.id
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.workspace.visit_records.times(chosen.id).start == before.start


def test_a_run_of_nudges_of_one_visit_is_one_undo_step(qtbot, window: MainWindow) -> None:
    dock, visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.select(visit.id)
    records = window.workspace.visit_records
    before = records.times(visit.id)
    steps = window.undo_stack.count()
    for _ in range(4):  # an hour later, 15 minutes a press
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert records.times(visit.id).start - before.start == timedelta(hours=1)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert records.times(visit.id) == before
    window.undo_stack.redo()
    assert records.times(visit.id).start - before.start == timedelta(hours=1)


def test_alt_shift_up_moves_a_stop_before_the_previous_one_keeping_lengths(
    qtbot, window: MainWindow
) -> None:
    dock, visit = dock_on_a_planned_visit(window)
    view = dock.week_view
    records = window.workspace.visit_records
    first = records.times(visit.id)
    gap = timedelta(minutes=45)
    later = first.end + gap  # a second, shorter stop that day
    second_id = records.plan(visit.account_id, later, later + timedelta(minutes=30))
    dock.reload()
    stops = [Stop(b.id, b.start, b.end) for b in view.blocks if b.status is VisitStatus.PLANNED]
    assert neighbour(stops, second_id, -1).key == visit.id  # the stop just before it
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.select(second_id)
    steps = window.undo_stack.count()
    QTest.keyClick(
        view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    moved, other = records.times(second_id), records.times(visit.id)
    assert (moved.start, moved.end) == (first.start, first.start + timedelta(minutes=30))
    assert other.end == later + timedelta(minutes=30)  # the pair ends when it did
    assert other.end - other.start == first.end - first.start  # lengths kept
    assert other.start - moved.end == gap  # no clash: the gap kept
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert records.times(visit.id) == first
    assert records.times(second_id).start == later
