"""Whose figures a sales import replaces in the months it covers.

By default (``ReplaceFor.FILE``) each account's figures of each measure the file has rows
for: other accounts and measures are never touched. That cannot correct a file that booked
a store's sell-out under the wrong account: the corrected file has no sell-out rows for
that account, so the wrong figures stay. ``TERRITORY`` replaces the file's measures for
every account of the territories of the file's accounts (an account without a territory
stands for itself), ``ALL`` for every account in the database: the file is then the whole
truth of those measures in those months.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.engine import Connection

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.imports.common import chunked
from acct_desktop.store.models import Account

# the accounts whose figures of each measure are replaced (None: every account)
Scope = dict[Measure, list[uuid.UUID] | None]


class ReplaceFor(StrEnum):
    FILE = "file"
    TERRITORY = "territory"
    ALL = "all"


SCOPE_SENTENCES = {
    ReplaceFor.TERRITORY: QT_TRANSLATE_NOOP(
        "messages",
        "The file's measures were replaced in its months for every account of its accounts' "
        "territories, not only for the accounts in the file.",
    ),
    ReplaceFor.ALL: QT_TRANSLATE_NOOP(
        "messages",
        "The file's measures were replaced in its months for every account, not only for "
        "the accounts in the file.",
    ),
}


def replaced_scope(
    conn: Connection, pairs: Iterable[tuple[uuid.UUID, Measure]], replace_for: ReplaceFor
) -> Scope:
    """The accounts whose figures of each of the file's measures are replaced."""
    by_measure: dict[Measure, set[uuid.UUID]] = {}
    for account_id, measure in pairs:
        by_measure.setdefault(measure, set()).add(account_id)
    if replace_for is ReplaceFor.ALL:
        return dict.fromkeys(by_measure)
    if replace_for is ReplaceFor.TERRITORY:
        accounts = set().union(*by_measure.values())
        widened = sorted(_territory_accounts(conn, accounts) | accounts)
        return {measure: widened for measure in by_measure}
    return {measure: sorted(ids) for measure, ids in by_measure.items()}


def _territory_accounts(conn: Connection, accounts: set[uuid.UUID]) -> set[uuid.UUID]:
    """Every account of the territories of ``accounts``."""
    table = Account.__table__
    territories: set[uuid.UUID] = set()
    for chunk in chunked(sorted(accounts)):
        query = select(table.c.territory_id).where(
            table.c.id.in_(chunk), table.c.territory_id.is_not(None)
        )
        territories.update(conn.execute(query).scalars())
    found: set[uuid.UUID] = set()
    for chunk in chunked(sorted(territories)):
        query = select(table.c.id).where(table.c.territory_id.in_(chunk))
        found.update(conn.execute(query).scalars())
    return found
