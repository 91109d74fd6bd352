"""Search finds Chinese names by their pinyin (``gz`` and ``guangzhou`` find 广州)

Revision ID: 0019_search_pinyin
Revises: 0018_search_y_as_ij

``domain/text_search.py`` now follows every run of Han characters in a name by its pinyin
(``domain/pinyin.py``): the syllables joined, each syllable, and the initials (``广州`` →
``guangzhou guang zhou gz``). The texts already in the search indexes have none, so the
ones with a Han character are indexed again here (nothing changes, and nothing is
rebuilt, in a database without Chinese names):

* account search (``account_search_doc`` on SQLite, ``account_search`` on PostgreSQL): the
  accounts whose name, code, address, contact names or tags hold a Han character, folded
  again as ``services.search`` indexes them; on SQLite, when any changed, the FTS5 indexes
  are rebuilt from the content table (faster than the triggers row by row), as 0018 did.
* global search's records (``record_search_doc`` on SQLite): the heads of the contacts whose
  name holds a Han character, and the rests of the quotes whose account's name holds one
  (a quote is found by its account's name), as ``services.record_search`` indexes them
  (0016's layout), and the two FTS5 indexes rebuilt from the content table. A rebuild
  keeps the index compact: re-indexing thousands of accounts one by one (the stale list)
  took longer and left FTS5 with many small segments, which slowed every keystroke after.
  On PostgreSQL (``record_search``), the accounts with such a contact, or with a quote
  while their name holds one, are listed in ``record_search_stale``, so the first global
  search re-indexes them (``services.record_search.catch_up``), as after 0018.

The downgrade indexes the same texts without pinyin, in the same way. (The syllables
behind a mark came with 0022: ``marked=False`` keeps this step's texts as they were.)
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from alembic import op

from acct_desktop.domain.pinyin import has_han
from acct_desktop.domain.text_search import index_text, search_text

revision = "0019_search_pinyin"
down_revision = "0018_search_y_as_ij"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _index_again(pinyin=True)


def downgrade() -> None:
    _index_again(pinyin=False)


def _index_again(*, pinyin: bool) -> None:
    bind = op.get_bind()
    accounts = [
        (account_id, name, code, others)
        for account_id, name, code, others in _accounts(bind)
        if any(has_han(text) for text in (name, code, *others))
    ]
    if bind.dialect.name == "sqlite":
        # One transaction for the whole step (pysqlite would commit DDL on its own; see 0002).
        if not bind.connection.dbapi_connection.in_transaction:
            bind.exec_driver_sql("BEGIN")
        _sqlite_accounts(bind, accounts, pinyin)
        _sqlite_records(bind, pinyin)
        return
    rows = [
        (
            search_text(f"{name} {code}", pinyin=pinyin, marked=False),
            search_text(" ".join((name, code, *others)), pinyin=pinyin, marked=False),
            account_id,
        )
        for account_id, name, code, others in accounts
    ]
    _many(bind, "UPDATE account_search SET head = %s, terms = %s WHERE account_id = %s", rows)
    _many(
        bind,
        "INSERT INTO record_search_stale (account_id) VALUES (%s) ON CONFLICT DO NOTHING",
        [(account_id,) for account_id in _accounts_with_named_records(bind)],
    )


def _sqlite_accounts(
    bind: Any, accounts: list[tuple[Any, str, str, list[str]]], pinyin: bool
) -> None:
    """Fold the content table's texts of ``accounts`` again and rebuild the FTS5 indexes."""
    rows = [
        (
            index_text(f"{name} {code}", pinyin=pinyin, marked=False),
            index_text(" ".join(others), pinyin=pinyin, marked=False),
            account_id,
        )
        for account_id, name, code, others in accounts
    ]
    _sqlite_rebuilt(
        bind,
        "account_search",
        [("UPDATE account_search_doc SET head = ?, rest = ? WHERE account_id = ?", rows)],
    )


def _sqlite_records(bind: Any, pinyin: bool) -> None:
    """Index the contacts' names and the quotes' account names with a Han character again
    (0016's layout: a contact's head is its name, a quote's rest its account's name)."""
    heads = [
        (index_text(name, pinyin=pinyin, marked=False), key)
        for key, name in _rows(
            bind,
            "SELECT d.id, c.name FROM record_search_doc AS d "
            "JOIN contact AS c ON c.id = d.record_id WHERE d.kind = 'contact'",
        )
        if has_han(name)
    ]
    rests = [
        (index_text(name, pinyin=pinyin, marked=False), key)
        for key, name in _rows(
            bind,
            "SELECT d.id, a.name FROM record_search_doc AS d JOIN quote AS q ON q.id = d.record_id "
            "JOIN account AS a ON a.id = q.account_id WHERE d.kind = 'quote'",
        )
        if has_han(name)
    ]
    _sqlite_rebuilt(
        bind,
        "record_search",
        [
            ("UPDATE record_search_doc SET head = ? WHERE id = ?", heads),
            ("UPDATE record_search_doc SET rest = ? WHERE id = ?", rests),
        ],
    )


def _sqlite_rebuilt(
    bind: Any, index: str, updates: list[tuple[str, list[tuple[Any, ...]]]]
) -> None:
    """Run ``updates`` (SQL, rows) on the content table ``<index>_doc`` and rebuild its FTS5
    indexes (words, and trigrams where this SQLite made them) from it, with its triggers
    set aside meanwhile (as 0018): faster than the triggers row by row, and compact. Nothing
    when no row changes."""
    if not any(rows for _sql, rows in updates):
        return
    triggers = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (f"{index}_doc",),
    ).all()
    for name, _sql in triggers:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for sql, rows in updates:
        _many(bind, sql, rows)
    for table in (index, f"{index}_fragment"):
        exists = bind.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).first()
        if exists is not None:
            bind.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
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
    the order ``services.search`` indexes them (address, contact names, tags), as 0018."""
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


def _accounts_with_named_records(bind: Any) -> list[Any]:
    """The accounts whose records global search indexes with pinyin: a contact's name, or
    (for its quotes) the account's own name, holding a Han character."""
    found: dict[Any, None] = {}
    for account_id, name in _rows(bind, "SELECT account_id, name FROM contact"):
        if has_han(name):
            found[account_id] = None
    for account_id, name in _rows(
        bind,
        "SELECT DISTINCT a.id, a.name FROM quote AS q JOIN account AS a ON a.id = q.account_id",
    ):
        if has_han(name):
            found[account_id] = None
    return list(found)
