"""What a printed quote or order confirmation shows — plain data, built by the quote service.

Every amount is a ``Decimal`` already rounded by the quote maths
(:mod:`acct_desktop.domain.quote_maths`); the PDF prints them as they are (grouped for the
customer's language) and never recomputes a figure, so the printed totals are exactly the
sum of the printed lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from acct_desktop.domain.quote_maths import PackBasis


class DocumentKind(StrEnum):
    QUOTE = "quote"
    ORDER = "order"  # order confirmation of an accepted quote


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Our company, from the register settings (Tools → Company details)."""

    company_name: str
    address_lines: tuple[str, ...] = ()
    phone: str | None = None
    email: str | None = None
    tax_id: str | None = None
    logo_png: bytes | None = None  # PNG bytes, drawn top left when present


@dataclass(frozen=True, slots=True)
class CustomerBlock:
    name: str
    code: str
    address_lines: tuple[str, ...] = ()
    contact_name: str | None = None
    contact_title: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None


@dataclass(frozen=True, slots=True)
class SenderBlock:
    """The manager who prepared the document (from My details)."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentLine:
    position: int
    sku: str
    description: str
    quantity: Decimal
    unit: str  # "pack", "L", "kg" — printed through the labels
    unit_price: Decimal  # before the line discount (per litre, kg: up to four decimals)
    discount_percent: Decimal  # line discount, 0 when none
    net_price: Decimal  # unit price after the line discount
    amount: Decimal  # net_price × quantity, rounded to the currency
    # an order with a partial delivery agreed: the day this line comes, after the confirmed
    # delivery date (None: on it)
    delivery_from: date | None = None
    # in litres (kg) when the unit prices shown are not exact: the pack price the amount is
    # reckoned from, printed under the description ("688.90 per 20 L pack")
    basis: PackBasis | None = None


@dataclass(frozen=True, slots=True)
class DocumentTotals:
    subtotal: Decimal  # Σ line amounts
    discount_percent: Decimal  # quote-level discount, 0 when none
    discount_amount: Decimal  # subtotal × discount %, rounded
    net: Decimal  # subtotal − discount_amount
    tax_rate_percent: Decimal
    tax: Decimal  # net × tax rate, rounded
    gross: Decimal  # net + tax


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    kind: DocumentKind
    number: str  # Q-2026-7KX-00042 (quote) or OC-2026-7KX-00007 (order)
    revision: int  # the quote's revision (1 for the first)
    language: str  # en, zh_CN, vi, nl — the customer's document language
    currency: str
    issued_on: date
    letterhead: Letterhead
    customer: CustomerBlock
    sender: SenderBlock
    lines: tuple[DocumentLine, ...]
    totals: DocumentTotals
    valid_until: date | None = None  # quotes
    requested_delivery: date | None = None
    payment_terms: str | None = None
    delivery_terms: str | None = None
    notes: str | None = None
    draft: bool = False  # a "DRAFT" watermark on every page until the quote is approved
    quote_number: str | None = None  # orders: the accepted quote they confirm (with revision)
    customer_reference: str | None = None  # orders: the customer's PO number
    supersedes: str | None = None  # quotes R2…: "Q-2026-7KX-00042 R1"
    replaced_by: int | None = None  # a revision a later one replaced: that revision (2)
    vat: bool = False  # the tax is VAT in the customer's country (增值税, btw, thuế GTGT)
