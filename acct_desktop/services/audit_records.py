"""Which audited record a user means by the code or number they know it by.

``acct-desktop audit history --account CODE | --quote NUMBER | --issue NUMBER`` and the
History windows read a record's changes by its audit entity and id; this finds those from
an account's code, a quote's number (every revision of it) or an issue's number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from acct_desktop.services.audit import AuditRow, history
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue, Quote

# the audit entity each kind of record is written under (see services.*_records)
ACCOUNT, QUOTE, ISSUE, VISIT = "account", "quote", "customer_issue", "visit"


@dataclass(frozen=True, slots=True)
class AuditedRecord:
    entity: str
    ids: tuple[uuid.UUID, ...]


def find_record(db: Database, kind: str, key: str) -> AuditedRecord | None:
    """The account with this code, the quote with this number (all its revisions) or the
    issue with this number; None when there is none. ``kind`` is "account", "quote" or
    "issue"; the key is matched as typed, spaces around it ignored."""
    model, column, entity = {
        "account": (Account, Account.code, ACCOUNT),
        "quote": (Quote, Quote.number, QUOTE),
        "issue": (CustomerIssue, CustomerIssue.number, ISSUE),
    }[kind]
    with db.session() as session:
        ids = tuple(session.scalars(select(model.id).where(column == key.strip())))
    return AuditedRecord(entity, ids) if ids else None


def record_history(db: Database, record: AuditedRecord) -> list[AuditRow]:
    """The record's changes, newest first."""
    return history(db, record.entity, record.ids, newest_first=True)
