"""Importing rebate agreements, all or nothing; and the export that imports back unchanged.

Each row is one whole agreement, checked with the register's own rules
(``rebate_records.rebate_problems``: signed, not in the future, rates within 0–100 %, tiers
for tiered kinds). Imported agreements are **drafts** until approved. A row whose number
names a draft (or a pending agreement, which goes back to draft) updates it; a row without
a number gets the next ``R-<year>-`` number of its period's year. Agreements past draft
cannot be changed by an import (an identical row counts as unchanged). ``entered_on``
defaults to the import day (an existing agreement keeps its own), so agreements signed
longer ago than the late-entry days are flagged late, and the summary names them.

Tiers are written ``threshold:rate`` pairs, ``0:1,100000:2,250000:3.5``; where amounts use
a decimal comma separate the pairs with ``;`` (``0:1;100000:2,5``). A rate may end in ``%``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.domain.numbering import next_number
from acct_desktop.domain.register_workflow import EDITABLE_STATUSES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.audit import record_change
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.columns import REBATE_FIELDS, REBATE_REQUIRED, REBATE_SYNONYMS
from acct_desktop.services.imports.common import (
    EntitySpec,
    ImportInput,
    ParsedRow,
    chunked,
    read_input,
    require,
)
from acct_desktop.services.imports.problems import ProgressCallback
from acct_desktop.services.imports.register_common import (
    DAYS,
    RegisterImportSummary,
    audit_created,
    audited_update,
    duplicates,
    export_table,
    session_transaction,
    write_problems,
)
from acct_desktop.services.rebate_records import (
    ENTITY,
    RebateDraft,
    _cleaned,
    _tier_text,
    is_late,
    late_days_setting,
    rebate_problems,
)
from acct_desktop.services.register_moves import move
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, RebateAgreement, RebateTier

Tiers = tuple[tuple[Decimal, Decimal], ...]
KIND_ALIASES = {
    "fixed": RebateKind.FIXED_PERCENT, "fixed %": RebateKind.FIXED_PERCENT,
    "flat": RebateKind.FIXED_PERCENT, "whole": RebateKind.WHOLE_VOLUME_TIERS,
    "whole volume": RebateKind.WHOLE_VOLUME_TIERS, "tiers": RebateKind.WHOLE_VOLUME_TIERS,
    "banded": RebateKind.BANDED_TIERS, "bands": RebateKind.BANDED_TIERS,
    "固定比例": RebateKind.FIXED_PERCENT, "全量阶梯": RebateKind.WHOLE_VOLUME_TIERS,
    "分段阶梯": RebateKind.BANDED_TIERS, "增长": RebateKind.GROWTH,
    "groei": RebateKind.GROWTH, "vast": RebateKind.FIXED_PERCENT,
}  # fmt: skip
_PAIR_SEPARATORS = re.compile(r"[;|\n]")
_AMOUNT = v.amount_of_money()
_RATE = v.money(places=4)


def _length(column: str) -> int | None:
    return getattr(RebateAgreement.__table__.c[column].type, "length", None)


def rate(raw: str) -> Decimal | None:
    """A percentage: ``2``, ``2,5 %``, ``3.5%``."""
    return _RATE(raw.strip().removesuffix("%").rstrip())


def tiers(raw: str) -> Tiers:
    """``threshold:rate`` pairs separated by ``,`` — or by ``;`` when amounts use a decimal
    comma. The register's rules (no duplicate thresholds, rates 0–100) apply later."""
    value = raw.strip()
    if not value:
        return ()
    parts = _PAIR_SEPARATORS.split(value) if _PAIR_SEPARATORS.search(value) else value.split(",")
    found = []
    for position, part in enumerate((p.strip() for p in parts if p.strip()), start=1):
        pieces = part.split(":")
        if len(pieces) != 2:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", 'tier %1 "%2" is not threshold:rate (e.g. 100000:2)'
                    ),
                    position,
                    part,
                )
            )
        try:
            threshold, percent = _AMOUNT(pieces[0]), rate(pieces[1])
        except ValueError as exc:
            raise ValueError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", 'tier %1 "%2": %3'), position, part, exc)
            ) from None
        if threshold is None or percent is None:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", 'tier %1 "%2" needs both a threshold and a rate'),
                    position,
                    part,
                )
            )
        found.append((threshold, percent))
    return tuple(found)


PARSERS: dict[str, v.Parser] = {
    "number": v.code_of(_length("number")),
    "account_code": v.code_of(None),
    "kind": v.enum_value(RebateKind, KIND_ALIASES),
    "period_start": DAYS,
    "period_end": DAYS,
    "currency": v.currency,
    "category": v.text_of(_length("category")),
    "fixed_percent": rate,
    "baseline_amount": v.amount_of_money(),
    "signed_on": DAYS,
    "signed_by": v.text_of(_length("signed_by")),
    "entered_on": DAYS,
    "tiers": tiers,
    "note": v.text,
}
SPEC = EntitySpec("rebate agreements", REBATE_FIELDS, REBATE_REQUIRED, REBATE_SYNONYMS, PARSERS)
DRAFT_FIELDS = (
    "kind", "period_start", "period_end", "signed_on", "signed_by", "category",
    "fixed_percent", "baseline_amount", "note",
)  # fmt: skip


def import_rebates(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    actor: str = "import",
    today: Callable[[], date] = date.today,
    *,
    header_row: int | None = None,
) -> RegisterImportSummary:
    """Import rebate agreements from a CSV or .xlsx file as drafts, all or nothing.

    Raises ``TabularError``, ``ImportRejected`` (every problem by line and column),
    ``ImportConflict`` or ``ImportCancelled`` (from ``progress``); nothing is written then.
    """
    on = today()
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, REBATE_REQUIRED)
    duplicates(data, "number", "Number")
    with session_transaction(db, data.name) as session:
        accounts = _accounts(session, data)
        current = _agreements(session, data)
        drafts: dict[int, RebateDraft] = {}
        for row in data.rows:
            draft = _draft(data, row, accounts, current)
            if draft is not None:
                drafts[row.line] = draft
                write_problems(
                    data, row, rebate_problems(draft, on), {"account_id": "account_code"}
                )
        new, changes, unchanged = _plan(data, drafts, current, on)
        data.problems.reject_if_any(data.name)
        late_days = late_days_setting(session)
        created: list[str] = []
        late: list[str] = []
        ids: list[uuid.UUID] = []
        taken = list(session.scalars(select(RebateAgreement.number)))
        for done, line in enumerate(new, start=1):
            draft = drafts[line]
            values = _cleaned(draft, on)
            if not values["number"]:
                values["number"] = next_number("R", draft.period_start.year, taken, 4)
                taken.append(values["number"])
            agreement = RebateAgreement(**values, status=RebateStatus.DRAFT)
            agreement.tiers = [
                RebateTier(threshold_amount=t, rebate_percent=r) for t, r in sorted(draft.tiers)
            ]
            session.add(agreement)
            session.flush()
            audit_created(session, actor, ENTITY, agreement.id, agreement.number, data.name)
            if draft.tiers:
                tier_text = _tier_text(sorted(draft.tiers))
                record_change(session, actor, ENTITY, agreement.id, "tiers", None, tier_text)
            created.append(agreement.number)
            ids.append(agreement.id)
            if is_late(agreement.signed_on, agreement.entered_on, late_days):
                late.append(agreement.number)
            data.progress.written(done)
        for line, (values, new_tiers) in changes.items():
            agreement = current[drafts[line].number]
            audited_update(session, actor, ENTITY, agreement, values)
            if new_tiers is not None:
                old = _tier_text(sorted(_tiers_of(agreement)))
                record_change(
                    session, actor, ENTITY, agreement.id, "tiers", old, _tier_text(new_tiers)
                )
                agreement.tiers = [
                    RebateTier(threshold_amount=t, rebate_percent=r) for t, r in new_tiers
                ]
            record_change(session, actor, ENTITY, agreement.id, "imported", None, data.name)
            if agreement.status is RebateStatus.PENDING_APPROVAL:
                move(session, actor, ENTITY, agreement, RebateStatus.DRAFT, "changed by an import")
            ids.append(agreement.id)
            if is_late(agreement.signed_on, agreement.entered_on, late_days):
                late.append(agreement.number)
        session.flush()
        data.progress.written(len(data.rows))
    return RegisterImportSummary(
        entity="rebate agreements",
        rows=len(data.rows),
        created=len(created),
        updated=len(changes),
        unchanged=unchanged,
        encoding=data.table.encoding,
        delimiter=data.table.delimiter,
        ignored_columns=data.columns.ignored,
        changed_ids=frozenset(ids),
        keys_created=tuple(created),
        entered_late=tuple(late),
    )


def _accounts(session: Session, data: ImportInput) -> dict[str, tuple[uuid.UUID, str]]:
    codes = sorted({r.values["account_code"] for r in data.rows if r.values.get("account_code")})
    return accounts_by_code(session, codes, Account.id, Account.currency)


def _agreements(session: Session, data: ImportInput) -> dict[str, RebateAgreement]:
    numbers = sorted({r.values["number"] for r in data.rows if r.values.get("number")})
    found: dict[str, RebateAgreement] = {}
    for chunk in chunked(numbers):
        query = select(RebateAgreement).where(RebateAgreement.number.in_(chunk))
        found.update((a.number, a) for a in session.scalars(query))
    return found


def _draft(
    data: ImportInput,
    row: ParsedRow,
    accounts: Mapping[str, tuple[uuid.UUID, str]],
    current: Mapping[str, RebateAgreement],
) -> RebateDraft | None:
    values = row.values
    account = accounts.get(values.get("account_code") or "")
    if values.get("account_code") and account is None:
        data.problem(
            row,
            "account_code",
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "there is no account with code %1"),
                values["account_code"],
            ),
        )
    if not row.ok or account is None:
        return None
    existing = current.get(values.get("number") or "")
    entered = values.get("entered_on") or (existing.entered_on if existing else None)
    return RebateDraft(
        account_id=account[0],
        currency=values.get("currency") or account[1] or "EUR",
        entered_on=entered,
        number=values.get("number") or "",
        tiers=values.get("tiers") or (),
        **{name: values.get(name) for name in DRAFT_FIELDS},
    )


def _tiers_of(agreement: RebateAgreement) -> Tiers:
    return tuple((t.threshold_amount, t.rebate_percent) for t in agreement.tiers)


def _plan(
    data: ImportInput,
    drafts: Mapping[int, RebateDraft],
    current: Mapping[str, RebateAgreement],
    on: date,
) -> tuple[list[int], dict[int, tuple[dict[str, Any], Tiers | None]], int]:
    """New rows; changes (field values, new tiers or None) by line; the unchanged count.
    Changing an agreement past draft is a problem on its line."""
    rows = {row.line: row for row in data.rows}
    new: list[int] = []
    changes: dict[int, tuple[dict[str, Any], Tiers | None]] = {}
    unchanged = 0
    for line, draft in drafts.items():
        existing = current.get(draft.number) if draft.number else None
        if existing is None:
            new.append(line)
            continue
        if existing.archived_at is not None:  # a draft deleted in the register stays gone
            data.problem(
                rows[line],
                "number",
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 was a draft that has been deleted; import the row under another "
                        "number, or with none for a new one",
                    ),
                    existing.number,
                ),
            )
            continue
        values = {k: val for k, val in _cleaned(draft, on).items() if getattr(existing, k) != val}
        wanted = tuple(sorted(draft.tiers))
        new_tiers = wanted if wanted != tuple(sorted(_tiers_of(existing))) else None
        if not values and new_tiers is None:
            unchanged += 1
        elif existing.status.value not in EDITABLE_STATUSES:
            differ = sorted(values) + (["tiers"] if new_tiers is not None else [])
            status = existing.status.value.replace("_", " ")
            data.problem(
                rows[line],
                "number",
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 is %2 and cannot be changed by an import (%3 differ); terminate it "
                        "and import a new number",
                    ),
                    existing.number,
                    status,
                    ", ".join(differ),
                ),
            )
        else:
            changes[line] = (values, new_tiers)
    return new, changes, unchanged


def export_rebates(
    db: Database, path: str | Path, fmt: str = "csv", progress: ProgressCallback | None = None
) -> Any:
    """Write every rebate agreement that is not archived (all statuses), by number, in the
    import's columns; importing the file back changes nothing."""
    with db.session() as session:
        agreements = session.scalars(
            select(RebateAgreement)
            .where(RebateAgreement.archived_at.is_(None))
            .order_by(RebateAgreement.number)
        ).all()
        accounts = dict(session.execute(select(Account.id, Account.code)).all())
        rows = []
        for agreement in agreements:
            special = {
                "account_code": accounts.get(agreement.account_id),
                "tiers": _tier_text(sorted(_tiers_of(agreement))) or None,
            }
            rows.append(
                [special[f] if f in special else getattr(agreement, f) for f in REBATE_FIELDS]
            )
    return export_table(path, fmt, REBATE_FIELDS, rows, "Rebate agreements", progress)
