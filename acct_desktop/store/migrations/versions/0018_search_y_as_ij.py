"""Search reads y as ij (the Dutch IJ and y spellings find each other)

Revision ID: 0018_search_y_as_ij
Revises: 0017_contact_phone_label

Dutch users type ``y`` for the letter IJ and the other way round (``Ryswyk`` for Rijswijk,
``Yssel`` for IJssel). ``domain/text_search.py`` now reads every ``y`` as ``ij`` in what it
indexes and in what is typed, so the texts already in the search indexes, folded without that
rule, are folded again here (the sort keys do not change: they keep the ``y``):

* account search (``account_search_doc`` on SQLite, ``account_search`` on PostgreSQL): every
  unarchived account's name and code, and its address, contact names and tags, folded
  again, as ``services.search`` indexes them; on SQLite the FTS5 indexes are rebuilt from
  the content table (faster than the triggers row by row).
* global search's records (contacts, quotes, issues, checklists): every account that has one
  is listed in ``record_search_stale``, so the first global search re-indexes them
  (``services.record_search.catch_up``), as after 0016. Until then the records are found by
  their old folding.

The downgrade folds the account texts by the old rule (``y_as_ij=False``) and lists the
records' accounts as stale in the same way.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from alembic import op

from acct_desktop.domain.text_search import index_text, search_text

revision = "0018_search_y_as_ij"
down_revision = "0017_contact_phone_label"
branch_labels = None
depends_on = None

# The tables whose rows global search indexes (as 0016's WATCHED).
RECORD_TABLES = ("contact", "quote", "customer_issue", "issue_checklist")


def upgrade() -> None:
    _fold_again(y_as_ij=True)


def downgrade() -> None:
    _fold_again(y_as_ij=False)


def _fold_again(*, y_as_ij: bool) -> None:
    bind = op.get_bind()
    accounts = _accounts(bind)
    if bind.dialect.name == "sqlite":
        # One transaction for the whole step (pysqlite would commit DDL on its own; see 0002).
        if not bind.connection.dbapi_connection.in_transaction:
            bind.exec_driver_sql("BEGIN")
        _sqlite_accounts(bind, accounts, y_as_ij)
        mark = "INSERT OR IGNORE INTO record_search_stale (account_id) {}"
    else:
        rows = [
            (
                search_text(f"{name} {code}", y_as_ij=y_as_ij),
                search_text(" ".join((name, code, *others)), y_as_ij=y_as_ij),
                account_id,
            )
            for account_id, name, code, others in accounts
        ]
        _many(bind, "UPDATE account_search SET head = %s, terms = %s WHERE account_id = %s", rows)
        mark = "INSERT INTO record_search_stale (account_id) {} ON CONFLICT DO NOTHING"
    every = " UNION ".join(f"SELECT account_id FROM {table}" for table in RECORD_TABLES)
    bind.exec_driver_sql(mark.format(every))


def _sqlite_accounts(
    bind: Any, accounts: list[tuple[Any, str, str, list[str]]], y_as_ij: bool
) -> None:
    """Fold the content table's texts again and rebuild the FTS5 indexes from it, with its
    triggers set aside meanwhile (as ``services.search`` rebuilds)."""
    triggers = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = 'account_search_doc'"
    ).all()
    for name, _sql in triggers:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    rows = [
        (
            index_text(f"{name} {code}", y_as_ij=y_as_ij),
            index_text(" ".join(others), y_as_ij=y_as_ij),
            account_id,
        )
        for account_id, name, code, others in accounts
    ]
    _many(bind, "UPDATE account_search_doc SET head = ?, rest = ? WHERE account_id = ?", rows)
    bind.exec_driver_sql("INSERT INTO account_search (account_search) VALUES ('rebuild')")
    fragments = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'account_search_fragment'"
    ).first()
    if fragments is not None:
        bind.exec_driver_sql(
            "INSERT INTO account_search_fragment (account_search_fragment) VALUES ('rebuild')"
        )
    for _name, sql in triggers:
        bind.exec_driver_sql(sql)


def _rows(bind: Any, sql: str) -> list[Any]:
    cursor = bind.connection.driver_connection.cursor()  # raw rows: ~2x faster on 100k+
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _many(bind: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    cursor = bind.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def _accounts(bind: Any) -> list[tuple[Any, str, str, list[str]]]:
    """(id, name, code, other searchable texts) of every unarchived account, the others in
    the order ``services.search`` indexes them (address, contact names, tags)."""
    extra: dict[Any, list[str]] = defaultdict(list)
    for account_id, name in _rows(
        bind, "SELECT account_id, name FROM contact WHERE archived_at IS NULL"
    ):
        extra[account_id].append(name)
    for account_id, tag in _rows(
        bind, "SELECT account_id, tag FROM account_tag WHERE tag IS NOT NULL"
    ):
        extra[account_id].append(tag)
    rows = _rows(
        bind,
        "SELECT id, name, code, street, district, city, postcode FROM account "
        "WHERE archived_at IS NULL",
    )
    return [
        (account_id, name, code, [p for p in address if p] + extra.get(account_id, []))
        for account_id, name, code, *address in rows
    ]
