"""An account and everything below it, as a recursive query (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from acct_desktop.store.models import Account


def subtree_ids(account_id: uuid.UUID) -> Any:
    """A selectable of the ids of ``account_id`` and all its descendants."""
    tree = select(Account.id).where(Account.id == account_id).cte("subtree", recursive=True)
    child = aliased(Account)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def row_subtree_ids(name: str = "row_subtree") -> Any:
    """A selectable of the ids of the ``Account`` row of the enclosing query and of all its
    descendants: for a correlated sub-query (a per-row count over the whole subtree).

    The recursive part is nested in the sub-query and its start refers to the outer row
    (``WITH RECURSIVE … AS (SELECT account.id UNION ALL …)``), which SQLite and PostgreSQL
    both accept; each use needs its own ``name`` within one statement.
    """
    tree = select(Account.id.label("id")).correlate(Account).cte(name, recursive=True, nesting=True)
    child = aliased(Account)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)
