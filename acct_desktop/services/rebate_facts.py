"""What a rebate accrual is computed from, read from the store in a fixed number of queries.

:func:`load_facts` returns, per agreement, its stored terms (as engine ``RebateTerms``),
dates, settlements paid up to the day and its sales (see
:mod:`acct_desktop.services.rebate_volumes`), plus the company's late-entry rule.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.domain.rebates import RebateTerms, Tier
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.rebate_volumes import Rates, Volumes, Window, bucket, fact_sums
from acct_desktop.store.models import (
    Account,
    RebateAccrual,
    RebateAgreement,
    RebateTier,
    RegisterSetting,
)

log = logging.getLogger(__name__)

LATE_ENTRY_SETTING = "rebate_late_entry_days"
DEFAULT_LATE_ENTRY_DAYS = 7
ZERO = Decimal(0)


class IncompleteTerms(ValueError):
    """The agreement's terms cannot be computed yet (e.g. a tiered draft without tiers)."""


@dataclass(frozen=True, slots=True)
class AgreementFacts:
    """An agreement as stored and the sales it is measured on, on ``on``: all an accrual
    needs, read in one go. ``terms`` is ``None`` when the stored terms are incomplete
    (``terms_problem`` says why); :meth:`RebateAccrualService.accrue` can still preview
    other terms on these facts."""

    agreement_id: uuid.UUID
    number: str
    account_id: uuid.UUID
    account_code: str
    account_name: str
    status: RebateStatus
    currency: str
    category: str | None
    period_start: date
    period_end: date
    on: date
    signed_on: date | None
    signed_by: str | None
    entered_on: date
    baseline_amount: Decimal | None
    settled: Decimal
    volumes: Volumes
    late_entry_days: int
    terms: RebateTerms | None
    terms_problem: str | None = None


def terms_of(
    kind: RebateKind, fixed_percent: Decimal | None, tiers: Collection[Tier], currency: str
) -> RebateTerms:
    """Engine terms from stored fields; ``IncompleteTerms`` (a sentence) when unusable.

    Stray fields of the other kind (tiers on a fixed-% agreement, a percent on a tiered
    one) are ignored, as the register form ignores them."""
    try:
        if kind is RebateKind.FIXED_PERCENT:
            return RebateTerms(kind, (), fixed_percent, currency=currency)
        return RebateTerms(kind, tuple(tiers), None, currency=currency)
    except (TypeError, ValueError) as exc:
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        raise IncompleteTerms(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "The terms are incomplete: %1."), reason)
        ) from exc


def late_entry_days(session: Session) -> int:
    """The company rule: an agreement entered more than this many days after it was signed
    is late (``RegisterSetting`` ``rebate_late_entry_days``; 7 when unset or unreadable)."""
    text = session.scalar(
        select(RegisterSetting.value).where(RegisterSetting.key == LATE_ENTRY_SETTING)
    )
    if text is None:
        return DEFAULT_LATE_ENTRY_DAYS
    try:
        days = int(text.strip())
    except ValueError:
        days = -1
    if days < 0:
        log.warning(
            "%s is %r, not a number of days; using %d",
            LATE_ENTRY_SETTING,
            text,
            DEFAULT_LATE_ENTRY_DAYS,
        )
        return DEFAULT_LATE_ENTRY_DAYS
    return days


def load_facts(
    session: Session,
    ids: list[uuid.UUID] | None,
    on: date,
    statuses: Collection[RebateStatus] | None = None,
    with_last_year: bool = False,
    today: date | None = None,
) -> list[AgreementFacts]:
    """The agreements not archived (of ``ids`` / ``statuses`` when given), by number, each
    with its sales on ``on``: five queries whatever their number (agreements, tiers,
    settlements, grouped sales, exchange rates) plus the late-entry setting.

    ``today`` is the day it really is when ``on`` may be earlier (see
    ``rebate_volumes.Window``); ``None``: ``on`` is today."""
    late_days = late_entry_days(session)
    g = RebateAgreement
    query = (
        select(g, Account.code, Account.name)
        .join(Account, Account.id == g.account_id)
        .where(g.archived_at.is_(None))
        .order_by(g.number)
    )
    if ids is not None:
        query = query.where(g.id.in_(ids))
    if statuses is not None:
        query = query.where(g.status.in_(list(statuses)))
    rows = session.execute(query).all()
    if not rows:
        return []
    tiers = _tiers(session, ids)
    settled = _settled(session, ids, on)
    sums = fact_sums(session, ids, statuses, with_last_year)
    rates = Rates.load(session)
    facts = []
    for agreement, code, name in rows:
        window = Window.of(agreement.period_start, agreement.period_end, on, today)
        needs_ly = with_last_year or (
            agreement.kind is RebateKind.GROWTH and agreement.baseline_amount is None
        )
        volumes = bucket(sums.get(agreement.id, ()), window, agreement.currency, rates, needs_ly)
        try:
            terms, problem = (
                terms_of(
                    agreement.kind,
                    agreement.fixed_percent,
                    tiers.get(agreement.id, ()),
                    agreement.currency,
                ),
                None,
            )
        except IncompleteTerms as exc:
            terms, problem = None, exc.args[0]  # the sentence, translatable
        facts.append(
            AgreementFacts(
                agreement_id=agreement.id,
                number=agreement.number,
                account_id=agreement.account_id,
                account_code=code,
                account_name=name,
                status=agreement.status,
                currency=agreement.currency,
                category=agreement.category,
                period_start=agreement.period_start,
                period_end=agreement.period_end,
                on=on,
                signed_on=agreement.signed_on,
                signed_by=agreement.signed_by,
                entered_on=agreement.entered_on,
                baseline_amount=agreement.baseline_amount,
                settled=settled.get(agreement.id, ZERO),
                volumes=volumes,
                late_entry_days=late_days,
                terms=terms,
                terms_problem=problem,
            )
        )
    return facts


def _tiers(session: Session, ids: list[uuid.UUID] | None) -> dict[uuid.UUID, list[Tier]]:
    t = RebateTier
    query = select(t.agreement_id, t.threshold_amount, t.rebate_percent)
    if ids is not None:
        query = query.where(t.agreement_id.in_(ids))
    tiers: dict[uuid.UUID, list[Tier]] = defaultdict(list)
    for agreement_id, threshold, percent in session.execute(query):
        tiers[agreement_id].append(Tier(threshold, percent))
    return tiers


def _settled(session: Session, ids: list[uuid.UUID] | None, on: date) -> dict[uuid.UUID, Decimal]:
    a = RebateAccrual
    query = (
        select(a.agreement_id, func.sum(a.accrued_amount))
        .where(a.period <= on)
        .group_by(a.agreement_id)
    )
    if ids is not None:
        query = query.where(a.agreement_id.in_(ids))
    return {agreement_id: total for agreement_id, total in session.execute(query)}
