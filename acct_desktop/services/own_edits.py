"""Undoing one saved form — an account, a rebate agreement, a price policy, an issue, a
contact — by taking back only the fields that save changed.

A save is kept as the record's values before and after it, in the fields it changed.
Undo puts those fields back to before, redo to after, leaving every other field as it is
now (a colleague's later save of another field stands); when one of those fields no
longer holds what the save (or the last undo) left, a colleague changed it since and the
undo is refused, naming who (``changed_since``). A register record (agreement, policy)
must also still have the status the save left it in: undoing a note under a colleague's
submission would send it back to draft (and once approved, the register's own refusal
says it can no longer be edited).

The records service does the writing (``update`` with the version just read: validated,
audited old → new like any edit, one transaction).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any, Protocol

from acct_desktop.domain.register_workflow import EDITABLE_STATUSES
from acct_desktop.services.changed_since import Doing, changed_since
from acct_desktop.store.database import Database


class Records(Protocol):
    """A records service with a form: ``draft`` gives (draft, version) or (draft, status,
    version); ``update`` saves a draft against a version."""

    actor: str

    def draft(self, record_id: uuid.UUID) -> tuple[Any, ...]: ...

    def update(self, record_id: uuid.UUID, draft: Any, expected_version: int | None) -> Any: ...


def read(records: Records, record_id: uuid.UUID) -> tuple[Any, int, object]:
    """(draft, version, status or None) of the record as it is now."""
    draft, *rest = records.draft(record_id)
    return draft, rest[-1], (rest[0] if len(rest) > 1 else None)


class OwnEdit:
    """One save of one record's form, to undo (``undo``) and redo (``redo``) through its
    records service. ``before`` is the record as the form opened it; the save's own fields
    and values after it are read back right after the save (``saved``), so they are the
    values as stored (trimmed, upper-cased), not as typed."""

    def __init__(
        self,
        db: Database,
        records: Records,
        entity: str,
        record_id: uuid.UUID,
        before: Any,
        after: Any,
        changed: Sequence[str],
        status: object = None,
    ) -> None:
        names = {f.name for f in fields(before)}
        self._db, self._records, self._entity, self._id = db, records, entity, record_id
        self.fields = tuple(
            name
            for name in changed
            if name in names and getattr(before, name) != getattr(after, name)
        )
        self._before, self._after = before, after
        self._status = status  # what the last save, undo or redo left (None: none kept)

    @classmethod
    def saved(
        cls,
        db: Database,
        records: Records,
        entity: str,
        record_id: uuid.UUID,
        before: Any,
        changed: Sequence[str],
    ) -> OwnEdit:
        """The edit a save just made: ``changed`` names the fields it changed."""
        after, _version, status = read(records, record_id)
        return cls(db, records, entity, record_id, before, after, changed, status)

    def undo(self) -> Any:
        return self._put(self._after, self._before, Doing.UNDO)

    def redo(self) -> Any:
        return self._put(self._before, self._after, Doing.REDO)

    def check(self, doing: Doing) -> None:
        """Refuse (ChangedSince) when a colleague changed the fields since."""
        start = self._after if doing is Doing.UNDO else self._before
        self._ready(start, doing)

    def _ready(self, start: Any, doing: Doing) -> tuple[Any, int]:
        now, version, status = read(self._records, self._id)
        moved = [name for name in self.fields if getattr(now, name) != getattr(start, name)]
        if self._status is not None and status != self._status:
            if getattr(status, "value", status) not in EDITABLE_STATUSES:
                # approved, terminated…: the register's own sentence says why and what to do
                # instead (refused before anything is written, as the forms' probe is)
                self._records.update(self._id, now, version)
            moved.append("status")
        if moved:
            raise changed_since(self._db, self._entity, self._id, self._records.actor, doing, moved)
        return now, version

    def _put(self, start: Any, goal: Any, doing: Doing) -> Any:
        now, version = self._ready(start, doing)
        wanted = replace(now, **{name: getattr(goal, name) for name in self.fields})
        outcome = self._records.update(self._id, wanted, version)
        if self._status is not None:
            self._status = getattr(outcome, "status", self._status)
        return outcome


def undo_all(edits: Sequence[OwnEdit]) -> None:
    """Undo several records' edits made together (a bulk edit): each checked first, so a
    colleague's change of one refuses them all before any is written."""
    for edit in edits:
        edit.check(Doing.UNDO)
    for edit in edits:
        edit.undo()


def redo_all(edits: Sequence[OwnEdit]) -> None:
    """Redo them, as ``undo_all`` undoes them."""
    for edit in edits:
        edit.check(Doing.REDO)
    for edit in edits:
        edit.redo()
