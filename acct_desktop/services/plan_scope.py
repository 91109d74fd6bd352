"""Which accounts ``acct-desktop plan`` plans for when told (``--territory``, ``--account``),
as the GUI narrows *Plan visits…* (a lasso on the map; right-click an account in the tree →
*Plan visits for it and everything below…*): a territory is every account in it and in the
territories below it; an account is that account and every account below it. An unknown
code is refused in one sentence naming it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import aliased

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Territory


class UnknownScope(ValueError):
    """A territory or account code that is not in the database (a Sentence)."""


def accounts_in_scope(
    db: Database, territories: Iterable[str] = (), accounts: Iterable[str] = ()
) -> set[uuid.UUID] | None:
    """The ids of the accounts to plan for: those in the ``territories`` (codes; with their
    sub-territories) and those under the ``accounts`` (codes; with everything below them).
    None when neither is given (every account). Archived accounts are left to the planner."""
    territories, accounts = list(territories), list(accounts)
    if not territories and not accounts:
        return None
    chosen: set[uuid.UUID] = set()
    with db.session() as session:
        for code in territories:
            found = session.scalar(select(Territory.id).where(Territory.code == code.strip()))
            if found is None:
                raise UnknownScope(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "No territory has the code %1."),
                        code,
                    )
                )
            tree = select(Territory.id).where(Territory.id == found).cte("zones", recursive=True)
            below = aliased(Territory)
            tree = tree.union_all(select(below.id).where(below.parent_id == tree.c.id))
            chosen.update(
                session.scalars(
                    select(Account.id).where(Account.territory_id.in_(select(tree.c.id)))
                )
            )
        for code in accounts:
            found = session.scalar(select(Account.id).where(Account.code == code.strip()))
            if found is None:
                raise UnknownScope(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "No account has the code “%1”."),
                        code,
                    )
                )
            chosen.update(session.scalars(subtree_ids(found)))
    return chosen
