"""Undoing one edit of a quote by taking back only what that edit changed.

An edit is kept as the quote before and after it (``DraftState``: the header fields and
every line, in order). Undo takes the quote from after to before, redo the other way, in
what differs between the two only: the header fields the edit changed, the lines it added,
removed or changed, and the order of its lines when it moved one. A line a colleague added
meanwhile stays, where it is; a header field or line of the edit that a colleague changed
since refuses the undo with a sentence naming who — never an overwrite. What is put back
is audited old → new, as an edit is.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import Doing, refusal
from acct_desktop.services.quote_edit_rules import QuoteEditRejected
from acct_desktop.store.models import Quote, QuoteLine

HEADER_FIELDS = (
    "contact_id",
    "valid_until",
    "requested_on",
    "requested_delivery",
    "currency",
    "tax_rate_percent",
    "quote_discount_percent",
    "payment_terms",
    "delivery_terms",
    "notes",
)


@dataclass(frozen=True, slots=True)
class LineState:
    id: uuid.UUID
    product_id: uuid.UUID
    quantity: Decimal
    unit: str
    list_price: Decimal
    base_price: Decimal | None
    pack_price: Decimal | None
    units_per_pack: Decimal | None
    discount_percent: Decimal
    cost: Decimal
    description: str | None
    policy_id: uuid.UUID | None


LINE_FIELDS = tuple(name for name in LineState.__slots__ if name != "id")


@dataclass(frozen=True, slots=True)
class DraftState:
    """Everything the manager can edit on a quote, for undo and redo."""

    header: tuple[tuple[str, object], ...]
    lines: tuple[LineState, ...]


def line_state(line: QuoteLine) -> LineState:
    return LineState(**{name: getattr(line, name) for name in LineState.__slots__})


def state_of(quote: Quote) -> DraftState:
    return DraftState(
        header=tuple((name, getattr(quote, name)) for name in HEADER_FIELDS),
        lines=tuple(line_state(line) for line in quote.lines),
    )


def put_back(
    session: Session, quote: Quote, start: DraftState, goal: DraftState, actor: str, doing: Doing
) -> list[QuoteLine]:
    """Take ``quote`` from ``start`` to ``goal`` where they differ, if it still is as in
    ``start`` there (else QuoteEditRejected naming who changed it). Returns the lines to
    price again: a colleague's lines, when the currency goes back."""
    header = [
        (name, was, new)
        for (name, was), (_same, new) in zip(start.header, goal.header, strict=True)
        if was != new
    ]
    before = {ls.id: ls for ls in start.lines}
    after = {ls.id: ls for ls in goal.lines}
    lines = list(quote.lines)
    now = {line.id: line for line in lines}
    removed = [i for i in before if i not in after]
    added = [i for i in after if i not in before]
    altered = [i for i in before if i in after and before[i] != after[i]]
    kept_order = [ls.id for ls in start.lines if ls.id in after]
    goal_order = [ls.id for ls in goal.lines if ls.id in before]
    reordered = kept_order != goal_order

    untouched = (
        all(getattr(quote, name) == was for name, was, _new in header)
        and all(i in now and line_state(now[i]) == before[i] for i in removed + altered)
        and not any(i in now for i in added)
        and (not reordered or [ln.id for ln in lines if ln.id in after] == kept_order)
    )
    if not untouched:
        raise QuoteEditRejected(refusal(session, "quote", quote.id, actor, doing))

    def audit(field: str, old: object, new: object) -> None:
        record_change(session, actor, "quote", quote.id, field, old, new)

    for name, was, new in header:
        audit(name, was, new)
        setattr(quote, name, new)
    for i in removed:
        line = now[i]
        audit(f"line {line.position} removed", str(line.product_id), None)
        quote.lines.remove(line)
    for i in altered:
        line = now[i]
        for name in LINE_FIELDS:
            old, new = getattr(line, name), getattr(after[i], name)
            if old != new:
                audit(f"line {line.position} {name}", old, new)
                setattr(line, name, new)
    session.flush()

    order = [line.id for line in lines if line.id not in set(removed)]
    if reordered:  # the edit's lines in its order, in the places they hold now
        places = iter(goal_order)
        order = [next(places) if i in before else i for i in order]
    objects: dict[uuid.UUID, QuoteLine] = dict(now)
    goal_ids = [ls.id for ls in goal.lines]
    for i in added:  # right after the line it followed, or first
        line = QuoteLine(id=i, position=0, net_price=Decimal(0), line_total=Decimal(0))
        for name in LINE_FIELDS:
            setattr(line, name, getattr(after[i], name))
        quote.lines.append(line)
        objects[i] = line
        earlier = [j for j in goal_ids[: goal_ids.index(i)] if j in order]
        order.insert(order.index(earlier[-1]) + 1 if earlier else 0, i)
    for position, i in enumerate(order, start=1):
        line = objects[i]
        if i in added:
            audit(f"line {position} added", None, str(line.product_id))
        elif reordered and i in before and line.position != position:
            audit("line moved", line.position, position)
        line.position = position

    if any(name == "currency" for name, _was, _new in header):
        return [objects[i] for i in order if i not in before and i not in after]
    return []
