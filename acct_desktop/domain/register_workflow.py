"""The register's approval workflow: which status changes are allowed, and what they need.

Price policies and rebate agreements move draft → pending approval → active, and then end
as expired (their period is over) or terminated (ended early, with a reason). Nothing is
ever deleted. Only a draft can be edited; editing a pending record sends it back to draft.
"""

from __future__ import annotations

from enum import StrEnum


class Transition(StrEnum):
    SUBMIT = "submit"  # draft → pending approval
    APPROVE = "approve"  # pending approval → active (approver and reason recorded)
    REJECT = "reject"  # pending approval → draft (reason recorded)
    TERMINATE = "terminate"  # active → terminated (reason recorded)
    EXPIRE = "expire"  # active → expired (its validity or period ended)


# (from, to) status values per transition, shared by policies and rebates.
MOVES: dict[Transition, tuple[str, str]] = {
    Transition.SUBMIT: ("draft", "pending_approval"),
    Transition.APPROVE: ("pending_approval", "active"),
    Transition.REJECT: ("pending_approval", "draft"),
    Transition.TERMINATE: ("active", "terminated"),
    Transition.EXPIRE: ("active", "expired"),
}
NEEDS_REASON = frozenset({Transition.APPROVE, Transition.REJECT, Transition.TERMINATE})
EDITABLE_STATUSES = frozenset({"draft", "pending_approval"})


class TransitionRefused(ValueError):
    pass


def target_status(transition: Transition, current: str, reason: str | None) -> str:
    """The status after ``transition`` from ``current``; raises TransitionRefused with a
    sentence when the move is not allowed or a required reason is missing."""
    source, target = MOVES[transition]
    if current != source:
        raise TransitionRefused(
            f"Only a {source.replace('_', ' ')} record can be {_verb(transition)}; "
            f"this one is {current.replace('_', ' ')}."
        )
    if transition in NEEDS_REASON and not (reason or "").strip():
        raise TransitionRefused(f"Say why it is {_verb(transition)}; the reason is recorded.")
    return target


def _verb(transition: Transition) -> str:
    return {
        Transition.SUBMIT: "submitted for approval",
        Transition.APPROVE: "approved",
        Transition.REJECT: "rejected",
        Transition.TERMINATE: "terminated",
        Transition.EXPIRE: "expired",
    }[transition]
