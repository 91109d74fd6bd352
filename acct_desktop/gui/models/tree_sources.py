"""Where the account tree's rows come from: the hierarchy, territories, or a filter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from acct_desktop.services.account_tree import (
    AccountFilter,
    AccountRow,
    AccountTreeService,
    TerritoryRow,
    TreeSort,
)

Row = AccountRow | TerritoryRow


@dataclass(frozen=True)
class Page:
    rows: list[tuple[Row, int | None]]  # each row with its child count (None: unknown)
    last: bool  # no more pages after this one


class TreeSource(Protocol):
    def root_count(self) -> int | None:
        """Top-level row count, or None when only paging will tell."""

    def fetch(self, parent: Row | None, offset: int, limit: int) -> Page: ...


@dataclass
class HierarchySource:
    """Customer hierarchy: HQ → regional office → DC / warehouse → store / workshop."""

    service: AccountTreeService
    sort: TreeSort = field(default_factory=TreeSort)
    show_archived: bool = False

    def root_count(self) -> int | None:
        return self.service.child_count(None, self.show_archived)

    def fetch(self, parent: Row | None, offset: int, limit: int) -> Page:
        parent_id = parent.id if parent is not None else None
        rows = self.service.children(parent_id, offset, limit, self.sort, self.show_archived)
        return Page([(r, r.child_count) for r in rows], len(rows) < limit)


@dataclass
class TerritorySource:
    """Territory tree, each territory listing its sub-territories then its accounts."""

    service: AccountTreeService
    sort: TreeSort = field(default_factory=TreeSort)
    show_archived: bool = False

    def root_count(self) -> int | None:
        return len(self.service.territories(None))

    def fetch(self, parent: Row | None, offset: int, limit: int) -> Page:
        if parent is None:
            territories = self.service.territories(None)
            return Page([(t, t.child_count) for t in territories], True)
        if isinstance(parent, AccountRow):
            return Page([], True)
        subs = self.service.territories(parent.id) if offset == 0 else []
        sub_count = len(subs) if offset == 0 else self._sub_count(parent)
        accounts = self.service.in_territory(
            parent.id, max(0, offset - sub_count), limit, self.sort, self.show_archived
        )
        rows: list[tuple[Row, int | None]] = [(t, t.child_count) for t in subs]
        rows += [(a, 0) for a in accounts]
        return Page(rows, len(accounts) < limit)

    def _sub_count(self, parent: Any) -> int:
        return len(self.service.territories(parent.id))


@dataclass
class FilterSource:
    """A flat list of the accounts a filter lets through."""

    service: AccountTreeService
    wanted: AccountFilter
    sort: TreeSort = field(default_factory=TreeSort)

    def root_count(self) -> int | None:
        return None

    def fetch(self, parent: Row | None, offset: int, limit: int) -> Page:
        if parent is not None:
            return Page([], True)
        rows = self.service.filtered(self.wanted, offset, limit, self.sort)
        return Page([(r, 0) for r in rows], len(rows) < limit)
