"""Sales targets: a year per account or territory (with an optional category and a measure),
kept as the annual row, its 4 quarter rows and 12 month rows.

The month rows are the truth (the sales tab, alerts and discrepancy views read them); the
quarter and year rows are always written as the exact sums of their months. Targets
written by older versions or by the demo (a year row and month rows, no quarters) are read
as they are — quarters are then summed from the months — and completed on the first edit.

Every change is one transaction, writes an audit event per changed figure (entity
``target``, the row's id, ``amount`` or ``quantity``, old → new) and returns a
``TargetChange`` with the year before and after, which is all an undo step needs.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.money import minor_unit
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.domain.target_breakdown import (
    MONTHS,
    BreakdownError,
    BreakdownMethod,
    break_down,
    evenly,
    from_quarters,
    places_of,
    quarters_of,
    split_exact,
    with_month,
    with_quarter,
    year_of,
)
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.audit_names import names_of
from acct_desktop.services.changed_since import Doing, refusal
from acct_desktop.services.search import AccountSearch
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, SalesFact, Target, Territory
from acct_desktop.store.sql_dates import month_start

TARGET_MEASURES = (Measure.SELL_IN, Measure.OUTBOUND, Measure.SELL_OUT)
CELLS = ("year", "q1", "q2", "q3", "q4", *(f"m{m}" for m in range(1, 13)))
LARGEST = Decimal(10) ** 16  # a Money column holds 16 digits before the point
QUANTITY_PLACES = 3
CATEGORY_LENGTH = 60
ENTITY = "target"


class TargetRejected(ValueError):
    """Nothing was saved; the message says why in a sentence."""


# whose targets of which year a colleague changed (%1 an account or territory, %2 a year)
THE_TARGETS = QT_TRANSLATE_NOOP("messages", "the targets of %1 for %2")


def key_id(key: TargetKey) -> uuid.UUID:
    """The account or territory the targets are for."""
    owner = key.account_id or key.territory_id
    assert owner is not None
    return owner


def _owner_wanted(key: TargetKey) -> dict[str, set[uuid.UUID]]:
    kind = "account" if key.account_id is not None else "territory"
    return {kind: {key_id(key)}}


@dataclass(frozen=True, slots=True)
class TargetKey:
    """Whose target: one account or one territory, a category (None for all) and a measure."""

    account_id: uuid.UUID | None
    territory_id: uuid.UUID | None
    category: str | None = None
    measure: Measure = Measure.SELL_IN


@dataclass(frozen=True, slots=True)
class YearTargets:
    """A year's 12 month amounts (and quantities, when set) in one currency."""

    months: tuple[Decimal, ...]
    currency: str
    quantities: tuple[Decimal, ...] | None = None

    @property
    def year(self) -> Decimal:
        return year_of(self.months)

    @property
    def quarters(self) -> tuple[Decimal, ...]:
        return quarters_of(self.months)

    def cell(self, name: str) -> Decimal:
        """The figure of a grid cell: ``year``, ``q1``–``q4`` or ``m1``–``m12``."""
        if name == "year":
            return self.year
        if name[0] == "q":
            return self.quarters[int(name[1:]) - 1]
        return self.months[int(name[1:]) - 1]


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One line of the targets grid."""

    key: TargetKey
    year: int
    owner_code: str
    owner_name: str
    targets: YearTargets

    @property
    def is_territory(self) -> bool:
        return self.key.territory_id is not None


@dataclass(frozen=True, slots=True)
class TargetChange:
    """What one change did: the year before and after (None: no targets) and which cells
    moved, so the grid refreshes one line and an undo step can put ``before`` back."""

    key: TargetKey
    year: int
    before: YearTargets | None
    after: YearTargets | None
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Owner:
    """An account or territory a target can be set for (for pickers)."""

    key: TargetKey
    code: str
    name: str


def periods(year: int) -> list[tuple[str, date]]:
    """The 17 (kind, first day) periods of a year: the year, its quarters, its months."""
    return (
        [("year", date(year, 1, 1))]
        + [("quarter", date(year, 3 * q + 1, 1)) for q in range(4)]
        + [("month", date(year, m, 1)) for m in range(1, 13)]
    )


def changed_cells(before: YearTargets | None, after: YearTargets | None) -> tuple[str, ...]:
    """The grid cells whose figure differs between two versions of a year."""
    if before is None or after is None:
        return CELLS if (before or after) else ()
    return tuple(name for name in CELLS if before.cell(name) != after.cell(name))


def check_key(key: TargetKey) -> None:
    """A sentence (``TargetRejected``) for a key no target can have."""
    if (key.account_id is None) == (key.territory_id is None):
        raise TargetRejected(
            QT_TRANSLATE_NOOP("messages", "A target is set for one account or one territory.")
        )
    if key.measure not in TARGET_MEASURES:
        raise TargetRejected(
            QT_TRANSLATE_NOOP(
                "messages",
                "Targets are set for sell-in, outbound or sell-out; stock is a level, not a flow.",
            )
        )
    if key.category is not None and len(key.category) > CATEGORY_LENGTH:
        raise TargetRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A category has at most %1 characters."),
                CATEGORY_LENGTH,
            )
        )


def check_amount(amount: Decimal, currency: str) -> None:
    """Refuse a negative, too large or too finely written target, in a sentence."""
    if amount < 0:
        raise TargetRejected(QT_TRANSLATE_NOOP("messages", "A target cannot be negative."))
    if amount >= LARGEST:
        raise TargetRejected(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "A target of %1 is too large."), amount)
        )
    if places_of(amount.normalize()) > minor_unit(currency):
        raise TargetRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 has more decimals than %2 amounts have (%3)."),
                amount,
                currency,
                minor_unit(currency),
            )
        )


def _key_filter(key: TargetKey) -> list:  # type: ignore[type-arg]
    def same(column, value):  # type: ignore[no-untyped-def]
        return column.is_(None) if value is None else column == value

    return [
        same(Target.account_id, key.account_id),
        same(Target.territory_id, key.territory_id),
        same(Target.category, key.category),
        Target.measure == key.measure,
    ]


def _in_year(year: int) -> list:  # type: ignore[type-arg]
    return [Target.period_start >= date(year, 1, 1), Target.period_start <= date(year, 12, 1)]


def key_of(row: Target) -> TargetKey:
    return TargetKey(row.account_id, row.territory_id, row.category, row.measure)


def targets_from_rows(rows: Sequence[Target], currency: str) -> YearTargets | None:
    """A year read from its stored rows (month rows first; else quarters or the year,
    broken down evenly), or None when there are none."""
    if not rows:
        return None
    currency = rows[0].currency or currency
    places = minor_unit(currency)
    by_kind: dict[str, dict[int, Target]] = {"year": {}, "quarter": {}, "month": {}}
    for row in rows:
        by_kind[row.period_kind].setdefault(row.period_start.month, row)
    zero = evenly(Decimal(0), places)
    if by_kind["month"]:
        found = by_kind["month"]
        months = tuple(found[m].amount if m in found else zero[0] for m in range(1, 13))
        quantities = None
        if any(r.quantity is not None for r in found.values()):
            quantities = tuple(
                found[m].quantity or Decimal(0) if m in found else Decimal(0) for m in range(1, 13)
            )
        return YearTargets(months, currency, quantities)
    if by_kind["quarter"]:
        found = by_kind["quarter"]
        quarters = [found[m].amount if m in found else zero[0] for m in (1, 4, 7, 10)]
        return YearTargets(from_quarters(quarters, places), currency)
    return YearTargets(evenly(by_kind["year"][1].amount, places), currency)


def write_year(
    session: Session,
    actor: str,
    key: TargetKey,
    year: int,
    existing: Sequence[Target],
    targets: YearTargets | None,
) -> None:
    """Make the stored rows of ``key``'s ``year`` say ``targets`` (None deletes them):
    rows are updated in place, missing ones added, others removed; each changed figure is
    audited."""
    wanted: dict[tuple[str, date], tuple[Decimal, Decimal | None]] = {}
    if targets is not None:
        amounts = [targets.year, *targets.quarters, *targets.months]
        quantities: list[Decimal | None] = [None] * 17
        if targets.quantities is not None:
            q = targets.quantities
            quantities = [year_of(q), *quarters_of(q), *q]
        for (kind, start), amount, quantity in zip(periods(year), amounts, quantities, strict=True):
            wanted[(kind, start)] = (amount, quantity)
    kept: dict[tuple[str, date], Target] = {}
    for row in existing:
        slot = (row.period_kind, row.period_start)
        if slot in wanted and slot not in kept:
            kept[slot] = row
            continue
        record_change(session, actor, ENTITY, row.id, "amount", row.amount, None)
        session.delete(row)
    for (kind, start), (amount, quantity) in wanted.items():
        row = kept.get((kind, start))
        if row is None:
            row = Target(
                id=uuid.uuid4(),
                period_kind=kind,
                period_start=start,
                account_id=key.account_id,
                territory_id=key.territory_id,
                category=key.category,
                measure=key.measure,
                amount=amount,
                quantity=quantity,
                currency=targets.currency if targets else "EUR",
            )
            session.add(row)
            record_change(session, actor, ENTITY, row.id, "amount", None, amount)
            continue
        if row.amount != amount:
            record_change(session, actor, ENTITY, row.id, "amount", row.amount, amount)
            row.amount = amount
        if row.quantity != quantity:
            record_change(session, actor, ENTITY, row.id, "quantity", row.quantity, quantity)
            row.quantity = quantity
        if targets is not None and row.currency != targets.currency:
            record_change(
                session, actor, ENTITY, row.id, "currency", row.currency, targets.currency
            )
            row.currency = targets.currency


def currency_for(session: Session, key: TargetKey) -> str:
    """The account's currency; for a territory, the one most of its accounts use (EUR when
    it has none)."""
    if key.account_id is not None:
        found = session.scalar(select(Account.currency).where(Account.id == key.account_id))
        if found is None:
            raise TargetRejected(
                QT_TRANSLATE_NOOP("messages", "That account does not exist (any more).")
            )
        return found
    if session.get(Territory, key.territory_id) is None:
        raise TargetRejected(
            QT_TRANSLATE_NOOP("messages", "That territory does not exist (any more).")
        )
    found = session.execute(
        select(Account.currency, func.count())
        .where(Account.territory_id.in_(territory_subtree(key.territory_id)))
        .group_by(Account.currency)
        .order_by(func.count().desc(), Account.currency)
        .limit(1)
    ).first()
    return found[0] if found else "EUR"


def territory_subtree(territory_id: uuid.UUID | None):  # type: ignore[no-untyped-def]
    """A selectable of the ids of a territory and all territories below it."""
    tree = select(Territory.id).where(Territory.id == territory_id).cte("ttree", recursive=True)
    child = aliased(Territory)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def sales_history(session: Session, key: TargetKey, year: int) -> list[Decimal | None]:
    """The 12 monthly actuals of ``year`` for the key's accounts (an account and all below
    it, or every account of a territory and its sub-territories), measure and category;
    None for a month without any figure."""
    month = month_start(SalesFact.period)
    if key.account_id is not None:
        accounts = subtree_ids(key.account_id)
    else:
        accounts = select(Account.id).where(
            Account.territory_id.in_(territory_subtree(key.territory_id))
        )
    query = (
        select(month, func.sum(SalesFact.amount))
        .where(
            SalesFact.account_id.in_(accounts),
            SalesFact.measure == key.measure,
            SalesFact.period >= date(year, 1, 1),
            SalesFact.period < date(year + 1, 1, 1),
        )
        .group_by(month)
    )
    if key.category is not None:
        query = query.where(SalesFact.category == key.category)
    found = {start.month: total for start, total in session.execute(query)}
    return [found.get(m) for m in range(1, MONTHS + 1)]


def sales_histories(
    session: Session, keys: Sequence[TargetKey], year: int
) -> dict[TargetKey, list[Decimal | None]]:
    """``sales_history`` of many keys at once: account keys in a few set-based queries
    (an import of thousands of rows must not run a query per row), territories one by one."""
    found: dict[TargetKey, list[Decimal | None]] = {}
    accounts = sorted({k.account_id for k in keys if k.account_id is not None}, key=str)
    measures = {k.measure for k in keys}
    sums: dict[tuple[uuid.UUID, Measure, str | None, int], Decimal] = {}
    month = month_start(SalesFact.period)
    for start in range(0, len(accounts), 500):
        roots = accounts[start : start + 500]
        tree = (
            select(Account.id.label("root"), Account.id.label("member"))
            .where(Account.id.in_(roots))
            .cte("target_roots", recursive=True)
        )
        child = aliased(Account)
        tree = tree.union_all(select(tree.c.root, child.id).where(child.parent_id == tree.c.member))
        query = (
            select(
                tree.c.root,
                SalesFact.measure,
                SalesFact.category,
                month,
                func.sum(SalesFact.amount),
            )
            .join(SalesFact, SalesFact.account_id == tree.c.member)
            .where(
                SalesFact.measure.in_(measures),
                SalesFact.period >= date(year, 1, 1),
                SalesFact.period < date(year + 1, 1, 1),
            )
            .group_by(tree.c.root, SalesFact.measure, SalesFact.category, month)
        )
        for root, measure, category, first, total in session.execute(query):
            for wanted in {category, None}:  # by category, and for "all categories"
                slot = (root, measure, wanted, first.month)
                sums[slot] = sums.get(slot, Decimal(0)) + total
    for key in keys:
        if key.account_id is None:
            found[key] = sales_history(session, key, year)
            continue
        found[key] = [
            sums.get((key.account_id, key.measure, key.category, m)) for m in range(1, MONTHS + 1)
        ]
    return found


class TargetService:
    """Read the targets grid and change targets, one transaction per change."""

    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    # -- reading ----------------------------------------------------------------------------
    def years(self) -> list[int]:
        """The years that have targets, newest first."""
        with self._db.session() as session:
            starts = session.scalars(
                select(Target.period_start).where(Target.period_kind == "year").distinct()
            )
            return sorted({start.year for start in starts}, reverse=True)

    def grid(
        self, year: int, text: str = "", territory_id: uuid.UUID | None = None
    ) -> list[TargetRow]:
        """The year's targets, one row per account/territory, category and measure, ordered
        by code; ``text`` keeps rows whose code, name and category hold every word of it
        (accents and case ignored: ``domain.text_search.TextFilter``), and
        ``territory_id`` rows of that territory (or its accounts, below it too)."""
        owner_account, owner_territory = aliased(Account), aliased(Territory)
        query = (
            select(Target, owner_account, owner_territory)
            .outerjoin(owner_account, owner_account.id == Target.account_id)
            .outerjoin(owner_territory, owner_territory.id == Target.territory_id)
            .where(*_in_year(year))
        )
        if territory_id is not None:
            inside = territory_subtree(territory_id)
            query = query.where(
                or_(Target.territory_id.in_(inside), owner_account.territory_id.in_(inside))
            )
        wanted = TextFilter.of(text)
        grouped: dict[TargetKey, tuple[list[Target], str, str]] = {}
        with self._db.session() as session:
            for target, account, territory in session.execute(query):
                owner = account or territory
                code, name = (owner.code, owner.name) if owner else ("?", "?")
                entry = grouped.setdefault(key_of(target), ([], code, name))
                entry[0].append(target)
            rows = [
                TargetRow(key, year, code, name, found)
                for key, (targets, code, name) in grouped.items()
                if (found := targets_from_rows(targets, "EUR")) is not None
                and wanted.keeps(code, name, key.category)
            ]
        rows.sort(key=lambda r: (r.owner_code, r.key.category or "", r.key.measure.value))
        return rows

    def row(self, key: TargetKey, year: int) -> YearTargets | None:
        """One key's year as stored (None without targets)."""
        with self._db.session() as session:
            return targets_from_rows(self._rows(session, key, year), "EUR")

    def currency(self, key: TargetKey) -> str:
        """The currency ``key``'s new targets are kept in (``currency_for``)."""
        with self._db.session() as session:
            return currency_for(session, key)

    def history(self, key: TargetKey, year: int) -> list[Decimal | None]:
        """The year before ``year``'s monthly actuals, which seasonality follows."""
        with self._db.session() as session:
            return sales_history(session, key, year - 1)

    def owners(self, text: str, limit: int = 50) -> list[Owner]:
        """Territories (by code) whose code and name hold every word of ``text``, then
        unarchived accounts as account search finds them (in name order), at most ``limit``
        of each; both fold the way every finder does (``domain.text_search``: accents and
        case ignored, ``ha noi`` finds "Hà Nội", ``nguyen`` finds "Nguyễn"). A blank
        ``text`` keeps the first of each by code."""
        wanted = TextFilter.of(text)
        with self._db.session() as session:
            rows = session.execute(
                select(Territory.id, Territory.code, Territory.name).order_by(Territory.code)
            )
            kept = (row for row in rows if wanted.keeps(row.code, row.name))
            found = [
                Owner(TargetKey(None, id_), code, name) for id_, code, name in islice(kept, limit)
            ]
            if not text.strip():
                accounts = session.execute(
                    select(Account.id, Account.code, Account.name)
                    .where(Account.archived_at.is_(None))
                    .order_by(Account.code)
                    .limit(limit)
                ).all()
                return found + [Owner(TargetKey(id_, None), c, n) for id_, c, n in accounts]
        hits = AccountSearch(self._db).search(text, limit)
        return found + [Owner(TargetKey(hit.id, None), hit.code, hit.name) for hit in hits]

    def territories(self) -> list[Owner]:
        """Every territory, by code (for the grid's territory filter)."""
        with self._db.session() as session:
            found = session.execute(
                select(Territory.id, Territory.code, Territory.name).order_by(Territory.code)
            ).all()
        return [Owner(TargetKey(None, id_), code, name) for id_, code, name in found]

    # -- changing ---------------------------------------------------------------------------
    def set_year(
        self,
        key: TargetKey,
        year: int,
        amount: Decimal,
        method: BreakdownMethod = BreakdownMethod.EVEN,
        weights: Sequence[Decimal] | None = None,
        quantity: Decimal | None = None,
    ) -> TargetChange:
        """Set (or replace) ``key``'s target for ``year`` to ``amount``, broken down into
        months and quarters by ``method`` (seasonality follows last year's sales of the
        key's accounts; weights are 12 month or 4 quarter weights)."""

        def change(session: Session, current: YearTargets | None, currency: str) -> YearTargets:
            check_amount(amount, currency)
            history = None
            if method is BreakdownMethod.SEASONALITY:
                history = sales_history(session, key, year - 1)
            months = break_down(
                amount, minor_unit(currency), method, history=history, weights=weights
            )
            quantities = None
            if quantity is not None:
                if quantity < 0 or places_of(quantity.normalize()) > QUANTITY_PLACES:
                    raise TargetRejected(
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages", "A quantity is zero or more, with at most %1 decimals."
                            ),
                            QUANTITY_PLACES,
                        )
                    )
                shares = [m if any(months) else Decimal(1) for m in months]
                quantities = split_exact(quantity, shares, places_of(quantity.normalize()))
            return YearTargets(months, currency, quantities)

        return self._change(key, year, change)

    def edit(
        self,
        key: TargetKey,
        year: int,
        cell: str,
        amount: Decimal,
        method: BreakdownMethod = BreakdownMethod.EVEN,
        weights: Sequence[Decimal] | None = None,
    ) -> TargetChange:
        """Change one grid cell: a month changes that month (its quarter and the year
        follow); a quarter scales its months in proportion; the year is broken down
        again by ``method``."""
        if cell not in CELLS:
            raise TargetRejected(
                Sentence.of(QT_TRANSLATE_NOOP("messages", 'There is no target cell "%1".'), cell)
            )
        if cell == "year":
            return self.set_year(key, year, amount, method, weights)

        def change(_session: Session, current: YearTargets | None, currency: str) -> YearTargets:
            check_amount(amount, currency)
            places = minor_unit(currency)
            months = current.months if current else evenly(Decimal(0), places)
            number = int(cell[1:])
            if cell[0] == "q":
                months = with_quarter(months, number, amount, places)
            else:
                months = with_month(months, number, amount, places)
            return YearTargets(months, currency, current.quantities if current else None)

        return self._change(key, year, change)

    def restore(self, key: TargetKey, year: int, targets: YearTargets | None) -> TargetChange:
        """Put a year back exactly as ``targets`` says (None removes it): undo and redo."""
        return self._change(key, year, lambda _s, _c, _cur: targets)

    def put_back(
        self,
        key: TargetKey,
        year: int,
        start: YearTargets | None,
        goal: YearTargets | None,
        doing: Doing,
    ) -> TargetChange:
        """Undo (``start`` the year after a change, ``goal`` before it) or redo a change:
        only while the year is still as ``start``; a colleague's change since refuses it
        with a sentence naming who."""

        def change(session: Session, now: YearTargets | None, _currency: str) -> Any:
            if now != start:
                rows = self._rows(session, key, year)
                owner = names_of(session, _owner_wanted(key))
                name = next(iter(owner.values()), "?")
                label = Sentence.of(THE_TARGETS, name, year)
                ids = [row.id for row in rows]
                raise TargetRejected(
                    refusal(session, ENTITY, key_id(key), self._actor, doing, None, label, ids)
                )
            return goal

        return self._change(key, year, change)

    def delete(self, key: TargetKey, year: int) -> TargetChange:
        """Remove ``key``'s targets of ``year`` (year, quarters and months)."""
        return self.restore(key, year, None)

    def _rows(self, session: Session, key: TargetKey, year: int) -> list[Target]:
        query = select(Target).where(*_key_filter(key), *_in_year(year))
        return list(session.scalars(query.order_by(Target.created_at, Target.id)))

    def _change(self, key: TargetKey, year: int, change) -> TargetChange:  # type: ignore[no-untyped-def]
        check_key(key)
        if not 1900 < year < 2200:
            raise TargetRejected(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 is not a year targets can be set for."), year
                )
            )
        try:
            with self._db.session() as session:
                existing = self._rows(session, key, year)
                currency = currency_for(session, key)
                before = targets_from_rows(existing, currency)
                after = change(session, before, currency)
                if after is not None and after.currency != currency:
                    after = YearTargets(after.months, currency, after.quantities)
                write_year(session, self._actor, key, year, existing, after)
        except BreakdownError as exc:
            raise TargetRejected(exc.args[0]) from exc
        except StaleDataError as exc:
            raise TargetRejected(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone else changed these targets meanwhile; nothing was saved. "
                    "Look at them again and repeat the change.",
                )
            ) from exc
        return TargetChange(key, year, before, after, changed_cells(before, after))
