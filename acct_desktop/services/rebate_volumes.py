"""The sales an agreement is measured on, read set-based: one grouped query for any number.

An agreement's volume is the ``sell_in`` amount of its account **and every account below
it** (stores' and branch warehouses' sales count towards the HQ agreement), limited to the
agreement's product category when it has one. How far the figures reach
(``figures_through``) is the import's reach for those accounts, of any category: a
grease agreement whose last grease sale was on 12 November, in an import that runs to
18 November, has figures through 18 November (six days without grease sales are six
days of the run-rate, not days without figures).

How double counting is avoided: a recursive CTE walks down from each agreement's account
and yields ``(agreement, account)`` pairs with ``UNION`` (not ``UNION ALL``), so every
account appears once per agreement however deep the tree is — and a (corrupt) cycle stops
instead of looping. Facts are then joined to those pairs, so each fact is summed at most
once per agreement. Two agreements at different levels (an HQ's and a branch's) each
count the branch's sales: that is two agreements, not a double count within one.

The query groups by ``(agreement, fact period, currency)``; the exact windows (period to
date, same period last year to date and in full) are applied here in Python, so the SQL
only needs a coarse lower bound for last year (a dialect check: ``date(x, '-1 year',
'-1 day')`` on SQLite, ``x - interval '1 year 1 day'`` on PostgreSQL). Sums stay exact:
amounts are ``Exact`` columns (scaled integers on SQLite), returned as ``Decimal``.

A monthly figure (``whole_month``: a month's total from a file of periods) cannot be
split by day. When a statement is dated back into a month whose figure came in whole
after the month was over, that figure is left out and the figures reach the month
before: counting the whole month against the days to the statement date would project a
month of sales from a third of one. The month still in progress on the day it really is
(``Window.today``) stays counted up to the statement date, as everywhere else: its figure
is the ERP's month so far.

A period that does not start or end on a month's boundary (15 March to 15 September)
counts only its own days. Daily figures are counted by their day. A monthly figure of a
month the period covers only in part is counted pro rata to the period's days in it (17
of March's 31 days from the 15th) — never as 0 nor whole — and the month is listed with
those days (``MonthPart``), so that the statement says "15–31 Mar (part)" and what it
counted. A month still in progress has a figure for its days so far: it is shared out
over those days. Last year's window is cut the same way.

Facts in another currency than the agreement's are converted with the exchange-rate
table at the rate valid on the last counted day, rounded half-up to the agreement
currency's minor unit per month and currency; without a rate they are left out and listed
in ``unconverted``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import Date, and_, case, func, literal, literal_column, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Measure, RebateKind, RebateStatus
from acct_desktop.domain.kpis import month_end
from acct_desktop.domain.money import round_money
from acct_desktop.domain.sales_metrics import figures_reach
from acct_desktop.store.models import Account, ExchangeRate, RebateAgreement, SalesFact
from acct_desktop.store.sql_dates import month_start

ZERO = Decimal(0)
_NO_LIMIT = 2**62


def year_before(day: date) -> date:
    """The same day one year earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True, slots=True)
class Window:
    """The days an agreement counts on ``on``: to date, and the same period last year.

    ``today`` is the day it really is when ``on`` may be earlier (a back-dated
    statement); ``None`` when ``on`` is taken to be today."""

    start: date
    to_date: date  # min(on, period end); before ``start`` when the period has not begun
    end: date
    today: date | None = None
    on: date | None = None  # the day asked about (``to_date`` when not given)

    @classmethod
    def of(cls, start: date, end: date, on: date, today: date | None = None) -> Window:
        return cls(start, min(on, end), end, today, on)

    @property
    def now(self) -> date:
        """The day it really is: ``today``, else the day asked about."""
        return self.today or self.on or self.to_date

    def splits(self, period: date, whole_month: bool) -> bool:
        """Whether a fact dated ``period`` would have to be split at the window's day to
        count: a monthly figure of a month over by ``today`` that runs past ``to_date``
        while the period is still in progress (see the module's docstring)."""
        if not whole_month or self.today is None or self.to_date >= self.end:
            return False
        last = month_end(period)
        return self.to_date < last < self.today

    @property
    def last_year_start(self) -> date:
        return year_before(self.start)

    @property
    def last_year_to_date(self) -> date:
        return year_before(self.to_date)

    @property
    def last_year_end(self) -> date:
        return year_before(self.end)


@dataclass(frozen=True, slots=True)
class MonthPart:
    """A month the agreement's period covers only in part: its days ``first`` to ``last``.

    ``month_figure`` is the monthly figure that was shared out over the month's
    ``days_counted`` of ``days_covered`` (its days so far for a month in progress), in the
    agreement's currency; ``None`` when the month's figures are daily ones, counted by
    their day."""

    month: date  # first day of the month
    first: date
    last: date
    month_figure: Decimal | None = None
    days_counted: int = 0
    days_covered: int = 0


@dataclass(frozen=True, slots=True)
class Volumes:
    """One agreement's sell-in amounts, in the agreement's currency.

    ``months`` holds the volume to date per calendar month (first day of the month), oldest
    first, months without sales included. ``figures_through`` is the last day the period's
    sales figures reach, never after the day asked about (``None``: no figures in the
    period yet); months after it have no figures yet rather than no sales. Once the
    period is over it is compared whole (``figures_through`` is its last day): a month
    still without figures then is a month without sales, as in plan vs actual. The last-year
    figures are ``None`` when they were not read (only growth agreements, or a preview
    that asks, need them); last year "to date" runs to the same day a year before
    ``figures_through``, so both years cover the same days.
    """

    to_date: Decimal
    months: tuple[tuple[date, Decimal], ...]
    last_year_to_date: Decimal | None
    last_year_full: Decimal | None
    unconverted: tuple[tuple[str, Decimal], ...] = ()
    figures_through: date | None = None
    parts: tuple[MonthPart, ...] = ()  # months the period covers only in part

    def part(self, month: date) -> MonthPart | None:
        """The part of ``month`` (its first day) the period covers, when not all of it."""
        return next((p for p in self.parts if p.month == month), None)


def _coarse_year_before(session: Session, column: Any) -> Any:
    """``column`` minus one year and one day in SQL: a lower bound never after
    :func:`year_before` (so the exact Python filter only ever drops, never misses)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, "-1 year", "-1 day", type_=Date)
    return (column - literal_column("interval '1 year 1 day'")).cast(Date)


# period, currency, sell-in sum, whole month, and whether it counts: a fact of another
# category than the agreement's does not, but says how far the import reaches
FactSum = tuple[date, str, Decimal, bool, bool]


def fact_sums(
    session: Session,
    agreement_ids: Collection[uuid.UUID] | None = None,
    statuses: Collection[RebateStatus] | None = None,
    with_last_year: bool = False,
) -> dict[uuid.UUID, list[FactSum]]:
    """``{agreement id: [(fact period, currency, sell-in sum, whole month, counts), ...]}``
    for the agreements not archived (those of ``agreement_ids`` / ``statuses`` when
    given), one grouped query. ``counts`` is False for the sales of another category than
    the agreement's: they are not its volume, but the import reached their days for the
    account (the figures run to the last of them, whatever was sold).

    Rows cover each agreement's period and, for growth agreements without a baseline (all
    with ``with_last_year``), the year before it; filter them with :func:`bucket`."""
    g = RebateAgreement
    needs_last_year = (
        literal(True)
        if with_last_year
        else and_(g.kind == RebateKind.GROWTH, g.baseline_amount.is_(None))
    )
    # from the first of the month: a monthly figure dated the 1st counts in part for a
    # period starting later in its month
    lower = month_start(
        case((needs_last_year, _coarse_year_before(session, g.period_start)), else_=g.period_start)
    )
    anchor = select(
        g.id.label("agreement_id"),
        g.account_id.label("account_id"),
        g.category.label("category"),
        lower.label("lo"),
        g.period_end.label("hi"),
    ).where(g.archived_at.is_(None))
    if agreement_ids is not None:
        anchor = anchor.where(g.id.in_(list(agreement_ids)))
    if statuses is not None:
        anchor = anchor.where(g.status.in_(list(statuses)))
    reach = anchor.cte("reach", recursive=True)
    reach = reach.union(
        select(reach.c.agreement_id, Account.id, reach.c.category, reach.c.lo, reach.c.hi).where(
            Account.parent_id == reach.c.account_id
        )
    )
    if session.get_bind().dialect.name == "sqlite":
        # A LIMIT keeps SQLite from flattening the CTE into the join, where it would build
        # a Bloom filter over the whole sales_fact index first (a full index scan, ~70 ms
        # on 1M facts, even for one agreement with a dozen facts).
        reach = select(reach).limit(_NO_LIMIT).subquery("reached")
    f = SalesFact
    counts = case((or_(reach.c.category.is_(None), f.category == reach.c.category), 1), else_=0)
    query = (
        select(
            reach.c.agreement_id,
            f.period,
            f.currency,
            func.sum(f.amount),
            f.whole_month,
            counts.label("counts"),
        )
        .select_from(reach)
        .join(
            f,
            and_(
                f.account_id == reach.c.account_id,
                f.period >= reach.c.lo,
                f.period <= reach.c.hi,
                f.measure == Measure.SELL_IN,
            ),
        )
        .group_by(reach.c.agreement_id, f.period, f.currency, f.whole_month, counts)
    )
    sums: dict[uuid.UUID, list[FactSum]] = defaultdict(list)
    for agreement_id, period, currency, amount, whole, counted in session.execute(query):
        sums[agreement_id].append((period, currency, amount, bool(whole), bool(counted)))
    return sums


class Rates:
    """Exchange rates (``rate`` units of ``currency`` per one ``base_currency``), read once."""

    def __init__(self, rows: Sequence[tuple[str, str, Decimal, date]]) -> None:
        self._by_pair: dict[tuple[str, str], list[tuple[date, Decimal]]] = defaultdict(list)
        for base, currency, rate, valid_from in rows:
            self._by_pair[(base, currency)].append((valid_from, rate))
        for history in self._by_pair.values():
            history.sort()

    @classmethod
    def load(cls, session: Session) -> Rates:
        e = ExchangeRate
        return cls(session.execute(select(e.base_currency, e.currency, e.rate, e.valid_from)).all())

    def _rate(self, base: str, currency: str, day: date) -> Decimal | None:
        if base == currency:
            return Decimal(1)
        found = None
        for valid_from, rate in self._by_pair.get((base, currency), ()):
            if valid_from <= day:
                found = rate
        return found

    def convert(self, amount: Decimal, source: str, target: str, day: date) -> Decimal | None:
        """``amount`` in ``source`` as ``target`` (rounded half-up to its minor unit), via
        any common base currency; ``None`` without a rate valid on ``day``."""
        if source == target:
            return amount
        for base in sorted({source, target} | {b for b, _ in self._by_pair}):
            to_source, to_target = self._rate(base, source, day), self._rate(base, target, day)
            if to_source and to_target:
                return round_money(amount / to_source * to_target, target)
        return None


def _days(first: date, last: date) -> int:
    return (last - first).days + 1


def share(period: date, whole_month: bool, first: date, last: date, now: date) -> Fraction:
    """The part of a fact dated ``period`` that falls in the days ``first`` to ``last``.

    A daily figure is all in or all out. A monthly figure covers its month — up to ``now``
    while the month is in progress (the ERP's month so far) — and counts pro rata to the
    days of that cover inside ``first``..``last``."""
    if not whole_month:
        return Fraction(1) if first <= period <= last else Fraction(0)
    cover_end = max(period, min(month_end(period), now))
    lo, hi = max(period, first), min(cover_end, last)
    if hi < lo:
        return Fraction(0)
    return Fraction(_days(lo, hi), _days(period, cover_end))


def _scaled(value: Decimal, part: Fraction, currency: str) -> Decimal:
    """``value`` × ``part``: a figure shared out over days is rounded half-up to the
    currency's minor unit, once, so every sum of them is exact."""
    if part == 1:
        return value
    return round_money(value * part.numerator / part.denominator, currency)


def _parts(window: Window, rows: list[FactSum], months: Iterable[date]) -> list[MonthPart]:
    """The months of the period (to date) it covers only in part, with what was shared."""
    parts = []
    for month in months:
        first, last = max(month, window.start), min(month_end(month), window.end)
        if first == month and last == month_end(month):
            continue
        cover_end = max(month, min(month_end(month), window.now))
        counted = max(0, _days(first, min(cover_end, last)))
        covered = _days(month, cover_end)
        if any(r[0] == month and r[3] for r in rows) and counted < covered:
            parts.append(MonthPart(month, first, last, None, counted, covered))
        else:  # daily figures, counted by their day (or nothing shared out)
            parts.append(MonthPart(month, first, last))
    return parts


def bucket(
    rows: Iterable[FactSum],
    window: Window,
    currency: str,
    rates: Rates,
    with_last_year: bool,
) -> Volumes:
    """Sort one agreement's grouped rows into its windows, converting other currencies;
    monthly figures of months the period covers in part count pro rata (see the module)."""
    imported = list(rows)
    left_out = [r[0] for r in imported if window.splits(r[0], r[3])]
    imported = [r for r in imported if not window.splits(r[0], r[3])]
    rows = [r for r in imported if r[4]]  # the agreement's category (or any)
    now = window.now

    def this_year(period: date, whole: bool) -> Fraction:
        if max(period, window.start) > window.to_date:  # not begun by the day asked
            return Fraction(0)
        return share(period, whole, window.start, window.end, now)

    if window.to_date >= window.end:
        through: date | None = window.end  # a period that is over is whole: no figure is 0
    else:
        # the import's reach for the account, of any category: a grease agreement's
        # figures run to the last day imported, not to its last grease sale
        days = [r[0] for r in imported if this_year(r[0], r[3]) > 0]
        # a month's figure left out still says the months before it are in
        days += [p - timedelta(days=1) for p in left_out if p > window.start]
        reach = figures_reach(days)
        through = None if reach is None else min(reach, window.to_date)
    # last year to the day the figures reach this year (nothing when none are in yet)
    ly_through = year_before(through) if through is not None else None
    month_sums: dict[date, Decimal] = {}
    month = date(window.start.year, window.start.month, 1)
    while month <= window.to_date:
        month_sums[month] = ZERO
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    to_date = ly_to_date = ly_full = ZERO
    unconverted: dict[str, Decimal] = defaultdict(lambda: ZERO)
    figures: dict[date, Decimal] = defaultdict(lambda: ZERO)  # monthly figures, whole
    for period, fact_currency, amount, whole, _counts in rows:
        current = this_year(period, whole)
        last_year = (
            share(period, whole, window.last_year_start, window.last_year_end, now)
            if with_last_year
            else Fraction(0)
        )
        if not (current or last_year):
            continue
        value = rates.convert(amount, fact_currency, currency, window.to_date)
        if value is None:
            unconverted[fact_currency] += amount
            continue
        if current:
            counted = _scaled(value, current, currency)
            to_date += counted
            key = date(period.year, period.month, 1)
            month_sums[key] = month_sums.get(key, ZERO) + counted
            if whole:
                figures[key] += value
        if last_year:
            counted = _scaled(value, last_year, currency)
            ly_full += counted
            if ly_through is not None and period <= ly_through:
                ly_to_date += counted
    parts = [
        replace(part, month_figure=figures[part.month]) if part.days_covered else part
        for part in _parts(window, rows, month_sums)
    ]
    return Volumes(
        to_date=to_date,
        months=tuple(sorted(month_sums.items())),
        last_year_to_date=ly_to_date if with_last_year else None,
        last_year_full=ly_full if with_last_year else None,
        unconverted=tuple(sorted(unconverted.items())),
        figures_through=through,
        parts=tuple(parts),
    )
