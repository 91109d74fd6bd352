"""Changing the calendar: plan a visit, move or resize it, mark it done, cancelled or
missed. One transaction per change, audited; the calendar's undo calls the same methods
with the old values."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import Doing, refusal, saving
from acct_desktop.services.visit_owners import Owner, my_name, owner_name
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Visit
from acct_desktop.store.types import utcnow

MIN_DURATION = timedelta(minutes=15)
MAX_DURATION = timedelta(hours=12)


class VisitRejected(ValueError):
    """Nothing was changed; the message says why."""


def _refused(sentence: Sentence, _who: str | None) -> VisitRejected:
    """A colleague saved the visit at the same moment: said as the calendar's refusals are."""
    return VisitRejected(sentence)


# A visit that is no longer planned cannot move: one sentence per status it can have.
NOT_MOVABLE = {
    VisitStatus.DONE: QT_TRANSLATE_NOOP(
        "messages", "Only a planned visit can be moved; this one is done."
    ),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "messages", "Only a planned visit can be moved; this one is cancelled."
    ),
    VisitStatus.MISSED: QT_TRANSLATE_NOOP(
        "messages", "Only a planned visit can be moved; this one is missed."
    ),
}


@dataclass(frozen=True, slots=True)
class VisitTimes:
    start: datetime  # timezone-aware
    end: datetime


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise VisitRejected("A visit's time needs its time zone.")
    return moment.astimezone(UTC)


def _check(start: datetime, end: datetime) -> None:
    if end - start < MIN_DURATION:
        raise VisitRejected(QT_TRANSLATE_NOOP("messages", "A visit lasts at least 15 minutes."))
    if end - start > MAX_DURATION:
        raise VisitRejected(
            QT_TRANSLATE_NOOP(
                "messages", "A visit lasts at most 12 hours; plan two visits instead."
            )
        )


class VisitRecords:
    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor, owner: Owner = my_name) -> None:
        self._db = db
        self._actor = actor
        self._owner = owner  # whose the visits planned here are (My details' name)

    def plan(
        self,
        account_id: uuid.UUID,
        start: datetime,
        end: datetime,
        purpose: VisitPurpose = VisitPurpose.SERVICE,
    ) -> uuid.UUID:
        """A new planned visit; VisitRejected with a sentence when impossible."""
        start, end = _utc(start), _utc(end)
        _check(start, end)
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None or account.archived_at is not None:
                raise VisitRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            visit = Visit(
                account_id=account_id,
                planned_start=start,
                planned_end=end,
                purpose=purpose,
                status=VisitStatus.PLANNED,
                owner=owner_name(self._owner),
            )
            session.add(visit)
            session.flush()
            record_change(
                session, self._actor, "visit", visit.id, "planned", None, start.isoformat()
            )
            return visit.id

    def times(self, visit_id: uuid.UUID) -> VisitTimes:
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            return VisitTimes(visit.planned_start, visit.planned_end)

    def move(
        self,
        visit_id: uuid.UUID,
        start: datetime,
        end: datetime,
        expected: VisitTimes | None = None,
        doing: Doing = Doing.UNDO,
    ) -> VisitTimes:
        """New start and end (drag to move, resize); returns the old ones (for undo). With
        ``expected`` (undo, redo: the times the move left), only if the visit still has
        them: a colleague's move since refuses it, naming who."""
        start, end = _utc(start), _utc(end)
        _check(start, end)
        with saving(self._db, "visit", visit_id, self._actor, _refused) as session:
            return self._move(session, visit_id, VisitTimes(start, end), expected, doing)

    def move_together(
        self,
        moves: Mapping[uuid.UUID, VisitTimes],
        expected: Mapping[uuid.UUID, VisitTimes] | None = None,
        doing: Doing = Doing.UNDO,
    ) -> dict[uuid.UUID, VisitTimes]:
        """Several visits moved at once, all or none (two stops of a route trading places);
        returns each one's old times. ``expected`` as for ``move``, per visit."""
        wanted = {
            visit_id: VisitTimes(_utc(times.start), _utc(times.end))
            for visit_id, times in moves.items()
        }
        for times in wanted.values():
            _check(times.start, times.end)
        with saving(self._db, "visit", list(wanted), self._actor, _refused) as session:
            return {
                visit_id: self._move(
                    session, visit_id, times, (expected or {}).get(visit_id), doing
                )
                for visit_id, times in wanted.items()
            }

    def _move(
        self,
        session: Session,
        visit_id: uuid.UUID,
        times: VisitTimes,
        expected: VisitTimes | None,
        doing: Doing,
    ) -> VisitTimes:
        start, end = times.start, times.end
        visit = self._get(session, visit_id)
        old = VisitTimes(visit.planned_start, visit.planned_end)
        if expected is not None and (old.start, old.end) != (
            _utc(expected.start),
            _utc(expected.end),
        ):
            self._refuse(session, visit, ["planned_start"], doing)
        if visit.status is not VisitStatus.PLANNED:
            raise VisitRejected(NOT_MOVABLE[visit.status])
        if (old.start, old.end) != (start, end):
            record_change(
                session,
                self._actor,
                "visit",
                visit.id,
                "planned_start",
                old.start.isoformat(),
                start.isoformat(),
            )
            visit.planned_start, visit.planned_end = start, end
        return old

    def set_status(
        self,
        visit_id: uuid.UUID,
        status: VisitStatus,
        expected: VisitStatus | None = None,
        doing: Doing = Doing.UNDO,
    ) -> VisitStatus:
        """Mark done / cancelled / missed (or planned again); returns the old status. With
        ``expected`` (undo, redo), only if the visit still has that status."""
        with saving(self._db, "visit", visit_id, self._actor, _refused) as session:
            visit = self._get(session, visit_id)
            old = visit.status
            if expected is not None and old is not expected:
                self._refuse(session, visit, ["status"], doing)
            if status is VisitStatus.DONE and visit.planned_start > utcnow() + timedelta(hours=1):
                raise VisitRejected(
                    QT_TRANSLATE_NOOP("messages", "A visit in the future cannot be done yet.")
                )
            if old is not status:
                record_change(session, self._actor, "visit", visit.id, "status", old, status)
                visit.status = status
            return old

    def archive(self, visit_id: uuid.UUID) -> None:
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            visit.archived_at = utcnow()
            record_change(session, self._actor, "visit", visit.id, "archived", None, None)

    def restore(self, visit_id: uuid.UUID) -> None:
        with self._db.session() as session:
            visit = session.get(Visit, visit_id)
            if visit is not None:
                visit.archived_at = None
                record_change(session, self._actor, "visit", visit.id, "restored", None, None)

    def _refuse(self, session: Session, visit: Visit, fields: list[str], doing: Doing) -> None:
        """A colleague changed the visit since the change being undone or redone."""
        raise VisitRejected(refusal(session, "visit", visit.id, self._actor, doing, fields))

    def _get(self, session, visit_id: uuid.UUID) -> Visit:  # type: ignore[no-untyped-def]
        visit = session.get(Visit, visit_id)
        if visit is None or visit.archived_at is not None:
            raise VisitRejected(QT_TRANSLATE_NOOP("messages", "This visit no longer exists."))
        return visit
