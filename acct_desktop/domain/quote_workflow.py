"""A quote's life: which moves are allowed from which status, and what each needs.

::

    draft ──submit──► pending approval ──approve──► approved ──send──► sent ──accept──► accepted
      │  ▲                 │ decline (reason)                     │  │                   │
      │  └─────────────────┘                                      │  └─reject──► rejected │
      └──────────────send (nothing flagged)──────────────────────►┘        expired    order
                                                                                        ▼
                                                                                     ordered

* A quote with any flagged line cannot be sent until an approval (approver, reason, time)
  is recorded; the approval is bound to the flagged lines it saw and lapses when one of
  them changes (the quote then goes back to draft).
* Draft, pending and approved quotes are edited in place; a sent (or rejected, expired)
  quote is never changed: revising it makes revision R2 (R3 …) of the same number, a draft.
* Accepted quotes become an order confirmation (status ordered) and are locked for good.
* Quotes not yet accepted expire the day after their validity date.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from acct_desktop.domain.enums import QuoteStatus as S


class QuoteMove(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    DECLINE = "decline"  # the approver says no: back to draft, reason recorded
    SEND = "send"
    ACCEPT = "accept"
    REJECT = "reject"  # the customer says no
    EXPIRE = "expire"
    ORDER = "order"
    REVISE = "revise"  # a new revision of a sent, rejected or expired quote


MOVES: dict[QuoteMove, tuple[frozenset[S], S]] = {
    QuoteMove.SUBMIT: (frozenset({S.DRAFT}), S.PENDING_APPROVAL),
    QuoteMove.APPROVE: (frozenset({S.PENDING_APPROVAL}), S.APPROVED),
    QuoteMove.DECLINE: (frozenset({S.PENDING_APPROVAL}), S.DRAFT),
    QuoteMove.SEND: (frozenset({S.DRAFT, S.APPROVED}), S.SENT),
    QuoteMove.ACCEPT: (frozenset({S.SENT}), S.ACCEPTED),
    QuoteMove.REJECT: (frozenset({S.SENT}), S.REJECTED),
    QuoteMove.EXPIRE: (frozenset({S.DRAFT, S.PENDING_APPROVAL, S.APPROVED, S.SENT}), S.EXPIRED),
    QuoteMove.ORDER: (frozenset({S.ACCEPTED}), S.ORDERED),
    QuoteMove.REVISE: (frozenset({S.SENT, S.REJECTED, S.EXPIRED}), S.DRAFT),
}
NEEDS_REASON = frozenset({QuoteMove.APPROVE, QuoteMove.DECLINE, QuoteMove.REJECT})
EDITABLE = frozenset({S.DRAFT, S.PENDING_APPROVAL, S.APPROVED})
OPEN = frozenset({S.DRAFT, S.PENDING_APPROVAL, S.APPROVED, S.SENT})

_VERBS = {
    QuoteMove.SUBMIT: "submitted for approval",
    QuoteMove.APPROVE: "approved",
    QuoteMove.DECLINE: "declined",
    QuoteMove.SEND: "marked as sent",
    QuoteMove.ACCEPT: "marked as accepted",
    QuoteMove.REJECT: "marked as rejected",
    QuoteMove.EXPIRE: "expired",
    QuoteMove.ORDER: "confirmed as an order",
    QuoteMove.REVISE: "revised",
}


class MoveRefused(ValueError):
    """The move is not allowed now; the message says why and what to do."""


def _status_words(status: S) -> str:
    return status.value.replace("_", " ")


def allowed_moves(status: S) -> tuple[QuoteMove, ...]:
    """The moves a quote in ``status`` can make, in menu order."""
    return tuple(move for move, (sources, _target) in MOVES.items() if status in sources)


def target_status(
    move: QuoteMove,
    status: S,
    *,
    reason: str | None = None,
    flagged: bool = False,
    approval_valid: bool = False,
    line_count: int = 1,
    valid_until: date | None = None,
    today: date | None = None,
) -> S:
    """The status after ``move``; :class:`MoveRefused` with a sentence when it is not allowed.

    ``flagged`` says the quote has lines outside policy; ``approval_valid`` that a recorded
    approval still covers them.
    """
    sources, target = MOVES[move]
    if status not in sources:
        raise MoveRefused(
            f"A quote that is {_status_words(status)} cannot be {_VERBS[move]}."
            + (" Revise it to make changes." if status in (S.SENT,) else "")
        )
    if move in NEEDS_REASON and not (reason or "").strip():
        raise MoveRefused(f"Say why it is {_VERBS[move]}; the reason is recorded.")
    if move is QuoteMove.SUBMIT and not flagged:
        raise MoveRefused("Nothing on this quote needs approval; it can be sent as it is.")
    if move in (QuoteMove.SUBMIT, QuoteMove.SEND) and line_count < 1:
        raise MoveRefused("Add at least one line first.")
    if move is QuoteMove.SEND:
        if flagged and not approval_valid:
            raise MoveRefused(
                "Lines of this quote are outside the price policy; record an approval "
                "before sending it (Quote → Submit for approval)."
            )
        if valid_until is not None and today is not None and valid_until < today:
            raise MoveRefused("The validity date has passed; move it forward before sending.")
    return target


def expires(status: S, valid_until: date, today: date) -> bool:
    """Whether a quote in ``status`` has run out of validity by ``today``."""
    return status in OPEN and valid_until < today
