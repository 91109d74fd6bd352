"""One status change of a register record (policy or rebate agreement), audited; and
which records may be deleted.

Both record types carry ``status``, ``approved_by``/``approved_at``, ``decision_note`` and
``terminated_at``; policies also ``submitted_by``/``submitted_at``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.register_workflow import (
    Transition,
    TransitionRefused,
    status_words,
    target_status,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit import record_change
from acct_desktop.store.models import AuditEvent
from acct_desktop.store.types import utcnow


def move(
    session: Session,
    actor: str,
    entity: str,
    record: Any,
    target: StrEnum,
    reason: str | None,
) -> None:
    """Set ``record.status`` to ``target`` and audit it (and the reason, when given)."""
    record_change(session, actor, entity, record.id, "status", record.status, target)
    if reason and reason.strip():
        record_change(session, actor, entity, record.id, "reason", None, reason.strip())
    record.status = target


class ApproverNeeded(EditRejected):
    """The person approving submitted the record themselves: an approval is someone else's
    decision, so the approver's name (the sales director, by phone) is asked for."""

    ask_approver = True


def submitter(session: Session, entity: str, record: Any) -> str | None:
    """Who sent ``record`` for approval: its ``submitted_by``, else the actor of the last
    move to pending approval in its audit trail (None when it was never submitted)."""
    named = getattr(record, "submitted_by", None)
    if named:
        return str(named)
    return session.scalar(
        select(AuditEvent.actor)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.entity_id == record.id,
            AuditEvent.field == "status",
            AuditEvent.new_value == "pending_approval",
        )
        .order_by(AuditEvent.sequence.desc())
        .limit(1)
    )


def approver_needed(session: Session, actor: str, entity: str, record: Any) -> bool:
    """Whether approving ``record`` needs the approver's name: ``actor`` submitted it."""
    return submitter(session, entity, record) == actor


def apply_transition(
    session: Session,
    actor: str,
    entity: str,
    record: Any,
    label: str,
    transition: Transition,
    reason: str | None,
    approved_by: str | None = None,
) -> StrEnum:
    """Move ``record`` by ``transition`` recording who, when and why; raises EditRejected
    (naming ``label``, e.g. the policy code) when the move is not allowed.

    An approval by the one who submitted it names who approved (``approved_by``: "Wang
    Li, sales director, by phone"), else :class:`ApproverNeeded`; the name is the
    record's approver and is in the trail, recorded by ``actor``."""
    status_type = type(record.status)
    try:
        target = status_type(target_status(transition, record.status.value, reason))
    except TransitionRefused as exc:
        said = exc.args[0]
        raise EditRejected(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1: %2"), label, said), "status"
        ) from exc
    approver = (approved_by or "").strip()
    asked = transition is Transition.APPROVE and approver in ("", actor)
    if asked and approver_needed(session, actor, entity, record):
        raise ApproverNeeded(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "You submitted %1 yourself: say who approved it (for example the "
                    "sales director, by phone). An approval is someone else's decision.",
                ),
                label,
            ),
            "approved_by",
        )
    now = utcnow()
    if transition is Transition.SUBMIT and hasattr(record, "submitted_by"):
        record.submitted_by, record.submitted_at = actor, now
    elif transition is Transition.APPROVE:
        record.approved_by, record.approved_at = approver or actor, now
        if approver and approver != actor:
            record_change(session, actor, entity, record.id, "approved_by", None, approver)
    elif transition is Transition.TERMINATE:
        record.terminated_at = now
    if reason and reason.strip():
        record.decision_note = reason.strip()
    move(session, actor, entity, record, target, reason)
    return target


def deletion_refused(session: Session, entity: str, record: Any, label: str) -> Sentence | None:
    """Why ``record`` (named ``label``) cannot be deleted, or None: only a draft that was
    never submitted may go (entered by mistake, or twice). One that went for approval, was
    decided or priced quotes stays in the register with its history: an active one is
    terminated instead, a rejected draft is corrected and submitted again."""
    status = record.status.value
    if status == "active":
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 is active and stays in the register: only a draft that was never "
                "submitted can be deleted. To end it, terminate it (Terminate…).",
            ),
            label,
        )
    if status != "draft":
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 is %2 and stays in the register with its history: only a draft that was "
                "never submitted can be deleted.",
            ),
            label,
            status_words(status),
        )
    if submitter(session, entity, record) is not None:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 was submitted for approval before and stays in the register with its "
                "history: correct it and submit it again, or leave it as a draft.",
            ),
            label,
        )
    return None


def delete_draft(session: Session, actor: str, entity: str, record: Any, label: str) -> None:
    """Take a draft never submitted out of the register (kept, archived, with its code or
    number, which is never given again), audited; EditRejected says why not."""
    refused = deletion_refused(session, entity, record, label)
    if refused is not None:
        raise EditRejected(refused, "status")
    record.archived_at = utcnow()
    record_change(session, actor, entity, record.id, "deleted", None, label)


def restore_draft(session: Session, actor: str, entity: str, record: Any, label: str) -> None:
    """Bring a deleted draft back (Edit → Undo after deleting it), audited."""
    record.archived_at = None
    record_change(session, actor, entity, record.id, "restored", None, label)
