"""Exporting accounts and contacts to CSV (UTF-8 with BOM, for Excel) or .xlsx.

The headers are the import's canonical field names and every value is written the way the
import reads it back, so export → import → export gives the same file, and re-importing an
export into its own database changes nothing. Archived records are left out. The file is
written next to the target and moved into place when complete: a failed export never
leaves half a file.
"""

from __future__ import annotations

import csv
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, file_problem
from acct_desktop.services.imports.columns import ACCOUNT_FIELDS, CONTACT_FIELDS
from acct_desktop.services.imports.values import guard_formula
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, AccountTag, Contact, Territory

FORMATS = ("csv", "xlsx")
NUMERIC_FIELDS = frozenset({"latitude", "longitude", "credit_limit", "influence"})
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

ProgressCallback = Callable[[int, int], object]


class ExportError(ValueError):
    """An export cannot be written; the message is a sentence for the user."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    fmt: str
    rows: int

    def describe(self) -> str:
        """One sentence for the user."""
        template = (
            QT_TRANSLATE_NOOP("messages", "%1 row written to %2.")
            if self.rows == 1
            else QT_TRANSLATE_NOOP("messages", "%1 rows written to %2.")
        )
        return Sentence.of(template, figure(self.rows), self.path)


def export_accounts(
    db: Database, path: str | Path, fmt: str = "csv", progress: ProgressCallback | None = None
) -> ExportSummary:
    """Write every active account to ``path`` as ``fmt`` ("csv" or "xlsx"), by code."""
    _check_target(Path(path), fmt)
    accounts = Account.__table__
    parent = accounts.alias("parent")
    territories = Territory.__table__
    tags = AccountTag.__table__
    columns = {
        "parent_code": parent.c.code,
        "territory": territories.c.code,
        "tags": accounts.c.id,  # replaced by the account's tags below
    }
    query = (
        select(*(columns.get(f, accounts.c.get(f)) for f in ACCOUNT_FIELDS))
        .outerjoin(parent, accounts.c.parent_id == parent.c.id)
        .outerjoin(territories, accounts.c.territory_id == territories.c.id)
        .where(accounts.c.archived_at.is_(None))
        .order_by(accounts.c.code)
    )
    tag_query = (
        select(accounts.c.code, tags.c.tag)
        .join(tags, tags.c.account_id == accounts.c.id)
        .order_by(tags.c.tag)
    )
    with db.session() as session:
        found = session.execute(query).all()
        tags_of: dict[str, list[str]] = {}
        for code, tag in session.execute(tag_query).all():
            tags_of.setdefault(code, []).append(tag)
    at = ACCOUNT_FIELDS.index("tags")
    rows = [[*row[:at], "; ".join(tags_of.get(row[0], ())), *row[at + 1 :]] for row in found]
    return _write(Path(path), fmt, ACCOUNT_FIELDS, rows, "Accounts", progress)


def export_contacts(
    db: Database, path: str | Path, fmt: str = "csv", progress: ProgressCallback | None = None
) -> ExportSummary:
    """Write every active contact to ``path`` as ``fmt``, by account code, name and e-mail.

    ``reports_to`` is the manager's e-mail where that names one contact of the account,
    else the name where that does, else the manager's id.
    """
    _check_target(Path(path), fmt)
    contacts = Contact.__table__
    accounts = Account.__table__
    plain = [f for f in CONTACT_FIELDS if f not in {"account_code", "reports_to", "id"}]
    query = (
        select(
            contacts.c.id,
            contacts.c.account_id,
            contacts.c.reports_to_id,
            accounts.c.code,
            *(contacts.c[f] for f in plain),
        )
        .join(accounts, contacts.c.account_id == accounts.c.id)
        .where(contacts.c.archived_at.is_(None))
    )
    with db.session() as session:
        found = [
            _Person(*row[:4], dict(zip(plain, row[4:], strict=True)))
            for row in session.execute(query).all()
        ]
    found.sort(key=lambda p: (p.code, p.values["name"], p.values["email"] or "", str(p.id)))
    by_id = {person.id: person for person in found}
    counts: dict[tuple[uuid.UUID, str, str], int] = {}
    for person in found:
        for key in person.lookup_keys():
            counts[key] = counts.get(key, 0) + 1
    rows = []
    for person in found:
        boss = by_id.get(person.reports_to_id) if person.reports_to_id else None
        if boss is not None:
            reports_to = _reference(boss, person, counts)
        else:
            reports_to = str(person.reports_to_id) if person.reports_to_id else None
        special = {"account_code": person.code, "reports_to": reports_to, "id": str(person.id)}
        rows.append([special[f] if f in special else person.values[f] for f in CONTACT_FIELDS])
    return _write(Path(path), fmt, CONTACT_FIELDS, rows, "Contacts", progress)


@dataclass(frozen=True, slots=True)
class _Person:
    id: uuid.UUID
    account_id: uuid.UUID
    reports_to_id: uuid.UUID | None
    code: str
    values: dict[str, Any]

    def lookup_keys(self) -> Iterator[tuple[uuid.UUID, str, str]]:
        yield (self.account_id, "name", self.values["name"].casefold())
        if self.values["email"]:
            yield (self.account_id, "email", self.values["email"].casefold())


def _reference(boss: _Person, person: _Person, counts: dict[Any, int]) -> str:
    """How the import will find ``boss`` again among ``person``'s colleagues."""
    if boss.account_id == person.account_id:
        email, name = boss.values["email"], boss.values["name"]
        if email and counts[(boss.account_id, "email", email.casefold())] == 1:
            return email
        if "@" not in name and counts[(boss.account_id, "name", name.casefold())] == 1:
            return name
    return str(boss.id)


# -- writing ------------------------------------------------------------------------------


def _write(
    path: Path,
    fmt: str,
    fields: Sequence[str],
    rows: list[list[Any]],
    sheet: str,
    progress: ProgressCallback | None,
) -> ExportSummary:
    fmt = _check_target(path, fmt)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        if fmt == "csv":
            _write_csv(temporary, fields, rows, progress)
        else:
            _write_xlsx(temporary, fields, rows, sheet, progress)
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 could not be written (%2)."),
                path,
                file_problem(exc),
            )
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
    return ExportSummary(path, fmt, len(rows))


def _check_target(path: Path, fmt: str) -> str:
    """The format in lower case, after making sure ``path`` can be written as it."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '"%1" is not an export format; use csv or xlsx.'),
                fmt,
            )
        )
    if path.is_dir():
        raise ExportError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is a folder; give a file name to export to."),
                path,
            )
        )
    if not path.parent.is_dir():
        raise ExportError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "The folder %1 does not exist."), path.parent)
        )
    return fmt


def _ticks(rows: list[list[Any]], progress: ProgressCallback | None) -> Iterable[list[Any]]:
    total = len(rows)
    for number, row in enumerate(rows, start=1):
        yield row
        if progress is not None and (number % 1000 == 0 or number == total):
            progress(number, total)


def _text(value: Any) -> str:
    """A value as the import reads it back: plain decimals, shortest exact floats."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")  # no exponent; reads back as the same float
    return str(value)


def _write_csv(
    path: Path, fields: Sequence[str], rows: list[list[Any]], progress: ProgressCallback | None
) -> None:
    numeric = [f in NUMERIC_FIELDS for f in fields]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(fields)
        for row in _ticks(rows, progress):
            writer.writerow(
                [
                    _text(value) if is_number else guard_formula(_text(value))
                    for value, is_number in zip(row, numeric, strict=True)
                ]
            )


def _write_xlsx(
    path: Path,
    fields: Sequence[str],
    rows: list[list[Any]],
    sheet: str,
    progress: ProgressCallback | None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in fields:
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    numeric = [f in NUMERIC_FIELDS for f in fields]
    for row in _ticks(rows, progress):
        worksheet.append(
            [
                _xlsx_value(worksheet, value, is_number, WriteOnlyCell)
                for value, is_number in zip(row, numeric, strict=True)
            ]
        )
    workbook.save(path)


def _xlsx_value(worksheet: Any, value: Any, is_number: bool, cell_type: Any) -> Any:
    """Numbers stay numbers; text is always text (never a formula, however it starts)."""
    if value is None:
        return None
    if is_number and isinstance(value, int | float | Decimal):
        return value
    text = _XLSX_ILLEGAL.sub("", _text(value))
    if text.startswith("="):
        cell = cell_type(worksheet, value=text)
        cell.data_type = "s"
        return cell
    return text
