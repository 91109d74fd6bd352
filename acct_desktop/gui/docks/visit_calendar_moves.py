"""Moving visits in the calendar by keyboard, as undo steps a manager can live with:

* Alt+Up / Alt+Down nudge a planned visit 15 minutes: a run of nudges of the same visit is
  one undo step (``NudgeStep.mergeWith``), not twelve for three hours.
* Alt+Shift+Up / Alt+Shift+Down (and the right-click menu) move a stop before the previous
  one / after the next one of its day: the two trade places keeping their lengths
  (``domain.stop_order``), saved together and undone together."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.stop_order import Stop, neighbour, swapped
from acct_desktop.gui.undo import ServiceStep
from acct_desktop.services.changed_since import Doing
from acct_desktop.services.visit_records import VisitRecords, VisitRejected, VisitTimes

if TYPE_CHECKING:
    from acct_desktop.gui.docks.visit_calendar import VisitCalendarDock

NUDGE_STEP_ID = 0x6E75  # QUndoCommand.id() of a nudge: equal ids may merge


def _aware(moment: datetime) -> datetime:
    return moment.astimezone()  # a naive local time, as the local zone's aware time


class NudgeStep(ServiceStep):
    """A keyboard nudge of one visit; the next nudge of the same visit merges into it, so
    undo takes the visit back to where the run of nudges began."""

    def __init__(
        self,
        records: VisitRecords,
        visit_id: uuid.UUID,
        old: VisitTimes,
        new: VisitTimes,
        dock: VisitCalendarDock,
    ) -> None:
        self.records, self.visit_id, self.old, self.new = records, visit_id, old, new
        super().__init__(
            QCoreApplication.translate("VisitCalendarDock", "Move visit"),
            self._forward_move,
            self._backward_move,
            refusals=(VisitRejected,),
            complain=dock.complain,
            after=dock.reload,
        )

    def _forward_move(self) -> VisitTimes:
        new, old = self.new, self.old
        return self.records.move(self.visit_id, new.start, new.end, old, Doing.REDO)

    def _backward_move(self) -> VisitTimes:
        new, old = self.new, self.old
        return self.records.move(self.visit_id, old.start, old.end, new, Doing.UNDO)

    def id(self) -> int:
        return NUDGE_STEP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NudgeStep) or other.visit_id != self.visit_id:
            return False
        self.new = other.new
        if (self.new.start, self.new.end) == (self.old.start, self.old.end):
            self.setObsolete(True)  # nudged back to where it was: nothing to undo
        return True


def nudge_visit(
    dock: VisitCalendarDock, visit_id: uuid.UUID, start: datetime, end: datetime
) -> None:
    """Move the visit to ``start``–``end`` (local naive), merging with the nudge before."""
    records = dock.workspace.visit_records if dock.workspace else None
    if records is None:
        return
    new = VisitTimes(_aware(start), _aware(end))
    try:
        old = records.move(visit_id, new.start, new.end)
    except VisitRejected as exc:
        dock.refused(exc)
        return
    dock.push_step(NudgeStep(records, visit_id, old, new, dock))
    dock.reload()


def stops_of(dock: VisitCalendarDock) -> list[Stop[uuid.UUID]]:
    """The calendar's planned visits: the stops that can trade places."""
    return [
        Stop(block.id, block.start, block.end)
        for block in dock.blocks
        if block.status is VisitStatus.PLANNED
    ]


def can_move_stop(dock: VisitCalendarDock, visit_id: uuid.UUID, step: int) -> bool:
    return neighbour(stops_of(dock), visit_id, step) is not None


def move_stop(dock: VisitCalendarDock, visit_id: uuid.UUID, step: int) -> None:
    """Move the planned visit before the previous stop of its day (``step`` -1) or after
    the next one (+1): the two trade places, one undo step."""
    records = dock.workspace.visit_records if dock.workspace else None
    stops = stops_of(dock)
    other = neighbour(stops, visit_id, step)
    me = next((stop for stop in stops if stop.key == visit_id), None)
    if records is None or me is None:
        return
    if other is None:
        first = QCoreApplication.translate(
            "VisitCalendarDock", "This is the first planned visit of its day."
        )
        last = QCoreApplication.translate(
            "VisitCalendarDock", "This is the last planned visit of its day."
        )
        dock.complain(first if step < 0 else last)
        return
    moves = {
        stop.key: VisitTimes(_aware(stop.start), _aware(stop.end)) for stop in swapped(me, other)
    }
    try:
        old = records.move_together(moves)
    except VisitRejected as exc:
        dock.refused(exc)
        return
    text = (
        QCoreApplication.translate("VisitCalendarDock", "Move visit before the previous stop")
        if step < 0
        else QCoreApplication.translate("VisitCalendarDock", "Move visit after the next stop")
    )
    dock.push_step(
        ServiceStep(
            text,
            lambda: records.move_together(moves, old, Doing.REDO),
            lambda: records.move_together(old, moves, Doing.UNDO),
            refusals=(VisitRejected,),
            complain=dock.complain,
            after=dock.reload,
        )
    )
    dock.reload()
