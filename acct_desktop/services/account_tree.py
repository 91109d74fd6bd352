"""Rows of the account tree: the hierarchy, the territory grouping and filtered lists, each
with the columns a manager scans (last visit, next due, issues, year-to-date sales).

The issue and year-to-date columns cover the account and everything below it: a head
office's row is its chain's (see ``services.ytd_rollup`` for how targets roll up)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Select, and_, bindparam, case, func, literal, select
from sqlalchemy.orm import aliased

from acct_desktop.domain.enums import AccountKind, Channel, IssueStatus, Tier, VisitStatus
from acct_desktop.domain.visit_cycles import (
    DEFAULT_INTERVAL_DAYS,
    booked_from,
    next_due,
    overdue_cutoff,
)
from acct_desktop.services.subtree import row_subtree_ids
from acct_desktop.services.ytd_rollup import YtdFigures, ytd_rollup, ytd_window
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    AccountTag,
    CustomerIssue,
    Territory,
    Visit,
    VisitCycle,
)
from acct_desktop.store.types import UTCDateTime

OPEN = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


@dataclass(frozen=True)
class AccountFilter:
    """What the tree's filter bar asks for; empty means everything."""

    tiers: frozenset[Tier] = frozenset()
    channels: frozenset[Channel] = frozenset()
    kinds: frozenset[AccountKind] = frozenset()
    tag: str | None = None
    territory_id: uuid.UUID | None = None
    visit_overdue: bool = False
    issues_past_deadline: bool = False
    show_archived: bool = False

    @property
    def narrows(self) -> bool:
        """True when the filter leaves out accounts (beyond hiding archived ones)."""
        return bool(
            self.tiers
            or self.channels
            or self.kinds
            or self.tag
            or self.territory_id
            or self.visit_overdue
            or self.issues_past_deadline
        )


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    kind: AccountKind
    tier: Tier
    channel: Channel
    city: str | None
    child_count: int
    archived: bool
    # The manager's columns below are computed; a "light" row (detailed=False) has only the
    # defaults, and the tree asks ``AccountTreeService.details`` for the rows it shows.
    last_visit: datetime | None = None
    interval_days: int = DEFAULT_INTERVAL_DAYS
    open_issues: int = 0  # of the account and all its sub-accounts, as overdue_issues
    overdue_issues: int = 0
    # Sell-in of the year's whole months so far and its target, both over the account and
    # everything below it, in ``currency`` (services.ytd_rollup); ``ytd_left_out`` names
    # the other currencies found below it, which these figures leave out. They cost more
    # than the other columns, so the tree reads them only for rows whose YTD cell is shown
    # (``ytd_known`` False until then; see ``AccountTreeService.ytd``).
    ytd_sales: Decimal = Decimal("0.00")
    ytd_target: Decimal | None = None
    today: date = field(default_factory=date.today, compare=False)
    detailed: bool = True
    currency: str = ""
    ytd_left_out: tuple[str, ...] = ()
    ytd_known: bool = False
    next_planned: datetime | None = None  # the first planned visit from today on

    def with_ytd(self, figures: YtdFigures) -> AccountRow:
        """This row with its YTD figures."""
        return replace(
            self,
            ytd_sales=figures.sales,
            ytd_target=figures.target,
            currency=figures.currency,
            ytd_left_out=figures.left_out,
            ytd_known=True,
        )

    @property
    def next_due(self) -> date:
        last = self.last_visit.date() if self.last_visit else None
        return next_due(last, self.interval_days, self.today)

    @property
    def visit_overdue(self) -> bool:
        return self.next_due < self.today

    @property
    def visit_booked(self) -> date | None:
        """The day of the visit booked for an overdue account (its next planned visit,
        today or later; the alert list's rule, ``domain.alerts.visit_alert``), else None."""
        if not self.visit_overdue or self.next_planned is None:
            return None
        day = self.next_planned.astimezone().date()
        return day if day >= self.today else None

    @property
    def ytd_vs_target(self) -> Decimal | None:
        if not self.ytd_target:
            return None
        return (self.ytd_sales / self.ytd_target * 100).quantize(Decimal("0.1"))

    @property
    def ytd_months(self) -> tuple[date, date] | None:
        """(first, last) month the YTD figures cover; None in January (no whole month)."""
        first, end = ytd_window(self.today)
        if first >= end:
            return None
        return first, date(end.year, end.month - 1, 1)


@dataclass(frozen=True, slots=True)
class TerritoryRow:
    id: uuid.UUID
    code: str
    name: str
    child_count: int  # sub-territories + accounts directly in it


COMPUTED_SORT_KEYS = frozenset({"last_visit", "open_issues"})
# Sorted in Python from the rolled-up figures of every row of the level (``_ytd_page``):
# by the percentage the column shows, rows without a target last either way.
YTD_SORT_KEY = "ytd_vs_target"


@dataclass(frozen=True)
class TreeSort:
    key: str | None = None
    descending: bool = False


class AccountTreeService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._cached_columns: dict[str, Any] | None = None

    # -- the row query --------------------------------------------------------------------
    def _columns(self, today: date) -> dict[str, Any]:
        """The computed columns, built once: the dates are bound parameters (see
        ``_params``), so SQLAlchemy reuses the compiled statement on every expand."""
        if self._cached_columns is None:
            self._cached_columns = self._build_columns()
        return self._cached_columns

    @staticmethod
    def _params(today: date) -> dict[str, Any]:
        return {"tree_today": today, "tree_day_start": booked_from(today)}

    def _build_columns(self) -> dict[str, Any]:
        today = bindparam("tree_today", type_=Date)
        child = aliased(Account)
        own_cycle = aliased(VisitCycle)
        tier_cycle = aliased(VisitCycle)
        last_visit = (
            select(func.max(Visit.planned_start))
            .where(
                Visit.account_id == Account.id,
                Visit.status == VisitStatus.DONE,
                Visit.archived_at.is_(None),
            )
            .correlate(Account)
            .scalar_subquery()
        )
        interval = func.coalesce(
            select(own_cycle.interval_days)
            .where(own_cycle.account_id == Account.id)
            .correlate(Account)
            .scalar_subquery(),
            select(tier_cycle.interval_days)
            .where(tier_cycle.tier == Account.tier)
            .correlate(Account)
            .scalar_subquery(),
            DEFAULT_INTERVAL_DAYS,
        )
        # Issues count the account's whole subtree, as the profile card's Issues tab does
        # by default: a head office shows its chain's open problems.
        open_issues = (
            select(func.count())
            .where(
                CustomerIssue.account_id.in_(row_subtree_ids("open_issue_subtree")),
                CustomerIssue.status.in_(OPEN),
                CustomerIssue.archived_at.is_(None),
            )
            .correlate(Account)
            .scalar_subquery()
        )
        overdue_issues = (
            select(func.count())
            .where(
                CustomerIssue.account_id.in_(row_subtree_ids("late_issue_subtree")),
                CustomerIssue.status.in_(OPEN),
                CustomerIssue.deadline < today,
                CustomerIssue.archived_at.is_(None),
            )
            .correlate(Account)
            .scalar_subquery()
        )
        child_count = (
            select(func.count())
            .where(child.parent_id == Account.id, child.archived_at.is_(None))
            .correlate(Account)
            .scalar_subquery()
        )
        # The visit booked: the first planned one from the start of today (local) on.
        next_planned = (
            select(func.min(Visit.planned_start))
            .where(
                Visit.account_id == Account.id,
                Visit.status == VisitStatus.PLANNED,
                Visit.archived_at.is_(None),
                Visit.planned_start >= bindparam("tree_day_start", type_=UTCDateTime()),
            )
            .correlate(Account)
            .scalar_subquery()
        )
        return {
            "next_planned": next_planned,
            "child_count": child_count,
            "last_visit": last_visit,
            "interval": interval,
            "open_issues": open_issues,
            "overdue_issues": overdue_issues,
        }

    def _select(self, today: date) -> tuple[Select[Any], dict[str, Any]]:
        cols = self._columns(today)
        query = select(
            Account.id,
            Account.parent_id,
            Account.code,
            Account.name,
            Account.kind,
            Account.tier,
            Account.channel,
            Account.city,
            cols["child_count"],
            Account.archived_at.is_not(None),
            cols["last_visit"],
            cols["interval"],
            cols["open_issues"],
            cols["overdue_issues"],
            Account.currency,
            cols["next_planned"],
        )
        return query, cols

    def _order(self, sort: TreeSort, cols: dict[str, Any]) -> tuple[Any, ...]:
        keys = {
            "name": Account.name,
            "code": Account.code,
            "kind": Account.kind,
            "tier": Account.tier,
            "channel": Account.channel,
            "city": Account.city,
            "last_visit": cols.get("last_visit"),
            "open_issues": cols.get("open_issues"),
        }
        column = keys.get(sort.key or "")
        if column is None:
            return (Account.name, Account.id)
        return (column.desc() if sort.descending else column.asc(), Account.name, Account.id)

    def _light_select(self) -> Select[Any]:
        child = aliased(Account)
        child_count = (
            select(func.count())
            .where(child.parent_id == Account.id, child.archived_at.is_(None))
            .correlate(Account)
            .scalar_subquery()
        )
        return select(
            Account.id,
            Account.parent_id,
            Account.code,
            Account.name,
            Account.kind,
            Account.tier,
            Account.channel,
            Account.city,
            child_count,
            Account.archived_at.is_not(None),
        )

    def _page(self, where: Any, offset: int, limit: int, sort: TreeSort) -> list[AccountRow]:
        """A page of rows: light (name order, fast) unless the sort needs computed columns."""
        today = self._today()
        if sort.key == YTD_SORT_KEY:
            return self._ytd_page(where, offset, limit, sort.descending, today)
        if sort.key in COMPUTED_SORT_KEYS:
            query, cols = self._select(today)
            query = query.where(where).order_by(*self._order(sort, cols))
            return self._rows(query.offset(offset).limit(limit), today)
        query = self._light_select().where(where).order_by(*self._order(sort, {}))
        with self._db.session() as session:
            return [
                AccountRow(*row, today=today, detailed=False)
                for row in session.execute(query.offset(offset).limit(limit))
            ]

    def _ytd_page(
        self, where: Any, offset: int, limit: int, descending: bool, today: date
    ) -> list[AccountRow]:
        """A page of rows in the order of their YTD percentage: the figures of every row
        ``where`` lets through are read (one grouped query per 500 rows), sorted, and the
        page's rows read in full."""
        query = select(Account.id, Account.name, Account.currency).where(where)
        with self._db.session() as session:
            candidates = session.execute(query).all()
            figures = ytd_rollup(session, {row.id: row.currency for row in candidates}, today)

        def percentage(row: Any) -> Decimal | None:
            found = figures[row.id]
            return found.sales / found.target if found.target else None

        ranked = [(percentage(row), row) for row in candidates]
        with_target = sorted(
            ((value, row) for value, row in ranked if value is not None),
            key=lambda pair: (-pair[0] if descending else pair[0], pair[1].name, str(pair[1].id)),
        )
        without = sorted(
            (row for value, row in ranked if value is None), key=lambda r: (r.name, str(r.id))
        )
        ordered = [row.id for _value, row in with_target] + [row.id for row in without]
        page = ordered[offset : offset + limit]
        if not page:
            return []
        query, _cols = self._select(today)
        rows = self._rows(query.where(Account.id.in_(page)), today, figures)
        found = {row.id: row for row in rows}
        return [found[account_id] for account_id in page if account_id in found]

    def details(
        self, account_ids: list[uuid.UUID], *, ytd: bool = True
    ) -> dict[uuid.UUID, AccountRow]:
        """Full rows (with the computed columns) for the accounts a view is showing; with
        ``ytd`` False, without the YTD figures (``ytd`` reads them when they are shown)."""
        if not account_ids:
            return {}
        today = self._today()
        query, _cols = self._select(today)
        rows = self._rows(query.where(Account.id.in_(account_ids)), today, read_ytd=ytd)
        return {row.id: row for row in rows}

    def ytd(self, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, YtdFigures]:
        """The rolled-up YTD figures of the accounts (see ``services.ytd_rollup``)."""
        if not account_ids:
            return {}
        with self._db.session() as session:
            currencies = dict(
                session.execute(
                    select(Account.id, Account.currency).where(Account.id.in_(account_ids))
                ).all()
            )
            return ytd_rollup(session, currencies, self._today())

    def _rows(
        self,
        query: Select[Any],
        today: date,
        ytd: dict[uuid.UUID, YtdFigures] | None = None,
        *,
        read_ytd: bool = False,
    ) -> list[AccountRow]:
        """Full rows of ``query``, with the YTD figures given or (``read_ytd``) read here."""
        with self._db.session() as session:
            rows = session.execute(query, self._params(today)).all()
            if ytd is None and read_ytd:
                ytd = ytd_rollup(session, {row[0]: row[14] for row in rows}, today)
        found = []
        for row in rows:
            full = AccountRow(*row[:14], today=today, currency=row[14], next_planned=row[15])
            found.append(full.with_ytd(ytd[row[0]]) if ytd is not None else full)
        return found

    @staticmethod
    def _live(show_archived: bool) -> Any:
        return literal(True) if show_archived else Account.archived_at.is_(None)

    # -- hierarchy ------------------------------------------------------------------------
    def children(
        self,
        parent_id: uuid.UUID | None,
        offset: int = 0,
        limit: int = 500,
        sort: TreeSort = TreeSort(),
        show_archived: bool = False,
    ) -> list[AccountRow]:
        """One page of the accounts directly under ``parent_id`` (roots for None); light
        rows unless sorted by a computed column (see ``details``)."""
        parent = (
            Account.parent_id.is_(None) if parent_id is None else Account.parent_id == parent_id
        )
        return self._page(and_(parent, self._live(show_archived)), offset, limit, sort)

    def child_count(self, parent_id: uuid.UUID | None, show_archived: bool = False) -> int:
        parent = (
            Account.parent_id.is_(None) if parent_id is None else Account.parent_id == parent_id
        )
        with self._db.session() as session:
            return int(
                session.scalar(select(func.count()).where(parent, self._live(show_archived))) or 0
            )

    # -- territories ----------------------------------------------------------------------
    def territories(self, parent_id: uuid.UUID | None) -> list[TerritoryRow]:
        """Territories under ``parent_id``, each counting its sub-territories and accounts."""
        sub = aliased(Territory)
        subs = (
            select(func.count())
            .where(sub.parent_id == Territory.id)
            .correlate(Territory)
            .scalar_subquery()
        )
        accounts = (
            select(func.count())
            .where(Account.territory_id == Territory.id, Account.archived_at.is_(None))
            .correlate(Territory)
            .scalar_subquery()
        )
        parent = (
            Territory.parent_id.is_(None) if parent_id is None else Territory.parent_id == parent_id
        )
        query = (
            select(Territory.id, Territory.code, Territory.name, subs + accounts)
            .where(parent, Territory.archived_at.is_(None))
            .order_by(Territory.code)
        )
        with self._db.session() as session:
            return [TerritoryRow(*row) for row in session.execute(query)]

    def territory_choices(self) -> list[tuple[uuid.UUID, str, int]]:
        """(id, name, depth) of every territory, parents before their children: for menus
        and forms (no counting, so it stays instant on large databases)."""
        with self._db.session() as session:
            rows = session.execute(
                select(Territory.id, Territory.parent_id, Territory.name, Territory.code)
                .where(Territory.archived_at.is_(None))
                .order_by(Territory.code)
            ).all()
        children: dict[uuid.UUID | None, list[Any]] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row)
        ordered: list[tuple[uuid.UUID, str, int]] = []

        def walk(parent: uuid.UUID | None, depth: int) -> None:
            for row in children.get(parent, []):
                ordered.append((row.id, row.name, depth))
                if depth < 10:
                    walk(row.id, depth + 1)

        walk(None, 0)
        return ordered

    def in_territory(
        self,
        territory_id: uuid.UUID,
        offset: int = 0,
        limit: int = 500,
        sort: TreeSort = TreeSort(),
        show_archived: bool = False,
    ) -> list[AccountRow]:
        """Accounts directly in ``territory_id`` (a flat list, one page, light rows)."""
        where = and_(Account.territory_id == territory_id, self._live(show_archived))
        return self._page(where, offset, limit, sort)

    # -- filtered lists -------------------------------------------------------------------
    def _filter_clause(self, wanted: AccountFilter, cols: dict[str, Any], today: date) -> Any:
        clauses: list[Any] = [self._live(wanted.show_archived)]
        if wanted.tiers:
            clauses.append(Account.tier.in_(wanted.tiers))
        if wanted.channels:
            clauses.append(Account.channel.in_(wanted.channels))
        if wanted.kinds:
            clauses.append(Account.kind.in_(wanted.kinds))
        if wanted.tag:
            clauses.append(
                select(AccountTag.account_id)
                .where(AccountTag.account_id == Account.id, AccountTag.tag == wanted.tag)
                .correlate(Account)
                .exists()
            )
        if wanted.territory_id is not None:
            clauses.append(Account.territory_id.in_(self._territory_subtree(wanted.territory_id)))
        if wanted.issues_past_deadline:
            clauses.append(
                Account.id.in_(
                    select(CustomerIssue.account_id).where(
                        CustomerIssue.status.in_(OPEN),
                        CustomerIssue.deadline < today,
                        CustomerIssue.archived_at.is_(None),
                    )
                )
            )
        if wanted.visit_overdue:
            clauses.append(self._visit_overdue_clause(cols, today))
        return and_(*clauses)

    def _visit_overdue_clause(self, cols: dict[str, Any], today: date) -> Any:
        """No done visit since the account's own cycle began: one index seek per account
        (dialect-neutral: one cutoff per distinct interval, chosen with CASE)."""
        with self._db.session() as session:
            intervals = set(session.scalars(select(VisitCycle.interval_days).distinct()))
        intervals.add(DEFAULT_INTERVAL_DAYS)
        cutoffs = {
            days: datetime.combine(overdue_cutoff(days, today), time(), tzinfo=UTC)
            for days in sorted(intervals)
        }
        cutoff = case(cutoffs, value=cols["interval"], else_=cutoffs[DEFAULT_INTERVAL_DAYS])
        recent = (
            select(Visit.id)
            .where(
                Visit.account_id == Account.id,
                Visit.planned_start >= cutoff,
                Visit.status == VisitStatus.DONE,
                Visit.archived_at.is_(None),
            )
            .correlate(Account)
        )
        return ~recent.exists()

    def _territory_subtree(self, territory_id: uuid.UUID) -> Any:
        tree = (
            select(Territory.id)
            .where(Territory.id == territory_id)
            .cte("territory_subtree", recursive=True)
        )
        sub = aliased(Territory)
        tree = tree.union_all(select(sub.id).where(sub.parent_id == tree.c.id))
        return select(tree.c.id)

    def filtered(
        self, wanted: AccountFilter, offset: int = 0, limit: int = 500, sort: TreeSort = TreeSort()
    ) -> list[AccountRow]:
        """One page of every account the filter lets through (a flat list); light rows
        unless sorted by a computed column (see ``details``)."""
        today = self._today()
        where = self._filter_clause(wanted, self._columns(today), today)
        return self._page(where, offset, limit, sort)

    def filtered_count(self, wanted: AccountFilter) -> int:
        today = self._today()
        cols = self._columns(today)
        query = (
            select(func.count())
            .select_from(Account)
            .where(self._filter_clause(wanted, cols, today))
        )
        with self._db.session() as session:
            return int(session.scalar(query, self._params(today)) or 0)

    def tags(self) -> list[str]:
        """Every tag in use, for the filter's choices."""
        with self._db.session() as session:
            return list(session.scalars(select(AccountTag.tag).distinct().order_by(AccountTag.tag)))
