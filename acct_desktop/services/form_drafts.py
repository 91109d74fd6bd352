"""Unsaved form drafts: kept as they are typed, offered back after a crash, dropped on save.

One row per person, form and record (``form_draft``) — the person being the manager
acting (their name from My details, as in the audit trail), so two managers sharing one
team database under the same Windows login never see each other's typing — written in its own small
transaction each time the typing pauses. A draft that cannot be written (a locked or
read-only database, a team database's server that is down) is logged and held in memory
instead: ``get`` gives it back, and it is written with the next draft that can be (or by
``write_pending`` once the database answers again). Keeping a draft must never stop the
form, and what was typed is not lost while the database is away.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from acct_desktop.store.database import Database
from acct_desktop.store.models import FormDraft
from acct_desktop.store.types import utcnow

log = logging.getLogger(__name__)


class FormDrafts:
    def __init__(self, db: Database, owner: str, formerly: str | None = None) -> None:
        """Drafts of ``owner``; ``formerly`` is who they were kept for before (the
        operating-system login, before drafts followed the manager's name): a draft kept
        under it is still offered back, and dropped with the owner's."""
        self._db = db
        self.owner = owner
        self._owners = (owner,) if not formerly or formerly == owner else (owner, formerly)
        self._pending: dict[tuple[str, str], dict[str, Any]] = {}  # not written yet

    def keep(self, form: str, record_key: str, values: dict[str, Any]) -> None:
        """Store (or replace) the draft of ``form`` for ``record_key``; never raises (one
        that cannot be written is held in memory, see the module docstring)."""
        self._pending[(form, record_key)] = values
        self.write_pending()

    def write_pending(self) -> bool:
        """Write the drafts held in memory; True when none is left. Never raises."""
        for (form, record_key), values in list(self._pending.items()):
            text = json.dumps(values, ensure_ascii=False, sort_keys=True)
            try:
                with self._db.session() as session:
                    rows = list(session.scalars(self._query(form, record_key)))
                    row = next((r for r in rows if r.owner == self.owner), None)
                    for former in rows:  # kept under the former owner: the owner's now
                        if former is not row:
                            session.delete(former)
                    if row is None:
                        row = FormDraft(owner=self.owner, form=form, record_key=record_key[:200])
                        session.add(row)
                    row.values_json = text
                    row.kept_at = utcnow()
            except SQLAlchemyError as exc:
                log.warning("could not keep a %s form's draft (held in memory): %s", form, exc)
                return False
            if self._pending.get((form, record_key)) is values:
                del self._pending[(form, record_key)]
        return True

    def get(self, form: str, record_key: str) -> dict[str, Any] | None:
        """The kept draft (one held in memory first), or None; never raises."""
        held = self._pending.get((form, record_key))
        if held is not None:
            return dict(held)
        try:
            with self._db.session() as session:
                rows = {row.owner: row for row in session.scalars(self._query(form, record_key))}
                row = next((rows[o] for o in self._owners if o in rows), None)
                if row is None:
                    return None
                values = json.loads(row.values_json)
        except ValueError:
            return None
        except SQLAlchemyError as exc:
            log.warning("could not read a %s form's draft: %s", form, exc)
            return None
        return values if isinstance(values, dict) else None

    def drop(self, form: str, record_key: str) -> None:
        """The form was saved or cancelled: forget its draft; never raises."""
        self._pending.pop((form, record_key), None)
        try:
            with self._db.session() as session:
                session.execute(
                    delete(FormDraft).where(
                        FormDraft.owner.in_(self._owners),
                        FormDraft.form == form,
                        FormDraft.record_key == record_key[:200],
                    )
                )
        except SQLAlchemyError:
            log.warning("could not drop a %s form's draft", form, exc_info=True)

    def _query(self, form: str, record_key: str):  # type: ignore[no-untyped-def]
        return select(FormDraft).where(
            FormDraft.owner.in_(self._owners),
            FormDraft.form == form,
            FormDraft.record_key == record_key[:200],
        )
