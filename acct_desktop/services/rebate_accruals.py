"""What each rebate agreement has earned so far, will earn by period end, and is still owed.

For an agreement on a day ``on``:

* **volume to date**: sell-in of the account and everything below it, in the agreement's
  period up to ``on`` (monthly facts dated the 1st count once that day is reached), in
  its category when it has one (see :mod:`acct_desktop.services.rebate_volumes`);
* **figures through**: the last day the sales figures reach (a monthly figure reaches
  its month's end; never after ``on``); the days from the period's start to it are the
  **covered days**. A month after it has no figures yet, which is not a month of zero
  sales: the run-rate is taken over the covered days, not the elapsed ones;
* **growth** agreements compare with a baseline: ``baseline_amount`` when the contract
  states one — the agreed figure for the full period, which is what the customer signed
  and so what growth is measured against even where last year's actual sales exist (to
  date it is prorated by the covered days, the same run-rate the projection uses) —
  else the sell-in of the same period last year, to the same day the figures reach this
  year and in full;
* the engine (:func:`acct_desktop.domain.rebates.accrual`) gives the rebate to date, the
  run-rate projection to period end and the distance to the next tier: what must still
  be bought by the period's end (``domain.rebates.still_to_buy``; for growth terms the
  full period's baseline plus the threshold, less the sell-in to date). Once the period
  is over (``period_over``) there is no next tier: the tier reached and the rebate are
  final;
* **settlements** already paid (``RebateAccrual.accrued_amount`` dated on or before
  ``on``) are deducted: ``balance_to_date = accrued − settled`` and
  ``projected_final_settlement = projected rebate − settled``.

Rounding points: rebates are rounded half-up to the agreement currency's minor unit by
the engine; the projected volume, the prorated baseline and both balances are rounded the
same way here; volumes are exact sums of stored amounts. Nothing here rounds twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.domain.money import round_money
from acct_desktop.domain.rebates import (
    Accrual,
    RebateResult,
    RebateTerms,
    Tier,
    accrual,
    covered_days,
    rebate_for,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.rebate_facts import (
    DEFAULT_LATE_ENTRY_DAYS,
    LATE_ENTRY_SETTING,
    AgreementFacts,
    IncompleteTerms,
    late_entry_days,
    load_facts,
    terms_of,
)
from acct_desktop.services.rebate_volumes import Window
from acct_desktop.store.database import Database
from acct_desktop.store.models import RebateAgreement

__all__ = [
    "DEFAULT_LATE_ENTRY_DAYS",
    "LATE_ENTRY_SETTING",
    "AgreementAccrual",
    "AgreementFacts",
    "AgreementNotFound",
    "IncompleteTerms",
    "RebateAccrualService",
    "entry_delay_days",
]


class AgreementNotFound(LookupError):
    """No such rebate agreement; the message is a sentence."""


class SignedAndEntered(Protocol):
    signed_on: date | None
    entered_on: date


def entry_delay_days(signed_on: date | None, entered_on: date) -> int | None:
    """Days from signing to entry in the system (``None`` when not signed)."""
    return None if signed_on is None else (entered_on - signed_on).days


@dataclass(frozen=True, slots=True)
class AgreementAccrual:
    """One agreement's accrual on ``facts.on`` (money in ``facts.currency``)."""

    facts: AgreementFacts
    terms: RebateTerms
    last_year_to_date: Decimal | None  # growth only
    last_year_full: Decimal | None  # growth only
    accrued_to_date: Decimal
    projected_volume: Decimal
    projected_rebate: Decimal
    tier_reached: Tier | None
    next_tier: Tier | None  # None at the top tier and once the period is over
    distance_to_next_tier: Decimal | None  # still to buy by the period's end
    settled: Decimal
    balance_to_date: Decimal
    projected_final_settlement: Decimal
    elapsed_days: int
    total_days: int
    covered_days: int  # of the period, by the sales figures (the run-rate's days)
    figures_through: date | None  # the last day the figures reach; None: none yet
    entry_delay_days: int | None
    entered_late: bool
    detail: Accrual = field(repr=False)

    @property
    def period_over(self) -> bool:
        """Whether the day asked is after the period's last day: the figures are final."""
        return self.detail.period_over

    @property
    def number(self) -> str:
        return self.facts.number

    @property
    def volume_to_date(self) -> Decimal:
        return self.facts.volumes.to_date

    @property
    def months(self) -> tuple[tuple[date, Decimal], ...]:
        return self.facts.volumes.months


class RebateAccrualService:
    """Accruals of the rebate agreements in one database (no Qt; safe off the UI thread).

    ``today`` is the day it really is, for accruals asked about an earlier day (a
    back-dated statement): a monthly figure that came in whole for a month over by then
    cannot be split at that day (``rebate_volumes.Window``). ``None``: the days asked
    about are taken to be today."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self._db = db
        self._today = today

    # -- settings -----------------------------------------------------------------------
    def late_entry_days(self) -> int:
        """The company rule: an agreement entered more than this many days after it was
        signed is late (``RegisterSetting`` ``rebate_late_entry_days``, default 7)."""
        with self._db.session() as session:
            return late_entry_days(session)

    def entered_late(self, agreement: SignedAndEntered, days: int | None = None) -> bool:
        """Whether ``agreement`` was entered more than ``days`` (default: the company
        rule) days after signing; an unsigned agreement is never late."""
        delay = entry_delay_days(agreement.signed_on, agreement.entered_on)
        limit = self.late_entry_days() if days is None else days
        return delay is not None and delay > limit

    # -- reading ------------------------------------------------------------------------
    def sales_basis(self, agreement_id: uuid.UUID, on: date) -> AgreementFacts:
        """The agreement and its sales on ``on``, last year's included, for previews: read
        once when a tiers editor opens, then :meth:`accrue` on every edit (no database)."""
        facts = self._load([agreement_id], on, None, with_last_year=True)
        if not facts:
            raise AgreementNotFound(_no_agreement_with_id(agreement_id))
        return facts[0]

    def accrual(self, agreement_id: uuid.UUID, on: date) -> AgreementAccrual:
        """The accrual of one agreement on ``on``.

        ``AgreementNotFound`` for an unknown (or archived) id, ``IncompleteTerms`` when
        its terms cannot be computed."""
        facts = self._load([agreement_id], on, None, with_last_year=False)
        if not facts:
            raise AgreementNotFound(_no_agreement_with_id(agreement_id))
        return self.accrue(facts[0])

    def accrual_by_number(self, number: str, on: date) -> AgreementAccrual:
        """Like :meth:`accrual`, by the agreement's number (``R-2026-0005``)."""
        with self._db.session() as session:
            agreement_id = session.scalar(
                select(RebateAgreement.id).where(
                    RebateAgreement.number == number, RebateAgreement.archived_at.is_(None)
                )
            )
        if agreement_id is None:
            raise AgreementNotFound(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "There is no rebate agreement numbered %1."),
                    number,
                )
            )
        return self.accrual(agreement_id, on)

    def accruals_for_all(
        self, on: date, statuses: Collection[RebateStatus] | None = None
    ) -> list[AgreementAccrual]:
        """Accruals of every agreement not archived (of ``statuses`` when given), by
        number, computed set-based: one grouped query for all sales, one each for the
        agreements, tiers and settlements. Agreements with incomplete terms are left out
        (:meth:`accrual` names the problem)."""
        results = []
        for facts in self._load(None, on, statuses, with_last_year=False):
            if facts.terms is not None:
                results.append(self.accrue(facts))
        return results

    # -- computing (pure) ---------------------------------------------------------------
    @staticmethod
    def accrue(facts: AgreementFacts, terms: RebateTerms | None = None) -> AgreementAccrual:
        """The accrual of ``facts`` under its stored terms, or under ``terms`` (a preview of
        unsaved terms, e.g. from the tiers editor). Touches no database."""
        terms = terms or facts.terms
        if terms is None:
            raise IncompleteTerms(
                facts.terms_problem or QT_TRANSLATE_NOOP("messages", "The agreement has no terms.")
            )
        window = Window.of(facts.period_start, facts.period_end, facts.on)
        # the figures reach a day (a month not imported yet is no sales figure, not zero
        # sales): the day before the period when none are in, so nothing is covered
        through = facts.volumes.figures_through or window.start - timedelta(days=1)
        covered = covered_days(facts.period_start, facts.period_end, facts.on, through)
        last_to_date, last_full = _last_year(facts, terms, covered, _total_days(window))
        detail = accrual(
            terms,
            facts.volumes.to_date,
            last_to_date,
            facts.period_start,
            facts.period_end,
            facts.on,
            facts.settled,
            last_year_full=last_full,
            figures_through=through,
        )
        delay = entry_delay_days(facts.signed_on, facts.entered_on)
        currency = terms.currency
        return AgreementAccrual(
            facts=facts,
            terms=terms,
            last_year_to_date=last_to_date,
            last_year_full=last_full,
            accrued_to_date=detail.earned_to_date,
            projected_volume=round_money(detail.projected_volume, currency),
            projected_rebate=detail.projected_rebate,
            tier_reached=detail.to_date.tier_reached,
            next_tier=detail.next_tier,
            distance_to_next_tier=detail.distance_to_next_tier,
            settled=facts.settled,
            balance_to_date=round_money(detail.earned_to_date - facts.settled, currency),
            projected_final_settlement=round_money(
                detail.projected_rebate - facts.settled, currency
            ),
            elapsed_days=detail.elapsed_days,
            total_days=detail.total_days,
            covered_days=detail.covered_days,
            figures_through=facts.volumes.figures_through,
            entry_delay_days=delay,
            entered_late=delay is not None and delay > facts.late_entry_days,
            detail=detail,
        )

    def what_if(
        self,
        agreement_id_or_terms: uuid.UUID | RebateTerms,
        volume: Decimal,
        last_year: Decimal | None = None,
        *,
        amount: Decimal | None = None,
    ) -> RebateResult:
        """The rebate on ``volume`` under a stored agreement's terms or under unsaved
        ``RebateTerms`` (``last_year`` for growth; ``amount`` for quantity-based terms)."""
        terms = agreement_id_or_terms
        if not isinstance(terms, RebateTerms):
            terms = self._stored_terms(terms)
        return rebate_for(terms, volume, last_year, amount=amount)

    # -- internals ----------------------------------------------------------------------
    def _load(
        self,
        ids: list[uuid.UUID] | None,
        on: date,
        statuses: Collection[RebateStatus] | None,
        with_last_year: bool,
    ) -> list[AgreementFacts]:
        with self._db.session() as session:
            return load_facts(session, ids, on, statuses, with_last_year, self._today)

    def _stored_terms(self, agreement_id: uuid.UUID) -> RebateTerms:
        with self._db.session() as session:
            agreement = session.get(RebateAgreement, agreement_id)
            if agreement is None:
                raise AgreementNotFound(_no_agreement_with_id(agreement_id))
            tiers = [Tier(t.threshold_amount, t.rebate_percent) for t in agreement.tiers]
            return terms_of(agreement.kind, agreement.fixed_percent, tiers, agreement.currency)


def _total_days(window: Window) -> int:
    return (window.end - window.start).days + 1


def _last_year(
    facts: AgreementFacts, terms: RebateTerms, covered: int, total: int
) -> tuple[Decimal | None, Decimal | None]:
    """(to date, full period) last year for growth terms; (None, None) otherwise: the
    agreed baseline pro rata to the days the figures cover, or last year's sales over the
    same days."""
    if terms.kind is not RebateKind.GROWTH:
        return None, None
    if facts.baseline_amount is not None:
        full = facts.baseline_amount
        return round_money(full * covered / total, terms.currency), full
    volumes = facts.volumes
    if volumes.last_year_full is None:
        raise IncompleteTerms("Last year's sales were not read; use sales_basis() to preview.")
    return volumes.last_year_to_date, volumes.last_year_full


def _no_agreement_with_id(agreement_id: uuid.UUID) -> Sentence:
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "There is no rebate agreement with id %1."), agreement_id
    )
