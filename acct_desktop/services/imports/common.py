"""The steps every import shares: read and map the file, parse each row, batch look-ups,
and write inserts and version-checked updates in bulk."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.imports.columns import ColumnMap, header_score, map_columns
from acct_desktop.services.imports.field_words import field_word
from acct_desktop.services.imports.problems import (
    ImportConflict,
    ImportSummary,
    ProblemList,
    Progress,
    ProgressCallback,
    database_changed,
    database_refused,
    error_sentence,
)
from acct_desktop.services.imports.values import Parser, for_column
from acct_desktop.services.tabular import Table, read_table
from acct_desktop.store.bulk import bulk_insert
from acct_desktop.store.database import Database

T = TypeVar("T")
LOOKUP_CHUNK = 900  # keys per IN (...) query: under every driver's parameter limit
WRITE_CHUNK = 2000  # rows per executemany between two progress reports


@dataclass(slots=True)
class ParsedRow:
    """A data row's parsed values by field (only the mapped fields) and whether all parsed."""

    line: int
    values: dict[str, Any]
    ok: bool = True


@dataclass
class ImportInput:
    """A read and mapped file with its parsed rows, ready for the entity's own checks."""

    name: str
    table: Table
    columns: ColumnMap
    rows: list[ParsedRow]
    problems: ProblemList
    progress: Progress

    def problem(self, row: ParsedRow, field: str | None, message: str) -> None:
        """Report a problem on ``row`` in the column of ``field`` and mark the row bad."""
        row.ok = False
        self.problems.add(row.line, self.columns.header(field) if field else None, message)

    def summary(self, entity: str, **counts: Any) -> ImportSummary:
        return ImportSummary(
            entity=entity,
            rows=len(self.rows),
            encoding=self.table.encoding,
            delimiter=self.table.delimiter,
            ignored_columns=self.columns.ignored,
            **counts,
        )


@dataclass(frozen=True)
class EntitySpec:
    """An importable entity: its fields, required ones, header synonyms and value parsers."""

    entity: str
    fields: tuple[str, ...]
    required: tuple[str, ...]
    synonyms: Mapping[str, Sequence[str]]
    parsers: Mapping[str, Parser] = field(default_factory=dict)


def read_input(
    path: str | Path,
    spec: EntitySpec,
    mapping: Mapping[str, str] | None,
    progress: ProgressCallback | None,
    header_row: int | None = None,
) -> ImportInput:
    """Read the file, map its columns and parse every row; problems are collected, not
    raised, except a column map that cannot work (every row would be wrong). The column
    names are on line ``header_row`` when given, else on the row that names most of
    ``spec``'s fields among the first (see ``tabular.header_index``)."""
    name = Path(path).name
    table = read_table(
        path, header_row=header_row, header_score=header_score(spec.fields, spec.synonyms)
    )
    problems = ProblemList()
    problems.column_order = {header: i for i, header in reversed(list(enumerate(table.headers)))}
    columns = map_columns(
        table, spec.fields, spec.required, spec.synonyms, mapping, problems, spec.entity
    )
    columns_unusable = bool(problems)
    for problem in table.problems:
        problems.add(problem.line, None, problem.message)
    if columns_unusable:  # every row would be read wrongly: say so before checking rows
        problems.reject_if_any(name, details={"header row": table.header_line})
    if not table.rows:  # a header alone (or rows that could not be read): nothing to import
        if not problems:
            problems.add(
                table.header_line,
                None,
                QT_TRANSLATE_NOOP(
                    "messages", "no rows to import: the file has nothing below its column names"
                ),
            )
        problems.reject_if_any(name)
    tick = Progress(progress, len(table.rows))
    tick.checked(0)
    sources = table.rows
    names: list[str] = []
    parsed: list[list[Any]] = []
    bad: list[tuple[int, str]] = []  # (row position, field) of cells that did not parse

    def cells_of(index: int) -> list[str]:
        return [row.values[index] if index < len(row.values) else "" for row in sources]

    # A parser that reads a cell by what the rest of the file shows (the decimal mark of a
    # column, whether the file's dates have their month first) sees the distinct cells of
    # every column it reads.
    pooled: dict[int, set[str]] = {}
    for field_name, index in columns.index.items():
        parse = spec.parsers[field_name]
        if hasattr(parse, "for_column"):
            pooled.setdefault(id(parse), set()).update(cells_of(index))
    # Column by column: ``map`` over a column is several times faster than a loop over
    # cells; a column with a bad cell is redone cell by cell to report each problem.
    for done, (field_name, index) in enumerate(columns.index.items(), start=1):
        cells = cells_of(index)
        parse = spec.parsers[field_name]
        if id(parse) in pooled:
            parse = for_column(parse, pooled[id(parse)])
        try:
            column = list(map(parse, cells))
        except ValueError:
            column = []
            header = table.headers[index]
            for position, cell in enumerate(cells):
                try:
                    column.append(parse(cell))
                except ValueError as exc:
                    problems.add(sources[position].line, header, error_sentence(exc))
                    bad.append((position, field_name))
                    column.append(None)
        names.append(field_name)
        parsed.append(column)
        tick.checked(len(sources) * done // len(columns.index))
    rows = (
        [
            ParsedRow(source.line, dict(zip(names, values, strict=True)))
            for source, values in zip(sources, zip(*parsed, strict=True), strict=True)
        ]
        if parsed
        else [ParsedRow(source.line, {}) for source in sources]
    )
    for position, field_name in bad:
        rows[position].ok = False
        rows[position].values.pop(field_name, None)
    tick.checked(len(rows))
    return ImportInput(name, table, columns, rows, problems, tick)


@contextmanager
def transaction(db: Database, name: str) -> Iterator[Connection]:
    """One transaction for the whole import; a database refusal (someone else's insert of
    the same code, a locked file) becomes an ``ImportConflict`` sentence."""
    try:
        with db.session() as session:
            yield session.connection()
    except IntegrityError as exc:
        raise ImportConflict(database_changed(name, _first_line(exc.orig))) from exc
    except DBAPIError as exc:
        raise ImportConflict(database_refused(name, _first_line(exc.orig))) from exc


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def require(data: ImportInput, fields: Iterable[str]) -> None:
    """Report rows where a required field's cell is empty."""
    for row in data.rows:
        for name in fields:
            if name in row.values and row.values[name] in (None, ""):
                data.problem(
                    row,
                    name,
                    Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is required"), field_word(name)),
                )


def chunked(items: Sequence[T], size: int = LOOKUP_CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_rows(
    conn: Connection,
    table: SqlTable,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    progress: Progress | None = None,
    done: int = 0,
) -> int:
    """Bulk insert ``rows`` in chunks, reporting progress after each; returns ``done``."""
    for chunk in chunked(rows, WRITE_CHUNK):
        bulk_insert(conn, table, columns, chunk)
        done += len(chunk)
        if progress is not None:
            progress.written(done)
    return done


def update_rows(
    conn: Connection,
    table: SqlTable,
    columns: Sequence[str],
    changes: Sequence[tuple[uuid.UUID, int, Mapping[str, Any]]],
    now: datetime,
    progress: Progress | None = None,
    done: int = 0,
) -> int:
    """Update ``(id, version, values)`` rows, bumping the version, only where the version is
    still the one read (someone else's edit in between raises ``ImportConflict``)."""
    if not changes:
        return done
    statement = (
        table.update()
        .where(table.c.id == bindparam("w_id"), table.c.version == bindparam("w_version"))
        .values(
            {name: bindparam(f"v_{name}") for name in columns}
            | {"version": bindparam("v_version"), "updated_at": bindparam("v_updated_at")}
        )
    )
    check = conn.dialect.supports_sane_multi_rowcount
    for chunk in chunked(changes, WRITE_CHUNK):
        params = [
            {f"v_{name}": values[name] for name in columns}
            | {"w_id": id_, "w_version": version, "v_version": version + 1, "v_updated_at": now}
            for id_, version, values in chunk
        ]
        result = conn.execute(statement, params)
        if check and result.rowcount != len(params):
            raise ImportConflict(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone changed some of these records while the import ran; nothing was "
                    "written. Import the file again.",
                )
            )
        done += len(chunk)
        if progress is not None:
            progress.written(done)
    return done
