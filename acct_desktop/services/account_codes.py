"""Account codes as people write them: ``cn000024`` is the account CN000024.

A code is matched exactly first and, failing that, without regard to case or full width
(``ＧＤ０１０６`` is GD0106), so a file exported in lower case, or a code typed by hand,
finds its account. Without this, the sales import refused ``cn000024`` and the account
import, as its advice said, created a second account that differed from the first only in
case.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from acct_desktop.store.models import Account

CHUNK = 900  # codes per IN (...): under every driver's parameter limit


def code_key(code: str) -> str:
    """What two spellings of one code share: ``CN000024`` and ``cn000024``; ``GD0106`` and
    ``ＧＤ０１０６`` (full width, as a Chinese input method types it: folded by NFKC)."""
    return code.casefold() if code.isascii() else unicodedata.normalize("NFKC", code).casefold()


def spellings(codes: Iterable[str]) -> dict[str, str | None]:
    """Each stored code by its ``code_key``; None where two stored codes share one (they
    differ only in case, so neither can be told from the other)."""
    found: dict[str, str | None] = {}
    for code in codes:
        key = code_key(code)
        found[key] = code if key not in found or found[key] == code else None
    return found


def accounts_by_code(executor: Any, codes: Iterable[str], *columns: Any) -> dict[str, tuple]:
    """``columns`` of the accounts of ``codes`` (a Session or Connection runs the queries),
    by the code as given; codes with no account, or two that differ only in case, are left
    out. The exact codes cost one indexed look-up per chunk; only when some are missing is
    every code read once to match them without regard to case."""
    wanted = sorted(set(codes))
    found: dict[str, tuple] = {}
    table = Account.__table__
    for start in range(0, len(wanted), CHUNK):
        query = select(table.c.code, *columns).where(
            table.c.code.in_(wanted[start : start + CHUNK])
        )
        found.update((row[0], tuple(row[1:])) for row in executor.execute(query))
    missing: dict[str, list[str]] = {}
    for code in wanted:
        if code not in found:
            missing.setdefault(code_key(code), []).append(code)
    if missing:
        stored = spellings(executor.execute(select(table.c.code)).scalars())
        given_as = {
            spelling: given
            for key, given in missing.items()
            if (spelling := stored.get(key)) is not None
        }
        names = sorted(given_as)
        for start in range(0, len(names), CHUNK):
            query = select(table.c.code, *columns).where(
                table.c.code.in_(names[start : start + CHUNK])
            )
            for row in executor.execute(query):
                found.update(dict.fromkeys(given_as[row[0]], tuple(row[1:])))
    return found


def account_id(executor: Any, code: str) -> uuid.UUID | None:
    """The id of the account of ``code`` (``cn000024`` finds CN000024), or None."""
    found = accounts_by_code(executor, [code.strip()], Account.__table__.c.id)
    return found[code.strip()][0] if found else None


def holder_of(executor: Any, code: str) -> tuple[uuid.UUID, str] | None:
    """The account already using ``code`` in any case, as (id, its code), or None."""
    key = code_key(code.strip())
    candidates = executor.execute(
        select(Account.id, Account.code).where(func.lower(Account.code) == code.strip().lower())
    ).all()
    if not candidates and not code.isascii():  # SQLite's lower() knows only A–Z
        candidates = [
            row
            for row in executor.execute(select(Account.id, Account.code)).all()
            if code_key(row[1]) == key
        ]
    return next(((id_, stored) for id_, stored in candidates if code_key(stored) == key), None)
