"""Reading quotes and their lines."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.quote_maths import net_amount
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Product, Quote, QuoteLine


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: uuid.UUID
    number: str
    revision: int
    account_name: str
    quote_date: date
    valid_until: date
    status: QuoteStatus
    currency: str
    line_count: int
    net_total: Decimal  # the net amount: after the quote discount, before tax (net_amount)
    replaced_by: int | None = None  # the latest revision, when a later one replaced this one

    @property
    def replaced(self) -> bool:
        return self.replaced_by is not None

    @property
    def reference(self) -> str:
        """``Q-2026-7KX-00042`` or ``Q-2026-7KX-00042 R2``."""
        return self.number if self.revision == 1 else f"{self.number} R{self.revision}"


@dataclass(frozen=True, slots=True)
class QuoteLineRow:
    id: uuid.UUID
    position: int
    sku: str
    product_name: str
    quantity: Decimal
    list_price: Decimal
    discount_percent: Decimal
    net_price: Decimal
    line_total: Decimal
    margin_percent: Decimal | None
    flags: tuple[str, ...]


class QuoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def quotes(self, account_id: uuid.UUID | None, page: PageRequest) -> list[QuoteRow]:
        """Quotes of ``account_id`` (every account's for None), newest first by default."""
        totals = (
            select(
                QuoteLine.quote_id.label("quote_id"),
                func.count().label("line_count"),
                func.sum(QuoteLine.line_total).label("net_total"),
            )
            .group_by(QuoteLine.quote_id)
            .subquery()
        )
        latest = _latest_revisions()
        query = (
            select(
                Quote.id,
                Quote.number,
                Quote.revision,
                Account.name,
                Quote.quote_date,
                Quote.valid_until,
                Quote.status,
                Quote.currency,
                func.coalesce(totals.c.line_count, 0),
                totals.c.net_total,
                Quote.quote_discount_percent,
                latest.c.latest,
            )
            .join(Account, Account.id == Quote.account_id)
            .outerjoin(totals, totals.c.quote_id == Quote.id)
            .outerjoin(latest, latest.c.number == Quote.number)
            .where(Quote.archived_at.is_(None))
        )
        if account_id is not None:
            query = query.where(Quote.account_id == account_id)
        sortable = {
            "number": Quote.number,
            "account_name": Account.name,
            "quote_date": Quote.quote_date,
            "valid_until": Quote.valid_until,
            "status": Quote.status,
            # the order of the net amounts (their exact rounding is net_amount's)
            "net_total": totals.c.net_total * (100 - Quote.quote_discount_percent),
        }
        query = apply_page(query, page, sortable, (Quote.quote_date.desc(), Quote.number), Quote.id)
        with self._db.session() as session:
            return [
                QuoteRow(*row[:9], _net(row[9], row[10], row[7]), _replaced_by(row[2], row[11]))
                for row in session.execute(query)
            ]

    def lines(self, quote_id: uuid.UUID) -> list[QuoteLineRow]:
        query = (
            select(
                QuoteLine.id,
                QuoteLine.position,
                Product.sku,
                Product.name,
                QuoteLine.quantity,
                QuoteLine.list_price,
                QuoteLine.discount_percent,
                QuoteLine.net_price,
                QuoteLine.line_total,
                QuoteLine.margin_percent,
                QuoteLine.flags,
            )
            .join(Product, Product.id == QuoteLine.product_id)
            .where(QuoteLine.quote_id == quote_id)
            .order_by(QuoteLine.position)
        )
        with self._db.session() as session:
            return [
                QuoteLineRow(*row[:10], tuple(f for f in row[10].split(",") if f))
                for row in session.execute(query)
            ]


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    status: QuoteStatus | None = None  # latest revisions in this status only
    account_code: str | None = None
    replaced: bool = False  # only the revisions a later revision replaced


@dataclass(frozen=True, slots=True)
class QuoteListRow:
    number: str
    revision: int
    account_code: str
    account_name: str
    quote_date: date
    valid_until: date
    status: QuoteStatus
    currency: str
    line_count: int
    net_total: Decimal  # the net amount: after the quote discount, before tax (net_amount)
    replaced_by: int | None = None  # the latest revision, when a later one replaced this one

    @property
    def replaced(self) -> bool:
        return self.replaced_by is not None


def _latest_revisions():  # type: ignore[no-untyped-def]
    """Per quote number, its latest (not archived) revision: an earlier one was replaced."""
    return (
        select(Quote.number.label("number"), func.max(Quote.revision).label("latest"))
        .where(Quote.archived_at.is_(None))
        .group_by(Quote.number)
        .subquery()
    )


def _replaced_by(revision: int, latest: int | None) -> int | None:
    return latest if latest is not None and latest > revision else None


def list_quotes(db: Database, wanted: QuoteFilter) -> list[QuoteListRow]:
    """Every (not archived) quote matching ``wanted``, newest first; LookupError for an
    unknown account code."""
    totals = (
        select(
            QuoteLine.quote_id.label("quote_id"),
            func.count().label("line_count"),
            func.sum(QuoteLine.line_total).label("net_total"),
        )
        .group_by(QuoteLine.quote_id)
        .subquery()
    )
    latest = _latest_revisions()
    query = (
        select(
            Quote.number,
            Quote.revision,
            Account.code,
            Account.name,
            Quote.quote_date,
            Quote.valid_until,
            Quote.status,
            Quote.currency,
            func.coalesce(totals.c.line_count, 0),
            totals.c.net_total,
            Quote.quote_discount_percent,
            latest.c.latest,
        )
        .join(Account, Account.id == Quote.account_id)
        .outerjoin(totals, totals.c.quote_id == Quote.id)
        .outerjoin(latest, latest.c.number == Quote.number)
        .where(Quote.archived_at.is_(None))
        .order_by(Quote.quote_date.desc(), Quote.number.desc(), Quote.revision.desc())
    )
    if wanted.replaced:  # the revisions a later one replaced, whatever their status
        query = query.where(latest.c.latest > Quote.revision)
    elif wanted.status is not None:  # a replaced revision is no longer sent, draft …
        query = query.where(Quote.status == wanted.status, latest.c.latest == Quote.revision)
    with db.session() as session:
        if wanted.account_code:
            code = wanted.account_code
            account_id = account_of(session, code)
            if account_id is None:
                raise LookupError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "No account has the code “%1”."),
                        wanted.account_code,
                    )
                )
            query = query.where(Quote.account_id == account_id)
        return [
            QuoteListRow(*row[:9], _net(row[9], row[10], row[7]), _replaced_by(row[1], row[11]))
            for row in session.execute(query)
        ]


def _net(lines_total: Decimal | None, quote_discount_percent: Decimal, currency: str) -> Decimal:
    return net_amount(lines_total or Decimal(0), quote_discount_percent, currency)
