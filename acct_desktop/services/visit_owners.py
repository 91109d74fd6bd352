"""Whose visit it is.

A visit's owner is the name of the manager who planned it (``visit.owner``), as on their
documents (My details). Where none is kept — a visit from before owners were recorded whose
territory named no manager, or planned by someone whose name is not filled in — the
account's territory manager stands in for it, as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acct_desktop.services.manager_profile import load_manager_profile
from acct_desktop.store.models import Account, Territory, Visit

# A name, none, or a way to ask for it (read at each new visit, as the actor is).
Owner = str | None | Callable[[], str | None]


def my_name(folder: Path | None = None) -> str | None:
    """The name new visits are given: the manager's from My details, None when not filled
    in (the territory's manager then stands in, not the operating-system login)."""
    return load_manager_profile(folder).name.strip() or None


def owner_name(owner: Owner) -> str | None:
    """``owner`` read now, trimmed (None when empty)."""
    name = owner() if callable(owner) else owner
    return (name or "").strip()[:200] or None


def visit_owner() -> Any:
    """The SQL expression for whose visit it is: its owner, else its account's territory
    manager (None for neither). Needs ``Account`` and ``Territory`` (outer) joined."""
    return func.coalesce(
        func.nullif(func.trim(Visit.owner), ""),
        func.nullif(func.trim(Territory.manager_name), ""),
    )


def visit_owners(session: Session, limit: int | None = None) -> list[str]:
    """Whose visits the database holds: the visits' owners and, for visits without one, their
    territories' managers; sorted, at most ``limit`` (``limit=2`` tells a team's calendar).

    Read through the indexes, not visit by visit (the calendar asks at every reload; a
    team's 100,000 visits): the owners one index seek each (archived visits count too),
    and the territories with an ownerless visit at one of their accounts."""
    names: set[str] = set()
    last = ""  # owners are written trimmed, never empty
    while limit is None or len(names) < limit:
        found = session.scalar(select(func.min(Visit.owner)).where(Visit.owner > last))
        if found is None:
            break
        names.add(found.strip())
        last = found
    ownerless = (
        select(Visit.id)
        .join(Account, Account.id == Visit.account_id)
        .where(
            Account.territory_id == Territory.id,
            Visit.owner.is_(None),
            Visit.archived_at.is_(None),
        )
        .exists()
    )
    manager = func.nullif(func.trim(Territory.manager_name), "")
    query = select(manager).where(manager.is_not(None), ownerless).distinct()
    names.update(name for (name,) in session.execute(query))
    return sorted(names)[:limit]
