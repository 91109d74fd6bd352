"""Rebate statements: an agreement's accrual (or each active one of an account) as a PDF.

The figures come from :class:`~acct_desktop.services.rebate_accruals.RebateAccrualService`
unchanged; this module only picks the agreements, the account's document language
(its own choice, else its country's, else English) and hands plain content to
:mod:`acct_desktop.reporting.rebate_statement_pdf`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.domain.languages import document_language
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.reporting.rebate_statement_content import (
    AgreementStatement,
    AlsoCounted,
    MonthPart,
    RebateStatementContent,
    StatementTier,
)
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.rebate_accruals import AgreementAccrual, RebateAccrualService
from acct_desktop.services.rebate_overlaps import overlaps_of, scope_of
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, RebateAgreement


class StatementNotFound(LookupError):
    """No such agreement or account, or nothing to state; the message is a sentence."""


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """A printed statement and what is on it."""

    pdf: bytes
    content: RebateStatementContent

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(a.number for a in self.content.agreements)


def statement_of(result: AgreementAccrual) -> AgreementStatement:
    """The statement's view of one accrual (no rounding beyond the accrual's own)."""
    facts, terms = result.facts, result.terms
    growth = terms.kind is RebateKind.GROWTH
    return AgreementStatement(
        number=facts.number,
        kind=terms.kind.value,
        status=facts.status.value,
        period_start=facts.period_start,
        period_end=facts.period_end,
        currency=terms.currency,
        category=facts.category,
        fixed_percent=terms.fixed_percent,
        tiers=tuple(
            StatementTier(t.threshold, t.rate_percent, t == result.tier_reached)
            for t in terms.tiers
        ),
        months=facts.volumes.months,
        volume_to_date=facts.volumes.to_date,
        last_year_to_date=result.last_year_to_date,
        last_year_full=result.last_year_full,
        growth_to_date=result.detail.to_date.base if growth else None,
        accrued_to_date=result.accrued_to_date,
        settled=result.settled,
        balance_to_date=result.balance_to_date,
        projected_volume=result.projected_volume,
        projected_rebate=result.projected_rebate,
        projected_final_settlement=result.projected_final_settlement,
        next_threshold=result.next_tier.threshold if result.next_tier else None,
        next_rate=result.next_tier.rate_percent if result.next_tier else None,
        distance_to_next_tier=result.distance_to_next_tier,
        elapsed_days=result.elapsed_days,
        total_days=result.total_days,
        covered_days=result.covered_days,
        figures_through=result.figures_through,
        signed_on=facts.signed_on,
        signed_by=facts.signed_by,
        entered_on=facts.entered_on,
        unconverted=facts.volumes.unconverted,
        baseline_agreed=growth and facts.baseline_amount is not None,
        period_over=result.period_over,
        parts=tuple(
            MonthPart(p.month, p.first, p.last, p.month_figure, p.days_counted, p.days_covered)
            for p in facts.volumes.parts
        ),
    )


class RebateStatementService:
    """Builds rebate statements (content and PDF) for agreements and accounts."""

    def __init__(self, db: Database, accruals: RebateAccrualService | None = None) -> None:
        self._db = db
        self._accruals = accruals or RebateAccrualService(db)

    def content_for_agreement(self, number: str, on: date) -> RebateStatementContent:
        """The statement of the agreement numbered ``number`` on ``on``."""
        with self._db.session() as session:
            row = session.execute(
                select(RebateAgreement.id, RebateAgreement.account_id).where(
                    RebateAgreement.number == number, RebateAgreement.archived_at.is_(None)
                )
            ).first()
            if row is None:
                raise StatementNotFound(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "There is no rebate agreement numbered %1."),
                        number,
                    )
                )
            account = session.get(Account, row.account_id)
            assert account is not None  # a foreign key
            header = (account.code, account.name, _language(account))
        return self._content(header, [row.id], on)

    def content_for_account(
        self, code: str, on: date, progress: Callable[[int, int], None] | None = None
    ) -> RebateStatementContent:
        """The statement of every active agreement of the account coded ``code``;
        ``progress(done, total)`` hears each agreement computed (and may raise to stop)."""
        with self._db.session() as session:
            found = account_of(session, code)
            account = None if found is None else session.get(Account, found)
            if account is None:
                raise StatementNotFound(
                    Sentence.of(QT_TRANSLATE_NOOP("messages", "No account has the code %1."), code)
                )
            ids = session.scalars(_active_agreements(account.id)).all()
            header = (account.code, account.name, _language(account))
        if not ids:
            raise StatementNotFound(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "The account %1 has no active rebate agreement."),
                    code,
                )
            )
        return self._content(header, list(ids), on, progress)

    def has_active_agreement(self, account_id: uuid.UUID) -> bool:
        """Whether the account has an agreement its statement would show (asked before
        anything is computed: no agreement, nothing to print)."""
        with self._db.session() as session:
            return session.scalar(_active_agreements(account_id).limit(1)) is not None

    def for_agreement(self, number: str, on: date, *, chart: bool = True) -> StatementDocument:
        """The PDF statement of one agreement (``StatementNotFound`` for an unknown number;
        ``IncompleteTerms`` when its terms cannot be computed)."""
        content = self.content_for_agreement(number, on)
        return StatementDocument(_pdf(content, chart), content)

    def for_account(self, code: str, on: date, *, chart: bool = True) -> StatementDocument:
        """The PDF statement of an account's active agreements, one page each."""
        content = self.content_for_account(code, on)
        return StatementDocument(_pdf(content, chart), content)

    def _also_counted(self, agreement_id: uuid.UUID) -> tuple[AlsoCounted, ...]:
        """The other live agreements counting some of this one's sales."""
        with self._db.session() as session:
            return _also_counted_in(session, agreement_id)

    def _content(
        self,
        header: tuple[str, str, str],
        ids: list,
        on: date,
        progress: Callable[[int, int], None] | None = None,
    ) -> RebateStatementContent:
        code, name, language = header
        agreements = []
        for done, agreement_id in enumerate(ids, start=1):
            statement = statement_of(self._accruals.accrual(agreement_id, on))
            also = self._also_counted(agreement_id)
            agreements.append(replace(statement, also_counted=also) if also else statement)
            if progress is not None:
                progress(done, len(ids))
        return RebateStatementContent(
            language=language,
            statement_date=on,
            account_code=code,
            account_name=name,
            agreements=tuple(agreements),
        )


def _also_counted_in(session: Session, agreement_id: uuid.UUID) -> tuple[AlsoCounted, ...]:
    agreement = session.get(RebateAgreement, agreement_id)
    if agreement is None:
        return ()
    found = overlaps_of(session, scope_of(agreement))
    ids = {shared.account_id for shared in found}
    names = {
        account_id: f"{code} {name}"
        for account_id, code, name in session.execute(
            select(Account.id, Account.code, Account.name).where(Account.id.in_(ids))
        )
    }
    return tuple(
        AlsoCounted(shared.other.number, names.get(shared.account_id, ""), shared.start, shared.end)
        for shared in found
    )


def _active_agreements(account_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    """The ids of the account's active agreements, in the statement's order."""
    return (
        select(RebateAgreement.id)
        .where(
            RebateAgreement.account_id == account_id,
            RebateAgreement.status == RebateStatus.ACTIVE,
            RebateAgreement.archived_at.is_(None),
        )
        .order_by(RebateAgreement.period_start, RebateAgreement.number)
    )


def _language(account: Account) -> str:
    return document_language(account.document_language, account.country_code, account.currency)


def _pdf(content: RebateStatementContent, chart: bool) -> bytes:
    # reportlab is imported when a statement is printed, not when the app starts.
    from acct_desktop.reporting.rebate_statement_pdf import build_rebate_statement_pdf

    return build_rebate_statement_pdf(content, chart=chart)
