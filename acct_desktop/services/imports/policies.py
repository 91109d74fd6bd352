"""Importing price policies (head office's price list as a spreadsheet), all or nothing;
and the export that imports back unchanged.

Each row is one whole policy. Imported policies are **drafts**: they price nothing until
someone submits and approves them in the register. A row whose code names a draft (or a
pending policy, which goes back to draft) updates it; a row without a code gets the next
``PP-`` code. A code that is already active, expired or terminated cannot be changed by an
import (a row identical to it is accepted as unchanged, so an export imports back); any
difference is a problem on that line: terminate it and import a new code.

Rows are checked with the register's own rules (``policy_records.draft_problems``), their
references (account code, territory code or name, product SKU, base policy code — in the
file or the database) and base-policy loops over the file and the database together.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Channel, PolicyScope, PolicyStatus
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.domain.register_workflow import EDITABLE_STATUSES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, listed
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.audit import record_change
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.account_words import CHANNEL_ALIASES
from acct_desktop.services.imports.columns import POLICY_FIELDS, POLICY_REQUIRED, POLICY_SYNONYMS
from acct_desktop.services.imports.common import (
    EntitySpec,
    ImportInput,
    ParsedRow,
    chunked,
    read_input,
    require,
)
from acct_desktop.services.imports.graph import find_loops, parents_first
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
from acct_desktop.services.policy_records import (
    ENTITY,
    PolicyDraft,
    PolicyRecords,
    _cleaned,
    draft_problems,
)
from acct_desktop.services.register_moves import move
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, PricePolicy, Product, Territory

BASE_WORDS = {
    "list": BaseKind.LIST, "list price": BaseKind.LIST, "listprice": BaseKind.LIST,
    "catalogue": BaseKind.LIST, "目录价": BaseKind.LIST, "标价": BaseKind.LIST,
    "giá niêm yết": BaseKind.LIST, "lijstprijs": BaseKind.LIST, "brutoprijs": BaseKind.LIST,
    "cost": BaseKind.COST, "cost price": BaseKind.COST, "成本": BaseKind.COST,
    "成本价": BaseKind.COST, "giá vốn": BaseKind.COST, "kostprijs": BaseKind.COST,
}  # fmt: skip
NO_RULE = frozenset({"none", "empty", "no rule", "list price stands", "-", "无", "không", "geen"})
# The draft's field names → the import's columns, for problems from draft_problems.
DRAFT_COLUMNS = {
    "product_id": "product_sku",
    "account_id": "account_code",
    "territory_id": "territory",
    "base_kind": "base",
    "base_policy_id": "base",
}
PRICE_FIELDS = (
    "guide_price", "round_to", "surcharge", "min_margin_amount", "max_margin_amount",
    "floor_price",
)  # fmt: skip
PERCENT_FIELDS = (
    "discount_percent", "min_margin_percent", "max_discount_percent",
    "approval_threshold_percent",
)  # fmt: skip


def _length(column: str) -> int | None:
    return getattr(PricePolicy.__table__.c[column].type, "length", None)


def percent(raw: str) -> Decimal | None:
    """A percentage: ``6``, ``6 %``, ``6,5%`` (at most four decimals)."""
    return v.money(places=4)(raw.strip().removesuffix("%").rstrip())


def _rule_kind(raw: str) -> RuleKind | None:
    if raw.strip().casefold() in NO_RULE:
        return None
    return RULE_KIND(raw)


RULE_KIND = v.enum_value(
    RuleKind,
    {
        "fixed price": RuleKind.FIXED, "discount": RuleKind.PERCENT_DISCOUNT,
        "percent": RuleKind.PERCENT_DISCOUNT, "percentage": RuleKind.PERCENT_DISCOUNT,
        "固定价": RuleKind.FIXED, "折扣": RuleKind.PERCENT_DISCOUNT, "公式": RuleKind.FORMULA,
        "vaste prijs": RuleKind.FIXED, "korting": RuleKind.PERCENT_DISCOUNT,
    },
)  # fmt: skip

SCOPE_ALIASES = {
    "everyone": PolicyScope.GLOBAL, "all": PolicyScope.GLOBAL,
    "customer": PolicyScope.ACCOUNT, "region": PolicyScope.TERRITORY,
}  # fmt: skip

PARSERS: dict[str, v.Parser] = (
    {
        "code": v.code_of(_length("code")),
        "name": v.text_of(_length("name")),
        "scope": v.enum_value(PolicyScope, SCOPE_ALIASES),
        "account_code": v.code_of(None),
        "channel": v.enum_value(Channel, CHANNEL_ALIASES),
        "territory": v.text,
        "product_sku": v.code_of(None),
        "category": v.text_of(_length("category")),
        "valid_from": DAYS,
        "valid_to": DAYS,
        "currency": v.currency,
        "min_quantity": v.money(places=3),
        "unit": v.text_of(_length("unit")),
        "rule_kind": _rule_kind,
        "base": v.text,
        "note": v.text,
    }
    | dict.fromkeys(PRICE_FIELDS, v.money(places=4))
    | dict.fromkeys(PERCENT_FIELDS, percent)
)
SPEC = EntitySpec("price policies", POLICY_FIELDS, POLICY_REQUIRED, POLICY_SYNONYMS, PARSERS)
PLAIN = (
    "code", "name", "scope", "channel", "category", "valid_from", "valid_to", "currency",
    "unit", "rule_kind", *PRICE_FIELDS, *PERCENT_FIELDS, "note",
)  # fmt: skip


class _Register:
    """What the rows refer to: accounts, products, territories and the policies by code."""

    def __init__(self, session: Session, data: ImportInput) -> None:
        def wanted(name: str) -> list[str]:
            return sorted({r.values[name] for r in data.rows if r.values.get(name)})

        self.accounts: dict[str, uuid.UUID] = {
            code: id_
            for code, (id_,) in accounts_by_code(
                session, wanted("account_code"), Account.id
            ).items()
        }
        self.products: dict[str, tuple[uuid.UUID, str]] = {}
        for chunk in chunked(wanted("product_sku")):
            rows = session.execute(
                select(Product.sku, Product.id, Product.currency).where(Product.sku.in_(chunk))
            )
            self.products.update((sku, (id_, cur)) for sku, id_, cur in rows)
        self.territory_codes: dict[str, uuid.UUID] = {}
        self.territory_names: dict[str, list[uuid.UUID]] = {}
        territories = session.execute(select(Territory.id, Territory.code, Territory.name))
        for id_, code, name in territories:
            self.territory_codes[code.casefold()] = id_
            self.territory_names.setdefault(name.casefold(), []).append(id_)
        self.ids: dict[str, uuid.UUID] = {}
        self.bases: dict[uuid.UUID, uuid.UUID | None] = {}
        self.codes: dict[uuid.UUID, str] = {}
        for id_, code, base in session.execute(
            select(PricePolicy.id, PricePolicy.code, PricePolicy.base_policy_id)
        ):
            self.ids[code] = id_
            self.codes[id_] = code
            self.bases[id_] = base
        self.policies: dict[str, PricePolicy] = {}
        for chunk in chunked(wanted("code")):
            self.policies.update(
                (p.code, p)
                for p in session.scalars(select(PricePolicy).where(PricePolicy.code.in_(chunk)))
            )

    def territory(self, value: str) -> uuid.UUID | str:
        """The territory's id, or why it cannot be found."""
        key = value.casefold()
        if key in self.territory_codes:
            return self.territory_codes[key]
        named = self.territory_names.get(key, [])
        if len(named) == 1:
            return named[0]
        if named:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", '%1 territories are named "%2"; give its code'),
                len(named),
                value,
            )
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", 'there is no territory with code or name "%1"'), value
        )


def import_price_policies(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    actor: str = "import",
    *,
    header_row: int | None = None,
) -> RegisterImportSummary:
    """Import price policies from a CSV or .xlsx file as drafts, all or nothing.

    Raises ``TabularError``, ``ImportRejected`` (every problem by line and column),
    ``ImportConflict`` or ``ImportCancelled`` (from ``progress``); nothing is written then.
    """
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, ("name", "valid_from"))
    duplicates(data, "code", "Code")
    with session_transaction(db, data.name) as session:
        register = _Register(session, data)
        file_codes = {r.values["code"]: r for r in data.rows if r.values.get("code")}
        row_ids: dict[int, uuid.UUID] = {}
        for row in data.rows:
            code = row.values.get("code")
            existing = register.policies.get(code) if code else None
            row_ids[row.line] = existing.id if existing is not None else uuid.uuid4()
            if code and existing is None:
                register.ids[code] = row_ids[row.line]
                register.codes[row_ids[row.line]] = code
        drafts: dict[int, PolicyDraft] = {}
        for row in data.rows:
            draft = _draft(data, row, register, file_codes)
            if draft is None:
                continue
            drafts[row.line] = draft
            write_problems(data, row, draft_problems(draft), DRAFT_COLUMNS)
            register.bases[row_ids[row.line]] = draft.base_policy_id
        _check_loops(data, register, row_ids, drafts)
        plan = _plan(data, register, drafts)
        data.problems.reject_if_any(data.name)
        summary = _write(session, data, register, row_ids, drafts, plan, actor)
    return summary


def _draft(
    data: ImportInput,
    row: ParsedRow,
    register: _Register,
    file_codes: Mapping[str, ParsedRow],
) -> PolicyDraft | None:
    """The row as the policy form's draft (references resolved), or None when it cannot be
    built (problems reported)."""
    values = row.values
    refs: dict[str, Any] = {}
    code = values.get("code")
    if account := values.get("account_code"):
        refs["account_id"] = register.accounts.get(account)
        if refs["account_id"] is None:
            data.problem(
                row,
                "account_code",
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "there is no account with code %1"), account
                ),
            )
    if territory := values.get("territory"):
        found = register.territory(territory)
        if isinstance(found, str):
            data.problem(row, "territory", found)
        else:
            refs["territory_id"] = found
    currency = values.get("currency")
    if sku := values.get("product_sku"):
        product = register.products.get(sku)
        if product is None:
            data.problem(
                row,
                "product_sku",
                Sentence.of(QT_TRANSLATE_NOOP("messages", "there is no product with SKU %1"), sku),
            )
        else:
            refs["product_id"], product_currency = product
            currency = currency or product_currency
    if not currency and ("currency" in values or "currency" not in data.columns.index):
        data.problem(
            row,
            "currency",
            QT_TRANSLATE_NOOP("messages", "currency is required (or give a product SKU)"),
        )
    base = values.get("base")
    if base:
        kind = BASE_WORDS.get(v.enum_key(base))
        if kind is not None:
            refs["base_kind"] = kind
        elif base in register.ids or base in file_codes:
            refs["base_kind"] = BaseKind.OTHER_RULE
            refs["base_policy_id"] = register.ids[base]
        else:
            data.problem(
                row,
                "base",
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '"%1" is not list, cost or the code of a price policy in the file or '
                        "the register",
                    ),
                    base,
                ),
            )
    scope = values.get("scope") or _scope_from(values)
    if not row.ok or "valid_from" not in values or values["valid_from"] is None:
        return None
    fields = {k: values[k] for k in PLAIN if values.get(k) is not None}
    fields |= {k: val for k, val in refs.items() if val is not None}
    fields |= {
        "name": values.get("name") or "",
        "scope": scope,
        "currency": currency or "",
        "code": code or "",
        "min_quantity": values.get("min_quantity") or Decimal(0),
    }
    return PolicyDraft(**fields)


def _scope_from(values: Mapping[str, Any]) -> PolicyScope:
    """An empty scope follows from what the row names: an account, channel or territory."""
    for field, scope in (
        ("account_code", PolicyScope.ACCOUNT),
        ("channel", PolicyScope.CHANNEL),
        ("territory", PolicyScope.TERRITORY),
    ):
        if values.get(field):
            return scope
    return PolicyScope.GLOBAL


def _check_loops(
    data: ImportInput,
    register: _Register,
    row_ids: dict[int, uuid.UUID],
    drafts: Mapping[int, PolicyDraft],
) -> None:
    """Refuse rows whose base chain (file and database together) comes back to them."""
    by_id = {row_ids[row.line]: row for row in data.rows if row.line in drafts}
    loops = find_loops(by_id, register.bases.get)
    for node, chain in loops.items():
        row = by_id[node]
        code = drafts[row.line].code or f"line {row.line}"
        names = [register.codes.get(n, code) for n in chain]
        base = names[1] if len(names) > 1 else code
        data.problem(
            row,
            "base",
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "policy %1 cannot be based on %2: their prices would go round in a loop "
                    "(%3); base it on the list price, the cost or another policy",
                ),
                code,
                base,
                " → ".join(names),
            ),
        )


class _Plan:
    def __init__(self) -> None:
        self.new: list[int] = []
        self.changes: dict[int, dict[str, Any]] = {}
        self.unchanged = 0


def _plan(data: ImportInput, register: _Register, drafts: Mapping[int, PolicyDraft]) -> _Plan:
    """New rows, changed drafts, and untouched rows; changes to policies past draft refused."""
    plan = _Plan()
    for row in data.rows:
        draft = drafts.get(row.line)
        if draft is None:
            continue
        existing = register.policies.get(draft.code) if draft.code else None
        if existing is None:
            plan.new.append(row.line)
            continue
        if existing.archived_at is not None:  # a draft deleted in the register stays gone
            data.problem(
                row,
                "code",
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 was a draft that has been deleted; import the row under another "
                        "code, or with none for a new one",
                    ),
                    existing.code,
                ),
            )
            continue
        values = _cleaned(draft)
        changes = {k: val for k, val in values.items() if getattr(existing, k) != val}
        if not changes:
            plan.unchanged += 1
        elif existing.status.value not in EDITABLE_STATUSES:
            status = existing.status.value.replace("_", " ")
            data.problem(
                row,
                "code",
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 is %2 and cannot be changed by an import (%3 differ); terminate it "
                        "and import a new code",
                    ),
                    existing.code,
                    status,
                    listed(sorted(changes)),
                ),
            )
        else:
            plan.changes[row.line] = changes
    return plan


def _write(
    session: Session,
    data: ImportInput,
    register: _Register,
    row_ids: dict[int, uuid.UUID],
    drafts: Mapping[int, PolicyDraft],
    plan: _Plan,
    actor: str,
) -> RegisterImportSummary:
    rows = {row.line: row for row in data.rows}
    first = PolicyRecords._next_code(session)
    number = int(first[3:])
    created: list[str] = []
    new_ids = {row_ids[line]: line for line in plan.new}

    def new_base(id_: uuid.UUID) -> uuid.UUID | None:
        base = drafts[new_ids[id_]].base_policy_id
        return base if base in new_ids else None

    order = parents_first(new_ids, new_base)
    done = 0
    for id_ in order:
        line = new_ids[id_]
        values = _cleaned(drafts[line])
        if not values["code"]:
            values["code"] = f"PP-{number:05d}"
            number += 1
        policy = PricePolicy(id=id_, **values, status=PolicyStatus.DRAFT)
        session.add(policy)
        session.flush()
        audit_created(session, actor, ENTITY, id_, policy.code, data.name)
        created.append(policy.code)
        done += 1
        data.progress.written(done)
    for line, changes in plan.changes.items():
        policy = register.policies[drafts[line].code]
        audited_update(session, actor, ENTITY, policy, changes)
        record_change(session, actor, ENTITY, policy.id, "imported", None, data.name)
        if policy.status is PolicyStatus.PENDING_APPROVAL:
            move(session, actor, ENTITY, policy, PolicyStatus.DRAFT, "changed by an import")
        done += 1
        data.progress.written(done)
    session.flush()
    data.progress.written(len(rows))
    return RegisterImportSummary(
        entity="price policies",
        rows=len(data.rows),
        created=len(created),
        updated=len(plan.changes),
        unchanged=plan.unchanged,
        encoding=data.table.encoding,
        delimiter=data.table.delimiter,
        ignored_columns=data.columns.ignored,
        changed_ids=frozenset((*new_ids, *(row_ids[line] for line in plan.changes))),
        keys_created=tuple(created),
    )


def export_price_policies(
    db: Database, path: str | Path, fmt: str = "csv", progress: ProgressCallback | None = None
) -> Any:
    """Write every price policy that is not archived (all statuses), by code, in the
    import's columns; importing the file back changes nothing."""
    with db.session() as session:
        policies = session.scalars(
            select(PricePolicy).where(PricePolicy.archived_at.is_(None)).order_by(PricePolicy.code)
        ).all()
        accounts = dict(session.execute(select(Account.id, Account.code)).all())
        territories = dict(session.execute(select(Territory.id, Territory.code)).all())
        products = dict(session.execute(select(Product.id, Product.sku)).all())
        codes = dict(session.execute(select(PricePolicy.id, PricePolicy.code)).all())
        rows = []
        for policy in policies:
            special = {
                "account_code": accounts.get(policy.account_id),
                "territory": territories.get(policy.territory_id),
                "product_sku": products.get(policy.product_id),
                "base": codes.get(policy.base_policy_id)
                if policy.base_kind is BaseKind.OTHER_RULE
                else policy.base_kind,
            }
            rows.append([special[f] if f in special else getattr(policy, f) for f in POLICY_FIELDS])
    return export_table(path, fmt, POLICY_FIELDS, rows, "Price policies", progress)
