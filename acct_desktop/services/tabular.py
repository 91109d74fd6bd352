"""Reading a user's spreadsheet (CSV in any common encoding and dialect, or .xlsx).

Files come from ERP exports, Excel on Chinese, Vietnamese and Dutch Windows, old Macs and
colleagues' scripts, so the reader guesses what a person would: the encoding (BOM first,
then strict UTF-8, then GB18030 versus cp1252 and friends by charset-normalizer), the
delimiter (``,`` ``;`` tab ``|``) and the line endings (LF, CRLF or CR alone). Damage that a
person must look at (NUL bytes, rows with too many or too few values) is not fixed
silently: it is listed in ``Table.problems`` with its line number. A file that cannot be
read at all raises ``TabularError`` whose message is a sentence for the user.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, counted, figure, file_problem

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024
MAX_FIELD_CHARS = 1024 * 1024
HEADER_SEARCH_ROWS = 20
NUL_TEXT_LIMIT = 0.01  # more NULs than this share of the text: a binary file, not a CSV

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_EXCEL_SEPARATOR = re.compile(r"sep=([,;\t|])\r?\n")

Record = tuple[int, tuple[str, ...]]  # (first physical line, values)
# How many cells of a row name a field the import knows (``imports.columns.header_score``):
# the row of column names scores, a title or a row of group names above it does not.
HeaderScore = Callable[[Sequence[str]], int]


class TabularError(ValueError):
    """A file cannot be read as a table; the message says why, as a sentence."""


class CellNumber(str):
    """Text of a cell that a spreadsheet stored as a number (not typed text).

    Its text is plain (``1234.5``, no grouping), so number parsers need not guess whether
    ``123.456`` has a thousands separator.
    """

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One record of the file and the 1-based physical line (or sheet row) it starts on."""

    line: int
    values: tuple[str, ...]

    def value(self, index: int) -> str:
        """The value in column ``index``; empty for a column the row does not reach."""
        return self.values[index] if index < len(self.values) else ""


@dataclass(frozen=True, slots=True)
class TableProblem:
    """Something wrong with the file itself at ``line`` (a NUL byte, a ragged row)."""

    line: int
    message: str


@dataclass
class Table:
    """The header and data rows of a file (blank rows skipped) and how it was read."""

    headers: list[str]
    rows: list[Row]
    encoding: str | None = None  # None for .xlsx
    delimiter: str | None = None  # None for .xlsx
    header_line: int = 1
    source: str = "csv"  # "csv" or "xlsx"
    sheet: str | None = None  # the workbook's sheet that was read (None for CSV)
    problems: list[TableProblem] = field(default_factory=list)
    more_rows: int = 0  # data rows counted but not kept (``read_table(keep_rows=...)``)
    # header → its values, for the columns holding at most FEW_VALUES different values in
    # the whole file (``read_table(few_values=True)``): a measure or type column to show
    few_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the first rows of the file that are not blank, header included: (line, values), for
    # the user to choose the header row among
    leading: list[Record] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        """Every data row of the file, kept or only counted."""
        return len(self.rows) + self.more_rows


FEW_VALUES = 12  # a column with more different values is not one to list value by value


def read_table(
    path: str | Path,
    keep_rows: int | None = None,
    few_values: bool = False,
    header_row: int | None = None,
    header_score: HeaderScore | None = None,
) -> Table:
    """Read a CSV or .xlsx file into a ``Table`` (format decided by content, not name).

    With ``keep_rows``, only the first rows are kept and the others only counted (a preview
    of a million-row file needs its header, its first rows and how many there are).
    Raises ``TabularError`` for a file that is missing, empty, binary, an old ``.xls`` or
    damaged beyond reading. With ``few_values``, the columns with few different values
    have them listed (``Table.few_values``). The header is the row (line) ``header_row``
    when given, else the one ``header_index`` finds (``header_score`` tells it which rows
    name fields the import knows).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TabularError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 does not exist."), path)
        ) from None
    except IsADirectoryError:
        raise TabularError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is a folder, not a file."), path)
        ) from None
    except OSError as exc:
        raise TabularError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 cannot be read (%2)."), path, file_problem(exc)
            )
        ) from None
    chosen = HeaderChoice(header_row, header_score)
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, keep_rows, few_values, chosen)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TabularError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is an old Excel .xls file (or a password-protected workbook); "
                    "save it as .xlsx or CSV (UTF-8) and import that.",
                ),
                path.name,
            )
        )
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise TabularError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "%1 is not a valid .xlsx workbook; it may be damaged."
                ),
                path.name,
            )
        )
    return read_csv_bytes(
        data, name=path.name, keep_rows=keep_rows, few_values=few_values, header=chosen
    )


@dataclass(frozen=True, slots=True)
class HeaderChoice:
    """Which row holds the column names: ``row`` (a line of the file) when the user said
    so, else the one ``header_index`` finds with ``score``."""

    row: int | None = None
    score: HeaderScore | None = None


FOUND_HEADER = HeaderChoice()  # the header row as ``header_index`` finds it


# -- CSV ----------------------------------------------------------------------------------


# The name of a file read from bytes without one, inside a sentence.
THE_FILE = Sentence.of(QT_TRANSLATE_NOOP("messages", "the file"))


def read_csv_bytes(
    data: bytes,
    name: str = THE_FILE,
    keep_rows: int | None = None,
    few_values: bool = False,
    header: HeaderChoice = FOUND_HEADER,
) -> Table:
    """Read CSV ``data``: decode, sniff the delimiter, parse and check the rows (keeping the
    first ``keep_rows`` of them when given, counting the others); ``header`` says which
    row holds the column names."""
    text, encoding = decode(data, name)
    problems: list[TableProblem] = []
    if "\x00" in text:
        nuls = text.count("\x00")
        if nuls > max(8, len(text) * NUL_TEXT_LIMIT):
            raise TabularError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 is not a text (CSV) file nor an .xlsx workbook (it may be a picture, "
                        "a PDF or another program's file). Export the figures as CSV (UTF-8) or "
                        ".xlsx and import that.",
                    ),
                    name,
                )
            )
        text = _drop_nuls(text, problems)
    if not text.strip():
        raise TabularError(Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is empty."), name))
    hint = _EXCEL_SEPARATOR.match(text)  # Excel's "sep=;" first line names the delimiter
    delimiter = hint.group(1) if hint else sniff_delimiter(text)
    header_line, headers, records, leading = _split_header(
        _parse(text, delimiter, name), name, header
    )
    if not headers:
        raise TabularError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 has no header row."), name)
        )
    table = Table(
        headers=[h.strip() for h in headers],
        rows=[],
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        source="csv",
        problems=problems,
        leading=leading,
    )
    _collect_rows(table, records, keep_rows, few_values)
    table.problems.sort(key=lambda p: p.line)
    return table


DECODE_SLICE = 1 << 20  # bytes decoded per call: ~1.5 ms of the interpreter lock each


def decoded(data: bytes | memoryview, encoding: str) -> str:
    """``data.decode(encoding)`` a megabyte at a time: one call over a 60 MB file held the
    interpreter lock 75–80 ms, the longest freeze of the window during an import (see
    ``imports/sliced.py``). Joining the pieces is one call too (~35 ms), so the import's
    longest hold fell to 60–67 ms, for ~70 ms more work in a 7 s import. A bad byte is
    reported at its place in the whole of ``data``."""
    if len(data) <= DECODE_SLICE:
        return bytes(data).decode(encoding)
    view, decoder, parts = memoryview(data), codecs.getincrementaldecoder(encoding)(), []
    for start in range(0, len(view), DECODE_SLICE):
        pending = len(decoder.getstate()[0])  # bytes of a character cut at the last slice
        try:
            parts.append(
                decoder.decode(
                    view[start : start + DECODE_SLICE], start + DECODE_SLICE >= len(view)
                )
            )
        except UnicodeDecodeError as exc:
            shift = start - pending
            raise UnicodeDecodeError(
                exc.encoding, bytes(view), shift + exc.start, shift + exc.end, exc.reason
            ) from None
    return "".join(parts)


def decode(data: bytes, name: str = THE_FILE) -> tuple[str, str]:
    """Decode ``data`` and name the encoding: BOM, strict UTF-8, then the best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return decoded(
                    memoryview(data)[len(bom) :], encoding.removesuffix("-sig")
                ), encoding
            except UnicodeDecodeError as exc:
                raise TabularError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%1 starts with a %2 byte-order mark but is not valid %3 text at "
                            "byte %4; it may be damaged.",
                        ),
                        name,
                        encoding,
                        encoding,
                        figure(exc.start + len(bom)),
                    )
                ) from None
    utf16 = _utf16_without_bom(data)  # first: ASCII in UTF-16 is also valid UTF-8
    if utf16:
        return decoded(data, utf16), utf16
    try:
        return decoded(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_legacy_encoding(data)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        # Latin-1 decodes every byte: the user sees odd letters rather than nothing.
        return data.decode("latin-1"), "latin-1"


def _guess_legacy_encoding(data: bytes) -> str:
    """GB18030 or cp1252 (the usual non-UTF-8 files here), else charset-normalizer's pick.

    charset-normalizer alone favours exotic code pages on short samples (cp949 for Chinese,
    cp932 for a lone "©"), so it only arbitrates between the two that decode the file.
    """
    from charset_normalizer import from_bytes

    usual = [enc for enc in ("gb18030", "cp1252") if _decodes(data, enc)]
    if len(usual) == 1:
        return usual[0]
    if usual:
        best = from_bytes(data, cp_isolation=usual, threshold=1.0).best()
        return best.encoding if best is not None else usual[0]
    best = from_bytes(data).best()
    return best.encoding if best is not None else "latin-1"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > 0.6 * half and others < 0.05 * half:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _drop_nuls(text: str, problems: list[TableProblem]) -> str:
    """Remove NUL characters, listing each line that had one (csv cannot parse them)."""
    line = 1
    last = 0
    reported: set[int] = set()
    for match in re.finditer("\x00", text):
        line += len(_LINE_BREAK.findall(text, last, match.start()))
        last = match.start()
        if line not in reported:
            reported.add(line)
            problems.append(
                TableProblem(
                    line,
                    QT_TRANSLATE_NOOP(
                        "messages", "this line holds a NUL byte; the file may be damaged"
                    ),
                )
            )
    return text.replace("\x00", "")


def sniff_delimiter(text: str) -> str:
    """The delimiter of ``text``: csv.Sniffer's guess when the rows agree with it, else the
    candidate that splits the first rows most consistently into the most columns."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[:cut] if cut > 0 else sample
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], d == sniffed, -DELIMITERS.index(d)))
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best] > (0.0, 1) else ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """(share of the first rows with the most common width, that width) for ``delimiter``;
    the most common width rather than the first row's, so a title line does not count."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths: list[int] = []
    try:
        for record in reader:
            if any(v.strip() for v in record):
                widths.append(len(record))
            if len(widths) >= 50:
                break
    except csv.Error:
        return (0.0, 0)
    if not widths:
        return (0.0, 1)
    width = max(set(widths), key=lambda w: (widths.count(w), w))
    if width < 2:
        return (0.0, 1)
    return (widths.count(width) / len(widths), width)


def _parse(text: str, delimiter: str, name: str) -> Iterator[Record]:
    """Yield (first physical line, values) for each record, blank lines included."""
    previous_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_FIELD_CHARS)
    # Strict: a stray quote mark is an error with a line number, not a silent guess that
    # glues the rest of the file into one value.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise TabularError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "%1 cannot be read from line %2: %3."),
                        name,
                        figure(start),
                        _csv_reason(exc),
                    )
                ) from None
            yield start, tuple(record)
    finally:
        csv.field_size_limit(previous_limit)


def _csv_reason(exc: csv.Error) -> str:
    """Why Python's csv module stopped, as words for the user (a ``Sentence`` when known)."""
    message = str(exc)
    if "field larger than field limit" in message:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "a quoted value seems never to end (a quote mark is missing or extra)"
            )
        )
    if "unexpected end of data" in message:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "the file ends inside a quoted value (a closing quote mark is missing)"
            )
        )
    if "expected after" in message:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "a quoted value is followed by more text; a quote mark inside a value must be "
                'written twice ("")',
            )
        )
    return message


def _split_header(
    records: Iterator[Record], name: str, header: HeaderChoice = FOUND_HEADER
) -> tuple[int, tuple[str, ...], Iterator[Record], list[Record]]:
    """(line, headers, the records after it, the first non-blank records): the row
    ``header.row`` when given, else the one ``header_index`` picks among the first
    ``HEADER_SEARCH_ROWS`` rows that are not blank."""
    seen: list[Record] = []
    for line, values in records:
        if any(v.strip() for v in values):
            seen.append((line, values))
            if len(seen) >= HEADER_SEARCH_ROWS:
                break
    if not seen:
        return 0, (), iter(()), []
    if header.row is None:
        index = header_index([values for _, values in seen], header.score)
        line, headers = seen[index]
        return line, headers, itertools.chain(seen[index + 1 :], records), seen
    for index, (line, values) in enumerate(seen):
        if line == header.row:
            return line, values, itertools.chain(seen[index + 1 :], records), seen
        if line > header.row:
            raise _no_such_header_row(name, header.row)
    for line, values in records:
        if line == header.row and any(v.strip() for v in values):
            return line, values, records, seen
        if line >= header.row:
            break
    raise _no_such_header_row(name, header.row)


def header_index(rows: Sequence[Sequence[str]], score: HeaderScore | None = None) -> int:
    """Which of a file's first non-blank ``rows`` holds the column names.

    Above the header, exports and hand-kept sheets put a title ("客户资料表（2026年11月）"),
    notes, or a row of group names over merged cells ("基本信息 | 联系方式 | 财务"); each
    fills fewer different cells than the header. (A merged cell is read as its first cell
    and blanks, so this needs no knowledge of merges, which a streamed workbook does not
    give.) The header is the first row with at least half as many different cells as the
    widest row (and two, unless every row has one). When another row names more fields the
    import knows (``score``) — two at least, or any where that row names none — the first
    row naming the most is taken instead: a group name may be a field's word ("Klant")."""
    counts = [len({v.strip() for v in values if v.strip()}) for values in rows]
    widest = max(counts)
    wanted = max(min(widest, 2), (widest + 1) // 2)
    index = next(i for i, count in enumerate(counts) if count >= wanted)
    if score is None:
        return index
    found = score(rows[index])
    named = [(score(values), -i) for i, values in enumerate(rows) if counts[i] >= min(widest, 2)]
    best, at = max(named)
    return -at if best > found and (best >= 2 or found == 0) else index


def _no_such_header_row(name: str, row: int) -> TabularError:
    return TabularError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "Row %2 of %1 is empty or past its end; choose the row that holds the column "
                "names.",
            ),
            name,
            figure(row, grouped=False),
        )
    )


def _collect_rows(
    table: Table,
    records: Iterable[Record],
    keep_rows: int | None = None,
    few_values: bool = False,
) -> None:
    """Keep non-blank records as rows (the first ``keep_rows`` of them when given, the
    others counted in ``more_rows``); report rows wider or narrower than the header. With
    ``few_values``, list the values of the columns that have few (``Table.few_values``)."""
    width = len(table.headers)
    rows = table.rows
    problems = table.problems
    keep = len(rows) + keep_rows if keep_rows is not None else None
    few = _FewValues(width) if few_values else None
    for line, values in records:
        if len(values) == width:
            if _filled(values):
                if few is not None and few.watched:
                    few.see(values)
                if keep is None or len(rows) < keep:
                    rows.append(Row(line, values))
                else:
                    table.more_rows += 1
            continue
        if not _filled(values):
            continue  # a blank line, or a row of empty cells
        if len(values) > width:
            extra = values[width:]
            if not any(v.strip() for v in extra):
                values = values[:width]  # trailing empty cells (Excel writes these)
            else:
                # a workbook has no separators: its row is wider than the header row
                header_line = table.header_line if table.source == "xlsx" else None
                problems.append(
                    TableProblem(
                        line,
                        ragged_row(len(values), width, extra=True, header_line=header_line),
                    )
                )
        else:
            problems.append(
                TableProblem(
                    line,
                    ragged_row(len(values), width),
                )
            )
        if few is not None and few.watched and len(values) == width:
            few.see(values)  # trailing empty cells cut off: a row like any other
        if keep is None or len(rows) < keep:
            rows.append(Row(line, values))
        else:
            table.more_rows += 1
    if few is not None:
        table.few_values = few.listed(table.headers)


def _filled(values: tuple[str, ...]) -> bool:
    """Whether any value holds more than white space (one C-level test per row)."""
    joined = "".join(values)
    return bool(joined) and not joined.isspace()


# -- XLSX ---------------------------------------------------------------------------------


class _FewValues:
    """The different values of each column, until a column has too many to list (most
    columns — dates, codes, amounts — drop out within the first rows, so a million-row file
    costs little)."""

    def __init__(self, width: int) -> None:
        self.seen: dict[int, dict[str, None]] = {i: {} for i in range(width)}
        self.watched = list(self.seen.items())

    def see(self, values: Sequence[str]) -> None:
        dropped = False
        for index, seen in self.watched:
            seen[values[index]] = None
            if len(seen) > 2 * FEW_VALUES:  # raw cells: " Sell-in" and "Sell-in" are one
                del self.seen[index]
                dropped = True
        if dropped:
            self.watched = list(self.seen.items())

    def listed(self, headers: Sequence[str]) -> dict[str, tuple[str, ...]]:
        found = {}
        for index, seen in self.seen.items():
            values = tuple(dict.fromkeys(v.strip() for v in seen if v.strip()))
            if values and len(values) <= FEW_VALUES:
                found[headers[index]] = values
        return found


def _read_xlsx(
    path: Path,
    keep_rows: int | None = None,
    few_values: bool = False,
    header: HeaderChoice = FOUND_HEADER,
) -> Table:
    """The active sheet of a workbook, read in openpyxl's read-only (streaming) mode."""
    from openpyxl import load_workbook

    # Opened as a stream: openpyxl refuses a workbook by its name alone (one saved as
    # "sales.csv" is still a workbook, and is read as one).
    handle = path.open("rb")
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged zip or XML
        handle.close()
        log.info("%s: openpyxl cannot open it: %s", path, exc)
        raise TabularError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is not a workbook acct-desktop can read: it may be damaged, or another "
                    "kind of file. Save it again from Excel as .xlsx, or as CSV (UTF-8).",
                ),
                path.name,
            )
        ) from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        header_line, headers, records, leading = _split_header(
            (
                (number, tuple(_cell_text(v) for v in values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ),
            path.name,
            header,
        )
        if not headers:
            raise TabularError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 is empty: its sheet has no rows."), path.name
                )
            )
        while not headers[-1].strip():
            headers = headers[:-1]
        table = Table(
            headers=[h.strip() for h in headers],
            rows=[],
            header_line=header_line,
            source="xlsx",
            sheet=sheet.title,
            leading=leading,
        )
        width = len(table.headers)
        # A sheet row simply stops at its last filled cell: pad it, it is not ragged.
        padded = ((line, _pad(values, width)) for line, values in records)
        _collect_rows(table, padded, keep_rows, few_values)
        if keep_rows is None:  # the whole file is to be imported, not a preview
            _refuse_uncomputed_formulas(path, getattr(sheet, "_worksheet_path", None), table)
        return table
    except TabularError:
        raise
    except Exception as exc:
        log.info("%s: openpyxl cannot read it: %s", path, exc)
        raise TabularError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is a damaged workbook and cannot be read. Save it again from Excel as "
                    ".xlsx, or as CSV (UTF-8).",
                ),
                path.name,
            )
        ) from None
    finally:
        workbook.close()
        handle.close()


_FORMULA_MARK = b"<f"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _refuse_uncomputed_formulas(path: Path, part: str | None, table: Table) -> None:
    """Refuse a workbook whose sheet holds formulas without their result saved (a file a
    program wrote, never opened in Excel): openpyxl reads such a cell as empty, and an empty
    amount would be imported as 0. The sheet's XML is scanned for a formula first, so a
    sheet of plain values costs one quick pass."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    if not part:
        return
    name = part.lstrip("/")
    with zipfile.ZipFile(path) as archive:
        if name not in archive.namelist():
            return
        with archive.open(name) as stream:
            tail, found = b"", False
            while chunk := stream.read(1 << 20):
                if _FORMULA_MARK in tail + chunk:
                    found = True
                    break
                tail = chunk[-1:]
        if not found:
            return
        missing: list[str] = []
        count = 0
        with archive.open(name) as stream:
            for _event, element in iterparse(stream):
                if element.tag.endswith("}c"):
                    formula = value = None
                    for child in element:
                        if child.tag.endswith("}f"):
                            formula = child
                        elif child.tag.endswith("}v"):
                            value = child
                    if formula is not None and (value is None or not (value.text or "")):
                        count += 1
                        if not missing:
                            missing.append(element.get("r") or "")
                    element.clear()
    if not count:
        return
    match = _CELL_REF.fullmatch(missing[0])
    line, column = (int(match.group(2)), _column_index(match.group(1))) if match else (0, -1)
    head = table.headers[column] if 0 <= column < len(table.headers) else missing[0]
    raise TabularError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                '%1 was not imported: line %2, column "%3" holds a formula whose result was '
                "never saved (%4 such cells; a file written by a program, not by Excel). Open "
                "it in Excel and save it, or save it as CSV, then import it again.",
            ),
            path.name,
            line,
            head,
            figure(count),
        )
    )


def _column_index(letters: str) -> int:
    """``A`` → 0, ``Z`` → 25, ``AA`` → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _pad(values: tuple[str, ...], width: int) -> tuple[str, ...]:
    return values + ("",) * (width - len(values)) if len(values) < width else values


def _cell_text(value: object) -> str:
    """A cell's value as the text a person sees; numbers become ``CellNumber``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return CellNumber(value)
    if isinstance(value, float):
        if value.is_integer():
            return CellNumber(int(value))
        return CellNumber(repr(value))  # shortest text that reads back as the same float
    if isinstance(value, Decimal):
        return CellNumber(format(value, "f"))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# "1 value" / "2 values": a ragged row's counts, one and more.
_VALUES = (QT_TRANSLATE_NOOP("messages", "%1 value"), QT_TRANSLATE_NOOP("messages", "%1 values"))
_COLUMNS = (
    QT_TRANSLATE_NOOP("messages", "%1 column"),
    QT_TRANSLATE_NOOP("messages", "%1 columns"),
)


def ragged_row(
    values: int, columns: int, *, extra: bool = False, header_line: int | None = None
) -> Sentence:
    """A row whose number of values is not the header's, counted in words that agree with
    the numbers ("this row has 1 value but the header has 3 columns"). A CSV row with too
    many may hold a separator inside an unquoted value; a workbook's (``header_line``
    given) may be below a row taken for the header that is not it (a title, group names)."""
    counts = (counted(values, *_VALUES), counted(columns, *_COLUMNS))
    if extra and header_line is not None:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "this row has %1 but the header (line %3) has %2; if another line holds the "
                "column names, choose it as the header row",
            ),
            *counts,
            figure(header_line, grouped=False),
        )
    if extra:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "this row has %1 but the header has %2 (a separator inside an unquoted value?)",
        )
    else:
        template = QT_TRANSLATE_NOOP("messages", "this row has %1 but the header has %2")
    return Sentence.of(template, *counts)
