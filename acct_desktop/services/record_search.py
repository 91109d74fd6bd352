"""Global search's own index: contacts, quotes, issues and checklists.

The tables come from migration ``0016_record_search`` (read its docstring); the text rules
are account search's (``domain/text_search.py``), and so are the SQLite query pieces
(``services/search.py``): what finds "Zoë" with ``zoe`` or "Nguyễn Văn" with ``nguyen
van`` in an account name finds them in a contact's name too.

A record's *head* is its name (a contact) or number (``Q-2026-00017``: the words ``q``,
``2026``, ``00017``, so ``00017`` is a word start and ``0017`` a fragment); its *rest* is a
contact's job title, department, e-mail and phone (also as bare digits: ``84957315`` finds
``+84 957315204``), a quote's account name, an issue's description. Names (a contact's, a
quote's account) are indexed with the pinyin of their Chinese characters (``zw`` finds
张伟), free text is not (``text_search``'s module docstring).

Per kind, hits come in the four groups of account search (word starts in the head, word
starts anywhere, fragments in the head, fragments anywhere), each in the kind's order:
contacts by name, quotes, issues and checklists newest number first. Only unarchived
records of unarchived accounts are indexed.

Upkeep: :func:`refresh_records` (called by ``search.refresh_accounts``) and
:func:`rebuild_records` (by ``search.rebuild_index``) in the writer's transaction; and
:func:`catch_up` for whatever changed without them (the migration's triggers list those
accounts in ``record_search_stale``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from acct_desktop.domain.text_search import (
    Term,
    finds_inside,
    index_text,
    search_text,
    sort_key,
)
from acct_desktop.services.search import (
    TrigramVocabulary,
    fragment_like_patterns,
    fragment_plan,
    fts_query,
    has_fragment_index,
    like_pattern,
    pg_found,
    refresh_accounts,
)
from acct_desktop.services.search_pages import (
    FragmentPlan,
    IndexTables,
    PageMark,
    Query,
    fetch_rows,
    sqlite_count,
    sqlite_page,
)
from acct_desktop.store.bulk import bulk_insert
from acct_desktop.store.database import SQLITE_BUSY_TIMEOUT_MS, Database
from acct_desktop.store.types import GUID

log = logging.getLogger(__name__)


class HitKind(StrEnum):
    """What a global search hit is (in the order the kinds are shown)."""

    ACCOUNT = "account"
    CONTACT = "contact"
    QUOTE = "quote"
    ISSUE = "issue"
    CHECKLIST = "checklist"


RECORD_KINDS = (HitKind.CONTACT, HitKind.QUOTE, HitKind.ISSUE, HitKind.CHECKLIST)
_KIND_SHIFT = 58  # a doc's key: kind number << 58 | place in the kind's order
_KIND_NUMBER = {kind: number for number, kind in enumerate(RECORD_KINDS, start=1)}
POSITION_GAP = 1 << 24  # key distance between neighbours after a rebuild
_IN_CHUNK = 500
FRAGMENT_TABLE = "record_search_fragment"
_STALE_BUSY_MS = 100  # how long a keystroke waits for another writer before searching as is

_metadata = MetaData()
SQLITE_DOC = Table(
    "record_search_doc",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("record_id", LargeBinary(16), nullable=False),
    Column("account_id", LargeBinary(16), nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("head", Text, nullable=False),
    Column("rest", Text, nullable=False),
)
PG_SEARCH = Table(
    "record_search",
    _metadata,
    Column("kind", Text, primary_key=True),
    Column("record_id", GUID(), primary_key=True),
    Column("account_id", GUID(), nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("head", Text, nullable=False),
    Column("terms", Text, nullable=False),
)
_DOC_COLUMNS = ("id", "kind", "record_id", "account_id", "sort_key", "head", "rest")
_PG_COLUMNS = ("kind", "record_id", "account_id", "sort_key", "head", "terms")

# What is indexed of each kind: id, account id, then the texts (see _texts).
_SOURCES = {
    HitKind.CONTACT: (
        "SELECT r.id, r.account_id, r.name, r.title, r.department, r.email, r.phone "
        "FROM contact AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE r.archived_at IS NULL AND a.archived_at IS NULL"
    ),
    HitKind.QUOTE: (
        "SELECT r.id, r.account_id, r.number, r.revision, a.name "
        "FROM quote AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE r.archived_at IS NULL AND a.archived_at IS NULL"
    ),
    HitKind.ISSUE: (
        "SELECT r.id, r.account_id, r.number, r.description "
        "FROM customer_issue AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE r.archived_at IS NULL AND a.archived_at IS NULL"
    ),
    HitKind.CHECKLIST: (
        "SELECT r.id, r.account_id, r.number, r.revision "
        "FROM issue_checklist AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE a.archived_at IS NULL"
    ),
}


# Kinds whose rest is a name, indexed with its pinyin as the heads are (a quote's account);
# the others' rest is free text (a job title, an e-mail, a description): no pinyin.
_NAMED_REST = frozenset({HitKind.QUOTE})


@dataclass(frozen=True, slots=True)
class _Doc:
    kind: HitKind
    record_id: Any  # as the driver returns it
    account_id: Any
    sort_key: str
    head: str
    rest: str

    def indexed(self) -> tuple[str, str]:
        """Head and rest as SQLite's indexes store them (``text_search.index_text``): a
        head (a contact's name, a number) with the pinyin of its Han characters, the
        rest too when it is a name."""
        return (
            index_text(self.head, pinyin=True),
            index_text(self.rest, pinyin=self.kind in _NAMED_REST),
        )

    def searched(self) -> tuple[str, str]:
        """Head, and head and rest, as PostgreSQL matches them (``search_text``)."""
        head = search_text(self.head, pinyin=True)
        rest = search_text(self.rest, pinyin=self.kind in _NAMED_REST)
        return head, head + rest[1:] if rest.strip() else head


def newest_first(number: str, revision: int) -> str:
    """A sort key that puts higher numbers (and revisions) first in code point order."""
    text = f"{number}\x1f{revision:09d}"
    return "".join(chr(0x10FFFF - ord(c)) for c in text if ord(c) < 0xF0000) + "\U0010ffff"


def _digits(text: str | None) -> str:
    return "".join(c for c in text or "" if c.isdigit())


def _doc(kind: HitKind, row: Sequence[Any]) -> _Doc:
    record_id, account_id = row[0], row[1]
    if kind is HitKind.CONTACT:
        name, title, department, email, phone = row[2:]
        rest = " ".join(t for t in (title, department, email, phone, _digits(phone)) if t)
        key = sort_key(name, bytes(record_id).hex() if isinstance(record_id, bytes | memoryview)
                       else str(record_id))  # fmt: skip
        return _Doc(kind, record_id, account_id, key, name, rest)
    number, extra = row[2], row[3]
    if kind is HitKind.QUOTE:
        return _Doc(kind, record_id, account_id, newest_first(number, extra), number, row[4] or "")
    if kind is HitKind.ISSUE:
        return _Doc(kind, record_id, account_id, newest_first(number, 1), number, extra or "")
    return _Doc(kind, record_id, account_id, newest_first(number, extra), number, "")


def _docs(conn: Connection, account_ids: Sequence[Any] | None) -> list[_Doc]:
    """The docs of every record of ``account_ids`` (all when None), ids as the driver has
    them, each kind in its order."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    docs: list[_Doc] = []
    for kind, sql in _SOURCES.items():
        rows: list[Any] = []
        for chunk in [None] if account_ids is None else _chunks(account_ids):
            if chunk is None:
                rows.extend(fetch_rows(conn, sql, ()))
            else:
                marks = ", ".join(mark for _ in chunk)
                rows.extend(fetch_rows(conn, f"{sql} AND r.account_id IN ({marks})", tuple(chunk)))
        docs.extend(sorted((_doc(kind, row) for row in rows), key=lambda d: d.sort_key))
    return docs


# -- upkeep -----------------------------------------------------------------------------------
def _has_tables(conn: Connection) -> bool:
    """Whether the database has the index (a database being upgraded may not yet)."""
    if conn.dialect.name == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_search_stale'"
    else:
        sql = "SELECT to_regclass('record_search_stale')"
    return conn.exec_driver_sql(sql).scalar() is not None


def _connection(unit: Connection | Session) -> Connection:
    if isinstance(unit, Session):
        unit.flush()
        return unit.connection()
    return unit


def rebuild_records(unit: Connection | Session) -> int:
    """Index every record again, in the caller's transaction; returns how many."""
    conn = _connection(unit)
    if not _has_tables(conn):
        return 0
    docs = _docs(conn, None)
    if conn.dialect.name == "sqlite":
        _rebuild_sqlite(conn, docs)
    else:
        conn.execute(PG_SEARCH.delete())
        bulk_insert(conn, PG_SEARCH, _PG_COLUMNS, (_pg_row(doc) for doc in docs))
    conn.exec_driver_sql("DELETE FROM record_search_stale")
    return len(docs)


def refresh_records(unit: Connection | Session, account_ids: Iterable[Any]) -> None:
    """Index the records of ``account_ids`` (UUIDs) again, in the caller's transaction."""
    conn = _connection(unit)
    ids = [_driver_id(conn, account_id) for account_id in dict.fromkeys(account_ids)]
    if not ids or not _has_tables(conn):
        return
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    table = "record_search_doc" if conn.dialect.name == "sqlite" else "record_search"
    for chunk in _chunks(ids):
        marks = ", ".join(mark for _ in chunk)
        for sql in (
            f"DELETE FROM {table} WHERE account_id IN ({marks})",
            f"DELETE FROM record_search_stale WHERE account_id IN ({marks})",
        ):
            conn.exec_driver_sql(sql, tuple(chunk))
    docs = _docs(conn, ids)
    if conn.dialect.name != "sqlite":
        if docs:
            conn.execute(
                PG_SEARCH.insert(), [dict(zip(_PG_COLUMNS, _pg_row(d), strict=True)) for d in docs]
            )
        return
    for doc in docs:
        position = _free_position(conn, doc)
        if position is None:  # no room between the neighbours: renumber everything
            _rebuild_sqlite(conn, _docs(conn, None))
            return
        conn.exec_driver_sql(
            "INSERT INTO record_search_doc (id, kind, record_id, account_id, sort_key, head, "
            "rest) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (position, doc.kind.value, doc.record_id, doc.account_id, doc.sort_key,
             *doc.indexed()),
        )  # fmt: skip


REBUILD_ABOVE = 5_000  # stale accounts past which a whole rebuild is cheaper


def catch_up(db: Database) -> int:
    """Re-index the accounts whose records changed since they were indexed (listed by the
    database's triggers), and with them their account search entries. Returns how many
    accounts were re-indexed; 0 when nothing was stale, or when another program is
    writing (the next search tries again)."""
    with db.connect() as conn:
        if not _has_tables(conn):
            return 0
        if conn.exec_driver_sql("SELECT 1 FROM record_search_stale LIMIT 1").first() is None:
            return 0
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a keystroke does not wait seconds for an import to finish
            conn.exec_driver_sql(f"PRAGMA busy_timeout={_STALE_BUSY_MS}")
        conn.rollback()  # end the reads above: the write lock is taken below
        try:
            with conn.begin():
                if sqlite:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before reading
                rows = fetch_rows(
                    conn,
                    f"SELECT account_id FROM record_search_stale LIMIT {REBUILD_ABOVE + 1}",
                    (),
                )
                if len(rows) > REBUILD_ABOVE:  # (after the upgrade to 0016: every account)
                    rebuild_records(conn)  # their account search entries are current
                else:
                    refresh_accounts(conn, [_uuid(row[0]) for row in rows])
            return len(rows)
        except OperationalError as exc:  # another writer holds the lock: search as it is
            log.info("global search index not caught up: %s", exc.orig)
            return 0
        finally:
            if sqlite:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


def _in_transaction(conn: Connection) -> bool:
    return bool(conn.connection.dbapi_connection.in_transaction)  # type: ignore[union-attr]


def _rebuild_sqlite(conn: Connection, docs: list[_Doc]) -> None:
    if not _in_transaction(conn):  # DDL below: keep it in one transaction (see search.py)
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = 'record_search_doc'"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.exec_driver_sql("DELETE FROM record_search_doc")
    places: dict[HitKind, int] = {}

    def rows() -> Iterable[tuple[Any, ...]]:
        for doc in docs:  # each kind in its order (see _docs)
            places[doc.kind] = places.get(doc.kind, 0) + 1
            key = (_KIND_NUMBER[doc.kind] << _KIND_SHIFT) + places[doc.kind] * POSITION_GAP
            yield (key, doc.kind.value, doc.record_id, doc.account_id, doc.sort_key,
                   *doc.indexed())  # fmt: skip

    bulk_insert(conn, SQLITE_DOC, _DOC_COLUMNS, rows())
    conn.exec_driver_sql("INSERT INTO record_search (record_search) VALUES ('rebuild')")
    if _has_fragments(conn):
        conn.exec_driver_sql(
            "INSERT INTO record_search_fragment (record_search_fragment) VALUES ('rebuild')"
        )
        TrigramVocabulary.index_rebuilt()
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def _free_position(conn: Connection, doc: _Doc) -> int | None:
    """A key between the neighbours of ``doc`` in its kind's order, or None."""
    low = _KIND_NUMBER[doc.kind] << _KIND_SHIFT
    high = low + (1 << _KIND_SHIFT) - 1
    before = conn.exec_driver_sql(
        "SELECT id FROM record_search_doc WHERE kind = ? AND sort_key < ? "
        "ORDER BY sort_key DESC LIMIT 1",
        (doc.kind.value, doc.sort_key),
    ).scalar()
    after = conn.exec_driver_sql(
        "SELECT id FROM record_search_doc WHERE kind = ? AND sort_key > ? "
        "ORDER BY sort_key LIMIT 1",
        (doc.kind.value, doc.sort_key),
    ).scalar()
    before = low if before is None else before
    if after is None:
        position = before + POSITION_GAP
        return position if position <= high else None
    return (before + after) // 2 if after - before >= 2 else None


def _pg_row(doc: _Doc) -> tuple[Any, ...]:
    return (
        doc.kind.value,
        _uuid(doc.record_id),
        _uuid(doc.account_id),
        doc.sort_key,
        *doc.searched(),
    )


# -- reading ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordMatch:
    """A record found, with how well: 0 word starts in its name or number, 1 word starts
    elsewhere, 2 fragments in its name or number, 3 fragments elsewhere."""

    kind: HitKind
    record_id: uuid.UUID
    strength: int


def _has_fragments(conn: Connection) -> bool:
    return has_fragment_index(conn, FRAGMENT_TABLE)


@dataclass(frozen=True, slots=True)
class RecordPage:
    """Some of the records found, in order, and where the next ones start (None: no more)."""

    matches: list[RecordMatch]
    next: PageMark | None


def find_records(
    conn: Connection,
    terms: list[Term],
    kind: HitKind,
    limit: int,
    vocabulary: TrigramVocabulary,
) -> list[RecordMatch]:
    """The first ``limit`` records of ``kind`` matching every term (the four groups)."""
    return record_page(conn, terms, kind, None, limit, vocabulary).matches


def record_page(
    conn: Connection,
    terms: list[Term],
    kind: HitKind,
    after: PageMark | None,
    limit: int,
    vocabulary: TrigramVocabulary,
) -> RecordPage:
    """Up to ``limit`` records of ``kind`` matching every term, after ``after`` (from the
    first when None)."""
    if not terms or limit <= 0:
        return RecordPage([], None)
    if conn.dialect.name != "sqlite":
        offset = 0 if after is None else after.key
        found = _postgresql_records(conn, terms, kind, limit, offset)
        return RecordPage(found, PageMark(0, offset + limit) if len(found) == limit else None)
    rows, mark = sqlite_page(
        conn, _tables(kind), _sqlite_query(conn, terms, kind, vocabulary), after, limit
    )
    return RecordPage([RecordMatch(kind, _uuid(record), group) for group, (record,) in rows], mark)


def count_records(
    conn: Connection, terms: list[Term], kind: HitKind, vocabulary: TrigramVocabulary
) -> int:
    """How many records of ``kind`` match every term."""
    if not terms:
        return 0
    if conn.dialect.name != "sqlite":
        return _postgresql_count(conn, terms, kind)
    return sqlite_count(conn, _tables(kind), _sqlite_query(conn, terms, kind, vocabulary))


def _tables(kind: HitKind) -> IndexTables:
    low = _KIND_NUMBER[kind] << _KIND_SHIFT
    return IndexTables(
        words="record_search",
        fragments=FRAGMENT_TABLE,
        docs="record_search_doc",
        columns="d.record_id",
        low=low,
        high=low + (1 << _KIND_SHIFT) - 1,
    )


def _sqlite_query(
    conn: Connection, terms: list[Term], kind: HitKind, vocabulary: TrigramVocabulary
) -> Query:
    if not finds_inside(terms):
        return Query(fts_query(terms))
    tables = _tables(kind)

    def fragments() -> FragmentPlan | None:
        if _few(conn, tables.low, tables.high):
            return FragmentPlan(None, tuple(dict.fromkeys(term.index_patterns for term in terms)))
        return fragment_plan(conn, terms, vocabulary)

    return Query(fts_query(terms), fragments)


SCAN_BELOW = 10_000  # a kind with fewer records finds fragments by reading its own rows


def _few(conn: Connection, low: int, high: int) -> bool:
    """Whether a kind holds fewer than ``SCAN_BELOW`` records (about: its last key over the
    gap between keys after a rebuild; one index look-up).

    Its fragments are then found by reading its rows (a few hundred microseconds for
    thousands of quotes), not through the trigram index, whose lists for a common piece
    hold every contact's too: the index would read tens of thousands of entries to find
    that no quote matches."""
    last = conn.exec_driver_sql(
        "SELECT max(id) FROM record_search_doc WHERE id BETWEEN ? AND ?", (low, high)
    ).scalar()
    return last is None or (last - low) // POSITION_GAP < SCAN_BELOW


def _postgresql_where(terms: list[Term], kind: HitKind) -> tuple[Any, list[Any]]:
    """The group (0–3) of a row, and the conditions of a hit of ``kind``."""
    head, everything = PG_SEARCH.c.head, PG_SEARCH.c.terms
    words = [(term, (like_pattern(term),)) for term in terms]
    if finds_inside(terms):
        inside = [(term, fragment_like_patterns(term)) for term in terms]
    else:
        inside = words
    words_in_head = and_(*(pg_found(head, *word) for word in words))
    words_anywhere = and_(*(pg_found(everything, *word) for word in words))
    inside_head = and_(*(pg_found(head, *group) for group in inside))
    group = case((words_in_head, 0), (words_anywhere, 1), (inside_head, 2), else_=3)
    where = [
        PG_SEARCH.c.kind == kind.value,
        *(pg_found(everything, *alternatives) for alternatives in inside),
    ]
    return group, where


def _postgresql_records(
    conn: Connection, terms: list[Term], kind: HitKind, limit: int, offset: int = 0
) -> list[RecordMatch]:
    group, where = _postgresql_where(terms, kind)
    query = (
        select(PG_SEARCH.c.record_id, group)
        .where(*where)
        .order_by(group, PG_SEARCH.c.sort_key.collate("C"), PG_SEARCH.c.record_id)
        .offset(offset)
        .limit(limit)
    )
    return [RecordMatch(kind, _uuid(record), int(g)) for record, g in conn.execute(query)]


def _postgresql_count(conn: Connection, terms: list[Term], kind: HitKind) -> int:
    _group, where = _postgresql_where(terms, kind)
    return int(conn.execute(select(func.count()).select_from(PG_SEARCH).where(*where)).scalar_one())


# -- shared -----------------------------------------------------------------------------------
def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(bytes=bytes(value))


def _driver_id(conn: Connection, value: Any) -> Any:
    """An id as the driver stores it: 16 bytes on SQLite, a UUID on PostgreSQL."""
    as_uuid = _uuid(value)
    return as_uuid.bytes if conn.dialect.name == "sqlite" else as_uuid
