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
