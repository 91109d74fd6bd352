"""Commercial KPIs: quote win rate, open pipeline, quote response time, rebate liability.

Only the latest revision of each quote number counts (an earlier revision was replaced,
not lost); archived quotes never count. Money stays per currency.

* **Win rate**: won (accepted or ordered) ÷ (won + rejected + expired), over quotes
  *decided in the period*. The decision day is the day ``decided_at`` was recorded (UTC);
  without it, the order confirmation's day for an ordered quote, else the last day the
  quote was valid (``valid_until``) — an expired quote lapses then.
* **Open pipeline**: quotes pending approval, approved or sent, as they stand now: the sum
  of their net amounts (after line discounts and the quote discount, before tax — the
  "Net total" of the Quotes list and the quote's "Net amount", ``quote_maths.net_amount``),
  per currency.
* **Response time**: quotes requested (``requested_on``) in the period: days to the day
  they were sent (``sent_at``, UTC); those not sent yet are counted apart, not as 0.
* **Rebates** (on the period's last day, through
  :class:`~acct_desktop.services.rebate_accruals.RebateAccrualService`): accrued to date,
  settled (paid), and the liability ``balance_to_date = accrued − settled`` of the active
  and closed agreements of accounts in scope, per currency.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import QuoteStatus, RebateStatus
from acct_desktop.domain.kpis import DaySpans, KpiTable, day_spans, totals_by, win_rate
from acct_desktop.domain.quote_maths import net_amount
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, OrderConfirmation, Quote, QuoteLine

InScope = Callable[[Any], Any]
WON = (QuoteStatus.ACCEPTED, QuoteStatus.ORDERED)
LOST = (QuoteStatus.REJECTED, QuoteStatus.EXPIRED)
PIPELINE = (QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED, QuoteStatus.SENT)
REBATE_STATUSES = (RebateStatus.ACTIVE, RebateStatus.CLOSED)


def day_start(day: date) -> datetime:
    """Midnight UTC starting ``day`` (periods compare timestamps against day bounds)."""
    return datetime.combine(day, time(0), tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class QuoteKpis:
    won: int
    lost: int
    pipeline: dict[str, Decimal]  # currency → net total still open
    pipeline_count: int
    response: DaySpans
    decided_rows: KpiTable
    pipeline_rows: KpiTable
    response_rows: KpiTable

    @property
    def win_rate(self) -> Decimal | None:
        return win_rate(self.won, self.lost)


@dataclass(frozen=True, slots=True)
class RebateKpis:
    accrued: dict[str, Decimal]
    settled: dict[str, Decimal]
    liability: dict[str, Decimal]
    rows: KpiTable


def _latest(in_scope: InScope) -> Any:
    """Latest revision of each quote number in scope (not archived)."""
    return (
        select(Quote.number.label("number"), func.max(Quote.revision).label("revision"))
        .where(Quote.archived_at.is_(None), in_scope(Quote.account_id))
        .group_by(Quote.number)
        .subquery()
    )


def _net_totals() -> Any:
    return (
        select(QuoteLine.quote_id.label("quote_id"), func.sum(QuoteLine.line_total).label("net"))
        .group_by(QuoteLine.quote_id)
        .subquery()
    )


def _netted(rows: Any) -> list[tuple[Any, ...]]:
    """Rows of (number, revision, account, status, currency, lines total, quote discount %,
    …) with the lines total and discount made the quote's net amount."""
    return [(*row[:5], net_amount(Decimal(row[5]), row[6], row[4]), *row[7:]) for row in rows]


def quote_kpis(session: Session, start: date, end: date, in_scope: InScope) -> QuoteKpis:
    """Win rate, pipeline and response time of the quotes in scope."""
    latest, totals = _latest(in_scope), _net_totals()
    base = (
        select(
            Quote.number,
            Quote.revision,
            Account.name,
            Quote.status,
            Quote.currency,
            func.coalesce(totals.c.net, 0),
            Quote.quote_discount_percent,
        )
        .join(latest, and_(latest.c.number == Quote.number, latest.c.revision == Quote.revision))
        .join(Account, Account.id == Quote.account_id)
        .outerjoin(totals, totals.c.quote_id == Quote.id)
        .where(Quote.archived_at.is_(None))
    )
    after = day_start(end + timedelta(days=1))
    decided_query = (
        base.add_columns(Quote.decided_at, OrderConfirmation.confirmed_on, Quote.valid_until)
        .outerjoin(OrderConfirmation, OrderConfirmation.quote_id == Quote.id)
        .where(
            Quote.status.in_(WON + LOST),
            or_(
                and_(Quote.decided_at >= day_start(start), Quote.decided_at < after),
                and_(
                    Quote.decided_at.is_(None),
                    or_(
                        OrderConfirmation.confirmed_on.between(start, end),
                        Quote.valid_until.between(start, end),
                    ),
                ),
            ),
        )
    )
    decided = []
    for number, revision, name, status, currency, net, at, confirmed, valid in _netted(
        session.execute(decided_query)
    ):
        day = at.date() if at is not None else confirmed or valid
        if start <= day <= end:
            decided.append((number, revision, name, status, currency, net, day, status in WON))
    decided.sort(key=lambda row: (row[6], row[0]))
    open_rows = _netted(
        session.execute(base.where(Quote.status.in_(PIPELINE)).order_by(Quote.number))
    )
    requested = _netted(
        session.execute(
            base.add_columns(Quote.requested_on, Quote.sent_at)
            .where(Quote.requested_on.between(start, end))
            .order_by(Quote.requested_on, Quote.number)
        )
    )
    response_rows = []
    for number, revision, name, status, _currency, _net, asked, sent_at in requested:
        sent = max(sent_at.date(), asked) if sent_at is not None else None
        response_rows.append(
            (number, revision, name, status, asked, sent, (sent - asked).days if sent else None)
        )
    won = sum(1 for row in decided if row[-1])
    quote = ("number", "revision", "account", "status", "currency", "net_total")
    return QuoteKpis(
        won=won,
        lost=len(decided) - won,
        pipeline=totals_by([(row[4], row[5]) for row in open_rows]),
        pipeline_count=len(open_rows),
        response=day_spans((row[4], row[5]) for row in response_rows),
        decided_rows=KpiTable((*quote, "decided_on", "won"), tuple(decided)),
        pipeline_rows=KpiTable(quote, tuple(tuple(row) for row in open_rows)),
        response_rows=KpiTable(
            ("number", "revision", "account", "status", "requested_on", "sent_on", "days"),
            tuple(response_rows),
        ),
    )


def rebate_kpis(db: Database, on: date, accounts: Collection[uuid.UUID] | None) -> RebateKpis:
    """Accrued, settled and still owed on ``on`` for agreements of ``accounts`` (all when
    ``None``), through the rebate accrual service."""
    results = RebateAccrualService(db).accruals_for_all(on, REBATE_STATUSES)
    wanted = None if accounts is None else set(accounts)
    chosen = [r for r in results if wanted is None or r.facts.account_id in wanted]
    rows = tuple(
        (
            r.number,
            r.facts.account_name,
            r.facts.status,
            r.terms.currency,
            r.accrued_to_date,
            r.settled,
            r.balance_to_date,
        )
        for r in chosen
    )
    return RebateKpis(
        accrued=totals_by([(r[3], r[4]) for r in rows]),
        settled=totals_by([(r[3], r[5]) for r in rows]),
        liability=totals_by([(r[3], r[6]) for r in rows]),
        rows=KpiTable(
            ("number", "account", "status", "currency", "accrued", "settled", "liability"), rows
        ),
    )
