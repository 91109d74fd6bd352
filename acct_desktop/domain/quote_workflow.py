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
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, sentences


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

# "A quote that is %1 cannot be …" for each move, %1 the status in words (STATUS_WORDS).
_CANNOT = {
    QuoteMove.SUBMIT: QT_TRANSLATE_NOOP(
        "messages", "A quote that is %1 cannot be submitted for approval."
    ),
    QuoteMove.APPROVE: QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be approved."),
    QuoteMove.DECLINE: QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be declined."),
    QuoteMove.SEND: QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be marked as sent."),
    QuoteMove.ACCEPT: QT_TRANSLATE_NOOP(
        "messages", "A quote that is %1 cannot be marked as accepted."
    ),
    QuoteMove.REJECT: QT_TRANSLATE_NOOP(
        "messages", "A quote that is %1 cannot be marked as rejected."
    ),
    QuoteMove.EXPIRE: QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be expired."),
    QuoteMove.ORDER: QT_TRANSLATE_NOOP(
        "messages", "A quote that is %1 cannot be confirmed as an order."
    ),
    QuoteMove.REVISE: QT_TRANSLATE_NOOP("messages", "A quote that is %1 cannot be revised."),
}
# The moves that need a reason (NEEDS_REASON) and what is said when it is missing.
_SAY_WHY = {
    QuoteMove.APPROVE: QT_TRANSLATE_NOOP(
        "messages", "Say why it is approved; the reason is recorded."
    ),
    QuoteMove.DECLINE: QT_TRANSLATE_NOOP(
        "messages", "Say why it is declined; the reason is recorded."
    ),
    QuoteMove.REJECT: QT_TRANSLATE_NOOP(
        "messages", "Say why it is marked as rejected; the reason is recorded."
    ),
}
STATUS_WORDS = {
    S.DRAFT: QT_TRANSLATE_NOOP("messages", "draft"),
    S.PENDING_APPROVAL: QT_TRANSLATE_NOOP("messages", "pending approval"),
    S.APPROVED: QT_TRANSLATE_NOOP("messages", "approved"),
    S.SENT: QT_TRANSLATE_NOOP("messages", "sent"),
    S.ACCEPTED: QT_TRANSLATE_NOOP("messages", "accepted"),
    S.REJECTED: QT_TRANSLATE_NOOP("messages", "rejected"),
    S.EXPIRED: QT_TRANSLATE_NOOP("messages", "expired"),
    S.ORDERED: QT_TRANSLATE_NOOP("messages", "ordered"),
}


class MoveRefused(ValueError):
    """The move is not allowed now; the message says why and what to do."""


def status_words(status: S) -> Sentence:
    """The quote status in words ("pending approval"), translatable inside a sentence."""
    return Sentence.of(STATUS_WORDS[status])


def replaced_words(latest_revision: int) -> Sentence:
    """What a revision a later one replaced is: "replaced by R2" — whatever its own status
    (a sent R1 revised into R2 is no longer sent)."""
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "replaced by R%1"), latest_revision)


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
        cannot = Sentence.of(_CANNOT[move], status_words(status))
        if status is S.SENT:
            cannot = sentences(
                cannot, Sentence.of(QT_TRANSLATE_NOOP("messages", "Revise it to make changes."))
            )
        raise MoveRefused(cannot)
    if move in NEEDS_REASON and not (reason or "").strip():
        raise MoveRefused(_SAY_WHY[move])
    if move is QuoteMove.SUBMIT and not flagged:
        raise MoveRefused(
            QT_TRANSLATE_NOOP(
                "messages", "Nothing on this quote needs approval; it can be sent as it is."
            )
        )
    if move in (QuoteMove.SUBMIT, QuoteMove.SEND) and line_count < 1:
        raise MoveRefused(QT_TRANSLATE_NOOP("messages", "Add at least one line first."))
    if move is QuoteMove.SEND:
        if flagged and not approval_valid:
            raise MoveRefused(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Lines of this quote are outside the price policy; record an approval "
                    "before sending it (Quote → Submit for approval).",
                )
            )
        if valid_until is not None and today is not None and valid_until < today:
            raise MoveRefused(
                QT_TRANSLATE_NOOP(
                    "messages", "The validity date has passed; move it forward before sending."
                )
            )
    return target


def expires(status: S, valid_until: date, today: date) -> bool:
    """Whether a quote in ``status`` has run out of validity by ``today``."""
    return status in OPEN and valid_until < today
