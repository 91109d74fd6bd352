"""Rules of the account hierarchy (HQ → regional office → DC / warehouse → store / workshop)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from acct_desktop.domain.enums import AccountKind
from acct_desktop.domain.text_search import fold

K = TypeVar("K", bound=Hashable)

# Which kinds may sit directly under which. A store or workshop hangs under a warehouse,
# a DC, a regional office or straight under an HQ (small chains have no middle layers).
ALLOWED_PARENT_KINDS: dict[AccountKind, frozenset[AccountKind]] = {
    AccountKind.HEADQUARTERS: frozenset(),
    AccountKind.DISTRIBUTOR: frozenset({AccountKind.HEADQUARTERS}),
    AccountKind.REGIONAL_OFFICE: frozenset({AccountKind.HEADQUARTERS}),
    AccountKind.DISTRIBUTION_CENTRE: frozenset(
        {AccountKind.HEADQUARTERS, AccountKind.REGIONAL_OFFICE, AccountKind.DISTRIBUTOR}
    ),
    AccountKind.BRANCH_WAREHOUSE: frozenset(
        {
            AccountKind.HEADQUARTERS,
            AccountKind.REGIONAL_OFFICE,
            AccountKind.DISTRIBUTION_CENTRE,
            AccountKind.DISTRIBUTOR,
        }
    ),
    AccountKind.STORE: frozenset(
        {
            AccountKind.HEADQUARTERS,
            AccountKind.REGIONAL_OFFICE,
            AccountKind.DISTRIBUTION_CENTRE,
            AccountKind.BRANCH_WAREHOUSE,
        }
    ),
    AccountKind.WORKSHOP: frozenset(
        {
            AccountKind.HEADQUARTERS,
            AccountKind.DISTRIBUTOR,
            AccountKind.DISTRIBUTION_CENTRE,
            AccountKind.BRANCH_WAREHOUSE,
        }
    ),
}


def may_sit_under(kind: AccountKind, parent_kind: AccountKind | None) -> bool:
    """True when an account of ``kind`` may have a parent of ``parent_kind`` (None = root)."""
    if parent_kind is None:
        return kind in {AccountKind.HEADQUARTERS, AccountKind.DISTRIBUTOR, AccountKind.WORKSHOP}
    return parent_kind in ALLOWED_PARENT_KINDS[kind]


def would_create_cycle(node: K, new_parent: K | None, parent_of: Callable[[K], K | None]) -> bool:
    """True when making ``new_parent`` the parent of ``node`` would close a loop.

    ``parent_of`` walks the current tree upwards. A walk that revisits a node (an already
    corrupt tree) is also reported as a cycle rather than looping for ever.
    """
    seen: set[K] = set()
    current = new_parent
    while current is not None:
        if current == node or current in seen:
            return True
        seen.add(current)
        current = parent_of(current)
    return False


def ancestors(node: K, parent_of: Callable[[K], K | None]) -> list[K]:
    """The chain of parents of ``node``, nearest first. Raises on a cycle."""
    chain: list[K] = []
    seen = {node}
    current = parent_of(node)
    while current is not None:
        if current in seen:
            raise ValueError(f"cycle in hierarchy at {current!r}")
        chain.append(current)
        seen.add(current)
        current = parent_of(current)
    return chain


def short_account_name(name: str, shown: str) -> str:
    """``name`` without the words it shares at its start with the account ``shown`` (a
    chain's branches repeat their brand: "Chuỗi Chăm sóc Xe Hoàng Gia Cửa hàng Quận Hải
    An" under "Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính" reads "Cửa hàng Quận Hải An"), so
    that what tells the rows apart is not cut off; the whole name when nothing is left."""
    words, shared = name.split(), shown.split()
    same = 0
    while same < min(len(words), len(shared)) and fold(words[same]) == fold(shared[same]):
        same += 1
    rest = words[same:]
    return " ".join(rest) if rest and same else name
