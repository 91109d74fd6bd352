"""Global search index: contacts, quotes, issues and checklists

Revision ID: 0016_record_search
Revises: 0015_search_fragments

Global search (Ctrl+K, ``services/global_search.py``) finds accounts through the account
search index, and contacts, quotes, issues and checklists through this one
(``services/record_search.py``), with the same text rules (``domain/text_search.py``).

SQLite: ``record_search_doc`` holds one row per unarchived contact, quote, issue and
checklist: the folded index terms of its name or number (``head``) and of the rest
(``rest``: a contact's job title, department, e-mail and phone; a quote's account name; an
issue's description). Its integer key is ``kind << 58`` plus the record's place in its
kind's order (contacts by name, the others newest number first), with gaps, so that FTS5
yields the first hits of one kind in order without sorting every match (as
``account_search_doc``). ``record_search`` (words, prefix indexes) and
``record_search_fragment`` (trigrams, when the SQLite library has the tokenizer) index it,
kept in step by triggers.

Both backends: ``record_search_stale`` lists accounts whose records changed since they
were indexed. Triggers on ``contact``, ``quote``, ``customer_issue``, ``issue_checklist``
(and on an account's name, code or archiving) add to it, whatever wrote the change (a dock,
the command line, an import, another program); global search re-indexes those accounts
before it reads. The write services re-index at once where they already refresh account
search. A migration that rebuilds one of these tables (Alembic's batch mode on SQLite)
must create its trigger again.

The index starts empty with every account listed as stale: the first search fills it.

PostgreSQL: ``record_search`` holds each record's folded text (``search_text``) matched with
``LIKE``, with a GIN trigram index when ``pg_trgm`` can be had.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

from acct_desktop.store import database
from acct_desktop.store.types import GUID

revision = "0016_record_search"
down_revision = "0015_search_fragments"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# The tables whose rows are indexed, and the columns whose change matters.
WATCHED = {
    "contact": ("account_id", "name", "title", "department", "email", "phone", "archived_at"),
    "quote": ("account_id", "number", "revision", "status", "archived_at"),
    "customer_issue": ("account_id", "number", "description", "status", "archived_at"),
    "issue_checklist": ("account_id", "number", "revision"),
}
ACCOUNT_WATCHED = ("name", "code", "archived_at")

SQLITE_TABLES = (
    """
    CREATE TABLE record_search_doc (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id BLOB NOT NULL,
        account_id BLOB NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        sort_key TEXT NOT NULL,
        head TEXT NOT NULL,
        rest TEXT NOT NULL,
        UNIQUE (kind, record_id)
    )
    """,
    "CREATE INDEX ix_record_search_doc_account ON record_search_doc (account_id)",
    "CREATE INDEX ix_record_search_doc_sort_key ON record_search_doc (kind, sort_key)",
    """
    CREATE VIRTUAL TABLE record_search USING fts5(
        head, rest,
        content='record_search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3',
        columnsize=0
    )
    """,
    "INSERT INTO record_search (record_search, rank) VALUES ('hashsize', 33554432)",
    "CREATE TABLE record_search_stale (account_id BLOB PRIMARY KEY) WITHOUT ROWID",
)
SQLITE_FRAGMENT_TABLES = (
    """
    CREATE VIRTUAL TABLE record_search_fragment USING fts5(
        head, rest,
        content='record_search_doc', content_rowid='id',
        tokenize='trigram',
        columnsize=0
    )
    """,
    "INSERT INTO record_search_fragment (record_search_fragment, rank) "
    "VALUES ('hashsize', 33554432)",
    "CREATE VIRTUAL TABLE record_search_fragment_vocab "
    "USING fts5vocab(record_search_fragment, 'row')",
)


def _doc_triggers(fragments: bool) -> tuple[str, ...]:
    """The triggers that feed the word index (and the trigram one) from the doc table."""
    indexes = ("record_search", "record_search_fragment") if fragments else ("record_search",)
    add = "".join(
        f"INSERT INTO {i} (rowid, head, rest) VALUES (new.id, new.head, new.rest);" for i in indexes
    )
    remove = "".join(
        f"INSERT INTO {i} ({i}, rowid, head, rest) VALUES ('delete', old.id, old.head, old.rest);"
        for i in indexes
    )
    return (
        f"CREATE TRIGGER record_search_doc_insert AFTER INSERT ON record_search_doc BEGIN {add} END",
        f"CREATE TRIGGER record_search_doc_delete AFTER DELETE ON record_search_doc BEGIN {remove} END",
        f"CREATE TRIGGER record_search_doc_update AFTER UPDATE ON record_search_doc BEGIN "
        f"{remove}{add} END",
    )


def _sqlite_mark_triggers() -> tuple[str, ...]:
    statements = []
    mark = "INSERT OR IGNORE INTO record_search_stale (account_id) VALUES ({})"
    for table, columns in WATCHED.items():
        statements += [
            f"CREATE TRIGGER {table}_record_search_insert AFTER INSERT ON {table} "
            f"BEGIN {mark.format('new.account_id')}; END",
            f"CREATE TRIGGER {table}_record_search_delete AFTER DELETE ON {table} "
            f"BEGIN {mark.format('old.account_id')}; END",
            f"CREATE TRIGGER {table}_record_search_update AFTER UPDATE OF {', '.join(columns)} "
            f"ON {table} BEGIN {mark.format('old.account_id')}; "
            f"{mark.format('new.account_id')}; END",
        ]
    statements.append(
        f"CREATE TRIGGER account_record_search_update AFTER UPDATE OF "
        f"{', '.join(ACCOUNT_WATCHED)} ON account BEGIN {mark.format('new.id')}; END"
    )
    return tuple(statements)


def _trigger_names() -> list[tuple[str, str]]:
    names = [(f"{t}_record_search_{w}", t) for t in WATCHED for w in ("insert", "delete", "update")]
    return [*names, ("account_record_search_update", "account")]


PG_FUNCTIONS = (
    """
    CREATE FUNCTION record_search_mark() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO record_search_stale (account_id) VALUES (OLD.account_id)
            ON CONFLICT DO NOTHING;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO record_search_stale (account_id) VALUES (NEW.account_id)
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION record_search_mark_account() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO record_search_stale (account_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$
    """,
)

# Every account with something to index, so that the first search fills the index.
MARK_ALL = "INSERT INTO record_search_stale (account_id) " + " UNION ".join(
    f"SELECT account_id FROM {table}" for table in WATCHED
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if not bind.connection.dbapi_connection.in_transaction:  # one transaction (see 0002)
            bind.exec_driver_sql("BEGIN")
        _run(bind, SQLITE_TABLES)
        fragments = database.has_trigram_tokenizer(bind)
        if fragments:
            _run(bind, SQLITE_FRAGMENT_TABLES)
        _run(bind, _doc_triggers(fragments))
        _run(bind, _sqlite_mark_triggers())
        bind.exec_driver_sql(MARK_ALL)
        return
    op.create_table(
        "record_search",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", GUID(), nullable=False),
        sa.Column("account_id", GUID(), nullable=False),
        sa.Column("sort_key", sa.Text(), nullable=False),
        sa.Column("head", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name="fk_record_search_account_id_account",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("kind", "record_id", name="pk_record_search"),
    )
    op.create_index("ix_record_search_account", "record_search", ["account_id"])
    op.create_index("ix_record_search_sort_key", "record_search", ["kind", "sort_key"])
    op.create_table(
        "record_search_stale",
        sa.Column("account_id", GUID(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name="pk_record_search_stale"),
    )
    _run(bind, PG_FUNCTIONS)
    for table, columns in WATCHED.items():
        bind.exec_driver_sql(
            f"CREATE TRIGGER {table}_record_search AFTER INSERT OR DELETE OR UPDATE OF "
            f"{', '.join(columns)} ON {table} FOR EACH ROW EXECUTE FUNCTION record_search_mark()"
        )
    bind.exec_driver_sql(
        f"CREATE TRIGGER account_record_search AFTER UPDATE OF {', '.join(ACCOUNT_WATCHED)} "
        "ON account FOR EACH ROW EXECUTE FUNCTION record_search_mark_account()"
    )
    bind.exec_driver_sql(MARK_ALL)
    _try_trigram_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name, _table in _trigger_names():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        for table in (
            "record_search_fragment_vocab",
            "record_search_fragment",
            "record_search",
            "record_search_doc",
            "record_search_stale",
        ):
            bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        return
    for table in WATCHED:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_record_search ON {table}")
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS account_record_search ON account")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS record_search_mark()")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS record_search_mark_account()")
    op.drop_table("record_search_stale")
    op.drop_table("record_search")


def _run(bind: Any, statements: tuple[str, ...]) -> None:
    for statement in statements:
        bind.exec_driver_sql(statement)


def _try_trigram_index(bind: Any) -> None:
    """A GIN trigram index over ``record_search.terms`` if ``pg_trgm`` can be had (a
    savepoint keeps a refusal from aborting the upgrade; without it, still correct)."""
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            bind.execute(
                sa.text(
                    "CREATE INDEX ix_record_search_terms_trgm ON record_search "
                    "USING gin (terms gin_trgm_ops)"
                )
            )
    except sa.exc.DBAPIError as exc:
        log.info("no trigram index for global search (%s)", exc.orig)
