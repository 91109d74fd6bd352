"""Choosing an account does not read the calendar's period again: its visits are marked
among those shown (a team's week of 1,000 visits took ~2 s on every click in the tree)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import event, select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.gui.docks.visit_calendar import MONTH, WEEK, VisitCalendarDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.widgets.week_view import CalendarBlock, WeekView
from acct_desktop.store import models as m

PLANNED = VisitStatus.PLANNED


@contextmanager
def visit_reads(window: MainWindow) -> Iterator[list[str]]:
    """The SQL statements reading a period's visits while inside (the card and other
    docks read the chosen account's own visits; not counted)."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "FROM visit" in statement and "visit.planned_start >=" in statement:
            seen.append(statement)

    engine = window.workspace.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def calendar_at_a_visit(window: MainWindow) -> tuple[VisitCalendarDock, m.Visit, m.Account]:
    with window.workspace.db.session() as session:
        visit = session.scalars(
            select(m.Visit)
            .where(m.Visit.status == VisitStatus.PLANNED)
            .order_by(m.Visit.planned_start)
            .limit(1)
        ).one()
        other = session.scalars(select(m.Account).where(m.Account.id != visit.account_id)).first()
        session.expunge_all()
    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.raise_()
    dock.day = visit.planned_start.astimezone().date()
    dock.scope.setCurrentIndex(WEEK)  # reads the week
    return dock, visit, other


def test_choosing_an_account_marks_its_visits_without_reading_the_week(
    qtbot, window: MainWindow
) -> None:
    dock, visit, other = calendar_at_a_visit(window)
    assert any(b.id == visit.id for b in dock.week_view.blocks)
    with visit_reads(window) as reads:
        window.current.set(visit.account_id)
        assert dock.week_view.marked == visit.account_id
        assert visit.id in {b.id for b in dock.week_view.marked_blocks()}
        window.current.set(other.id)
        assert dock.week_view.marked == other.id
        assert visit.id not in {b.id for b in dock.week_view.marked_blocks()}
        dock.scope.setCurrentIndex(MONTH)  # another view reads its period …
        assert reads
        reads.clear()
        window.current.set(visit.account_id)  # … and marks the account there too
        assert dock.month_view.marked == visit.account_id
    assert reads == []


def test_a_change_reads_the_week_again(qtbot, window: MainWindow) -> None:
    dock, visit, _other = calendar_at_a_visit(window)
    window.current.set(visit.account_id)
    with visit_reads(window) as reads:
        dock.refresh()  # F5, an import, a visit planned elsewhere
    assert reads
    assert dock.week_view.marked == visit.account_id


def test_the_week_is_read_once_when_a_database_opens(qtbot, window: MainWindow) -> None:
    dock = window.docks["visitCalendarDock"]
    calls: list[object] = []
    between = window.workspace.visits.between
    workspace = window.workspace
    workspace.visits.between = lambda *args: calls.append(args) or between(*args)  # type: ignore[method-assign]
    window.set_workspace(workspace)
    assert len(calls) == 1
    assert dock.week_view.marked == window.current.id


def test_overlapping_visits_stand_side_by_side(qtbot) -> None:
    def block(day: int, hour: int, minutes: int) -> CalendarBlock:
        start = datetime(2026, 11, 23 + day, hour)
        end = start + timedelta(minutes=minutes)
        return CalendarBlock(uuid.uuid4(), "x", start, end, VisitPurpose.SERVICE, PLANNED)

    view = WeekView()
    qtbot.addWidget(view)
    nine, half_ten, ten, eleven = (
        block(0, 9, 90),
        block(0, 10, 30),
        block(0, 10, 60),
        block(0, 11, 60),
    )
    other_day = block(1, 9, 60)
    view.set_blocks([eleven, ten, other_day, half_ten, nine])
    assert view._lanes(nine) == (0, 3)  # 9:00–10:30 beside both 10:00 visits
    assert view._lanes(half_ten) == (1, 3)
    assert view._lanes(ten) == (2, 3)  # 10:00–11:00 ends as 11:00 starts
    assert view._lanes(eleven) == (0, 1)
    assert view._lanes(other_day) == (0, 1)
    dragged = block(0, 10, 15)  # not one of the shown: counted among them
    assert view._lanes(dragged) == (0, 3)
