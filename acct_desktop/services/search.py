"""Account search: search-as-you-type over names, codes, addresses, contact names and tags.

The text rules (folding, CJK bigrams, pinyin of Chinese names, query terms, fragments) are
pure functions in ``domain/text_search.py``; the tables come from migrations
``0002_account_search`` and ``0015_search_fragments``. Every text indexed here is a name
(the account's name and code, address, contact names, tags), so all are indexed with
pinyin (``gz`` finds 广州).

Hits come in four groups, each in name order: every term at a word start in the name or
code; every term at a word start anywhere (address, contact names, tags); then, for a query
with a Latin term of two or more characters, every term as a fragment in the name or code
(``kantoor`` in ``Hoofdkantoor``, ``0064`` in ``NL000064``); then every term as a fragment
anywhere. A group is read only while the ones before it leave room under ``limit``; the
next page starts where one ended, and :meth:`AccountSearch.count` counts them all
(``services/search_pages.py``).

* **SQLite**: two FTS5 indexes over ``account_search_doc``, whose integer key is the
  account's place in name order (with gaps): ``account_search`` (words, with prefix
  indexes) for the first two groups, ``account_search_fragment`` (character trigrams) for
  the others. FTS5 yields matches in key order, so a query reads only as many index entries
  as it needs for its first ``limit`` hits. A fragment of three or more characters is a
  trigram phrase; a shorter piece (two letters, a one-letter word start or end, a CJK
  character) is "any of the trigrams that begin with it", looked up in the index's
  vocabulary (the stored texts end with two spaces, so every such piece begins one). Query
  terms are quoted FTS5 strings built from letters, digits and spaces only, passed as a
  bound parameter, so nothing the user types can change the query's syntax. The keystroke
  path uses plain driver SQL: the ORM's per-query overhead would be most of the time.
  Without a trigram tokenizer (SQLite older than 3.34) the fragment groups read the
  content table instead.
* **PostgreSQL**: the folded text matched with ``LIKE`` (word-start patterns for Latin
  terms, substrings for fragments and CJK; a GIN trigram index when ``pg_trgm`` exists),
  ordered by group, then by name.

Write services keep the index current by calling :meth:`AccountSearch.refresh` (or
:func:`refresh_accounts`) with the ids of the accounts they changed, in their own
transaction, after their changes (contacts and tags included). Deleting an account row
removes it from the index by itself (foreign key cascade).
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
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
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from acct_desktop.domain import pinyin_typing
from acct_desktop.domain.enums import AccountKind
from acct_desktop.domain.text_search import (
    Term,
    TermKind,
    best_match,
    finds_inside,
    index_text,
    query_terms,
    search_text,
    sort_key,
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
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account
from acct_desktop.store.types import GUID

POSITION_GAP = 1 << 32  # key distance between neighbours after a rebuild (as the migration)
MAX_POSITION = (1 << 63) - 1
_IN_CHUNK = 500  # ids per IN (...) list

# Where a hit was found when not in its name or code, in the order ties are shown.
MATCH_FIELDS = ("contact", "tag", "street", "district", "city", "postcode")

# The search tables are not ORM models (see the migration); these describe them for
# store.bulk and for the PostgreSQL queries.
_search_metadata = MetaData()
SQLITE_DOC = Table(
    "account_search_doc",
    _search_metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", LargeBinary(16), nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("head", Text, nullable=False),
    Column("rest", Text, nullable=False),
)
PG_SEARCH = Table(
    "account_search",
    _search_metadata,
    Column("account_id", GUID(), primary_key=True),
    Column("sort_key", Text, nullable=False),
    Column("head", Text, nullable=False),
    Column("terms", Text, nullable=False),
)

_ACCOUNT_FIELDS = "a.id, a.code, a.name, a.kind, a.city, a.street, a.district, a.postcode"
_FRAGMENT_TABLE = "account_search_fragment"
_TABLES = IndexTables(
    words="account_search",
    fragments=_FRAGMENT_TABLE,
    docs="account_search_doc",
    columns=_ACCOUNT_FIELDS,
    joins=" JOIN account AS a ON a.id = d.account_id",
    where=" AND a.archived_at IS NULL",
)
_SQLITE_TRIGRAMS = "SELECT term FROM {table}_vocab WHERE term >= ? AND term < ? ORDER BY term"
_LAST_CHAR = "\U0010ffff"  # sorts after every text that starts with the same characters
_SQLITE_PREVIOUS = (
    "SELECT id FROM account_search_doc WHERE sort_key < ? ORDER BY sort_key DESC LIMIT 1"
)
_SQLITE_NEXT = "SELECT id FROM account_search_doc WHERE sort_key > ? ORDER BY sort_key LIMIT 1"


@dataclass(frozen=True, slots=True)
class AccountHit:
    id: uuid.UUID
    code: str
    name: str
    kind: AccountKind
    city: str | None
    matched: str | None = None  # what matched when it was not the name or code
    matched_field: str | None = None  # one of MATCH_FIELDS, with ``matched``


@dataclass(frozen=True, slots=True)
class _Source:
    """One account's searchable texts (``account_id`` as the driver returns it)."""

    account_id: Any
    name: str
    code: str
    others: list[str]  # address parts, contact names, tags


class AccountSearch:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._trigrams = TrigramVocabulary()

    # -- reading --------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[AccountHit]:
        """The first ``limit`` unarchived accounts matching every term of ``query``, in
        the four groups of the module docstring (word starts in the name or code, word
        starts anywhere, fragments in the name or code, fragments anywhere), each by name.

        An empty or blank query (or one of punctuation only) finds nothing.
        """
        terms = query_terms(query)
        if not terms or limit <= 0:
            return []
        return self.page(query, None, limit)[0]

    def page(
        self, query: str, after: PageMark | None, limit: int
    ) -> tuple[list[AccountHit], PageMark | None]:
        """Up to ``limit`` of the hits of :meth:`search`, after ``after`` (from the first
        when None), and where the next ones start (None: there are no more)."""
        terms = query_terms(query)
        if not terms or limit <= 0:
            return [], None
        with self._db.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows, mark = _sqlite_hits(conn, terms, after, limit, self._trigrams)
            else:
                offset = 0 if after is None else after.key
                rows = _postgresql_hits(conn, terms, limit, offset)
                mark = PageMark(0, offset + limit) if len(rows) == limit else None
            return _describe(conn, terms, rows), mark

    def count(self, query: str) -> int:
        """How many accounts :meth:`search` finds for ``query`` (with no limit)."""
        terms = query_terms(query)
        if not terms:
            return 0
        with self._db.connect() as conn:
            if conn.dialect.name == "sqlite":
                return sqlite_count(conn, _TABLES, _sqlite_query(conn, terms, self._trigrams))
            return _postgresql_count(conn, terms)

    # -- writing --------------------------------------------------------------------------
    def rebuild(self, unit: Connection | Session | None = None) -> int:
        """Re-index every account; returns how many are indexed.

        With ``unit`` (a connection or session) it runs in the caller's transaction (the
        caller commits); without, in a transaction of its own.
        """
        if unit is None:
            with self._db.engine.begin() as conn:
                return rebuild_index(conn)
        return rebuild_index(_connection(unit))

    def refresh(self, unit: Connection | Session, account_ids: Iterable[uuid.UUID]) -> None:
        """Re-index ``account_ids`` in the caller's transaction (see :func:`refresh_accounts`)."""
        refresh_accounts(unit, account_ids)


def refresh_accounts(unit: Connection | Session, account_ids: Iterable[uuid.UUID]) -> None:
    """Re-index some accounts after a change, in the caller's transaction.

    Call it with the ids of every account whose name, code, address, contacts or tags were
    changed, added, archived or deleted (a session is flushed first, so its pending
    changes are what gets indexed). An archived or missing account leaves the index.
    """
    ids = list(dict.fromkeys(account_ids))
    if not ids:
        return
    conn = _connection(unit)
    if conn.dialect.name == "sqlite":
        _refresh_sqlite(conn, ids)
    else:
        for chunk in _chunks(ids):
            conn.execute(PG_SEARCH.delete().where(PG_SEARCH.c.account_id.in_(chunk)))
        sources = _sources(conn, ids)
        if sources:
            conn.execute(PG_SEARCH.insert(), [_pg_row(source) for source in sources])
    from acct_desktop.services.record_search import refresh_records  # (it imports this one)

    refresh_records(conn, ids)  # their contacts, quotes, issues and checklists (global search)


REBUILD_ABOVE = 5_000  # past this many accounts a whole rebuild beats refreshing one by one


def reindex(conn: Connection, account_ids: Iterable[uuid.UUID]) -> None:
    """After a bulk change (an import): refresh the accounts touched, or rebuild the whole
    index when that is cheaper."""
    ids = list(dict.fromkeys(account_ids))
    if len(ids) > REBUILD_ABOVE:
        rebuild_index(conn)
    else:
        refresh_accounts(conn, ids)


def rebuild_index(conn: Connection) -> int:
    """Replace the whole index from the accounts, contacts and tags (bulk, one transaction
    with whatever the caller does on ``conn``), and global search's index of their records.
    Returns the number of accounts indexed."""
    from acct_desktop.services.record_search import rebuild_records  # (it imports this one)

    if conn.dialect.name == "sqlite":
        indexed = _rebuild_sqlite(conn)
    else:
        sources = _sources(conn, None)
        conn.execute(PG_SEARCH.delete())
        bulk_insert(
            conn,
            PG_SEARCH,
            ("account_id", "sort_key", "head", "terms"),
            (tuple(_pg_row(source).values()) for source in sources),
        )
        indexed = len(sources)
    rebuild_records(conn)
    return indexed


# -- SQLite ---------------------------------------------------------------------------------
def _fts_phrase(term: Term) -> str:
    """One term as an FTS5 string: quoted (quotes doubled), ``*`` for a prefix; a word
    with pinyin readings (``huarwj``) also as their phrases of syllables (``"hua" + "r"* +
    "w"* + "j"*``: each syllable is a word of the index, in order)."""
    quoted = '"' + " ".join(term.tokens).replace('"', '""') + '"'
    if term.kind is TermKind.PHRASE:
        return quoted
    if not term.readings:
        return quoted + "*"
    read = [
        " + ".join(f'"{word}"' + ("*" if prefix else "") for word, prefix in phrase)
        for reading in term.readings
        for phrase in pinyin_typing.phrases(reading)
    ]
    return "(" + " OR ".join([quoted + "*", *read]) + ")"


def fts_query(terms: Sequence[Term]) -> str:
    """The FTS5 MATCH expression for every term, in any column."""
    return " AND ".join(_fts_phrase(term) for term in terms)


def _sqlite_query(conn: Connection, terms: list[Term], trigrams: TrigramVocabulary) -> Query:
    if not finds_inside(terms):
        return Query(fts_query(terms))
    return Query(fts_query(terms), lambda: fragment_plan(conn, terms, trigrams))


def _sqlite_hits(
    conn: Connection,
    terms: list[Term],
    after: PageMark | None,
    limit: int,
    trigrams: TrigramVocabulary | None = None,
) -> tuple[list[tuple[Any, ...]], PageMark | None]:
    """Rows of ``_ACCOUNT_FIELDS`` plus "found in name or code" and "found as fragments",
    in result order (the four groups of the module docstring), and where the next start."""
    query = _sqlite_query(conn, terms, trigrams or TrigramVocabulary())
    rows, mark = sqlite_page(conn, _TABLES, query, after, limit)
    return [(*row, group in (0, 2), group >= 2) for group, row in rows], mark


def has_fragment_index(conn: Connection, table: str = _FRAGMENT_TABLE) -> bool:
    """Whether the trigram index ``table`` exists (SQLite 3.34 or later made it)."""
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).first()
    return found is not None


def _any_of(texts: Iterable[str]) -> str:
    """FTS5: any of ``texts``, each a quoted string (a phrase of trigrams)."""
    quoted = ['"' + text.replace('"', '""') + '"' for text in texts]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


class TrigramVocabulary:
    """The trigrams of the fragment index that begin with a short piece, remembered until
    the index changes.

    Listing them reads the index's vocabulary, which costs a few milliseconds for a common
    piece on a large database (``" n"``: every word starting with n); while the user types,
    the same pieces come back keystroke after keystroke. FTS5 rewrites its structure record
    (row 10 of ``account_search_fragment_data``, with a counter of segments written) and its
    totals (row 1: rows and trigrams per column) whenever the index changes, in this process
    or any other; so unchanged records mean unchanged lists. A whole rebuild starts the
    counter again: one made here also forgets the lists; one made by another process (a
    large import from the command line while the window is open) could, in principle, end
    with the same records, which would keep a list until the next change.

    ``table`` names the trigram index (global search keeps one of its own, over the
    contacts, quotes, issues and checklists: ``services.record_search``).
    """

    _rebuilds = 0  # whole-index rebuilds made in this process

    @classmethod
    def index_rebuilt(cls) -> None:
        """Forget every list (a rebuild here)."""
        cls._rebuilds += 1

    def __init__(self, table: str = _FRAGMENT_TABLE) -> None:
        self.table = table
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._known: dict[str, tuple[str, ...]] = {}

    def starting_with(self, conn: Connection, pieces: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """For each piece, the index's trigrams that begin with it."""
        pieces = list(pieces)
        if not pieces:
            return {}
        records = conn.exec_driver_sql(
            f"SELECT block FROM {self.table}_data WHERE id IN (1, 10) ORDER BY id"
        ).scalars()
        version = (TrigramVocabulary._rebuilds, *records)
        with self._lock:
            if version != self._version:
                self._known = {}
                self._version = version
            known = dict(self._known)
        found: dict[str, tuple[str, ...]] = {}
        for piece in pieces:
            if piece not in known:
                sql = _SQLITE_TRIGRAMS.format(table=self.table)
                rows = fetch_rows(conn, sql, (piece, piece + _LAST_CHAR))
                known[piece] = tuple(row[0] for row in rows)
            found[piece] = known[piece]
        with self._lock:
            if version == self._version:
                self._known.update(found)
        return found


def fragment_plan(
    conn: Connection, terms: list[Term], vocabulary: TrigramVocabulary
) -> FragmentPlan | None:
    """The fragment search for ``terms`` in ``vocabulary``'s index; None when nothing can
    match (a piece that begins no trigram of the index)."""
    groups = list(dict.fromkeys(term.index_patterns for term in terms))
    if not has_fragment_index(conn, vocabulary.table):
        return FragmentPlan(None, tuple(groups))
    short = vocabulary.starting_with(conn, {text for g in groups for text in g if len(text) < 3})
    alternatives: list[str] = []
    for group in groups:
        # A text of three or more characters is a phrase of trigrams; a shorter one any of
        # the trigrams that begin with it (see domain.text_search.index_text).
        trigrams = [t for text in group for t in ((text,) if len(text) >= 3 else short[text])]
        if not trigrams:
            return None
        alternatives.append(_any_of(trigrams))
    return FragmentPlan(" AND ".join(alternatives), ())


def _sqlite_docs(sources: Iterable[_Source]) -> list[tuple[str, Any, str, str]]:
    """(sort key, account id, head text, rest text) per account, in name order."""
    return sorted(
        (
            sort_key(s.name, s.code),
            s.account_id,
            index_text(f"{s.name} {s.code}", pinyin=True),
            index_text(" ".join(s.others), pinyin=True),
        )
        for s in sources
    )


def _begin(conn: Connection) -> None:
    """Make sure SQLite is in a transaction: pysqlite opens one only before DML, so DDL (the
    trigger drop below) would otherwise commit on its own."""
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        # IMMEDIATE: the write lock before the reads that follow, so another connection's
        # commit meanwhile cannot leave this one a stale snapshot ("database is locked")
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _rebuild_sqlite(conn: Connection) -> int:
    docs = _sqlite_docs(_sources(conn, None))
    _begin(conn)
    # Row-by-row triggers index several times slower than FTS5's own 'rebuild' reads a
    # filled table: set the triggers aside (as the migration defined them) meanwhile.
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = 'account_search_doc'"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    conn.exec_driver_sql("DELETE FROM account_search_doc")
    bulk_insert(
        conn,
        SQLITE_DOC,
        ("id", "account_id", "sort_key", "head", "rest"),
        (
            (n * POSITION_GAP, account_id, key, head, rest)
            for n, (key, account_id, head, rest) in enumerate(docs, start=1)
        ),
    )
    conn.exec_driver_sql("INSERT INTO account_search (account_search) VALUES ('rebuild')")
    if has_fragment_index(conn):
        conn.exec_driver_sql(
            "INSERT INTO account_search_fragment (account_search_fragment) VALUES ('rebuild')"
        )
        TrigramVocabulary.index_rebuilt()
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    return len(docs)


def _refresh_sqlite(conn: Connection, ids: list[uuid.UUID]) -> None:
    raw_ids = [account_id.bytes for account_id in ids]
    for chunk in _chunks(raw_ids):
        marks = ", ".join("?" for _ in chunk)
        conn.exec_driver_sql(
            f"DELETE FROM account_search_doc WHERE account_id IN ({marks})", tuple(chunk)
        )
    for key, account_id, head, rest in _sqlite_docs(_sources(conn, raw_ids)):
        position = _free_position(conn, key)
        if position is None:  # no room left between the neighbours: renumber everything
            _rebuild_sqlite(conn)
            return
        conn.exec_driver_sql(
            "INSERT INTO account_search_doc (id, account_id, sort_key, head, rest) "
            "VALUES (?, ?, ?, ?, ?)",
            (position, account_id, key, head, rest),
        )


def _free_position(conn: Connection, key: str) -> int | None:
    """A key between the neighbours of ``key`` in name order, or None if there is none."""
    before = conn.exec_driver_sql(_SQLITE_PREVIOUS, (key,)).scalar() or 0
    after = conn.exec_driver_sql(_SQLITE_NEXT, (key,)).scalar()
    if after is None:
        position = before + POSITION_GAP
        return position if position <= MAX_POSITION else None
    return (before + after) // 2 if after - before >= 2 else None


# -- PostgreSQL -----------------------------------------------------------------------------
def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(term: Term) -> str:
    """A ``LIKE`` pattern (backslash escapes) that finds ``term`` in a ``search_text``."""
    escaped = _escaped(term.text)
    return f"% {escaped}%" if term.kind is TermKind.PREFIX else f"%{escaped}%"


def fragment_like_patterns(term: Term) -> tuple[str, ...]:
    """``LIKE`` patterns of which one finds ``term`` as a fragment in a ``search_text``
    (``Term.found_inside``)."""
    escaped = _escaped(term.text)
    if term.kind is TermKind.PREFIX and not term.inside_words:
        return (f"% {escaped}%", f"%{escaped} %")
    return (f"%{escaped}%",)


def pg_found(column: Any, term: Term, patterns: tuple[str, ...]) -> Any:
    """``column`` (a ``search_text``) holds ``term``: it is ``LIKE`` one of ``patterns``,
    or (a word with pinyin readings) matches their regular expression."""
    found = [column.like(pattern) for pattern in patterns]
    if (readings := term.pinyin_pattern) is not None:
        found.append(column.regexp_match(readings))
    return found[0] if len(found) == 1 else or_(*found)


def _postgresql_hits(
    conn: Connection, terms: list[Term], limit: int, offset: int = 0
) -> list[tuple[Any, ...]]:
    head, everything = PG_SEARCH.c.head, PG_SEARCH.c.terms
    words = [(term, (like_pattern(term),)) for term in terms]
    if finds_inside(terms):
        inside = [(term, fragment_like_patterns(term)) for term in terms]
    else:  # one-letter words only: no fragments (see domain.text_search)
        inside = words
    words_in_head = and_(*(pg_found(head, *word) for word in words))
    words_anywhere = and_(*(pg_found(everything, *word) for word in words))
    inside_head = and_(*(pg_found(head, *group) for group in inside))
    in_head = case((words_in_head, True), (words_anywhere, False), (inside_head, True), else_=False)
    by_fragment = case((words_anywhere, False), else_=True)
    group = case((words_in_head, 0), (words_anywhere, 1), (inside_head, 2), else_=3)
    query = (
        select(
            Account.id,
            Account.code,
            Account.name,
            Account.kind,
            Account.city,
            Account.street,
            Account.district,
            Account.postcode,
            in_head,
            by_fragment,
        )
        .join(PG_SEARCH, PG_SEARCH.c.account_id == Account.id)
        .where(*_postgresql_where(inside))
        # "C": code point order, as SQLite's keys (and whatever the database's collation).
        .order_by(group, PG_SEARCH.c.sort_key.collate("C"), Account.id)
        .offset(offset)
        .limit(limit)
    )
    return [tuple(row) for row in conn.execute(query)]


def _postgresql_where(inside: list[tuple[Term, tuple[str, ...]]]) -> list[Any]:
    """Every term somewhere (one of its patterns each), in an unarchived account."""
    everything = PG_SEARCH.c.terms
    return [
        *(pg_found(everything, *patterns) for patterns in inside),
        Account.archived_at.is_(None),
    ]


def _postgresql_count(conn: Connection, terms: list[Term]) -> int:
    if finds_inside(terms):
        inside = [(term, fragment_like_patterns(term)) for term in terms]
    else:
        inside = [(term, (like_pattern(term),)) for term in terms]
    query = (
        select(func.count())
        .select_from(Account)
        .join(PG_SEARCH, PG_SEARCH.c.account_id == Account.id)
        .where(*_postgresql_where(inside))
    )
    return int(conn.execute(query).scalar_one())


def _pg_row(source: _Source) -> dict[str, Any]:
    return {
        "account_id": source.account_id,
        "sort_key": sort_key(source.name, source.code),
        "head": search_text(f"{source.name} {source.code}", pinyin=True),
        "terms": search_text(" ".join((source.name, source.code, *source.others)), pinyin=True),
    }


# -- shared ---------------------------------------------------------------------------------
def _connection(unit: Connection | Session) -> Connection:
    if isinstance(unit, Session):
        unit.flush()
        return unit.connection()
    return unit


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start : start + _IN_CHUNK]


def _sources(conn: Connection, ids: Sequence[Any] | None) -> list[_Source]:
    """The searchable texts of the unarchived accounts ``ids`` (all when None); ids are
    raw 16-byte values on SQLite, UUIDs on PostgreSQL, as the driver returns them."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    extra: dict[Any, list[str]] = defaultdict(list)
    rows: list[Any] = []
    for chunk in [None] if ids is None else _chunks(ids):
        params: tuple[Any, ...] = ()
        only = {"id": "", "account_id": ""}
        if chunk is not None:
            params = tuple(chunk)
            marks = ", ".join(mark for _ in chunk)
            only = {column: f" AND {column} IN ({marks})" for column in only}
        for sql in (
            f"SELECT account_id, name FROM contact WHERE archived_at IS NULL{only['account_id']}",
            f"SELECT account_id, tag FROM account_tag WHERE tag IS NOT NULL{only['account_id']}",
        ):
            for account_id, text in fetch_rows(conn, sql, params):
                extra[account_id].append(text)
        rows.extend(
            fetch_rows(
                conn,
                "SELECT id, name, code, street, district, city, postcode FROM account "
                f"WHERE archived_at IS NULL{only['id']}",
                params,
            )
        )
    return [
        _Source(
            account_id,
            name,
            code,
            [part for part in (street, district, city, postcode) if part]
            + extra.get(account_id, []),
        )
        for account_id, name, code, street, district, city, postcode in rows
    ]


def _extras(conn: Connection, ids: list[Any]) -> tuple[dict[Any, list[str]], dict[Any, list[str]]]:
    """Contact names and tags of some accounts (ids as the driver returns them), sorted."""
    contacts: dict[Any, list[str]] = defaultdict(list)
    tags: dict[Any, list[str]] = defaultdict(list)
    if ids:
        marks = ", ".join("?" if conn.dialect.name == "sqlite" else "%s" for _ in ids)
        rows = fetch_rows(
            conn,
            f"SELECT account_id, 0, name FROM contact WHERE account_id IN ({marks}) "
            "AND archived_at IS NULL "
            f"UNION ALL SELECT account_id, 1, tag FROM account_tag WHERE account_id IN ({marks}) "
            "ORDER BY 2, 3",
            (*ids, *ids),
        )
        for account_id, is_tag, text in rows:
            (tags if is_tag else contacts)[account_id].append(text)
    return contacts, tags


@lru_cache(maxsize=4096)
def _cached_text(text: str) -> str:
    return search_text(text, pinyin=True)


def _describe(conn: Connection, terms: list[Term], rows: list[tuple[Any, ...]]) -> list[AccountHit]:
    """Hits from rows of ``_ACCOUNT_FIELDS`` + "found in name or code" + "found as
    fragments", in order, each with what matched when it was not its name or code."""
    contacts, tags = _extras(conn, [row[0] for row in rows if not row[-2]])
    hits: list[AccountHit] = []
    for raw_id, code, name, kind, city, street, district, postcode, in_head, inside in rows:
        matched = field = None
        if not in_head:
            head = search_text(f"{name} {code}", pinyin=True)
            found = Term.found_inside if inside else Term.found_in
            remaining = [term for term in terms if not found(term, head)] or terms
            candidates = [
                *(("contact", text) for text in contacts.get(raw_id, ())),
                *(("tag", text) for text in tags.get(raw_id, ())),
                ("street", street),
                ("district", district),
                ("city", city),
                ("postcode", postcode),
            ]
            best = best_match(
                remaining, [text for _, text in candidates], _cached_text, inside=inside
            )
            if best is not None:
                field, matched = candidates[best]
        account_id = raw_id if isinstance(raw_id, uuid.UUID) else uuid.UUID(bytes=bytes(raw_id))
        hits.append(AccountHit(account_id, code, name, AccountKind(kind), city, matched, field))
    return hits
