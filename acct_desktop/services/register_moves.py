"""One status change of a register record (policy or rebate agreement), audited.

Both record types carry ``status``, ``approved_by``/``approved_at``, ``decision_note`` and
``terminated_at``; policies also ``submitted_by``/``submitted_at``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from acct_desktop.domain.register_workflow import Transition, TransitionRefused, target_status
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.audit import record_change
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


def apply_transition(
    session: Session,
    actor: str,
    entity: str,
    record: Any,
    label: str,
    transition: Transition,
    reason: str | None,
) -> StrEnum:
    """Move ``record`` by ``transition`` recording who, when and why; raises EditRejected
    (naming ``label``, e.g. the policy code) when the move is not allowed."""
    status_type = type(record.status)
    try:
        target = status_type(target_status(transition, record.status.value, reason))
    except TransitionRefused as exc:
        said = exc.args[0]
        raise EditRejected(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1: %2"), label, said), "status"
        ) from exc
    now = utcnow()
    if transition is Transition.SUBMIT and hasattr(record, "submitted_by"):
        record.submitted_by, record.submitted_at = actor, now
    elif transition is Transition.APPROVE:
        record.approved_by, record.approved_at = actor, now
    elif transition is Transition.TERMINATE:
        record.terminated_at = now
    if reason and reason.strip():
        record.decision_note = reason.strip()
    move(session, actor, entity, record, target, reason)
    return target
