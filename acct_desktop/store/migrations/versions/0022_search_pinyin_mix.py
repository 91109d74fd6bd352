"""Search finds Chinese names by any mix of whole syllables and initials (``huarwj``)

Revision ID: 0022_search_pinyin_mix
Revises: 0021_order_line_delivery

``domain/text_search.py`` now also indexes each syllable of a Han run once more behind a
mark nobody can type (``domain/pinyin_typing.MARK``: ``广州`` → ``guangzhou guang zhou gz
\ue000guang \ue000zhou``), which a typed word's pinyin readings are matched against: each
character's syllable whole or as its initial in any mix (``huarwj``, ``hrunwj`` for 华润万家),
``ü`` typed as ``u`` or ``v`` (``lu``, ``lü`` for 吕, indexed as ``lv``), and never Latin
words (``bro`` must not find "Brabant Rotterdam" as b + ro). The texts already in the
search indexes have no marked syllables, so the ones with a Han character are indexed again
here, as 0019 did (nothing changes, and nothing is rebuilt, in a database without Chinese
names):

* account search (``account_search_doc`` on SQLite, ``account_search`` on PostgreSQL): the
  accounts whose name, code, address, contact names or tags hold a Han character; on SQLite
  the FTS5 indexes are then rebuilt from the content table.
* global search's records (``record_search_doc`` on SQLite): the heads of the contacts whose
  name holds a Han character, and the rests of the quotes whose account's name holds one,
  and the two FTS5 indexes rebuilt. On PostgreSQL (``record_search``) their accounts are
  listed in ``record_search_stale``, so the first global search re-indexes them.

The texts are folded with this revision's rules named (``pinyin=True, marked=...``), so a
later change of the default rules does not change what this step writes. The downgrade
indexes the same texts without the marked syllables (0019's texts).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from alembic import op

from acct_desktop.domain.pinyin import has_han
from acct_desktop.domain.text_search import index_text, search_text

revision = "0022_search_pinyin_mix"
down_revision = "0021_order_line_delivery"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _index_again(marked=True)


def downgrade() -> None:
    _index_again(marked=False)


def _index_again(*, marked: bool) -> None:
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
        _sqlite_accounts(bind, accounts, marked)
        _sqlite_records(bind, marked)
        return
    rows = [
        (
            search_text(f"{name} {code}", pinyin=True, marked=marked),
            search_text(" ".join((name, code, *others)), pinyin=True, marked=marked),
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
    bind: Any, accounts: list[tuple[Any, str, str, list[str]]], marked: bool
) -> None:
    """Fold the content table's texts of ``accounts`` again and rebuild the FTS5 indexes."""
    rows = [
        (
            index_text(f"{name} {code}", pinyin=True, marked=marked),
            index_text(" ".join(others), pinyin=True, marked=marked),
            account_id,
        )
        for account_id, name, code, others in accounts
    ]
    _sqlite_rebuilt(
        bind,
        "account_search",
        [("UPDATE account_search_doc SET head = ?, rest = ? WHERE account_id = ?", rows)],
    )


def _sqlite_records(bind: Any, marked: bool) -> None:
    """Index the contacts' names and the quotes' account names with a Han character again
    (0016's layout: a contact's head is its name, a quote's rest its account's name)."""
    heads = [
        (index_text(name, pinyin=True, marked=marked), key)
        for key, name in _rows(
            bind,
            "SELECT d.id, c.name FROM record_search_doc AS d "
            "JOIN contact AS c ON c.id = d.record_id WHERE d.kind = 'contact'",
        )
        if has_han(name)
    ]
    rests = [
        (index_text(name, pinyin=True, marked=marked), key)
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
    the order ``services.search`` indexes them (address, contact names, tags), as 0019."""
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
