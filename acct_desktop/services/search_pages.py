"""Search hits a page at a time, and how many there are, on SQLite.

Account search (``services/search.py``) and global search's record index
(``services/record_search.py``) read their hits in the same four groups: every term at a
word start in the head (a name, code or number), at a word start anywhere, as a fragment in
the head, as a fragment anywhere; each group in its index's key order. Here each group is a
condition of its own rather than "what the groups before did not show": the fragment groups
leave out every word match (a subquery on the word index), the last one leaves out the
fragments in the head (FTS5 ``NOT``). So a page starts anywhere, after the last key read in
a group (:class:`PageMark`), with no list of what was already shown; and the count is two
index look-ups: the word matches, and the fragment matches that are not word matches.

Nothing here knows the tables: :class:`IndexTables` names them and says what a hit reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.engine import Connection

LAST_KEY = (1 << 63) - 1
GROUPS = 4  # word starts in the head, word starts anywhere, fragments in the head, anywhere


@dataclass(frozen=True, slots=True)
class PageMark:
    """Where the next page starts: after ``key`` in ``group`` (0–3). On PostgreSQL the
    group is 0 and ``key`` the number of hits already read."""

    group: int
    key: int


@dataclass(frozen=True, slots=True)
class FragmentPlan:
    """How to find every term as a fragment: an FTS5 expression over the trigram index,
    or (without one) per term the texts of which the stored text must hold one
    (``Term.index_patterns``), checked row by row."""

    match: str | None
    checked: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class IndexTables:
    """One FTS5 word index and its trigram index over their content table (integer key,
    ``head``, ``rest``), and what a hit reads: ``columns`` of the content table ``d`` (and
    of whatever ``joins`` adds, kept to rows passing ``where``), keys ``low`` to ``high``."""

    words: str
    fragments: str
    docs: str
    columns: str
    joins: str = ""
    where: str = ""
    low: int = 0
    high: int = LAST_KEY


@dataclass(frozen=True, slots=True)
class Query:
    """What is looked for: ``every`` term as an FTS5 expression over the word index
    (``search.fts_query``), and, when the terms can be found inside words, how
    (``fragments``: called once the fragment groups are reached; None when nothing can
    match as a fragment)."""

    every: str
    fragments: Callable[[], FragmentPlan | None] | None = None


def fetch_rows(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[Any]:
    """Rows straight from the driver's cursor, in ``conn``'s transaction: a rebuild reads
    a few hundred thousand rows, and SQLAlchemy's row objects would double the time."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


_WORDS = (
    "SELECT d.id, {columns} FROM {words} AS w JOIN {docs} AS d ON d.id = w.rowid{joins} "
    "WHERE {words} MATCH ? AND w.rowid BETWEEN ? AND ?{where} ORDER BY w.rowid LIMIT ?"
)
_NOT_WORDS = (
    " AND {key} NOT IN (SELECT rowid FROM {words} WHERE {words} MATCH ? AND rowid BETWEEN ? AND ?)"
)


def _word_match(query: Query, group: int | None) -> str:
    """Group 0 (in the head), 1 (elsewhere), None (both)."""
    in_head = f"head : ({query.every})"
    if group is None:
        return query.every
    return in_head if group == 0 else f"({query.every}) NOT ({in_head})"


def _checks(plan: FragmentPlan, columns: tuple[str, ...]) -> tuple[str, list[str]]:
    """SQL (every term in one of ``columns``) and its parameters, for a plan without FTS5."""
    parts: list[str] = []
    params: list[str] = []
    for group in plan.checked:
        either = [(column, text) for column in columns for text in group]
        parts.append("(" + " OR ".join(f"instr({c}, ?) > 0" for c, _ in either) + ")")
        params.extend(text for _, text in either)
    return " AND ".join(parts) or "1", params


def _fragments(
    tables: IndexTables,
    query: Query,
    plan: FragmentPlan,
    group: int | None,
    low: int,
    seen: list[int] | None = None,
) -> tuple[str, str, tuple[Any, ...]]:
    """FROM and WHERE of fragment group ``group`` (2: in the head, 3: elsewhere; None:
    both) from key ``low`` on, the key column to order by, and the parameters.

    ``seen``: the keys of every hit of the groups before, when this page read them all
    (the first page); they are left out by key, which costs nothing, instead of by
    condition (the word index read again, and for group 3 the trigram index twice)."""
    t = tables
    by_key = seen is not None
    if by_key:
        marks = ", ".join("?" for _ in seen or ())
        exclude: tuple[Any, ...] = tuple(seen or ())
        not_seen = f" AND {{key}} NOT IN ({marks})" if seen else ""
    else:
        exclude = (query.every, t.low, t.high)
        not_seen = _NOT_WORDS.replace("{words}", t.words)
    if plan.match is not None:
        match = plan.match
        if group == 2:
            match = f"head : ({plan.match})"
        elif group == 3 and not by_key:
            match = f"({plan.match}) NOT (head : ({plan.match}))"
        sql = (
            f"FROM {t.fragments} AS f JOIN {t.docs} AS d ON d.id = f.rowid{t.joins} "
            f"WHERE {t.fragments} MATCH ? AND f.rowid BETWEEN ? AND ?{t.where}"
            + not_seen.replace("{key}", "f.rowid")
        )
        return sql, "f.rowid", (match, low, t.high, *exclude)
    anywhere, anywhere_params = _checks(plan, ("d.head", "d.rest"))
    in_head, head_params = _checks(plan, ("d.head",))
    if group == 2:
        checks, params = in_head, head_params
    elif group == 3 and not by_key:
        checks, params = f"{anywhere} AND NOT ({in_head})", anywhere_params + head_params
    else:
        checks, params = anywhere, anywhere_params
    sql = (
        f"FROM {t.docs} AS d{t.joins} WHERE d.id BETWEEN ? AND ?{t.where} AND {checks}"
        + not_seen.replace("{key}", "d.id")
    )
    return sql, "d.id", (low, t.high, *params, *exclude)


def sqlite_page(
    conn: Connection, tables: IndexTables, query: Query, after: PageMark | None, limit: int
) -> tuple[list[tuple[int, tuple[Any, ...]]], PageMark | None]:
    """Up to ``limit`` hits after ``after`` (from the first when None), each as (group,
    the values of ``tables.columns``), and the mark after the last one; None instead of
    a mark when every hit has been read."""
    t = tables
    found: list[tuple[int, tuple[Any, ...]]] = []
    group, last = (0, t.low - 1) if after is None else (after.group, after.key)
    seen: list[int] | None = [] if after is None else None  # keys of the groups read whole
    plan: FragmentPlan | None = None
    while group < GROUPS and len(found) < limit:
        low, room = max(last + 1, t.low), limit - len(found)
        if group < 2:
            sql = _WORDS.format(
                columns=t.columns, words=t.words, docs=t.docs, joins=t.joins, where=t.where
            )
            rows = fetch_rows(conn, sql, (_word_match(query, group), low, t.high, room))
        else:
            if query.fragments is None:
                break
            plan = plan or query.fragments()
            if plan is None:  # a piece no indexed text holds
                break
            body, key, params = _fragments(t, query, plan, group, low, seen)
            rows = fetch_rows(conn, f"SELECT d.id, {t.columns} {body} ORDER BY {key} LIMIT ?",
                              (*params, room))  # fmt: skip
        found.extend((group, tuple(row[1:])) for row in rows)
        if len(rows) == room:  # the page is full: the next one goes on from here
            return found, PageMark(group, rows[-1][0])
        if seen is not None:
            seen.extend(row[0] for row in rows)
        group, last = group + 1, t.low - 1
    return found, None


def sqlite_count(conn: Connection, tables: IndexTables, query: Query) -> int:
    """How many hits there are in all four groups, counted in the indexes alone: what
    ``tables.where`` checks (an account not archived) guards the hits against an index
    not yet caught up, and would cost a look-up per hit (most of the count's time)."""
    bare = replace(tables, joins="", where="")
    count = conn.exec_driver_sql(
        f"SELECT count(*) FROM {bare.words} WHERE {bare.words} MATCH ? AND rowid BETWEEN ? AND ?",
        (query.every, bare.low, bare.high),
    ).scalar()
    plan = query.fragments() if query.fragments is not None else None
    if plan is None:
        return int(count or 0)
    body, _key, params = _fragments(bare, query, plan, None, bare.low)
    inside = conn.exec_driver_sql(f"SELECT count(*) {body}", params).scalar()
    return int(count or 0) + int(inside or 0)
