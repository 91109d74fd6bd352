"""Importing sales targets from a spreadsheet, all or nothing.

A row is one year of one account (``account_code``) or one territory (``territory``, by
code or name), for an optional ``category`` and a ``measure`` (sell-in when empty). It
gives the year's figure in one of three ways:

- ``amount`` (and optionally ``quantity``): broken down into months by the row's
  ``method`` — ``even``, ``seasonality`` (last year's sales of that account and everything
  below it, or of the territory's accounts) or ``weights`` (a ``weights`` cell with 12
  month or 4 quarter weights such as ``1;1;2;…``) — or by the import's default method;
- the 12 months (``Jan``…``Dec``, ``1月``…``12月``, ``Tháng 1``…, ``jan``…``dec``);
- the 4 quarters (``Q1``…``Q4``), each split over its months by the method.

Months and quarters given together must agree, and so must an ``amount`` given with them.
Amounts may not be negative nor finer than the currency's unit (whole dong for VND).
Importing a year's target of an account or territory replaces that owner's target of
that year for the same measure and category (so re-importing a file never doubles
anything, and files split by measure or by category do not wipe each other); targets the
file does not mention are left as they are (delete them in the targets grid). Every
problem is reported by line and column and nothing is written
while there is one.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.money import minor_unit
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, listed
from acct_desktop.domain.target_breakdown import (
    MONTHS,
    BreakdownError,
    BreakdownMethod,
    break_down,
    from_quarters,
    places_of,
    quarters_of,
    seasonality_weights,
    split_exact,
    year_of,
)
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.columns import (
    MONTH_FIELDS,
    QUARTER_FIELDS,
    TARGET_FIELDS,
    TARGET_REQUIRED,
    TARGET_SYNONYMS,
)
from acct_desktop.services.imports.common import (
    EntitySpec,
    ImportInput,
    ParsedRow,
    read_input,
    require,
)
from acct_desktop.services.imports.measure_words import (
    target_measure,
    unmapped_measure_column,
    unmapped_measure_problem,
)
from acct_desktop.services.imports.problems import (
    ImportConflict,
    ImportSummary,
    ProgressCallback,
    columns_not_imported,
    one_after_another,
)
from acct_desktop.services.targets import (
    TargetKey,
    TargetRejected,
    YearTargets,
    check_key,
    currency_for,
    key_of,
    sales_histories,
    targets_from_rows,
    write_year,
)
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Target, Territory

METHOD_ALIASES = {
    "evenly": BreakdownMethod.EVEN, "equal": BreakdownMethod.EVEN, "平均": BreakdownMethod.EVEN,
    "均分": BreakdownMethod.EVEN, "đều": BreakdownMethod.EVEN, "chia đều": BreakdownMethod.EVEN,
    "gelijk": BreakdownMethod.EVEN, "gelijkmatig": BreakdownMethod.EVEN,
    "seasonal": BreakdownMethod.SEASONALITY, "last year": BreakdownMethod.SEASONALITY,
    "季节性": BreakdownMethod.SEASONALITY, "按去年": BreakdownMethod.SEASONALITY,
    "theo mùa": BreakdownMethod.SEASONALITY, "seizoen": BreakdownMethod.SEASONALITY,
    "weighted": BreakdownMethod.WEIGHTS, "权重": BreakdownMethod.WEIGHTS,
    "tỷ trọng": BreakdownMethod.WEIGHTS, "gewichten": BreakdownMethod.WEIGHTS,
}  # fmt: skip
_WEIGHT_SEPARATORS = re.compile(r"[;|/\s]+")


def weights(raw: str) -> tuple[Decimal, ...] | None:
    """12 month or 4 quarter weights separated by ``;``, ``|``, ``/`` or spaces."""
    value = raw.strip()
    if not value:
        return None
    found = []
    for part in _WEIGHT_SEPARATORS.split(value):
        number = v.parse_decimal(part, grouping=False) if part else None
        if number is None:
            continue
        if number < 0:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '"%1" is negative; weights are zero or more'),
                    part,
                )
            )
        found.append(number)
    if len(found) not in (MONTHS, 4):
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "give 12 month weights or 4 quarter weights separated by ; (found %1)",
                ),
                len(found),
            )
        )
    if not any(found):
        raise ValueError(QT_TRANSLATE_NOOP("messages", "at least one weight must be above zero"))
    return tuple(found)


PARSERS: dict[str, v.Parser] = {
    "year": v.year(1900, 2199),
    "account_code": v.code_of(Account.__table__.c.code.type.length),
    "territory": v.text,
    "category": v.text_of(60),
    "measure": target_measure,
    "currency": v.currency,
    "method": v.enum_value(BreakdownMethod, METHOD_ALIASES),
    "weights": weights,
    "amount": v.amount_of_money(),
    "quantity": v.money(places=3),
} | {name: v.amount_of_money() for name in (*QUARTER_FIELDS, *MONTH_FIELDS)}
SPEC = EntitySpec("targets", TARGET_FIELDS, TARGET_REQUIRED, TARGET_SYNONYMS, PARSERS)
MONTH_LABELS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class TargetImportSummary(ImportSummary):
    """What a targets import did: targets (owner, year, category, measure) created,
    changed, unchanged, and those removed because the file no longer lists them."""

    removed: int = 0

    def describe(self) -> str:
        """What the import did, in sentences for the user."""
        counts = (
            figure(self.rows),
            figure(self.created),
            figure(self.updated),
            figure(self.unchanged),
        )
        if self.removed:
            first = Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 target rows read: %2 created, %3 replaced, %4 unchanged, %5 removed "
                    "(not in the file for its year). Each year is held as the year, its quarters "
                    "and its months.",
                ),
                *counts,
                figure(self.removed),
            )
        else:
            first = Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 target rows read: %2 created, %3 replaced, %4 unchanged. Each year is held "
                    "as the year, its quarters and its months.",
                ),
                *counts,
            )
        parts: list[str] = [first]
        if self.ignored_columns:
            parts.append(columns_not_imported(self.ignored_columns))
        return one_after_another(parts)


@dataclass(slots=True)
class _Owner:
    key: TargetKey
    currency: str


def import_targets(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    *,
    actor: str = "import",
    default_method: BreakdownMethod = BreakdownMethod.EVEN,
    header_row: int | None = None,
) -> TargetImportSummary:
    """Import targets from a CSV or .xlsx file at ``path``, all or nothing (see the module
    doc). ``default_method`` breaks down annual amounts of rows without a method. Raises
    ``TabularError`` for an unreadable file, ``ImportRejected`` with every problem by line
    and column, ``ImportConflict`` when the database refused the changes."""
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, ("year",))
    _refuse_unmapped_measures(data)
    if not data.rows:
        data.problems.reject_if_any(data.name)
        return _summary(data, {})
    with _session(db, data.name) as session:
        owners = _owners(session, data)
        histories = _histories(session, data, owners, default_method)
        planned: dict[tuple[TargetKey, int], YearTargets] = {}
        first_line: dict[tuple[TargetKey, int], int] = {}
        for row in data.rows:
            owner = owners.get(row.line)
            if owner is None or not row.ok:
                continue
            year = row.values["year"]
            slot = (owner.key, year)
            if slot in first_line:
                data.problem(
                    row,
                    None,
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "line %1 already gives this target"),
                        first_line[slot],
                    ),
                )
                continue
            first_line[slot] = row.line
            targets = _year(data, row, owner, default_method, histories.get(slot))
            if targets is not None:
                planned[slot] = targets
        data.problems.reject_if_any(data.name)
        counts = _write(session, actor, planned)
        data.progress.written(len(data.rows))
    return _summary(data, counts)


def _refuse_unmapped_measures(data: ImportInput) -> None:
    """A file whose measures are in a column not read as the measure is refused: each row
    would otherwise become a sell-in target (the measure of a row that names none)."""
    if "measure" in data.columns.index:
        return
    rows = data.table.rows

    def column(index: int) -> list[str]:
        return [row.values[index] if index < len(row.values) else "" for row in rows]

    holder = unmapped_measure_column(data.table.headers, data.columns.index.values(), column)
    if holder is not None:
        data.problems.add(data.table.header_line, None, unmapped_measure_problem(*holder))
        data.problems.reject_if_any(data.name, details={"measure column": holder[0]})


def _summary(data: ImportInput, counts: dict[str, int]) -> TargetImportSummary:
    return TargetImportSummary(
        entity="targets",
        rows=len(data.rows),
        created=counts.get("created", 0),
        updated=counts.get("updated", 0),
        unchanged=counts.get("unchanged", 0),
        removed=counts.get("removed", 0),
        encoding=data.table.encoding,
        delimiter=data.table.delimiter,
        ignored_columns=data.columns.ignored,
    )


@contextmanager
def _session(db: Database, name: str) -> Iterator[Session]:
    """One transaction; a database refusal becomes an ``ImportConflict`` sentence."""
    try:
        with db.session() as session:
            yield session
    except IntegrityError as exc:
        raise ImportConflict(
            f"{name} was not imported: the database changed while it was being imported. "
            "Nothing was written; import it again."
        ) from exc
    except DBAPIError as exc:
        raise ImportConflict(
            f"{name} was not imported: the database refused the changes "
            f"({str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc}). "
            "Nothing was written."
        ) from exc


def _owners(session: Session, data: ImportInput) -> dict[int, _Owner]:
    """Each row's account or territory (by line); problems for unknown or unclear ones."""
    codes = sorted({c for row in data.rows if (c := row.values.get("account_code"))})
    accounts = accounts_by_code(session, codes, Account.id, Account.currency)
    territories = _territory_lookup(session)
    found: dict[int, _Owner] = {}
    for row in data.rows:
        code, territory = row.values.get("account_code"), row.values.get("territory")
        if (code is None) == (territory is None):
            data.problem(
                row,
                None,
                QT_TRANSLATE_NOOP("messages", "give either an account code or a territory"),
            )
            continue
        if code is not None:
            if code not in accounts:
                data.problem(
                    row,
                    "account_code",
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", 'there is no account with code "%1"'), code
                    ),
                )
                continue
            id_, currency = accounts[code]
            key = TargetKey(id_, None, row.values.get("category"), _measure(row))
        else:
            ids = territories.get(territory.casefold(), set())
            if len(ids) != 1:
                if not ids:
                    why = Sentence.of(
                        QT_TRANSLATE_NOOP("messages", 'there is no territory "%1"'), territory
                    )
                else:
                    why = Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", '%1 territories are called "%2"; use its code'
                        ),
                        len(ids),
                        territory,
                    )
                data.problem(row, "territory", why)
                continue
            key = TargetKey(None, next(iter(ids)), row.values.get("category"), _measure(row))
            currency = ""
        try:
            check_key(key)
        except TargetRejected as exc:
            data.problem(row, "measure", exc.args[0])  # the Sentence, translated in the frame
            continue
        if not currency:
            currency = currency_for(session, key)
        given = row.values.get("currency")
        if given is not None and given != currency:
            data.problem(
                row,
                "currency",
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "its targets are in %1, not %2; leave it empty"),
                    currency,
                    given,
                ),
            )
            continue
        found[row.line] = _Owner(key, currency)
    return found


def _measure(row: ParsedRow) -> Measure:
    return row.values.get("measure") or Measure.SELL_IN


def _territory_lookup(session: Session) -> dict[str, set[uuid.UUID]]:
    """Territories by code and by name, ignoring case (a code wins over a name)."""
    by_code: dict[str, set[uuid.UUID]] = defaultdict(set)
    by_name: dict[str, set[uuid.UUID]] = defaultdict(set)
    for id_, code, name in session.execute(select(Territory.id, Territory.code, Territory.name)):
        by_code[code.casefold()].add(id_)
        by_name[name.casefold()].add(id_)
    return {**by_name, **by_code}


def _method(row: ParsedRow, default: BreakdownMethod) -> BreakdownMethod:
    values = row.values
    return values.get("method") or (BreakdownMethod.WEIGHTS if values.get("weights") else default)


def _histories(
    session: Session, data: ImportInput, owners: dict[int, _Owner], default: BreakdownMethod
) -> dict[tuple[TargetKey, int], list[Decimal | None]]:
    """Last year's monthly sales of every row broken down by seasonality, fetched at once."""
    wanted: dict[int, set[TargetKey]] = defaultdict(set)
    for row in data.rows:
        owner = owners.get(row.line)
        if owner is not None and row.ok and _method(row, default) is BreakdownMethod.SEASONALITY:
            wanted[row.values["year"]].add(owner.key)
    found: dict[tuple[TargetKey, int], list[Decimal | None]] = {}
    for year, keys in wanted.items():
        for key, history in sales_histories(session, list(keys), year - 1).items():
            found[(key, year)] = history
    return found


def _year(
    data: ImportInput,
    row: ParsedRow,
    owner: _Owner,
    default: BreakdownMethod,
    history: list[Decimal | None] | None,
) -> YearTargets | None:
    """The row's 12 months, or None after reporting why they cannot be made."""
    values = row.values
    places = minor_unit(owner.currency)
    for name in ("amount", *QUARTER_FIELDS, *MONTH_FIELDS):
        amount = values.get(name)
        if amount is None:
            continue
        if amount < 0:
            data.problem(row, name, QT_TRANSLATE_NOOP("messages", "a target cannot be negative"))
        elif places_of(amount.normalize()) > places:
            if places:
                said = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 amounts have %2 decimals"),
                    owner.currency,
                    places,
                )
            else:
                said = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 amounts have no decimals"), owner.currency
                )
            data.problem(row, name, said)
    months = _all_or_none(data, row, MONTH_FIELDS, "months")
    quarters = _all_or_none(data, row, QUARTER_FIELDS, "quarters")
    if not row.ok:
        return None
    method = _method(row, default)
    if method is BreakdownMethod.WEIGHTS and not values.get("weights"):
        data.problem(
            row,
            "method",
            QT_TRANSLATE_NOOP("messages", "breaking down by weights needs a weights column"),
        )
        return None
    try:
        if months is not None:
            if quarters is not None and quarters_of(months) != tuple(quarters):
                sums = listed([str(s) for s in quarters_of(months)])
                data.problem(
                    row,
                    "q1",
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "the quarters do not match the months (%1)"),
                        sums,
                    ),
                )
                return None
        elif quarters is not None:
            month_weights = None
            if method is BreakdownMethod.SEASONALITY:
                month_weights = seasonality_weights(history or [None] * MONTHS)
            elif method is BreakdownMethod.WEIGHTS and len(values["weights"]) == MONTHS:
                month_weights = values["weights"]
            months = from_quarters(quarters, places, month_weights)
        elif values.get("amount") is not None:
            months = break_down(
                values["amount"], places, method, history=history, weights=values.get("weights")
            )
        else:
            data.problem(
                row,
                None,
                QT_TRANSLATE_NOOP(
                    "messages", "give the year's amount, its 4 quarters or its 12 months"
                ),
            )
            return None
    except BreakdownError as exc:
        data.problem(row, "amount", exc.args[0])  # the Sentence, translated in the frame
        return None
    amount = values.get("amount")
    if amount is not None and year_of(months) != amount:
        data.problem(
            row,
            "amount",
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "the amount is %1 but the months add up to %2"),
                amount,
                year_of(months),
            ),
        )
        return None
    return YearTargets(months, owner.currency, _quantities(data, row, months))


def _all_or_none(
    data: ImportInput, row: ParsedRow, fields: tuple[str, ...], plural: str
) -> tuple[Decimal, ...] | None:
    present = [name for name in fields if name in data.columns.index]
    given = [row.values.get(name) for name in fields]
    if not present or all(g is None for g in given):
        return None
    missing = [name for name, g in zip(fields, given, strict=True) if g is None]
    if missing:
        names = listed([data.columns.header(m) or m for m in missing])
        if plural == "months":
            template = QT_TRANSLATE_NOOP(
                "messages",
                "give all %1 months or none (write 0 for a month without target); missing: %2",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "give all %1 quarters or none (write 0 for a quarter without target); missing: %2",
            )
        data.problem(
            row,
            missing[0] if missing[0] in present else None,
            Sentence.of(template, len(fields), names),
        )
        return None
    return tuple(g for g in given if g is not None)


def _quantities(
    data: ImportInput, row: ParsedRow, months: tuple[Decimal, ...]
) -> tuple[Decimal, ...] | None:
    quantity = row.values.get("quantity")
    if quantity is None:
        return None
    if quantity < 0:
        data.problem(
            row, "quantity", QT_TRANSLATE_NOOP("messages", "a quantity cannot be negative")
        )
        return None
    shares = list(months) if any(months) else [Decimal(1)] * MONTHS
    return split_exact(quantity, shares, places_of(quantity.normalize()))


def _write(
    session: Session, actor: str, planned: dict[tuple[TargetKey, int], YearTargets]
) -> dict[str, int]:
    """Replace each (owner, measure, category, year) target the file gives; count what
    happened. Targets the file does not mention are kept."""
    owners = {(_owner_of(key), year) for key, year in planned}
    counts = dict.fromkeys(("created", "updated", "unchanged", "removed"), 0)
    stored: dict[tuple[TargetKey, int], list[Target]] = defaultdict(list)
    for (account_id, territory_id), year in sorted(owners, key=str):
        column = Target.account_id if account_id is not None else Target.territory_id
        query = select(Target).where(
            column == (account_id or territory_id),
            Target.period_start >= _first(year),
            Target.period_start <= _first(year).replace(month=12),
        )
        for target in session.scalars(query):
            stored[(key_of(target), year)].append(target)
    for slot in sorted(planned, key=str):
        key, year = slot
        existing = stored.get(slot, [])
        wanted = planned.get(slot)
        before = targets_from_rows(existing, "EUR")
        if wanted is None:
            counts["removed"] += 1
        elif before is None:
            counts["created"] += 1
        elif before.months == wanted.months and before.quantities == wanted.quantities:
            counts["unchanged"] += 1
            if len(existing) == 17:
                continue
        else:
            counts["updated"] += 1
        write_year(session, actor, key, year, existing, wanted)
    return counts


def _owner_of(key: TargetKey) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    return key.account_id, key.territory_id


def _first(year: int) -> date:
    return date(year, 1, 1)
