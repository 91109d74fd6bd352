"""Global search (Ctrl+K): accounts, contacts, quotes, issues and checklists for what is typed.

Accounts come from account search (``services/search.py``), the other kinds from global
search's record index (``services/record_search.py``); both fold text the same way
(``domain/text_search.py``). Each kind gives at most ``per_kind`` hits, in its own order;
the kinds are shown best match first (a kind with a hit by its name or number before one
found only by a fragment of its description), then in :class:`HitKind` order.

All the hits of one kind are read a page at a time (:meth:`GlobalSearch.page`, in the same
order; ``services/search_pages.py``), and counted (:meth:`GlobalSearch.count`) apart from
the few shown while typing: a count reads every hit, a few milliseconds for a common piece
on a 10,000-account database and ten times that on ten times the data.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from acct_desktop.domain.enums import IssueStatus, QuoteStatus
from acct_desktop.domain.text_search import Term, matches, query_terms, search_text
from acct_desktop.services.record_search import (
    FRAGMENT_TABLE,
    RECORD_KINDS,
    HitKind,
    RecordMatch,
    catch_up,
    count_records,
    fetch_rows,
    find_records,
    record_page,
)
from acct_desktop.services.search import AccountHit, AccountSearch, TrigramVocabulary
from acct_desktop.services.search_pages import PageMark
from acct_desktop.store.database import Database

PER_KIND = 5
PAGE = 50  # hits read at a time when all of a kind are shown


@dataclass(frozen=True, slots=True)
class GlobalHit:
    """One thing found: what it is, its id, what to call it, and the account it belongs to
    (an account's own id for an account). ``status`` is a quote's or an issue's status;
    ``detail`` a contact's job title, an issue's description, an account's code and city,
    or (an account found by something else) what matched; ``when`` a quote's date or a
    checklist's issue date."""

    kind: HitKind
    id: uuid.UUID
    title: str
    account_id: uuid.UUID
    account_name: str
    status: StrEnum | None = None
    detail: str | None = None
    when: date | None = None
    strength: int = 0  # 0 best (name or number); see record_search.RecordMatch


@dataclass(frozen=True, slots=True)
class KindHits:
    """One kind's first hits for a query; ``more`` when it has others (:meth:`GlobalSearch.page`
    reads them all, :meth:`GlobalSearch.count` says how many)."""

    kind: HitKind
    hits: list[GlobalHit]
    more: bool = False


@dataclass(frozen=True, slots=True)
class HitPage:
    """Some hits of one kind, in order, and where the next ones start (None: no more)."""

    hits: list[GlobalHit]
    next: PageMark | None


class GlobalSearch:
    def __init__(self, db: Database, accounts: AccountSearch | None = None) -> None:
        self._db = db
        self._accounts = accounts or AccountSearch(db)
        self._trigrams = TrigramVocabulary(FRAGMENT_TABLE)

    def catch_up(self) -> int:
        """Index what changed since the last search (see ``record_search.catch_up``)."""
        return catch_up(self._db)

    def search(self, query: str, per_kind: int = PER_KIND) -> list[GlobalHit]:
        """Up to ``per_kind`` hits of each kind for ``query``, grouped by kind (best kind
        first). A blank query, or one of punctuation only, finds nothing."""
        return [hit for group in self.overview(query, per_kind) for hit in group.hits]

    def overview(self, query: str, per_kind: int = PER_KIND) -> list[KindHits]:
        """The kinds with hits for ``query``, best kind first, each with up to ``per_kind``
        hits and whether it has more. An account found by the name of one of its contacts
        shown is left out of the accounts shown (the contact says it), not of
        :meth:`page`'s. No counting here: it reads every hit (:meth:`count`), where this
        reads a few of each kind, keystroke after keystroke."""
        terms = query_terms(query)
        if not terms or per_kind <= 0:
            return []
        self.catch_up()
        accounts, _next = self._accounts.page(query, None, per_kind + 1)
        groups: list[KindHits] = []
        with self._db.connect() as conn:
            for kind in RECORD_KINDS:
                found = find_records(conn, terms, kind, per_kind + 1, self._trigrams)
                more = len(found) > per_kind
                groups.append(KindHits(kind, _describe(conn, kind, found[:per_kind]), more))
        with_contacts = {hit.account_id for hit in groups[0].hits}
        groups.insert(
            0,
            KindHits(
                HitKind.ACCOUNT,
                [
                    _account_hit(hit, terms)
                    for hit in accounts[:per_kind]
                    if not (hit.matched_field == "contact" and hit.id in with_contacts)
                ],
                len(accounts) > per_kind,
            ),
        )
        return sorted(
            (group for group in groups if group.hits or group.more),
            key=lambda group: min((hit.strength for hit in group.hits), default=4),
        )  # stable: kind order on ties

    def page(
        self, query: str, kind: HitKind, after: PageMark | None = None, limit: int = PAGE
    ) -> HitPage:
        """Up to ``limit`` hits of ``kind`` for ``query`` after ``after`` (from the first
        when None), in the order :meth:`overview` shows the first ones."""
        terms = query_terms(query)
        if not terms or limit <= 0:
            return HitPage([], None)
        self.catch_up()
        if kind is HitKind.ACCOUNT:
            accounts, mark = self._accounts.page(query, after, limit)
            return HitPage([_account_hit(hit, terms) for hit in accounts], mark)
        with self._db.connect() as conn:
            found = record_page(conn, terms, kind, after, limit, self._trigrams)
            return HitPage(_describe(conn, kind, found.matches), found.next)

    def count(self, query: str, kind: HitKind) -> int:
        """How many hits of ``kind`` there are for ``query``."""
        terms = query_terms(query)
        if not terms:
            return 0
        self.catch_up()
        if kind is HitKind.ACCOUNT:
            return self._accounts.count(query)
        with self._db.connect() as conn:
            return count_records(conn, terms, kind, self._trigrams)


def _account_hit(hit: AccountHit, terms: list[Term]) -> GlobalHit:
    if hit.matched is None:  # by its name or code: at word starts, or a piece inside
        strength = 0 if matches(terms, search_text(f"{hit.name} {hit.code}", pinyin=True)) else 2
        detail = " · ".join(part for part in (hit.code, hit.city) if part)
    else:
        strength, detail = 1, hit.matched
    return GlobalHit(HitKind.ACCOUNT, hit.id, hit.name, hit.id, hit.name, None, detail, None,
                     strength)  # fmt: skip


_DETAILS = {
    HitKind.CONTACT: (
        "SELECT r.id, r.name, r.title, r.account_id, a.name FROM contact AS r "
        "JOIN account AS a ON a.id = r.account_id WHERE r.id IN ({marks})"
    ),
    HitKind.QUOTE: (
        "SELECT r.id, r.number, r.revision, r.status, r.quote_date, r.account_id, a.name "
        "FROM quote AS r JOIN account AS a ON a.id = r.account_id WHERE r.id IN ({marks})"
    ),
    HitKind.ISSUE: (
        "SELECT r.id, r.number, r.description, r.status, r.account_id, a.name "
        "FROM customer_issue AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE r.id IN ({marks})"
    ),
    HitKind.CHECKLIST: (
        "SELECT r.id, r.number, r.revision, r.issued_at, r.account_id, a.name "
        "FROM issue_checklist AS r JOIN account AS a ON a.id = r.account_id "
        "WHERE r.id IN ({marks})"
    ),
}


def _describe(conn: Any, kind: HitKind, matches: Sequence[RecordMatch]) -> list[GlobalHit]:
    """The hits for ``matches`` (in their order), read by primary key."""
    if not matches:
        return []
    sqlite = conn.dialect.name == "sqlite"
    marks = ", ".join("?" if sqlite else "%s" for _ in matches)
    ids = tuple(m.record_id.bytes if sqlite else m.record_id for m in matches)
    rows = {_uuid(row[0]): row for row in fetch_rows(conn, _DETAILS[kind].format(marks=marks), ids)}
    hits = []
    for match in matches:
        row = rows.get(match.record_id)
        if row is not None:
            hits.append(_hit(kind, match, row, sqlite))
    return hits


def _hit(kind: HitKind, match: RecordMatch, row: Sequence[Any], sqlite: bool) -> GlobalHit:
    if kind is HitKind.CONTACT:
        _id, name, title, account_id, account = row
        return GlobalHit(kind, match.record_id, name, _uuid(account_id), account, None, title,
                         None, match.strength)  # fmt: skip
    if kind is HitKind.QUOTE:
        _id, number, revision, status, quoted, account_id, account = row
        title = number if revision <= 1 else f"{number} R{revision}"
        return GlobalHit(kind, match.record_id, title, _uuid(account_id), account,
                         QuoteStatus(status), None, _date(quoted), match.strength)  # fmt: skip
    if kind is HitKind.ISSUE:
        _id, number, description, status, account_id, account = row
        return GlobalHit(kind, match.record_id, number, _uuid(account_id), account,
                         IssueStatus(status), _one_line(description), None,
                         match.strength)  # fmt: skip
    _id, number, revision, issued, account_id, account = row
    title = number if revision <= 1 else f"{number} R{revision}"
    return GlobalHit(kind, match.record_id, title, _uuid(account_id), account, None, None,
                     _date(issued), match.strength)  # fmt: skip


def _one_line(text: str | None, width: int = 90) -> str | None:
    if not text:
        return None
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.date() if hasattr(value, "date") and callable(value.date) else value
    return date.fromisoformat(str(value)[:10])  # SQLite keeps dates and times as text


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(bytes=bytes(value))
