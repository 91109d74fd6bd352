"""Quote edits checked against what their user saw: typed while the database could not be
reached (written once it answers), or typed with it answering.

A team database's server that is down cannot take an edit of a quote: a line's quantity,
unit, line discount or description, a line added or removed, a header field. The builder
keeps each such edit (a ``KeptEdit``) with what the quote showed when it was typed
(``seen``), shows it over the saved quote as not saved yet (``over``), and hands the edits,
in the order typed, to ``QuoteBuilder.write_kept`` once the database answers.

There each is written in one transaction, and only while what it changes still holds what
its user saw (``still_wanted``): a colleague's change of the same field or line meanwhile
refuses it with the shared sentence of ``changed_since`` (naming who) — never an overwrite.
Each is written once: one already so (written before the server's answer was lost, the
same value typed, a line with the kept id already added, a line already removed) is not
applied again. What can be checked without the database (a quantity, a percentage, a date
before the quote's) is refused as it is typed (``precheck``), as it would have been then.

The same rule holds for an edit written at once: the builder's grid and header hand every
cell and field they change to ``QuoteBuilder.write_kept`` with what they showed, so a
colleague's change saved since the quote was read is refused (``ChangedMeanwhile``), never
overwritten silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from acct_desktop.domain.quote_maths import QuoteFigureError, check_percent, check_quantity
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.domain.unit_words import UNITS
from acct_desktop.services.changed_since import Doing, refusal
from acct_desktop.services.quote_edit_rules import QuoteEditRejected
from acct_desktop.services.quote_views import QuoteLineView, QuoteView
from acct_desktop.store.models import Quote, QuoteLine

LINE_FIELDS = ("quantity", "unit", "discount_percent", "description")
# the line's figures follow these: shown as not worked out while one waits
PRICED_FIELDS = ("quantity", "unit", "discount_percent")


@dataclass(frozen=True, slots=True)
class LineSeen:
    """A line as the builder showed it: what a removal or an edit was typed against."""

    id: uuid.UUID
    quantity: Decimal
    unit: str
    discount_percent: Decimal
    description: str | None

    @classmethod
    def of(cls, line: QuoteLineView | QuoteLine) -> LineSeen:
        return cls(line.id, line.quantity, line.unit, line.discount_percent, line.description)


@dataclass(frozen=True, slots=True)
class LineKept:
    """One field of one line (``LINE_FIELDS``) set to ``value``; it showed ``seen``."""

    line_id: uuid.UUID
    field: str
    value: object
    seen: object


@dataclass(frozen=True, slots=True)
class HeaderKept:
    """One header field set to ``value`` (``label``: how the form shows it, a contact's
    name); it showed ``seen``."""

    field: str
    value: object
    seen: object
    label: str | None = None


@dataclass(frozen=True, slots=True)
class LineAdded:
    """A line of ``quantity`` packs of a product, its id chosen when typed (so it is added
    once however often it is written)."""

    line_id: uuid.UUID
    product_id: uuid.UUID
    quantity: Decimal
    sku: str
    name: str


@dataclass(frozen=True, slots=True)
class LinesRemoved:
    """These lines taken off the quote, each as it showed when removed."""

    lines: tuple[LineSeen, ...]


KeptEdit = LineKept | HeaderKept | LineAdded | LinesRemoved


class ChangedMeanwhile(QuoteEditRejected):
    """A colleague changed what the edit changes since its user saw it (the shared
    sentence naming who): the edit is not made, and the quote is to be read again."""


@dataclass(frozen=True, slots=True)
class Waiting:
    """The saved quote with the kept edits over it, and where they show."""

    view: QuoteView
    cells: frozenset[tuple[uuid.UUID, str]]  # (line, field) typed and not saved yet
    added: frozenset[uuid.UUID]
    removed: frozenset[uuid.UUID]
    header: frozenset[str]
    count: int  # edits waiting

    def priced_stale(self, line_id: uuid.UUID) -> bool:
        """Whether the line's figures wait for a kept change to be worked out."""
        return line_id in self.added or any((line_id, name) in self.cells for name in PRICED_FIELDS)


def _plain(field: str, value: object) -> object:
    """A value as it is stored, to compare: text trimmed (empty is none), currency codes
    in capitals."""
    if isinstance(value, str):
        value = value.strip() or None
        if field == "currency" and value:
            value = value.upper()
    if field == "quantity" and isinstance(value, Decimal):
        try:
            return check_quantity(value)
        except QuoteFigureError:
            return value
    return value


def same(field: str, one: object, other: object) -> bool:
    return _plain(field, one) == _plain(field, other)


def _said(problem: QuoteFigureError, field: str) -> QuoteEditRejected:
    sentence = problem.args[0]
    return QuoteEditRejected(sentence, {field: sentence})


def precheck(edit: KeptEdit, quote_date: date) -> None:
    """Refuse now (QuoteEditRejected, by field) what the quote would refuse whatever it
    holds: a quantity or percentage out of range, an unknown unit, a date before the
    quote's. What needs the database (a contact, a colleague's change) waits."""
    try:
        if isinstance(edit, LineAdded):
            check_quantity(edit.quantity)
        elif isinstance(edit, LineKept):
            if edit.field == "quantity":
                check_quantity(edit.value)  # type: ignore[arg-type]
            elif edit.field == "discount_percent":
                check_percent("discount", edit.value)  # type: ignore[arg-type]
            elif edit.field == "unit" and edit.value not in UNITS:
                unit = QT_TRANSLATE_NOOP("messages", "pack, L or kg")
                raise QuoteEditRejected(
                    QT_TRANSLATE_NOOP("messages", "The unit is pack, L or kg."), {"unit": unit}
                )
    except QuoteFigureError as exc:
        field = "quantity" if isinstance(edit, LineAdded) else edit.field  # type: ignore[union-attr]
        raise _said(exc, field) from None
    if isinstance(edit, HeaderKept):
        _precheck_header(edit, quote_date)


def _precheck_header(edit: HeaderKept, quote_date: date) -> None:
    what = {"tax_rate_percent": "tax rate", "quote_discount_percent": "discount"}
    if edit.field in what:
        try:
            check_percent(what[edit.field], edit.value)  # type: ignore[arg-type]
        except QuoteFigureError as exc:
            raise _said(exc, edit.field) from None
    if edit.field == "valid_until":
        if not isinstance(edit.value, date):
            said = QT_TRANSLATE_NOOP("messages", "Enter the date the quote is valid until.")
            raise QuoteEditRejected(said, {edit.field: said})
        if edit.value < quote_date:
            said = QT_TRANSLATE_NOOP("messages", "A quote cannot expire before the day it is made.")
            raise QuoteEditRejected(said, {edit.field: said})
    delivery = edit.value if edit.field == "requested_delivery" else None
    if isinstance(delivery, date) and delivery < quote_date:
        said = QT_TRANSLATE_NOOP("messages", "The delivery date is before the quote's date.")
        raise QuoteEditRejected(said, {edit.field: said})


def still_wanted(session: Session, quote: Quote, edit: KeptEdit, actor: str) -> bool:
    """Whether ``edit`` is still to be written to ``quote``: False when it is already so,
    True when what it changes still holds what was seen; else QuoteEditRejected with the
    shared sentence naming who changed it meanwhile."""
    if isinstance(edit, LineAdded):
        return session.get(QuoteLine, edit.line_id) is None
    if isinstance(edit, HeaderKept):
        now = getattr(quote, edit.field)
        if same(edit.field, now, edit.value):
            return False
        if same(edit.field, now, edit.seen):
            return True
        raise _conflict(session, quote, actor)
    if isinstance(edit, LineKept):
        line = _line_of(session, quote, edit.line_id)
        if line is None:  # removed meanwhile
            raise _conflict(session, quote, actor)
        now = getattr(line, edit.field)
        if same(edit.field, now, edit.value):
            return False
        if same(edit.field, now, edit.seen):
            return True
        raise _conflict(session, quote, actor)
    present = False
    for seen in edit.lines:
        line = _line_of(session, quote, seen.id)
        if line is None:
            continue  # removed already
        present = True
        if not all(same(name, getattr(line, name), getattr(seen, name)) for name in LINE_FIELDS):
            raise _conflict(session, quote, actor)  # a line they changed is not thrown away
    return present


def _line_of(session: Session, quote: Quote, line_id: uuid.UUID) -> QuoteLine | None:
    line = session.get(QuoteLine, line_id)
    return line if line is not None and line.quote_id == quote.id else None


def _conflict(session: Session, quote: Quote, actor: str) -> ChangedMeanwhile:
    return ChangedMeanwhile(refusal(session, "quote", quote.id, actor, Doing.SAVE))


def over(view: QuoteView, edits: Iterable[KeptEdit]) -> Waiting:
    """``view`` (the quote as saved) with ``edits`` over it, in order: a changed field
    shows what was typed, an added line is listed last (its figures not worked out yet), a
    removed line stays listed, marked. Nothing is read: this is what the builder shows
    while the database cannot be reached."""
    lines = list(view.lines)
    cells: set[tuple[uuid.UUID, str]] = set()
    added: set[uuid.UUID] = set()
    removed: set[uuid.UUID] = set()
    header: dict[str, object] = {}
    count = 0
    for edit in edits:
        count += 1
        if isinstance(edit, HeaderKept):
            header[edit.field] = _plain(edit.field, edit.value)
            if edit.field == "contact_id":
                header["contact_name"] = edit.label
        elif isinstance(edit, LineKept):
            for index, line in enumerate(lines):
                if line.id == edit.line_id:
                    value = _plain(edit.field, edit.value)
                    lines[index] = replace(line, **{edit.field: value})
                    cells.add((line.id, edit.field))
        elif isinstance(edit, LineAdded):
            lines.append(_added_line(edit, len(lines) + 1))
            added.add(edit.line_id)
        else:
            removed.update(seen.id for seen in edit.lines)
    shown = replace(view, lines=tuple(lines), **header)  # type: ignore[arg-type]
    return Waiting(
        shown, frozenset(cells), frozenset(added), frozenset(removed), frozenset(header), count
    )


def _added_line(edit: LineAdded, position: int) -> QuoteLineView:
    zero = Decimal(0)
    return QuoteLineView(
        id=edit.line_id,
        position=position,
        product_id=edit.product_id,
        sku=edit.sku,
        product_name=edit.name,
        description=None,
        quantity=_plain("quantity", edit.quantity),  # type: ignore[arg-type]
        unit="pack",
        list_price=zero,
        base_price=zero,
        discount_percent=zero,
        net_price=zero,
        amount=zero,
        cost=zero,
        margin_percent=None,
        flags=(),
        policy_code=None,
        lead_time_days=0,
        earliest_delivery=None,
    )
