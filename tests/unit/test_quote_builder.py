"""Building, approving, sending, revising and ordering quotes on the S demo database."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, QuoteStatus
from acct_desktop.domain.pricing_rules import FlagKind, RuleKind
from acct_desktop.domain.quote_workflow import MoveRefused
from acct_desktop.reporting.quote_content import DocumentKind
from acct_desktop.services.changed_since import Doing
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder, QuoteEditRejected
from acct_desktop.services.quote_documents import QuoteDocuments
from acct_desktop.services.quote_lifecycle import QuoteLifecycle
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, AuditEvent, PricePolicy, Product, Quote
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


class Services:
    def __init__(self, db: Database, device: str = "7KX") -> None:
        pricing = PricingService(db)
        self.today = TODAY
        clock = lambda: self.today  # noqa: E731
        self.builder = QuoteBuilder(db, pricing, lambda: "tm", lambda: device, clock)
        self.life = QuoteLifecycle(db, pricing, lambda: "tm", lambda: device, clock)
        profile = ManagerProfile(name="Lan Nguyễn", organisation="Huile BV")
        self.documents = QuoteDocuments(db, pricing, lambda: profile, clock)


@pytest.fixture
def s(db: Database) -> Services:
    return Services(db)


def vn_account(db: Database) -> Account:
    with db.session() as session:
        return session.scalars(
            select(Account).where(Account.currency == "VND").order_by(Account.code)
        ).first()


def products(db: Database, count: int) -> list[Product]:
    with db.session() as session:
        return list(
            session.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.sku))
        )[:count]


def guard(db: Database, account: Account, product: Product, **guards: object) -> None:
    """An active account policy for ``product`` that only sets guard rails."""
    with db.session() as session:
        session.add(
            PricePolicy(
                code=f"G-{uuid.uuid4().hex[:6]}",
                name="guard",
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                product_id=product.id,
                valid_from=date(2026, 1, 1),
                valid_to=date(2026, 12, 31),
                currency=account.currency,
                min_quantity=D(0),
                status=PolicyStatus.ACTIVE,
                **guards,
            )
        )


def test_a_new_quote_is_numbered_per_device_and_saved_at_once(db: Database, s: Services) -> None:
    account = vn_account(db)
    first = s.builder.create(account.id)
    second = s.builder.create(account.id)
    other = Services(db, device="M4P").builder.create(account.id)
    assert first.number == "Q-2026-7KX-00001"
    assert second.number == "Q-2026-7KX-00002"
    assert other.number == "Q-2026-M4P-00001"
    assert first.currency == "VND" and first.tax_rate_percent == D(10)
    assert first.valid_until == TODAY + timedelta(days=30)
    assert first.status is QuoteStatus.DRAFT
    with db.session() as session:  # a new session sees it: nothing lives only in memory
        assert session.get(Quote, first.id) is not None


def test_lines_are_priced_by_the_engine_and_totals_add_up(db: Database, s: Services) -> None:
    account = vn_account(db)
    items = [(p.id, D(3 + i), None) for i, p in enumerate(products(db, 30))]
    view = s.builder.add_products(s.builder.create(account.id).id, items)
    assert len(view.lines) == 30
    assert [line.position for line in view.lines] == list(range(1, 31))
    price = PricingService(db).price(account.id, items[0][0], D(3), on=TODAY)
    assert view.lines[0].base_price == price.price
    assert view.lines[0].net_price == price.price
    assert all(line.amount == line.amount.quantize(D(1)) for line in view.lines)  # VND
    assert view.totals.subtotal == sum(line.amount for line in view.lines)
    assert view.totals.gross == view.totals.net + view.totals.tax


def test_a_currency_typed_with_spaces_is_taken_trimmed(db: Database, s: Services) -> None:
    quote = s.builder.create(vn_account(db).id)
    assert s.builder.set_header(quote.id, currency=" eur ").currency == "EUR"
    for bad in ("EU R", "EURO", "€€€"):
        with pytest.raises(QuoteEditRejected) as refused:
            s.builder.set_header(quote.id, currency=bad)
        assert set(refused.value.problems) == {"currency"}


def test_quantities_too_small_to_keep_or_too_large_are_refused_by_the_quantity_field(
    db: Database, s: Services
) -> None:
    account = vn_account(db)
    product = products(db, 1)[0]
    quote = s.builder.create(account.id)
    for bad, said in ((D("0.0001"), "three decimals"), (D("123456789012345678"), "at most")):
        with pytest.raises(QuoteEditRejected, match=said) as refused:
            s.builder.add_products(quote.id, [(product.id, bad, None)])
        assert set(refused.value.problems) == {"quantity"}
    quote = s.builder.add_products(quote.id, [(product.id, D("2.0004"), None)])
    assert quote.lines[0].quantity == D("2.000")  # kept as stored: three decimals
    for bad in (D("0.0001"), D("1000000.001"), D("-1")):
        with pytest.raises(QuoteEditRejected) as refused:
            s.builder.update_line(quote.lines[0].id, quantity=bad)
        assert set(refused.value.problems) == {"quantity"}
    assert s.builder.update_line(quote.lines[0].id, quantity=D(1_000_000)).lines[0].quantity == (
        D(1_000_000)
    )
    with pytest.raises(QuoteEditRejected, match=r"Line 1: .*three decimals"):
        s.builder.add_pasted(quote.id, f"{product.sku}\t0.0004")


def test_a_negotiated_price_under_the_threshold_needs_no_second_approval(
    db: Database, s: Services
) -> None:
    # A fixed contract price 8 % under list, approved with a 5 % approval threshold: quoting
    # at that price is what was approved; a further line discount still needs approval.
    account = vn_account(db)
    product = products(db, 1)[0]
    list_price = PricingService(db).price(account.id, product.id, D(10), on=TODAY).list_price
    contract = (list_price * D("0.92")).quantize(D(1))
    guard(
        db, account, product, rule_kind=RuleKind.FIXED, guide_price=contract,
        approval_threshold_percent=D(5), max_discount_percent=D(10),
    )  # fmt: skip
    quote = s.builder.add_products(s.builder.create(account.id).id, [(product.id, D(10), None)])
    assert quote.lines[0].net_price == contract
    assert quote.lines[0].flags == () and not quote.flagged
    view = s.builder.update_line(quote.lines[0].id, discount_percent=D(1))
    assert [f.kind for f in view.lines[0].flags] == [FlagKind.NEEDS_APPROVAL]
    assert view.flagged


def test_a_line_discount_over_the_band_flags_the_line_and_blocks_sending(
    db: Database, s: Services
) -> None:
    account = vn_account(db)
    product = products(db, 1)[0]
    guard(db, account, product, max_discount_percent=D(10))
    quote = s.builder.add_products(s.builder.create(account.id).id, [(product.id, D(10), None)])
    assert not quote.flagged
    view = s.builder.update_line(quote.lines[0].id, discount_percent=D(12))
    assert [f.kind for f in view.lines[0].flags] == [FlagKind.DISCOUNT_OVER_BAND]
    with pytest.raises(MoveRefused, match="record an approval"):
        s.life.send(view.id)
    pending = s.life.submit(view.id)
    assert pending.status is QuoteStatus.PENDING_APPROVAL
    with pytest.raises(MoveRefused, match="reason is recorded"):
        s.life.approve(view.id, "Regional director", "")
    approved = s.life.approve(view.id, "Regional director", "Season volume")
    assert approved.status is QuoteStatus.APPROVED and approved.approval_valid
    sent = s.life.send(view.id)
    assert sent.status is QuoteStatus.SENT and sent.sent_at is not None


def test_changing_a_flagged_line_after_approval_lapses_the_approval(
    db: Database, s: Services
) -> None:
    account = vn_account(db)
    flagged, plain = products(db, 2)
    guard(db, account, flagged, max_discount_percent=D(10))
    quote = s.builder.add_products(
        s.builder.create(account.id).id, [(flagged.id, D(10), None), (plain.id, D(5), None)]
    )
    s.builder.update_line(quote.lines[0].id, discount_percent=D(15))
    s.life.submit(quote.id)
    s.life.approve(quote.id, "Director", "ok")
    still = s.builder.update_line(quote.lines[1].id, quantity=D(6))  # unflagged line
    assert still.status is QuoteStatus.APPROVED and still.approval_valid
    lapsed = s.builder.update_line(quote.lines[0].id, quantity=D(11))
    assert lapsed.status is QuoteStatus.DRAFT
    assert not lapsed.approval_valid
    with pytest.raises(MoveRefused, match="record an approval"):
        s.life.send(quote.id)
    again = s.builder.set_header(quote.id, quote_discount_percent=D(1))
    assert again.status is QuoteStatus.DRAFT


def test_a_quote_discount_that_squeezes_a_line_under_its_floor_flags_it(
    db: Database, s: Services
) -> None:
    account = vn_account(db)
    product = products(db, 1)[0]
    quote = s.builder.add_products(s.builder.create(account.id).id, [(product.id, D(1), None)])
    floor = quote.lines[0].base_price * D("0.95")
    guard(db, account, product, floor_price=floor)
    assert not s.builder.view(quote.id).flagged
    squeezed = s.builder.set_header(quote.id, quote_discount_percent=D(10))
    assert [f.kind for f in squeezed.lines[0].flags] == [FlagKind.BELOW_FLOOR]


def test_header_values_are_checked_field_by_field(db: Database, s: Services) -> None:
    quote = s.builder.create(vn_account(db).id)
    with pytest.raises(QuoteEditRejected) as caught:
        s.builder.set_header(quote.id, valid_until=TODAY - timedelta(days=1))
    assert "valid_until" in caught.value.problems
    with pytest.raises(QuoteEditRejected) as caught:
        s.builder.set_header(quote.id, tax_rate_percent=D(140))
    assert "between 0 and 100" in caught.value.problems["tax_rate_percent"]
    with pytest.raises(QuoteEditRejected) as caught:
        s.builder.set_header(quote.id, currency="euro")
    assert "three-letter" in caught.value.problems["currency"]


def test_pasted_lines_are_all_or_nothing_with_line_numbers(db: Database, s: Services) -> None:
    first, second = products(db, 2)
    quote = s.builder.create(vn_account(db).id)
    with pytest.raises(QuoteEditRejected, match=r"Line 2: no product has the SKU “NOPE”"):
        s.builder.add_pasted(quote.id, f"{first.sku}\t4\nNOPE\t2\n{second.sku}\t1")
    assert s.builder.view(quote.id).lines == ()
    view = s.builder.add_pasted(quote.id, f"sku\tqty\n{first.sku.lower()}\t4\n{second.sku} 2,5 L")
    assert [(ln.sku, ln.quantity, ln.unit) for ln in view.lines] == [
        (first.sku, D(4), "pack"),
        (second.sku, D("2.5"), "L"),
    ]


def test_a_paste_names_unknown_skus_with_the_other_bad_lines_in_one_round(
    db: Database, s: Services
) -> None:
    """Issue s18-12: an unknown SKU was reported only once every other line was right."""
    first, second = products(db, 2)
    quote = s.builder.create(vn_account(db).id)
    pasted = f"SKU\tAantal\n{first.sku}\t12\nXX-999-1L\t4\n{second.sku}\ttwaalf\nYY-1\t0,5\tdoos"
    with pytest.raises(QuoteEditRejected) as refused:
        s.builder.add_pasted(quote.id, pasted, ",")
    assert str(refused.value).splitlines() == [
        "Line 3: no product has the SKU “XX-999-1L”.",
        "Line 4: “twaalf” is not a number.",
        "Line 5: “doos” is not a unit (pack, L or kg).",
        "Line 5: no product has the SKU “YY-1”.",
    ]
    assert s.builder.view(quote.id).lines == ()


def test_pasted_quantities_are_read_in_the_language_given(db: Database, s: Services) -> None:
    first, second = products(db, 2)
    quote = s.builder.create(vn_account(db).id)
    view = s.builder.add_pasted(quote.id, f"{first.sku}\t2,125\n{second.sku}\t12,500", ",")
    assert [ln.quantity for ln in view.lines] == [D("2.125"), D("12.5")]
    with pytest.raises(QuoteEditRejected, match=r"^Line 1: “2,125” can be read two ways"):
        s.builder.add_pasted(quote.id, f"{first.sku}\t2,125")  # no language: 2.125 or 2125?


def test_every_net_total_is_the_net_amount_after_the_quote_discount(
    db: Database, s: Services
) -> None:
    """Issue s18-8: lists, the card and the CLI showed the lines' sum before the discount."""
    from acct_desktop.services.paging import PageRequest
    from acct_desktop.services.quotes import QuoteFilter, QuoteService, list_quotes

    account = vn_account(db)
    quote = s.builder.create(account.id)
    s.builder.add_products(quote.id, [(p.id, D(3), None) for p in products(db, 3)])
    view = s.builder.set_header(quote.id, quote_discount_percent=D("2.5"))
    assert view.totals.discount_amount > 0 and view.totals.net < view.totals.subtotal
    listed = QuoteService(db).quotes(account.id, PageRequest())
    assert next(r.net_total for r in listed if r.id == quote.id) == view.totals.net
    rows = list_quotes(db, QuoteFilter(account_code=account.code))
    assert next(r.net_total for r in rows if r.number == view.number) == view.totals.net


def contract(db: Database, account: Account, product: Product, valid_to: date | None) -> str:
    """An active account policy: ``product`` at a fixed VND price until ``valid_to``."""
    code = f"C-{uuid.uuid4().hex[:6]}"
    with db.session() as session:
        session.add(
            PricePolicy(
                code=code,
                name="contract",
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                product_id=product.id,
                valid_from=date(2020, 1, 1),
                valid_to=valid_to,
                currency="VND",
                min_quantity=D(0),
                status=PolicyStatus.ACTIVE,
                rule_kind=RuleKind.FIXED,
                guide_price=(product.list_price * 26000).quantize(D(1)),
            )
        )
    return code


def test_a_line_whose_policy_price_ends_before_the_quote_says_when(
    db: Database, s: Services
) -> None:
    """Issue s18-3: a promotion ending 10-12 priced a quote valid to 25-12 unnoticed."""
    account = vn_account(db)
    first, second = products(db, 2)
    ends = TODAY + timedelta(days=10)
    code = contract(db, account, first, ends)
    quote = s.builder.create(account.id)
    view = s.builder.add_products(quote.id, [(first.id, D(2), None), (second.id, D(1), None)])
    assert view.lines[0].policy_code == code and view.lines[0].policy_valid_to == ends
    assert [ln.price_ends for ln in view.lines] == [ends, None] and view.price_ends == ends
    view = s.builder.set_header(quote.id, valid_until=ends)
    assert view.lines[0].price_ends is None and view.price_ends is None


def test_a_currency_change_names_the_lines_that_lose_their_contract_price(
    db: Database, s: Services
) -> None:
    """Issue s18-4: VN contract prices silently gave way to the list price in EUR."""
    account = vn_account(db)
    first, second = products(db, 2)
    code = contract(db, account, first, None)
    quote = s.builder.create(account.id)
    s.builder.add_products(quote.id, [(first.id, D(2), None), (second.id, D(1), None)])
    lost = s.builder.contract_prices_lost(quote.id, "eur")
    assert len(lost) == 1
    assert lost[0].startswith(f"Line 1 ({first.sku}): policy {code} is in VND, so in EUR ")
    assert s.builder.contract_prices_lost(quote.id, "VND") == []
    assert s.builder.view(quote.id).currency == "VND"  # only asked
    for refused in ("USD", "euro"):  # no exchange rate; no currency code
        with pytest.raises(QuoteEditRejected) as caught:
            s.builder.contract_prices_lost(quote.id, refused)
        assert set(caught.value.problems) == {"currency"}
    with pytest.raises(QuoteEditRejected) as caught:
        s.builder.set_header(quote.id, currency="USD")
    assert "USD" in caught.value.problems["currency"]  # said under the field, not in a box
    assert s.builder.view(quote.id).currency == "VND"


def test_duplicate_move_remove_and_undo_by_snapshot(db: Database, s: Services) -> None:
    a, b = products(db, 2)
    quote = s.builder.add_products(
        s.builder.create(vn_account(db).id).id, [(a.id, D(1), None), (b.id, D(2), None)]
    )
    before = s.builder.snapshot(quote.id)
    view = s.builder.duplicate_line(quote.lines[0].id)
    assert [ln.sku for ln in view.lines] == [a.sku, a.sku, b.sku]
    view = s.builder.move_line(view.lines[2].id, 1)
    assert [ln.sku for ln in view.lines] == [b.sku, a.sku, a.sku]
    view = s.builder.remove_lines(quote.id, [view.lines[0].id])
    assert [ln.sku for ln in view.lines] == [a.sku, a.sku]
    after = s.builder.snapshot(quote.id)
    restored = s.builder.put_back(quote.id, after, before, Doing.UNDO)
    assert [(ln.id, ln.sku, ln.quantity) for ln in restored.lines] == [
        (ln.id, ln.sku, ln.quantity) for ln in quote.lines
    ]
    redone = s.builder.put_back(quote.id, before, after, Doing.REDO)
    assert [ln.sku for ln in redone.lines] == [a.sku, a.sku]


def test_sent_quotes_are_revised_and_the_earlier_revision_stays(db: Database, s: Services) -> None:
    product = products(db, 1)[0]
    quote = s.builder.add_products(
        s.builder.create(vn_account(db).id).id, [(product.id, D(5), None)]
    )
    s.life.send(quote.id)
    with pytest.raises(QuoteEditRejected, match="revise it"):
        s.builder.update_line(quote.lines[0].id, quantity=D(6))
    r2 = s.life.revise(quote.id)
    assert (r2.number, r2.revision, r2.status) == (quote.number, 2, QuoteStatus.DRAFT)
    assert r2.reference == f"{quote.number} R2"
    s.builder.update_line(r2.lines[0].id, quantity=D(7))
    old = s.builder.view(quote.id)
    assert old.lines[0].quantity == D(5) and old.status is QuoteStatus.SENT and old.superseded
    with pytest.raises(MoveRefused, match="R2 replaces"):
        s.life.accept(quote.id)
    assert s.builder.find(quote.number) == r2.id
    assert s.builder.find(f"{quote.number} R1") == quote.id


def test_a_replaced_revision_is_listed_and_printed_as_replaced(db: Database, s: Services) -> None:
    """QA zh: a sent R1 revised into R2 stayed "sent" in the lists and on paper."""
    from acct_desktop.services.paging import PageRequest
    from acct_desktop.services.quotes import QuoteFilter, QuoteService, list_quotes

    product = products(db, 1)[0]
    account = vn_account(db)
    quote = s.builder.add_products(s.builder.create(account.id).id, [(product.id, D(5), None)])
    s.life.send(quote.id)
    r2 = s.life.revise(quote.id)
    sent = list_quotes(db, QuoteFilter(status=QuoteStatus.SENT))
    assert quote.number not in {row.number for row in sent}
    drafts = list_quotes(db, QuoteFilter(status=QuoteStatus.DRAFT))
    assert [(r.revision, r.replaced_by) for r in drafts if r.number == quote.number] == [(2, None)]
    replaced = list_quotes(db, QuoteFilter(replaced=True))
    assert [(r.number, r.revision, r.replaced_by) for r in replaced] == [(quote.number, 1, 2)]
    rows = QuoteService(db).quotes(account.id, PageRequest())
    assert {(r.revision, r.replaced_by) for r in rows if r.number == quote.number} == {
        (1, 2),
        (2, None),
    }
    assert s.documents.document(quote.id).replaced_by == 2
    assert s.documents.document(r2.id).replaced_by is None


def test_accepted_quote_becomes_an_order_and_is_locked(db: Database, s: Services) -> None:
    product = products(db, 1)[0]
    quote = s.builder.add_products(
        s.builder.create(vn_account(db).id).id, [(product.id, D(5), None)]
    )
    s.life.send(quote.id)
    s.life.accept(quote.id)
    ordered = s.life.confirm_order(quote.id, "PO-778", TODAY + timedelta(days=10))
    assert ordered.status is QuoteStatus.ORDERED
    assert ordered.order is not None and ordered.order.number == "OC-2026-7KX-00001"
    assert ordered.order.total_amount == ordered.totals.gross
    with pytest.raises(QuoteEditRejected, match="locked"):
        s.builder.update_line(quote.lines[0].id, quantity=D(1))
    with pytest.raises(MoveRefused):
        s.life.revise(quote.id)
    document = s.documents.document(quote.id, DocumentKind.ORDER)
    assert document.number == "OC-2026-7KX-00001"
    assert document.customer_reference == "PO-778"
    assert document.quote_number == quote.number


def test_open_quotes_expire_after_their_validity_date(db: Database, s: Services) -> None:
    quote = s.builder.create(vn_account(db).id)
    s.builder.set_header(quote.id, valid_until=TODAY + timedelta(days=2))
    s.today = TODAY + timedelta(days=2)
    s.life.expire_due()
    assert s.builder.view(quote.id).status is QuoteStatus.DRAFT
    s.today = TODAY + timedelta(days=3)
    assert s.life.expire_due() >= 1
    assert s.builder.view(quote.id).status is QuoteStatus.EXPIRED


def test_the_printed_document_is_the_views_figures_and_drafts_say_so(
    db: Database, s: Services
) -> None:
    account = vn_account(db)
    product = products(db, 1)[0]
    guard(db, account, product, max_discount_percent=D(5))
    quote = s.builder.add_products(s.builder.create(account.id).id, [(product.id, D(3), None)])
    view = s.builder.update_line(quote.lines[0].id, discount_percent=D(8))
    document = s.documents.document(quote.id)
    assert document.draft
    assert document.totals.gross == view.totals.gross
    assert [line.amount for line in document.lines] == [line.amount for line in view.lines]
    assert document.sender.name == "Lan Nguyễn"
    assert document.language == "vi"
    s.life.submit(quote.id)
    s.life.approve(quote.id, "Director", "fine")
    assert not s.documents.document(quote.id).draft


def test_every_change_is_in_the_audit_trail(db: Database, s: Services) -> None:
    product = products(db, 1)[0]
    quote = s.builder.add_products(
        s.builder.create(vn_account(db).id).id, [(product.id, D(5), None)]
    )
    s.builder.update_line(quote.lines[0].id, discount_percent=D(2))
    s.life.send(quote.id)
    with db.session() as session:
        fields = session.scalars(
            select(AuditEvent.field).where(AuditEvent.entity_id == quote.id)
        ).all()
    assert {"created", "line 1 added", "line 1 discount_percent", "status"} <= set(fields)


def test_templates_and_copying_the_last_quote(db: Database, s: Services) -> None:
    a, b = products(db, 2)
    account = vn_account(db)
    first = s.builder.add_products(s.builder.create(account.id).id, [(a.id, D(4), None)])
    s.builder.update_line(first.lines[0].id, discount_percent=D(3))
    template = s.builder.save_template(first.id, "Oil change kit")
    s.builder.add_products(first.id, [(b.id, D(1), None)])
    s.builder.save_template(first.id, "Oil change kit")  # same name: replaced
    rows = s.builder.templates()
    assert [(r.name, r.line_count) for r in rows if r.name == "Oil change kit"] == [
        ("Oil change kit", 2)
    ]
    second = s.builder.create(account.id)
    assert s.builder.last_quote_of(account.id, second.id) is not None
    copied = s.builder.copy_lines_from(second.id, first.id)
    assert [(ln.sku, ln.discount_percent) for ln in copied.lines] == [
        (a.sku, D(3)),
        (b.sku, D(0)),
    ]
    from_template = s.builder.add_template(s.builder.create(account.id).id, rows[0].id)
    assert len(from_template.lines) == 2
    assert template == rows[0].id


def test_two_devices_sharing_a_database_never_clash(db: Database) -> None:
    account = vn_account(db)
    numbers = [Services(db, device=d).builder.create(account.id).number for d in ("AA", "BB") * 3]
    assert len(set(numbers)) == 6
    with db.session() as session:
        assert (
            session.scalar(select(func.count()).select_from(Quote).where(Quote.number.in_(numbers)))
            == 6
        )


def cn_account(db: Database) -> Account:
    with db.session() as session:
        return session.scalars(
            select(Account).where(Account.currency == "CNY").order_by(Account.code)
        ).first()


def test_whole_packs_in_litres_cost_the_same_on_a_quote(db: Database, s: Services) -> None:
    """QA zh: 240 L of HO-022-20L came to 6,064.80 on a quote, 12 packs to 6,065.28 — the
    price per litre was rounded before it was multiplied."""
    with db.session() as session:
        drums = {
            p.sku: p.id
            for p in session.scalars(select(Product).where(Product.sku.like("HO-022-%")))
        }
    items = [
        (drums["HO-022-20L"], D(12), None),
        (drums["HO-022-20L"], D(240), "L"),
        (drums["HO-022-208L"], D(2), None),
        (drums["HO-022-208L"], D(416), "L"),
        (drums["HO-022-20L"], D(30), "L"),  # a pack and a half: 30 × pack price ÷ 20
    ]
    view = s.builder.add_products(s.builder.create(cn_account(db).id).id, items)
    a, b, c, d, e = view.lines
    assert a.amount == b.amount and c.amount == d.amount
    assert e.amount == (a.amount / 12 * D("1.5")).quantize(D("0.01"))
    assert b.net_price == (a.net_price / 20).quantize(D("0.01"))  # shown per litre
    view = s.builder.update_line(b.id, discount_percent=D("3.5"))
    view = s.builder.update_line(a.id, discount_percent=D("3.5"))
    assert view.lines[0].amount == view.lines[1].amount
    before = s.builder.snapshot(view.id)
    s.builder.remove_lines(view.id, [view.lines[1].id])
    restored = s.builder.put_back(view.id, s.builder.snapshot(view.id), before, Doing.UNDO)
    assert restored.lines[1].amount == restored.lines[0].amount  # undo keeps the pack price
    assert restored.totals.subtotal == sum(line.amount for line in restored.lines)


def test_the_quote_and_order_print_the_exact_price_per_litre(db: Database, s: Services) -> None:
    """QA zh: 240 L of a 20 L pack at 688.90 printed 34.45 a litre next to 8,266.80 (240 ×
    34.45 is 8,268.00). The documents' lines in litres carry the exact price per litre —
    or, where four decimals cannot hold it, the pack price it comes from."""
    with db.session() as session:
        drums = {
            p.sku: p.id
            for p in session.scalars(select(Product).where(Product.sku.like("HO-022-%")))
        }
    items = [(drums["HO-022-20L"], D(37), "L"), (drums["HO-022-208L"], D(99), "L")]
    view = s.builder.add_products(s.builder.create(cn_account(db).id).id, items)
    view = s.builder.update_line(view.lines[1].id, discount_percent=D("3.33"))
    s.life.send(view.id)
    s.life.accept(view.id)
    s.life.confirm_order(view.id, "PO-1", TODAY + timedelta(days=10))
    for kind in (DocumentKind.QUOTE, DocumentKind.ORDER):
        for line in s.documents.document(view.id, kind).lines:
            assert line.unit == "L"
            if line.basis is None:
                assert (line.quantity * line.net_price).quantize(D("0.01")) == line.amount
                assert line.net_price == round(line.net_price, 4)
            else:
                basis = line.basis
                reckoned = line.quantity * basis.net_pack_price / basis.units_per_pack
                assert reckoned.quantize(D("0.01"), ROUND_HALF_UP) == line.amount


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_the_customers_country_is_named_in_the_documents_language_or_left_out_at_home(
    db: Database, s: Services, tmp_path: Path
) -> None:
    """QA zh: the customer's address on quote and order PDFs ended with the ISO code "CN"."""
    account = cn_account(db)
    quote_id = s.builder.create(account.id).id
    s.builder.add_products(quote_id, [(products(db, 1)[0].id, D(1), None)])

    def customer_lines(language: str | None, country: str) -> tuple[str, ...]:
        with db.session() as session:
            row = session.get(Account, account.id)
            row.document_language, row.country_code = language, country
        out = tmp_path / "q.pdf"
        out.write_bytes(s.documents.pdf(quote_id))
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        lines = [ln.strip() for ln in text.splitlines()]
        assert not any(re.search(rf"(^|\s){country}$", ln) for ln in lines), text
        return s.documents.document(quote_id).customer.address_lines

    at_home = customer_lines(None, "CN")  # a Chinese customer, in Chinese: no country
    assert at_home and at_home[-1] not in ("CN", "中国")
    assert customer_lines("en", "CN")[-1] == "China"
    assert customer_lines("vi", "CN")[-1] == "Trung Quốc"
    assert customer_lines("nl", "CN")[-1] == "China"
    assert customer_lines(None, "NL")[-1] != "Nederland"  # a Dutch customer in Dutch
    assert customer_lines("zh_CN", "NL")[-1] == "荷兰"
    assert customer_lines("en", "NL")[-1] == "Netherlands"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_an_order_with_a_partial_delivery_says_which_lines_come_later_and_from_when(
    db: Database, s: Services, tmp_path: Path
) -> None:
    """QA zh: the Order confirmation dialog said two lines could come only later and the
    customer accepted a partial delivery, but the PDF confirmed one date for every line."""
    first, second, third = products(db, 3)
    with db.session() as session:
        for product, days in ((first, 2), (second, 30), (third, 21)):
            session.get(Product, product.id).lead_time_days = days
    items = [(p.id, D(2), None) for p in (first, second, third)]
    quote = s.builder.add_products(s.builder.create(cn_account(db).id).id, items)
    s.life.send(quote.id)
    s.life.accept(quote.id)
    agreed = TODAY + timedelta(days=7)
    with pytest.raises(MoveRefused, match="partial delivery"):
        s.life.confirm_order(quote.id, "PO-9", agreed)  # not without the customer's word
    ordered = s.life.confirm_order(quote.id, "PO-9", agreed, partial=True)
    assert ordered.order is not None and ordered.order.delivery_date == agreed
    document = s.documents.document(quote.id, DocumentKind.ORDER)
    assert [ln.delivery_from for ln in document.lines] == [
        None,
        TODAY + timedelta(days=30),
        TODAY + timedelta(days=21),
    ]
    out = tmp_path / "order.pdf"
    out.write_bytes(s.documents.pdf(quote.id, DocumentKind.ORDER))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    flat = re.sub(r"\s+", "", text)
    assert "部分交货（客户已同意）" in flat
    assert f"第2行（{second.sku}）自" in flat and f"第3行（{third.sku}）自" in flat
    assert "第1行" not in flat  # the first line comes on the confirmed date
    quote_text = s.documents.pdf(quote.id, DocumentKind.QUOTE)
    (tmp_path / "q.pdf").write_bytes(quote_text)
    assert "部分交货" not in subprocess.run(["pdftotext", str(tmp_path / "q.pdf"), "-"],
                                         capture_output=True, text=True).stdout  # fmt: skip
