"""The records an audit value points at, by name, for the history the manager reads.

Some audited fields hold another record's id: the account a price policy is for, the account
one sits under, the base policy, a quote line's product, the contact someone reports to.
The trail keeps the id (it is what was chosen, and a name can change); the history shows
the record by its name as the forms show it — an account "佛山 DC (CN000048)", a product
"PEO-001-4L · Synth Pro 5W-30 4 L", a policy "NL-5L-CN48 · 5 L voor CN000048" — read
for every row of a history in one query. A record that no longer exists reads "(deleted
account)" in the user's language, never its id.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, cast, literal, null, select, union_all
from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, bracketed
from acct_desktop.store.models import (
    Account,
    Contact,
    CustomerIssue,
    PricePolicy,
    Product,
    Quote,
    Territory,
)

# A field holding an id, by name, whatever record it is in.
FIELD_KINDS = {
    "account_id": "account",
    "territory_id": "territory",
    "product_id": "product",
    "base_policy_id": "price_policy",
    "policy_id": "price_policy",
    "contact_id": "contact",
    "reports_to_id": "contact",
}
# A quote line's product or policy: "line 3 added", "line 3 removed", "line 3 product_id".
QUOTE_LINE = re.compile(r"line \d+ (added|removed|product_id|policy_id)")
DELETED = {
    "account": QT_TRANSLATE_NOOP("messages", "(deleted account)"),
    "territory": QT_TRANSLATE_NOOP("messages", "(deleted territory)"),
    "product": QT_TRANSLATE_NOOP("messages", "(deleted product)"),
    "price_policy": QT_TRANSLATE_NOOP("messages", "(deleted price policy)"),
    "contact": QT_TRANSLATE_NOOP("messages", "(deleted contact)"),
    "quote": QT_TRANSLATE_NOOP("messages", "(deleted quote)"),
    "customer_issue": QT_TRANSLATE_NOOP("messages", "(deleted issue)"),
}


def referenced_kind(entity: str, field: str | None) -> str | None:
    """What kind of record the value of ``field`` of an ``entity`` record points at, if any:
    ``parent_id`` of an account is an account, of a territory a territory."""
    if not field:
        return None
    if field == "parent_id":
        return "territory" if entity == "territory" else "account"
    if entity == "contact" and field.startswith("link "):  # "link reports informally to"
        return "contact"
    if entity == "quote":
        if field == "revision of":
            return "quote"
        line = QUOTE_LINE.fullmatch(field)
        if line is not None:
            return "price_policy" if line.group(1) == "policy_id" else "product"
    if entity == "discrepancy_form" and field == "issue":
        return "customer_issue"
    return FIELD_KINDS.get(field)


def as_id(value: str | None) -> uuid.UUID | None:
    """``value`` as a record id, or None when it is none (empty, erased, any other text)."""
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _selects(wanted: Mapping[str, set[uuid.UUID]]) -> list[Any]:
    """One SELECT (kind, id, first text, second text) per kind of record wanted."""
    nothing = cast(null(), String)
    columns = {
        "account": (Account, Account.name, Account.code),
        "territory": (Territory, Territory.name, nothing),
        "product": (Product, Product.sku, Product.name),
        "price_policy": (PricePolicy, PricePolicy.code, PricePolicy.name),
        "contact": (Contact, Contact.name, nothing),
        "quote": (Quote, Quote.number, cast(Quote.revision, String)),
        "customer_issue": (CustomerIssue, CustomerIssue.number, nothing),
    }
    selects = []
    for kind, ids in sorted(wanted.items()):
        if not ids or kind not in columns:
            continue
        model, first, second = columns[kind]
        selects.append(
            select(
                literal(kind, String).label("kind"),
                model.id.label("id"),
                cast(first, String).label("first"),
                cast(second, String).label("second"),
            ).where(model.id.in_(sorted(ids)))
        )
    return selects


def _label(kind: str, first: str, second: str | None) -> str:
    """How the forms show a record: account "name (code)", product "SKU · name"…"""
    if kind == "account":
        return bracketed(first, second) if second else first
    if kind in ("product", "price_policy"):
        return f"{first} · {second}" if second else first
    if kind == "quote":
        return first if second in (None, "1") else f"{first} R{second}"
    return first


def names_of(
    session: Session, wanted: Mapping[str, set[uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], str]:
    """(kind, id) → the record's name, for every wanted record that exists, in one query."""
    selects = _selects(wanted)
    if not selects:
        return {}
    query = selects[0] if len(selects) == 1 else union_all(*selects)
    return {
        (kind, id_): _label(kind, first, second)
        for kind, id_, first, second in session.execute(query)
    }


def named_values(
    session: Session, entity: str, rows: Iterable[tuple[str | None, str | None, str | None]]
) -> list[tuple[str | None, str | None]]:
    """(field, old, new) of each audited change → (old, new) as the user reads them: an id
    in a field that holds one becomes the record's name, or "(deleted account)" when the
    record is gone; every other value is returned as it is. One query for all rows."""
    rows = list(rows)
    wanted: dict[str, set[uuid.UUID]] = {}
    for field, old, new in rows:
        kind = referenced_kind(entity, field)
        if kind is not None:
            for value in (old, new):
                if (id_ := as_id(value)) is not None:
                    wanted.setdefault(kind, set()).add(id_)
    if not wanted:
        return [(old, new) for _field, old, new in rows]
    names = names_of(session, wanted)

    def shown(kind: str | None, value: str | None) -> str | None:
        id_ = as_id(value) if kind is not None else None
        if kind is None or id_ is None:
            return value
        found = names.get((kind, id_))
        return found if found is not None else Sentence.of(DELETED[kind])

    named = []
    for field, old, new in rows:
        kind = referenced_kind(entity, field)
        named.append((shown(kind, old), shown(kind, new)))
    return named
