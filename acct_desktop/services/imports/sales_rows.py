"""Reading a sales file into columns of cell texts, fast enough for a million rows.

An ERP export is usually a plain CSV: one header line, one record per line, no quote marks,
the same number of separators on every line. Such a file is split a block of lines at a
time with a handful of whole-block string operations (no per-row Python work), which is
several times faster than the ``csv`` module and never holds the interpreter for long.
Anything else (an .xlsx workbook, quoted values, a title above the header, blank or ragged
lines, NUL bytes, lone CR line ends) is read by ``tabular.read_table``, which lists damaged
lines by number; both give the same columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from acct_desktop.services.tabular import (
    FOUND_HEADER,
    HEADER_SEARCH_ROWS,
    HeaderChoice,
    HeaderScore,
    Table,
    TableProblem,
    TabularError,
    decode,
    header_index,
    read_csv_bytes,
    read_table,
    sniff_delimiter,
)


@dataclass
class SalesColumns:
    """A file's header, its data cells column by column and where each row came from."""

    table: Table  # headers and how the file was read (its ``rows`` stay empty on the fast path)
    columns: list[list[str]]  # one list of cell texts per header
    rows: int
    first_line: int = 0  # fast path: row i is on line first_line + i
    lines: list[int] | None = None  # otherwise: the line of each row
    problems: list[TableProblem] = field(default_factory=list)

    def line(self, row: int) -> int:
        """The 1-based line of data row ``row`` (0-based)."""
        return self.lines[row] if self.lines is not None else self.first_line + row

    def column(self, index: int) -> list[str]:
        return self.columns[index]


ReadingProgress = Callable[[int, int, int], object]  # (characters done, of, rows so far)
BLOCK_CHARS = 1 << 20  # a plain CSV is split a block of about a megabyte at a time


def read_sales_columns(
    path: str | Path,
    progress: ReadingProgress | None = None,
    header_row: int | None = None,
    header_score: HeaderScore | None = None,
) -> SalesColumns:
    """Read ``path`` (CSV or .xlsx) into columns; raises ``TabularError`` when unreadable.

    ``progress`` hears how far a plain CSV has been split (it may raise to cancel). The
    column names are on line ``header_row`` when given, else found as ``read_table``
    finds them (``header_score``)."""
    path = Path(path)
    header = HeaderChoice(header_row, header_score)

    def careful() -> SalesColumns:
        return _from_table(
            read_table(path, header_row=header_row, header_score=header_score)
        )  # the reader's own sentence for the user, when the file cannot be read

    try:
        data = path.read_bytes()
    except OSError:
        return careful()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return careful()
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        return careful()
    text, encoding = decode(data, path.name)
    fast = _plain_csv(text, encoding, progress, header) if header_row in (None, 1) else None
    if fast is not None:
        return fast
    return _from_table(read_csv_bytes(data, name=path.name, header=header))


def _plain_csv(
    text: str,
    encoding: str,
    progress: ReadingProgress | None = None,
    choice: HeaderChoice = FOUND_HEADER,
) -> SalesColumns | None:
    """Columns of a plain CSV text, or ``None`` when it needs the careful reader.

    The text is split a block of lines at a time (see ``sliced``: no single step holds the
    interpreter for long), with whole-block string operations and no per-row Python work."""
    if '"' in text or "\x00" in text or not text or text.isspace() or text.startswith("sep="):
        return None
    stop = len(text)
    while stop and text[stop - 1] in "\r\n":  # trailing line ends (a lone CR is not one)
        stop -= 1
    if "\r" in text[stop:].replace("\r\n", "\n"):
        return None
    header_end = text.find("\n", 0, stop)
    if header_end < 0:
        return None  # a header and no rows
    header = text[:header_end].removesuffix("\r")
    if "\r" in header:
        return None
    delimiter = sniff_delimiter(text)
    headers = header.split(delimiter)
    width = len(headers)
    if width < 2 or sum(1 for h in headers if h.strip()) < 2:
        return None
    if choice.row is None:  # a title or a row of group names above the header: careful
        first = text[:stop].split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS]
        rows = [line.removesuffix("\r").split(delimiter) for line in first]
        if header_index([r for r in rows if any(c.strip() for c in r)], choice.score):
            return None
    separators = width - 1
    columns: list[list[str]] = [[] for _ in range(width)]
    rows = 0
    start = header_end + 1
    while start < stop:
        end = text.find("\n", min(start + BLOCK_CHARS, stop), stop)
        end = stop if end < 0 else end
        block = text[start:end]
        if "\r" in block:
            if end < stop:  # the block ends before a line feed: its last CR is a CRLF's
                block = block.removesuffix("\r")
            block = block.replace("\r\n", "\n")
            if "\r" in block:
                return None
        lines = block.split("\n")
        if list(map(str.count, lines, repeat(delimiter))).count(separators) != len(lines):
            return None  # a ragged or blank line: the careful reader names it
        if delimiter * separators in lines:
            return None  # a row of empty cells, which the careful reader skips
        cells = delimiter.join(lines).split(delimiter)
        for index, column in enumerate(columns):
            column.extend(cells[index::width])
        rows += len(lines)
        start = end + 1
        if progress is not None:
            progress(min(start, stop), stop, rows)
    table = Table(
        headers=[h.strip() for h in headers],
        rows=[],
        encoding=encoding,
        delimiter=delimiter,
        header_line=1,
        source="csv",
    )
    return SalesColumns(table, columns, rows, first_line=2)


def _from_table(table: Table) -> SalesColumns:
    width = len(table.headers)
    values = [row.values for row in table.rows]
    columns = [[cells[i] if i < len(cells) else "" for cells in values] for i in range(width)]
    lines = [row.line for row in table.rows]
    return SalesColumns(table, columns, len(values), lines=lines, problems=list(table.problems))


__all__ = ["SalesColumns", "TabularError", "read_sales_columns"]
