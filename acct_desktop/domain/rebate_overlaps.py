"""Which rebate agreements count the same sales: the overlap rule.

An agreement counts the sell-in of its account and every account under it (a head office's
agreement counts its branches'), of its product category (``None``: every product), on the
days of its period. Two agreements in force or on their way to it (draft, pending approval,
active) whose accounts, products and days meet would both pay a rebate on the sales they
share — stacking can be intended, but never unnoticed: the register form warns before it
saves or submits one, and either's statement names the other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from acct_desktop.domain.enums import RebateStatus

# the agreements that pay, or will once approved: the others pay nothing any more
LIVE_STATUSES = frozenset({RebateStatus.DRAFT, RebateStatus.PENDING_APPROVAL, RebateStatus.ACTIVE})


@dataclass(frozen=True, slots=True)
class RebateScope:
    """What an agreement counts: the sales of ``account_id`` and the accounts under it, of
    ``category`` (``None``: all products), from ``period_start`` to ``period_end``."""

    agreement_id: uuid.UUID | None  # None: not entered yet
    number: str
    status: RebateStatus
    account_id: uuid.UUID
    category: str | None
    period_start: date
    period_end: date


@dataclass(frozen=True, slots=True)
class Overlap:
    """The sales ``other`` counts too: those of ``account_id`` (the lower of the two
    accounts, with the accounts under it), of ``category`` (``None``: every product), from
    ``start`` to ``end``."""

    other: RebateScope
    account_id: uuid.UUID
    category: str | None
    start: date
    end: date


def lineage(account_id: uuid.UUID, parents: Mapping[uuid.UUID, uuid.UUID | None]) -> list:
    """``account_id`` and the accounts above it, nearest first (a loop is cut)."""
    chain: list[uuid.UUID] = []
    current: uuid.UUID | None = account_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def overlap(
    scope: RebateScope, other: RebateScope, parents: Mapping[uuid.UUID, uuid.UUID | None]
) -> Overlap | None:
    """The sales both count, or ``None`` when their accounts, products or days never meet
    (one account must be the other or above it; a category matches itself or all)."""
    if scope.agreement_id is not None and scope.agreement_id == other.agreement_id:
        return None
    start, end = (
        max(scope.period_start, other.period_start),
        min(scope.period_end, other.period_end),
    )
    if start > end:
        return None
    if (
        scope.category is not None
        and other.category is not None
        and scope.category.strip().casefold() != other.category.strip().casefold()
    ):
        return None
    if other.account_id in lineage(scope.account_id, parents):
        lower = scope.account_id
    elif scope.account_id in lineage(other.account_id, parents):
        lower = other.account_id
    else:
        return None
    category = scope.category if scope.category is not None else other.category
    return Overlap(other, lower, category, start, end)


def overlaps(
    scope: RebateScope,
    others: Iterable[RebateScope],
    parents: Mapping[uuid.UUID, uuid.UUID | None],
) -> list[Overlap]:
    """Every live agreement of ``others`` counting some of ``scope``'s sales, by number."""
    found = [
        shared
        for other in others
        if other.status in LIVE_STATUSES and (shared := overlap(scope, other, parents)) is not None
    ]
    return sorted(found, key=lambda shared: shared.other.number)
