"""A quote's moves: submit, approve or decline, send, accept or reject, expire, revise,
confirm as an order (see :mod:`acct_desktop.domain.quote_workflow` for the rules).

Every move is one transaction, recorded in the audit trail with who and why. Approvals are
bound to the flagged lines they saw (their fingerprint). Revising copies the quote into the
next revision of the same number; the earlier revision stays readable and unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import ApprovalDecision, QuoteStatus
from acct_desktop.domain.numbering import next_number
from acct_desktop.domain.quote_maths import earliest_delivery
from acct_desktop.domain.quote_workflow import MoveRefused, QuoteMove, expires, target_status
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.audit import record_change
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import NUMBER_WIDTH, QuoteEditRejected
from acct_desktop.services.quote_views import QuoteView, fingerprint_of, load_view
from acct_desktop.store.database import Database
from acct_desktop.store.models import Approval, OrderConfirmation, Quote, QuoteLine
from acct_desktop.store.types import utcnow

ORDER_PREFIX = "OC"


class QuoteLifecycle:
    def __init__(
        self,
        db: Database,
        pricing: PricingService,
        actor: Callable[[], str],
        device: Callable[[], str],
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._pricing = pricing
        self._actor = actor
        self._device = device
        self._today = today

    def submit(self, quote_id: uuid.UUID) -> QuoteView:
        """Ask for approval of the flagged lines."""
        return self._move(quote_id, QuoteMove.SUBMIT)

    def approve(self, quote_id: uuid.UUID, approver: str, reason: str) -> QuoteView:
        """Record the approval (who approved, why, when), bound to the flagged lines now."""
        if not approver.strip():
            raise MoveRefused(
                QT_TRANSLATE_NOOP(
                    "messages", "Say who approved it; the approver's name is recorded."
                )
            )
        return self._move(quote_id, QuoteMove.APPROVE, reason, approver=approver.strip())

    def decline(self, quote_id: uuid.UUID, approver: str, reason: str) -> QuoteView:
        """The approver says no: back to draft, the refusal recorded."""
        if not approver.strip():
            raise MoveRefused(
                QT_TRANSLATE_NOOP("messages", "Say who declined it; the name is recorded.")
            )
        return self._move(quote_id, QuoteMove.DECLINE, reason, approver=approver.strip())

    def send(self, quote_id: uuid.UUID) -> QuoteView:
        return self._move(quote_id, QuoteMove.SEND)

    def accept(self, quote_id: uuid.UUID, note: str | None = None) -> QuoteView:
        return self._move(quote_id, QuoteMove.ACCEPT, note)

    def reject(self, quote_id: uuid.UUID, reason: str) -> QuoteView:
        return self._move(quote_id, QuoteMove.REJECT, reason)

    def revise(self, quote_id: uuid.UUID) -> QuoteView:
        """A new draft revision (R2, R3 …) with the same number and lines, priced as before;
        the revised quote stays as it was."""
        with self._db.session() as session:
            quote = self._get(session, quote_id)
            self._check_latest(session, quote)
            target_status(QuoteMove.REVISE, quote.status)
            copy = Quote(
                **{name: getattr(quote, name) for name in _QUOTE_COPY_FIELDS},
                revision=quote.revision + 1,
                status=QuoteStatus.DRAFT,
                quote_date=self._today(),
                valid_until=max(quote.valid_until, self._today()),
                prepared_by=self._actor(),
            )
            for line in quote.lines:
                copy.lines.append(QuoteLine(**{n: getattr(line, n) for n in _LINE_FIELDS}))
            session.add(copy)
            session.flush()
            record_change(session, self._actor(), "quote", copy.id, "revision of", None, quote.id)
            return load_view(session, self._pricing, copy.id, self._today())

    def confirm_order(
        self,
        quote_id: uuid.UUID,
        customer_reference: str | None,
        delivery_date: date | None,
        partial: bool = False,
    ) -> QuoteView:
        """Turn an accepted quote into an order confirmation with its own number; the quote
        is locked from then on. A delivery date before some lines' lead times allow needs
        ``partial`` (the customer accepts a partial delivery): those lines then keep the day
        they come (``delivery_from``), which the printed confirmation says."""
        for attempt in range(3):
            try:
                with self._db.session() as session:
                    quote = self._get(session, quote_id)
                    target_status(QuoteMove.ORDER, quote.status)
                    if delivery_date is not None and delivery_date < quote.quote_date:
                        raise MoveRefused(
                            QT_TRANSLATE_NOOP(
                                "messages", "The delivery date is before the quote's date."
                            )
                        )
                    view = load_view(session, self._pricing, quote.id, self._today())
                    today = self._today()
                    agreed = delivery_date or quote.requested_delivery
                    later = later_lines(view, today, agreed)
                    if later and not partial:
                        raise MoveRefused(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "The delivery date is before some lines can be delivered: "
                                "choose a later date, or tick that the customer accepts a "
                                "partial delivery.",
                            )
                        )
                    for line in quote.lines:
                        line.delivery_from = later.get(line.id)
                    order = OrderConfirmation(
                        quote_id=quote.id,
                        number=self._next_order_number(session, today.year),
                        confirmed_on=today,
                        customer_reference=(customer_reference or "").strip() or None,
                        delivery_date=agreed,
                        total_amount=view.totals.gross,
                    )
                    session.add(order)
                    self._set_status(session, quote, QuoteStatus.ORDERED, None)
                    session.flush()
                    record_change(
                        session, self._actor(), "quote", quote.id, "order", None, order.number
                    )
                    return load_view(session, self._pricing, quote.id, today)
            except IntegrityError:
                if attempt == 2:
                    raise MoveRefused(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Another order took this number at the same moment; try again.",
                        )
                    ) from None
        raise AssertionError("unreachable")

    def expire_due(self) -> int:
        """Mark open quotes past their validity date as expired; how many were."""
        today = self._today()
        with self._db.session() as session:
            due = session.scalars(
                select(Quote).where(
                    Quote.archived_at.is_(None),
                    Quote.valid_until < today,
                    Quote.status.in_(
                        [
                            QuoteStatus.DRAFT,
                            QuoteStatus.PENDING_APPROVAL,
                            QuoteStatus.APPROVED,
                            QuoteStatus.SENT,
                        ]
                    ),
                )
            ).all()
            count = 0
            for quote in due:
                if expires(quote.status, quote.valid_until, today):
                    self._set_status(session, quote, QuoteStatus.EXPIRED, "validity date passed")
                    count += 1
            return count

    # -- machinery -------------------------------------------------------------------------

    def _get(self, session: Session, quote_id: uuid.UUID) -> Quote:
        quote = session.get(Quote, quote_id)
        if quote is None or quote.archived_at is not None:
            raise QuoteEditRejected(QT_TRANSLATE_NOOP("messages", "This quote no longer exists."))
        return quote

    def _check_latest(self, session: Session, quote: Quote) -> None:
        later = session.scalar(
            select(Quote.revision)
            .where(Quote.number == quote.number, Quote.revision > quote.revision)
            .where(Quote.archived_at.is_(None))
            .order_by(Quote.revision.desc())
            .limit(1)
        )
        if later is not None:
            raise MoveRefused(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "Revision R%1 replaces this one; work on that revision."
                    ),
                    later,
                )
            )

    def _move(
        self, quote_id: uuid.UUID, move: QuoteMove, reason: str | None = None, approver: str = ""
    ) -> QuoteView:
        today = self._today()
        with self._db.session() as session:
            quote = self._get(session, quote_id)
            self._check_latest(session, quote)
            view = load_view(session, self._pricing, quote.id, today)
            if view.pricing_problems and move in (QuoteMove.SUBMIT, QuoteMove.SEND):
                raise MoveRefused(view.pricing_problems[0])
            target = target_status(
                move,
                quote.status,
                reason=reason,
                flagged=view.flagged,
                approval_valid=view.approval_valid,
                line_count=len(view.lines),
                valid_until=quote.valid_until,
                today=today,
            )
            if move in (QuoteMove.APPROVE, QuoteMove.DECLINE):
                session.add(
                    Approval(
                        quote_id=quote.id,
                        approver=approver,
                        decision=ApprovalDecision.APPROVED
                        if move is QuoteMove.APPROVE
                        else ApprovalDecision.REJECTED,
                        reason=(reason or "").strip(),
                        decided_at=utcnow(),
                        fingerprint=fingerprint_of(view),
                    )
                )
                decision = "approved" if move is QuoteMove.APPROVE else "declined"
                record_change(
                    session, self._actor(), "quote", quote.id, decision + " by", None, approver
                )
            if move is QuoteMove.SEND:
                quote.sent_at = utcnow()
            if move in (QuoteMove.ACCEPT, QuoteMove.REJECT):
                quote.decided_at = utcnow()
                quote.decision_note = (reason or "").strip() or None
            self._set_status(session, quote, target, reason)
            session.flush()
            return load_view(session, self._pricing, quote.id, today)

    def _set_status(
        self, session: Session, quote: Quote, target: QuoteStatus, reason: str | None
    ) -> None:
        record_change(session, self._actor(), "quote", quote.id, "status", quote.status, target)
        if reason and reason.strip():
            record_change(session, self._actor(), "quote", quote.id, "reason", None, reason.strip())
        quote.status = target

    def _next_order_number(self, session: Session, year: int) -> str:
        series = self._device()
        prefix = f"{ORDER_PREFIX}-{year:04d}-{series}-"
        taken = session.scalars(
            select(OrderConfirmation.number).where(OrderConfirmation.number.like(prefix + "%"))
        )
        return next_number(ORDER_PREFIX, year, taken, NUMBER_WIDTH, series)


_QUOTE_COPY_FIELDS = (
    "number",
    "account_id",
    "contact_id",
    "requested_on",
    "requested_delivery",
    "currency",
    "tax_rate_percent",
    "quote_discount_percent",
    "payment_terms",
    "delivery_terms",
    "notes",
)


def later_lines(view: QuoteView, today: date, agreed: date | None) -> dict[uuid.UUID, date]:
    """The lines whose lead time (ordered ``today``) brings them after the ``agreed``
    delivery date: each with the first day it can come."""
    if agreed is None:
        return {}
    later = {}
    for line in view.lines:
        first = earliest_delivery(today, line.lead_time_days)
        if first > agreed:
            later[line.id] = first
    return later


_LINE_FIELDS = (
    "position",
    "product_id",
    "quantity",
    "unit",
    "list_price",
    "base_price",
    "pack_price",
    "units_per_pack",
    "description",
    "policy_id",
    "discount_percent",
    "net_price",
    "cost",
    "line_total",
    "margin_percent",
    "flags",
)
ZERO = Decimal(0)
