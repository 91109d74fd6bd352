"""Year-to-date sell-in against target for rows of the account tree, rolled up over each
account's subtree, for a batch of accounts in a few set-based queries (never one per row).

The figures cover the whole months of the year before the current one (January up to last
month), in the account's own currency:

- **sales**: the sell-in of the account and of every account below it (archived ones too,
  as the tree's issue columns count them), summed. Facts are recorded where they happen, so
  nothing is counted twice.
- **target**: month by month, by the roll-up rule of plan vs actual
  (``domain.sales_metrics``): an account's own sell-in target where it has one for that
  month, else the sum of its children's (each by the same rule). A chain with a head-office
  target and store targets is judged by the head office's; its stores by theirs — never
  both added up. An account's own target is its whole-account target (no category); an
  account with category targets only is judged by their sum, as the discrepancy view does.

Figures in other currencies than the account's are left out (and named, so the tooltip can
say so): a percentage over euros and dong added together would mean nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, null, select, union_all
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sales_metrics import rolled_up_targets
from acct_desktop.store.models import Account, SalesFact, Target

ZERO = Decimal("0.00")
BATCH = 500  # roots per query (bound parameters stay far below every backend's limit)


@dataclass(frozen=True, slots=True)
class YtdFigures:
    currency: str  # the account's, which the figures are in
    sales: Decimal = ZERO
    target: Decimal | None = None
    left_out: tuple[str, ...] = ()  # other currencies found below the account, sorted


def ytd_window(today: date) -> tuple[date, date]:
    """[first, end) of the whole months counted: January 1st up to the current month's 1st
    (empty in January)."""
    return date(today.year, 1, 1), date(today.year, today.month, 1)


def _subtrees(roots: Sequence[uuid.UUID], name: str) -> Any:
    """(root, member) for every account of each root's subtree, the root included. UNION,
    not UNION ALL: each pair once, and a corrupt loop in the hierarchy ends."""
    tree = (
        select(Account.id.label("root"), Account.id.label("member"))
        .where(Account.id.in_(roots))
        .cte(name, recursive=True)
    )
    child = aliased(Account)
    return tree.union(select(tree.c.root, child.id).where(child.parent_id == tree.c.member))


def ytd_rollup(
    session: Session, accounts: dict[uuid.UUID, str], today: date
) -> dict[uuid.UUID, YtdFigures]:
    """The rolled-up YTD figures of ``accounts`` (id → the account's currency): one grouped
    query per ``BATCH`` accounts, plus one for the hierarchy when targets are set below
    them."""
    first, end = ytd_window(today)
    found: dict[uuid.UUID, YtdFigures] = {}
    ids = list(accounts)
    for start in range(0, len(ids), BATCH):
        roots = ids[start : start + BATCH]
        sales, targets = _figures(session, roots, first, end) if first < end else ({}, {})
        for root in roots:
            currency = accounts[root]
            mine = sales.get(root, {})
            target = targets.get(root, {})
            others = (set(mine) | set(target)) - {currency}
            found[root] = YtdFigures(
                currency=currency,
                sales=mine.get(currency, ZERO),
                target=target.get(currency),
                left_out=tuple(sorted(others)),
            )
    return found


Sums = dict[uuid.UUID, dict[str, Decimal]]  # root → currency → amount


def _figures(
    session: Session, roots: Sequence[uuid.UUID], first: date, end: date
) -> tuple[Sums, Sums]:
    """(sales, targets) of each root's subtree in the window.

    One statement: each member's own target rows and own sell-in are summed first (their
    index entries read in account order), then joined to the roots they are below — several
    times faster on SQLite than joining the facts to the subtree rows directly, which seeks
    the index in the hierarchy's order. Targets come back per member and month, for the
    roll-up rule (``_rolled_targets``)."""
    tree = _subtrees(roots, "ytd_tree")
    members = select(tree.c.member)
    whole_row = Target.category.is_(None)
    own_targets = (
        select(
            Target.account_id,
            Target.period_start,
            Target.currency,
            whole_row.label("whole"),
            func.sum(Target.amount).label("total"),
        )
        .where(
            Target.account_id.in_(members),
            Target.period_kind == "month",
            Target.measure == Measure.SELL_IN,
            Target.period_start >= first,
            Target.period_start < end,
        )
        .group_by(Target.account_id, Target.period_start, Target.currency, whole_row)
        .subquery("ytd_own_targets")
    )
    own_sales = (
        select(
            SalesFact.account_id,
            SalesFact.currency,
            func.sum(SalesFact.amount).label("total"),
        )
        .where(
            SalesFact.account_id.in_(members),
            SalesFact.measure == Measure.SELL_IN,
            SalesFact.period >= first,
            SalesFact.period < end,
        )
        .group_by(SalesFact.account_id, SalesFact.currency)
        .subquery("ytd_own_sales")
    )
    # The targets' columns first: they give the union its types.
    targets = select(
        tree.c.root,
        own_targets.c.account_id,
        own_targets.c.period_start,
        own_targets.c.currency,
        own_targets.c.whole,
        own_targets.c.total,
    ).join(own_targets, own_targets.c.account_id == tree.c.member)
    sales = (
        select(
            tree.c.root,
            null(),  # no account: the sum over the subtree
            null(),
            own_sales.c.currency,
            null(),
            func.sum(own_sales.c.total),
        )
        .join(own_sales, own_sales.c.account_id == tree.c.member)
        .group_by(tree.c.root, own_sales.c.currency)
    )
    sold: Sums = defaultdict(dict)
    rows: list[tuple[uuid.UUID, uuid.UUID, date, str, bool, Decimal]] = []
    for root, account, month, currency, whole, total in session.execute(union_all(targets, sales)):
        if account is None:
            if total is not None:
                sold[root][currency] = total
        else:
            rows.append((root, account, month, currency, bool(whole), total))
    return sold, _rolled_targets(session, tree, roots, rows)


def _rolled_targets(
    session: Session,
    tree: Any,
    roots: Sequence[uuid.UUID],
    rows: list[tuple[uuid.UUID, uuid.UUID, date, str, bool, Decimal]],
) -> Sums:
    """root → currency → its target by the roll-up rule, month by month, from the target
    rows (root, member, month, currency, whole-account row, amount) of its subtree."""
    if not rows:
        return {}
    whole: dict[tuple[date, str], dict[uuid.UUID, Decimal]] = defaultdict(dict)
    parts: dict[tuple[date, str], dict[uuid.UUID, Decimal]] = defaultdict(dict)
    below = False  # a target set below one of the roots
    for root, account, month, currency, is_whole, amount in rows:
        (whole if is_whole else parts)[(month, currency)][account] = amount
        below = below or account != root
    parents: dict[uuid.UUID, uuid.UUID | None] = {}
    if below:  # the walk up from those targets needs the chains to the roots
        parents = dict(
            session.execute(
                select(tree.c.member, Account.parent_id)
                .join(Account, Account.id == tree.c.member)
                .distinct()
            ).all()
        )
    wanted = set(roots)
    found: Sums = defaultdict(dict)
    for key in whole.keys() | parts.keys():
        own = parts.get(key, {}) | whole.get(key, {})  # whole-account rows win
        currency = key[1]
        for root, amount in rolled_up_targets(parents, own, wanted).items():
            found[root][currency] = found[root].get(currency, ZERO) + amount
    return found
