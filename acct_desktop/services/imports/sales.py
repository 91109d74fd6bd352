"""Importing sales facts from the ERP (CSV or .xlsx), all or nothing, replacing what the
file covers.

Columns (headers in English, Chinese, Vietnamese or Dutch; ``mapping`` wins):

* ``date`` (a day) **or** ``period`` (a month: ``2026-03``, ``03/2026``, ``Mar 2026``,
  ``2026年3月``, ``tháng 3/2026``, ``maart 2026``; stored as the first of the month);
* ``account_code`` (required, an account in the database);
* ``sku`` (optional, a product in the database) and/or ``category`` (free text; when empty,
  the product's category);
* ``measure`` (sell_in, outbound, sell_out, stock, or a synonym such as 进货, tồn kho,
  uitlevering) — or one ``measure`` for the whole file given by the caller, which also
  fills the column's empty cells;
* ``quantity`` and/or ``amount`` (exact decimals, at most 3 and 2 decimals; an empty cell is
  0, but a row needs one of them; never of opposite signs, never negative for stock); an
  amount column headed as a quantity, or equal to the quantity on every row, is refused
  unless confirmed (``sales_amounts``); an amount may carry its row's currency
  (``€ 1.234,50``, ``8万元``), never another (``money_units``);
* ``currency`` (default: the account's currency).

**Re-importing replaces, it never double counts.** A file covers the months holding its
rows, in each the days from its earliest to its latest date (a period row covers its whole
month; a month of few rows far from the rest is refused unless named: ``sales_months``).
For every (account, measure) in the file (or wider: ``sales_scope``), the facts of that
account and measure dated within the covered days are deleted in the same transaction,
after a backup (``sales_backup``), before the file's rows are inserted. So the same file imported
twice gives the same totals; a corrected file replaces the first; a file of 16–31 January
leaves 1–15 January alone; a monthly figure replaces that month's daily figures of its
account and measure, and a daily file replaces the monthly figure of its month (even from
the 2nd: ``sales_writes.replace_monthly_figures``); other accounts and measures are
never touched unless asked (``replace_for``).

Every row is checked before anything is written; problems are listed by line and column
(``ImportRejected``). ``progress(done, total)`` may raise ``ImportCancelled`` to stop;
nothing is written then either. Columns are checked as wholes, each distinct value once,
which keeps a million-row file within seconds (see ``sales_rows`` and ``sales_writes``).
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Month,
    Sentence,
    counted,
    figure,
    listed,
    listed_some,
)
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.columns import (
    SALES_FIELDS,
    SALES_REQUIRED,
    SALES_SYNONYMS,
    header_score,
    map_columns,
)
from acct_desktop.services.imports.common import EntitySpec, chunked, field_word
from acct_desktop.services.imports.measure_words import (
    distinct_cells,
    names_document_type,
    unmapped_measure_column,
    unmapped_measure_problem,
)
from acct_desktop.services.imports.money_units import Unit, unit_problem
from acct_desktop.services.imports.problems import (
    OTHER_LINES_NAMED,
    RECORDS,
    ImportRejected,
    ProblemList,
    Progress,
    ProgressCallback,
    columns_not_imported,
    error_sentence,
    one_after_another,
)
from acct_desktop.services.imports.sales_amounts import (
    HEADED_AS_QUANTITY,
    SameAsQuantity,
    amount_instead,
    names_quantity,
    same_as_quantity,
)
from acct_desktop.services.imports.sales_backup import backup_before_import
from acct_desktop.services.imports.sales_missing_column import (
    DETAIL,
    lost_values_problem,
    missing_guarded,
    numbers_column,
    unread_numbers_problem,
)
from acct_desktop.services.imports.sales_months import (
    MonthRows,
    covered_spans,
    month_counts,
    outside_problem,
    rows_in,
    stray_months,
    stray_problem,
)
from acct_desktop.services.imports.sales_rows import (
    ReadingProgress,
    SalesColumns,
    read_sales_columns,
)
from acct_desktop.services.imports.sales_scope import (
    SCOPE_SENTENCES,
    ReplaceFor,
    Scope,
    replaced_scope,
)
from acct_desktop.services.imports.sales_values import (
    day_parser,
    month_end,
    months_only,
    sales_day,
    sales_period,
    scaled_numbers,
)
from acct_desktop.services.imports.sales_values import (
    measure as measure_value,
)
from acct_desktop.services.imports.sales_writes import (
    Coded,
    FactRows,
    covered_by_month,
    import_connection,
    replace_covered,
    replace_monthly_figures,
    values_covered,
    write_facts,
)
from acct_desktop.services.imports.sliced import distinct, released, slices
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, SalesFact

_REQUIRED = QT_TRANSLATE_NOOP("messages", "%1 is required")
CATEGORY_LENGTH = SalesFact.__table__.c.category.type.length
PARSERS: dict[str, v.Parser] = {
    "date": sales_day,
    "period": sales_period,
    "account_code": v.code_of(None),
    "sku": v.code_of(None),
    "category": v.text_of(CATEGORY_LENGTH),
    "measure": measure_value,
    "quantity": v.money(places=3),
    "amount": v.amount_of_money(),
    "currency": v.currency,
}
SPEC = EntitySpec("sales facts", SALES_FIELDS, SALES_REQUIRED, SALES_SYNONYMS, PARSERS)


@dataclass(frozen=True)
class SalesImportSummary:
    """What a sales import did."""

    rows: int
    written: int
    replaced: int
    accounts: int
    first_day: date | None
    last_day: date | None
    encoding: str | None = None
    delimiter: str | None = None
    ignored_columns: tuple[str, ...] = ()
    entity: str = "sales facts"
    monthly_replaced: int = 0  # of ``replaced``: monthly figures the file's days replaced
    currencies: tuple[str, ...] = ()  # the file's, sorted
    measures: tuple[Measure, ...] = ()  # the file's, in the order of ``Measure``
    # (month, figures replaced) of each month the file covers, in order
    replaced_by_month: tuple[tuple[date, int], ...] = ()
    replace_for: ReplaceFor = ReplaceFor.FILE
    backup: str | None = None  # the copy of the database taken before figures were replaced

    def describe(self) -> str:
        """One sentence for the user (then the columns not imported, if any)."""
        counts = (
            counted(self.rows, *RECORDS["sales facts"]),
            figure(self.written),
            figure(self.replaced),
            counted(self.accounts, *RECORDS["accounts"]),
        )
        if self.first_day is not None and self.last_day is not None:
            template = QT_TRANSLATE_NOOP(
                "messages", "%1 read: %2 written, %3 replaced, for %4, covering %5 to %6."
            )
            parts: list[str] = [Sentence.of(template, *counts, self.first_day, self.last_day)]
        else:
            template = QT_TRANSLATE_NOOP("messages", "%1 read: %2 written, %3 replaced, for %4.")
            parts = [Sentence.of(template, *counts)]
        if self.monthly_replaced and self.first_day is not None:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "%1 of them were monthly figures, replaced by the file's daily figures of "
                "their month, which start on %2.",
            )
            parts.append(Sentence.of(template, figure(self.monthly_replaced), self.first_day))
        if len(self.replaced_by_month) > 1 and self.replaced:
            each = [
                Sentence.of(QT_TRANSLATE_NOOP("messages", "%1: %2"), Month(m), figure(n))
                for m, n in self.replaced_by_month
            ]
            parts.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Figures replaced by month: %1."), listed(each)
                )
            )
        if self.replace_for in SCOPE_SENTENCES:
            parts.append(Sentence.of(SCOPE_SENTENCES[self.replace_for]))
        if self.backup is not None:
            parts.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The database as it was before this import is kept as a backup (%1).",
                    ),
                    self.backup,
                )
            )
        if self.ignored_columns:
            parts.append(columns_not_imported(self.ignored_columns))
        return one_after_another(parts)


def import_sales(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    measure: Measure | None = None,
    measure_words: Mapping[str, Measure | None] | None = None,
    periods: Collection[date] | None = None,
    replace_for: ReplaceFor = ReplaceFor.FILE,
    amount_confirmed: bool = False,
    header_row: int | None = None,
    no_amounts_confirmed: bool = False,
    no_quantities_confirmed: bool = False,
) -> SalesImportSummary:
    """Import sales facts from the CSV or .xlsx file at ``path``, all or nothing, replacing
    the facts the file covers (see the module docstring).

    ``measure`` is the measure of rows whose file has no measure column (or an empty cell);
    it is refused for a file with a column of measures that is not mapped to the measure.
    ``measure_words`` says what the ERP's own words in the measure column mean
    (``{"Verkoop": Measure.SELL_IN, "ZF2": Measure.OUTBOUND}``), over the words the app
    knows; a cell matches with its surrounding spaces ignored. A word meaning ``None`` is
    not a measure: its rows are refused, even when the app would read it as one.
    ``periods`` (months, each the first of it) are the months the file is meant to hold:
    rows outside them are refused, and a month of few rows among them is taken as meant
    (see ``sales_months``). ``replace_for`` says whose figures the file replaces in its
    months (see ``sales_scope``). ``amount_confirmed``: the column read as the amount holds
    amounts, though its header names a quantity or its numbers are the quantities (see
    ``sales_amounts``; refused otherwise). ``header_row``: the line holding the column names
    (else the first row that looks like them, see ``tabular.header_index``). A file read
    without an amount column is refused when the figures it replaces hold amounts, unless
    ``no_amounts_confirmed``; one without a quantity column when they hold quantities,
    unless ``no_quantities_confirmed`` (see ``sales_missing_column``). Before it
    replaces figures of more than one month, of accounts not in the file, or more figures
    than it writes, a SQLite database is backed up (kind ``pre-import``;
    ``SalesImportSummary.backup``); a month's plain re-import is not (the copy costs about
    18 s per GB of database).
    Raises ``TabularError`` (unreadable file), ``ImportRejected`` (every problem by line and
    column), ``ImportConflict``, or what ``progress`` raises (``ImportCancelled``); in every
    case nothing is written.
    """
    name = Path(path).name
    with collector_paused():
        score = header_score(SALES_FIELDS, SALES_SYNONYMS)
        source = read_sales_columns(path, _reading(progress), header_row, score)
        try:
            check = _Check(
                name, source, mapping, measure, progress, measure_words, periods,
                amount_confirmed,
            )  # fmt: skip
            with import_connection(db, name) as conn:
                rows = check.rows(conn)
                pairs = rows.replaced_pairs()
                scope = replaced_scope(conn, pairs, replace_for)
                spans: list[tuple[date, date]] = []
                if check.first is not None and check.last is not None:
                    spans = covered_spans(check.months, check.first, check.last)
                by_month = covered_by_month(conn, scope, spans, daily=not check.monthly)
                confirmed = {"amount": no_amounts_confirmed,
                             "quantity": no_quantities_confirmed}  # fmt: skip
                check.keep_values(conn, scope, spans, confirmed)
                risky = (
                    len(by_month) > 1  # more than one month's figures go
                    or replace_for is not ReplaceFor.FILE  # other accounts' too
                    or sum(by_month.values()) > len(rows)  # more go than come
                )
                backup = backup_before_import(db, name) if by_month and risky else None
                replaced = replace_covered(conn, scope, spans) if by_month else 0
                monthly_replaced = 0
                if by_month and not check.monthly:
                    monthly_replaced = replace_monthly_figures(conn, scope, spans[0][0])
                    replaced += monthly_replaced
                write_facts(conn, rows, check.progress)
            written = len(rows)
            currencies = tuple(sorted(rows.currencies.distinct_values()))
            rows.release()
        finally:
            released(*source.columns)  # before the collector runs again (see ``sliced``)
    return SalesImportSummary(
        rows=source.rows,
        written=written,
        replaced=replaced,
        monthly_replaced=monthly_replaced,
        currencies=currencies,
        measures=tuple(m for m in Measure if m in {kind for _, kind in pairs}),
        accounts=len({account for account, _ in pairs}),
        first_day=check.first,
        last_day=check.last,
        encoding=source.table.encoding,
        delimiter=source.table.delimiter,
        ignored_columns=check.columns.ignored,
        replaced_by_month=tuple(sorted(by_month.items())),
        replace_for=replace_for,
        backup=backup,
    )


READ_SHARE = 0.45  # of the checking stage: splitting the file into cells (as timed)


def _reading(progress: ProgressCallback | None) -> ReadingProgress | None:
    """How far the file has been read, as the first ``READ_SHARE`` of the checking stage
    (the row count is estimated from the part read so far)."""
    if progress is None:
        return None

    def report(done: int, of: int, rows_so_far: int) -> None:
        rows = max(round(rows_so_far * of / max(done, 1)), 1)
        progress(round(READ_SHARE * rows * done / max(of, 1)), 2 * rows)

    return report


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while millions of cells, tuples and rows are made: they
    hold no cycles, and each collection would walk all of them again (seconds per file)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Check:
    """Every cell of the file checked column by column; problems collected by line."""

    def __init__(
        self,
        name: str,
        source: SalesColumns,
        mapping: Mapping[str, str] | None,
        measure: Measure | None,
        callback: ProgressCallback | None,
        measure_words: Mapping[str, Measure | None] | None = None,
        periods: Collection[date] | None = None,
        amount_confirmed: bool = False,
    ) -> None:
        self.name, self.source, self.default_measure = name, source, measure
        self.amount_confirmed = amount_confirmed
        self.amount_units: dict[str, Unit] = {}  # an amount cell → the currency it is written in
        self.sku_left_out = (mapping or {}).get("sku") == ""  # --map sku= : no products
        self.periods = None if periods is None else {p.replace(day=1) for p in periods}
        self.months: list[date] = []  # the months holding rows, in order
        self.measure_words = {word.strip(): m for word, m in (measure_words or {}).items()}
        self.problems = ProblemList()
        headers = source.table.headers
        self.problems.column_order = {h: i for i, h in reversed(list(enumerate(headers)))}
        # A column of measures the headers did not name: map it, never one measure for all.
        self.details: dict[str, Any] = {}
        holder = self._unmapped_measures(mapping)
        if (
            holder is not None
            and names_document_type(holder[0])
            and "measure" not in (mapping or {})
        ):  # "Doc Type" holding Sell-in, Stock…: read as the measure, as the dialog does
            mapping = {**(mapping or {}), "measure": holder[0]}
            holder = None
        needs_measure = measure is None and holder is None
        required = SALES_REQUIRED + (("measure",) if needs_measure else ())
        self.columns = map_columns(
            source.table, SALES_FIELDS, required, SALES_SYNONYMS, mapping, self.problems,
            SPEC.entity,
        )  # fmt: skip
        self._check_column_choice()
        unmapped = bool(self.problems)  # perhaps as the columns of another row than the header
        # what the file lacks that the user can give: codes to import first, measures
        self.missing: dict[str, int] = {}
        if holder is not None:
            self.problems.add(source.table.header_line, None, unmapped_measure_problem(*holder))
            self.details["measure column"] = holder[0]
        elif needs_measure and "measure" not in self.columns.index:
            self.missing["measures"] = 1
        if names_quantity(self.columns.header("amount")) and not amount_confirmed:
            self._amount_problem(HEADED_AS_QUANTITY)
        # every row would be read wrongly:
        if unmapped:
            self.details["header row"] = source.table.header_line
        self.problems.reject_if_any(name, self.missing, self.details)
        for problem in source.problems:
            self.problems.add(problem.line, None, problem.message)
        self.bad = bytearray(source.rows)  # 1 where a row has a problem
        self.first: date | None = None
        self.last: date | None = None
        self.monthly = False  # the file gives months (a period column), not days
        self.progress = Progress(callback, source.rows)
        self._checked(0)

    def _unmapped_measures(self, mapping: Mapping[str, str] | None) -> tuple[str, list[str]] | None:
        """The header and measure words of a column holding measures that no header or
        ``mapping`` reads as the measure column (None when there is none)."""
        table = self.source.table
        probe = map_columns(
            table, SALES_FIELDS, SALES_REQUIRED, SALES_SYNONYMS, mapping, ProblemList(),
            SPEC.entity,
        )  # fmt: skip
        if "measure" in probe.index:
            return None
        return unmapped_measure_column(table.headers, probe.index.values(), self.source.column)

    def _amount_problem(self, message: str) -> None:
        """The column read as the amount holds quantities: said on the header line, with
        what the advice below the problems needs (see ``sales_amounts``)."""
        header = self.columns.header("amount")
        self.problems.add(self.source.table.header_line, header, message)
        self.details["amount column"] = header
        instead = amount_instead(self.columns.headers, list(self.columns.index.values()))
        if instead is not None:
            self.details["amount instead"] = instead
        if "quantity" not in self.columns.index:  # the column may be read as the quantity
            self.details["quantity free"] = True

    def keep_values(
        self,
        conn: Connection,
        scope: Scope,
        spans: list[tuple[date, date]],
        confirmed: Mapping[str, bool],
    ) -> None:
        """Refuse a file read without an amount (or a quantity) column whose rows would
        replace figures that hold amounts (quantities), or which has a column not read that
        holds numbers: they would become 0, unless ``confirmed`` for that column (see
        ``sales_missing_column``)."""
        unread, table = self.columns.ignored, self.source.table
        missing = [field for field in missing_guarded(list(self.columns.index))
                   if not confirmed.get(field)]  # fmt: skip
        if not missing:
            return
        taken = list(self.columns.index.values())
        numbers = numbers_column(table.headers, taken, self.source.column)
        for field in missing:
            covered = values_covered(conn, scope, spans, not self.monthly, field)
            if covered:
                problem = lost_values_problem(field, covered, unread)
            elif numbers is not None:
                problem = unread_numbers_problem(field, *numbers)
            else:
                continue
            self.problems.add(table.header_line, None, problem)
            # the column to read as it, for the advice: the one holding numbers, or the
            # only one not read
            self.details[DETAIL[field]] = (
                numbers[0] if numbers else unread[0] if len(unread) == 1 else ""
            )
        self._refuse_if_problems()

    def _check_column_choice(self) -> None:
        index, line = self.columns.index, self.source.table.header_line
        if "date" in index and "period" in index:
            self.problems.add(
                line,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'the file has both a date column ("%1") and a period column ("%2"); '
                        "leave one of them out",
                    ),
                    self.columns.header("date"),
                    self.columns.header("period"),
                ),
            )
        elif "date" not in index and "period" not in index:
            self.problems.add(
                line,
                None,
                QT_TRANSLATE_NOOP("messages", "the file has no column for date or period"),
            )
        if "quantity" not in index and "amount" not in index:
            self.problems.add(
                line,
                None,
                QT_TRANSLATE_NOOP("messages", "the file has no column for quantity or amount"),
            )

    # -- problems ---------------------------------------------------------------------------
    def _cells(self, field: str) -> list[str]:
        return self.source.column(self.columns.index[field])

    def _report(self, field: str, cells: Sequence[str], bad: Mapping[str, str]) -> None:
        """Mark every row holding a bad distinct cell; each problem is listed once with the
        rows that have it (400 rows of one unknown account are one problem to fix)."""
        if not bad:
            return
        first: dict[str, list[int]] = {}  # message → its first rows
        rows: dict[str, int] = {}
        named = 1 + OTHER_LINES_NAMED
        for row, cell in enumerate(cells):
            message = bad.get(cell)
            if message is not None:
                self.bad[row] = 1
                seen = first.setdefault(message, [])
                if len(seen) < named:
                    seen.append(row)
                rows[message] = rows.get(message, 0) + 1
        header = self.columns.header(field)
        for message, seen in first.items():
            lines = [self.source.line(row) for row in seen]
            self.problems.add_repeated(lines, rows[message], header, message)

    def _missing(self, field: str, rows: Sequence[int], message: str) -> None:
        for row in rows:
            self.bad[row] = 1
        if rows:
            lines = [self.source.line(row) for row in rows[: 1 + OTHER_LINES_NAMED]]
            self.problems.add_repeated(lines, len(rows), self.columns.header(field), message)

    def _distinct(self, field: str, parse: v.Parser, unique: set[str] | None = None) -> Coded:
        """The column coded: each distinct cell (``unique``, when already known) parsed
        once; problems reported."""
        cells = self._cells(field)
        known: dict[str, Any] = {}
        bad: dict[str, str] = {}
        for cell in distinct(cells) if unique is None else unique:
            try:
                known[cell] = parse(cell)
            except ValueError as exc:
                bad[cell] = error_sentence(exc)
                known[cell] = None
        self._report(field, cells, bad)
        return Coded(cells, known)

    def _empty(self, field: str, column: Coded, message: str) -> None:
        """Report the rows whose cell of ``field`` is empty."""
        if any(not cell.strip() for cell in column.values):
            empty = [row for row, cell in enumerate(column.cells) if not cell.strip()]
            self._missing(field, empty, message)

    # -- the columns ------------------------------------------------------------------------
    def rows(self, conn: Connection) -> FactRows:
        """All rows checked against each other and the database; raises ``ImportRejected``."""
        periods = self._periods()
        self._checked(1)
        accounts, account_currencies = self._accounts(conn)
        self._checked(2)
        products, categories = self._products(conn)
        self._checked(3)
        measures = self._measures()
        self._checked(4)
        quantities, amounts = self._numbers()
        self._signs(measures, quantities, amounts)
        self._checked(6)
        currencies = self._currencies(account_currencies)
        self._amount_units(currencies)
        self._checked(8)
        self._refuse_if_problems()
        return FactRows(
            periods,
            accounts,
            products,
            categories,
            measures,
            quantities,
            amounts,
            currencies,
            whole_month=self.monthly,
        )

    def _refuse_if_problems(self) -> None:
        """Refuse the whole file, every problem found so far with its line, if any."""
        if self.problems:
            raise ImportRejected(
                self.name,
                self.problems.items,
                self.problems.total,
                self.problems.column_order,
                self.missing,
                self.details,
            )

    def _checked(self, eighths: int) -> None:
        """``eighths`` of the columns' checks done (after the file's reading)."""
        self.progress.checking(READ_SHARE + (1 - READ_SHARE) * eighths / 8)

    def _periods(self) -> Coded:
        monthly = "period" in self.columns.index
        field = "period" if monthly else "date"
        if monthly:
            column = self._distinct(field, sales_period)
        else:  # the distinct days decide how 11/03/2026 reads, then are parsed
            unique = distinct(self._cells(field))
            monthly = months_only(unique)  # "Date" holding 2026-11: monthly figures
            column = self._distinct(field, sales_period if monthly else day_parser(unique), unique)
        days = [value for value in column.values.values() if value is not None]
        if days:
            self.first = min(days)
            self.last = month_end(max(days)) if monthly else max(days)
        self.monthly = monthly
        self._empty(field, column, Sentence.of(_REQUIRED, field_word(field)))
        self._months(field, column)
        return column

    def _months(self, field: str, column: Coded) -> None:
        """The months holding rows; rows outside the ``periods`` named, or in a month of
        few rows far from the rest, are refused (see ``sales_months``)."""
        counts = month_counts(column.cells, column.values)
        self.months = sorted(counts)
        if self.periods is not None:
            outside = [month for month in self.months if month not in self.periods]
            for month in outside:
                rows = rows_in(column.cells, column.values, {month})
                self._missing(field, rows, outside_problem(month, self.periods))
            self.months = [month for month in self.months if month in self.periods]
            return
        strays = stray_months(counts)
        if not strays:
            return
        listing = []
        for month in sorted(counts, key=lambda m: (-counts[m], m)):
            lines: tuple[int, ...] = ()
            if month in strays:
                rows = rows_in(column.cells, column.values, {month})
                self._missing(field, rows, stray_problem(month, counts))
                lines = tuple(self.source.line(row) for row in rows[: 1 + OTHER_LINES_NAMED])
            listing.append(MonthRows(month, counts[month], lines))
        self.details["months"] = tuple(listing)

    def _accounts(self, conn: Connection) -> tuple[Coded, Coded]:
        codes = self._distinct("account_code", PARSERS["account_code"])
        wanted = sorted({code for code in codes.values.values() if code})
        table = Account.__table__
        found = accounts_by_code(conn, wanted, table.c.id, table.c.currency)
        bad: dict[str, str] = {}
        for cell, code in codes.values.items():
            if code is None:
                bad[cell] = QT_TRANSLATE_NOOP("messages", "account code is required")
            elif code not in found:
                bad[cell] = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "there is no account %1 in the database"), code
                )
        if unknown := {code for code in wanted if code not in found}:
            self.missing["accounts"] = len(unknown)
        self._report("account_code", codes.cells, bad)
        of = {cell: found.get(code or "", (None, None)) for cell, code in codes.values.items()}
        ids = Coded(codes.cells, {cell: pair[0] for cell, pair in of.items()})
        return ids, Coded(codes.cells, {cell: pair[1] for cell, pair in of.items()})

    def _unmapped_skus(self, conn: Connection) -> None:
        """A column no header names as the SKU whose cells are products' SKUs (most of its
        first different cells are): said, as for measures, rather than dropped unseen."""
        if "sku" in self.columns.index or self.sku_left_out:
            return
        table = Product.__table__
        taken = set(self.columns.index.values())
        for index, header in enumerate(self.source.table.headers):
            if index in taken or not header:
                continue
            cells = [c.strip() for c in distinct_cells(self.source.column(index))[:200]]
            cells = [c for c in cells if c]
            if not cells:
                continue
            known = set(conn.execute(select(table.c.sku).where(table.c.sku.in_(cells))).scalars())
            if len(known) * 5 >= len(cells) * 4:  # four in five are SKUs in the database
                self.problems.add(
                    self.source.table.header_line,
                    None,
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            'the column "%1" holds product SKUs (%2), but no column is read '
                            "as the SKU; map that column to the SKU (or leave the SKU out "
                            "with sku=)",
                        ),
                        header,
                        listed_some(sorted(known), 4),
                    ),
                )
                return

    def _products(self, conn: Connection) -> tuple[Coded, Coded]:
        count = self.source.rows
        products = categories = Coded.constant(None, count)
        self._unmapped_skus(conn)
        if "sku" in self.columns.index:
            skus = self._distinct("sku", PARSERS["sku"])
            found: dict[str, tuple[Any, str]] = {}
            table = Product.__table__
            for chunk in chunked(sorted({sku for sku in skus.values.values() if sku})):
                query = select(table.c.sku, table.c.id, table.c.category).where(
                    table.c.sku.in_(chunk)
                )
                found.update((sku, (id_, category)) for sku, id_, category in conn.execute(query))
            unknown = QT_TRANSLATE_NOOP(
                "messages", "there is no product with SKU %1 in the database"
            )
            bad = {
                cell: Sentence.of(unknown, sku)
                for cell, sku in skus.values.items()
                if sku and sku not in found
            }
            self._report("sku", skus.cells, bad)
            of = {cell: found.get(sku or "", (None, None)) for cell, sku in skus.values.items()}
            products = Coded(skus.cells, {cell: pair[0] for cell, pair in of.items()})
            categories = Coded(skus.cells, {cell: pair[1] for cell, pair in of.items()})
        if "category" in self.columns.index:
            given = self._distinct("category", v.text_of(CATEGORY_LENGTH))
            if "sku" not in self.columns.index:
                return products, given
            # A row's own category, else its product's: one text per row, coded by itself.
            texts = [
                c if c is not None else p
                for c, p in zip(given.decoded(), categories.decoded(), strict=True)
            ]
            keys = ["" if text is None else text for text in texts]
            categories = Coded(keys, {key: key or None for key in set(keys)})
        return products, categories

    def _measures(self) -> Coded:
        default = self.default_measure
        if "measure" not in self.columns.index:
            return Coded.constant(default, self.source.rows)
        words = self.measure_words

        def parse(cell: str) -> Measure | None:
            word = cell.strip()
            if word not in words:
                return measure_value(cell)
            if (meant := words[word]) is None:
                raise ValueError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", '"%1" was set aside as not a measure for this import'
                        ),
                        word,
                    )
                )
            return meant

        column = self._distinct("measure", parse if words else measure_value)
        unknown = {
            cell
            for cell, m in column.values.items()
            if m is None and cell.strip() not in ("", *words)
        }
        if unknown:
            self.missing["measure words"] = len(unknown)  # the file's own: --measure-word
            # the advice's example is the file's own first unknown word (退货=none), not ours
            first = next(cell for cell in column.cells if cell in unknown)
            self.details["measure word"] = first.strip()
        if default is not None:
            return Coded(column.cells, {c: m or default for c, m in column.values.items()})
        if any(not cell.strip() for cell in column.values):
            self.missing["measures"] = 1  # a measure for rows without one: --measure
        self._empty("measure", column, Sentence.of(_REQUIRED, field_word("measure")))
        return column

    def _numbers(self) -> tuple[list[int], list[int]]:
        count = self.source.rows
        columns: dict[str, list[int | None]] = {}
        for field, places in (("quantity", 3), ("amount", 2)):
            if field in self.columns.index:
                cells = self._cells(field)
                money = field == "amount"  # 12.5万, and its currency written (8万元)
                units = self.amount_units if money else None
                values, bad = scaled_numbers(cells, places, myriads=money, units=units)
                self._report(field, cells, bad)
                columns[field] = values
        quantities = columns.get("quantity", [None] * count)
        amounts = columns.get("amount", [None] * count)
        if None in quantities and None in amounts:
            empty = [
                row
                for row, (q, a) in enumerate(zip(quantities, amounts, strict=True))
                if q is None and a is None and not self.bad[row]
            ]
            self._missing(
                "amount" if "amount" in columns else "quantity",
                empty,
                QT_TRANSLATE_NOOP("messages", "a quantity or an amount is required"),
            )
        return _zeros(quantities), _zeros(amounts)

    def _signs(self, measures: Coded, quantities: list[int], amounts: list[int]) -> None:
        """Stock is a count of what is on hand: never below zero. A row's quantity and
        amount go the same way: a return has both negative, never one of them. An amount
        that is the quantity on every row is a quantity read as the amount
        (``sales_amounts``). (Whole slices at a time with numpy, see ``sliced``.)"""
        import numpy as np

        stock_cells = {cell for cell, m in measures.values.items() if m is Measure.STOCK}
        negative_stock: list[int] = []
        opposite: list[int] = []
        both = "quantity" in self.columns.index and "amount" in self.columns.index
        same = SameAsQuantity() if both and not self.amount_confirmed else None
        start = 0
        for q_part, a_part, m_part in zip(
            slices(quantities), slices(amounts), slices(measures.cells), strict=True
        ):
            count = len(q_part)
            q = np.fromiter(q_part, np.int64, count)
            a = np.fromiter(a_part, np.int64, count)
            below = np.zeros(count, dtype=bool)
            if stock_cells:
                stock = np.fromiter(map(stock_cells.__contains__, m_part), bool, count)
                below = stock & ((q < 0) | (a < 0))
            negative_stock.extend((start + np.flatnonzero(below)).tolist())
            against = (np.sign(q) * np.sign(a) < 0) & ~below
            opposite.extend((start + np.flatnonzero(against)).tolist())
            if same is not None:
                same.add(np, q, a)
            start += count
        if same is not None and same.found:
            self._amount_problem(same_as_quantity(self.columns.header("quantity") or ""))
        field = "quantity" if "quantity" in self.columns.index else "amount"
        self._missing(
            field,
            negative_stock,
            QT_TRANSLATE_NOOP(
                "messages",
                "stock cannot be negative: it is a count of what is on hand (a return is "
                "sell-in or sell-out with a negative quantity and amount)",
            ),
        )
        self._missing(
            field,
            opposite,
            QT_TRANSLATE_NOOP(
                "messages",
                "the quantity and the amount have opposite signs; a return has both negative",
            ),
        )

    def _amount_units(self, currencies: Coded) -> None:
        """Each amount written with its currency (``€ 1.234,50``) against its row's
        currency — the row's currency cell, else its account's: a unit that may stand for
        it goes, one that cannot is refused (``money_units``)."""
        units = self.amount_units
        if not units:
            return
        own = self._cells("currency") if "currency" in self.columns.index else None
        wrong: dict[str, list[int]] = {}
        for row, cell in enumerate(self._cells("amount")):
            unit = units.get(cell)
            if unit is None or self.bad[row]:
                continue
            currency = currencies.values.get(currencies.cells[row])
            if currency is None or unit.allows(currency):
                continue
            from_column = own is not None and bool(own[row].strip())
            wrong.setdefault(unit_problem(unit, currency, from_column), []).append(row)
        for message, rows in wrong.items():
            self._missing("amount", rows, message)

    def _currencies(self, of_accounts: Coded) -> Coded:
        if "currency" not in self.columns.index:
            return of_accounts
        given = self._distinct("currency", v.currency)
        if not any(not cell.strip() for cell in given.values):
            return given
        texts = [
            c or a for c, a in zip(given.decoded(), of_accounts.decoded(), strict=True)
        ]  # a row's own currency, else its account's
        return Coded(texts, {text: text for text in set(texts)})


def _zeros(values: list[int | None]) -> list[int]:
    if None not in values:
        return values  # type: ignore[return-value]
    return [0 if value is None else value for value in values]
