"""Global search (Ctrl+K): accounts, contacts, quotes, issues and checklists for what is typed.

Accounts come from account search (``services/search.py``), the other kinds from global
search's record index (``services/record_search.py``); both fold text the same way
(``domain/text_search.py``). Each kind gives at most ``per_kind`` hits, in its own order;
the kinds are shown best match first (a kind with a hit by its name or number before one
found only by a fragment of its description), then in :class:`HitKind` order.
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
    fetch_rows,
    find_records,
)
from acct_desktop.services.search import AccountHit, AccountSearch, TrigramVocabulary
from acct_desktop.store.database import Database

PER_KIND = 5


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
        terms = query_terms(query)
        if not terms or per_kind <= 0:
            return []
        self.catch_up()
        accounts = self._accounts.search(query, limit=per_kind)
        groups: list[list[GlobalHit]] = []
        with self._db.engine.connect() as conn:
            for kind in RECORD_KINDS:
                matches = find_records(conn, terms, kind, per_kind, self._trigrams)
                groups.append(_describe(conn, kind, matches))
        # An account found by the name of one of its contacts shown below: the contact says it.
        with_contacts = {hit.account_id for hit in groups[0]}
        groups.insert(
            0,
            [
                _account_hit(hit, terms)
                for hit in accounts
                if not (hit.matched_field == "contact" and hit.id in with_contacts)
            ],
        )
        ranked = sorted(
            (group for group in groups if group),
            key=lambda group: min(hit.strength for hit in group),  # stable: kind order on ties
        )
        return [hit for group in ranked for hit in group]


def _account_hit(hit: AccountHit, terms: list[Term]) -> GlobalHit:
    if hit.matched is None:  # by its name or code: at word starts, or a piece inside
        strength = 0 if matches(terms, search_text(f"{hit.name} {hit.code}")) else 2
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
