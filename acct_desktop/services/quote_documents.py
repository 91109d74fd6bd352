"""The printed quote and order confirmation: their content from the database, and the PDF.

The content is taken from :class:`QuoteView` — the same figures the builder shows — so the
PDF never computes a figure of its own. The customer's document language (per account)
chooses the words and the number format, independent of the user interface's language.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.addresses import address_lines, country_line
from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.languages import document_language
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.reporting.quote_content import (
    CustomerBlock,
    DocumentKind,
    DocumentLine,
    DocumentTotals,
    Letterhead,
    QuoteDocument,
    SenderBlock,
)
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_settings import read_quote_settings
from acct_desktop.services.quote_views import QuoteView, load_view
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, QuoteLine

# Countries whose tax on a sale is a value-added tax, printed by its name there (增值税 in
# China, btw in the Netherlands, thuế GTGT in Vietnam, VAT in English): the EU, the UK,
# China and Vietnam. Elsewhere (or with no country) the line says "Tax".
VAT_COUNTRIES = frozenset(
    {
        *("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"),
        *("IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"),
        *("GB", "CN", "VN"),
    }
)
_FINAL = frozenset(
    {
        QuoteStatus.APPROVED,
        QuoteStatus.SENT,
        QuoteStatus.ACCEPTED,
        QuoteStatus.REJECTED,
        QuoteStatus.EXPIRED,
        QuoteStatus.ORDERED,
    }
)


class DocumentRefused(ValueError):
    """The document cannot be printed; the message says why."""


def is_draft(view: QuoteView) -> bool:
    """Whether the printed quote carries the DRAFT watermark: while it holds prices outside
    the policy that no recorded approval covers (or waits for that approval). A quote with
    nothing to approve prints clean, ready to send."""
    if view.status in _FINAL:
        return False
    return view.status is QuoteStatus.PENDING_APPROVAL or (view.flagged and not view.approval_valid)


def _address(account: Account, language: str) -> tuple[str, ...]:
    """The customer's address lines as the quote's language writes them (large to small
    in Chinese), the country's name last — none for a customer at home (``country_line``)."""
    return address_lines(
        language,
        account.street,
        account.district,
        account.postcode,
        account.city,
        country_line(account.country_code, language),
        country_code=account.country_code,
    )


def build_document(
    session: Session,
    view: QuoteView,
    kind: DocumentKind,
    profile: ManagerProfile,
    language: str | None = None,
) -> QuoteDocument:
    """The content of the printed quote (or of its order confirmation). Refused while My
    details lack the manager's name or company: the customer would get a document without
    its seller (no letterhead, nobody under "Prepared by"), as a checklist is refused."""
    if not profile.complete:
        raise DocumentRefused(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Quotes and order confirmations are not printed without their seller: your "
                    "name and company are not set. Fill them in under Tools → My details, or run "
                    "`acct-desktop manager --name … --organisation …`.",
                )
            )
        )
    if kind is DocumentKind.ORDER and view.order is None:
        raise DocumentRefused(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 has no order confirmation yet."), view.reference
            )
        )
    account = session.get(Account, view.account_id)
    assert account is not None
    contact = session.get(Contact, view.contact_id) if view.contact_id else None
    company = read_quote_settings(session).company
    later: dict[uuid.UUID, date] = {}
    if kind is DocumentKind.ORDER:  # the lines agreed to come after the delivery date
        query = select(QuoteLine.id, QuoteLine.delivery_from).where(
            QuoteLine.quote_id == view.id, QuoteLine.delivery_from.is_not(None)
        )
        later = {line_id: day for line_id, day in session.execute(query)}
    lines = tuple(
        DocumentLine(
            position=line.position,
            sku=line.sku,
            description=line.printed_description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=shown.unit_price,
            discount_percent=line.discount_percent,
            net_price=shown.net_price,
            amount=line.amount,
            delivery_from=later.get(line.id),
            basis=shown.basis,
        )
        for line, shown in ((ln, ln.shown(view.currency)) for ln in view.lines)
    )
    totals = view.totals
    order = view.order
    language = document_language(language or view.language, account.country_code, account.currency)
    return QuoteDocument(
        kind=kind,
        number=order.number if kind is DocumentKind.ORDER and order else view.number,
        revision=view.revision,
        language=language,
        currency=view.currency,
        issued_on=order.confirmed_on if kind is DocumentKind.ORDER and order else view.quote_date,
        letterhead=Letterhead(
            company_name=company.name or profile.organisation or "",
            address_lines=tuple(ln.strip() for ln in company.address.splitlines() if ln.strip()),
            phone=company.phone or None,
            email=company.email or None,
            tax_id=company.tax_id or None,
            logo_png=company.logo_png,
        ),
        customer=CustomerBlock(
            name=account.name,
            code=account.code,
            address_lines=_address(account, language),
            contact_name=contact.name if contact else None,
            contact_title=contact.title if contact else None,
            contact_email=contact.email if contact else None,
            contact_phone=contact.phone if contact else None,
        ),
        sender=SenderBlock(
            name=profile.name or view.prepared_by or "",
            phone=profile.phone,
            email=profile.email,
        ),
        lines=lines,
        totals=DocumentTotals(
            subtotal=totals.subtotal,
            discount_percent=totals.discount_percent,
            discount_amount=totals.discount_amount,
            net=totals.net,
            tax_rate_percent=totals.tax_rate_percent,
            tax=totals.tax,
            gross=totals.gross,
        ),
        valid_until=view.valid_until if kind is DocumentKind.QUOTE else None,
        requested_delivery=(order.delivery_date if kind is DocumentKind.ORDER and order else None)
        or view.requested_delivery,
        payment_terms=view.payment_terms,
        delivery_terms=view.delivery_terms,
        notes=view.notes,
        draft=kind is DocumentKind.QUOTE and is_draft(view),
        quote_number=view.reference if kind is DocumentKind.ORDER else None,
        customer_reference=order.customer_reference
        if kind is DocumentKind.ORDER and order
        else None,
        supersedes=f"{view.number} R{view.revision - 1}"
        if kind is DocumentKind.QUOTE and view.revision > 1
        else None,
        replaced_by=view.latest_revision
        if kind is DocumentKind.QUOTE and view.superseded
        else None,
        vat=(account.country_code or "").upper() in VAT_COUNTRIES,
    )


class QuoteDocuments:
    def __init__(
        self,
        db: Database,
        pricing: PricingService,
        profile: Callable[[], ManagerProfile],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._pricing = pricing
        self._profile = profile
        self._today = today

    def document(
        self, quote_id: uuid.UUID, kind: DocumentKind = DocumentKind.QUOTE
    ) -> QuoteDocument:
        with self._db.session() as session:
            view = load_view(session, self._pricing, quote_id, self._today())
            return build_document(session, view, kind, self._profile())

    def pdf(self, quote_id: uuid.UUID, kind: DocumentKind = DocumentKind.QUOTE) -> bytes:
        """The PDF bytes (reportlab is imported here, on first print)."""
        from acct_desktop.reporting.quote_pdf import build_quote_pdf

        return build_quote_pdf(self.document(quote_id, kind))
