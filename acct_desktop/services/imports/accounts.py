"""Importing accounts from a spreadsheet: all rows are checked against each other and the
database first; then everything is written in one transaction, or nothing is.

A value in a column present in the file is the truth for the accounts it lists; an empty
cell keeps what is stored, like a column absent from the file (one rule for every import:
a value is cleared by editing the record in the app). When existing accounts are updated,
a copy of the database is taken first (``sales_backup``) and the summary names it.
Accounts are matched by code, so importing the same file twice changes nothing the second
time (versions stay as they are).
Archived accounts keep their archived mark. Territories are found by code or name; one
that does not exist yet is created (the summary lists them).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.account_checks import (
    ACCOUNTS,
    KEEP_WHEN_EMPTY,
    PLAIN_COLUMNS,
    AccountCheck,
    Plan,
)
from acct_desktop.services.imports.account_words import CHANNEL_ALIASES, KIND_ALIASES
from acct_desktop.services.imports.columns import (
    ACCOUNT_FIELDS,
    ACCOUNT_REQUIRED,
    ACCOUNT_SYNONYMS,
)
from acct_desktop.services.imports.common import (
    EntitySpec,
    ImportInput,
    chunked,
    insert_rows,
    read_input,
    require,
    transaction,
    update_rows,
)
from acct_desktop.services.imports.graph import parents_first
from acct_desktop.services.imports.problems import ImportSummary, ProgressCallback
from acct_desktop.services.imports.sales_backup import backup_before_import
from acct_desktop.services.search import reindex
from acct_desktop.store.database import Database
from acct_desktop.store.models import AccountTag
from acct_desktop.store.types import utcnow

TAGS = AccountTag.__table__
INSERT_COLUMNS = (
    "id", "created_at", "updated_at", "version", "parent_id", "territory_id", "code",
    *KEEP_WHEN_EMPTY, *PLAIN_COLUMNS,
)  # fmt: skip


def _length(column: str) -> int | None:
    return getattr(ACCOUNTS.c[column].type, "length", None)


PARSERS: dict[str, v.Parser] = {name: v.text_of(_length(name)) for name in PLAIN_COLUMNS} | {
    "code": v.code_of(_length("code")),
    "kind": v.enum_value(AccountKind, KIND_ALIASES),
    "channel": v.enum_value(Channel, CHANNEL_ALIASES),
    "tier": v.enum_value(Tier),
    "parent_code": v.code_of(_length("code")),
    "territory": v.text,
    "country_code": v.country_code,
    "latitude": v.coordinate(90, "latitude"),
    "longitude": v.coordinate(180, "longitude"),
    "email": v.limited(v.email, _length("email")),
    "credit_limit": v.amount_of_money(),
    "currency": v.currency,
    "tags": v.tags,
}
SPEC = EntitySpec("accounts", ACCOUNT_FIELDS, ACCOUNT_REQUIRED, ACCOUNT_SYNONYMS, PARSERS)


def import_accounts(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    default_kind: AccountKind | None = None,
    *,
    header_row: int | None = None,
) -> ImportSummary:
    """Import accounts from a CSV or .xlsx file at ``path`` into ``db``, all or nothing.

    ``default_kind`` is the kind of new accounts whose row gives none (files from other
    systems rarely know our account kinds); without it such rows are refused.

    ``mapping`` overrides the column chosen for a field (``{"code": "Klantnummer"}``).
    ``progress(done, total)`` is called as rows are checked and written; raising from it
    cancels the import with nothing written. Raises ``TabularError`` for an unreadable file
    and ``ImportRejected`` (with every problem's line and column) for a file with errors.
    ``header_row``: the line holding the column names (else found: ``read_input``).
    """
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, ("code", "name"))
    with transaction(db, data.name) as conn:
        check = AccountCheck(data, conn, default_kind)
        plan = check.plan()
        data.problems.reject_if_any(data.name, details=check.details)
        backup = backup_before_import(db, data.name) if plan.updates else None
        now = utcnow()
        created = check.territories.write(conn, now)
        ids = _write(conn, data, plan, check, now)
        reindex(conn, [ids[code] for code in (*plan.inserts, *plan.updates) if code in ids])
        data.progress.written(len(data.rows))
    return data.summary(
        "accounts",
        created=len(plan.inserts),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        territories_created=created,
        changed_ids=frozenset(ids[code] for code in (*plan.inserts, *plan.updates)),
        defaults=check.defaults_given(),
        fields_changed=plan.fields_changed,
        values_kept=check.kept,
        backup=backup,
    )


def _write(
    conn: Connection, data: ImportInput, plan: Plan, check: AccountCheck, now: datetime
) -> dict[str, uuid.UUID]:
    """Inserts (parents before children), version-checked updates, then tags.

    Returns the ids of the accounts involved by code."""
    ids = {code: uuid.uuid4() for code in plan.inserts}
    wanted = set(plan.updates) | {c for c in plan.tags if c not in ids}
    wanted |= {
        parent
        for target in (*plan.inserts.values(), *plan.updates.values())
        if (parent := target.get("parent_code")) and parent not in ids
    }
    for chunk in chunked(sorted(wanted)):
        query = select(ACCOUNTS.c.code, ACCOUNTS.c.id).where(ACCOUNTS.c.code.in_(chunk))
        ids.update(conn.execute(query).all())

    def columns_of(target: dict[str, Any]) -> dict[str, Any]:
        values = {k: val for k, val in target.items() if k != "parent_code"}
        if "parent_code" in target:
            values["parent_id"] = ids[target["parent_code"]] if target["parent_code"] else None
        return values

    order = parents_first(
        plan.inserts, lambda c: p if (p := check.parent_of(c)) in plan.inserts else None
    )
    stamps = {"created_at": now, "updated_at": now, "version": 1}
    blank = dict.fromkeys(INSERT_COLUMNS)
    new_rows = []
    for code in order:
        row = blank | columns_of(plan.inserts[code]) | stamps | {"id": ids[code], "code": code}
        new_rows.append(tuple(row[c] for c in INSERT_COLUMNS))
    done = insert_rows(conn, ACCOUNTS, INSERT_COLUMNS, new_rows, data.progress)
    changes = [
        (ids[code], check.current[code]["version"], columns_of(target))
        for code, target in plan.updates.items()
    ]
    columns = sorted({k for _, _, values in changes for k in values})
    by_id = {ids[code]: check.current[code] for code in plan.updates}
    uniform = [
        (id_, version, {c: values[c] if c in values else by_id[id_][c] for c in columns})
        for id_, version, values in changes
    ]
    update_rows(conn, ACCOUNTS, columns, uniform, now, data.progress, done)
    replaced = [ids[code] for code in plan.tags if code not in plan.inserts]
    for chunk in chunked(replaced):
        conn.execute(delete(TAGS).where(TAGS.c.account_id.in_(chunk)))
    tag_rows = [(ids[code], tag) for code, tags in plan.tags.items() for tag in tags]
    insert_rows(conn, TAGS, ("account_id", "tag"), tag_rows)
    return ids
