"""Plan against actual for a period, a measure and a currency: the figures behind the
discrepancy view, read once per period and then rolled up in memory.

One ``PlanSnapshot`` answers every drill-down of the view without another query: the
account hierarchy (an account's actual covers everything below it; its target is its own,
else its children's — see ``domain.sales_metrics``), territories (the facts of the
territory's accounts; the territory's own target, else its accounts'), and categories.
Amounts are in one currency at a time: facts and targets in other currencies are left
out and counted in ``other_currencies`` so the view can say so — never added together.

A period still in progress is compared to date: when its figures reach only some day
(``PlanSnapshot.through``), its targets are the whole months before that day plus the
share of that day's month elapsed, and rates per day or week count the days covered. A
month that is over counts whole once any of its figures are in: an ERP's export of
October covers October, though its last delivery was on the 29th. When no figures of the
measure have come in for the period at all (``PlanSnapshot.awaiting``), there is nothing to
compare: no variance, "no figures yet" — not a 100 % shortfall. A month of a longer period
without any figures of the measure (before the first month imported, a month never
imported) is left out of it (``PlanSnapshot.missing``): its target is not counted against
sales nobody imported.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import AccountKind, Measure
from acct_desktop.domain.sales_metrics import (
    BehindBelow,
    PlanFigures,
    Standing,
    Thresholds,
    behind_below,
    effective_targets,
    findings,
    group_roots,
    prorated,
    roots_target,
    standing,
    subtree_totals,
)
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, SalesFact, Target, Territory
from acct_desktop.store.sql_dates import month_start

ZERO = Decimal(0)
NO_CATEGORY = ""


@dataclass(frozen=True, slots=True)
class Period:
    """Whole months from ``start`` (a first of month) to ``end`` (a last day), inclusive."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @classmethod
    def months(cls, first: date, count: int = 1) -> Period:
        """``count`` months starting with ``first``'s month."""
        year, month = first.year, first.month + count
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return cls(first.replace(day=1), date(year, month, 1) - timedelta(days=1))

    def month_starts(self) -> list[date]:
        months, current = [], self.start.replace(day=1)
        while current <= self.end:
            months.append(current)
            current = Period.months(current).end + timedelta(days=1)
        return months


class MonthFigures(NamedTuple):
    """One month of ``PlanActuals.month_by_month``."""

    month: date
    actual: Decimal
    target: Decimal | None
    awaiting: bool = False  # no figures of the measure in for this month (yet, or ever)


@dataclass(frozen=True, slots=True)
class AccountNode:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    kind: AccountKind
    territory_id: uuid.UUID | None


@dataclass
class PlanSnapshot:
    """Everything the discrepancy view shows for one period, measure and currency."""

    period: Period
    measure: Measure
    currency: str
    accounts: dict[uuid.UUID, AccountNode]
    own_actual: dict[uuid.UUID, Decimal]
    own_target: dict[uuid.UUID, Decimal]
    territory_target: dict[uuid.UUID, Decimal]
    territory_names: dict[uuid.UUID, str]
    units: dict[tuple[uuid.UUID, Measure], Decimal]  # sell-out and outbound units, own
    closing_stock: dict[uuid.UUID, Decimal]  # own closing stock units
    category_actual: dict[tuple[uuid.UUID, str], Decimal]  # (account, category) own
    category_target: dict[tuple[uuid.UUID | None, str], Decimal]  # account or None=territory
    other_currencies: dict[str, int] = field(default_factory=dict)  # currency → facts left out
    through: date | None = None  # the period is in progress and its figures reach this day
    awaiting: bool = False  # none of the period's figures of the measure are in
    as_of: date | None = None  # the day the snapshot was read for ("today")
    # the months of the period, up to ``through``, without any figures of the measure: left
    # out of its targets and days
    missing: tuple[date, ...] = ()
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def days(self) -> int:
        """The days the figures cover: the period's, or up to ``through``, less the
        months without figures."""
        end = self.through or self.period.end
        left_out = sum(min(Period.months(m).end, end).day for m in self.missing if m <= end)
        return (end - self.period.start).days + 1 - left_out

    # -- hierarchy -------------------------------------------------------------------------
    @property
    def parents(self) -> dict[uuid.UUID, uuid.UUID | None]:
        if "parents" not in self._cache:
            self._cache["parents"] = {
                a.id: (a.parent_id if a.parent_id in self.accounts else None)
                for a in self.accounts.values()
            }
        return self._cache["parents"]  # type: ignore[return-value]

    def _rolled(
        self, name: str, own: Callable[[], dict[uuid.UUID, Decimal]]
    ) -> dict[uuid.UUID, Decimal]:
        """The subtree totals of ``own()``, worked out once per snapshot (``own`` is only
        called then: the tree asks for the figures of every account it shows)."""
        if name not in self._cache:
            self._cache[name] = subtree_totals(self.parents, own())
        return self._cache[name]  # type: ignore[return-value]

    @property
    def actual(self) -> dict[uuid.UUID, Decimal]:
        return self._rolled("actual", lambda: self.own_actual)

    @property
    def target(self) -> dict[uuid.UUID, Decimal | None]:
        if "target" not in self._cache:
            self._cache["target"] = effective_targets(self.parents, self.own_target)
        return self._cache["target"]  # type: ignore[return-value]

    def children_of(self, account_id: uuid.UUID | None) -> list[uuid.UUID]:
        """The accounts directly below ``account_id`` (the top accounts for None)."""
        if "children" not in self._cache:
            children: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
            for node, parent in self.parents.items():
                children[parent].append(node)
            self._cache["children"] = children
        return list(self._cache["children"].get(account_id, ()))  # type: ignore[attr-defined]

    def figures(self, account_id: uuid.UUID) -> PlanFigures:
        """The account and everything below it."""
        sold = self._rolled("sold", lambda: self._units_of(Measure.SELL_OUT))
        shipped = self._rolled("shipped", lambda: self._units_of(Measure.OUTBOUND))
        stock = self._rolled("stock", lambda: self.closing_stock)
        has_stock = self._rolled("has_stock", lambda: {k: Decimal(1) for k in self.closing_stock})
        shipping = self._rolled("shipping", self._shipping_stock)
        has_shipping = self._rolled(
            "has_shipping", lambda: dict.fromkeys(self._shipping_stock(), Decimal(1))
        )
        return PlanFigures(
            actual=self.actual.get(account_id, ZERO),
            target=self.target.get(account_id),
            sold_out_units=sold.get(account_id) or None,
            outbound_units=shipped.get(account_id) or None,
            closing_stock_units=stock.get(account_id) if has_stock.get(account_id) else None,
            shipping_stock_units=(
                shipping.get(account_id) if has_shipping.get(account_id) else None
            ),
            days=self.days,
            awaiting=self.awaiting,
        )

    def work_out_totals(self) -> None:
        """Every account's totals with everything below it, worked out now (a few tenths of
        a second on 10,000 accounts) rather than on the first ``figures`` call."""
        if self.accounts:
            self.figures(next(iter(self.accounts)))

    def _units_of(self, measure: Measure) -> dict[uuid.UUID, Decimal]:
        return {k: v for (k, m), v in self.units.items() if m is measure}

    def _shipping_stock(self) -> dict[uuid.UUID, Decimal]:
        """The own closing stock of the accounts that shipped (reported outbound)."""
        return {k: v for k, v in self.closing_stock.items() if (k, Measure.OUTBOUND) in self.units}

    def group_figures(
        self, members: Iterable[uuid.UUID], own_target: Decimal | None
    ) -> PlanFigures:
        """A group of accounts (a territory): their own facts added once each; the group's
        own target, else the targets of its top members."""
        members = [m for m in members if m in self.accounts]
        roots = group_roots(members, self.parents)

        def own_sum(values: dict[uuid.UUID, Decimal]) -> Decimal:
            return sum((values.get(m, ZERO) for m in members), ZERO)

        stock_members = [m for m in members if m in self.closing_stock]
        shipping = self._shipping_stock()
        shipping_members = [m for m in members if m in shipping]
        targets = [self.target.get(r) for r in roots]
        known = [t for t in targets if t is not None]
        return PlanFigures(
            actual=own_sum(self.own_actual),
            target=own_target if own_target is not None else (sum(known, ZERO) if known else None),
            sold_out_units=sum((self.units.get((m, Measure.SELL_OUT), ZERO) for m in members), ZERO)
            or None,
            outbound_units=sum((self.units.get((m, Measure.OUTBOUND), ZERO) for m in members), ZERO)
            or None,
            closing_stock_units=(
                sum((self.closing_stock[m] for m in stock_members), ZERO) if stock_members else None
            ),
            shipping_stock_units=(
                sum((shipping[m] for m in shipping_members), ZERO) if shipping_members else None
            ),
            days=self.days,
            awaiting=self.awaiting,
        )

    # -- behind plan ----------------------------------------------------------------------
    def behind_plan(self, thresholds: Thresholds) -> dict[uuid.UUID, Decimal]:
        """The accounts with a target of their own that stand behind plan by ``thresholds``
        (``percent_standing``), furthest behind first, with their variance %: what the
        summary line counts ("1 of 5 accounts with a target are … behind plan")."""
        key = f"behind {thresholds!r}"
        if key not in self._cache:
            found = []
            for account_id in self.own_target:
                if account_id not in self.accounts:
                    continue
                figures = self.figures(account_id)
                if standing(figures, thresholds) == Standing.BEHIND:
                    assert figures.variance_percent is not None
                    found.append(
                        (figures.variance_percent, self.accounts[account_id].name, account_id)
                    )
            found.sort(key=lambda item: (item[0], item[1].casefold()))
            self._cache[key] = {account_id: percent for percent, _name, account_id in found}
        return self._cache[key]  # type: ignore[return-value]

    def target_from_below(self, account_id: uuid.UUID) -> bool:
        """The account has no target of its own: its target is what is planned below it
        (an HQ's, a regional office's, a DC's made of its warehouses')."""
        return account_id not in self.own_target and self.target.get(account_id) is not None

    def behind_from_below(self, thresholds: Thresholds) -> int:
        """How many accounts without a target of their own stand behind the targets summed
        from below them — rows the summary line's count of accounts with a target leaves
        out, though they read "Behind (from below)"."""
        key = f"behind from below {thresholds!r}"
        if key not in self._cache:
            self._cache[key] = sum(
                1
                for account_id in self.accounts
                if self.target_from_below(account_id)
                and standing(self.figures(account_id), thresholds) == Standing.BEHIND
            )
        return self._cache[key]  # type: ignore[return-value]

    def behind_below(self, thresholds: Thresholds) -> dict[uuid.UUID, BehindBelow]:
        """For every account with an account behind plan somewhere below it: how many, and
        the furthest behind — so a collapsed row can say so without its children being
        read. Worked out once per snapshot and thresholds (call it off the UI thread)."""
        key = f"behind below {thresholds!r}"
        if key not in self._cache:
            self._cache[key] = behind_below(self.parents, self.behind_plan(thresholds))
        return self._cache[key]  # type: ignore[return-value]

    def territory_behind(self, thresholds: Thresholds) -> dict[uuid.UUID | None, BehindBelow]:
        """For every territory with accounts behind plan: how many, and the furthest behind."""
        key = f"territory behind {thresholds!r}"
        if key not in self._cache:
            behind = self.behind_plan(thresholds)
            found: dict[uuid.UUID | None, BehindBelow] = {}
            for territory_id, members in self.territory_members().items():
                mine = [m for m in members if m in behind]
                if mine:
                    worst = min(mine, key=lambda m: behind[m])
                    found[territory_id] = BehindBelow(len(mine), worst, behind[worst])
            self._cache[key] = found
        return self._cache[key]  # type: ignore[return-value]

    def stock_findings(self, thresholds: Thresholds) -> tuple[int, int, int]:
        """(accounts that report stock, how many of them have less cover than
        ``cover_weeks_min``, how many hold stock longer than ``turnover_days_max``)."""
        key = f"stock {thresholds!r}"
        if key not in self._cache:
            reporting = low = slow = 0
            # in the stock view, the accounts whose stock is counted in its currency
            counted = self.own_actual if self.measure is Measure.STOCK else self.closing_stock
            for account_id in self.closing_stock:
                if account_id not in self.accounts or account_id not in counted:
                    continue
                reporting += 1
                kinds = {f.kind for f in findings(self.figures(account_id), thresholds)}
                low += "low_cover" in kinds
                slow += "slow_stock" in kinds
            self._cache[key] = (reporting, low, slow)
        return self._cache[key]  # type: ignore[return-value]

    # -- territories -----------------------------------------------------------------------
    def territory_members(self) -> dict[uuid.UUID | None, list[uuid.UUID]]:
        """Accounts by territory; an account without one takes its nearest ancestor's."""
        if "territories" not in self._cache:
            members: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
            for node in self.accounts.values():
                members[self._territory_of(node)].append(node.id)
            self._cache["territories"] = members
        return self._cache["territories"]  # type: ignore[return-value]

    def _territory_of(self, node: AccountNode) -> uuid.UUID | None:
        current: AccountNode | None = node
        for _ in range(len(self.accounts) + 1):
            if current is None:
                return None
            if current.territory_id is not None:
                return current.territory_id
            current = self.accounts.get(current.parent_id) if current.parent_id else None
        return None

    def territory_figures(self, territory_id: uuid.UUID | None) -> PlanFigures:
        members = self.territory_members().get(territory_id, [])
        own = self.territory_target.get(territory_id) if territory_id else None
        return self.group_figures(members, own)

    # -- categories ------------------------------------------------------------------------
    def categories(self) -> list[str]:
        names = {c for _a, c in self.category_actual} | {c for _a, c in self.category_target}
        return sorted(names, key=lambda c: (c == NO_CATEGORY, c.casefold()))

    def category_figures(self, category: str, account_id: uuid.UUID | None = None) -> PlanFigures:
        """A category for everything (or for an account and what is below it)."""
        own_actual = {a: v for (a, c), v in self.category_actual.items() if c == category}
        own_target = {
            a: v for (a, c), v in self.category_target.items() if c == category and a is not None
        }
        if account_id is not None:
            actual = subtree_totals(self.parents, own_actual).get(account_id, ZERO)
            target = effective_targets(self.parents, own_target).get(account_id)
        else:
            actual = sum(own_actual.values(), ZERO)
            overall = self.category_target.get((None, category))
            if overall is None:
                tops = effective_targets(self.parents, own_target)
                known = [tops[r] for r in self.children_of(None) if tops.get(r) is not None]
                overall = sum(known, ZERO) if known else None  # type: ignore[arg-type]
            target = overall
        return PlanFigures(actual=actual, target=target, days=self.days, awaiting=self.awaiting)

    def category_accounts(self, category: str) -> list[uuid.UUID]:
        """Accounts with facts or targets in the category."""
        return sorted(
            {a for (a, c) in self.category_actual if c == category}
            | {a for (a, c) in self.category_target if c == category and a is not None},
            key=lambda a: self.accounts[a].name.casefold() if a in self.accounts else "",
        )


class PlanActuals:
    """Reads ``PlanSnapshot``s from the database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def currencies(self, measure: Measure, period: Period) -> list[str]:
        """Currencies of the period's facts, the most used first, then those only planned
        in (a period whose figures are not in yet still shows its plan)."""
        with self._db.session() as session:
            rows = session.execute(
                select(SalesFact.currency, func.count())
                .where(_in_period(period), SalesFact.measure == measure)
                .group_by(SalesFact.currency)
                .order_by(func.count().desc(), SalesFact.currency)
            ).all()
            planned = session.execute(
                select(Target.currency, func.count())
                .where(
                    Target.period_start >= period.start,
                    Target.period_start <= period.end,
                    Target.measure == measure,
                )
                .group_by(Target.currency)
                .order_by(func.count().desc(), Target.currency)
            ).all()
        found = [currency for currency, _count in rows]
        return found + [c for c, _count in planned if c not in found]

    def latest_month(self) -> date | None:
        """The first day of the last month with any sales facts."""
        with self._db.session() as session:
            latest = session.scalar(select(func.max(SalesFact.period)))
        return latest.replace(day=1) if latest else None

    def snapshot(
        self,
        period: Period,
        measure: Measure,
        currency: str | None = None,
        today: date | None = None,
    ) -> PlanSnapshot:
        """The period's figures for ``measure`` in ``currency`` (default: the most used).

        Given ``today`` within the period, the period is in progress: if its figures reach
        only an earlier day, targets count to that day; if none have come in, it awaits them
        (see the module's docstring)."""
        if currency is None:
            found = self.currencies(measure, period)
            currency = found[0] if found else "EUR"
        with self._db.session() as session:
            through = figures_reach(session, period, measure, today, currency)
            covered = covered_months(session, period, measure, currency)
            awaiting = awaits_figures(session, period, measure, currency)
            last = (through or period.end).replace(day=1)
            missing = tuple(m for m in period.month_starts() if m <= last and m not in covered)
            if awaiting:
                missing = ()  # nothing is in: said as such, not month by month

            def targets(read):  # type: ignore[no-untyped-def]
                return _to_date(read, session, period, measure, currency, through, missing)

            accounts = {
                row.id: AccountNode(
                    row.id, row.parent_id, row.code, row.name, row.kind, row.territory_id
                )
                for row in session.execute(
                    select(
                        Account.id,
                        Account.parent_id,
                        Account.code,
                        Account.name,
                        Account.kind,
                        Account.territory_id,
                    ).where(Account.archived_at.is_(None))
                )
            }
            snapshot = PlanSnapshot(
                period=period,
                measure=measure,
                currency=currency,
                accounts=accounts,
                own_actual=_own_actual(session, period, measure, currency),
                own_target=targets(_own_targets),
                territory_target=targets(_territory_targets),
                territory_names=dict(session.execute(select(Territory.id, Territory.name)).all()),
                units=_units(session, period),
                closing_stock=_closing_stock(session, period),
                category_actual=_category_actual(session, period, measure, currency),
                category_target=targets(_category_targets),
                other_currencies=_other_currencies(session, period, measure, currency),
                through=through,
                awaiting=awaiting,
                as_of=today,
                missing=missing,
            )
        snapshot.work_out_totals()  # here, off the UI thread, not on the view's first look
        return snapshot

    def month_by_month(
        self, snapshot: PlanSnapshot, months: list[date], account_id: uuid.UUID | None = None
    ) -> list[MonthFigures]:
        """Actual and target of each month in the snapshot's measure and currency, for
        everything or an account and what is below it; targets by the same rule as the
        snapshot, month by month. A month without any figures of the measure (the month in
        progress, a quarter's months to come, a month never imported) awaits them: no
        actual, no variance — not a 100 % shortfall."""
        if not months:
            return []
        measure, currency = snapshot.measure, snapshot.currency
        span = Period(months[0], Period.months(months[-1]).end)
        scope = [] if account_id is None else [SalesFact.account_id.in_(subtree_ids(account_id))]
        with self._db.session() as session:
            if measure is Measure.STOCK:
                actual = {
                    month: sum(
                        _closing(
                            session, Period.months(month), SalesFact.amount, currency, scope
                        ).values(),
                        ZERO,
                    )
                    for month in months
                }
            else:
                bucket = month_start(SalesFact.period)
                actual = dict(
                    session.execute(
                        select(bucket, func.sum(SalesFact.amount))
                        .where(
                            _in_period(span),
                            SalesFact.measure == measure,
                            SalesFact.currency == currency,
                            *scope,
                        )
                        .group_by(bucket)
                    ).all()
                )
            target_scope = (
                [] if account_id is None else [Target.account_id.in_(subtree_ids(account_id))]
            )
            rows = session.execute(
                select(Target.period_start, Target.account_id, func.sum(Target.amount))
                .where(
                    *_target_rows(session, span, measure, currency),
                    Target.account_id.is_not(None),
                    Target.category.is_(None),
                    *target_scope,
                )
                .group_by(Target.period_start, Target.account_id)
            ).all()
            territory_rows = (
                session.execute(
                    select(Target.period_start, func.sum(Target.amount))
                    .where(
                        *_target_rows(session, span, measure, currency),
                        Target.account_id.is_(None),
                        Target.territory_id.is_not(None),
                        Target.category.is_(None),
                    )
                    .group_by(Target.period_start)
                ).all()
                if account_id is None
                else []
            )
            awaiting = set(months) - covered_months(session, span, measure, currency)
        own: dict[date, dict[uuid.UUID, Decimal]] = defaultdict(dict)
        for month, account, amount in rows:
            own[month][account] = amount
        territory = dict(territory_rows)
        out = []
        for month in months:
            targets = effective_targets(snapshot.parents, own.get(month, {}))
            if account_id is None:
                known = [
                    targets[t] for t in snapshot.children_of(None) if targets.get(t) is not None
                ]
                target = sum(known, ZERO) if known else territory.get(month)
            else:
                target = targets.get(account_id)
            through = snapshot.through
            if target is not None and through is not None and through.replace(day=1) == month:
                # the month in progress, to date
                target = prorated(target, month, month, through, snapshot.currency)
            out.append(MonthFigures(month, actual.get(month, ZERO), target, month in awaiting))
        return out

    def scope_targets(
        self,
        measure: Measure,
        first: date,
        last: date,
        territory_id: uuid.UUID | None = None,
        territory_accounts: Any = None,
        account_id: uuid.UUID | None = None,
    ) -> dict[tuple[date, str], Decimal]:
        """(month, currency) → the plan of everything, of a territory or of an account (and
        what is below it), by the same rule as the view: an account's own target, else its
        children's; a territory's own target, else its top accounts'; for everything, the
        top accounts', else the territories'. ``territory_accounts`` is a selectable of the
        territory's account ids (with its sub-territories' if the caller wants them)."""
        month_rows = (
            Target.period_kind == "month",
            Target.measure == measure,
            Target.period_start >= first,
            Target.period_start <= last,
        )
        with self._db.session() as session:
            parents = dict(
                session.execute(
                    select(Account.id, Account.parent_id).where(Account.archived_at.is_(None))
                ).all()
            )
            account_rows = session.execute(
                select(
                    Target.period_start,
                    Target.currency,
                    Target.account_id,
                    Target.category.is_(None),
                    func.sum(Target.amount),
                )
                .where(*month_rows, Target.account_id.is_not(None))
                .group_by(
                    Target.period_start,
                    Target.currency,
                    Target.account_id,
                    Target.category.is_(None),
                )
            ).all()
            territory_query = select(
                Target.period_start, Target.currency, func.sum(Target.amount)
            ).where(*month_rows, Target.account_id.is_(None), Target.category.is_(None))
            territory_query = territory_query.where(
                Target.territory_id == territory_id
                if territory_id is not None
                else Target.territory_id.is_not(None)
            )
            territory_rows = session.execute(
                territory_query.group_by(Target.period_start, Target.currency)
            ).all()
            members = (
                set(session.scalars(territory_accounts).all())
                if territory_id is not None and territory_accounts is not None
                else None
            )
        parents = {a: (p if p in parents else None) for a, p in parents.items()}
        whole: dict[tuple[date, str], dict[uuid.UUID, Decimal]] = defaultdict(dict)
        by_category: dict[tuple[date, str], dict[uuid.UUID, Decimal]] = defaultdict(dict)
        for month, currency, account, is_whole, amount in account_rows:
            (whole if is_whole else by_category)[(month, currency)][account] = amount
        own_territory = {(m, c): amount for m, c, amount in territory_rows}
        if account_id is not None:
            roots = [account_id]
            own_territory = {}
        elif members is None:
            roots = [a for a, p in parents.items() if p is None]
        else:
            roots = group_roots(members, parents)
        totals: dict[tuple[date, str], Decimal] = {}
        for key in set(whole) | set(by_category) | set(own_territory):
            if territory_id is not None and key in own_territory:
                totals[key] = own_territory[key]
                continue
            planned = roots_target(parents, by_category.get(key, {}) | whole.get(key, {}), roots)
            if planned is not None:
                totals[key] = planned
            elif key in own_territory:
                totals[key] = own_territory[key]
        return totals


# -- a period in progress -----------------------------------------------------------------
def figures_reach(
    session: Session,
    period: Period,
    measure: Measure,
    today: date | None,
    currency: str | None = None,
) -> date | None:
    """The last day the figures of ``measure`` (in ``currency``, when given) reach in a
    period still in progress on ``today``, if before the period's end; else None (the
    period is compared whole).

    Facts dated the 1st are monthly figures covering their month (this month: up to
    today), unless that month has daily facts too; daily facts of a month that is over
    cover it whole (its export ends with its last delivery, not its last day). Stock is a
    level, not a flow: never counted to date. Each currency is asked on its own because
    each country's ERP sends its figures on its own day: the Dutch figures reaching the
    21st say nothing about how far the Chinese ones go."""
    if today is None or not period.start <= today <= period.end or measure is Measure.STOCK:
        return None
    first = SalesFact.period == month_start(SalesFact.period)
    daily, monthly = session.execute(
        select(
            func.max(case((~first, SalesFact.period))),
            func.max(case((first, SalesFact.period))),
        ).where(_in_period(period), SalesFact.measure == measure, *_of_currency(currency))
    ).one()
    if daily is None and monthly is None:
        return None
    if daily is not None and (monthly is None or monthly <= daily):
        reached = daily
        month_end = Period.months(daily).end
        if month_end < today:  # a month that is over: its export covers it whole
            reached = month_end
    else:
        reached = Period.months(monthly).end
    reached = min(reached, today)
    return reached if reached < period.end else None


def awaits_figures(
    session: Session, period: Period, measure: Measure, currency: str | None = None
) -> bool:
    """The one rule of "no figures yet": not one figure of ``measure`` (in ``currency``; by
    default in any) was imported for the period — whether it is in progress or over. There
    is nothing to compare then: no actual of 0, no 100 % shortfall. The Plan vs actual
    dock, the KPI tiles, the alerts and the monthly summary all ask this."""
    return not has_facts(session, period, measure, currency)


def has_facts(
    session: Session, period: Period, measure: Measure, currency: str | None = None
) -> bool:
    """Whether any figures of ``measure`` (in ``currency``; by default in any) fall in the
    period."""
    found = session.scalar(
        select(SalesFact.id)
        .where(_in_period(period), SalesFact.measure == measure, *_of_currency(currency))
        .limit(1)
    )
    return found is not None


def covered_months(
    session: Session, period: Period, measure: Measure, currency: str | None = None
) -> set[date]:
    """The first days of the period's months with any figures of ``measure`` (in
    ``currency``; by default in any)."""
    bucket = month_start(SalesFact.period)
    return set(
        session.scalars(
            select(bucket)
            .where(_in_period(period), SalesFact.measure == measure, *_of_currency(currency))
            .group_by(bucket)
        )
    )


def _of_currency(currency: str | None) -> list[Any]:
    return [] if currency is None else [SalesFact.currency == currency]


def _to_date(read, session, period, measure, currency, through, missing=()):  # type: ignore[no-untyped-def]
    """``read``'s targets for the period, or, reaching ``through``, for the whole months
    before it plus the elapsed share of its own month — leaving out the ``missing``
    months (without figures), each run of months between them read at once."""
    month = through.replace(day=1) if through is not None else None
    if month is None and not missing:
        return read(session, period, measure, currency)
    whole: dict[Any, Decimal] = {}
    runs: list[list[date]] = []
    for start in period.month_starts():
        if start in missing or (month is not None and start >= month):
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(start)
        else:
            runs.append([start])
    for run in filter(None, runs):
        for key, amount in read(
            session, Period(run[0], Period.months(run[-1]).end), measure, currency
        ).items():
            whole[key] = whole.get(key, ZERO) + amount
    if month is not None and month not in missing:
        for key, amount in read(session, Period.months(month), measure, currency).items():
            whole[key] = whole.get(key, ZERO) + prorated(amount, month, month, through, currency)
    return whole


# -- queries ------------------------------------------------------------------------------
def _in_period(period: Period):  # type: ignore[no-untyped-def]
    return and_(SalesFact.period >= period.start, SalesFact.period <= period.end)


def _own_actual(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[uuid.UUID, Decimal]:
    if measure is Measure.STOCK:
        return _closing(session, period, SalesFact.amount, currency)
    return dict(
        session.execute(
            select(SalesFact.account_id, func.sum(SalesFact.amount))
            .where(_in_period(period), SalesFact.measure == measure, SalesFact.currency == currency)
            .group_by(SalesFact.account_id)
        ).all()
    )


def _units(session: Session, period: Period) -> dict[tuple[uuid.UUID, Measure], Decimal]:
    rows = session.execute(
        select(SalesFact.account_id, SalesFact.measure, func.sum(SalesFact.quantity))
        .where(_in_period(period), SalesFact.measure.in_((Measure.SELL_OUT, Measure.OUTBOUND)))
        .group_by(SalesFact.account_id, SalesFact.measure)
    ).all()
    return {(account, measure): units for account, measure, units in rows if units is not None}


def _closing_stock(session: Session, period: Period) -> dict[uuid.UUID, Decimal]:
    return _closing(session, period, SalesFact.quantity, None)


def _closing(session: Session, period: Period, column, currency: str | None, scope=()):  # type: ignore[no-untyped-def]
    """Each account's stock on the last day it reported stock within the period (all its
    products and categories that day)."""
    conditions = [_in_period(period), SalesFact.measure == Measure.STOCK, *scope]
    if currency is not None:
        conditions.append(SalesFact.currency == currency)
    last = (
        select(SalesFact.account_id, func.max(SalesFact.period).label("day"))
        .where(*conditions)
        .group_by(SalesFact.account_id)
        .subquery("last_stock_day")
    )
    rows = session.execute(
        select(SalesFact.account_id, func.sum(column))
        .join(
            last,
            and_(last.c.account_id == SalesFact.account_id, last.c.day == SalesFact.period),
        )
        .where(*conditions)
        .group_by(SalesFact.account_id)
    ).all()
    return {account: value for account, value in rows if value is not None}


def _target_rows(session: Session, period: Period, measure: Measure, currency: str):  # type: ignore[no-untyped-def]
    return (
        Target.period_kind == "month",
        Target.period_start >= period.start,
        Target.period_start <= period.end,
        Target.measure == measure,
        Target.currency == currency,
    )


def _own_targets(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[uuid.UUID, Decimal]:
    """An account's whole-account target rows; an account with only category rows is
    judged by their sum."""
    rows = session.execute(
        select(Target.account_id, Target.category.is_(None), func.sum(Target.amount))
        .where(*_target_rows(session, period, measure, currency), Target.account_id.is_not(None))
        .group_by(Target.account_id, Target.category.is_(None))
    ).all()
    whole = {account: amount for account, is_whole, amount in rows if is_whole}
    by_category = {account: amount for account, is_whole, amount in rows if not is_whole}
    return by_category | whole


def _territory_targets(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[uuid.UUID, Decimal]:
    return dict(
        session.execute(
            select(Target.territory_id, func.sum(Target.amount))
            .where(
                *_target_rows(session, period, measure, currency),
                Target.account_id.is_(None),
                Target.territory_id.is_not(None),
                Target.category.is_(None),
            )
            .group_by(Target.territory_id)
        ).all()
    )


def _category_actual(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[tuple[uuid.UUID, str], Decimal]:
    if measure is Measure.STOCK:
        return {}
    category = func.coalesce(SalesFact.category, Product.category, NO_CATEGORY)
    rows = session.execute(
        select(SalesFact.account_id, category, func.sum(SalesFact.amount))
        .outerjoin(Product, Product.id == SalesFact.product_id)
        .where(_in_period(period), SalesFact.measure == measure, SalesFact.currency == currency)
        .group_by(SalesFact.account_id, category)
    ).all()
    return {(account, name): amount for account, name, amount in rows}


def _category_targets(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[tuple[uuid.UUID | None, str], Decimal]:
    rows = session.execute(
        select(Target.account_id, Target.category, func.sum(Target.amount))
        .where(
            *_target_rows(session, period, measure, currency),
            Target.category.is_not(None),
            or_(Target.account_id.is_not(None), Target.territory_id.is_not(None)),
        )
        .group_by(Target.account_id, Target.category)
    ).all()
    return {(account, category): amount for account, category, amount in rows}


def _other_currencies(
    session: Session, period: Period, measure: Measure, currency: str
) -> dict[str, int]:
    rows = session.execute(
        select(SalesFact.currency, func.count(func.distinct(SalesFact.account_id)))
        .where(_in_period(period), SalesFact.measure == measure, SalesFact.currency != currency)
        .group_by(SalesFact.currency)
    ).all()
    return dict(rows)


def month_start_before(month: date) -> date:
    return (month - timedelta(days=1)).replace(day=1)


__all__ = [
    "NO_CATEGORY",
    "AccountNode",
    "MonthFigures",
    "Period",
    "PlanActuals",
    "PlanSnapshot",
    "awaits_figures",
    "figures_reach",
    "has_facts",
    "month_start",
]
