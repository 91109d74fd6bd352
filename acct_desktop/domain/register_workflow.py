"""The register's approval workflow: which status changes are allowed, and what they need.

Price policies and rebate agreements move draft → pending approval → active, and then end
as expired (their period is over) or terminated (ended early, with a reason). Nothing is
ever deleted. Only a draft can be edited; editing a pending record sends it back to draft.
"""

from __future__ import annotations

from enum import StrEnum

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence


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
            Sentence.of(_ONLY_FROM[transition], status_words(source), status_words(current))
        )
    if transition in NEEDS_REASON and not (reason or "").strip():
        raise TransitionRefused(_SAY_WHY[transition])
    return target


def status_words(status: str) -> Sentence:
    """A policy's or rebate agreement's status value in words ("pending approval"),
    translatable inside a sentence."""
    return Sentence.of(STATUS_WORDS.get(status, status.replace("_", " ")))


STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("messages", "draft"),
    "pending_approval": QT_TRANSLATE_NOOP("messages", "pending approval"),
    "active": QT_TRANSLATE_NOOP("messages", "active"),
    "expired": QT_TRANSLATE_NOOP("messages", "expired"),
    "terminated": QT_TRANSLATE_NOOP("messages", "terminated"),
    "closed": QT_TRANSLATE_NOOP("messages", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("messages", "cancelled"),
}
# "Only a %1 record can be …; this one is %2." per transition (%1, %2: status words;
# "an" before "active", the only status a record is terminated or expired from).
_ONLY_FROM = {
    Transition.SUBMIT: QT_TRANSLATE_NOOP(
        "messages", "Only a %1 record can be submitted for approval; this one is %2."
    ),
    Transition.APPROVE: QT_TRANSLATE_NOOP(
        "messages", "Only a %1 record can be approved; this one is %2."
    ),
    Transition.REJECT: QT_TRANSLATE_NOOP(
        "messages", "Only a %1 record can be rejected; this one is %2."
    ),
    Transition.TERMINATE: QT_TRANSLATE_NOOP(
        "messages", "Only an %1 record can be terminated; this one is %2."
    ),
    Transition.EXPIRE: QT_TRANSLATE_NOOP(
        "messages", "Only an %1 record can be expired; this one is %2."
    ),
}
_SAY_WHY = {
    Transition.APPROVE: QT_TRANSLATE_NOOP(
        "messages", "Say why it is approved; the reason is recorded."
    ),
    Transition.REJECT: QT_TRANSLATE_NOOP(
        "messages", "Say why it is rejected; the reason is recorded."
    ),
    Transition.TERMINATE: QT_TRANSLATE_NOOP(
        "messages", "Say why it is terminated; the reason is recorded."
    ),
}
