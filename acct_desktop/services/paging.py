"""Paged, sortable reads shared by the list views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    sort_key: str | None = None
    descending: bool = False


def apply_page(
    query: Select[Any],
    page: PageRequest,
    sortable: Mapping[str, Any],
    default: tuple[Any, ...],
    tiebreak: Any,
) -> Select[Any]:
    """Order ``query`` by the requested (whitelisted) key, then slice it.

    An unknown sort key falls back to ``default``; ``tiebreak`` (a unique column) keeps the
    order total so pages never repeat or skip rows.
    """
    return ordered(query, page, sortable, default, tiebreak).offset(page.offset).limit(page.limit)


def ordered(
    query: Select[Any],
    page: PageRequest,
    sortable: Mapping[str, Any],
    default: tuple[Any, ...],
    tiebreak: Any,
) -> Select[Any]:
    """``query`` in the requested order, as ``apply_page`` orders it, not sliced (for a
    caller that keeps rows by a test SQL cannot make and slices what it kept)."""
    column = sortable.get(page.sort_key or "")
    if column is None:
        order = (*default, tiebreak)
    else:
        order = (column.desc() if page.descending else column.asc(), tiebreak)
    return query.order_by(*order)
