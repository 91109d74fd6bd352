"""Account search finds fragments inside words

Revision ID: 0015_search_fragments
Revises: 0014_whole_month_facts

Until now search found word starts only: ``kantoor`` did not find ``Hoofdkantoor`` nor
``0064`` the code ``NL000064``. The rules are in ``domain/text_search.py`` (fragments), the
queries in ``services/search.py``.

SQLite: a second FTS5 index, ``account_search_fragment``, over the same content table
(``account_search_doc``) with the ``trigram`` tokenizer: every three characters of the
folded text (spaces included) are a token, so any fragment of three or more characters is a
phrase of trigrams, and a shorter piece (two letters, a one-letter word start or end, a CJK
character) is found among the trigrams that begin with it (listed by
``account_search_fragment_vocab``). The texts are already folded (no case, no accents), so
the tokenizer's own folding is not needed, and this works from SQLite 3.34
(``remove_diacritics`` for trigrams would need 3.45). For that, the stored texts get a space
before and two after (``domain.text_search.index_text``): a short piece at the end of a text
is then still the start of a trigram. The word index reads the same columns and ignores
spaces, so it stays valid as it is. The triggers that keep the word index current are replaced by ones
that keep both.

Where the SQLite library has no trigram tokenizer (older than 3.34), the fragment index is
not created and search finds fragments by reading the content table (correct, slower).

PostgreSQL: nothing to store (``account_search.terms`` is already the folded text that
``LIKE '%…%'`` matches). The trigram index that makes those patterns fast is created here if
0002 could not create it and ``pg_trgm`` can be had now.
"""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from alembic import op

from acct_desktop.store import database

revision = "0015_search_fragments"
down_revision = "0014_whole_month_facts"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

FRAGMENT_TABLES = (
    """
    CREATE VIRTUAL TABLE account_search_fragment USING fts5(
        head, rest,
        content='account_search_doc', content_rowid='id',
        tokenize='trigram',
        columnsize=0
    )
    """,
    "INSERT INTO account_search_fragment (account_search_fragment, rank) "
    "VALUES ('hashsize', 33554432)",
    # The trigrams in the index, so a two-character fragment can become "any of them".
    "CREATE VIRTUAL TABLE account_search_fragment_vocab "
    "USING fts5vocab(account_search_fragment, 'row')",
)
# Both indexes kept in step with the content table (same names as 0002's, which fed one).
BOTH_TRIGGERS = (
    """
    CREATE TRIGGER account_search_doc_insert AFTER INSERT ON account_search_doc BEGIN
        INSERT INTO account_search (rowid, head, rest) VALUES (new.id, new.head, new.rest);
        INSERT INTO account_search_fragment (rowid, head, rest)
        VALUES (new.id, new.head, new.rest);
    END
    """,
    """
    CREATE TRIGGER account_search_doc_delete AFTER DELETE ON account_search_doc BEGIN
        INSERT INTO account_search (account_search, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
        INSERT INTO account_search_fragment (account_search_fragment, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
    END
    """,
    """
    CREATE TRIGGER account_search_doc_update AFTER UPDATE ON account_search_doc BEGIN
        INSERT INTO account_search (account_search, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
        INSERT INTO account_search (rowid, head, rest) VALUES (new.id, new.head, new.rest);
        INSERT INTO account_search_fragment (account_search_fragment, rowid, head, rest)
        VALUES ('delete', old.id, old.head, old.rest);
        INSERT INTO account_search_fragment (rowid, head, rest)
        VALUES (new.id, new.head, new.rest);
    END
    """,
)
# 0002's triggers, for a downgrade.
WORD_TRIGGERS = (
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
TRIGGER_NAMES = (
    "account_search_doc_insert",
    "account_search_doc_delete",
    "account_search_doc_update",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        _try_trigram_index(bind)
        return
    # One transaction for the whole step (pysqlite would commit DDL on its own; see 0002).
    if not bind.connection.dbapi_connection.in_transaction:
        bind.exec_driver_sql("BEGIN")
    _drop_triggers(bind)
    # Spaces only: the word index's tokens are unchanged, so it needs no re-indexing.
    bind.exec_driver_sql(
        "UPDATE account_search_doc SET head = ' ' || head || '  ', rest = ' ' || rest || '  '"
    )
    if not database.has_trigram_tokenizer(bind):
        log.info(
            "this SQLite has no trigram tokenizer: account search finds fragments by reading "
            "every account's text (slower on large databases)"
        )
        _create(bind, WORD_TRIGGERS)
        return
    _create(bind, FRAGMENT_TABLES)
    bind.exec_driver_sql(
        "INSERT INTO account_search_fragment (account_search_fragment) VALUES ('rebuild')"
    )
    _create(bind, BOTH_TRIGGERS)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # the trigram index may stay: 0002 creates it too
    _drop_triggers(bind)
    bind.exec_driver_sql("DROP TABLE IF EXISTS account_search_fragment_vocab")
    bind.exec_driver_sql("DROP TABLE IF EXISTS account_search_fragment")
    bind.exec_driver_sql(
        "UPDATE account_search_doc SET head = trim(head, ' '), rest = trim(rest, ' ')"
    )
    _create(bind, WORD_TRIGGERS)


def _drop_triggers(bind: Any) -> None:
    for name in TRIGGER_NAMES:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def _create(bind: Any, statements: tuple[str, ...]) -> None:
    for statement in statements:
        bind.exec_driver_sql(statement)


def _try_trigram_index(bind: Any) -> None:
    """0002's GIN trigram index over ``account_search.terms``, if it is missing and
    ``pg_trgm`` can be had (a savepoint keeps a refusal from aborting the upgrade)."""
    exists = bind.execute(
        sa.text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_account_search_terms_trgm'")
    ).first()
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if exists is not None or available is None:
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
