"""What the product, price-policy and rebate imports share: dates, yes/no cells, a session
transaction, the summary with late entries, audited writes and the matching export.

These imports are small (a price list, a year's agreements), so they write through the ORM
in one session: every created or changed record gets its audit events in the same
transaction, as the register's own forms do.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.audit import record_change
from acct_desktop.services.imports.common import ImportInput, ParsedRow
from acct_desktop.services.imports.problems import (
    ImportConflict,
    ImportSummary,
    database_changed,
    database_refused,
    is_row,
    one_after_another,
)
from acct_desktop.store.database import Database

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?")
_CJK = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
YES = frozenset({"yes", "y", "true", "1", "x", "active", "是", "有效", "có", "ja", "j", "waar"})
NO = frozenset(
    {"no", "n", "false", "0", "inactive", "否", "无效", "không", "nee", "onwaar", "inactief"}
)


def day_order(value: str) -> str | None:
    """ "day" when ``value`` can only have its day first (``31/03/2026``), "month" when it
    can only have its month first (``03/31/2026``), None when it could be either
    (``11/03/2026``) or is written another way."""
    match = _DAY_FIRST.fullmatch(value.strip())
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return "day"
    if second > 12 >= first:
        return "month"
    return None


_OTHER_WAY = {
    "day": QT_TRANSLATE_NOOP(
        "messages",
        '"%1" has its day first, but the other dates of this file have their month first; '
        "write every date one way (2026-03-31 is never misread)",
    ),
    "month": QT_TRANSLATE_NOOP(
        "messages",
        '"%1" has its month first, but the other dates of this file have their day first; '
        "write every date one way (2026-03-31 is never misread)",
    ),
}


def month_first(cells: Iterable[str]) -> bool:
    """Whether a file's slashed dates have their month first: when more of its unambiguous
    ones do (``11/24/2026``) than have their day first (``24/11/2026``)."""
    orders = Counter(order for cell in cells if (order := day_order(cell)) is not None)
    return orders["month"] > orders["day"]


def check_order(value: str, month_first: bool) -> None:
    """Refuse ``value`` when it can only be read the other way than the file's dates: read
    alone it would land in another month."""
    order = day_order(value)
    if order is not None and (order == "month") != month_first:
        raise ValueError(Sentence.of(_OTHER_WAY[order], value.strip()))


class Days:
    """``day`` for a file: ``for_column`` is given the cells of every column this parser
    reads (``read_input`` pools them), so ``11/03/2026`` in a valid-from column reads as the
    file's ``12/28/2026`` in a signed-on column says, and a date written the other way is
    refused."""

    __slots__ = ("month_first",)

    def __init__(self, month_first: bool | None = None) -> None:
        self.month_first = month_first

    def for_column(self, cells: Iterable[str]) -> Days:
        return Days(month_first(cells))

    def __call__(self, raw: str) -> date | None:
        if self.month_first is not None:
            check_order(raw, self.month_first)
        return day(raw, bool(self.month_first))


DAYS = Days()  # the parser of every date column of the register imports


def day(raw: str, month_first: bool = False) -> date | None:
    """A date as ``2026-03-31``, ``2026/3/31``, ``2026年3月31日`` or day first ``31-03-2026``,
    ``31/03/2026``, ``31.03.2026`` (a month-first date is taken only when it cannot be a
    day-first one, such as ``03/31/2026``, or when ``month_first``: a file whose other dates
    say so)."""
    value = raw.strip()
    if not value:
        return None
    year = month = number = 0
    if match := _ISO.fullmatch(value) or _CJK.fullmatch(value):
        year, month, number = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(value):
        number, month, year = (int(g) for g in match.groups())
        if month_first or month > 12 >= number:
            number, month = month, number
    else:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '"%1" is not a date; write it as 2026-03-31'), value
            )
        )
    try:
        return date(year, month, number)
    except ValueError:
        raise ValueError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not a date in the calendar'), value)
        ) from None


def flag(raw: str) -> bool | None:
    """Yes or no: ``yes/no``, ``true/false``, ``1/0``, ``是/否``, ``có/không``, ``ja/nee``."""
    value = raw.strip().casefold()
    if not value:
        return None
    if value in YES:
        return True
    if value in NO:
        return False
    raise ValueError(
        Sentence.of(QT_TRANSLATE_NOOP("messages", '"%1" is not yes or no'), raw.strip())
    )


def duplicates(data: ImportInput, field: str, what: str) -> None:
    """Report a key given on more than one line (case-insensitively) on the later lines."""
    first: dict[str, int] = {}
    for row in data.rows:
        key = row.values.get(field)
        if not key:
            continue
        seen = first.setdefault(key.casefold(), row.line)
        if seen != row.line:
            data.problem(
                row,
                field,
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 %2 is also on line %3"), what, key, seen
                ),
            )


def write_problems(
    data: ImportInput, row: ParsedRow, problems: dict[str, str], columns: dict[str, str]
) -> None:
    """Put a records service's field → sentence problems on the row, in the file's column
    (``columns`` maps the service's field names to the import's where they differ)."""
    for name, message in problems.items():
        field = columns.get(name, name)
        data.problem(row, field if data.columns.header(field) else None, message)


@contextmanager
def session_transaction(db: Database, name: str) -> Iterator[Session]:
    """One session and transaction for the whole import; a database refusal becomes an
    ``ImportConflict`` sentence (nothing is written)."""
    try:
        with db.session() as session:
            yield session
    except IntegrityError as exc:
        raise ImportConflict(database_changed(name, _first_line(exc.orig))) from exc
    except DBAPIError as exc:
        raise ImportConflict(database_refused(name, _first_line(exc.orig))) from exc


def _first_line(error: BaseException | None) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def audited_update(
    session: Session, actor: str, entity: str, record: Any, values: dict[str, Any]
) -> list[str]:
    """Set ``values`` on ``record``, one audit event per changed field; the changed names."""
    changed = []
    for name, value in values.items():
        old = getattr(record, name)
        if old != value:
            record_change(session, actor, entity, record.id, name, old, value)
            setattr(record, name, value)
            changed.append(name)
    return changed


def audit_created(
    session: Session, actor: str, entity: str, record_id: uuid.UUID, key: str, file: str
) -> None:
    """The events of a record an import created: ``created`` (its key) and ``imported``."""
    record_change(session, actor, entity, record_id, "created", None, key)
    record_change(session, actor, entity, record_id, "imported", None, file)


@dataclass(frozen=True)
class RegisterImportSummary(ImportSummary):
    """An import summary naming the records created (keys) and agreements entered late."""

    keys_created: tuple[str, ...] = ()
    entered_late: tuple[str, ...] = ()

    def describe(self) -> str:
        """The summary's sentences, then the new keys, the late entries and, for price
        policies and rebate agreements, that they are drafts."""
        summary = super().describe()
        parts: list[str] = list(summary.args) if is_row(summary) else [summary]
        if self.keys_created:
            more = len(self.keys_created) - 5
            shown = ", ".join(self.keys_created[:5])
            parts.append(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "New: %1 and %2 more."), shown, more)
                if more > 0
                else Sentence.of(QT_TRANSLATE_NOOP("messages", "New: %1."), shown)
            )
        if self.entered_late:
            parts.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Entered late (after the late-entry days): %1."),
                    ", ".join(self.entered_late),
                )
            )
        if self.entity in ("price policies", "rebate agreements") and (
            self.created or self.updated
        ):
            parts.append(
                QT_TRANSLATE_NOOP(
                    "messages", "They are drafts: submit them for approval before they count."
                )
            )
        return one_after_another(parts)


def cell(value: Any) -> Any:
    """A value as the import reads it back: plain decimals without needless zeros."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        _whole, dot, fraction = text.partition(".")
        # Exactly three decimals would read back as thousands (``1.250`` → 1250): add a 0.
        return text + "0" if dot and len(fraction) == 3 else text
    if isinstance(value, date):
        return value.isoformat()
    return value


def export_table(
    path: str | Path,
    fmt: str,
    fields: Sequence[str],
    rows: list[list[Any]],
    sheet: str,
    progress: Any = None,
) -> Any:
    """Write ``rows`` with the export's CSV/XLSX writer (atomic, formula-guarded)."""
    from acct_desktop.services import exports

    return exports._write(
        Path(path), fmt, fields, [[cell(v) for v in row] for row in rows], sheet, progress
    )
