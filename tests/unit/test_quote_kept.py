"""Quote edits kept while the database could not be reached (services/quote_kept): written
once however often they are handed over, refused over a colleague's change of what they
change (the shared sentence, naming who), shown over the saved quote until then."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder, QuoteEditRejected
from acct_desktop.services.quote_kept import (
    HeaderKept,
    LineAdded,
    LineKept,
    LineSeen,
    LinesRemoved,
    over,
    precheck,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import AuditEvent
from tests.conftest import DEMO_TODAY
from tests.unit.test_quote_builder import products, vn_account


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def builder(db: Database, who: str) -> QuoteBuilder:
    return QuoteBuilder(db, PricingService(db), lambda: who, lambda: "7KX", lambda: DEMO_TODAY)


def audited(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def test_each_kept_edit_is_written_once_however_often_it_is_handed_over(db: Database) -> None:
    mine = builder(db, "Lan")
    product, other = products(db, 2)
    view = mine.create(vn_account(db).id)
    view = mine.add_products(view.id, [(product.id, D(10), None)])
    line = view.lines[0]
    edits = [
        LineKept(line.id, "quantity", D(33), line.quantity),
        LineAdded(uuid.uuid4(), other.id, D(7), other.sku, other.name),
        HeaderKept("payment_terms", " 60 days net ", view.payment_terms),
    ]
    for edit in edits:
        mine.write_kept(view.id, edit)
    written, events = mine.view(view.id), audited(db)
    for edit in edits:  # handed over again (its answer lost): already so, nothing changes
        mine.write_kept(view.id, edit)
    assert mine.view(view.id) == written and audited(db) == events
    assert [(ln.sku, ln.quantity) for ln in written.lines] == [
        (product.sku, D(33)),
        (other.sku, D(7)),
    ]
    assert written.payment_terms == "60 days net"
    removal = LinesRemoved((LineSeen.of(written.lines[1]),))
    mine.write_kept(view.id, removal)
    mine.write_kept(view.id, removal)
    assert [ln.sku for ln in mine.view(view.id).lines] == [product.sku]


def test_a_kept_edit_over_a_colleagues_change_is_refused_naming_them(db: Database) -> None:
    mine, theirs = builder(db, "Lan"), builder(db, "Anna Smith")
    (product,) = products(db, 1)
    view = mine.create(vn_account(db).id)
    view = mine.add_products(view.id, [(product.id, D(10), None), (product.id, D(2), None)])
    first, second = view.lines
    theirs.update_line(first.id, discount_percent=D(4))  # after I read the quote
    theirs.set_header(view.id, notes="Anna's note")
    sentence = (
        f"Anna Smith saved a change to {view.number} at the same moment; your change was not "
        "saved. Look at it again and repeat your change."
    )
    for edit in (
        LineKept(first.id, "discount_percent", D(3), first.discount_percent),
        HeaderKept("notes", "Mine", view.notes),
        LinesRemoved((LineSeen.of(first),)),  # a line they changed is not thrown away
    ):
        with pytest.raises(QuoteEditRejected) as refused:
            mine.write_kept(view.id, edit)
        assert str(refused.value) == sentence
    theirs.remove_lines(view.id, [second.id])
    with pytest.raises(QuoteEditRejected):  # their removal stands: not edited back to life
        mine.write_kept(view.id, LineKept(second.id, "quantity", D(5), second.quantity))
    # another field of the line they changed is still mine to change
    mine.write_kept(view.id, LineKept(first.id, "quantity", D(12), first.quantity))
    now = mine.view(view.id)
    assert [(ln.quantity, ln.discount_percent) for ln in now.lines] == [(D(12), D(4))]
    assert now.notes == "Anna's note"


def test_kept_edits_show_over_the_saved_quote_and_impossible_ones_are_refused_at_once(
    db: Database,
) -> None:
    mine = builder(db, "Lan")
    product, other = products(db, 2)
    view = mine.create(vn_account(db).id)
    view = mine.add_products(view.id, [(product.id, D(10), None), (product.id, D(1), None)])
    first, second = view.lines
    added = LineAdded(uuid.uuid4(), other.id, D(7), other.sku, other.name)
    waiting = over(
        view,
        [
            LineKept(first.id, "description", "  For the workshop ", None),
            LineKept(first.id, "quantity", D(33), first.quantity),
            LinesRemoved((LineSeen.of(second),)),
            added,
            HeaderKept("notes", "Mine", view.notes),
        ],
    )
    assert waiting.count == 5
    shown = waiting.view
    assert (shown.lines[0].quantity, shown.lines[0].description) == (D(33), "For the workshop")
    assert [ln.id for ln in shown.lines] == [first.id, second.id, added.line_id]
    assert waiting.removed == {second.id} and waiting.added == {added.line_id}
    assert waiting.cells == {(first.id, "description"), (first.id, "quantity")}
    assert waiting.priced_stale(first.id) and not waiting.priced_stale(second.id)
    assert shown.notes == "Mine" and "notes" in waiting.header
    assert mine.view(view.id) == view  # nothing written
    for edit, field in (
        (LineKept(first.id, "quantity", D(0), first.quantity), "quantity"),
        (LineKept(first.id, "discount_percent", D(150), D(0)), "discount_percent"),
        (LineKept(first.id, "unit", "box", "pack"), "unit"),
        (HeaderKept("valid_until", view.quote_date.replace(year=2020), None), "valid_until"),
        (HeaderKept("tax_rate_percent", D(-1), D(10)), "tax_rate_percent"),
    ):
        with pytest.raises(QuoteEditRejected) as refused:
            precheck(edit, view.quote_date)
        assert list(refused.value.problems) == [field]
