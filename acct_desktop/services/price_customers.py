"""Accounts that see the same price policies, found by one query: the register's checks
price one account of each kind instead of every account.

Which policies cover an account (``PriceBook.policy_codes``) depends only on its channel,
its territory (its own, else its nearest parent's), the account policies held by it or one
of its parents, and, for the price, its currency. In a tree the account policies above an
account are those of its nearest *holder* (itself or the nearest parent that holds one) and
of that holder's own holders, so the holder stands for all of them.

:func:`first_of_each_kind` walks the account tree once from its roots, carrying the
territory and the holder down to each child, and groups every account by (channel,
territory, currency, holder): one row per group, its first account by code. Two groups may
still see the same policies (two territories without policies of their own); the caller
merges those by their policy codes. Accounts the walk cannot reach (a parent loop written
into the database by hand: the app refuses one) are returned one by one, so nothing is
ever left out.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.store.models import Account, PricePolicy


def _holders() -> Any:
    """The accounts named by a (non-archived) account policy."""
    return select(PricePolicy.account_id).where(
        PricePolicy.scope == PolicyScope.ACCOUNT,
        PricePolicy.archived_at.is_(None),
        PricePolicy.account_id.is_not(None),
    )


def _walk() -> Any:
    """Every account reachable from a root, with its territory and nearest holder."""
    holders = _holders()
    top = (
        select(
            Account.id,
            Account.code,
            Account.channel,
            Account.currency,
            Account.territory_id,
            case((Account.id.in_(holders), Account.id)).label("holder_id"),
        )
        .where(Account.parent_id.is_(None))
        .cte("priced_alike", recursive=True)
    )
    child = aliased(Account)
    return top.union_all(
        select(
            child.id,
            child.code,
            child.channel,
            child.currency,
            func.coalesce(child.territory_id, top.c.territory_id),
            func.coalesce(case((child.id.in_(holders), child.id)), top.c.holder_id),
        ).where(child.parent_id == top.c.id)
    )


def first_of_each_kind(session: Session) -> list[uuid.UUID]:
    """The first account by code of each group of accounts that price alike (see the
    module docstring), plus any account no root reaches."""
    walk = _walk()
    code = walk.c.code
    if session.get_bind().dialect.name == "postgresql":
        code = code.collate("C")  # code point order, as Python's sorted() and SQLite
    groups = (
        select(func.min(code).label("code"), func.count().label("accounts"))
        .group_by(
            walk.c.channel, walk.c.territory_id, func.upper(walk.c.currency), walk.c.holder_id
        )
        .subquery("kinds")
    )
    rows = session.execute(
        select(Account.id, groups.c.accounts).join(groups, Account.code == groups.c.code)
    )
    firsts: list[uuid.UUID] = []
    reached = 0
    for account_id, accounts in rows:
        firsts.append(account_id)
        reached += accounts
    if reached < (session.scalar(select(func.count()).select_from(Account)) or 0):
        reached_ids = select(walk.c.id)
        firsts += session.scalars(select(Account.id).where(Account.id.not_in(reached_ids)))
    return firsts
