"""What a quote's edits must respect: which statuses lock it, which header values are
valid (checked next to their fields), and whose contacts it may name — the account's own
or its head offices'."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.quote_maths import QuoteFigureError, check_percent
from acct_desktop.domain.quote_workflow import status_words
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.models import Account, Contact, Quote


class QuoteEditRejected(ValueError):
    """The change was not made; ``problems`` maps a field to a sentence where one applies."""

    def __init__(self, message: str, problems: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or {}


def locked_sentence(status: QuoteStatus) -> str:
    """Why a quote in ``status`` cannot be edited, and what to do instead."""
    if status is QuoteStatus.SENT:
        return QT_TRANSLATE_NOOP(
            "messages", "This quote has been sent; revise it (Quote → Revise) to change anything."
        )
    if status is QuoteStatus.ORDERED:
        return QT_TRANSLATE_NOOP("messages", "This quote became an order and is locked.")
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be changed; revise it."),
        status_words(status),
    )


def first_contact(session: Session, account_id: uuid.UUID) -> uuid.UUID | None:
    """The account's most influential contact (by name among equals): a new quote's."""
    return session.scalar(
        select(Contact.id)
        .where(Contact.account_id == account_id, Contact.archived_at.is_(None))
        .order_by(Contact.influence.desc(), Contact.name)
        .limit(1)
    )


def _ancestors(session: Session, account_id: uuid.UUID) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    current: uuid.UUID | None = account_id
    while current is not None and current not in found:
        found.add(current)
        current = session.scalar(select(Account.parent_id).where(Account.id == current))
    return found


def header_problems(session: Session, quote: Quote, changes: dict[str, object]) -> dict[str, str]:
    """What is wrong with ``changes`` to ``quote``'s header, by field (empty: nothing)."""
    problems: dict[str, str] = {}
    valid_until = changes.get("valid_until", quote.valid_until)
    if not isinstance(valid_until, date):
        problems["valid_until"] = QT_TRANSLATE_NOOP(
            "messages", "Enter the date the quote is valid until."
        )
    elif valid_until < quote.quote_date:
        problems["valid_until"] = QT_TRANSLATE_NOOP(
            "messages", "A quote cannot expire before the day it is made."
        )
    for name in ("requested_on", "requested_delivery"):
        value = changes.get(name)
        if value is not None and not isinstance(value, date):
            problems[name] = QT_TRANSLATE_NOOP("messages", "Enter a date.")
    delivery = changes.get("requested_delivery", quote.requested_delivery)
    if isinstance(delivery, date) and delivery < quote.quote_date:
        problems["requested_delivery"] = QT_TRANSLATE_NOOP(
            "messages", "The delivery date is before the quote's date."
        )
    for name, what, not_a_number in (
        (
            "tax_rate_percent",
            "tax rate",
            QT_TRANSLATE_NOOP("messages", "The tax rate must be a number."),
        ),
        (
            "quote_discount_percent",
            "discount",
            QT_TRANSLATE_NOOP("messages", "The discount must be a number."),
        ),
    ):
        if name in changes:
            value = changes[name]
            try:
                if not isinstance(value, Decimal):
                    raise QuoteFigureError(not_a_number)
                check_percent(what, value)
            except QuoteFigureError as exc:
                problems[name] = exc.args[0]
    if "currency" in changes:
        currency = changes["currency"]
        code = currency.strip() if isinstance(currency, str) else ""  # "EUR " is EUR
        if not (len(code) == 3 and code.isascii() and code.isalpha()):
            problems["currency"] = QT_TRANSLATE_NOOP(
                "messages", "A currency is a three-letter code such as EUR, CNY or VND."
            )
    if changes.get("contact_id") is not None:
        contact = session.get(Contact, changes["contact_id"])
        if contact is None or contact.archived_at is not None:
            problems["contact_id"] = QT_TRANSLATE_NOOP("messages", "This contact no longer exists.")
        elif contact.account_id not in _ancestors(session, quote.account_id):
            problems["contact_id"] = QT_TRANSLATE_NOOP(
                "messages", "Choose a contact of this account or of its head office."
            )
    for name in ("payment_terms", "delivery_terms"):
        value = changes.get(name)
        if isinstance(value, str) and len(value) > 200:
            problems[name] = QT_TRANSLATE_NOOP(
                "messages", "Keep the terms under 200 characters (put more in the notes)."
            )
    return problems
