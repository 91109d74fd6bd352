"""Unsaved form drafts: kept as they are typed, offered back after a crash, dropped on save.

One row per person, form and record (``form_draft``), written in its own small
transaction each time the typing pauses. A draft that cannot be written (a locked or
read-only database) is logged and skipped: keeping a draft must never stop the form.
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
    def __init__(self, db: Database, owner: str) -> None:
        self._db = db
        self.owner = owner

    def keep(self, form: str, record_key: str, values: dict[str, Any]) -> None:
        """Store (or replace) the draft of ``form`` for ``record_key``; never raises."""
        text = json.dumps(values, ensure_ascii=False, sort_keys=True)
        try:
            with self._db.session() as session:
                row = session.scalar(self._query(form, record_key))
                if row is None:
                    row = FormDraft(owner=self.owner, form=form, record_key=record_key[:200])
                    session.add(row)
                row.values_json = text
                row.kept_at = utcnow()
        except SQLAlchemyError:
            log.warning("could not keep a %s form's draft", form, exc_info=True)

    def get(self, form: str, record_key: str) -> dict[str, Any] | None:
        """The kept draft, or None."""
        with self._db.session() as session:
            row = session.scalar(self._query(form, record_key))
            if row is None:
                return None
            try:
                values = json.loads(row.values_json)
            except ValueError:
                return None
        return values if isinstance(values, dict) else None

    def drop(self, form: str, record_key: str) -> None:
        """The form was saved or cancelled: forget its draft; never raises."""
        try:
            with self._db.session() as session:
                session.execute(
                    delete(FormDraft).where(
                        FormDraft.owner == self.owner,
                        FormDraft.form == form,
                        FormDraft.record_key == record_key[:200],
                    )
                )
        except SQLAlchemyError:
            log.warning("could not drop a %s form's draft", form, exc_info=True)

    def _query(self, form: str, record_key: str):  # type: ignore[no-untyped-def]
        return select(FormDraft).where(
            FormDraft.owner == self.owner,
            FormDraft.form == form,
            FormDraft.record_key == record_key[:200],
        )
