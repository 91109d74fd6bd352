"""Writing checked sales facts: replace what the file covers, insert the new rows, fast.

One transaction. First the facts the file replaces are deleted (by account, measure and the
covered days, through ``ix_sales_fact_account_period``). Then the rows go in:

* On SQLite, as multi-row ``INSERT … VALUES (…), (…), …`` statements of already bound values
  (the driver's per-statement cost, not SQLite's, dominates a plain ``executemany``). The
  foreign keys are switched off for the insert because the import has just looked up every
  account and product itself; inside the transaction it then checks that all of them still
  exist, so the guarantee holds. (SQLite only lets that pragma change outside a transaction,
  hence the connection of its own, and the pragma is restored before it goes back.)
* When the file is large next to the table, the table's two secondary indexes are dropped
  and built again after the insert, inside the same transaction (a rollback restores them).
  Measured here on 1M rows: keeping the indexes up to date cost ~15 s, a rebuild ~1.6 s.
* Elsewhere (PostgreSQL), through ``store.bulk.bulk_insert`` in chunks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import chain, compress, islice, repeat
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.imports.common import chunked
from acct_desktop.services.imports.problems import (
    ImportCancelled,
    ImportConflict,
    Progress,
    database_changed,
    database_refused,
)
from acct_desktop.services.imports.sales_scope import Scope
from acct_desktop.services.imports.sliced import distinct, mapped, released, slices
from acct_desktop.store.bulk import bulk_insert
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, SalesFact

FACTS = SalesFact.__table__
COLUMNS = ("period", "account_id", "product_id", "category", "measure", "quantity", "amount",
           "currency")  # fmt: skip
ROWS_PER_STATEMENT = 100  # 800 parameters: under SQLite's limit of 32,766 (999 before 3.32)
ROWS_PER_PROGRESS = 50_000
DEFER_INDEXES_FROM_ROWS = 20_000
DEFER_INDEXES_SHARE = 8  # rebuild when the file has at least 1/8 of the table's rows


@dataclass(frozen=True)
class Coded:
    """A column as the file's cells and the value of each distinct cell: turning a million
    cells into values is then one dictionary look-up each (strings hash fast; UUIDs and
    enums hash in Python)."""

    cells: Sequence[str]
    values: Mapping[str, Any]

    @classmethod
    def constant(cls, value: Any, rows: int) -> Coded:
        return cls([""] * rows, {"": value})

    def decoded(self, process: Callable[[Any], Any] | None = None) -> list[Any]:
        """Every row's value, passed through ``process`` (once per distinct value)."""
        table = self.values
        if process is not None:
            table = {c: None if v is None else process(v) for c, v in self.values.items()}
        return mapped(table.__getitem__, self.cells)

    def distinct_values(self) -> set[Any]:
        used = distinct(self.cells)
        return {value for cell, value in self.values.items() if cell in used}


@dataclass
class FactRows:
    """Checked rows, column by column: coded columns and exact scaled integers."""

    periods: Coded  # dates
    accounts: Coded  # account ids
    products: Coded  # product ids or None
    categories: Coded
    measures: Coded  # Measure
    quantities: list[int]  # thousandths
    amounts: list[int]  # cents
    currencies: Coded
    whole_month: bool = False  # monthly figures (a file of periods), each dated the 1st

    def __len__(self) -> int:
        return len(self.quantities)

    def release(self) -> None:
        """Empty every column, a slice at a time (see ``sliced.released``)."""
        cells = [coded.cells for coded in (*self.coded(), self.currencies)]
        released(self.quantities, self.amounts, *(c for c in cells if isinstance(c, list)))

    def coded(self) -> tuple[Coded, ...]:
        """The coded columns in ``COLUMNS`` order (then quantity, amount, currency)."""
        return (self.periods, self.accounts, self.products, self.categories, self.measures)

    def replaced_pairs(self) -> set[tuple[uuid.UUID, Measure]]:
        """Each (account id, measure) the file has rows for: the accounts of each of the
        few distinct measure cells (no million pairs made)."""
        account_cells, measure_cells = self.accounts.cells, self.measures.cells
        accounts, measures = self.accounts.values, self.measures.values
        kinds = distinct(measure_cells)
        pairs: set[tuple[uuid.UUID, Measure]] = set()
        for kind in kinds:
            if len(kinds) == 1:
                used = distinct(account_cells)
            else:
                used = set()
                for codes, marks in zip(slices(account_cells), slices(measure_cells), strict=True):
                    used.update(compress(codes, map(kind.__eq__, marks)))
            pairs.update((accounts[cell], measures[kind]) for cell in used)
        return pairs


@contextmanager
def import_connection(db: Database, name: str) -> Iterator[Connection]:
    """A connection in one transaction for the import; a refusal becomes ``ImportConflict``.

    On SQLite its foreign-key enforcement is off until the transaction has ended (see the
    module docstring); ``write_facts`` checks the references itself."""
    sqlite = db.is_sqlite
    with db.engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no transaction open yet
            conn.commit()
        try:
            with conn.begin():
                if sqlite and not getattr(conn.connection.driver_connection, "in_transaction", 1):
                    # Python's sqlite3 opens its transaction only at the first INSERT or
                    # DELETE: the index drop of ``write_facts`` (DDL) must be inside it too,
                    # or a cancelled import would leave the table without its indexes.
                    # IMMEDIATE: the write lock before the first read (waiting for another
                    # writer as long as the busy timeout allows), so a write committed
                    # meanwhile by another connection — global search catching up in the
                    # background — cannot make this one's snapshot stale, which SQLite
                    # refuses at the first write with "database is locked", without waiting.
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                yield conn
        except IntegrityError as exc:
            raise ImportConflict(database_changed(name, _first_line(exc.orig))) from exc
        except DBAPIError as exc:
            raise ImportConflict(database_refused(name, _first_line(exc.orig))) from exc
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def _first_line(error: BaseException | None) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def ranges_of(spans: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    """``spans`` (first and last day, in order) with the ones that follow on without a gap
    joined: a file of October and November is one range, as many statements as one month."""
    joined: list[tuple[date, date]] = []
    for first, last in spans:
        if joined and joined[-1][1] + timedelta(days=1) >= first:
            joined[-1] = (joined[-1][0], max(joined[-1][1], last))
        else:
            joined.append((first, last))
    return joined


def covered_by_month(
    conn: Connection, scope: Scope, spans: Sequence[tuple[date, date]], daily: bool
) -> dict[date, int]:
    """How many facts of ``scope`` ``replace_covered`` will delete, by month (and, for a
    ``daily`` file, the monthly figure ``replace_monthly_figures`` will): counted before
    anything goes, so the summary can say it and a backup is taken only when needed."""
    ranges = ranges_of(spans)
    if not ranges or not _any_facts(conn, scope, ranges):
        return {}
    found: dict[date, int] = {}
    for first, last in ranges:
        where = (FACTS.c.period >= first, FACTS.c.period <= last)
        for conditions in _scoped(scope):
            query = (
                select(FACTS.c.period, func.count())
                .where(*conditions, *where)
                .group_by(FACTS.c.period)
            )
            for day, count in conn.execute(query):
                month = day.replace(day=1)
                found[month] = found.get(month, 0) + count
    if daily and spans[0][0].day != 1:
        month = spans[0][0].replace(day=1)
        for conditions in _scoped(scope):
            query = select(func.count()).where(
                *conditions, FACTS.c.period == month, FACTS.c.whole_month.is_(True)
            )
            found[month] = found.get(month, 0) + conn.execute(query).scalar_one()
    return {month: count for month, count in sorted(found.items()) if count}


def values_covered(
    conn: Connection,
    scope: Scope,
    spans: Sequence[tuple[date, date]],
    daily: bool,
    field: str = "amount",
) -> dict[str, tuple[int, Decimal]]:
    """The facts of ``scope`` that ``replace_covered`` (and, for a ``daily`` file,
    ``replace_monthly_figures``) will delete and whose ``field`` ("amount" or "quantity")
    is not 0: how many and their total — amounts by currency, quantities under ""
    (``sales_missing_column``)."""
    column = FACTS.c[field]
    by_currency = field == "amount"
    ranges = ranges_of(spans)
    where: list[tuple[ColumnElement[bool], ...]] = [
        (FACTS.c.period >= first, FACTS.c.period <= last) for first, last in ranges
    ]
    if daily and spans and spans[0][0].day != 1:
        month = spans[0][0].replace(day=1)
        where.append((FACTS.c.period == month, FACTS.c.whole_month.is_(True)))
    found: dict[str, tuple[int, Decimal]] = {}
    for dates in where:
        for conditions in _scoped(scope):
            query = select(func.count(), func.sum(column)).where(*conditions, *dates, column != 0)
            if by_currency:
                query = query.add_columns(FACTS.c.currency).group_by(FACTS.c.currency)
            for count, total, *currency in conn.execute(query):
                if not count:
                    continue
                key = currency[0] if currency else ""
                seen, summed = found.get(key, (0, Decimal(0)))
                found[key] = (seen + count, summed + Decimal(total))
    return dict(sorted(found.items()))


def _any_facts(conn: Connection, scope: Scope, ranges: Sequence[tuple[date, date]]) -> bool:
    """Whether any fact of ``scope``'s measures (any account) lies in ``ranges``: one quick
    look through the (period, measure) index, so a first import checks nothing more."""
    measures = sorted(scope)
    for first, last in ranges:
        query = (
            select(FACTS.c.id)
            .where(FACTS.c.period >= first.replace(day=1), FACTS.c.period <= last)
            .where(FACTS.c.measure.in_(measures))
            .limit(1)
        )
        if conn.execute(query).first() is not None:
            return True
    return False


def replace_covered(conn: Connection, scope: Scope, spans: Sequence[tuple[date, date]]) -> int:
    """Delete the facts of ``scope`` dated within ``spans`` (first and last day, one month
    each; ranges without a gap deleted together); returns how many were deleted."""
    return sum(
        _delete_facts(conn, scope, FACTS.c.period >= first, FACTS.c.period <= last)
        for first, last in ranges_of(spans)
    )


def replace_monthly_figures(conn: Connection, scope: Scope, first: date) -> int:
    """Delete the monthly figure of ``first``'s month of ``scope``, for a daily file whose
    days start on ``first``: a month's figure covers the file's days too, so keeping it
    would count them twice. (From the 1st on, the month's figure is within the covered
    days anyway.) Returns how many were deleted."""
    month = first.replace(day=1)
    if first == month:
        return 0
    return _delete_facts(conn, scope, FACTS.c.period == month, FACTS.c.whole_month.is_(True))


def _scoped(scope: Scope) -> Iterator[list[ColumnElement[bool]]]:
    """The conditions of ``scope``: a measure and a chunk of its accounts (or every account)
    at a time."""
    for measure, account_ids in sorted(scope.items()):
        if account_ids is None:
            yield [FACTS.c.measure == measure]
            continue
        for chunk in chunked(sorted(account_ids)):
            yield [FACTS.c.account_id.in_(chunk), FACTS.c.measure == measure]


def _delete_facts(conn: Connection, scope: Scope, *where: ColumnElement[bool]) -> int:
    """Delete the facts of ``scope`` that also meet ``where``, a measure and a chunk of
    accounts per statement; returns how many were deleted."""
    deleted = 0
    for conditions in _scoped(scope):
        result = conn.execute(delete(FACTS).where(*conditions, *where))
        deleted += max(result.rowcount, 0)
    return deleted


def write_facts(conn: Connection, rows: FactRows, progress: Progress) -> None:
    """Insert ``rows`` (indexes rebuilt when that is cheaper), then check on SQLite that
    every account and product referred to still exists."""
    existing = conn.execute(select(func.count()).select_from(FACTS)).scalar_one()
    defer = len(rows) >= DEFER_INDEXES_FROM_ROWS and len(rows) * DEFER_INDEXES_SHARE >= existing
    secondary = [index for index in FACTS.indexes if not index.unique] if defer else []
    inserting = INSERT_SHARE if secondary else 1.0
    for index in secondary:
        index.drop(conn)  # transactional: a failed or cancelled import gets them back
    if conn.dialect.name == "sqlite":
        _insert_sqlite(conn, rows, progress, inserting)
        _check_references(conn, Account, rows.accounts.distinct_values())
        _check_references(conn, Product, rows.products.distinct_values() - {None})
    else:
        _insert_portable(conn, rows, progress, inserting)
    table_rows = existing + len(rows)
    for number, index in enumerate(secondary):
        done = inserting + (1 - inserting) * number / len(secondary)
        share = (1 - inserting) / len(secondary)
        with _reporting(conn, progress, done, share, table_rows):
            index.create(conn)
    progress.writing(1.0)


INSERT_SHARE = 0.55  # of the writing stage when the indexes are rebuilt after (as timed)
INSTRUCTIONS_PER_ROW = 11  # SQLite's virtual machine, building an index of sales_fact
INSTRUCTIONS_PER_CALL = 100_000  # the progress handler's period (~10 ms of work)


@contextmanager
def _reporting(
    conn: Connection, progress: Progress, done: float, share: float, table_rows: int
) -> Iterator[None]:
    """While SQLite builds an index in one long statement: its progress as ``share`` of the
    writing stage after ``done``, estimated from the virtual machine's instructions, and
    the user's cancel honoured at once (SQLite interrupts the statement; the transaction
    then rolls back). Elsewhere the statement just runs."""
    raw = conn.connection.driver_connection
    if conn.dialect.name != "sqlite" or not hasattr(raw, "set_progress_handler"):
        yield
        return
    expected = max(table_rows * INSTRUCTIONS_PER_ROW // INSTRUCTIONS_PER_CALL, 1)
    calls = 0
    stopped: list[ImportCancelled] = []

    def handler() -> int:
        nonlocal calls
        calls += 1
        try:
            progress.writing(done + share * min(calls / expected, 1.0))
        except ImportCancelled as exc:
            stopped.append(exc)
            return 1  # SQLite stops the statement: "interrupted"
        return 0

    raw.set_progress_handler(handler, INSTRUCTIONS_PER_CALL)
    try:
        yield
    except DBAPIError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _bound(conn: Connection, rows: FactRows) -> list[Sequence[Any]]:
    """Each column with its type's bind processing applied once per distinct value."""
    dialect = conn.dialect
    columns: list[Sequence[Any]] = [
        column.decoded(FACTS.c[name].type._cached_bind_processor(dialect))
        for name, column in zip(COLUMNS[:5], rows.coded(), strict=True)
    ]
    currencies = rows.currencies.decoded()
    return [*columns, rows.quantities, rows.amounts, currencies]


def _insert_sqlite(conn: Connection, rows: FactRows, progress: Progress, share: float) -> None:
    """Multi-row inserts of values already in SQLite's storage form (scaled integers),
    reported as ``share`` of the writing stage."""
    columns = _bound(conn, rows)
    width = len(COLUMNS)
    flag = "1" if rows.whole_month else "0"  # the same for every row: written, not bound
    one = "(" + ", ".join(["?"] * width + [flag]) + ")"
    head = f"INSERT INTO {FACTS.name} ({', '.join(COLUMNS)}, whole_month) VALUES "
    many = head + ", ".join([one] * ROWS_PER_STATEMENT)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    flat = chain.from_iterable(zip(*columns, strict=True))
    total = len(rows)
    done = 0
    try:
        while done < total:
            size = min(ROWS_PER_PROGRESS, total - done)
            whole, rest = divmod(size, ROWS_PER_STATEMENT)
            if whole:
                block = islice(flat, whole * ROWS_PER_STATEMENT * width)
                cursor.executemany(many, zip(*[block] * (ROWS_PER_STATEMENT * width), strict=True))
            if rest:
                block = islice(flat, rest * width)
                cursor.executemany(head + one, zip(*[block] * width, strict=True))
            done += size
            progress.writing(share * done / total)
    finally:
        cursor.close()


def _insert_portable(conn: Connection, rows: FactRows, progress: Progress, share: float) -> None:
    from acct_desktop.services.imports.sales_values import as_decimals

    records = list(
        zip(
            *(column.decoded() for column in rows.coded()),
            as_decimals(rows.quantities, 3),
            as_decimals(rows.amounts, 2),
            rows.currencies.decoded(),
            repeat(rows.whole_month, len(rows)),
            strict=True,
        )
    )
    done = 0
    for chunk in chunked(records, ROWS_PER_PROGRESS // 10):
        bulk_insert(conn, FACTS, (*COLUMNS, "whole_month"), chunk)
        done += len(chunk)
        progress.writing(share * done / len(records))


def _check_references(conn: Connection, model: type[Account] | type[Product], ids: set) -> None:
    found = 0
    table = model.__table__
    for chunk in chunked(sorted(ids)):
        query = select(func.count()).select_from(table).where(table.c.id.in_(chunk))
        found += conn.execute(query).scalar_one()
    if found != len(ids):
        raise ImportConflict(
            QT_TRANSLATE_NOOP(
                "messages",
                "Some accounts or products of this file were deleted while it was being "
                "imported; nothing was written. Import it again.",
            )
        )
