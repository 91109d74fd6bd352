"""A quote as the builder shows it: header, lines with their figures and flags, totals,
approval, the moves it can make — computed from the stored quote in one read."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.pricing_rules import Flag, Guards
from acct_desktop.domain.quote_maths import (
    ApprovedLine,
    LineFigures,
    LineInput,
    QuoteTotals,
    ShownPrices,
    approval_fingerprint,
    late_for_delivery,
    line_figures,
    price_ends_first,
    quote_totals,
    shown_prices,
)
from acct_desktop.domain.quote_paste import said
from acct_desktop.domain.quote_workflow import EDITABLE, QuoteMove, allowed_moves
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.price_book import PricingError
from acct_desktop.services.pricing import PriceAsk, PricingService
from acct_desktop.store.models import (
    Account,
    Approval,
    Contact,
    OrderConfirmation,
    PricePolicy,
    Product,
    Quote,
    QuoteLine,
)


@dataclass(frozen=True, slots=True)
class QuoteLineView:
    id: uuid.UUID
    position: int
    product_id: uuid.UUID
    sku: str
    product_name: str
    description: str | None
    quantity: Decimal
    unit: str
    list_price: Decimal
    base_price: Decimal
    discount_percent: Decimal
    net_price: Decimal
    amount: Decimal
    cost: Decimal
    margin_percent: Decimal | None
    flags: tuple[Flag, ...]
    policy_code: str | None
    lead_time_days: int
    earliest_delivery: date | None  # set when the requested delivery is too soon
    policy_valid_to: date | None = None  # the last day of the policy's price
    price_ends: date | None = None  # policy_valid_to, when it is before the quote's validity
    guards: Guards | None = None  # the guard rails the line's price is judged by (None: off)
    # in litres (kg): the engine's price per pack and how many units it holds (None: packs)
    pack_price: Decimal | None = None
    units_per_pack: Decimal | None = None

    @property
    def printed_description(self) -> str:
        return self.description or self.product_name

    def shown(self, currency: str) -> ShownPrices:
        """The unit prices as the builder, the documents and the CLI show them: exact per
        litre (kg), with the pack price they come from when four decimals are not exact."""
        return shown_prices(
            self.base_price,
            self.discount_percent,
            self.net_price,
            currency,
            self.pack_price,
            self.units_per_pack,
        )


@dataclass(frozen=True, slots=True)
class ApprovalView:
    approver: str
    reason: str
    decided_at: datetime
    valid: bool


@dataclass(frozen=True, slots=True)
class OrderView:
    number: str
    confirmed_on: date
    customer_reference: str | None
    delivery_date: date | None
    total_amount: Decimal


@dataclass(frozen=True, slots=True)
class QuoteView:
    id: uuid.UUID
    number: str
    revision: int
    status: QuoteStatus
    account_id: uuid.UUID
    account_code: str
    account_name: str
    country_code: str | None
    language: str | None
    contact_id: uuid.UUID | None
    contact_name: str | None
    quote_date: date
    valid_until: date
    requested_on: date | None
    requested_delivery: date | None
    currency: str
    tax_rate_percent: Decimal
    quote_discount_percent: Decimal
    payment_terms: str | None
    delivery_terms: str | None
    notes: str | None
    prepared_by: str | None
    sent_at: datetime | None
    decided_at: datetime | None
    decision_note: str | None
    lines: tuple[QuoteLineView, ...]
    totals: QuoteTotals
    approval: ApprovalView | None
    order: OrderView | None
    latest_revision: int
    pricing_problems: tuple[str, ...]  # lines the engine could not judge (missing rate…)
    today: date  # the day the view was made for (expiry, lead times)

    @property
    def price_ends(self) -> date | None:
        """The first day a policy price of a line ends before the quote's validity: the
        latest the quote could be valid with every price still given by the register."""
        return min((ln.price_ends for ln in self.lines if ln.price_ends), default=None)

    @property
    def reference(self) -> str:
        """``Q-2026-7KX-00042`` or ``Q-2026-7KX-00042 R2``."""
        return self.number if self.revision == 1 else f"{self.number} R{self.revision}"

    @property
    def flagged(self) -> bool:
        return any(line.flags for line in self.lines)

    @property
    def approval_valid(self) -> bool:
        return self.approval is not None and self.approval.valid

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def superseded(self) -> bool:
        return self.revision < self.latest_revision

    @property
    def moves(self) -> tuple[QuoteMove, ...]:
        if self.superseded:
            return ()
        return allowed_moves(self.status)


def flagged_lines(lines: Sequence[QuoteLineView]) -> list[ApprovedLine]:
    return [
        ApprovedLine(
            product=str(line.product_id),
            quantity=line.quantity,
            unit=line.unit,
            base_price=line.base_price,
            discount_percent=line.discount_percent,
            net_price=line.net_price,
            flags=tuple(flag.kind.value for flag in line.flags),
        )
        for line in lines
        if line.flags
    ]


def fingerprint_of(view: QuoteView) -> str:
    """What an approval of this quote as it stands would be bound to."""
    return approval_fingerprint(
        flagged_lines(view.lines), view.quote_discount_percent, view.currency
    )


def guards_for_lines(
    pricing: PricingService, quote: Quote, lines: Sequence[QuoteLine]
) -> tuple[list[Guards | None], list[str]]:
    """The guard rails of each line from the register on the quote's date, in the quote's
    currency; a line the engine cannot judge gets none and a problem sentence."""
    asks = [
        PriceAsk(
            quote.account_id,
            line.product_id,
            line.quantity,
            line.unit,
            quote.quote_date,
            quote.currency,
        )
        for line in lines
    ]
    try:
        return [q.guards for q in pricing.price_many(asks)], []
    except PricingError:
        pass
    guards: list[Guards | None] = []
    problems: list[str] = []
    for line, ask in zip(lines, asks, strict=True):
        try:
            guards.append(pricing.price_many([ask])[0].guards)
        except PricingError as exc:
            guards.append(None)
            problems.append(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "Line %1: %2"), line.position, said(exc))
            )
    return guards, problems


def figures_for(
    quote: Quote, lines: Sequence[QuoteLine], guards: Sequence[Guards | None]
) -> list[LineFigures]:
    return [
        line_figures(
            LineInput(
                quantity=line.quantity,
                list_price=line.list_price,
                base_price=line.base_price if line.base_price is not None else line.list_price,
                discount_percent=line.discount_percent,
                cost=line.cost,
                guards=guard,
                pack_price=line.pack_price,
                units_per_pack=line.units_per_pack,
            ),
            quote.quote_discount_percent,
            quote.currency,
        )
        for line, guard in zip(lines, guards, strict=True)
    ]


def load_view(
    session: Session, pricing: PricingService, quote_id: uuid.UUID, today: date
) -> QuoteView:
    """The quote as the builder shows it; LookupError when it does not exist."""
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise LookupError(QT_TRANSLATE_NOOP("messages", "This quote no longer exists."))
    lines = list(quote.lines)
    guards, problems = guards_for_lines(pricing, quote, lines)
    return build_view(session, quote, lines, guards, problems, today)


def build_view(
    session: Session,
    quote: Quote,
    lines: Sequence[QuoteLine],
    guards: Sequence[Guards | None],
    problems: Sequence[str],
    today: date,
) -> QuoteView:
    figures = figures_for(quote, lines, guards)
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_({ln.product_id for ln in lines}))
        )
    }
    policy_ids = {ln.policy_id for ln in lines if ln.policy_id}
    query = select(PricePolicy.id, PricePolicy.code, PricePolicy.valid_to).where(
        PricePolicy.id.in_(policy_ids)
    )
    policies = {pid: (code, end) for pid, code, end in session.execute(query)} if policy_ids else {}
    no_policy: tuple[str | None, date | None] = (None, None)
    line_views = tuple(
        QuoteLineView(
            id=line.id,
            position=line.position,
            product_id=line.product_id,
            sku=products[line.product_id].sku,
            product_name=products[line.product_id].name,
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            list_price=line.list_price,
            base_price=line.base_price if line.base_price is not None else line.list_price,
            discount_percent=line.discount_percent,
            net_price=figure.net_price,
            amount=figure.amount,
            cost=line.cost,
            margin_percent=figure.margin_percent,
            flags=figure.flags,
            policy_code=policies.get(line.policy_id, no_policy)[0],
            policy_valid_to=policies.get(line.policy_id, no_policy)[1],
            price_ends=price_ends_first(
                policies.get(line.policy_id, no_policy)[1], quote.valid_until
            ),
            lead_time_days=products[line.product_id].lead_time_days,
            earliest_delivery=late_for_delivery(
                quote.requested_delivery, today, products[line.product_id].lead_time_days
            ),
            guards=guard,
            pack_price=line.pack_price,
            units_per_pack=line.units_per_pack,
        )
        for line, figure, guard in zip(lines, figures, guards, strict=True)
    )
    totals = quote_totals(
        figures, quote.quote_discount_percent, quote.tax_rate_percent, quote.currency
    )
    account = session.get(Account, quote.account_id)
    assert account is not None
    contact = session.get(Contact, quote.contact_id) if quote.contact_id else None
    approval = _latest_approval(session, quote.id)
    order = session.scalar(select(OrderConfirmation).where(OrderConfirmation.quote_id == quote.id))
    latest = session.scalar(
        select(Quote.revision)
        .where(Quote.number == quote.number, Quote.archived_at.is_(None))
        .order_by(Quote.revision.desc())
        .limit(1)
    )
    view = QuoteView(
        id=quote.id,
        number=quote.number,
        revision=quote.revision,
        status=quote.status,
        account_id=account.id,
        account_code=account.code,
        account_name=account.name,
        country_code=account.country_code,
        language=account.document_language,
        contact_id=contact.id if contact else None,
        contact_name=contact.name if contact else None,
        quote_date=quote.quote_date,
        valid_until=quote.valid_until,
        requested_on=quote.requested_on,
        requested_delivery=quote.requested_delivery,
        currency=quote.currency,
        tax_rate_percent=quote.tax_rate_percent,
        quote_discount_percent=quote.quote_discount_percent,
        payment_terms=quote.payment_terms,
        delivery_terms=quote.delivery_terms,
        notes=quote.notes,
        prepared_by=quote.prepared_by,
        sent_at=quote.sent_at,
        decided_at=quote.decided_at,
        decision_note=quote.decision_note,
        lines=line_views,
        totals=totals,
        approval=None,
        order=OrderView(
            order.number,
            order.confirmed_on,
            order.customer_reference,
            order.delivery_date,
            order.total_amount,
        )
        if order
        else None,
        latest_revision=latest or quote.revision,
        pricing_problems=tuple(problems),
        today=today,
    )
    if approval is None:
        return view
    valid = approval.invalidated_at is None and (
        approval.fingerprint is None or approval.fingerprint == fingerprint_of(view)
    )
    from dataclasses import replace

    return replace(
        view,
        approval=ApprovalView(approval.approver, approval.reason, approval.decided_at, valid),
    )


def _latest_approval(session: Session, quote_id: uuid.UUID) -> Approval | None:
    from acct_desktop.domain.enums import ApprovalDecision

    return session.scalar(
        select(Approval)
        .where(Approval.quote_id == quote_id, Approval.decision == ApprovalDecision.APPROVED)
        .order_by(Approval.decided_at.desc(), Approval.created_at.desc())
        .limit(1)
    )
