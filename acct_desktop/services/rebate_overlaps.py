"""The agreements of the register that count the same sales as another (the rule is
``domain.rebate_overlaps``), read from the store and said in sentences: for the register
form's warning before a save or a submit, and for the rebate statement."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import RebateStatus
from acct_desktop.domain.rebate_overlaps import LIVE_STATUSES, Overlap, RebateScope, overlaps
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.models import Account, RebateAgreement

STATUS_WORDS = {
    RebateStatus.DRAFT: QT_TRANSLATE_NOOP("messages", "draft"),
    RebateStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP("messages", "pending approval"),
    RebateStatus.ACTIVE: QT_TRANSLATE_NOOP("messages", "active"),
}


def scope_of(agreement: RebateAgreement) -> RebateScope:
    return RebateScope(
        agreement.id,
        agreement.number,
        agreement.status,
        agreement.account_id,
        agreement.category or None,
        agreement.period_start,
        agreement.period_end,
    )


def overlaps_of(session: Session, scope: RebateScope) -> list[Overlap]:
    """The live agreements (draft, pending, active; not deleted) counting some of the sales
    ``scope`` counts, by number."""
    g = RebateAgreement
    query = select(g).where(g.archived_at.is_(None), g.status.in_(list(LIVE_STATUSES)))
    if scope.agreement_id is not None:
        query = query.where(g.id != scope.agreement_id)
    others = [scope_of(agreement) for agreement in session.scalars(query)]
    if not others:
        return []
    parents = {
        child: parent for child, parent in session.execute(select(Account.id, Account.parent_id))
    }
    return overlaps(scope, others, parents)


def overlap_sentences(session: Session, found: list[Overlap]) -> list[Sentence]:
    """``R-2026-0004 (active) also counts the sales of CN000051 苏州… and the accounts under it
    from 2026-03-01 to 2026-12-31: the same sales would earn both rebates.``"""
    ids = {shared.account_id for shared in found}
    names = (
        {
            account_id: (code, name)
            for account_id, code, name in session.execute(
                select(Account.id, Account.code, Account.name).where(Account.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    said = []
    for shared in found:
        code, name = names.get(shared.account_id, ("", ""))
        account = f"{code} {name}".strip()
        if shared.category is None:
            said.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 (%2) also counts the sales of %3 and the accounts under it from "
                        "%4 to %5: the same sales would earn both rebates.",
                    ),
                    shared.other.number,
                    Sentence.of(STATUS_WORDS[shared.other.status]),
                    account,
                    shared.start,
                    shared.end,
                )
            )
        else:
            said.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 (%2) also counts the %6 sales of %3 and the accounts under it "
                        "from %4 to %5: the same sales would earn both rebates.",
                    ),
                    shared.other.number,
                    Sentence.of(STATUS_WORDS[shared.other.status]),
                    account,
                    shared.start,
                    shared.end,
                    shared.category,
                )
            )
    return said


def draft_scope(
    agreement_id: uuid.UUID | None,
    number: str,
    account_id: uuid.UUID,
    category: str | None,
    period_start: date,
    period_end: date,
) -> RebateScope:
    """The scope of a form's draft (not saved yet, or being edited)."""
    return RebateScope(
        agreement_id,
        number,
        RebateStatus.DRAFT,
        account_id,
        (category or "").strip() or None,
        period_start,
        period_end,
    )
