"""account search index

Revision ID: 0002_account_search
Revises: 0001_initial
Create Date: 2026-11-24 09:00:00

Search-as-you-type over accounts (name, code, address, contact names, tags); the text rules
are in ``domain/text_search.py``, the queries and index upkeep in ``services/search.py``.
None of these tables is an ORM model (``store.migrate.include_name`` keeps them out of the
schema comparison).

SQLite: ``account_search_doc`` holds one row per (unarchived) account: the folded index
terms of its name and code (``head``) and of everything else (``rest``). Its integer key is
the account's place in name order, with gaps (``POSITION_GAP``) so that a renamed or new
account gets a key between its neighbours: FTS5 returns matches in rowid order, so the first
50 hits *by name* come out of the index without sorting every match. ``account_search`` is
an FTS5 index over that table (external content, kept in step by triggers, and emptied by
the ``ON DELETE CASCADE`` when an account row is deleted). Prefix indexes of 1 to 3
characters make the first keystrokes (``n``, ``ng``, ``州``, ``nl0``) single index look-ups.

PostgreSQL: ``account_search`` holds each account's folded text (``search_text``) matched
with ``LIKE``; with a GIN trigram index when the ``pg_trgm`` extension can be created, and
without one (still correct, slower on large data) when it cannot.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

from acct_desktop.domain.text_search import index_terms, search_text, sort_key
from acct_desktop.store.types import GUID

revision = "0002_account_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

POSITION_GAP = 1 << 32  # must equal services.search.POSITION_GAP

SQLITE_TABLES = (
    """
    CREATE TABLE account_search_doc (
        id INTEGER PRIMARY KEY,
        account_id BLOB NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE,
        sort_key TEXT NOT NULL,
        head TEXT NOT NULL,
        rest TEXT NOT NULL
    )
    """,
    "CREATE INDEX ix_account_search_doc_sort_key ON account_search_doc (sort_key)",
    """
    CREATE VIRTUAL TABLE account_search USING fts5(
        head, rest,
        content='account_search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3',
        columnsize=0
    )
    """,
    # A 32 MB in-memory buffer (default 1 MB) before FTS5 writes a segment: a bulk load
    # writes a few large segments instead of merging many small ones (2-3x faster).
    "INSERT INTO account_search (account_search, rank) VALUES ('hashsize', 33554432)",
)
# Created after the initial fill: FTS5's 'rebuild' indexes a filled table several times
# faster than a trigger does row by row (services.search.rebuild_index does the same).
SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER account_search_doc_insert AFTER INSERT ON account_search_doc BEGIN
        INSERT INTO account_search (rowid, head, rest) VALUES (new.id, new.head, new.rest);
    END
    """,
    """
    CREATE TRIGGER account_search_doc_delete AFTER DELETE ON account_search_doc BEGIN
        INSERT INTO account_search (account_search, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
    END
    """,
    """
    CREATE TRIGGER account_search_doc_update AFTER UPDATE ON account_search_doc BEGIN
        INSERT INTO account_search (account_search, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
        INSERT INTO account_search (rowid, head, rest) VALUES (new.id, new.head, new.rest);
    END
    """,
)

SQLITE_DOWNGRADE = (
    "DROP TRIGGER IF EXISTS account_search_doc_update",
    "DROP TRIGGER IF EXISTS account_search_doc_delete",
    "DROP TRIGGER IF EXISTS account_search_doc_insert",
    "DROP TABLE IF EXISTS account_search",
    "DROP TABLE IF EXISTS account_search_doc",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # pysqlite opens a transaction only before DML, so DDL would commit on its own: make
        # the whole step one transaction, so a failure cannot leave half a search schema.
        if not bind.connection.dbapi_connection.in_transaction:
            bind.exec_driver_sql("BEGIN")
        for statement in SQLITE_TABLES:
            op.execute(statement)
        _fill_sqlite(bind)
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        return
    op.create_table(
        "account_search",
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("head", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name="fk_account_search_account_id_account",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name="pk_account_search"),
    )
    _fill_postgresql(bind)
    _try_trigram_index(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWNGRADE:
            op.execute(statement)
    else:
        op.drop_table("account_search")


# -- filling the index for the accounts already in the database ----------------------------
def _rows(bind: Any, sql: str) -> list[Any]:
    cursor = bind.connection.driver_connection.cursor()  # raw rows: ~2x faster on 100k+
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _accounts(bind: Any) -> list[tuple[Any, str, str, list[str]]]:
    """(id, name, code, other searchable texts) of every unarchived account."""
    extra: dict[Any, list[str]] = defaultdict(list)
    for account_id, name in _rows(
        bind, "SELECT account_id, name FROM contact WHERE archived_at IS NULL"
    ):
        extra[account_id].append(name)
    for account_id, tag in _rows(bind, "SELECT account_id, tag FROM account_tag"):
        extra[account_id].append(tag)
    rows = _rows(
        bind,
        "SELECT id, name, code, street, district, city, postcode FROM account "
        "WHERE archived_at IS NULL",
    )
    return [
        (account_id, name, code, [p for p in (*address, *extra.get(account_id, ())) if p])
        for account_id, name, code, *address in rows
    ]


def _fill_sqlite(bind: Any) -> None:
    docs = sorted(
        (sort_key(name, code), account_id, index_terms(f"{name} {code}"), index_terms(" ".join(o)))
        for account_id, name, code, o in _accounts(bind)
    )
    if not docs:
        return
    bind.execute(
        sa.text(
            "INSERT INTO account_search_doc (id, account_id, sort_key, head, rest) "
            "VALUES (:id, :account_id, :sort_key, :head, :rest)"
        ),
        [
            {"id": (n + 1) * POSITION_GAP, "account_id": a, "sort_key": k, "head": h, "rest": r}
            for n, (k, a, h, r) in enumerate(docs)
        ],
    )
    bind.execute(sa.text("INSERT INTO account_search (account_search) VALUES ('rebuild')"))


def _fill_postgresql(bind: Any) -> None:
    rows = [
        {
            "account_id": account_id,
            "sort_key": sort_key(name, code),
            "head": search_text(f"{name} {code}"),
            "terms": search_text(" ".join((name, code, *others))),
        }
        for account_id, name, code, others in _accounts(bind)
    ]
    if rows:
        bind.execute(
            sa.text(
                "INSERT INTO account_search (account_id, sort_key, head, terms) "
                "VALUES (:account_id, :sort_key, :head, :terms)"
            ),
            rows,
        )


def _try_trigram_index(bind: Any) -> None:
    """A GIN trigram index for ``LIKE '%…%'`` if ``pg_trgm`` can be had; else none.

    Creating an extension needs a privilege a team database's user may lack; a savepoint
    keeps that failure from aborting the migration's transaction.
    """
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        log.info("pg_trgm is not available: account search runs without a trigram index")
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            bind.execute(
                sa.text(
                    "CREATE INDEX ix_account_search_terms_trgm ON account_search "
                    "USING gin (terms gin_trgm_ops)"
                )
            )
    except sa.exc.DBAPIError as exc:
        log.info("no trigram index for account search (%s)", exc.orig)
