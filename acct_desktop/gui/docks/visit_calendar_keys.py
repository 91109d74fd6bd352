"""The visit calendar's keyboard habits, through its own commands: Delete cancels the
chosen planned visit (the right-click menu's "Mark cancelled", one undo step), Ctrl+N
plans a visit for the current account as a drag on the grid does — right after the chosen
visit, else at the first free hour of the day in view."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.gui.keys import dock_key
from acct_desktop.gui.widgets.week_view import CalendarBlock

if TYPE_CHECKING:
    from acct_desktop.gui.docks.visit_calendar import VisitCalendarDock

NEW_VISIT = timedelta(hours=1)  # as a double-click on the grid makes it
DAY_STARTS = time(9)
STEP = timedelta(minutes=30)


def add_calendar_keys(dock: VisitCalendarDock) -> None:
    view = dock.week_view
    dock_key(
        view,
        [QKeySequence(QKeySequence.StandardKey.Delete)],
        lambda: cancel_chosen(dock),
        QCoreApplication.translate("VisitCalendarKeys", "Cancel the visit"),
        only_here=True,
    )
    dock_key(
        dock,
        [QKeySequence.StandardKey.New],
        lambda: new_visit(dock),
        QCoreApplication.translate("VisitCalendarKeys", "New visit"),
    )


def cancel_chosen(dock: VisitCalendarDock) -> None:
    chosen = next((b for b in dock.blocks if b.id == dock.week_view.selected), None)
    if chosen is not None and chosen.status is VisitStatus.PLANNED:
        dock.set_status(chosen.id, VisitStatus.CANCELLED)


def new_visit(dock: VisitCalendarDock) -> None:
    chosen = next((b for b in dock.blocks if b.id == dock.week_view.selected), None)
    start = free_slot(dock.blocks, chosen, dock.day, datetime.now())
    dock.plan_visit(start, start + NEW_VISIT)


def free_slot(
    blocks: Iterable[CalendarBlock], chosen: CalendarBlock | None, day: date, now: datetime
) -> datetime:
    """The first hour free of other visits: from the chosen visit's end, else from 9:00 of
    ``day`` (from the next half hour, today)."""
    if chosen is not None:
        start = chosen.end
    else:
        start = datetime.combine(day, DAY_STARTS)
        if day == now.date() and now > start:
            start = now.replace(minute=0, second=0, microsecond=0) + STEP * (1 + now.minute // 30)
    busy = sorted((b.start, b.end) for b in blocks if b.status is not VisitStatus.CANCELLED)
    for _ in range(len(busy) + 1):
        clash = next((e for s, e in busy if s < start + NEW_VISIT and start < e), None)
        if clash is None:
            break
        start = clash
    return start
